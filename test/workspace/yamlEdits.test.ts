import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { readField, removeField, setField, YamlEditError } from '../../src/workspace/yamlEdits';

const service = `# The demo Service
apiVersion: v1
kind: Service
metadata:
  name: echo-svc # patched in step 2
spec:
  selector:
    app: echo
  # one port
  ports:
    - port: 80
      targetPort: 5678
`;

const twoDocs = `apiVersion: v1
kind: Node
metadata:
  name: a
---
${service}`;

function plain(text: string): unknown[] {
  return parseAllDocuments(text as string).map((d) => (d as { toJSON(): unknown }).toJSON());
}

describe('setField', () => {
  it('adds a missing key at the end of its map, leaving every other line as it was', () => {
    const out = setField(service, 0, ['spec', 'trafficDistribution'], 'PreferSameNode');
    expect(out).toBe(service + '  trafficDistribution: PreferSameNode\n');
    expect(readField(out, 0, ['spec', 'trafficDistribution'])).toBe('PreferSameNode');
  });

  it('replaces an existing scalar in place, keeping its comment and quote style', () => {
    const text = service.replace('  selector:', '  trafficDistribution: "PreferClose" # try me\n  selector:');
    const out = setField(text, 0, ['spec', 'trafficDistribution'], 'PreferSameZone');
    expect(out).toBe(text.replace('"PreferClose"', '"PreferSameZone"'));
    expect(out).toContain('# try me');
  });

  it('edits the right document of a multi-document file', () => {
    const out = setField(twoDocs, 1, ['spec', 'type'], 'NodePort');
    const [node, svc] = plain(out) as [Record<string, unknown>, { spec: Record<string, unknown> }];
    expect(node).not.toHaveProperty('spec');
    expect(svc.spec.type).toBe('NodePort');
    expect(out.startsWith(twoDocs.split('---')[0]!)).toBe(true);
  });

  it('creates missing parent maps with the map indentation', () => {
    const text = 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: ipvs\n';
    const out = setField(text, 0, ['ipvs', 'scheduler'], 'lc');
    expect(out).toBe(text + 'ipvs:\n  scheduler: lc\n');
  });

  it('handles a last line without a newline', () => {
    const out = setField('spec:\n  a: 1', 0, ['spec', 'b'], 'x');
    expect(plain(out)[0]).toEqual({ spec: { a: 1, b: 'x' } });
  });

  it('quotes strings that YAML would read as something else', () => {
    const out = setField('a: 1\n', 0, ['b'], 'true');
    expect(plain(out)[0]).toEqual({ a: 1, b: 'true' });
  });

  it('falls back to the Document API for flow maps and keeps the other documents intact', () => {
    const text = 'kind: Node\n---\nspec: {type: ClusterIP} # flow\n';
    const out = setField(text, 1, ['spec', 'type'], 'NodePort');
    expect(plain(out)).toEqual([{ kind: 'Node' }, { spec: { type: 'NodePort' } }]);
    expect(out.startsWith('kind: Node\n---\n')).toBe(true);
    expect(out).toContain('# flow');
  });

  it('edits an item inside a kind: List', () => {
    const list =
      'apiVersion: v1\nkind: List\nitems:\n  - kind: Service\n    metadata:\n      name: a\n    spec:\n      ports:\n        - port: 80\n';
    const out = setField(list, 0, ['items', 0, 'spec', 'trafficDistribution'], 'PreferClose');
    expect(readField(out, 0, ['items', 0, 'spec', 'trafficDistribution'])).toBe('PreferClose');
    expect(out).toContain('      trafficDistribution: PreferClose\n');
  });

  it('refuses to edit a document with YAML errors', () => {
    expect(() => setField('a: [1\n', 0, ['b'], 'x')).toThrow(YamlEditError);
  });
});

describe('removeField', () => {
  it('removes the line of the key and nothing else', () => {
    const text = service.replace('  selector:', '  trafficDistribution: PreferClose\n  selector:');
    expect(removeField(text, 0, ['spec', 'trafficDistribution'])).toBe(service);
  });

  it('removes a nested map value entirely', () => {
    const text = service + '  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 30\n';
    const out = removeField(text, 0, ['spec', 'sessionAffinityConfig']);
    expect(out).toBe(service + '  sessionAffinity: ClientIP\n');
  });

  it('removes a map the removal leaves empty', () => {
    const text = 'kind: KubeProxyConfiguration\nipvs:\n  scheduler: rr\nmode: ipvs\n';
    expect(removeField(text, 0, ['ipvs', 'scheduler'])).toBe('kind: KubeProxyConfiguration\nmode: ipvs\n');
  });

  it('leaves the text unchanged when the field does not exist', () => {
    expect(removeField(service, 0, ['spec', 'trafficDistribution'])).toBe(service);
    expect(removeField(service, 0, ['status', 'x'])).toBe(service);
  });

  it('round-trips: set then remove gives the original text', () => {
    for (const field of ['trafficDistribution', 'internalTrafficPolicy', 'type']) {
      const set = setField(twoDocs, 1, ['spec', field], 'Local');
      expect(removeField(set, 1, ['spec', field])).toBe(twoDocs);
    }
  });
});
