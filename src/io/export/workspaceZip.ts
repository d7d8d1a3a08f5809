/** The workspace as a zip of its YAML files, in workspace order. */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { WorkspaceFile } from '../../workspace/objectLocations';

/**
 * @example
 * zipWorkspace([{ name: 'svc.yaml', text: 'kind: Service\n' }]); // Uint8Array starting with "PK"
 */
export function zipWorkspace(files: readonly WorkspaceFile[]): Uint8Array {
  const entries: Zippable = {};
  // A fixed date keeps the same workspace giving the same bytes.
  for (const file of files) entries[file.name] = [strToU8(file.text), { mtime: new Date(2000, 0, 1) }];
  return zipSync(entries, { level: 6 });
}
