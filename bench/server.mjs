import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Builds the web edition into out/web with `npm run build:web`; unminified when profiling, so
 * CPU profiles name the app's own functions.
 */
export function buildWebEdition(cwd, { minify = true, outDir = 'out/web' } = {}) {
  // vite resolves a relative --outDir against the config's root (src/renderer), hence absolute.
  const args = ['run', 'build:web', '--silent', '--', '--outDir', resolve(cwd, outDir), ...(minify ? [] : ['--minify', 'false'])];
  const build = spawnSync('npm', args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error(`npm run build:web failed with exit code ${build.status}`);
}

/** Serves the built edition (out/web unless told) with `vite preview` on its own port; resolves once the page answers. */
export async function serveWebEdition(cwd, port, outDir = 'out/web') {
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--config',
      'vite.web.config.ts',
      '--outDir',
      resolve(cwd, outDir),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd, stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  let errors = '';
  server.stderr.on('data', (chunk) => (errors += chunk));
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => {
    // The server runs in its own process group (detached), so npx and vite end together.
    if (server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  };
  for (let attempt = 0; attempt < 600; attempt++) {
    if (server.exitCode !== null) throw new Error(`vite preview exited on port ${port}: ${errors.trim()}`);
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url} within 2 minutes`);
}
