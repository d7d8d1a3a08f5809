import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import clusterYaml from '../../src/scenarios/seed-demo/cluster.yaml?raw';
import serviceYaml from '../../src/scenarios/seed-demo/echo-service.yaml?raw';
import { listObjects } from '../../src/workspace/objectLocations';
import { editKubeProxy, editServiceSpec, findKubeProxyConfiguration, uniqueFileName } from '../../src/workspace/workspaceEdits';

const files = [
  { name: 'cluster.yaml', text: clusterYaml },
  { name: 'echo-service.yaml', text: serviceYaml },
];

describe('listObjects', () => {
  it('finds every object of the seed demo with its file and document', () => {
    const found = listObjects(files).map((o) => `${o.file}#${o.doc} ${o.kind} ${o.namespace}/${o.name}`);
    expect(found).toEqual([
      'cluster.yaml#0 Node default/mnode',
      'cluster.yaml#1 Node default/mnode-m02',
      'cluster.yaml#2 Node default/mnode-m03',
      'echo-service.yaml#0 Service default/echo-svc',
    ]);
  });

  it('finds the items of a kubectl List dump', () => {
    const dump = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata:\n    name: web\n    namespace: shop\n';
    const [svc] = listObjects([{ name: 'dump.yaml', text: dump }]);
    expect(svc).toMatchObject({ kind: 'Service', namespace: 'shop', name: 'web', basePath: ['items', 0] });
  });
});

describe('editServiceSpec', () => {
  it('writes trafficDistribution into the Service file only', () => {
    const change = editServiceSpec(files, 'default/echo-svc', 'trafficDistribution', 'PreferSameNode')!;
    expect(change.file).toBe('echo-service.yaml');
    expect(parse(change.text).spec.trafficDistribution).toBe('PreferSameNode');
    expect(change.text.startsWith(serviceYaml)).toBe(true);
  });

  it('drops externalTrafficPolicy when the type goes back to ClusterIP', () => {
    const nodePort = editServiceSpec(files, 'default/echo-svc', 'type', 'NodePort')!;
    const withPolicy = [files[0]!, { name: nodePort.file, text: nodePort.text + '  externalTrafficPolicy: Local\n' }];
    const back = editServiceSpec(withPolicy, 'default/echo-svc', 'type', undefined)!;
    expect(back.text).toBe(serviceYaml);
  });

  it('drops sessionAffinityConfig with sessionAffinity None', () => {
    const text = serviceYaml + '  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 60\n';
    const change = editServiceSpec([{ name: 's.yaml', text }], 'default/echo-svc', 'sessionAffinity', 'None')!;
    expect(parse(change.text).spec).toMatchObject({ sessionAffinity: 'None' });
    expect(parse(change.text).spec.sessionAffinityConfig).toBeUndefined();
  });

  it('returns undefined for an unknown Service', () => {
    expect(editServiceSpec(files, 'default/nope', 'type', 'NodePort')).toBeUndefined();
  });
});

describe('editKubeProxy', () => {
  it('adds a kube-proxy.yaml file when the workspace has no KubeProxyConfiguration', () => {
    const change = editKubeProxy(files, { mode: 'ipvs', scheduler: 'lc' });
    expect(change.created).toBe(true);
    expect(change.file).toBe('kube-proxy.yaml');
    expect(parse(change.text)).toMatchObject({ kind: 'KubeProxyConfiguration', mode: 'ipvs', ipvs: { scheduler: 'lc' } });
    expect(findKubeProxyConfiguration([...files, { name: change.file, text: change.text }])?.file).toBe('kube-proxy.yaml');
  });

  it('edits an existing KubeProxyConfiguration document in place', () => {
    const text = clusterYaml + '---\n# ours\nkind: KubeProxyConfiguration\nmode: iptables\n';
    const change = editKubeProxy([{ name: 'cluster.yaml', text }], { mode: 'nftables' });
    expect(change.created).toBeUndefined();
    expect(change.text).toBe(text.replace('mode: iptables', 'mode: nftables'));
  });
});

describe('uniqueFileName', () => {
  it('appends a number before the extension when the name is taken', () => {
    expect(
      uniqueFileName(
        [
          { name: 'a.yaml', text: '' },
          { name: 'a-2.yaml', text: '' },
        ],
        'a.yaml',
      ),
    ).toBe('a-3.yaml');
    expect(uniqueFileName([], 'a.yaml')).toBe('a.yaml');
  });
});
