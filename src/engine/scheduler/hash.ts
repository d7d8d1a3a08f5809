/**
 * Seeded hashing for the scheduler stage: pod-template-hash, generated name suffixes. Nothing here
 * reads a clock or Math.random, so the same cluster always gets the same names.
 */
import { SAFE_ALPHABET } from '../names/generateName';

const FNV32_OFFSET = 0x811c9dc5;
const FNV32_PRIME = 0x01000193;

/**
 * FNV-1a (32 bit) over the UTF-8 bytes of `text`, as Go's hash/fnv.New32a would compute it.
 *
 * @example
 * fnv32a(''); // 2166136261
 * fnv32a('a'); // 3826002220
 */
export function fnv32a(text: string, seed: number = FNV32_OFFSET): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      hash = Math.imul(hash ^ code, FNV32_PRIME);
      continue;
    }
    if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (code < 0x800) {
      hash = Math.imul(hash ^ (0xc0 | (code >> 6)), FNV32_PRIME);
    } else if (code < 0x10000) {
      hash = Math.imul(hash ^ (0xe0 | (code >> 12)), FNV32_PRIME);
      hash = Math.imul(hash ^ (0x80 | ((code >> 6) & 0x3f)), FNV32_PRIME);
    } else {
      hash = Math.imul(hash ^ (0xf0 | (code >> 18)), FNV32_PRIME);
      hash = Math.imul(hash ^ (0x80 | ((code >> 12) & 0x3f)), FNV32_PRIME);
      hash = Math.imul(hash ^ (0x80 | ((code >> 6) & 0x3f)), FNV32_PRIME);
    }
    hash = Math.imul(hash ^ (0x80 | (code & 0x3f)), FNV32_PRIME);
  }
  return hash >>> 0;
}

/**
 * rand.SafeEncodeString: every byte of `text` becomes SAFE_ALPHABET[byte % 27]. Kubernetes feeds it
 * the decimal digits of a hash, so digits map to "4" … "f" ("0" → "4", "6" → "b").
 *
 * @example
 * safeEncodeString('1234567890'); // "56789bcdf4"
 */
export function safeEncodeString(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += SAFE_ALPHABET[text.charCodeAt(i) % SAFE_ALPHABET.length];
  return out;
}

/**
 * A well-mixed 32-bit value from a key and a counter (MurmurHash3's finaliser over FNV-1a), for
 * choices that must look random but repeat exactly.
 *
 * @example
 * mixedHash('default/echo', 0) === mixedHash('default/echo', 0); // true
 */
export function mixedHash(key: string, counter: number): number {
  let h = fnv32a(key) ^ Math.imul(counter + 1, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
