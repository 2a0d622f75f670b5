import { pathToFileURL } from 'node:url';
import { resolveBundleRequest } from './appUrls';

export interface BundleProtocolOptions {
  /** The built renderer folder, out/renderer. */
  bundleRoot: string;
  /** Reads a file: URL (Electron's net.fetch); rejects when the file cannot be read. */
  fetchFile(fileUrl: string): Promise<Response>;
  /** The header form of the one policy (shared/contentSecurityPolicy.ts). */
  contentSecurityPolicy: string;
}

/**
 * The app:// protocol handler. Every request gets an answer: a file of the bundle with the CSP and
 * nosniff headers, 400 for an address that cannot name a file, 404 for anything outside the bundle
 * or missing from it; an error thrown here would reach the page as a bare network failure instead.
 */
export function createBundleRequestHandler({ bundleRoot, fetchFile, contentSecurityPolicy }: BundleProtocolOptions) {
  return async (request: Request): Promise<Response> => {
    const target = resolveBundleRequest(bundleRoot, request.url);
    if ('status' in target) return new Response(target.reason, { status: target.status });
    let response: Response;
    try {
      response = await fetchFile(pathToFileURL(target.file).toString());
    } catch {
      return new Response('Not found', { status: 404 });
    }
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  };
}
