import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { realWorldCorpusPresent } from './realWorldCorpus.testHelpers';

describe('realWorldCorpusPresent', () => {
  const present = mkdtempSync(join(tmpdir(), 'silk-ledger-corpus-'));
  const missing = join(present, 'not-there');
  afterAll(() => rmSync(present, { recursive: true, force: true }));

  it('finds a corpus that is there, in CI or not', () => {
    expect(realWorldCorpusPresent(present, {})).toBe(true);
    expect(realWorldCorpusPresent(present, { CI: 'true' })).toBe(true);
  });

  it('lets a developer run without the corpus', () => {
    expect(realWorldCorpusPresent(missing, {})).toBe(false);
  });

  it('fails a CI run without the corpus, naming where it was looked for', () => {
    expect(() => realWorldCorpusPresent(missing, { CI: 'true' })).toThrow(missing);
  });
});
