/**
 * JSON documents (as `kubectl get -o json` prints them) read by JSON.parse must read exactly as
 * the YAML parser reads them: the same objects, the same positions when a diagnostic asks.
 * A trailing YAML comment sends the same text the YAML way, for comparison.
 */
import { describe, expect, it } from 'vitest';
import { readJsonDocument } from '../../../src/engine/parse/jsonDocument';
import { parseManifests } from '../../../src/engine/parse/parseManifests';

const pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web-0', namespace: 'shop', labels: { app: 'web' } },
  spec: { nodeName: 'node-a1', containers: [{ name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 8080 }] }] },
  status: { phase: 'Running', podIP: '10.244.1.7', conditions: [{ type: 'Ready', status: 'True' }] },
};
const service = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web', namespace: 'shop' },
  spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] },
};
const list = { apiVersion: 'v1', kind: 'List', items: [pod, service], metadata: { resourceVersion: '' } };

function both(text: string) {
  const fast = parseManifests([{ name: 'dump.json', text }]);
  const slow = parseManifests([{ name: 'dump.json', text: `${text}\n# read as YAML` }]);
  return { fast, slow };
}

const PATHS: (string | number)[][] = [[], ['metadata', 'name'], ['spec', 'ports', 0, 'port'], ['spec', 'containers', 0, 'image'], ['nope']];

describe('JSON documents', () => {
  it('reads a pretty-printed kubectl List like the YAML parser: objects, ranges and field positions', () => {
    const { fast, slow } = both(JSON.stringify(list, null, 4));
    expect(fast.diagnostics).toEqual(slow.diagnostics);
    expect(fast.documents.map((d) => d.object)).toEqual(slow.documents.map((d) => d.object));
    fast.documents.forEach((doc, i) => {
      expect(doc.source.range).toEqual(slow.documents[i]!.source.range);
      for (const path of PATHS) expect(doc.source.locate(path)).toEqual(slow.documents[i]!.source.locate(path));
    });
  });

  it('reads one-line documents between --- lines with their file positions', () => {
    const text = ['{"apiVersion":"v1","kind":"Pod","metadata":{"name":"a"}}', JSON.stringify(service), JSON.stringify(pod)].join('\n---\n');
    const { fast, slow } = both(text);
    expect(fast.documents.map((d) => d.object)).toEqual(slow.documents.map((d) => d.object));
    expect(fast.documents[2]!.source.range.line).toBe(5);
    fast.documents.forEach((doc, i) => {
      expect(doc.source.range).toEqual(slow.documents[i]!.source.range);
      expect(doc.source.locate(['metadata', 'name'])).toEqual(slow.documents[i]!.source.locate(['metadata', 'name']));
    });
  });

  it('leaves to YAML what JSON.parse would read differently or not at all', () => {
    // A repeated key: YAML refuses it, JSON.parse keeps the last.
    expect(readJsonDocument('{"kind":"Pod","kind":"Service"}')).toBeNull();
    expect(parseManifests([{ name: 'x.json', text: '{"kind":"Pod","kind":"Service"}' }]).diagnostics[0]?.severity).toBe('error');
    expect(readJsonDocument('kind: Pod\n')).toBeNull();
    expect(readJsonDocument('[1, 2]')).toBeNull();
    expect(readJsonDocument('{"kind": "Pod"} # comment')).toBeNull();
    expect(readJsonDocument('{kind: Pod}')).toBeNull();
    // A string holding quotes and colons is one string, not a key.
    expect(readJsonDocument('{"a":"x\\": \\"y","b":{"c":[{"d":1}]}}')?.value).toEqual({ a: 'x": "y', b: { c: [{ d: 1 }] } });
    expect(readJsonDocument('---\n  {"kind":"Pod"}\n\n')).toEqual({ value: { kind: 'Pod' }, start: 6, end: 20 });
  });

  it('reports a list item that is not an object where YAML says it is', () => {
    const { fast, slow } = both('{"kind":"List","items":[{"kind":"Pod","metadata":{"name":"a"}}, 3]}');
    expect(fast.diagnostics).toEqual(slow.diagnostics);
    expect(fast.diagnostics[0]?.message).toMatch(/items\[1\]/);
  });
});
