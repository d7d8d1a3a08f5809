/**
 * Older formats, upgraded step by step to the current one, so a link made today still opens after
 * the format changes. To change the format: add a step from the last version here, bump
 * SHARE_VERSION, and pin a link of the old version in the tests.
 */
import { isPlainObject } from '../../engine';

export const SHARE_VERSION = 1;

/** Upgrades a version `from` document to version `from + 1`; throws a message for a malformed one. */
const STEPS: Record<number, (doc: unknown) => unknown> = {
  // v0 (before the first release): uncompressed JSON `{ files: { [name]: text }, version }`.
  0(doc) {
    if (!isPlainObject(doc) || !isPlainObject(doc.files)) throw new Error('it has no files');
    return {
      v: 1,
      files: Object.entries(doc.files).map(([name, text]) => ({ name, text })),
      kubernetesVersion: doc.version,
    };
  },
};

/** The document upgraded to SHARE_VERSION. */
export function migrate(doc: unknown, from: number): unknown {
  let current = doc;
  for (let version = from; version < SHARE_VERSION; version++) {
    const step = STEPS[version];
    if (!step) throw new Error(`there is no way to read version ${version}`);
    current = step(current);
  }
  return current;
}

/** Whether a fragment of this version carries deflated JSON (v1 on) or plain JSON (v0). */
export function isCompressedVersion(version: number): boolean {
  return version >= 1;
}
