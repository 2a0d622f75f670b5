import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBundleRequestHandler } from './bundleProtocol';

const contentSecurityPolicy = "default-src 'self'";
let bundleRoot: string;
let fetched: string[];
let serve: (request: Request) => Promise<Response>;

beforeAll(async () => {
  bundleRoot = await mkdtemp(join(tmpdir(), 'silk-bundle-'));
  await mkdir(join(bundleRoot, 'assets'));
  await writeFile(join(bundleRoot, 'index.html'), '<!doctype html><title>Silk Ledger</title>');
  await writeFile(join(bundleRoot, 'assets/index.js'), 'export {};');
  fetched = [];
  serve = createBundleRequestHandler({
    bundleRoot,
    // As Electron's net.fetch does for a file: URL, the read rejects when the file is missing.
    fetchFile: async (fileUrl) => {
      fetched.push(fileUrl);
      return new Response(await readFile(fileURLToPath(fileUrl)));
    },
    contentSecurityPolicy,
  });
});

afterAll(async () => {
  await rm(bundleRoot, { recursive: true, force: true });
});

describe('the app:// protocol handler', () => {
  it('serves bundle files with the Content-Security-Policy and nosniff headers', async () => {
    const response = await serve(new Request('app://bundle/assets/index.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('export {};');
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await (await serve(new Request('app://bundle/'))).text()).toContain('<title>Silk Ledger</title>');
  });

  it.each(['app://bundle/%E0%A4%A', 'app://bundle/assets/%zz.js', 'app://bundle/%', 'app://bundle/index.html%00'])(
    'answers %s with 400 and reads nothing',
    async (url) => {
      fetched.length = 0;
      const response = await serve(new Request(url));
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/^Bad request: /);
      expect(fetched).toEqual([]);
    },
  );

  it('answers 404 for addresses outside the bundle, reading nothing', async () => {
    fetched.length = 0;
    for (const url of ['app://elsewhere/index.html', 'app://bundle/..%2f..%2fetc/passwd', 'https://example.org/']) {
      expect((await serve(new Request(url))).status, url).toBe(404);
    }
    expect(fetched).toEqual([]);
  });

  it('answers 404 for a file the bundle does not have, instead of failing the request', async () => {
    const response = await serve(new Request('app://bundle/assets/missing.js'));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
  });
});
