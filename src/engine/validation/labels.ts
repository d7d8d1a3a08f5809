/**
 * Label and annotation checks with the messages of k8s.io/apimachinery: IsQualifiedName and
 * IsValidLabelValue (util/validation), ValidateLabels (apis/meta/v1/validation) and
 * ValidateAnnotations (api/validation), which also caps all annotations at 256 KiB.
 */
import { isDNS1123Subdomain } from './names';

const NO_PROBLEMS: readonly string[] = Object.freeze([]);

const QUALIFIED_NAME_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const QUALIFIED_NAME = new RegExp(`^${QUALIFIED_NAME_FMT}$`);
const LABEL_VALUE_FMT = `(${QUALIFIED_NAME_FMT})?`;
const LABEL_VALUE = new RegExp(`^${LABEL_VALUE_FMT}$`);
const QUALIFIED_NAME_MAX_LENGTH = 63;
/** validation.LabelValueMaxLength */
export const LABEL_VALUE_MAX_LENGTH = 63;
/** apivalidation.TotalAnnotationSizeLimitB: 256 KiB over every key and value. */
export const TOTAL_ANNOTATION_SIZE_LIMIT_BYTES = 256 * 1024;

/** validation.RegexError: the message, examples quoted as upstream joins them (double space included). */
function regexError(message: string, fmt: string, ...examples: string[]): string {
  return `${message} (e.g. ${examples.map((e) => `'${e}', `).join(' or ')}regex used for validation is '${fmt}')`;
}

const QUALIFIED_NAME_ERROR = regexError(
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
  QUALIFIED_NAME_FMT,
  'MyName',
  'my.name',
  '123-abc',
);

/**
 * A qualified name without a prefix, checked character by character: 1 to 63 characters of
 * [-A-Za-z0-9_.], starting and ending with an alphanumeric one. The same strings as QUALIFIED_NAME
 * (and, with the empty string, LABEL_VALUE) of at most 63 characters accept, without a regular
 * expression or a split: every label key and value of every object is checked.
 *
 * @example
 * isPlainName('app-1'); // true
 * isPlainName('example.com/app'); // false (a prefix: the full check)
 */
export function isPlainName(value: string): boolean {
  const n = value.length;
  if (n === 0 || n > QUALIFIED_NAME_MAX_LENGTH || !isAlphanumeric(value.charCodeAt(0)) || !isAlphanumeric(value.charCodeAt(n - 1)))
    return false;
  for (let i = 1; i < n - 1; i++) {
    const c = value.charCodeAt(i);
    if (!isAlphanumeric(c) && c !== DASH && c !== UNDERSCORE && c !== DOT) return false;
  }
  return true;
}

const DASH = 0x2d;
const UNDERSCORE = 0x5f;
const DOT = 0x2e;

