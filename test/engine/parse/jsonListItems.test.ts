/** A JSON List's chosen items, each read alone; anything else left to the whole document's reading. */
import { describe, expect, it } from 'vitest';
import { jsonListItemsWhere } from '../../../src/engine/parse/jsonListItems';

const services = (text: string) => text.includes('"Service"');
const list = (items: string[]) =>
  `{"apiVersion": "v1", "kind": "List", "metadata": {"resourceVersion": ""}, "items": [\n${items.join(',\n')}\n]}\n`;
const pod = '{"kind": "Pod", "metadata": {"name": "p", "labels": {"app": "web"}}}';
const svc = '{"kind": "Service", "metadata": {"name": "web"}, "spec": {"ports": [{"port": 80}]}}';

describe('jsonListItemsWhere', () => {
  it('reads only the chosen items, by their index, and the List’s own fields', () => {
    const read = jsonListItemsWhere(list([pod, svc, pod, svc.replace('web', 'api')]), services)!;
    expect(read.list).toEqual({ apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '' }, items: [] });
    expect(read.items).toEqual([
      { index: 1, value: JSON.parse(svc) },
      { index: 3, value: JSON.parse(svc.replace('web', 'api')) },
    ]);
    expect(jsonListItemsWhere(`---\n${list([svc])}`, services)!.items).toHaveLength(1);
    expect(jsonListItemsWhere('{"kind":"ServiceList","items":[{"kind":"Service"}]}', services)!.items).toEqual([
      { index: 0, value: { kind: 'Service' } },
    ]);
  });

  it('leaves to the whole reading what is not a List of items, repeats a key, or is broken where it reads', () => {
    expect(jsonListItemsWhere(svc, services)).toBeUndefined();
    expect(jsonListItemsWhere('{"kind": "Deployment", "items": [{"kind": "Service"}]}', services)).toBeUndefined();
    expect(jsonListItemsWhere('kind: List\nitems:\n- kind: Service\n', services)).toBeUndefined();
    expect(jsonListItemsWhere(list([]), services)).toBeUndefined();
    expect(jsonListItemsWhere(list([pod.replace('"app"', '"app": "x", "app"'), svc]), services)).toBeUndefined();
    expect(jsonListItemsWhere(list([svc.replace('}}', '},}')]), services)).toBeUndefined();
    expect(jsonListItemsWhere(list([svc]).replace('"metadata": {"resourceVersion": ""}', '"metadata": {,}'), services)).toBeUndefined();
  });
});
