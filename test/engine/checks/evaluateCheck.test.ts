/** Declarative checks against reports of the seed demo in its article's states. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../../src/engine/analyze';
import { evaluateCheck, evaluateChecks, type Check } from '../../../src/engine/checks';

const dir = join(__dirname, '../../../src/scenarios/seed-demo');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
const withService = (line: string) =>
  files.map((f) => (f.name === 'echo-service.yaml' ? { ...f, text: f.text.replace(/^spec:\n/m, `spec:\n  ${line}\n`) } : f));

const base = analyzeFiles(files, { kubernetesVersion: '1.34' });
const sameNode = analyzeFiles(withService('trafficDistribution: PreferSameNode'), { kubernetesVersion: '1.34' });
const local = analyzeFiles(withService('internalTrafficPolicy: Local'), { kubernetesVersion: '1.34' });
const route = { from: 'default/client', service: 'default/echo-svc' };

describe('evaluateCheck on routes', () => {
  it('passes allTo a node only when every endpoint taking traffic is there', () => {
    const check: Check = { route, expect: { verdict: 'forward', allTo: { node: 'mnode-m02' } } };
    expect(evaluateCheck(sameNode, check).pass).toBe(true);
    const failed = evaluateCheck(base, check);
    expect(failed.pass).toBe(false);
    expect(failed.message).toMatch(/mnode-m03 50%.*expected all traffic to node mnode-m02/);
  });

  it('checks shares by zone within a tolerance, and zones not listed get nothing', () => {
    expect(evaluateCheck(base, { route, expect: { sharesByZone: { 'zone-a': 0.5, 'zone-b': 0.5 } } }).pass).toBe(true);
    expect(evaluateCheck(base, { route, expect: { sharesByZone: { 'zone-a': 1 } } }).pass).toBe(false);
    expect(evaluateCheck(sameNode, { route, expect: { sharesByZone: { 'zone-a': 1 } } }).pass).toBe(true);
  });

  it('counts endpoints, someTo and noneTo, and reads the explanation', () => {
    expect(evaluateCheck(base, { route, expect: { endpointCount: 2, someTo: { zone: 'zone-b' } } }).pass).toBe(true);
    expect(evaluateCheck(sameNode, { route, expect: { noneTo: { locality: 'cross-zone' }, traceIncludes: 'preferSameNode' } }).pass).toBe(
      true,
    );
    expect(evaluateCheck(base, { route, expect: { noneTo: { locality: 'cross-zone' } } }).pass).toBe(false);
  });

  it('fails with a clear message when no route matches', () => {
    const result = evaluateCheck(base, { route: { from: 'default/nobody', service: 'default/echo-svc' }, expect: { verdict: 'forward' } });
    expect(result).toEqual({ pass: false, message: 'no route from default/nobody to default/echo-svc in the report' });
  });

  it('selects clients by zone', () => {
    expect(
      evaluateCheck(sameNode, { route: { fromZone: 'zone-a', service: 'default/echo-svc' }, expect: { allTo: { zone: 'zone-a' } } }).pass,
    ).toBe(true);
    expect(evaluateCheck(sameNode, { route: { fromZone: 'zone-b', service: 'default/echo-svc' }, expect: {} }).pass).toBe(false);
  });
});

describe('evaluateCheck on node views, hints and pods', () => {
  it('node views: iTP Local drops only where no endpoint runs', () => {
    expect(evaluateCheck(local, { views: { service: 'default/echo-svc', node: 'mnode' }, expect: { verdict: 'drop' } }).pass).toBe(true);
    expect(
      evaluateCheck(local, {
        views: { service: 'default/echo-svc', withLocalEndpoint: true },
        expect: { verdict: 'forward', allTo: { locality: 'same-node' } },
      }).pass,
    ).toBe(true);
    expect(evaluateCheck(local, { views: { service: 'default/echo-svc' }, expect: { verdict: 'forward' } }).pass).toBe(false);
  });

  it('hints: PreferSameNode writes zone hints on every Ready endpoint, the default writes none', () => {
    expect(
      evaluateCheck(sameNode, {
        hints: { service: 'default/echo-svc' },
        expect: { zoneHints: true, hintsByZone: { 'zone-a': 1, 'zone-b': 1 } },
      }).pass,
    ).toBe(true);
    const none = evaluateCheck(base, { hints: { service: 'default/echo-svc' }, expect: { zoneHints: true } });
    expect(none.pass).toBe(false);
    expect(none.message).toContain('no zone hints');
  });

  it('pods: counts ready pods of a Deployment per node', () => {
    expect(evaluateCheck(base, { pods: { owner: 'default/echo', node: 'mnode-m02' }, expect: { ready: 1, terminating: 0 } }).pass).toBe(
      true,
    );
    expect(evaluateCheck(base, { pods: { owner: 'default/echo' }, expect: { ready: 3 } }).pass).toBe(false);
  });

  it('evaluateChecks passes only when all pass', () => {
    const checks: Check[] = [
      { route, expect: { verdict: 'forward' } },
      { route, expect: { verdict: 'drop' } },
    ];
    const result = evaluateChecks(base, checks);
    expect(result.pass).toBe(false);
    expect(result.results.map((r) => r.pass)).toEqual([true, false]);
  });
});

describe('evaluateCheck on a request run', () => {
  it('counts the endpoints that answered; ClientIP affinity makes it one', () => {
    const requests = { from: 'default/client', service: 'default/echo-svc', count: 20 };
    expect(evaluateCheck(base, { requests, expect: { minDistinctEndpoints: 2 } }).pass).toBe(true);
    expect(evaluateCheck(base, { requests, expect: { distinctEndpoints: 1 } }).pass).toBe(false);
    const sticky = analyzeFiles(withService('sessionAffinity: ClientIP'), { kubernetesVersion: '1.34' });
    const result = evaluateCheck(sticky, { requests, expect: { distinctEndpoints: 1 } });
    expect(result.pass).toBe(true);
    expect(result.message).toMatch(/^20 requests from default\/client: 20 default\/echo-/);
  });
});
