/**
 * Some items of a large JSON List (a `kubectl get -o json` dump), each read alone: the page's
 * toolbar wants a 150,000-item dump's Services, not a parse of every pod on the main thread.
 */
import { hasDuplicateKeys, jsonBody } from './jsonValue';
import { jsonListItemSpans } from './listItemSpans';
import { isPlainObject } from './plainObject';

export interface JsonListItems {
  /** The List's own fields, its `items` empty. */
  list: Record<string, unknown>;
  /** The items whose text `wanted` chose, by their index in the List. */
  items: { index: number; value: unknown }[];
}

/**
 * The items of a JSON document that is a `*List` whose text `wanted` accepts, each read by
 * JSON.parse; undefined when the document is not such a List, repeats a key, or a chosen item
 * (or the List around the items) is not valid JSON, and the caller reads it whole. Items not
 * chosen are not parsed.
 *
 * @example
 * jsonListItemsWhere('{"kind":"List","items":[{"kind":"Pod"},{"kind":"Service"}]}', (t) => t.includes('"Service"'))!.items;
 * // [{ index: 1, value: { kind: 'Service' } }]
 */
export function jsonListItemsWhere(text: string, wanted: (itemText: string) => boolean): JsonListItems | undefined {
  const body = jsonBody(text);
  if (body === undefined) return undefined;
  const spans = jsonListItemSpans(body);
  if (!spans || spans.items.length === 0 || hasDuplicateKeys(body)) return undefined;
  let list: unknown;
  try {
    list = JSON.parse(body.slice(0, spans.items[0]!.start) + body.slice(spans.items[spans.items.length - 1]!.end));
  } catch {
    return undefined;
  }
  if (!isPlainObject(list) || typeof list.kind !== 'string' || !list.kind.endsWith('List')) return undefined;
  if (!Array.isArray(list.items) || list.items.length !== 0) return undefined;
  const items: JsonListItems['items'] = [];
  for (let index = 0; index < spans.items.length; index++) {
    const span = spans.items[index]!;
    const itemText = body.slice(span.start, span.end);
    if (!wanted(itemText)) continue;
    try {
      items.push({ index, value: JSON.parse(itemText) });
    } catch {
      return undefined;
    }
  }
  return { list, items };
}
