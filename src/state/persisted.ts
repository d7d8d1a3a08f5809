/** Small UI preferences kept in localStorage (the workspace itself is saved by src/io/persistence). */
import { localStore } from './storage';

const PREFIX = 'ktp.';

export function readPreference(key: string): string | null {
  const result = localStore.read(PREFIX + key);
  return result.ok ? result.value : null;
}

/** Private mode or storage disabled: the preference lasts for this page only. */
export function writePreference(key: string, value: string): void {
  localStore.write(PREFIX + key, value);
}
