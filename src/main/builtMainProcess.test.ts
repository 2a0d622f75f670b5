import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '../shared/contentSecurityPolicy';
import { invokeChannels } from '../shared/ipc/channels';
import {
  appEntryUrl,
  buildMainAndPreload,
  createElectronStandIn,
  createPreloadStandIn,
  runBuiltBundle,
  StandInWebContents,
} from './electronStandIn.testHelpers';

/**
 * Builds the main and preload bundles with the project's own electron-vite config and runs them in
 * Node, with `require('electron')` answered by a stand-in: everything of ours runs as shipped, so a
 * rule the services tests check but the glue forgot to install fails here.
 */
const indexHtml = '<!doctype html><title>Silk Ledger</title>';

interface NavigationEvent {
  url: string;
  prevented: boolean;
  preventDefault(): void;
}

function navigationTo(url: string): NavigationEvent {
  return {
    url,
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

/** Lets the promise callbacks already queued run: whenReady's continuation, an openExternal call. */
const settle = () => new Promise((resolveSettled) => setImmediate(resolveSettled));

describe('the built main process', () => {
  let temporary: string;
  let outDir: string;
  let standIn: ReturnType<typeof createElectronStandIn>;
  let loadedUrl: string;

  beforeAll(async () => {
    temporary = mkdtempSync(join(tmpdir(), 'silk-built-main-'));
    outDir = join(temporary, 'out');
    await buildMainAndPreload(outDir, indexHtml);
    mkdirSync(join(temporary, 'userData'));

    standIn = createElectronStandIn({ userData: join(temporary, 'userData') });
    runBuiltBundle(join(outDir, 'main/index.js'), standIn.electron);
    standIn.electron.app.emit('ready');
    standIn.markReady();
    loadedUrl = await standIn.loadedUrl;
  }, 120_000);

  afterAll(() => {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  });

  const mainWindow = () => standIn.recorded.windows[0]!;
  const navigate = (contents: EventEmitter, eventName: string, url: string) => {
    const event = navigationTo(url);
    contents.emit(eventName, event);
    return event.prevented;
  };

  it('opens one window on the app entry with the hardened webPreferences and the built preload', () => {
    expect(standIn.recorded.windows).toHaveLength(1);
    expect(loadedUrl).toBe(appEntryUrl);
    const preferences = mainWindow().options.webPreferences;
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(preferences['preload']).toBe(join(outDir, 'preload/index.js'));
    expect(existsSync(join(outDir, 'preload/index.js'))).toBe(true);
    expect(standIn.recorded.applicationMenu).toBeDefined();
  });

  it('denies every window.open and navigation away, and hands nothing to the system browser', async () => {
    const openWindow = mainWindow().webContents.windowOpenHandler!;
    for (const url of [
      'https://example.org/',
      'http://example.org/',
      'file:///etc/passwd',
      'mailto:a@example.org',
      appEntryUrl,
    ]) {
      expect(openWindow({ url }), url).toEqual({ action: 'deny' });
      expect(navigate(mainWindow().webContents, 'will-navigate', url), url).toBe(url !== appEntryUrl);
    }
    await settle();
    expect(standIn.recorded.openedExternally).toEqual([]);
    // Nor is there a path left that could: the app shows no links to the web.
    expect(readFileSync(join(outDir, 'main/index.js'), 'utf8')).not.toContain('openExternal');
  });

  it('keeps navigation, frame navigation and redirects inside the app, on any webContents', () => {
    const other = new StandInWebContents(99);
    standIn.electron.app.emit('web-contents-created', {}, other);
    for (const contents of [mainWindow().webContents, other]) {
      for (const eventName of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
        expect(navigate(contents, eventName, 'https://example.org/')).toBe(true);
        expect(navigate(contents, eventName, 'file:///etc/passwd')).toBe(true);
        expect(navigate(contents, eventName, 'app://evil@bundle/index.html')).toBe(true);
        expect(navigate(contents, eventName, 'app://bundle/index.html#/deals')).toBe(false);
      }
      expect(navigate(contents, 'will-attach-webview', appEntryUrl)).toBe(true);
    }
  });

  it('refuses permissions except the clipboard write for the app page', () => {
    const { permissionRequestHandler, permissionCheckHandler } = standIn.recorded;
    const request = (permission: string, requestingUrl: string, isMainFrame = true) => {
      let granted: boolean | undefined;
      permissionRequestHandler!({}, permission, (answer) => (granted = answer), { requestingUrl, isMainFrame });
      return granted;
    };
    expect(request('geolocation', appEntryUrl)).toBe(false);
    expect(request('media', appEntryUrl)).toBe(false);
    expect(request('clipboard-sanitized-write', 'https://example.org/')).toBe(false);
    expect(request('clipboard-sanitized-write', appEntryUrl, false)).toBe(false);
    expect(request('clipboard-sanitized-write', appEntryUrl)).toBe(true);
    expect(permissionCheckHandler!({}, 'geolocation', 'app://bundle', { isMainFrame: true })).toBe(false);
    expect(permissionCheckHandler!({}, 'clipboard-sanitized-write', 'app://bundle', { isMainFrame: true })).toBe(true);
  });

  it('serves the bundle over the privileged app:// scheme with the one Content-Security-Policy', async () => {
    expect(standIn.recorded.privilegedSchemes.map((entry) => entry.scheme)).toEqual(['app']);
    const serve = standIn.recorded.protocolHandlers.get('app')!;
    const response = await serve(new Request(appEntryUrl));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(indexHtml);
    expect(response.headers.get('Content-Security-Policy')).toBe(buildContentSecurityPolicy({ mode: 'header' }));
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect((await serve(new Request('app://bundle/..%2f..%2fpackage.json'))).status).toBe(404);
    expect((await serve(new Request('app://elsewhere/index.html'))).status).toBe(404);
    expect((await serve(new Request('app://bundle/missing.js'))).status).toBe(404);
  });

  it('answers an app:// address with a malformed % escape with 400 instead of throwing', async () => {
    const serve = standIn.recorded.protocolHandlers.get('app')!;
    for (const url of ['app://bundle/%E0%A4%A', 'app://bundle/assets/%zz.js', 'app://bundle/%C0%AF', 'app://bundle/%']) {
      const response = await serve(new Request(url));
      expect(response.status, url).toBe(400);
      expect(response.headers.get('Content-Security-Policy'), url).toBeNull();
    }
  });

  it('registers exactly the contract channels and answers only the app window', async () => {
    const { invokeHandlers } = standIn.recorded;
    expect([...invokeHandlers.keys()].sort()).toEqual(Object.values(invokeChannels).sort());
    const fromMainWindow = { sender: mainWindow().webContents, senderFrame: mainWindow().webContents.mainFrame };
    // The stand-in's dialogs are cancelled, so the call comes back empty without touching a file.
    const openSpreadsheet = invokeHandlers.get(invokeChannels.openSpreadsheet)!;
    expect(await openSpreadsheet(fromMainWindow, {})).toEqual({ ok: true, value: null });

    const foreign = new StandInWebContents(98);
    const refusedCallers = [
      { sender: foreign, senderFrame: foreign.mainFrame },
      { sender: mainWindow().webContents, senderFrame: { url: appEntryUrl } },
    ];
    for (const [channel, handler] of invokeHandlers) {
      for (const caller of refusedCallers) {
        const result = await handler(caller, {});
        expect(result, `${channel} from ${caller.senderFrame.url}`).toMatchObject({
          ok: false,
          error: { code: 'forbidden-sender' },
        });
      }
    }
    // The window's own main frame, once it shows a page from outside the app.
    const mainFrame = mainWindow().webContents.mainFrame;
    mainFrame.url = 'https://example.org/';
    try {
      expect(await openSpreadsheet(fromMainWindow, {})).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    } finally {
      mainFrame.url = appEntryUrl;
    }
  });

  it('builds a preload that exposes the contract functions only, and nothing without isolation', async () => {
    const preloadFile = join(outDir, 'preload/index.js');
    const isolated = createPreloadStandIn();
    runBuiltBundle(preloadFile, isolated.electron, { contextIsolated: true });
    const bridge = isolated.exposed.get('silkLedger')!;
    // Spelled out rather than derived from the contract, so a channel added or dropped shows here.
    expect(Object.keys(bridge).sort()).toEqual([
      'dataChanged',
      'onMenuCommand',
      'onSnapshotRequest',
      'openBackup',
      'openSpreadsheet',
      'saveExport',
      'writeSnapshot',
    ]);
    expect([...isolated.exposed.keys()]).toEqual(['silkLedger']);
    await bridge['openBackup']!({ kind: 'snapshot' });
    expect(isolated.invoked).toEqual([[invokeChannels.openBackup, { kind: 'snapshot' }]]);

    const notIsolated = createPreloadStandIn();
    expect(() => runBuiltBundle(preloadFile, notIsolated.electron, { contextIsolated: false })).toThrow(/contextIsolation/);
    expect(notIsolated.exposed.size).toBe(0);
  });

  it('brings its window forward, restored and shown, when a second instance starts', () => {
    const window = mainWindow();
    const { app } = standIn.electron;
    window.minimized = true;
    app.emit('second-instance', {}, ['silk-ledger'], '/home/analyst', {});
    expect(window.raised).toEqual(['restore', 'show', 'focus']);
    window.minimized = false;
    window.raised.length = 0;
    app.emit('second-instance', {}, ['silk-ledger'], '/home/analyst', {});
    expect(window.raised).toEqual(['show', 'focus']);
  });

  it('as the second instance, quits at once, registering nothing and opening no window', async () => {
    const second = createElectronStandIn({ userData: join(temporary, 'userData'), holdsLock: false });
    runBuiltBundle(join(outDir, 'main/index.js'), second.electron);
    // Even if Electron went on to become ready before the quit took effect.
    second.electron.app.emit('ready');
    second.markReady();
    await settle();
    expect(second.electron.app.quitCalls).toBe(1);
    expect(second.recorded.windows).toEqual([]);
    expect(second.recorded.protocolHandlers.size).toBe(0);
    expect(second.recorded.privilegedSchemes).toEqual([]);
    expect(second.recorded.invokeHandlers.size).toBe(0);
    expect(second.electron.app.listenerCount('second-instance')).toBe(0);
  });
});
