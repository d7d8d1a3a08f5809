/**
 * Which documents of a workspace changed since the last analysis: kept documents are the same
 * object (the YAML cache and a caller's unchanged objects give the same one) read from the same
 * place, so everything said about them before still holds, down to line numbers.
 */
import type { SourceRange, SourceRef } from '../diagnostics';
import { lazyStart } from '../parse/yamlSourceRef';
import type { ManifestDocument } from '../parse/manifestDocument';

/** At most this many changed documents are redone one by one; more is a new workspace. */
export const MAX_CHANGED_DOCUMENTS = 64;

/**
 * The positions of the documents that changed, when the two lists pair up position by position;
 * a reason why they do not otherwise.
 *
 * @example
 * changedDocuments(before, after); // { changed: [12] }
 */
export function changedDocuments(
  before: readonly ManifestDocument[],
  after: readonly ManifestDocument[],
): { changed: number[] } | { reason: string } {
  if (before.length !== after.length) return { reason: `documents were added or removed (${before.length} → ${after.length})` };
  const changed: number[] = [];
  for (let i = 0; i < after.length; i++) {
    const a = before[i]!;
    const b = after[i]!;
    if (a === b) continue;
    if (a.object === b.object && a.source.file === b.source.file && samePlace(a.source, b.source)) continue;
    changed.push(i);
    if (changed.length > MAX_CHANGED_DOCUMENTS) return { reason: `more than ${MAX_CHANGED_DOCUMENTS} documents changed` };
  }
  return { changed };
}

/**
 * The same object (parsed from the same text) starts at the same place. An object read the fast
 * way has its lines found when first asked for (they take parsing its syntax tree): its start
 * (offset, line and column) says as much without them.
 */
function samePlace(a: SourceRef, b: SourceRef): boolean {
  const x = lazyStart(a);
  const y = x && lazyStart(b);
  if (x && y) return a.order === b.order && x.line === y.line && x.col === y.col;
  return sameRange(a.range, b.range);
}

function sameRange(a: SourceRange, b: SourceRange): boolean {
  return a === b || (a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn);
}
