/**
 * The `count` smallest of the numbers offered, ascending. A query can match all 100,000 deals while the
 * palette shows fifty, so this keeps a max-heap of the best so far instead of collecting and sorting
 * every match: most numbers are turned away by one comparison with the heap's largest, and none is
 * stored (collecting 95,000 matches of "#1" first was a third of the query's time).
 */
export class SmallestNumbers {
  private readonly heap: Float64Array;
  private size = 0;

  constructor(count: number) {
    this.heap = new Float64Array(Math.max(0, count));
  }

  offer(value: number): void {
    const { heap } = this;
    if (this.size < heap.length) {
      heap[this.size] = value;
      this.siftUp(this.size++);
    } else if (heap.length > 0 && value < heap[0]) {
      heap[0] = value;
      this.siftDown(0);
    }
  }

  /** The numbers kept, smallest first. */
  ascending(): number[] {
    return Array.from(this.heap.slice(0, this.size).sort());
  }

  private siftUp(start: number): void {
    const { heap } = this;
    let child = start;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (heap[parent] >= heap[child]) return;
      [heap[parent], heap[child]] = [heap[child], heap[parent]];
      child = parent;
    }
  }

  private siftDown(start: number): void {
    const { heap, size } = this;
    let parent = start;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let largest = parent;
      if (left < size && heap[left] > heap[largest]) largest = left;
      if (right < size && heap[right] > heap[largest]) largest = right;
      if (largest === parent) return;
      [heap[parent], heap[largest]] = [heap[largest], heap[parent]];
      parent = largest;
    }
  }
}
