/**
 * Field errors worded as k8s.io/apimachinery/pkg/util/validation/field/errors.go renders them,
 * e.g. `spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive`.
 */

export type FieldPath = readonly (string | number)[];

/**
 * Renders a path as field.Path does: children joined by dots, indexes as `[0]`. The last
 * `mapKeys` elements are map keys and render as `[key]` (`metadata.annotations[a/b]`).
 */
export function renderPath(path: FieldPath, mapKeys = 0): string {
  let out = '';
  const keysFrom = path.length - mapKeys;
  for (let i = 0; i < path.length; i++) {
    const part = path[i]!;
    if (typeof part === 'number' || i >= keysFrom) out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out;
}

/** Characters of a value a message quotes before it is cut (a 30 MB value must not make a 180 MB line). */
export const MAX_QUOTED_CHARS = 256;

/**
 * Values print like errors.go: numbers and booleans bare, strings quoted, the rest as JSON; a
 * long one is cut after MAX_QUOTED_CHARS, with its length.
 *
 * @example
 * formatValue('x'.repeat(1000)); // '"xxx…x"... (truncated: 1000 characters)'
 */
export function formatValue(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    if (value.length <= MAX_QUOTED_CHARS) return JSON.stringify(value);
    return `${JSON.stringify(value.slice(0, MAX_QUOTED_CHARS))}... (truncated: ${value.length} characters)`;
  }
  if (value === undefined) return 'null';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length <= MAX_QUOTED_CHARS ? text : `${text.slice(0, MAX_QUOTED_CHARS)}... (truncated: ${text.length} characters)`;
}

export function required(field: string, detail = ''): string {
  return `${field}: Required value${detail ? `: ${detail}` : ''}`;
}

export function invalid(field: string, value: unknown, detail: string): string {
  return `${field}: Invalid value: ${formatValue(value)}${detail ? `: ${detail}` : ''}`;
}

export function notSupported(field: string, value: unknown, supported: readonly string[]): string {
  return `${field}: Unsupported value: ${formatValue(value)}: supported values: ${supported.map((v) => JSON.stringify(v)).join(', ')}`;
}

export function forbidden(field: string, detail: string): string {
  return `${field}: Forbidden: ${detail}`;
}

export function duplicate(field: string, value: unknown): string {
  return `${field}: Duplicate value: ${formatValue(value)}`;
}

export function tooMany(field: string, actual: number, max: number): string {
  return `${field}: Too many: ${actual}: must have at most ${max} items`;
}

export function tooLong(field: string, detail: string): string {
  return `${field}: Too long: ${detail}`;
}
