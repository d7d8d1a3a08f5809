import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../../src/engine/parse/parseManifests';

const multiDoc = `# leading comment
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports:
    - port: 80
      targetPort: 8080
---
---
# only a comment
---
apiVersion: v1
kind: Pod
metadata:
  name: client
`;

describe('parseManifests', () => {
  it('reads every document of a multi-document file and skips empty ones', () => {
    const { documents, diagnostics } = parseManifests([{ name: 'a.yaml', text: multiDoc }]);
    expect(diagnostics).toEqual([]);
    expect(documents.map((d) => d.object.kind)).toEqual(['Service', 'Pod']);
  });

  it('locates the value at a field path with 1-based line and column', () => {
    const { documents } = parseManifests([{ name: 'a.yaml', text: multiDoc }]);
    const svc = documents[0]!.source;
    expect(svc.locate(['spec', 'ports', 0, 'targetPort'])).toMatchObject({
      file: 'a.yaml',
      line: 9,
      column: 19,
      endLine: 9,
      endColumn: 23,
    });
    expect(svc.locate(['metadata', 'name'])).toMatchObject({ line: 5, column: 9 });
    const pod = documents[1]!.source;
    expect(pod.locate(['metadata', 'name'])).toMatchObject({ line: 17, column: 9 });
  });

  it('falls back to the nearest existing parent for a missing field', () => {
    const { documents } = parseManifests([{ name: 'a.yaml', text: multiDoc }]);
    const ref = documents[0]!.source;
    expect(ref.locate(['spec', 'ports', 0, 'nodePort'])).toEqual(ref.locate(['spec', 'ports', 0]));
    expect(ref.locate(['spec', 'ports', 0]).line).toBe(8);
    expect(ref.locate(['nothing', 'here'])).toEqual(ref.range);
  });

  it('reports every syntax error at its line and keeps the good documents of the same file', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: a
---
apiVersion: v1
kind: Pod
metadata: {name: b
---
apiVersion: v1
kind: Pod
metadata:
  name: c
  name: d
---
apiVersion: v1
kind: Pod
metadata:
  name: e
`;
    const { documents, diagnostics } = parseManifests([{ name: 'bad.yaml', text }]);
    expect(documents.map((d) => (d.object.metadata as { name: string }).name)).toEqual(['a', 'e']);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors.some((e) => e.line >= 8 && e.line <= 9)).toBe(true);
    const dup = errors.find((e) => /unique/.test(e.message));
    expect(dup).toMatchObject({ file: 'bad.yaml', line: 14, column: 3 });
    expect(dup!.message).toMatch(/^yaml: line 14: Map keys must be unique$/);
  });

  it('reads several files as one input, each with its own locations', () => {
    const { documents } = parseManifests([
      { name: 'one.yaml', text: 'apiVersion: v1\nkind: Node\nmetadata:\n  name: n1\n' },
      { name: 'two.yaml', text: '\n\napiVersion: v1\nkind: Node\nmetadata:\n  name: n2\n' },
    ]);
    expect(documents.map((d) => [d.source.file, d.source.locate(['metadata', 'name']).line])).toEqual([
      ['one.yaml', 4],
      ['two.yaml', 6],
    ]);
  });

  it('reads JSON files with locations', () => {
    const text = '{\n  "apiVersion": "v1",\n  "kind": "Service",\n  "metadata": {"name": "web"},\n  "spec": {"ports": [{"port": 80}]}\n}\n';
    const { documents, diagnostics } = parseManifests([{ name: 'svc.json', text }]);
    expect(diagnostics).toEqual([]);
    expect(documents[0]!.object).toMatchObject({ kind: 'Service', spec: { ports: [{ port: 80 }] } });
    expect(documents[0]!.source.locate(['spec', 'ports', 0, 'port'])).toMatchObject({ line: 5, column: 31 });
  });

  it('expands kind: List into its items with the items’ own locations', () => {
    const text = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Node
    metadata:
      name: n1
  - apiVersion: v1
    kind: Pod
    metadata:
      name: p1
metadata:
  resourceVersion: ""
`;
    const { documents, diagnostics } = parseManifests([{ name: 'dump.yaml', text }]);
    expect(diagnostics).toEqual([]);
    expect(documents.map((d) => d.object.kind)).toEqual(['Node', 'Pod']);
    expect(documents[1]!.source.locate(['metadata', 'name'])).toMatchObject({ line: 11, column: 13 });
    expect(documents[1]!.source.range.line).toBe(8);
  });

  it('gives items of a typed list (PodList) the list’s apiVersion and item kind when they omit them', () => {
    const text = `apiVersion: v1
kind: PodList
items:
  - metadata:
      name: p1
  - apiVersion: v1
    kind: Pod
    metadata:
      name: p2
`;
    const { documents } = parseManifests([{ name: 'pods.yaml', text }]);
    expect(documents.map((d) => [d.object.apiVersion, d.object.kind])).toEqual([
      ['v1', 'Pod'],
      ['v1', 'Pod'],
    ]);
  });

  it('refuses documents that are not mappings', () => {
    const { documents, diagnostics } = parseManifests([{ name: 'x.yaml', text: '- a\n- b\n---\njust a string\n---\nkind: Pod\n' }]);
    expect(documents).toHaveLength(1);
    expect(diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ['error', 1],
      ['error', 4],
    ]);
    expect(diagnostics[0]!.message).toMatch(/not a Kubernetes object/);
  });

  it('reports a non-object List item and keeps the others', () => {
    const { documents, diagnostics } = parseManifests([
      { name: 'l.yaml', text: 'apiVersion: v1\nkind: List\nitems:\n  - 42\n  - kind: Pod\n    apiVersion: v1\n' },
    ]);
    expect(documents).toHaveLength(1);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', line: 4, column: 5 });
  });
});
