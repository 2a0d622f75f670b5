/**
 * The `count` smallest of `values`, ascending. A query can match all 100,000 deals while the palette shows
 * fifty, so it keeps a max-heap of the best so far instead of sorting everything: most values are turned
 * away by one comparison with the heap's largest.
 */
export function smallestNumbers(values: readonly number[], count: number): number[] {
  if (values.length <= count) return Array.from(Float64Array.from(values).sort());
  const heap = Float64Array.from(values.slice(0, count));
  for (let parent = (count >> 1) - 1; parent >= 0; parent--) siftDown(heap, parent);
  for (let position = count; position < values.length; position++) {
    if (values[position] < heap[0]) {
      heap[0] = values[position];
      siftDown(heap, 0);
    }
  }
  return Array.from(heap.sort());
}

function siftDown(heap: Float64Array, start: number): void {
  let parent = start;
  for (;;) {
    const left = 2 * parent + 1;
    const right = left + 1;
    let largest = parent;
    if (left < heap.length && heap[left] > heap[largest]) largest = left;
    if (right < heap.length && heap[right] > heap[largest]) largest = right;
    if (largest === parent) return;
    [heap[parent], heap[largest]] = [heap[largest], heap[parent]];
    parent = largest;
  }
}
