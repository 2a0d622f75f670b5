import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { appEntryUrl, createAppUrlPolicy } from './appUrls';
import { lockDownSession, lockDownWebContents, type LockableSession } from './contentLockdown';

type WindowOpenHandler = Parameters<WebContents['setWindowOpenHandler']>[0];
type PermissionRequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
type PermissionCheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;

/** A stand-in for Electron's WebContents: an EventEmitter that keeps the window-open handler. */
class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | undefined;
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
}

/** A stand-in for Electron's Session that keeps the permission handlers it is given. */
class FakeSession implements LockableSession {
  requestHandler: PermissionRequestHandler | null = null;
  checkHandler: PermissionCheckHandler | null = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.checkHandler = handler;
  }
}

function lockedDown(devServerUrl?: string) {
  const policy = { isAppUrl: createAppUrlPolicy(devServerUrl) };
  const contents = new FakeWebContents();
  lockDownWebContents(contents, policy);
  const session = new FakeSession();
  lockDownSession(session, policy);
  return { contents, session };
}

/** Emits an Electron navigation-style event and says whether a listener prevented it. */
function isPrevented(contents: FakeWebContents, eventName: string, url: string): boolean {
  let prevented = false;
  contents.emit(eventName, { url, preventDefault: () => (prevented = true) });
  return prevented;
}

const appPages = [appEntryUrl, 'app://bundle/', 'app://bundle/index.html#/deals?kind=agreement'];

const hostileUrls = [
  'file:///etc/passwd',
  'file:///C:/Windows/System32/calc.exe',
  'javascript:alert(document.cookie)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://bundle/0b4a7a8c-1f9b-4a53-9b6e-6a0f5d1c2e3f',
  'https://evil.example/',
  'http://localhost:5173/',
  'app://bundle.evil.example/index.html',
  'app://evil.example/bundle/index.html',
  'app://bundle:8080/index.html',
  'app://evil@bundle/index.html',
  'app://bundle@evil.example/index.html',
  'app:///bundle/index.html',
  'app:bundle/index.html',
  'about:blank',
  'chrome://settings',
  'not a url',
  '',
];

describe('navigation', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s stays within the app', (eventName) => {
    const { contents } = lockedDown();
    for (const url of appPages) expect(isPrevented(contents, eventName, url), url).toBe(false);
    for (const url of hostileUrls) expect(isPrevented(contents, eventName, url), url).toBe(true);
  });

  it('keeps dot segments inside the bundle, where the app:// handler serves files', () => {
    const { contents } = lockedDown();
    // The URL parser folds these to app://bundle/etc/passwd; resolveBundleFile keeps them in the bundle.
    expect(isPrevented(contents, 'will-navigate', 'app://bundle/../../etc/passwd')).toBe(false);
    expect(isPrevented(contents, 'will-navigate', 'app://bundle/..%2f..%2fetc/passwd')).toBe(false);
  });

  it('allows the dev server in development, and only its exact origin', () => {
    const { contents } = lockedDown('http://localhost:5173/');
    expect(isPrevented(contents, 'will-navigate', 'http://localhost:5173/src/main.tsx')).toBe(false);
    for (const url of [
      'http://localhost:5174/',
      'https://localhost:5173/',
      'http://localhost:5173.evil.example/',
      'http://localhost:5173@evil.example/',
      'http://evil@localhost:5173/',
    ]) {
      expect(isPrevented(contents, 'will-navigate', url), url).toBe(true);
    }
  });
});

describe('new windows', () => {
  it('denies every new window, web links included: the app shows none and opens nothing outside itself', () => {
    const { contents } = lockedDown();
    const open = (url: string) =>
      contents.windowOpenHandler!({
        url,
        frameName: '',
        features: '',
        disposition: 'foreground-tab',
        referrer: { url: '', policy: 'default' },
      });
    for (const url of [...appPages, ...hostileUrls, 'https://stat.uz/en/', 'http://example.org/report?id=1']) {
      expect(open(url), url).toEqual({ action: 'deny' });
    }
  });
});

describe('webviews', () => {
  it('refuses to attach any webview, even one pointing at the app', () => {
    const { contents } = lockedDown();
    for (const src of [appEntryUrl, 'https://evil.example/']) {
      let prevented = false;
      contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, { nodeIntegration: true }, { src });
      expect(prevented, src).toBe(true);
    }
  });
});

describe('permissions', () => {
  const fromApp = { requestingUrl: appEntryUrl, isMainFrame: true };
  const webContents = new FakeWebContents() as unknown as WebContents;

  function request(session: FakeSession, permission: Parameters<PermissionRequestHandler>[1], details = fromApp) {
    const answers: boolean[] = [];
    session.requestHandler!(webContents, permission, (granted) => answers.push(granted), details);
    expect(answers).toHaveLength(1);
    return answers[0];
  }

  function check(session: FakeSession, permission: Parameters<PermissionCheckHandler>[1], origin: string, isMainFrame = true) {
    return session.checkHandler!(webContents, permission, origin, { isMainFrame, requestingUrl: `${origin}/` });
  }

  it('grants the clipboard write to the app page, in both the request and the check', () => {
    const { session } = lockedDown();
    expect(request(session, 'clipboard-sanitized-write')).toBe(true);
    expect(check(session, 'clipboard-sanitized-write', 'app://bundle')).toBe(true);
  });

  it('refuses the clipboard write to frames and to any other origin', () => {
    const { session } = lockedDown();
    expect(request(session, 'clipboard-sanitized-write', { ...fromApp, isMainFrame: false })).toBe(false);
    expect(check(session, 'clipboard-sanitized-write', 'app://bundle', false)).toBe(false);
    for (const url of hostileUrls) {
      expect(request(session, 'clipboard-sanitized-write', { requestingUrl: url, isMainFrame: true }), url).toBe(false);
      expect(check(session, 'clipboard-sanitized-write', url), url).toBe(false);
    }
  });

  it.each([
    'clipboard-read',
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'fileSystem',
    'display-capture',
    'fullscreen',
    'unknown',
  ] as const)('refuses %s even to the app page', (permission) => {
    const { session } = lockedDown();
    expect(request(session, permission)).toBe(false);
    if (permission !== 'display-capture' && permission !== 'unknown') {
      expect(check(session, permission, 'app://bundle')).toBe(false);
    }
  });
});
