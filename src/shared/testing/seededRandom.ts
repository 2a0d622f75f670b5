/**
 * A repeatable source of randomness for generated test data and fuzzing, so that a failure can
 * be reproduced from its seed. Used by tests only.
 */
export interface SeededRandom {
  /** In [0, 1). */
  next(): number;
  /** An integer in [0, below). */
  integer(below: number): number;
  pick<T>(list: readonly T[]): T;
  chance(probability: number): boolean;
}

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  // mulberry32: small, fast and good enough to spread test data.
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const integer = (below: number) => Math.floor(next() * below);
  return {
    next,
    integer,
    pick: (list) => list[integer(list.length)],
    chance: (probability) => next() < probability,
  };
}
