import { useDeferredValue, useMemo } from 'react';
import { useStore } from '.';
import { listObjects, type ObjectLocation, type WorkspaceFile } from '../workspace/objectLocations';

/**
 * The kinds the toolbar and the Compare panel read from the YAML. A 150,000-pod workspace's
 * other objects are not kept on the page twice (the worker has them).
 */
export const TOOLBAR_KINDS: ReadonlySet<string> = new Set(['Service', 'KubeProxyConfiguration']);

/**
 * The objects of each file as last listed, by file name: a keystroke re-lists only the file it
 * changed. Compared by text, never keyed by it (a key of name + text would copy every file's
 * text once more).
 */
const cache = new Map<string, { text: string; objects: ObjectLocation[] }>();

function objectsOf(file: WorkspaceFile): ObjectLocation[] {
  const known = cache.get(file.name);
  if (known && known.text === file.text) return known.objects;
  const objects = listObjects([file], { kinds: TOOLBAR_KINDS });
  cache.set(file.name, { text: file.text, objects });
  return objects;
}

/**
 * The workspace's Services and KubeProxyConfiguration, in file and document order; files no
 * longer in the workspace leave the cache (and their text with them).
 */
export function toolbarObjects(files: readonly WorkspaceFile[]): ObjectLocation[] {
  const objects = files.flatMap(objectsOf);
  if (cache.size > files.length) {
    const names = new Set(files.map((f) => f.name));
    for (const name of cache.keys()) if (!names.has(name)) cache.delete(name);
  }
  return objects;
}

/** The toolbar's objects, straight from the YAML, deferred behind typing. */
export function useWorkspaceObjects(): ObjectLocation[] {
  const files = useDeferredValue(useStore((s) => s.files));
  return useMemo(() => toolbarObjects(files), [files]);
}
