/**
 * The JSON report for what people paste: docs pages' examples and `kubectl get -o yaml` dumps
 * (fixtures in test/cli/fixtures, written in the shape kubectl prints).
 */
import { describe, expect, test } from 'vitest';
import type { JsonReport } from '../../src/format/jsonReport';
import { SEED_DEMO, runCli } from './runCli';

const fixture = (name: string) => `test/cli/fixtures/${name}`;

async function report(files: string[], ...options: string[]): Promise<JsonReport> {
  const result = await runCli(['--format', 'json', ...options, ...files.map(fixture)]);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as JsonReport;
}

const messagesOf = (json: JsonReport, severity: string) => json.diagnostics.filter((d) => d.severity === severity).map((d) => d.message);

describe('a cluster when none is given', { timeout: 60_000 }, () => {
  test("the docs' Deployment + Service run on a stated default cluster of 3 zones × 2 nodes and route", async () => {
    const json = await report(['docs-deployment-service.yaml']);
    expect(json.nodes.map((n) => `${n.name}@${n.zone}`)).toEqual([
      'node-a1@zone-a',
      'node-a2@zone-a',
      'node-b1@zone-b',
      'node-b2@zone-b',
      'node-c1@zone-c',
      'node-c2@zone-c',
    ]);
    expect(json.nodes.every((n) => n.generated === true && n.allocatableCpuMilli === 4000)).toBe(true);
    const said = messagesOf(json, 'info').filter((m) => m.includes('default cluster'));
    expect(said).toHaveLength(1);
    expect(json.pods.filter((p) => p.phase === 'Running')).toHaveLength(3);
    const views = json.views.filter((v) => v.service === 'default/my-service');
    expect(views).toHaveLength(6);
    for (const view of views) {
      expect(view.verdict).toBe('forward');
      expect(view.endpoints).toHaveLength(3);
    }
  });

  test('a Node in the input replaces the default cluster', async () => {
    const json = await runCli(['--format', 'json', SEED_DEMO[0]!, fixture('docs-deployment-service.yaml')]);
    const parsed = JSON.parse(json.stdout) as JsonReport;
    expect(parsed.nodes.map((n) => n.name)).toEqual(['mnode', 'mnode-m02', 'mnode-m03']);
    expect(parsed.nodes.some((n) => n.generated)).toBe(false);
    expect(parsed.diagnostics.some((d) => d.message.includes('default cluster'))).toBe(false);
  });
});

describe('ServiceCIDR and cluster IPs from other ranges', { timeout: 60_000 }, () => {
  test('an EKS/GKE dump (kind: List, managedFields) keeps its cluster IPs, with an info on declaring the range', async () => {
    const json = await report(['eks-gke-services-list.yaml']);
    expect(messagesOf(json, 'error')).toEqual([]);
    expect(json.services.map((s) => [s.key, s.clusterIP])).toEqual([
      ['shop/web', '172.20.143.9'],
      ['shop/api', '34.118.231.17'],
    ]);
    const infos = messagesOf(json, 'info').filter((m) => m.includes('outside the Service ranges'));
    expect(infos).toHaveLength(2);
    expect(infos[0]).toContain('kind: ServiceCIDR, spec.cidrs: ["172.20.0.0/16"]');
    expect(infos[1]).toContain('"34.118.0.0/16"');
  });

  test("a hand-written Service outside every range keeps the API server's error, in the allocator's words per version", async () => {
    const v136 = await report(['hand-written-service-172-20.yaml']);
    expect(v136.services).toEqual([]);
    expect(messagesOf(v136, 'error')[0]).toContain(
      'spec.clusterIPs: Invalid value: ["172.20.143.9"]: failed to allocate IP 172.20.143.9: the provided network does not match the current range',
    );
    const v132 = await report(['hand-written-service-172-20.yaml'], '--k8s', '1.32');
    expect(messagesOf(v132, 'error')[0]).toContain(
      'the provided IP (172.20.143.9) is not in the valid range. The range of valid IPs is 10.96.0.0/12',
    );
  });

  test('a ServiceCIDR declares the range: the hand-written Service is accepted, and the default range stays', async () => {
    const json = await report(['servicecidr-eks.yaml', 'hand-written-service-172-20.yaml', 'docs-deployment-service.yaml']);
    expect(messagesOf(json, 'error')).toEqual([]);
    expect(json.services.find((s) => s.key === 'shop/web')?.clusterIP).toBe('172.20.143.9');
    expect(json.services.find((s) => s.key === 'default/my-service')?.clusterIP).toMatch(/^10\.(9[6-9]|10[0-9]|11[01])\./);
  });

  test('ServiceCIDR validation and API versions as the API server serves them', async () => {
    const json = await report(['servicecidr-invalid.yaml']);
    expect(messagesOf(json, 'error')).toEqual([
      expect.stringContaining(
        'spec.cidrs: Invalid value: {"cidrs":["10.0.0.0/24","10.1.0.0/24"]}: may specify no more than one IP for each IP family',
      ),
      expect.stringContaining('spec.cidrs[0]: Invalid value: "172.20.1.0/16": must be in canonical form ("172.20.0.0/16")'),
    ]);
    const old = await report(['servicecidr-eks.yaml'], '--k8s', '1.32');
    expect(messagesOf(old, 'error')).toEqual([
      expect.stringContaining('no matches for kind "ServiceCIDR" in version "networking.k8s.io/v1"'),
    ]);
  });
});

