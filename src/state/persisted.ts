/** Small UI preferences kept in localStorage (the workspace itself is saved by src/io/persistence). */
const PREFIX = 'ktp.';

export function readPreference(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

export function writePreference(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(PREFIX + key, value);
  } catch {
    // Private mode or storage disabled: the preference lasts for this page only.
  }
}
