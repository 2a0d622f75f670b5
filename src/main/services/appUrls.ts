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

/** Where an app:// request leads: a file inside the bundle folder, or the status to answer instead. */
export type BundleRequest = { file: string } | { status: 400 | 404; reason: string };

const notFound: BundleRequest = { status: 404, reason: 'Not found' };

/** Maps an app:// request to a file inside the bundle folder; anything outside it is not found. */
export function resolveBundleRequest(bundleRoot: string, requestUrl: string): BundleRequest {
  let parsed: URL;
  try {
    parsed = new URL(requestUrl);
  } catch {
    return notFound;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return notFound;
  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    // A truncated or invalid escape (%E0%A4%A, %zz) names no file; decodeURIComponent throws URIError.
    return { status: 400, reason: 'Bad request: the address has a malformed % escape' };
  }
  // No file name holds a NUL: the request is malformed, not merely for a file that is missing.
  if (decoded.includes('\0')) return { status: 400, reason: 'Bad request: the address contains a NUL character' };
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const root = resolve(bundleRoot);
  const target = resolve(root, normalize(relative));
  return target.startsWith(root + sep) ? { file: target } : notFound;
}
