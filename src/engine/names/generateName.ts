/**
 * names.SimpleNameGenerator (k8s.io/apiserver/pkg/storage/names) made deterministic: a
 * `generateName` base cut to 58 characters plus 5 characters from rand.String's alphabet, tried
 * again while the name is taken. Callers bring each attempt's 32-bit value, so the same cluster
 * always gets the same names.
 */

/** k8s.io/apimachinery/pkg/util/rand: the alphabet without vowels and look-alike characters. */
export const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

const RANDOM_LENGTH = 5;
/** A generated name must stay a 63-character DNS label. */
const MAX_GENERATED_NAME_LENGTH = 63 - RANDOM_LENGTH;

/** The value the next character is taken from, given the value of this one. */
export type NextValue = (value: number) => number;

const nextDigit: NextValue = (value) => Math.floor(value / SAFE_ALPHABET.length);

/**
 * 5 characters from SAFE_ALPHABET for a 32-bit value: each is the value modulo 27, and `next`
 * gives the value for the following one (by default the next base-27 digit).
 *
 * @example
 * randomSuffix(0); // "bbbbb"
 * randomSuffix(1); // "cbbbb"
 * randomSuffix(27 * 26); // "b9bbb"
 */
export function randomSuffix(value: number, next: NextValue = nextDigit): string {
  let out = '';
  for (let i = 0; i < RANDOM_LENGTH; i++) {
    out += SAFE_ALPHABET[value % SAFE_ALPHABET.length];
    value = next(value);
  }
  return out;
}

/**
 * The first free name among `base` (cut to 58 characters) + `suffixOf(attempt)` for attempts 0,
 * 1, 2, …; `keyOf(name)` is how `taken` knows it (the name itself, or "namespace/name"), and the
 * chosen one joins `taken`.
 *
 * @example
 * generateName('echo-svc-', (attempt) => randomSuffix(attempt), new Set(['echo-svc-bbbbb'])); // "echo-svc-cbbbb"
 */
export function generateName(
  base: string,
  suffixOf: (attempt: number) => string,
  taken: Set<string>,
  keyOf: (name: string) => string = (name) => name,
): string {
  const cut = base.length > MAX_GENERATED_NAME_LENGTH ? base.slice(0, MAX_GENERATED_NAME_LENGTH) : base;
  for (let attempt = 0; ; attempt++) {
    const name = cut + suffixOf(attempt);
    const key = keyOf(name);
    if (!taken.has(key)) {
      taken.add(key);
      return name;
    }
  }
}
