/** The toolbar's objects: only the kinds it reads, listed again only for a file whose text changed. */
import { describe, expect, it } from 'vitest';
import { toolbarObjects } from '../../src/state/useWorkspaceObjects';

const svc = (name: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  type: NodePort\n`;
const pods = '{"kind":"List","items":[{"kind":"Pod","metadata":{"name":"p"}},{"kind":"Node","metadata":{"name":"n"}}]}\n';
const proxy = 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: ipvs\n';

describe('toolbarObjects', () => {
  it('lists the Services and the KubeProxyConfiguration, in file order, and no other kind', () => {
    const found = toolbarObjects([
      { name: 'a.yaml', text: `${svc('web')}---\n${pods}` },
      { name: 'kube-proxy.yaml', text: proxy },
      { name: 'b.yaml', text: svc('api') },
    ]);
    expect(found.map((o) => [o.file, o.kind, o.name])).toEqual([
      ['a.yaml', 'Service', 'web'],
      ['kube-proxy.yaml', 'KubeProxyConfiguration', ''],
      ['b.yaml', 'Service', 'api'],
    ]);
    expect(found[0]!.object).toMatchObject({ spec: { type: 'NodePort' } });
  });

  it('reuses a file’s objects while its text is the same and lists them again when it changes', () => {
    const first = toolbarObjects([{ name: 'c.yaml', text: svc('one') }]);
    // An equal text in another string object reads as the same file.
    const again = toolbarObjects([{ name: 'c.yaml', text: [svc('one')].join('') }]);
    expect(again[0]).toBe(first[0]);
    const changed = toolbarObjects([{ name: 'c.yaml', text: svc('two') }]);
    expect(changed.map((o) => o.name)).toEqual(['two']);
    // A file of the same name in a new workspace is read from its own text.
    expect(toolbarObjects([{ name: 'c.yaml', text: pods }])).toEqual([]);
  });
});
