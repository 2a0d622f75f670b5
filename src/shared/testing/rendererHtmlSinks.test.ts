import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Imported text must only ever reach the page as text; these are the ways around React's escaping.
const htmlSinks =
  /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write\b|createContextualFragment/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('renderer source', () => {
  it('never writes HTML strings into the page', () => {
    const root = fileURLToPath(new URL('../../renderer/src/', import.meta.url));
    const files = sourceFiles(root);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((file) => htmlSinks.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
