/**
 * A small seeded random source (sfc32), so a synthetic archive is the same
 * bytes for the same seed on every machine. Streams are derived from the
 * seed and a label (`stream(seed, 'issue', 2178)`), so one issue's text does
 * not depend on how many random numbers the issues before it used.
 */

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Whole number in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An item chosen with the given weights (same length as items). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** `count` distinct items, in random order (fewer when there are not enough). */
  sample<T>(items: readonly T[], count: number): T[];
}

/** FNV-1a over the text of the parts: a 32-bit seed for each stream. */
export function hashParts(parts: ReadonlyArray<string | number>): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function stream(...parts: ReadonlyArray<string | number>): Random {
  const seed = hashParts(parts);
  let a = seed ^ 0x9e3779b9;
  let b = Math.imul(seed, 0x85ebca6b) >>> 0;
  let c = Math.imul(seed ^ 0xc2b2ae35, 0x27d4eb2f) >>> 0;
  let d = 1;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let warm = 0; warm < 12; warm += 1) next();

  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (items, weights) => {
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      let roll = next() * total;
      for (const [index, item] of items.entries()) {
        roll -= weights[index]!;
        if (roll < 0) return item;
      }
      return items[items.length - 1]!;
    },
    sample: (items, count) => {
      const copy = [...items];
      for (let index = copy.length - 1; index > 0; index -= 1) {
        const other = Math.floor(next() * (index + 1));
        [copy[index], copy[other]] = [copy[other]!, copy[index]!];
      }
      return copy.slice(0, count);
    },
  };
  return random;
}
