import { useDeferredValue, useMemo } from 'react';
import { useStore } from '.';
import { listObjects, type ObjectLocation, type WorkspaceFile } from '../workspace/objectLocations';

// Parsed objects per file name and text, so a keystroke re-parses only the file it changed. The
// text is a key of its own (never joined to the name): a string keeps its hash, so a 12 MB file
// that did not change is found again without hashing its text anew.
const cache = new Map<string, Map<string, ObjectLocation[]>>();

function objectsOf(file: WorkspaceFile): ObjectLocation[] {
  let byText = cache.get(file.name);
  let found = byText?.get(file.text);
  if (!found) {
    found = listObjects([file]);
    if (cache.size > 64) cache.clear();
    if (!byText || byText.size > 4) cache.set(file.name, (byText = new Map()));
    byText.set(file.text, found);
  }
  return found;
}

/** The workspace's objects as the toolbar reads them: straight from the YAML, deferred behind typing. */
export function useWorkspaceObjects(): ObjectLocation[] {
  const files = useDeferredValue(useStore((s) => s.files));
  return useMemo(() => files.flatMap(objectsOf), [files]);
}
