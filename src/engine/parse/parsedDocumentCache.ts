/**
 * The parsed documents kept from one parse of a workspace to the next (see parsedDocuments.ts).
 * Apart from the parsers, so that a page can hold a cache without loading them.
 */
import type { Diagnostic } from '../diagnostics';
import type { ManifestDocument } from './manifestDocument';
import type { ParsedDocument } from './parsedDocuments';

/** One file as the last parses read it: its documents and diagnostics, and its chunks' parses. */
export interface ParsedFile {
  text: string;
  /** Read the fast way where that reads the same. */
  fast: boolean;
  documents: readonly ManifestDocument[];
  diagnostics: readonly Diagnostic[];
  chunks: readonly { text: string; parsed: ParsedDocument[] }[];
}

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
  private currentFiles = new Map<string, ParsedFile>();
  private previousFiles = new Map<string, ParsedFile>();

  /** The documents parsed for `text` by this parse or the one before it. */
  get(text: string): ParsedDocument[] | undefined {
    return this.current.get(text) ?? this.previous.get(text);
  }

  /** Keeps `parsed` as what this parse used for `text`. */
  keep(text: string, parsed: ParsedDocument[]): void {
    this.current.set(text, parsed);
  }

  /**
   * The file `name` as this parse or the one before read it, when its text is the same: its
   * documents are the same objects, found again without walking its text (a 12 MB dump beside
   * the file being typed in). Its chunks count as used by this parse.
   */
  getFile(name: string, text: string, fast: boolean): ParsedFile | undefined {
    const file = this.currentFiles.get(name) ?? this.previousFiles.get(name);
    if (!file || file.text !== text || file.fast !== fast) return undefined;
    for (const chunk of file.chunks) this.keep(chunk.text, chunk.parsed);
    this.currentFiles.set(name, file);
    return file;
  }

  /** Keeps what this parse read of file `name`. */
  keepFile(name: string, file: ParsedFile): void {
    this.currentFiles.set(name, file);
  }

  /** Ends one parse of a workspace. */
  endParse(): void {
    this.previous = this.current;
    this.current = new Map();
    this.previousFiles = this.currentFiles;
    this.currentFiles = new Map();
  }
}
