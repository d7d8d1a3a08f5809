/**
 * Large files in the editor: past a size, a file's model leaves monaco-yaml's language worker
 * alone. That worker parses a model whole into a YAML syntax tree with every position (about 60
 * bytes of memory per character of text, and seconds of CPU for a 12 MB kubectl dump) to serve
 * completion, hover, folding and the outline. A large file keeps YAML's colours (Monaco's own
 * tokenizer, which Monaco itself turns off from 20 MB on), folding by indentation, find,
 * undo and every edit; only the schema's completion and hover are gone, and the editor says so.
 */

/** From this many characters on, a file is edited in the large-file mode (1 MiB). */
export const LARGE_FILE_CHARS = 1024 * 1024;

/** The language of files read with monaco-yaml's schema features. */
export const YAML_LANGUAGE = 'yaml';

/** The language of large files: YAML's tokenizer and brackets, no language worker. */
export const LARGE_YAML_LANGUAGE = 'yaml-large-file';

/**
 * The editor language for a file of `chars` characters.
 *
 * @example
 * editorLanguageFor('kind: Pod\n'.length); // 'yaml'
 * editorLanguageFor(12_000_000); // 'yaml-large-file'
 */
export function editorLanguageFor(chars: number): string {
  return chars >= LARGE_FILE_CHARS ? LARGE_YAML_LANGUAGE : YAML_LANGUAGE;
}

/** What the editor says while a large file is open. */
export function largeFileNote(chars: number): string {
  return `Large file (${(chars / (1024 * 1024)).toFixed(1)} MiB): editing, find and undo work; schema completion and hover are off.`;
}
