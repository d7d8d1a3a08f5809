/**
 * What opened files mean: YAML (or JSON manifests) to add to the workspace, a zip of them to open
 * as a workspace, or a shared state (.json from the Share fallback). Pure; sizes bounded.
 */
import { strFromU8, unzipSync } from 'fflate';
import { decodeShareDocument } from '../share/shareDocument';
import type { ShareStateV1 } from '../share/shareTypes';
import { sharedFileNameProblem } from '../share/validateShareState';
import type { WorkspaceFile } from '../../workspace/objectLocations';
import { uniqueFileName } from '../../workspace/workspaceEdits';

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export type ImportResult =
  | { kind: 'state'; state: ShareStateV1 }
  | { kind: 'files'; files: WorkspaceFile[]; replace: boolean; skipped: string[] }
  | { kind: 'error'; error: string };

/**
 * 80 MB: a `kubectl get -o json` of Kubernetes' largest supported cluster (5,000 nodes, 150,000 pods)
 * is about 63 MB; the parse and analysis of anything this large run in the analysis worker.
 */
export const IMPORT_LIMITS = { bytes: 80_000_000, files: 500 } as const;
/** The byte limit in words, e.g. "80 MB". */
export const IMPORT_LIMIT_WORDS = `${IMPORT_LIMITS.bytes / 1_000_000} MB`;

const MANIFEST = /\.(ya?ml|json)$/i;
const baseName = (path: string) => path.split(/[/\\]/).pop() ?? path;

/**
 * A .json file that is a playground state rather than a manifest. A state has a `"v"` key: text
 * without one is not parsed here (a 62 MB kubectl dump would be parsed on the page just to learn that).
 */
function asSharedState(text: string): ImportResult | null {
  if (!text.includes('"v"')) return null;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof doc !== 'object' || doc === null || typeof (doc as { v?: unknown }).v !== 'number' || 'kind' in doc) return null;
  const result = decodeShareDocument(doc, (doc as { v: number }).v);
  return result.ok
    ? { kind: 'state', state: result.state }
    : { kind: 'error', error: `The file is a playground state that cannot be opened: ${result.error}.` };
}

function unzipManifests(bytes: Uint8Array): OpenedFile[] {
  let declared = 0;
  const entries = unzipSync(bytes, {
    filter(file) {
      if (file.name.endsWith('/') || file.name.startsWith('__MACOSX/') || !MANIFEST.test(file.name)) return false;
      declared += file.originalSize;
      if (declared > IMPORT_LIMITS.bytes) throw new Error('too large');
      return true;
    },
  });
  return Object.entries(entries).map(([name, data]) => ({ name: baseName(name), bytes: data }));
}

/**
 * @example
 * readImport([{ name: 'svc.yaml', bytes: strToU8('kind: Service\n') }], []);
 * // { kind: 'files', files: [{ name: 'svc.yaml', text: 'kind: Service\n' }], replace: false, skipped: [] }
 */
export function readImport(opened: readonly OpenedFile[], existing: readonly WorkspaceFile[]): ImportResult {
  if (opened.reduce((sum, f) => sum + f.bytes.length, 0) > IMPORT_LIMITS.bytes)
    return { kind: 'error', error: `The files are larger than ${IMPORT_LIMIT_WORDS}.` };
  const skipped: string[] = [];
  let manifests: OpenedFile[] = [];
  let replace = false;
  for (const file of opened) {
    if (/\.zip$/i.test(file.name)) {
      try {
        manifests = manifests.concat(unzipManifests(file.bytes));
        replace = true;
      } catch {
        return {
          kind: 'error',
          error: `${file.name} is not a zip file the playground can read, or it holds more than ${IMPORT_LIMIT_WORDS}.`,
        };
      }
    } else if (MANIFEST.test(file.name)) manifests.push(file);
    else skipped.push(file.name);
  }
  if (opened.length === 1 && /\.json$/i.test(opened[0]!.name)) {
    const state = asSharedState(strFromU8(opened[0]!.bytes));
    if (state) return state;
  }
  if (manifests.length === 0) return { kind: 'error', error: 'Nothing to open: choose .yaml, .yml or .json files, or a .zip of them.' };
  if (manifests.length > IMPORT_LIMITS.files) return { kind: 'error', error: `More than ${IMPORT_LIMITS.files} files.` };
  const files: WorkspaceFile[] = [];
  const taken: WorkspaceFile[] = replace ? [] : existing.filter((f) => !manifests.some((m) => m.name === f.name));
  for (const file of manifests) {
    const name = sharedFileNameProblem(file.name) ? 'imported.yaml' : file.name;
    const unique = files.some((f) => f.name === name) ? uniqueFileName([...taken, ...files], name) : name;
    files.push({ name: unique, text: strFromU8(file.bytes) });
  }
  return { kind: 'files', files, replace, skipped };
}
