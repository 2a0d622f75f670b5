import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realWorldCorpusFolder as corpusFolder, realWorldCorpusPresent } from '../../testing/realWorldCorpus.testHelpers';
import { seededRandom } from '../../testing/seededRandom';
import { dealsStore } from '../importPlan.testHelpers';
import { buildFuzzCase, fixedCases, type CorpusFile } from './hostileFiles';
import { BrokenRule, runImportPipeline } from './runImportPipeline';

// `npm run fuzz -- --count N --seed S [--case C]` sets these; `npm test` runs the defaults.
const seed = Number(process.env.SILK_FUZZ_SEED ?? 20_251_125);
const count = Number(process.env.SILK_FUZZ_COUNT ?? 2_000);
const onlyCase = process.env.SILK_FUZZ_CASE === undefined ? null : Number(process.env.SILK_FUZZ_CASE);
// A hang guard, not a speed test: the heaviest fixed cases take a few seconds on a busy machine.
const hangGuardMilliseconds = 30_000;

// Small files keep 2,000 cases quick; the corpus test reads every file whole.
const largestMutatedFile = 64 * 1024;

function readCorpus(): CorpusFile[] {
  if (!realWorldCorpusPresent()) return [];
  return readdirSync(corpusFolder)
    .sort()
    .filter((name) => statSync(`${corpusFolder}${name}`).size <= largestMutatedFile)
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(`${corpusFolder}${name}`)) }));
}

/** Own properties and their values, so an added key or a replaced method both show. */
function snapshotOf(prototype: object): Map<string | symbol, unknown> {
  return new Map(Reflect.ownKeys(prototype).map((key) => [key, Object.getOwnPropertyDescriptor(prototype, key)?.value]));
}

const prototypes = { Object: Object.prototype, Array: Array.prototype, String: String.prototype, Function: Function.prototype };

function pollutedPrototypes(before: ReadonlyMap<string, Map<string | symbol, unknown>>): string[] {
  return Object.entries(prototypes).flatMap(([name, prototype]) => {
    const now = snapshotOf(prototype);
    const expected = before.get(name)!;
    const changed = [...new Set([...now.keys(), ...expected.keys()])].filter((key) => now.get(key) !== expected.get(key));
    return changed.map((key) => `${name}.prototype.${String(key)}`);
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe(`import fuzz: ${onlyCase === null ? `${count} hostile files` : `case ${onlyCase}`}, seed ${seed}`, () => {
  it('ends every file in a clear error or a valid preview, changes no stored record and pollutes no prototype', async () => {
    const corpus = readCorpus();
    // Frozen: a planner that wrote to a stored record would throw here instead of corrupting it.
    const { existing } = dealsStore();
    deepFreeze(existing);
    const before = new Map(Object.entries(prototypes).map(([name, prototype]) => [name, snapshotOf(prototype)]));
    const failures: string[] = [];
    const tally = { refused: 0, previewed: 0 };
    const caseNumbers = onlyCase === null ? Array.from({ length: count }, (_, index) => index) : [onlyCase];
    for (const caseNumber of caseNumbers) {
      const reproduce = `seed ${seed}, case ${caseNumber} (npm run fuzz -- --seed ${seed} --case ${caseNumber})`;
      let description = 'the case could not be built';
      const started = performance.now();
      try {
        const fuzzCase = buildFuzzCase(seed, caseNumber, corpus);
        description = `${fuzzCase.description}, named ${fuzzCase.fileName}`;
        trace(`case ${caseNumber}: ${description}`);
        const outcome = await runImportPipeline(fuzzCase.bytes, fuzzCase.fileName, existing, seededRandom(seed + caseNumber));
        tally['refused' in outcome ? 'refused' : 'previewed']++;
        trace(`  ${JSON.stringify(outcome)}`);
      } catch (thrown) {
        const what = thrown instanceof BrokenRule ? `broke a rule: ${thrown.message}` : `threw ${describeThrown(thrown)}`;
        failures.push(`${reproduce}: ${description}: ${what}`);
      }
      const elapsed = performance.now() - started;
      trace(`  ${Math.round(elapsed)} ms`);
      if (elapsed > hangGuardMilliseconds) {
        failures.push(
          `${reproduce}: ${description}: ran ${Math.round(elapsed / 1000)} s, past the ${hangGuardMilliseconds / 1000} s hang guard`,
        );
      }
      const polluted = pollutedPrototypes(before);
      if (polluted.length > 0) {
        failures.push(`${reproduce}: ${description}: polluted ${polluted.join(', ')}`);
        break; // every later case would report the same pollution
      }
    }
    console.info(`import fuzz, seed ${seed}: ${tally.refused} refused with a message, ${tally.previewed} previewed`);
    expect(failures).toEqual([]);
    if (onlyCase === null) {
      expect(tally.refused + tally.previewed).toBe(count);
      expect(count).toBeGreaterThanOrEqual(fixedCases.length);
    }
  }, 600_000);
});

/** SILK_FUZZ_TRACE=<file> logs each case as it runs, to find one that never ends. */
function trace(line: string): void {
  const file = process.env.SILK_FUZZ_TRACE;
  if (file) writeFileSync(file, `${line}\n`, { flag: 'a' });
}

function describeThrown(thrown: unknown): string {
  if (!(thrown instanceof Error)) return String(thrown);
  return `${thrown.name}: ${thrown.message}\n${thrown.stack?.split('\n').slice(1, 6).join('\n')}`;
}
