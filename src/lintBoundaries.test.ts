import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer boundaries of STYLE.md, checked by linting one import at a time as if it stood in a file
 * of each layer: `npm run lint` must fail on a wrong import and pass a right one.
 */
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: resolve(__dirname, '..') });
});

async function boundaryErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = [value];\n`, { filePath });
  return result.messages.filter((message) => message.ruleId?.startsWith('no-restricted')).map((message) => message.message);
}

describe('layer boundaries', () => {
  it.each([
    ['src/shared/model/deal.ts', "import { value } from 'dexie';", /src\/shared is the domain/],
    ['src/shared/model/deal.ts', "import { value } from 'react';", /src\/shared is the domain/],
    ['src/shared/model/deal.ts', "import { value } from 'electron';", /src\/shared is the domain/],
    ['src/shared/import/readSheet.ts', "import { value } from 'node:fs';", /no Node modules/],
    ['src/shared/import/readSheet.ts', "import { value } from 'path';", /no Node modules/],
    ['src/shared/report/backup.ts', "import { value } from '../../renderer/src/db/database';", /src\/shared is the domain/],
    ['src/shared/values/money.ts', 'const value = localStorage.getItem("x");', /pass what it needs in/],
    ['src/shared/values/money.ts', 'const value = document.title;', /pass what it needs in/],
    ['src/shared/values/money.ts', 'const value = process.env;', /pass what it needs in/],
    ['src/renderer/src/features/deals/DealTable.tsx', "import { value } from 'node:fs';", /renderer never touches Node/],
    ['src/renderer/src/app/App.tsx', "import { value } from 'electron';", /renderer never touches Node/],
    ['src/renderer/src/app/App.tsx', "import { value } from 'child_process';", /renderer never touches Node/],
    ['src/renderer/src/workers/importWorker.ts', "import { value } from '../features/import/cellText';", /never reach into one/],
    ['src/renderer/src/db/dataLayer.ts', "import { value } from '../features/views/savedViews';", /never reach into one/],
    ['src/renderer/src/db/dataLayer.ts', "import { value } from 'fs/promises';", /renderer never touches Node/],
  ])('%s refuses %s', async (filePath, source, message) => {
    const errors = await boundaryErrors(filePath, source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    ['src/shared/model/deal.ts', "import { value } from 'zod';"],
    ['src/shared/import/corpus.test.ts', "import { value } from 'node:fs';"],
    ['src/renderer/src/features/records/sections.ts', "import { value } from '../events/eventColumns';"],
    ['src/renderer/src/features/deals/DealTable.tsx', "import { value } from '../views/savedViews';"],
    ['src/renderer/src/db/dataLayer.ts', "import { value } from 'dexie';"],
    ['src/renderer/src/workers/importWorker.ts', "import { value } from '@shared/import/importSession';"],
    ['src/main/services/fileAccess.ts', "import { value } from 'node:fs/promises';"],
  ])('%s allows %s', async (filePath, source) => {
    expect(await boundaryErrors(filePath, source)).toEqual([]);
  });
});