describe('Endpoints and the EndpointSliceMirroring controller', { timeout: 60_000 }, () => {
  test("the docs' selectorless Service + Endpoints routes: mirrored slices, ready/notReady conditions, ports, managed-by", async () => {
    const json = await report(['docs-selectorless-service-endpoints.yaml']);
    expect(messagesOf(json, 'error')).toEqual([]);
    expect(messagesOf(json, 'warning')).toEqual(['v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice']);
    const slices = json.endpointSlices.filter((s) => s.metadata.labels['kubernetes.io/service-name'] === 'my-service');
    expect(slices).toHaveLength(1);
    expect(slices[0]!.metadata.labels['endpointslice.kubernetes.io/managed-by']).toBe('endpointslicemirroring-controller.k8s.io');
    expect(slices[0]!.ports).toEqual([{ name: 'http', port: 9376, protocol: 'TCP', appProtocol: 'http' }]);
    expect(slices[0]!.endpoints.map((e) => [e.addresses[0], e.conditions.ready])).toEqual([
      ['192.0.2.42', true],
      ['192.0.2.43', true],
      ['192.0.2.44', false],
    ]);
    const route = json.routes.find((r) => r.from === 'default/client');
    expect(route?.verdict).toBe('forward');
    expect(route?.endpoints.map((e) => [e.ip, e.port, e.weight])).toEqual([
      ['192.0.2.42', 9376, 0.5],
      ['192.0.2.43', 9376, 0.5],
    ]);
    const trace = json.services[0]!.hintsTrace.map((s) => s.rule);
    expect(trace).toContain('EndpointSliceMirroring');
  });

  test('no deprecation warning before 1.33; Endpoints of a Service with a selector are not mirrored', async () => {
    const v132 = await report(['docs-selectorless-service-endpoints.yaml'], '--k8s', '1.32');
    expect(messagesOf(v132, 'warning')).toEqual([]);
    const json = await report(['endpoints-for-selector-service.yaml']);
    expect(json.endpointSlices.map((s) => s.metadata.labels['endpointslice.kubernetes.io/managed-by'])).toEqual([
      'endpointslice-controller.k8s.io',
    ]);
    expect(json.services[0]!.hintsTrace[0]!.message).toContain('not mirrored: the Service has a selector');
  });

  test('Endpoints are validated as the API server does, and at most 1,000 addresses of a subset are mirrored', async () => {
    const json = await report(['endpoints-invalid.yaml']);
    expect(messagesOf(json, 'error')).toEqual([
      expect.stringContaining(
        'subsets[0].addresses[0].ip: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)',
      ),
      expect.stringContaining('subsets[0].ports[1].name: Required value'),
    ]);
    const big = await report(['endpoints-1001.yaml'], '--k8s', '1.32');
    const endpoints = big.endpointSlices.flatMap((s) => s.endpoints);
    expect(big.endpointSlices).toHaveLength(1);
    expect(endpoints).toHaveLength(1000);
    expect(big.services[0]!.hintsTrace.map((s) => s.message).join('\n')).toContain('subset 0 (1001 addresses, 1 left out)');
  });
});

