import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyPlugin } from './vite.csp';

const sharedAlias = { '@shared': resolve(__dirname, 'src/shared') };

export default defineConfig({
  main: {
    resolve: { alias: sharedAlias },
    build: { outDir: 'out/main' },
  },
  preload: {
    resolve: { alias: sharedAlias },
    // A sandboxed preload cannot require anything but 'electron', so it is bundled whole.
    build: { outDir: 'out/preload', externalizeDeps: false },
  },
  renderer: {
    root: 'src/renderer',
    resolve: { alias: sharedAlias },
    plugins: [react(), contentSecurityPolicyPlugin()],
    build: { outDir: 'out/renderer', rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') } },
  },
});
