/**
 * `kubectl get --sort-by=<jsonpath>`: objects ordered by one field, as kubectl's RuntimeSort does
 * (numbers by value, text in natural order: "pod-2" before "pod-10"); objects without the field
 * come first; ties keep the list's order.
 */
import { jsonPathValues, parseJsonPath, relaxedJsonPath } from './jsonpath';

/**
 * vbom.ml/util/sortorder's NaturalLess: runs of digits compare by value.
 *
 * @example
 * naturalLess('echo-2', 'echo-10'); // true
 */
export function naturalLess(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a[i]!;
    const cb = b[j]!;
    const da = ca >= '0' && ca <= '9';
    const db = cb >= '0' && cb <= '9';
    if (da && db) {
      let ei = i;
      while (ei < a.length && a[ei]! >= '0' && a[ei]! <= '9') ei++;
      let ej = j;
      while (ej < b.length && b[ej]! >= '0' && b[ej]! <= '9') ej++;
      const na = a.slice(i, ei).replace(/^0+/, '');
      const nb = b.slice(j, ej).replace(/^0+/, '');
      if (na.length !== nb.length) return na.length < nb.length;
      if (na !== nb) return na < nb;
      if (ei - i !== ej - j) return ei - i < ej - j;
      i = ei;
      j = ej;
      continue;
    }
    if (ca !== cb) return ca < cb;
    i++;
    j++;
  }
  return a.length - i < b.length - j;
}

function less(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return !a && b;
  return naturalLess(typeof a === 'string' ? a : JSON.stringify(a), typeof b === 'string' ? b : JSON.stringify(b));
}

export type SortResult<T> = { ok: true; items: T[] } | { ok: false; error: string };

/**
 * @example
 * sortByField([{ o: { metadata: { name: 'b' } } }, { o: { metadata: { name: 'a' } } }], (x) => x.o, '.metadata.name');
 * // { ok: true, items: [a, b] }
 */
export function sortByField<T>(items: readonly T[], objectOf: (item: T) => unknown, field: string): SortResult<T> {
  const parsed = parseJsonPath(relaxedJsonPath(field));
  if (!parsed.ok) return { ok: false, error: `error: ${parsed.error}` };
  const keyed = items.map((item, index) => {
    const values = jsonPathValues(parsed.template, objectOf(item)).flat();
    return { item, index, value: values[0], has: values.length > 0 };
  });
  if (items.length > 0 && !keyed.some((k) => k.has))
    return { ok: false, error: `error: couldn't find any field with path "${relaxedJsonPath(field)}" in the list of objects` };
  keyed.sort((x, y) => {
    if (x.has !== y.has) return x.has ? 1 : -1;
    if (x.has && less(x.value, y.value)) return -1;
    if (x.has && less(y.value, x.value)) return 1;
    return x.index - y.index;
  });
  return { ok: true, items: keyed.map((k) => k.item) };
}
