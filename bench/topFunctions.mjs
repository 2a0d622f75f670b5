#!/usr/bin/env node
/**
 * node bench/topFunctions.mjs FILE.cpuprofile [N]: the N functions with the most self time in a
 * CPU profile written by `npm run bench -- --profile DIR`, with their source location.
 */
import { readFileSync } from 'node:fs';

const [file, count = '25'] = process.argv.slice(2);
if (!file) throw new Error('usage: node bench/topFunctions.mjs FILE.cpuprofile [N]');
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMs = new Map();
profile.samples.forEach((id, index) => {
  const frame = nodes.get(id).callFrame;
  const key = `${frame.functionName || '(anonymous)'}  ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
  selfMs.set(key, (selfMs.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
});
const total = [...selfMs.values()].reduce((sum, ms) => sum + ms, 0);
console.log(`${file}: ${Math.round(total)} ms sampled`);
for (const [name, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, Number(count))) {
  console.log(`${String(Math.round(ms)).padStart(8)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name}`);
}
