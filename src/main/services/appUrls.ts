import { normalize, resolve, sep } from 'node:path';

/** The privileged scheme the bundled renderer is served from instead of file://. */
export const appScheme = 'app';
export const appHost = 'bundle';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

export function createAppUrlPolicy(devServerUrl: string | undefined) {
  const devOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined;
  return (url: string): boolean => {
    try {
      const parsed = new URL(url);
      // The app's own address never carries credentials; "app://evil@bundle/" only looks like it.
      if (parsed.username || parsed.password) return false;
      if (parsed.protocol === `${appScheme}:` && parsed.host === appHost) return true;
      return devOrigin !== undefined && parsed.origin === devOrigin;
    } catch {
      return false;
    }
  };
}

/** Maps an app:// request to a file inside the bundle folder, or undefined for anything outside it. */
export function resolveBundleFile(bundleRoot: string, requestUrl: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return undefined;
  const relative = decodeURIComponent(parsed.pathname).replace(/^\/+/, '') || 'index.html';
  const root = resolve(bundleRoot);
  const target = resolve(root, normalize(relative));
  return target.startsWith(root + sep) ? target : undefined;
}
