import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyPlugin } from './vite.csp';

/** The web edition: the same renderer, built as a static site that runs in any Chromium. */
export default defineConfig({
  root: 'src/renderer',
  base: './',
  resolve: { alias: { '@shared': resolve(__dirname, 'src/shared') } },
  plugins: [react(), contentSecurityPolicyPlugin()],
  worker: { format: 'es' },
  build: { outDir: resolve(__dirname, 'out/web'), emptyOutDir: true },
});
