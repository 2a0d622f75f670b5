// Runs the import fuzz test longer than `npm test` does:
//   npm run fuzz -- --count 20000 [--seed 7] [--case 123]
// A failure prints its seed and case number; `--case` runs that one case again.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '20000' }, seed: { type: 'string' }, case: { type: 'string' } },
});
for (const [name, value] of Object.entries(values)) {
  if (value !== undefined && !/^\d+$/.test(value)) {
    console.error(`--${name} takes a whole number, not “${value}”.`);
    process.exit(2);
  }
}
const env = { ...process.env, SILK_FUZZ_COUNT: values.count };
if (values.seed !== undefined) env.SILK_FUZZ_SEED = values.seed;
if (values.case !== undefined) env.SILK_FUZZ_CASE = values.case;

const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const run = spawnSync(process.execPath, [vitest, 'run', 'src/shared/import/fuzz/importFuzz.test.ts'], {
  env,
  stdio: 'inherit',
  cwd: fileURLToPath(new URL('..', import.meta.url)),
});
process.exit(run.status ?? 1);
