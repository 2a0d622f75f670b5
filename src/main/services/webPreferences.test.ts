import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import electronViteConfig from '../../../electron.vite.config';
import { builtPreloadPath, secureWebPreferences } from './webPreferences';

describe('secure web preferences', () => {
  it('isolates and sandboxes the renderer, with no way to Node, webviews or insecure content', () => {
    const preferences = secureWebPreferences('/opt/silk/out/preload/index.js');
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      preload: '/opt/silk/out/preload/index.js',
    });
  });

  it('turns the spellchecker off, so Electron never fetches dictionaries from the network', () => {
    // Electron's default is on; only an explicit false keeps it from downloading Hunspell files.
    expect(secureWebPreferences('p').spellcheck).toBe(false);
  });

  it('sets nothing that loosens Electron defaults', () => {
    // A key added later (enableBlinkFeatures, disableDialogs…) must be looked at before it ships.
    expect(Object.keys(secureWebPreferences('p')).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'experimentalFeatures',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });
});

describe('preload path', () => {
  it('points from the built main process to the preload electron-vite builds', () => {
    const root = resolve('/opt/silk');
    const config = electronViteConfig as { main: { build: { outDir: string } }; preload: { build: { outDir: string } } };
    const mainOutput = resolve(root, config.main.build.outDir);
    expect(builtPreloadPath(mainOutput)).toBe(join(resolve(root, config.preload.build.outDir), 'index.js'));
  });
});
