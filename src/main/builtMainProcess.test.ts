import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFunction } from 'node:vm';
import { loadConfigFromFile, MainConfigFactory, PreloadConfigFactory } from 'electron-vite';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '../shared/contentSecurityPolicy';
import { invokeChannels } from '../shared/ipc/channels';

/**
 * Builds the main and preload bundles with the project's own electron-vite config and runs the built
 * main process in Node, with `require('electron')` answered by the stand-in below: everything of ours
 * runs as shipped, so a rule the services tests check but the glue forgot to install fails here.
 */
const projectRoot = resolve(__dirname, '../..');
const appEntryUrl = 'app://bundle/index.html';
const indexHtml = '<!doctype html><title>Silk Ledger</title>';

interface NavigationEvent {
  url: string;
  prevented: boolean;
  preventDefault(): void;
}
type WindowOpenHandler = (details: { url: string }) => { action: string };
type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean },
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: { isMainFrame: boolean },
) => boolean;
type InvokeHandler = (event: unknown, args: unknown) => Promise<{ ok: boolean; error?: { code: string } }>;

class StandInWebContents extends EventEmitter {
  readonly mainFrame = { url: appEntryUrl };
  windowOpenHandler?: WindowOpenHandler;
  constructor(readonly id: number) {
    super();
  }
  setWindowOpenHandler(handler: WindowOpenHandler) {
    this.windowOpenHandler = handler;
  }
  send() {}
}

/** The members of Electron's API the built main process touches, recording what it was given. */
function createElectronStandIn(userData: string) {
  let markReady = () => {};
  const ready = new Promise<void>((resolveReady) => (markReady = resolveReady));
  let markLoaded = (_url: string) => {};
  const loadedUrl = new Promise<string>((resolveLoaded) => (markLoaded = resolveLoaded));
  const recorded = {
    privilegedSchemes: [] as { scheme: string }[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    invokeHandlers: new Map<string, InvokeHandler>(),
    windows: [] as { options: { webPreferences: Record<string, unknown> }; webContents: StandInWebContents }[],
    permissionRequestHandler: undefined as PermissionRequestHandler | undefined,
    permissionCheckHandler: undefined as PermissionCheckHandler | undefined,
    applicationMenu: undefined as unknown,
    openedExternally: [] as string[],
  };
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    name: 'Silk Ledger',
    whenReady: () => ready,
    requestSingleInstanceLock: () => true,
    quit: () => {},
    getPath: (name: string) => join(userData, name),
    getVersion: () => '0.0.0-built-test',
  });
  let nextWebContentsId = 1;
  class BrowserWindow extends EventEmitter {
    readonly webContents = new StandInWebContents(nextWebContentsId++);
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      recorded.windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      markLoaded(url);
      return Promise.resolve();
    }
    maximize() {}
    isMinimized = () => false;
    isMaximized = () => false;
    isDestroyed = () => false;
  }
  const electron = {
    app,
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string }[]) => recorded.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        recorded.protocolHandlers.set(scheme, handler),
    },
    // Electron's net.fetch reads file: URLs; Node's fetch does not.
    net: { fetch: async (url: string) => new Response(readFileSync(fileURLToPath(url))) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: PermissionRequestHandler) => (recorded.permissionRequestHandler = handler),
        setPermissionCheckHandler: (handler: PermissionCheckHandler) => (recorded.permissionCheckHandler = handler),
      },
    },
    ipcMain: { handle: (channel: string, handler: InvokeHandler) => recorded.invokeHandlers.set(channel, handler) },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => (recorded.applicationMenu = menu),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    shell: { openExternal: async (url: string) => void recorded.openedExternally.push(url) },
    dialog: {},
  };
  return { electron, recorded, markReady, loadedUrl, StandInWebContents };
}

/** Runs a CommonJS bundle as Node would, except that 'electron' is the stand-in. */
function runBuiltBundle(file: string, electron: unknown): void {
  const projectRequire = createRequire(join(projectRoot, 'package.json'));
  const requireWithElectron = (id: string): unknown => (id === 'electron' ? electron : projectRequire(id));
  const module = { exports: {} };
  const body = compileFunction(readFileSync(file, 'utf8'), ['exports', 'require', 'module', '__filename', '__dirname'], {
    filename: file,
  });
  body(module.exports, requireWithElectron, module, file, join(file, '..'));
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

describe('the built main process', () => {
  let temporary: string;
  let outDir: string;
  let standIn: ReturnType<typeof createElectronStandIn>;
  let loadedUrl: string;

  beforeAll(async () => {
    temporary = mkdtempSync(join(tmpdir(), 'silk-built-main-'));
    outDir = join(temporary, 'out');
    const loaded = await loadConfigFromFile({ mode: 'production', command: 'build' }, undefined, projectRoot, 'silent');
    if (!loaded.config.main || !loaded.config.preload) throw new Error('electron.vite.config.ts lacks main or preload');
    const inline = { mode: 'production', logLevel: 'silent' as const, configFile: false as const, build: { outDir } };
    await build(await new MainConfigFactory(loaded.config.main, inline, { outDir, root: projectRoot }).build());
    await build(await new PreloadConfigFactory(loaded.config.preload, inline, { outDir, root: projectRoot }).build());
    // The renderer build is not needed: the app:// handler only has to find a file to serve.
    mkdirSync(join(outDir, 'renderer'));
    writeFileSync(join(outDir, 'renderer/index.html'), indexHtml);
    mkdirSync(join(temporary, 'userData'));

    standIn = createElectronStandIn(join(temporary, 'userData'));
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
    });
    expect(preferences['preload']).toBe(join(outDir, 'preload/index.js'));
    expect(existsSync(join(outDir, 'preload/index.js'))).toBe(true);
    expect(standIn.recorded.applicationMenu).toBeDefined();
  });

  it('denies every window.open and hands only web links to the system browser', () => {
    const openWindow = mainWindow().webContents.windowOpenHandler!;
    expect(openWindow({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(openWindow({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openWindow({ url: appEntryUrl })).toEqual({ action: 'deny' });
    expect(standIn.recorded.openedExternally).toEqual(['https://example.org/']);
  });

  it('keeps navigation, frame navigation and redirects inside the app, on any webContents', () => {
    const other = new standIn.StandInWebContents(99);
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
  });

  it('registers exactly the contract channels and answers only the app window', async () => {
    const { invokeHandlers } = standIn.recorded;
    expect([...invokeHandlers.keys()].sort()).toEqual(Object.values(invokeChannels).sort());
    const fromMainWindow = { sender: mainWindow().webContents, senderFrame: mainWindow().webContents.mainFrame };
    const getAppInfo = invokeHandlers.get(invokeChannels.getAppInfo)!;
    expect(await getAppInfo(fromMainWindow, {})).toMatchObject({ ok: true });

    const foreign = new standIn.StandInWebContents(98);
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
      expect(await getAppInfo(fromMainWindow, {})).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    } finally {
      mainFrame.url = appEntryUrl;
    }
  });
});
