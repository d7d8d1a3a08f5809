/**
 * Which documents of a workspace changed since the last analysis: kept documents are the same
 * object (the YAML cache and a caller's unchanged objects give the same one) read from the same
 * place, so everything said about them before still holds, down to line numbers.
 */
import type { SourceRange } from '../diagnostics';
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
    if (a.object === b.object && a.source.file === b.source.file && sameRange(a.source.range, b.source.range)) continue;
    changed.push(i);
    if (changed.length > MAX_CHANGED_DOCUMENTS) return { reason: `more than ${MAX_CHANGED_DOCUMENTS} documents changed` };
  }
  return { changed };
}

function sameRange(a: SourceRange, b: SourceRange): boolean {
  return a === b || (a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn);
}
