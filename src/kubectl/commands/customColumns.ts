/**
 * `kubectl get -o custom-columns=HEADER:JSONPATH,…`, as kubectl's CustomColumnsPrinter prints it:
 * one column per spec, each value the path's results joined by commas (Go's fmt.Sprint of each),
 * `<none>` when the path finds nothing.
 */
import { tabwrite } from '../format';
import { jsonPathValues, parseJsonPath, relaxedJsonPath } from '../jsonpath';

export interface Column {
  header: string;
  template: Exclude<ReturnType<typeof parseJsonPath>, { ok: false }>['template'];
}

export type ColumnsResult = { ok: true; columns: Column[] } | { ok: false; error: string };

/**
 * @example
 * parseCustomColumns('NAME:.metadata.name,IP:.status.podIP'); // { ok: true, columns: [NAME, IP] }
 */
export function parseCustomColumns(spec: string): ColumnsResult {
  if (spec.length === 0) return { ok: false, error: 'error: custom-columns format specified but no custom columns given' };
  const columns: Column[] = [];
  for (const part of spec.split(',')) {
    const colon = part.indexOf(':');
    if (colon < 0) return { ok: false, error: `error: unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>` };
    const path = relaxedJsonPath(part.slice(colon + 1));
    const template = parseJsonPath(path);
    if (!template.ok) return { ok: false, error: `error: error parsing jsonpath ${path}, ${template.error}` };
    columns.push({ header: part.slice(0, colon), template: template.template });
  }
  return { ok: true, columns };
}

/** Go's fmt.Sprint of decoded JSON: maps as `map[k:v]` with sorted keys, lists as `[a b]`. */
export function goSprint(value: unknown): string {
  if (value === null || value === undefined) return '<nil>';
  if (Array.isArray(value)) return `[${value.map(goSprint).join(' ')}]`;
  if (typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${k}:${goSprint((value as Record<string, unknown>)[k])}`);
    return `map[${entries.join(' ')}]`;
  }
  return String(value);
}

/** The table's lines: the headers (unless `noHeaders`), then one line per object. */
export function customColumnsTable(columns: readonly Column[], objects: readonly unknown[], noHeaders: boolean): string[] {
  const rows = objects.map((object) =>
    columns.map((column) => {
      const values = jsonPathValues(column.template, object);
      if (values.length === 0 || values[0]!.length === 0) return '<none>';
      return values.flat().map(goSprint).join(',');
    }),
  );
  return tabwrite([...(noHeaders ? [] : [columns.map((c) => c.header)]), ...rows]);
}
