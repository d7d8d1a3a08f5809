/**
 * The parsed documents kept from one parse of a workspace to the next (see parsedDocuments.ts).
 * Apart from the parsers, so that a page can hold a cache without loading them.
 */
import type { ParsedDocument } from './parsedDocuments';

/**
 * The documents of the last two parses of a workspace, by chunk text: what a parse did not use
 * will not outlive the next one.
 *
 * @example
 * const cache = new ParsedDocumentCache();
 * parseManifests(files, cache); // parses every document
 * parseManifests(files, cache); // parses none: the same texts give the same documents
 */
export class ParsedDocumentCache {
  private current = new Map<string, ParsedDocument[]>();
  private previous = new Map<string, ParsedDocument[]>();

  /** The documents parsed for `text` by this parse or the one before it. */
  get(text: string): ParsedDocument[] | undefined {
    return this.current.get(text) ?? this.previous.get(text);
  }

  /** Keeps `parsed` as what this parse used for `text`. */
  keep(text: string, parsed: ParsedDocument[]): void {
    this.current.set(text, parsed);
  }

  /** Ends one parse of a workspace. */
  endParse(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}
