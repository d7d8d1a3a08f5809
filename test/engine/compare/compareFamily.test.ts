/**
 * compareChoices' ipFamily option: a dual-stack Service is compared in one IP family — that
 * family's proxier, EndpointSlices and the clients with an address of it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeWrittenFiles, compareChoices, type CompareOptions, type PolicyComparison } from '../../../src/engine';

const KIND_DUAL = [{ name: 'cluster.yaml', text: readFileSync('test/fixtures/dual-stack/kind-dual-cluster.yaml', 'utf8') }];
const seedDir = fileURLToPath(new URL('../../../src/scenarios/seed-demo/', import.meta.url));
const SEED_DEMO = ['cluster.yaml', 'echo-pod.yaml', 'echo-service.yaml', 'client.yaml'].map((name) => ({
  name,
  text: readFileSync(seedDir + name, 'utf8'),
}));

function compare(files: typeof SEED_DEMO, options: CompareOptions): PolicyComparison {
  const result = compareChoices(files, { kubernetesVersion: '1.34' }, options);
  if ('problem' in result) throw new Error(result.problem);
  return result.comparison;
}

describe('compareChoices on a dual-stack Service', () => {
  it('compares the primary family by default and says which', () => {
    const comparison = compare(KIND_DUAL, { service: 'default/web' });
    expect(comparison.ipFamily).toBe('IPv4');
    // legacy's written status has an IPv4 address only: it is a client of the IPv4 proxier alone.
    expect(comparison.clients).toEqual(['default/client', 'default/legacy']);
  });

  it('compares the IPv6 family when asked: its clients, its endpoints, the routes the report gives for it', () => {
    const comparison = compare(KIND_DUAL, { service: 'default/web', ipFamily: 'IPv6' });
    expect(comparison.ipFamily).toBe('IPv6');
    expect(comparison.clients).toEqual(['default/client']);
    const report = analyzeWrittenFiles(KIND_DUAL, { kubernetesVersion: '1.34' });
    const route = report.secondaryFamily!.routes.find((r) => r.from === 'default/client' && r.service === 'default/web')!;
    const unset = comparison.columns.find((c) => c.choice.current)!;
    expect(unset.figures.clients.map((c) => c.client)).toEqual(['default/client']);
    expect(unset.figures.clients[0]!.endpoints.map((e) => [e.pod, e.weight])).toEqual(route.endpoints.map((e) => [e.pod, e.weight]));
    expect(unset.figures.load.endpoints.map((e) => e.pod).sort()).toEqual(route.endpoints.map((e) => e.pod).sort());
  });

  it('refuses a family a single-stack Service does not have, and takes the one it has', () => {
    const result = compareChoices(SEED_DEMO, { kubernetesVersion: '1.34' }, { ipFamily: 'IPv6' });
    expect(result).toEqual({ problem: 'default/echo-svc is single-stack (IPv4): it has no IPv6 routes to compare' });
    const same = compare(SEED_DEMO, { ipFamily: 'IPv4' });
    expect(same.ipFamily).toBeUndefined();
    expect(same).toEqual(compare(SEED_DEMO, {}));
  });
});
