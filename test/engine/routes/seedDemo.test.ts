/** The seed demo end to end through analyzeFiles: the article's steps and what /hit.sh shows. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../../src/engine/analyze';
import type { RoutingReport } from '../../../src/engine/report';

const dir = join(__dirname, '../../../src/scenarios/seed-demo');
const original = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));

function demo(edit: { service?: (text: string) => string; deployment?: (text: string) => string } = {}, requests = 40): RoutingReport {
  const files = original.map((f) => {
    if (f.name === 'echo-service.yaml' && edit.service) return { ...f, text: edit.service(f.text) };
    if (f.name === 'echo-pod.yaml' && edit.deployment) return { ...f, text: edit.deployment(f.text) };
    return f;
  });
  return analyzeFiles(files, { kubernetesVersion: '1.34', requests, seed: 1 });
}
const patchSpec = (line: string) => (text: string) => text.replace(/^spec:\n/m, `spec:\n  ${line}\n`);
const inZoneB = (text: string) =>
  text
    .replace('replicas: 2', 'replicas: 1')
    .replace(/^ {4}spec:\n/m, '    spec:\n      nodeSelector:\n        topology.kubernetes.io/zone: zone-b\n');
const echoOn = (report: RoutingReport, node: string) => report.pods.filter((p) => p.owner && p.node === node).map((p) => p.key);
const clientRoute = (report: RoutingReport) => {
  const routes = report.routes.filter((r) => r.from === 'default/client' && r.service === 'default/echo-svc');
  expect(routes).toHaveLength(1);
  return routes[0]!;
};

describe('seed demo through analyzeFiles', () => {
  it('step 1, default: both pods, about half each, never all to one', () => {
    const report = demo();
    const route = clientRoute(report);
    expect(route.node).toBe('mnode-m02');
    expect(route.verdict).toBe('forward');
    const counts = Object.values(route.requests!);
    expect(counts).toHaveLength(2);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(40);
    for (const c of counts) expect(c).toBeGreaterThanOrEqual(12);
    for (const ep of route.endpoints) expect(ep.weight).toBe(0.5);
  });

  it('step 2, PreferSameNode: all 40 to the pod on mnode-m02', () => {
    const report = demo({ service: patchSpec('trafficDistribution: PreferSameNode') });
    const [local] = echoOn(report, 'mnode-m02');
    expect(local).toBeDefined();
    const route = clientRoute(report);
    expect(route.requests).toEqual({ [local!]: 40 });
    expect(route.endpoints.filter((e) => e.weight > 0).map((e) => e.locality)).toEqual(['same-node']);
    expect(route.trace.map((t) => t.message).join('\n')).toMatch(
      /all 2 Ready endpoints have node hints and one is for mnode-m02 → PreferSameNode/,
    );
  });

  it('step 3, PreferSameZone: all 40 to the zone-a pod', () => {
    const report = demo({ service: patchSpec('trafficDistribution: PreferSameZone') });
    const [zoneA] = echoOn(report, 'mnode-m02');
    expect(clientRoute(report).requests).toEqual({ [zoneA!]: 40 });
  });

  it('step 4, fallback: the only endpoint is in zone-b; the zone-a client still reaches it', () => {
    const report = demo({ service: patchSpec('trafficDistribution: PreferSameZone'), deployment: inZoneB });
    const [zoneB] = echoOn(report, 'mnode-m03');
    expect(zoneB).toBeDefined();
    const route = clientRoute(report);
    expect(route.verdict).toBe('forward');
    expect(route.requests).toEqual({ [zoneB!]: 40 });
  });

  it('contrast: internalTrafficPolicy Local in the fallback state drops', () => {
    const report = demo({
      service: (t) => patchSpec('internalTrafficPolicy: Local')(patchSpec('trafficDistribution: PreferSameZone')(t)),
      deployment: inZoneB,
    });
    const route = clientRoute(report);
    expect(route.verdict).toBe('drop');
    expect(route.requests).toEqual({ dropped: 40 });
    expect(route.trace.map((t) => t.message).join('\n')).toContain('"default/echo-svc has no local endpoints"');
  });
});
