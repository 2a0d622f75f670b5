import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppUrlPolicy, resolveBundleFile } from './appUrls';

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

describe('bundle files', () => {
  const root = resolve('/opt/silk/renderer');
  it('maps app URLs to files inside the bundle', () => {
    expect(resolveBundleFile(root, 'app://bundle/')).toBe(join(root, 'index.html'));
    expect(resolveBundleFile(root, 'app://bundle/assets/index.js')).toBe(join(root, 'assets/index.js'));
  });
  it('refuses paths that climb out of the bundle', () => {
    // The URL parser already folds plain dot segments, which keeps them inside the bundle.
    expect(resolveBundleFile(root, 'app://bundle/../../etc/passwd')).toBe(join(root, 'etc/passwd'));
    expect(resolveBundleFile(root, 'app://bundle/..%2f..%2fetc/passwd')).toBeUndefined();
    expect(resolveBundleFile(root, 'app://bundle/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc/passwd'));
    expect(resolveBundleFile(root, 'app://elsewhere/index.html')).toBeUndefined();
  });
});
