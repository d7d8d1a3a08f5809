/** Seeded randomness and hashing for the engine: same seed, same answer, in Node and the browser. */

/**
 * mulberry32: a tiny 32-bit PRNG. Returns a function giving floats in [0, 1).
 *
 * @example
 * const next = mulberry32(42);
 * next(); // always the same first number for seed 42
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * FNV-1a 32-bit hash of a string's UTF-16 code units, as an unsigned integer. Given the hash of a
 * first string as `seed`, it continues it: the hash of the two strings joined.
 *
 * @example
 * hashString('10.244.1.5') % 3; // a stable bucket for a source address
 * hashString('b', hashString('a')) === hashString('ab'); // true
 */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A seed for one sub-task, derived from the run's seed and a name, so that two routes do not
 * replay the same random sequence.
 *
 * @example
 * mulberry32(deriveSeed(1, 'default/client→default/echo-svc:80'));
 */
export function deriveSeed(seed: number, name: string): number {
  return (hashString(name) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0;
}