describe('pods as a dump gives them', { timeout: 60_000 }, () => {
  test('a status without podIP means no endpoint, even with publishNotReadyAddresses; only a pod without status is assumed', async () => {
    const json = await report(['pods-status-dump.yaml']);
    expect(json.nodes.map((n) => n.name)).toEqual(['ip-10-0-1-23.ec2.internal', 'ip-10-0-2-41.ec2.internal']);
    const web1 = json.pods.find((p) => p.name === 'web-1')!;
    expect(web1.ip).toBeUndefined();
    expect(web1.phase).toBe('Pending');
    expect(json.endpointSlices.flatMap((s) => s.endpoints.map((e) => e.targetRef?.name))).toEqual(['web-0']);
    expect(json.services[0]!.hintsTrace.map((s) => s.message)).toContain('left out: web-1 (its status has no podIP)');
    for (const view of json.views) expect(view.endpoints.map((e) => e.pod)).toEqual(['shop/web-0']);
    const client = await report(['docs-selectorless-service-endpoints.yaml']);
    expect(client.pods.find((p) => p.name === 'client')?.ip).toMatch(/^10\.244\./);
  });
});

describe('kinds the playground does not model', { timeout: 60_000 }, () => {
  test("a Helm chart's output: one info per object that cannot change routing, a warning for those that do", async () => {
    const json = await report(['helm-chart-output.yaml']);
    const notes = json.diagnostics.filter((d) => d.message.includes('is not modelled')).map((d) => [d.severity, d.message.split(';')[0]]);
    expect(notes).toEqual([
      ['info', 'ServiceAccount "shop" (v1) is not modelled by the playground'],
      ['info', 'ConfigMap "shop-config" (v1) is not modelled by the playground'],
      ['info', 'Secret "shop-db" (v1) is not modelled by the playground'],
      ['info', 'PersistentVolumeClaim "shop-data" (v1) is not modelled by the playground'],
      ['info', 'Role "shop" (rbac.authorization.k8s.io/v1) is not modelled by the playground'],
      ['warning', 'NetworkPolicy "shop-allow-frontend" (networking.k8s.io/v1) is not modelled by the playground'],
      ['warning', 'Ingress "shop" (networking.k8s.io/v1) is not modelled by the playground'],
      ['warning', 'HTTPRoute "shop" (gateway.networking.k8s.io/v1) is not modelled by the playground'],
    ]);
    expect(json.diagnostics.find((d) => d.message.startsWith('NetworkPolicy'))?.message).toContain('may be dropped by the policy');
    expect(json.diagnostics.find((d) => d.message.startsWith('ConfigMap'))?.message).toContain('kube-proxy never reads it');
    expect(json.views.filter((v) => v.service === 'default/shop').every((v) => v.verdict === 'forward')).toBe(true);
  });
});

