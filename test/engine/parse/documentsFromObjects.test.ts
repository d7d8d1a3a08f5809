import { describe, expect, it } from 'vitest';
import { documentsFromObjects, NOT_AN_OBJECT } from '../../../src/engine/parse/documentsFromObjects';

describe('documentsFromObjects', () => {
  it('wraps plain objects with a synthetic source named after the file', () => {
    const objects = [{ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1' } }];
    const docs = documentsFromObjects(objects, 'cluster.json');
    expect(docs).toHaveLength(1);
    expect(docs[0]!.object).toBe(objects[0]);
    expect(docs[0]!.source.file).toBe('cluster.json');
    expect(docs[0]!.source.locate(['metadata', 'name'])).toMatchObject({ file: 'cluster.json', line: 1, column: 1 });
  });

  it('expands Lists, filling apiVersion/kind of typed list items', () => {
    const docs = documentsFromObjects([
      { apiVersion: 'v1', kind: 'PodList', items: [{ metadata: { name: 'a' } }, { metadata: { name: 'b' } }] },
      { apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' } }] },
    ]);
    expect(docs.map((d) => `${d.object.kind}/${(d.object.metadata as { name: string }).name}`)).toEqual(['Pod/a', 'Pod/b', 'Service/s']);
  });

  it('passes non-objects on, marked, so the decoder can report them', () => {
    const docs = documentsFromObjects([7, null, 'x']);
    expect(docs).toHaveLength(3);
    expect(docs.map((d) => (d.object as Record<symbol, unknown>)[NOT_AN_OBJECT])).toEqual([7, null, 'x']);
  });

  it('wraps 150,000 objects without copying them, all under one shared source', () => {
    const objects = Array.from({ length: 150_000 }, (_, i) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `p${i}` } }));
    const docs = documentsFromObjects(objects);
    expect(docs).toHaveLength(150_000);
    expect(docs.every((d, i) => d.object === objects[i] && d.source === docs[0]!.source)).toBe(true);
  });
});
