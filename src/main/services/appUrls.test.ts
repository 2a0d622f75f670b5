import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppUrlPolicy, resolveBundleRequest } from './appUrls';

describe('app URL policy', () => {
  it('allows the bundle and, in development, the dev server only', () => {
    const isAppUrl = createAppUrlPolicy('http://localhost:5173/');
    expect(isAppUrl('app://bundle/index.html')).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(isAppUrl('http://localhost:5174/')).toBe(false);
    expect(isAppUrl('https://example.com/')).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl('app://evil@bundle/index.html')).toBe(false);
    expect(isAppUrl('http://user:secret@localhost:5173/')).toBe(false);
    expect(createAppUrlPolicy(undefined)('http://localhost:5173/')).toBe(false);
  });
});

describe('bundle requests', () => {
  const root = resolve('/opt/silk/renderer');
  it('maps app URLs to files inside the bundle', () => {
    expect(resolveBundleRequest(root, 'app://bundle/')).toEqual({ file: join(root, 'index.html') });
    expect(resolveBundleRequest(root, 'app://bundle/assets/index.js')).toEqual({ file: join(root, 'assets/index.js') });
    expect(resolveBundleRequest(root, 'app://bundle/assets/%D0%BA%D0%B0%D1%80%D1%82%D0%B0.svg')).toEqual({
      file: join(root, 'assets/карта.svg'),
    });
  });

  it('refuses paths that climb out of the bundle', () => {
    // The URL parser already folds plain dot segments, which keeps them inside the bundle.
    expect(resolveBundleRequest(root, 'app://bundle/../../etc/passwd')).toEqual({ file: join(root, 'etc/passwd') });
    expect(resolveBundleRequest(root, 'app://bundle/..%2f..%2fetc/passwd')).toMatchObject({ status: 404 });
    expect(resolveBundleRequest(root, 'app://bundle/%2e%2e/%2e%2e/etc/passwd')).toEqual({ file: join(root, 'etc/passwd') });
    expect(resolveBundleRequest(root, 'app://elsewhere/index.html')).toMatchObject({ status: 404 });
    expect(resolveBundleRequest(root, 'not a url')).toMatchObject({ status: 404 });
  });

  it.each([
    'app://bundle/%E0%A4%A',
    'app://bundle/%',
    'app://bundle/assets/%zz.js',
    'app://bundle/%C0%AF',
    'app://bundle/%ED%A0%80',
  ])('answers %s, an escape that decodes to no text, as a bad request', (url) => {
    expect(resolveBundleRequest(root, url)).toEqual({ status: 400, reason: expect.stringContaining('malformed % escape') });
  });

  it('answers a NUL in the path as a bad request, not as a file to look for', () => {
    expect(resolveBundleRequest(root, 'app://bundle/index.html%00.js')).toEqual({
      status: 400,
      reason: expect.stringContaining('NUL'),
    });
  });
});
