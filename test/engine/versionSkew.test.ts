/** kube-proxy on another minor than the control plane: policy, gates and what the routes show. */
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../src/engine/analyze';
import type { RoutingReport } from '../../src/engine/report';
import type { KubeVersion } from '../../src/engine/version';
import { allowedKubeProxyVersions, kubeProxySkewProblem } from '../../src/engine/versionSkew';

const node = (name: string, zone?: string) => `apiVersion: v1
kind: Node
metadata:
  name: ${name}
  labels:
    kubernetes.io/hostname: ${name}${zone ? `\n    topology.kubernetes.io/zone: ${zone}` : ''}
status:
  allocatable:
    cpu: "4"
`;
const pod = (name: string, on: string, app?: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}${app ? `\n  labels:\n    app: ${app}` : ''}
spec:
  nodeName: ${on}
  containers:
    - name: c
      image: x
`;
const service = (trafficDistribution: string) => `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  trafficDistribution: ${trafficDistribution}
  ports:
    - port: 80
`;
const kubeProxy = (gates: string) => `apiVersion: kubeproxy.config.k8s.io/v1alpha1
kind: KubeProxyConfiguration
featureGates:
  ${gates}
`;

function cluster(trafficDistribution: string, extra: string[] = [], zoneOfN3 = 'zone-b') {
  const docs = [
    node('n1', 'zone-a'),
    node('n2', 'zone-a'),
    node('n3', zoneOfN3 || undefined),
    pod('web-1', 'n1', 'web'),
    pod('web-2', 'n2', 'web'),
    pod('web-3', 'n3', 'web'),
    pod('client', 'n1'),
    service(trafficDistribution),
    ...extra,
  ];
  return [{ name: 'cluster.yaml', text: docs.join('---\n') }];
}
const run = (files: ReturnType<typeof cluster>, kubernetesVersion: KubeVersion, kubeProxyVersion?: KubeVersion): RoutingReport =>
  analyzeFiles(files, { kubernetesVersion, ...(kubeProxyVersion ? { kubeProxyVersion } : {}) });
const clientTargets = (report: RoutingReport) => {
  const route = report.routes.find((r) => r.from === 'default/client' && r.service === 'default/web')!;
  return route.endpoints.filter((e) => e.weight > 0).map((e) => e.pod);
};
const traceOf = (report: RoutingReport) =>
  report.routes
    .find((r) => r.from === 'default/client')!
    .trace.map((t) => t.message)
    .join('\n');

describe('version skew policy', () => {
  it('kube-proxy may be up to 3 minors older, never newer', () => {
    expect(kubeProxySkewProblem('1.34', '1.34')).toBeUndefined();
    expect(kubeProxySkewProblem('1.34', '1.31')).toBeUndefined();
    expect(kubeProxySkewProblem('1.34', '1.30')).toMatch(/4 minor versions older .* at most 3/);
    expect(kubeProxySkewProblem('1.33', '1.34')).toMatch(/newer than kube-apiserver/);
    expect(allowedKubeProxyVersions('1.34')).toEqual(['1.34', '1.33', '1.32', '1.31']);
    expect(allowedKubeProxyVersions('1.31')).toEqual(['1.31', '1.30']);
  });

  it('a kube-proxy outside the policy is an error, and kube-proxy keeps the control plane version', () => {
    const report = run(cluster('PreferSameNode'), '1.33', '1.34');
    expect(
      report.diagnostics.some((d) => d.severity === 'error' && /kube-proxy v1.34 is newer than kube-apiserver v1.33/.test(d.message)),
    ).toBe(true);
    expect(report.kubeProxyVersion).toBeUndefined();
    expect(run(cluster('PreferClose'), '1.35', '1.31').diagnostics.some((d) => d.severity === 'error' && /at most 3/.test(d.message))).toBe(
      true,
    );
  });

  it('without skew the report is as before: no kubeProxyVersion, no skew steps', () => {
    const report = run(cluster('PreferSameNode'), '1.34', '1.34');
    expect(report.kubeProxyVersion).toBeUndefined();
    expect(traceOf(report)).not.toMatch(/version skew|under a v/);
  });
});

describe('a v1.33 kube-proxy under a v1.34 control plane', () => {
  it('ignores node hints: PreferSameNode spreads over the zone instead of staying on the node', () => {
    const same = run(cluster('PreferSameNode'), '1.34');
    expect(clientTargets(same)).toEqual(['default/web-1']);
    const skewed = run(cluster('PreferSameNode'), '1.34', '1.33');
    expect(skewed.kubeProxyVersion).toBe('1.33');
    expect(skewed.featureGates.kubeProxy.PreferSameTrafficDistribution).toBe(false);
    expect(skewed.featureGates.controlPlane.PreferSameTrafficDistribution).toBe(true);
    expect(clientTargets(skewed).sort()).toEqual(['default/web-1', 'default/web-2']);
    expect(traceOf(skewed)).toMatch(/kube-proxy v1.33 ignores node hints \(forNodes\) written by the v1.34 controller/);
    // The controller (control plane v1.34) still writes node hints.
    expect(skewed.endpointSlices.flatMap((s) => s.endpoints).every((ep) => ep.hints?.forNodes?.length === 1)).toBe(true);
  });

  it('honours node hints once its own PreferSameTrafficDistribution gate is enabled', () => {
    const files = cluster('PreferSameNode', [kubeProxy('PreferSameTrafficDistribution: true')]);
    const report = run(files, '1.34', '1.33');
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(clientTargets(report)).toEqual(['default/web-1']);
  });

  it('a v1.32 kube-proxy does not know the gate at all', () => {
    const report = run(cluster('PreferSameNode', [kubeProxy('PreferSameTrafficDistribution: true')]), '1.34', '1.32');
    expect(
      report.diagnostics.some((d) =>
        /kube-proxy refuses to start: unrecognized feature gate: PreferSameTrafficDistribution/.test(d.message),
      ),
    ).toBe(true);
  });
});

describe('a v1.32 kube-proxy under a v1.33 control plane', () => {
  it('uses canUseTopology and explains that 1.33 controllers write no dummy zone hints', () => {
    const report = run(cluster('PreferClose', [], ''), '1.33', '1.32');
    const trace = traceOf(report);
    expect(trace).toMatch(/canUseTopology/);
    expect(trace).toMatch(/no dummy "" zone hint/);
    expect(clientTargets(report).sort()).toEqual(['default/web-1', 'default/web-2', 'default/web-3']);
  });
});
