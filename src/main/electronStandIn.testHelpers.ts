import { EventEmitter } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFunction } from 'node:vm';
import { loadConfigFromFile, MainConfigFactory, PreloadConfigFactory } from 'electron-vite';
import { build } from 'vite';

/**
 * A stand-in for the `electron` module, for running the built main and preload bundles in Node
 * (builtMainProcess.test.ts). It records what our code hands to Electron, so a test can call the
 * handlers and listeners the built code installed.
 */
export const projectRoot = resolve(__dirname, '../..');
export const appEntryUrl = 'app://bundle/index.html';

type WindowOpenHandler = (details: { url: string }) => { action: string };
export type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean },
) => void;
export type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: { isMainFrame: boolean },
) => boolean;
export type InvokeHandler = (event: unknown, args: unknown) => Promise<{ ok: boolean; error?: { code: string } }>;

export class StandInWebContents extends EventEmitter {
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

/** Electron's app: its events are real, the lock answers as told, and quit is only counted. */
export class StandInApp extends EventEmitter {
  readonly isPackaged = true;
  readonly name = 'Silk Ledger';
  quitCalls = 0;
  constructor(
    readonly whenReady: () => Promise<void>,
    private readonly holdsLock: boolean,
    private readonly userData: string,
  ) {
    super();
  }
  requestSingleInstanceLock = () => this.holdsLock;
  quit = () => void this.quitCalls++;
  getPath = (name: string) => join(this.userData, name);
  getVersion = () => '0.0.0-built-test';
}

interface WindowOptions {
  webPreferences: Record<string, unknown>;
}

/** Electron's BrowserWindow, noting the calls that bring it forward. */
export class StandInWindow extends EventEmitter {
  readonly webContents: StandInWebContents;
  minimized = false;
  /** restore, show and focus, in the order they were called. */
  readonly raised: string[] = [];
  constructor(
    readonly options: WindowOptions,
    webContentsId: number,
    private readonly onLoad: (url: string) => void,
  ) {
    super();
    this.webContents = new StandInWebContents(webContentsId);
  }
  loadURL(url: string) {
    this.onLoad(url);
    return Promise.resolve();
  }
  maximize() {}
  isMinimized = () => this.minimized;
  isMaximized = () => false;
  isDestroyed = () => false;
  restore = () => void this.raised.push('restore');
  show = () => void this.raised.push('show');
  focus = () => void this.raised.push('focus');
}

export interface StandInOptions {
  userData: string;
  /** What requestSingleInstanceLock answers: false when another instance already runs. */
  holdsLock?: boolean;
}

/** The members of Electron's main-process API the built main process touches. */
export function createElectronStandIn({ userData, holdsLock = true }: StandInOptions) {
  let markReady = () => {};
  const ready = new Promise<void>((resolveReady) => (markReady = resolveReady));
  let markLoaded = (_url: string) => {};
  const loadedUrl = new Promise<string>((resolveLoaded) => (markLoaded = resolveLoaded));
  const recorded = {
    privilegedSchemes: [] as { scheme: string }[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    invokeHandlers: new Map<string, InvokeHandler>(),
    windows: [] as StandInWindow[],
    permissionRequestHandler: undefined as PermissionRequestHandler | undefined,
    permissionCheckHandler: undefined as PermissionCheckHandler | undefined,
    applicationMenu: undefined as unknown,
    openedExternally: [] as string[],
  };
  const app = new StandInApp(() => ready, holdsLock, userData);
  let nextWebContentsId = 1;
  // Electron constructs a window from its options alone; the rest comes from this stand-in.
  const BrowserWindow: new (options: WindowOptions) => StandInWindow = class extends StandInWindow {
    constructor(options: WindowOptions) {
      super(options, nextWebContentsId++, markLoaded);
      recorded.windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
  };
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
    // Kept so that a bundle which hands anything to the system browser is caught doing it.
    shell: { openExternal: async (url: string) => void recorded.openedExternally.push(url) },
    // Every dialog is cancelled, as a user who closes it would.
    dialog: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true, filePath: '' }),
    },
  };
  return { electron, recorded, markReady, loadedUrl };
}

/** The members of Electron's renderer-side API the built preload touches. */
export function createPreloadStandIn() {
  const exposed = new Map<string, Record<string, (...args: unknown[]) => unknown>>();
  const invoked: [string, unknown][] = [];
  const electron = {
    contextBridge: {
      exposeInMainWorld: (name: string, api: Record<string, (...args: unknown[]) => unknown>) => exposed.set(name, api),
    },
    ipcRenderer: {
      invoke: async (channel: string, args: unknown) => void invoked.push([channel, args]),
      on: () => undefined,
      removeListener: () => undefined,
    },
  };
  return { electron, exposed, invoked };
}

/**
 * Runs a CommonJS bundle as Node would, except that 'electron' is the stand-in and, when given,
 * `process` is the stand-in's (the preload reads process.contextIsolated).
 */
export function runBuiltBundle(file: string, electron: unknown, process: unknown = globalThis.process): void {
  const projectRequire = createRequire(join(projectRoot, 'package.json'));
  const requireWithElectron = (id: string): unknown => (id === 'electron' ? electron : projectRequire(id));
  const module = { exports: {} };
  const body = compileFunction(
    readFileSync(file, 'utf8'),
    ['exports', 'require', 'module', '__filename', '__dirname', 'process'],
    { filename: file },
  );
  body(module.exports, requireWithElectron, module, file, join(file, '..'), process);
}

/**
 * Builds main and preload into outDir with the project's own electron-vite config. The renderer is
 * not built: the app:// handler only has to find a file to serve, so outDir/renderer gets indexHtml.
 */
export async function buildMainAndPreload(outDir: string, indexHtml: string): Promise<void> {
  const loaded = await loadConfigFromFile({ mode: 'production', command: 'build' }, undefined, projectRoot, 'silent');
  if (!loaded.config.main || !loaded.config.preload) throw new Error('electron.vite.config.ts lacks main or preload');
  const inline = { mode: 'production', logLevel: 'silent' as const, configFile: false as const, build: { outDir } };
  await build(await new MainConfigFactory(loaded.config.main, inline, { outDir, root: projectRoot }).build());
  await build(await new PreloadConfigFactory(loaded.config.preload, inline, { outDir, root: projectRoot }).build());
  mkdirSync(join(outDir, 'renderer'));
  writeFileSync(join(outDir, 'renderer/index.html'), indexHtml);
}
