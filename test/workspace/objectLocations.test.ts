/** Where the toolbar finds objects: the same document indices however the file is written. */
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { listObjects } from '../../src/workspace/objectLocations';

describe('listObjects', () => {
  it('numbers documents as a parse of the whole file does (comments before the first ---, JSON and YAML mixed)', () => {
    const text = [
      '# the echo app\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: echo-svc\n',
      '# a comment-only document\n',
      '{"apiVersion":"v1","kind":"List","items":[{"apiVersion":"v1","kind":"Pod","metadata":{"name":"a","namespace":"shop"}},{"kind":"Node","metadata":{"name":"n1"}}]}\n',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: client\n',
    ].join('---\n');
    const found = listObjects([{ name: 'all.yaml', text }]);
    expect(found.map((o) => [o.doc, o.basePath, o.kind, o.namespace, o.name])).toEqual([
      [0, [], 'Service', 'default', 'echo-svc'],
      [2, ['items', 0], 'Pod', 'shop', 'a'],
      [2, ['items', 1], 'Node', 'default', 'n1'],
      [3, [], 'Pod', 'default', 'client'],
    ]);
    const whole = parseAllDocuments(text);
    expect(Array.isArray(whole) && whole.length).toBe(4);
    expect(Array.isArray(whole) && (whole[3]!.toJS() as { metadata: { name: string } }).metadata.name).toBe('client');
  });

  it('skips a document with a repeated key, as the YAML parser refuses it', () => {
    expect(listObjects([{ name: 'x.json', text: '{"kind":"Pod","kind":"Service","metadata":{"name":"a"}}' }])).toEqual([]);
  });
});

describe('listObjects with kinds', () => {
  it('keeps only the kinds asked for, a List’s items included, with the document indices of a full listing', () => {
    const text = [
      'kind: Pod\nmetadata:\n  name: a\n',
      '{"kind":"List","items":[{"kind":"Pod","metadata":{"name":"b"}},{"kind":"Service","metadata":{"name":"web","namespace":"shop"}}]}\n',
      'kind: List\nitems:\n- kind: Node\n  metadata:\n    name: n1\n- kind: Service\n  metadata:\n    name: api\n',
    ].join('---\n');
    const all = listObjects([{ name: 'all.yaml', text }]);
    const services = listObjects([{ name: 'all.yaml', text }], { kinds: new Set(['Service']) });
    expect(services.map((o) => [o.doc, o.basePath, o.namespace, o.name])).toEqual([
      [1, ['items', 1], 'shop', 'web'],
      [2, ['items', 1], 'default', 'api'],
    ]);
    expect(services).toEqual(all.filter((o) => o.kind === 'Service'));
  });
});

describe('listObjects with kinds, in a large JSON List', () => {
  it('finds the same objects as a full listing while parsing only the items that name a kind asked for', () => {
    const items: string[] = [];
    for (let i = 0; i < 3000; i++) {
      items.push(
        JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `pod-${i}`, namespace: 'shop', labels: { app: 'web' } } }),
      );
      if (i % 100 === 0)
        items.push(JSON.stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name: `svc-${i}`, namespace: 'shop' } }));
    }
    // A pod whose text says "Service" (an owner reference) is read, and left out for its kind.
    items.push(JSON.stringify({ kind: 'Pod', metadata: { name: 'owned', ownerReferences: [{ kind: 'Service', name: 'x' }] } }));
    const text = `kind: Pod\nmetadata:\n  name: first\n---\n{"apiVersion": "v1", "kind": "List", "items": [\n${items.join(',\n')}\n]}\n`;
    expect(text.length).toBeGreaterThan(256 * 1024);
    const kinds = new Set(['Service', 'KubeProxyConfiguration']);
    const picked = listObjects([{ name: 'dump.json', text }], { kinds });
    expect(picked).toHaveLength(30);
    expect(picked[0]).toMatchObject({ doc: 1, basePath: ['items', 0 + 1], kind: 'Service', namespace: 'shop', name: 'svc-0' });
    expect(picked).toEqual(listObjects([{ name: 'dump.json', text }]).filter((o) => kinds.has(o.kind)));
  });
});
