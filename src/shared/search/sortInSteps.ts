/**
 * `strings.slice().sort()` (by UTF-16 code units), pausing (yielding) after sorting or merging about
 * `stepSize` strings: pieces are sorted, then merged pairwise. Sorting the 200,000 distinct words of
 * 100,000 deals at once is one long task, long enough to hold up a keystroke.
 */
export function* sortInSteps(strings: readonly string[], stepSize: number): Generator<void, string[]> {
  if (strings.length <= stepSize) return strings.slice().sort();
  let runs: string[][] = [];
  for (let start = 0; start < strings.length; start += stepSize) {
    runs.push(strings.slice(start, start + stepSize).sort());
    yield;
  }
  while (runs.length > 1) {
    const merged: string[][] = [];
    for (let index = 0; index < runs.length; index += 2) {
      merged.push(index + 1 < runs.length ? yield* mergeInSteps(runs[index], runs[index + 1], stepSize) : runs[index]);
    }
    runs = merged;
  }
  return runs[0];
}

function* mergeInSteps(left: string[], right: string[], stepSize: number): Generator<void, string[]> {
  const merged = new Array<string>(left.length + right.length);
  let fromLeft = 0;
  let fromRight = 0;
  for (let position = 0; position < merged.length; position++) {
    const takeRight = fromLeft === left.length || (fromRight < right.length && right[fromRight] < left[fromLeft]);
    merged[position] = takeRight ? right[fromRight++] : left[fromLeft++];
    if ((position + 1) % stepSize === 0) yield;
  }
  return merged;
}