describe('Services as clusters carry them', { timeout: 60_000 }, () => {
  test('dual stack: families defaulted as the API server does, one cluster IP and one EndpointSlice per family', async () => {
    const json = await report(['docs-dual-stack.yaml']);
    expect(messagesOf(json, 'error')).toEqual([
      expect.stringContaining(
        `The Service "refused" is invalid: spec.ipFamilyPolicy: Invalid value: "SingleStack": must be RequireDualStack or PreferDualStack when multiple 'ipFamilies' are specified`,
      ),
    ]);
    const prefer = json.services.find((s) => s.name === 'my-service')!;
    expect(prefer.ipFamilyPolicy).toBe('PreferDualStack');
    expect(prefer.ipFamilies).toEqual(['IPv4', 'IPv6']);
    expect(prefer.clusterIPs).toHaveLength(2);
    expect(prefer.clusterIPs![0]).toBe(prefer.clusterIP);
    expect(prefer.clusterIPs![1]).toMatch(/^fd00:10:96::/);
    const v6first = json.services.find((s) => s.name === 'my-service-v6-first')!;
    expect(v6first.ipFamilies).toEqual(['IPv6', 'IPv4']);
    expect(v6first.clusterIP).toMatch(/^fd00:10:96::/);
    const types = json.endpointSlices
      .filter((s) => s.metadata.labels['kubernetes.io/service-name'] === 'my-service')
      .map((s) => [s.addressType, s.endpoints.map((e) => e.addresses[0])]);
    expect(types).toEqual([
      ['IPv4', ['10.244.1.7']],
      ['IPv6', ['fd00:10:244:1::7']],
    ]);
    // One proxier per family: each family's views reach the pod only by its address of that family.
    for (const view of json.views) {
      expect(view.ipFamily).toBeDefined();
      expect(view.endpoints.map((e) => e.ip)).toEqual([view.ipFamily === 'IPv6' ? 'fd00:10:244:1::7' : '10.244.1.7']);
    }
    const families = (service: string) => [...new Set(json.views.filter((v) => v.service === service).map((v) => v.ipFamily))];
    expect(families('default/my-service')).toEqual(['IPv4', 'IPv6']);
    expect(families('default/my-service-v6-first')).toEqual(['IPv6', 'IPv4']);
  });

  describe('dual stack, per family (kubectl get -o yaml of a dual-stack cluster)', () => {
    test('views: one per node × port × family, each fed only by the EndpointSlices of its address type', async () => {
      const json = await report(['dual-stack-dump.yaml']);
      expect(messagesOf(json, 'error')).toEqual([]);
      const web = json.services.find((s) => s.name === 'web')!;
      expect(web).toMatchObject({
        ipFamilyPolicy: 'RequireDualStack',
        ipFamilies: ['IPv4', 'IPv6'],
        clusterIPs: ['10.96.40.10', 'fd00:10:96::4a0'],
      });
      const row = (v: JsonReport['views'][number]) => [v.service, v.node, v.ipFamily, v.verdict, v.endpoints.map((e) => e.ip).join(',')];
      expect(json.views.map(row)).toEqual([
        ['default/web', 'node-a1', 'IPv4', 'forward', '10.244.1.11,10.244.2.12'],
        ['default/web', 'node-b1', 'IPv4', 'forward', '10.244.1.11,10.244.2.12'],
        ['default/web-v6', 'node-a1', 'IPv6', 'forward', 'fd00:10:244:1::b,fd00:10:244:2::c'],
        ['default/web-v6', 'node-b1', 'IPv6', 'forward', 'fd00:10:244:1::b,fd00:10:244:2::c'],
        ['default/web', 'node-a1', 'IPv6', 'forward', 'fd00:10:244:1::b,fd00:10:244:2::c'],
        ['default/web', 'node-b1', 'IPv6', 'forward', 'fd00:10:244:1::b,fd00:10:244:2::c'],
        ['default/web-v6', 'node-a1', 'IPv4', 'forward', '10.244.1.11,10.244.2.12'],
        ['default/web-v6', 'node-b1', 'IPv4', 'forward', '10.244.1.11,10.244.2.12'],
      ]);
      expect(json).not.toHaveProperty('secondaryFamily');
    });

    test('routes: a dual-stack client has one per family, from its address of that family to the cluster IP of that family; an IPv4-only client only IPv4 ones', async () => {
      const json = await report(['dual-stack-dump.yaml'], '--requests', '10');
      const row = (r: JsonReport['routes'][number]) => [r.from, r.service, r.ipFamily, r.fromIP];
      expect(json.routes.map(row)).toEqual([
        ['default/client', 'default/web', 'IPv4', '10.244.1.20'],
        ['default/client', 'default/web-v6', 'IPv6', 'fd00:10:244:1::14'],
        ['default/client-v4', 'default/web', 'IPv4', '10.244.2.21'],
        ['default/client', 'default/web', 'IPv6', 'fd00:10:244:1::14'],
        ['default/client', 'default/web-v6', 'IPv4', '10.244.1.20'],
        ['default/client-v4', 'default/web-v6', 'IPv4', '10.244.2.21'],
      ]);
      const v6 = json.routes.find((r) => r.from === 'default/client' && r.service === 'default/web' && r.ipFamily === 'IPv6')!;
      expect(v6.trace[0]!.message).toContain('connects to [fd00:10:96::4a0]:80');
      expect(v6.trace[0]!.message).toContain("kube-proxy's IPv6 proxier");
      expect(v6.endpoints.map((e) => e.ip)).toEqual(['fd00:10:244:1::b', 'fd00:10:244:2::c']);
      expect(Object.values(v6.requests!).reduce((a, b) => a + b, 0)).toBe(10);
    });

    test('the table has a FAMILY column and reads one Service port at a time', async () => {
      const result = await runCli([fixture('dual-stack-dump.yaml')]);
      const lines = result.stdout.split('\n');
      expect(lines.find((l) => l.startsWith('NODE'))).toMatch(/^NODE +ZONE +SERVICE +PORT +FAMILY +TRAFFIC/);
      expect(lines.filter((l) => l.startsWith('default/client ')).map((l) => l.split(/\s{2,}/).slice(2, 5))).toEqual([
        ['default/web', '80/TCP', 'IPv4'],
        ['default/web', '80/TCP', 'IPv6'],
        ['default/web-v6', '80/TCP', 'IPv6'],
        ['default/web-v6', '80/TCP', 'IPv4'],
      ]);
      expect(result.stdout).toContain('default/client → default/web:80/TCP (IPv6)');
    });
  });

  test('a LoadBalancer known by hostname gets no invented IP, and says what a client resolves', async () => {
    const json = await report(['eks-loadbalancer-hostname.yaml']);
    const web = json.services[0]!;
    expect(web.loadBalancerIPs).toBeUndefined();
    expect(web.loadBalancerHostnames).toEqual(['a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6-1234567890.us-east-1.elb.amazonaws.com']);
    expect(web.clusterIP).toBe('172.20.88.14');
    expect(messagesOf(json, 'info').find((m) => m.includes('hostname only'))).toContain('a client resolves it through DNS');
    expect(json.diagnostics.some((d) => d.message.includes('assumes the load-balancer IP'))).toBe(false);
  });

  test('headless and ExternalName: what DNS answers, in the report and the table', async () => {
    const json = await report(['headless-and-externalname.yaml']);
    const db = json.services.find((s) => s.name === 'db')!;
    expect(db.dns).toMatchObject({ kind: 'headless', name: 'db.default.svc.cluster.local', answers: [json.pods[0]!.ip] });
    expect(db.dns!.message).toContain('kube-proxy programs nothing');
    const search = json.services.find((s) => s.name === 'search')!;
    expect(search.dns).toMatchObject({ kind: 'ExternalName', answers: ['search.example.com'] });
    const table = await runCli([fixture('headless-and-externalname.yaml')]);
    expect(table.stdout).not.toContain('No Service has ports to route');
    expect(table.stdout).toContain(
      'default/search: ExternalName: cluster DNS answers search.default.svc.cluster.local with a CNAME to search.example.com',
    );
  });

  test('appProtocol reaches the EndpointSlice ports the controller writes', async () => {
    const json = await report(['docs-dual-stack.yaml', 'app-protocol.yaml']);
    const slice = json.endpointSlices.find((s) => s.metadata.labels['kubernetes.io/service-name'] === 'grpc');
    expect(slice?.ports).toEqual([{ name: 'grpc', port: 9090, protocol: 'TCP', appProtocol: 'kubernetes.io/h2c' }]);
  });
});
