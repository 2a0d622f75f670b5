import type {
  Event,
  Session,
  WebContents,
  WebContentsWillFrameNavigateEventParams,
  WebContentsWillNavigateEventParams,
  WebContentsWillRedirectEventParams,
} from 'electron';

/** What the lockdown needs to know; injected so the rules run in Node tests without Electron. */
export interface LockdownPolicy {
  /** True only for the app's own pages (see appUrls.ts). */
  isAppUrl(url: string): boolean;
}

/** The one permission the app uses: navigator.clipboard.write/writeText for Copy as PNG and Copy row. */
export const grantedPermission = 'clipboard-sanitized-write';

/**
 * Whether a permission request or check is granted: only the clipboard write, only for the app's
 * own page in its main frame, so a frame or a page from elsewhere gets nothing.
 */
export function isPermissionGranted(
  permission: string,
  requester: { url: string; isMainFrame: boolean },
  isAppUrl: (url: string) => boolean,
): boolean {
  return permission === grantedPermission && requester.isMainFrame && isAppUrl(requester.url);
}

/** The members of Electron's WebContents the lockdown uses; an EventEmitter fake has the same shape. */
export interface LockableWebContents {
  setWindowOpenHandler: WebContents['setWindowOpenHandler'];
  on(event: 'will-navigate', listener: (event: Event<WebContentsWillNavigateEventParams>) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: Event<WebContentsWillFrameNavigateEventParams>) => void): unknown;
  on(event: 'will-redirect', listener: (event: Event<WebContentsWillRedirectEventParams>) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Event) => void): unknown;
}
export type LockableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/** Installs the rules on every webContents the app creates (called from app 'web-contents-created'). */
export function lockDownWebContents(contents: LockableWebContents, policy: LockdownPolicy): void {
  // The app never opens a second window and shows no links to the web, so nothing is handed to the
  // system browser either: a page that asks for a window, whatever its address, gets nothing.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // Navigation, in the page or any frame, and redirects may only move between the app's own pages.
  const refuseOutsideApp = (event: { url: string; preventDefault(): void }) => {
    if (!policy.isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseOutsideApp);
  contents.on('will-frame-navigate', refuseOutsideApp);
  contents.on('will-redirect', refuseOutsideApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Installs the permission rules on a session. Chromium asks the check handler first and the request
 * handler after, so both answer the same; otherwise the clipboard would work or fail by API path.
 */
export function lockDownSession(session: LockableSession, policy: LockdownPolicy): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, { url: details.requestingUrl, isMainFrame: details.isMainFrame }, policy.isAppUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionGranted(permission, { url: requestingOrigin, isMainFrame: details.isMainFrame }, policy.isAppUrl),
  );
}
