import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildImportPlan } from './buildImportPlan';
import { chooseDefaultSheet } from './chooseSheet';
import { sampleColumnValues } from './columnValueFit';
import { buildRecordsFromSheet, detectHeaderRows } from './detectHeader';
import { headerSignature } from './headerSignature';
import { sequentialIds } from './importPlan.testHelpers';
import type { ExistingRecords } from './importPlanTypes';
import { detectRecordKind, proposeMapping } from './proposeMapping';
import { readSpreadsheetFile } from './readWorkbook';
import type { ImportErrorCode } from './workbookTypes';
import {
  realWorldCorpusFolder as corpusFolder,
  realWorldCorpusPresent,
  realWorldFixturesFolder as fixturesFolder,
} from '../testing/realWorldCorpus.testHelpers';

const corpusPresent = realWorldCorpusPresent();

interface IndexEntry {
  file: string;
  /** What SheetJS 0.20.3 alone makes of the file: "reads" or "error: …". */
  sheetjs: string;
  cellsWithValues: number;
}

interface Outcome {
  file: string;
  milliseconds: number;
  result:
    | { ok: true; headerCount: number; mappedColumns: number; rowCount: number; plannedRowCount: number }
    | { ok: false; code: ImportErrorCode; message: string }
    | { threw: string };
}

function readIndex(): IndexEntry[] {
  const lines = readFileSync(`${fixturesFolder}corpus-index.csv`, 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => {
    const [file, , sheetjs, , cellsWithValues] = line.split(',');
    return { file, sheetjs, cellsWithValues: Number(cellsWithValues || 0) };
  });
}

/** The whole pipeline up to the commit, as the import screen runs it, against an empty store. */
async function importPreview(file: string): Promise<Outcome['result']> {
  const read = await readSpreadsheetFile(new Uint8Array(readFileSync(`${corpusFolder}${file}`)), file);
  if (!read.ok) return { ok: false, code: read.error.code, message: read.error.message };
  const sheetIndex = chooseDefaultSheet(read.workbook);
  if (sheetIndex === null) throw new Error('a workbook that read successfully has no sheet with data');
  const sheet = read.workbook.sheets[sheetIndex];
  const header = detectHeaderRows(sheet);
  const records = buildRecordsFromSheet(sheet, header);
  headerSignature(header.headers);
  const values = { columns: sampleColumnValues(records.rows, header.headers.length), date1904: read.workbook.date1904 };
  const kind = detectRecordKind(header.headers, values) ?? 'deals';
  const mapping = proposeMapping(header.headers, kind, values).flatMap(({ column, field }) => (field ? [{ column, field }] : []));
  const plan = buildImportPlan({
    kind,
    fileName: file,
    sheetName: sheet.name,
    headers: header.headers,
    rows: records.rows,
    skippedRowCount: records.skippedEmpty + records.skippedRepeatedHeaders,
    mapping,
    options: { mode: 'add-and-update', date1904: read.workbook.date1904 },
    existing: emptyStore,
    now: '2026-01-01T00:00:00.000Z',
    newId: sequentialIds(),
  });
  return {
    ok: true,
    headerCount: header.headers.length,
    mappedColumns: mapping.length,
    rowCount: records.rows.length,
    plannedRowCount: plan.rows.length,
  };
}

const emptyStore: ExistingRecords = { organizations: [], deals: [], indicators: [], observations: [], events: [] };

describe.skipIf(!corpusPresent)(
  corpusPresent ? 'real-world corpus (SheetJS test files)' : `real-world corpus: skipped, ${corpusFolder} is not there`,
  () => {
    const outcomes = new Map<string, Outcome>();
    let index: IndexEntry[] = [];

    beforeAll(async () => {
      index = readIndex();
      for (const file of readdirSync(corpusFolder).sort()) {
        const started = performance.now();
        let result: Outcome['result'];
        try {
          result = await importPreview(file);
        } catch (thrown) {
          result = { threw: thrown instanceof Error ? `${thrown.message}\n${thrown.stack}` : String(thrown) };
        }
        outcomes.set(file, { file, milliseconds: performance.now() - started, result });
      }
      const slowest = [...outcomes.values()].sort((a, b) => b.milliseconds - a.milliseconds).slice(0, 5);
      console.info(
        `slowest corpus files: ${slowest.map((outcome) => `${outcome.file} ${Math.round(outcome.milliseconds)} ms`).join(', ')}`,
      );
      // A file that hangs the reader fails this set-up by its time limit; how long each file takes is the
      // bench's to judge, not a test's, since a busy machine slows every file (the slowest are logged above).
    }, 120_000);

    it('has every file of the index, and only those', () => {
      expect([...outcomes.keys()].sort()).toEqual(index.map((entry) => entry.file).sort());
      expect(outcomes.size).toBe(309);
    });

    it('never throws: every file gives a preview or an error with a message', () => {
      const thrown = [...outcomes.values()].filter((outcome) => 'threw' in outcome.result);
      expect(thrown).toEqual([]);
      for (const { result } of outcomes.values()) {
        if ('ok' in result && !result.ok) expect(result.message).toMatch(/^.+\..*[.)]$/s);
      }
    });

    it('refuses exactly the 11 password-protected files, saying so', () => {
      const protectedFiles = index.filter((entry) => entry.sheetjs.includes('password-protected')).map((entry) => entry.file);
      expect(protectedFiles).toHaveLength(11);
      const refused = [...outcomes.values()].filter(
        (outcome) => 'ok' in outcome.result && !outcome.result.ok && outcome.result.code === 'password-protected',
      );
      expect(refused.map((outcome) => outcome.file).sort()).toEqual(protectedFiles.sort());
    });

    it('reads every file SheetJS reads, except those without a single value, which are reported as empty', () => {
      const expected = new Map(
        index.map((entry) => [
          entry.file,
          entry.sheetjs !== 'reads' ? 'password-protected' : entry.cellsWithValues > 0 ? 'ok' : 'empty',
        ]),
      );
      const actual = new Map(
        [...outcomes.values()].map(({ file, result }) => [file, 'ok' in result ? (result.ok ? 'ok' : result.code) : 'threw']),
      );
      expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
      const counts = { ok: 0, empty: 0, 'password-protected': 0 };
      for (const outcome of actual.values()) counts[outcome as keyof typeof counts]++;
      expect(counts).toEqual({ ok: 275, empty: 23, 'password-protected': 11 });
    });

    it('plans every row of every readable file, so each preview shows the whole sheet', () => {
      const planned = [...outcomes.values()].flatMap(({ file, result }) =>
        'ok' in result && result.ok ? [{ file, result }] : [],
      );
      expect(planned).toHaveLength(275);
      const lost = planned.filter(({ result }) => result.plannedRowCount !== result.rowCount).map(({ file }) => file);
      expect(lost).toEqual([]);
      // The corpus is SheetJS's own test files, not deals; still, some headers must be recognised.
      expect(planned.filter(({ result }) => result.mappedColumns > 0).length).toBeGreaterThan(0);
    });
  },
);
