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
