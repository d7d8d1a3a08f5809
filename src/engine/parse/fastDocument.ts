/**
 * The fast reading of a large document: JSON.parse for JSON, js-yaml for YAML, no syntax tree.
 * It is used only where it gives exactly what the `yaml` library's YAML 1.2 core reading gives;
 * anything that could read differently (anchors, tags, directives, a handful of number forms)
 * returns undefined and the caller takes the full parse, which also words every error.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { firstContent, jsonDocumentValue } from './jsonValue';

/** Inputs from this size on are read the fast way first (a typed manifest is far below it). */
export const FAST_PARSE_MIN_BYTES = 256 * 1024;

/**
 * Plain scalars that js-yaml's core schema and `yaml`'s YAML 1.2 core schema resolve differently
 * (`-0`, signed `.5` floats, `0b` ints, signed hex/octal, exponents past a double), written as a whole
 * value or key. Seen in a document, the full parse reads it.
 */
const AMBIGUOUS_SCALAR =
  /(?:^|[\s[,{])(?:-0|[-+]\.\d[\d.eE+-]*|[-+]?0b[01_]+|[-+]0[xXoO][\w]*|[-+]?(?:\d+\.?\d*|\.\d+)[eE][-+]?\d{3,})(?=[ \t]*(?:$|[,\]}]|:[ \t\r\n]|:$|[ \t]#))/m;

/** Anchors, aliases, tags, complex keys, directives and document ends change how the text reads. */
const UNCOMMON_SYNTAX = /(?:^|[\s[,{:-])[&*!][^\s,\]}]|^[ \t]*\?(?:[ \t]|$)|^(?:%|\.\.\.)/m;

/** Cheap first looks: most dumps hold none of these characters, and then the patterns above need not run. */
const MAYBE_UNCOMMON = /[&*!?%]|\.\.\./;
const MAYBE_AMBIGUOUS = /(?:^|[\s[,{])-0|[-+]\.\d|0b[01]|[-+]0[xXoO]|[eE][-+]?\d{3}/;

/**
 * The document's value, read fast; undefined when only the full parse may read it (or it has an error).
 *
 * @example
 * fastDocumentValue('kind: Pod\nmetadata: {name: web}\n'); // { kind: 'Pod', metadata: { name: 'web' } }
 * fastDocumentValue('a: &x 1\nb: *x\n'); // undefined: anchors take the full parse
 */
export function fastDocumentValue(text: string): { value: unknown } | undefined {
  if (firstContent(text) === -1) return undefined;
  const json = jsonDocumentValue(text);
  if (json) return json;
  if ((MAYBE_UNCOMMON.test(text) && UNCOMMON_SYNTAX.test(text)) || (MAYBE_AMBIGUOUS.test(text) && AMBIGUOUS_SCALAR.test(text)))
    return undefined;
  let warned = false;
  try {
    const value = load(text, {
      schema: CORE_SCHEMA,
      json: false,
      onWarning: () => {
        warned = true;
      },
    });
    return warned ? undefined : { value };
  } catch {
    return undefined;
  }
}
