// `npm run web`: serves the built web edition on 127.0.0.1.
import { spawn } from 'node:child_process';

const port = process.env.PORT ?? '4173';
console.log(`Web edition: http://127.0.0.1:${port}/  (Ctrl+C stops it)`);
const child = spawn(
  'npx',
  ['vite', 'preview', '--config', 'vite.web.config.ts', '--host', '127.0.0.1', '--port', port, '--strictPort'],
  {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  },
);
child.on('exit', (code) => process.exit(code ?? 1));
