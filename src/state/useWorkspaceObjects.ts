import { useDeferredValue, useMemo } from 'react';
import { useStore } from '.';
import { listObjects, type ObjectLocation, type WorkspaceFile } from '../workspace/objectLocations';

// Parsed objects per file text, so a keystroke re-parses only the file it changed.
const cache = new Map<string, ObjectLocation[]>();

function objectsOf(file: WorkspaceFile): ObjectLocation[] {
  const key = `${file.name}\u0000${file.text}`;
  let found = cache.get(key);
  if (!found) {
    found = listObjects([file]);
    if (cache.size > 64) cache.clear();
    cache.set(key, found);
  }
  return found;
}

/** The workspace's objects as the toolbar reads them: straight from the YAML, deferred behind typing. */
export function useWorkspaceObjects(): ObjectLocation[] {
  const files = useDeferredValue(useStore((s) => s.files));
  return useMemo(() => files.flatMap(objectsOf), [files]);
}