function isAlphanumeric(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * validation.IsQualifiedName: a name with an optional DNS subdomain prefix and '/'.
 *
 * @example
 * isQualifiedName('app.kubernetes.io/name'); // []
 * isQualifiedName('bad key!!')[0]; // "name part must consist of alphanumeric characters, …"
 */
export function isQualifiedName(value: string): readonly string[] {
  if (isPlainName(value)) return NO_PROBLEMS;
  const parts = value.split('/');
  const errs: string[] = [];
  let name: string;
  if (parts.length === 1) name = parts[0]!;
  else if (parts.length === 2) {
    const prefix = parts[0]!;
    name = parts[1]!;
    if (prefix.length === 0) errs.push('prefix part must be non-empty');
    else for (const msg of isDNS1123Subdomain(prefix)) errs.push(`prefix part ${msg}`);
  } else {
    return [`a qualified name ${QUALIFIED_NAME_ERROR} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`];
  }
  if (name.length === 0) errs.push('name part must be non-empty');
  else if (name.length > QUALIFIED_NAME_MAX_LENGTH) errs.push(`name part must be no more than ${QUALIFIED_NAME_MAX_LENGTH} characters`);
  if (!QUALIFIED_NAME.test(name)) errs.push(`name part ${QUALIFIED_NAME_ERROR}`);
  return errs.length ? errs : NO_PROBLEMS;
}

/**
 * validation.IsValidLabelValue: empty, or at most 63 characters of a qualified name's alphabet.
 *
 * @example
 * isValidLabelValue('x'.repeat(64)); // ["must be no more than 63 characters"]
 */
export function isValidLabelValue(value: string): readonly string[] {
  if (value === '' || isPlainName(value)) return NO_PROBLEMS;
  const errs: string[] = [];
  if (value.length > LABEL_VALUE_MAX_LENGTH) errs.push(`must be no more than ${LABEL_VALUE_MAX_LENGTH} characters`);
  if (!LABEL_VALUE.test(value)) {
    errs.push(
      regexError(
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        LABEL_VALUE_FMT,
        'MyValue',
        'my_value',
        '12345',
      ),
    );
  }
  return errs;
}

/** A problem at a labels or annotations map: the bad value (a key or a value) and upstream's message. */
export interface MapProblem {
  value: string;
  message: string;
  tooLong?: true;
}

// Keys with a prefix ('kubernetes.io/hostname') found valid are not checked again: thousands of
// nodes carry the same few. Plain keys and every value are checked character by character instead
// (a set of 10,000 would be cleared over and over by a cluster with more distinct values).
const validKeys = new Set<string>();
const REMEMBERED = 10_000;

function remember(set: Set<string>, value: string): void {
  if (set.size >= REMEMBERED) set.clear();
  set.add(value);
}

/**
 * ValidateLabels: each key a qualified name, each value a label value.
 *
 * @example
 * labelProblems({ 'bad key!!': 'x' })[0].value; // "bad key!!"
 */
export function labelProblems(labels: Readonly<Record<string, string>>): MapProblem[] {
  let out: MapProblem[] | undefined;
  for (const key in labels) {
    const value = labels[key]!;
    if (!isPlainName(key) && !validKeys.has(key)) {
      const problems = isQualifiedName(key);
      if (problems.length === 0) remember(validKeys, key);
      for (const message of problems) (out ??= []).push({ value: key, message });
    }
    if (value !== '' && !isPlainName(value)) for (const message of isValidLabelValue(value)) (out ??= []).push({ value, message });
  }
  return out ?? (NO_MAP_PROBLEMS as MapProblem[]);
}

const NO_MAP_PROBLEMS: readonly MapProblem[] = Object.freeze([]);

/**
 * ValidateAnnotations: each key a qualified name (case ignored), all keys and values together at
 * most 256 KiB.
 *
 * @example
 * annotationProblems({ a: 'x'.repeat(300_000) })[0].tooLong; // true
 */
export function annotationProblems(annotations: Readonly<Record<string, string>>): MapProblem[] {
  let out: MapProblem[] | undefined;
  let chars = 0;
  for (const key in annotations) {
    chars += key.length + annotations[key]!.length;
    // Lower-casing keeps a plain name plain: its alphabet has both cases.
    if (isPlainName(key) || validKeys.has(key)) continue;
    const problems = isQualifiedName(key.toLowerCase());
    if (problems.length === 0) remember(validKeys, key);
    for (const message of problems) (out ??= []).push({ value: key, message });
  }
  // UTF-16 code units take at most 3 bytes in UTF-8: only a large map needs its bytes counted.
  if (chars * 3 > TOTAL_ANNOTATION_SIZE_LIMIT_BYTES && annotationBytes(annotations) > TOTAL_ANNOTATION_SIZE_LIMIT_BYTES) {
    (out ??= []).push({ value: '', message: `may not be more than ${TOTAL_ANNOTATION_SIZE_LIMIT_BYTES} bytes`, tooLong: true });
  }
  return out ?? (NO_MAP_PROBLEMS as MapProblem[]);
}

function annotationBytes(annotations: Readonly<Record<string, string>>): number {
  const encoder = new TextEncoder();
  let total = 0;
  for (const key in annotations) total += encoder.encode(key).length + encoder.encode(annotations[key]!).length;
  return total;
}
