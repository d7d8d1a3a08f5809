/** `kind: List` and typed lists (PodList, ServiceList, ...), as `kubectl get -o yaml` prints them. */

/** True for `List` and for `<Kind>List` kinds, whose objects are in `items`. */
export function isListKind(kind: unknown): boolean {
  return typeof kind === 'string' && kind.length >= 4 && kind.endsWith('List');
}

/**
 * The kind of the items of a typed list (`PodList` → `Pod`); undefined for a plain `List`.
 * NOTE: kubectl prints typed lists without apiVersion/kind on their items (client-go's
 * list decoding fills them in from the list), so items inherit them here.
 */
export function itemKindOf(listKind: string): string | undefined {
  return listKind === 'List' ? undefined : listKind.slice(0, -'List'.length);
}
