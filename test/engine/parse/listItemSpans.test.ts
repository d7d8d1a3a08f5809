import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jsonListItemSpans, yamlListItemSpans } from '../../../src/engine/parse/listItemSpans';

function itemsOf(text: string, spans: { start: number; end: number }[]): unknown[] {
  return spans.map((s) => (parse(text.slice(s.start, s.end)) as unknown[])[0]);
}

describe('yamlListItemSpans', () => {
  it("finds the items of kubectl's List, written at the margin", () => {
    const text = [
      'apiVersion: v1',
      'items:',
      '- apiVersion: v1',
      '  kind: Pod',
      '  metadata:',
      '    name: a',
      '    ownerReferences:',
      '    - kind: ReplicaSet',
      '  # a comment inside the item',
      '',
      '  spec:',
      '    containers:',
      '    - args:',
      '      - |',
      '        - not an item',
      '        - still the block scalar',
      '- apiVersion: v1',
      '  kind: Pod',
      '  metadata: {name: b}',
      'kind: List',
      'metadata:',
      '  resourceVersion: ""',
      '',
    ].join('\n');
    const spans = yamlListItemSpans(text)!;
    const full = parse(text) as { items: unknown[] };
    expect(itemsOf(text, spans.items)).toEqual(full.items);
    expect(parse(spans.header)).toEqual({ apiVersion: 'v1', items: null, kind: 'List', metadata: { resourceVersion: '' } });
  });

  it('finds items indented under items:, as other tools write them', () => {
    const text = 'kind: List\nitems:\n  - kind: Pod\n    metadata: {name: a}\n  - kind: Pod\n    metadata: {name: b}\n';
    const spans = yamlListItemSpans(text)!;
    expect(itemsOf(text, spans.items)).toEqual((parse(text) as { items: unknown[] }).items);
  });

  it('declines shapes it cannot cut safely', () => {
    expect(yamlListItemSpans('kind: List\nitems: [{kind: Pod}]\n')).toBeUndefined();
    expect(yamlListItemSpans('kind: List\nitems:\n\t- kind: Pod\n')).toBeUndefined();
    expect(yamlListItemSpans('kind: List\nitems:\nkind2: x\n')).toBeUndefined();
    expect(yamlListItemSpans('kind: Pod\n')).toBeUndefined();
  });
});

describe('jsonListItemSpans', () => {
  it('finds the elements of the top-level items array, whatever their strings hold', () => {
    const list = {
      kind: 'List',
      metadata: { note: 'items: [ "]" } {' },
      items: [{ kind: 'Pod', metadata: { name: 'a"]', labels: { 'x\\': '[' } } }, { kind: 'Pod', spec: { items: [1, [2]] } }, 7, 'eight'],
    };
    for (const text of [JSON.stringify(list), JSON.stringify(list, null, 2)]) {
      const spans = jsonListItemSpans(text)!;
      expect(spans.items.map((s) => JSON.parse(text.slice(s.start, s.end)))).toEqual(list.items);
    }
  });

  it('has nothing to say without an items array', () => {
    expect(jsonListItemSpans('{"kind":"Pod","spec":{"items":[1]}}')).toBeUndefined();
  });
});
