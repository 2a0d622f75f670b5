import { spawn, spawnSync } from 'node:child_process';

/** Builds the web edition into out/web, as `npm run build:web` does for the e2e suite. */
export function buildWebEdition(cwd) {
  const build = spawnSync('npm', ['run', 'build:web', '--silent'], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error(`npm run build:web failed with exit code ${build.status}`);
}

/** Serves out/web with `vite preview` on its own port; resolves once the page answers. */
export async function serveWebEdition(cwd, port) {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--config', 'vite.web.config.ts', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd, stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  let errors = '';
  server.stderr.on('data', (chunk) => (errors += chunk));
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => {
    // The server runs in its own process group (detached), so npx and vite end together.
    if (server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  };
  for (let attempt = 0; attempt < 150; attempt++) {
    if (server.exitCode !== null) throw new Error(`vite preview exited on port ${port}: ${errors.trim()}`);
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url} within 30 s`);
}
