// `npm start`: the desktop app where Electron can run, otherwise the web edition on 127.0.0.1.
import { spawn } from 'node:child_process';
import { electronUnavailableReason } from './electronAvailability.mjs';

const reason = electronUnavailableReason();

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

if (!reason) {
  process.exit(await run('npx', ['electron-vite', 'preview']));
}

const port = Number(process.env.PORT ?? 4173);
console.log(
  [
    '',
    `Silk Ledger cannot open its desktop window here: ${reason}.`,
    'Starting the web edition instead: the same app, running in your browser, with its data kept',
    'in that browser profile. To get the desktop app, run `npm install` on a machine that can',
    'download Electron (without ELECTRON_SKIP_BINARY_DOWNLOAD) and with a display, then `npm start`.',
    '',
  ].join('\n'),
);

const buildCode = await run('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn']);
if (buildCode !== 0) {
  console.error('Building the web edition failed; see the messages above.');
  process.exit(buildCode);
}
console.log(`Web edition: http://127.0.0.1:${port}/  (Ctrl+C stops it)`);
process.exit(
  await run('npx', [
    'vite',
    'preview',
    '--config',
    'vite.web.config.ts',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
  ]),
);
