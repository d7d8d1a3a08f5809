import { describe, expect, it } from 'vitest';
import { reconcileEndpointSlices, type ReconcileInput } from '../../../src/engine/endpointslice/reconcileEndpointSlices';
import { syntheticSource } from '../../../src/engine/diagnostics';
import type { EndpointSlice } from '../../../src/engine/model';
import { defaultGates } from '../../../src/engine/version';
import { makeNode, makePod, makeService } from './fixtures';

const nodes = [makeNode('n1', { zone: 'zone-a' }), makeNode('n2', { zone: 'zone-b' })];
const run = (input: Partial<ReconcileInput>) =>
  reconcileEndpointSlices({ services: [], pods: [], nodes, userSlices: [], version: '1.34', gates: defaultGates('1.34'), ...input });
const traceOf = (out: ReturnType<typeof run>, key = 'default/web') => out.hintsTrace.get(key)!.map((s) => s.message);

describe('reconcileEndpointSlices: the slices', () => {
  it('writes a discovery.k8s.io/v1 EndpointSlice as the controller does', () => {
    const service = makeService('web', { labels: { team: 'a', 'kubernetes.io/service-name': 'hijack' } });
    const pod = makePod('web-1', { node: 'n1', ips: ['10.0.0.1'] });
    const [slice, ...rest] = run({ services: [service], pods: [pod] }).slices.get('default/web')!;
    expect(rest).toEqual([]);
    expect(slice!.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(slice).toEqual({
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        name: slice!.metadata.name,
        namespace: 'default',
        generateName: 'web-',
        labels: {
          team: 'a',
          'kubernetes.io/service-name': 'web',
          'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
        },
        ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: 'web', controller: true }],
      },
      addressType: 'IPv4',
      endpoints: [
        {
          addresses: ['10.0.0.1'],
          conditions: { ready: true, serving: true, terminating: false },
          targetRef: { kind: 'Pod', namespace: 'default', name: 'web-1' },
          nodeName: 'n1',
          zone: 'zone-a',
        },
      ],
      ports: [{ name: '', port: 8080, protocol: 'TCP' }],
    } satisfies EndpointSlice);
  });

  it('names are deterministic and unique', () => {
    const services = [makeService('web'), makeService('web', { namespace: 'other' })];
    const pods = [makePod('a', { node: 'n1', ips: ['10.0.0.1'] })];
    const first = run({ services, pods });
    const second = run({ services, pods });
    const names = (out: typeof first) => [...out.slices.values()].flat().map((s) => s.metadata.name);
    expect(names(first)).toEqual(names(second));
    expect(new Set(names(first)).size).toBe(2);
  });

  it('at most 100 endpoints per slice, endpoints in pod order', () => {
    const pods = Array.from({ length: 250 }, (_, i) => makePod(`web-${i}`, { node: 'n1', ips: [`10.0.${i >> 8}.${i & 255}`] }));
    const slices = run({ services: [makeService('web')], pods }).slices.get('default/web')!;
    expect(slices.map((s) => s.endpoints.length)).toEqual([100, 100, 50]);
    expect(slices.flatMap((s) => s.endpoints.map((e) => e.targetRef!.name))).toEqual(pods.map((p) => p.metadata.name));
  });

  it('endpoints with different resolved ports go to different slices', () => {
    const service = makeService('web', { ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 'http' }] });
    const pods = [
      makePod('old', { node: 'n1', ips: ['10.0.0.1'], ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }] }),
      makePod('new', { node: 'n1', ips: ['10.0.0.2'], ports: [{ name: 'http', containerPort: 9090, protocol: 'TCP' }] }),
      makePod('none', { node: 'n2', ips: ['10.0.0.3'] }),
    ];
    const out = run({ services: [service], pods });
    const slices = out.slices.get('default/web')!;
    expect(slices.map((s) => [s.ports, s.endpoints.map((e) => e.targetRef!.name)])).toEqual([
      [[{ name: 'http', port: 8080, protocol: 'TCP' }], ['old']],
      [[{ name: 'http', port: 9090, protocol: 'TCP' }], ['new']],
      [[], ['none']],
    ]);
    expect(traceOf(out).join('\n')).toContain('none (no container port "http"/TCP)');
  });

  it('leaves out terminal pods, pods without IP and pods on missing nodes (with a warning)', () => {
    const pods = [
      makePod('done', { node: 'n1', ips: ['10.0.0.1'], phase: 'Succeeded' }),
      makePod('pending', { phase: 'Pending' }),
      makePod('lost', { node: 'gone', ips: ['10.0.0.3'] }),
      makePod('ok', { node: 'n2', ips: ['10.0.0.4'], terminating: true }),
    ];
    const out = run({ services: [makeService('web')], pods });
    expect(out.slices.get('default/web')!.flatMap((s) => s.endpoints.map((e) => e.targetRef!.name))).toEqual(['ok']);
    expect(out.diagnostics).toMatchObject([
      { severity: 'warning', message: 'skipping Pod lost for Service default/web: Node gone Not Found', path: 'spec.nodeName' },
    ]);
    expect(traceOf(out)).toContain(
      'left out: done (its phase is Succeeded), pending (it has no pod IP yet) and lost (its Node "gone" does not exist)',
    );
  });

  it('publishNotReadyAddresses keeps pods on missing nodes and makes everything ready', () => {
    const pods = [makePod('lost', { node: 'gone', ips: ['10.0.0.3'], ready: false })];
    const out = run({ services: [makeService('web', { publishNotReadyAddresses: true })], pods });
    const [endpoint] = out.slices.get('default/web')![0]!.endpoints;
    expect(endpoint).toMatchObject({ conditions: { ready: true, serving: false, terminating: false }, nodeName: 'gone' });
    expect(endpoint).not.toHaveProperty('zone');
    expect(out.diagnostics).toEqual([]);
  });

  it('IPv6 pods get an IPv6 slice; an IPv4 ClusterIP keeps IPv4', () => {
    const pods = [makePod('v6', { node: 'n1', ips: ['fd00::1'] })];
    expect(
      run({ services: [makeService('web')], pods })
        .slices.get('default/web')!
        .map((s) => s.addressType),
    ).toEqual(['IPv6']);
    const v4 = run({ services: [makeService('web', { clusterIP: '10.96.0.10' })], pods }).slices.get('default/web')!;
    expect(v4.map((s) => [s.addressType, s.endpoints.length])).toEqual([['IPv4', 0]]);
  });

  it('a Service without endpoints gets the empty placeholder slice', () => {
    const slices = run({ services: [makeService('web')] }).slices.get('default/web')!;
    expect(slices.map((s) => [s.addressType, s.ports, s.endpoints])).toEqual([['IPv4', [], []]]);
  });

  it('no selector, empty selector and ExternalName: no slices', () => {
    const out = run({
      services: [
        makeService('web', { selector: null }),
        makeService('empty', { selector: {} }),
        makeService('ext', { type: 'ExternalName' }),
      ],
      pods: [makePod('a', { node: 'n1', ips: ['10.0.0.1'] })],
    });
    expect([...out.slices.values()]).toEqual([[], [], []]);
    expect(traceOf(out)[0]).toContain('has no selector');
    expect(traceOf(out, 'default/ext')[0]).toBe('ExternalName Services get no EndpointSlices from the controller');
  });

  it('user-supplied slices are used as given; orphans are reported', () => {
    const given: EndpointSlice = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: 'web-manual', namespace: 'default', labels: { 'kubernetes.io/service-name': 'web' } },
      addressType: 'IPv4',
      endpoints: [{ addresses: ['192.168.0.1'], conditions: {}, hints: { forZones: [{ name: 'zone-z' }] } }],
      ports: [{ port: 80 }],
    };
    const orphan: EndpointSlice = {
      ...given,
      metadata: { ...given.metadata, name: 'lonely', labels: { 'kubernetes.io/service-name': 'nope' } },
    };
    const out = run({
      services: [makeService('web', { trafficDistribution: 'PreferClose' })],
      pods: [makePod('a', { node: 'n1', ips: ['10.0.0.1'] })],
      userSlices: [
        { slice: given, source: syntheticSource('slices.yaml') },
        { slice: orphan, source: syntheticSource('slices.yaml') },
      ],
    });
    expect(out.slices.get('default/web')).toEqual([given]);
    expect(given.endpoints[0]!.hints).toEqual({ forZones: [{ name: 'zone-z' }] });
    expect(traceOf(out)[0]).toContain('web-manual come from the input');
    expect(out.diagnostics).toMatchObject([
      {
        severity: 'warning',
        message: 'EndpointSlice lonely belongs to Service default/nope, which is not in the input; kube-proxy ignores it',
      },
    ]);
  });

  it('scales: 2,000 Services over 30,000 pods without scanning all pods per Service', () => {
    const manyNodes = Array.from({ length: 300 }, (_, i) => makeNode(`node-${i}`, { zone: `zone-${i % 3}` }));
    const pods = Array.from({ length: 30_000 }, (_, i) =>
      makePod(`p-${i}`, {
        labels: { app: `app-${i % 2000}` },
        node: `node-${i % 300}`,
        ips: [`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`],
      }),
    );
    const services = Array.from({ length: 2000 }, (_, i) =>
      makeService(`svc-${i}`, {
        selector: { app: `app-${i}` },
        trafficDistribution: i % 2 ? 'PreferClose' : undefined,
        annotations: i % 5 === 0 ? { 'service.kubernetes.io/topology-mode': 'Auto' } : {},
      }),
    );
    // Count label reads: a scan per Service would read 2,000 × 30,000 of them, an index a few per pod.
    let labelReads = 0;
    for (const pod of pods) {
      const labels = pod.metadata.labels;
      Object.defineProperty(pod.metadata, 'labels', {
        enumerable: true,
        get: () => {
          labelReads++;
          return labels;
        },
      });
    }
    const out = reconcileEndpointSlices({ services, pods, nodes: manyNodes, userSlices: [], version: '1.34', gates: defaultGates('1.34') });
    expect([...out.slices.values()].flat().reduce((n, s) => n + s.endpoints.length, 0)).toBe(30_000);
    expect(labelReads).toBeGreaterThan(0);
    expect(labelReads).toBeLessThanOrEqual(10 * pods.length);
  });
});
