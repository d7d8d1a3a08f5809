import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../src/engine/analyze';
import { findBuiltinScenario } from '../../src/scenarios/examples';
import type { ClientRoute } from '../../src/engine/report';
import { describeRouting } from '../../src/view/routingSummary';
import { requestRows } from '../../src/view/requestRows';
import { countReadyEndpoints, loadNote, summarizeTraffic } from '../../src/view/trafficSummary';
import { clientRoute, echoA, echoB, seedDemoReport } from '../fixtures/seedDemoReport';

describe('summarizeTraffic', () => {
  it('without client pods, counts each node’s own endpoints as staying on the node (eTP Local LoadBalancer scenario)', () => {
    const scenario = findBuiltinScenario('etp-local-lb')!;
    const report = analyzeFiles(scenario.files, { kubernetesVersion: scenario.kubernetesVersion });
    const s = summarizeTraffic(report, 'default/web', report.services[0]!.ports[0]!.port);
    expect(s.basis).toBe('nodes');
    expect(s.byLocality['same-node']).toBeCloseTo(1 / 3);
    expect(s.byLocality['same-zone']).toBeCloseTo(1 / 3);
    expect(s.byLocality['cross-zone']).toBeCloseTo(1 / 3);
  });

  it('splits the default demo half on the node, half across zones, evenly loaded', () => {
    const s = summarizeTraffic(seedDemoReport(), 'default/echo-svc', 80);
    expect(s.basis).toBe('clients');
    expect(s.byLocality).toEqual({ 'same-node': 0.5, 'same-zone': 0, 'cross-zone': 0.5, 'unknown-zone': 0 });
    expect(s.readyEndpoints).toBe(2);
    expect(s.mostLoaded?.timesEven).toBeCloseTo(1);
  });

  it('shows the overload when several clients all go to one endpoint, and counts drops', () => {
    const second: ClientRoute = { ...clientRoute, from: 'default/client-2', endpoints: [{ ...echoA, weight: 1, locality: 'same-zone' }] };
    const first: ClientRoute = {
      ...clientRoute,
      endpoints: [
        { ...echoA, weight: 1 },
        { ...echoB, weight: 0 },
      ],
    };
    const dropped: ClientRoute = { ...clientRoute, from: 'default/client-3', verdict: 'drop', endpoints: [] };
    const s = summarizeTraffic(seedDemoReport({ routes: [first, second, dropped] }), 'default/echo-svc', 80);
    expect(s.byLocality['same-node']).toBeCloseTo(1 / 3);
    expect(s.byLocality['same-zone']).toBeCloseTo(1 / 3);
    expect(s.dropped).toBeCloseTo(1 / 3);
    expect(s.endpoints.map((e) => e.pod)).toEqual([echoA.pod]);
    expect(s.endpoints[0]!.share).toBeCloseTo(1);
    expect(s.mostLoaded?.pod).toBe(echoA.pod);
    expect(s.mostLoaded?.timesEven).toBeCloseTo(2);
  });

  it('falls back to one client per node when no client pod reaches the Service', () => {
    const s = summarizeTraffic(seedDemoReport({ routes: [] }), 'default/echo-svc', 80);
    expect(s.basis).toBe('nodes');
    expect(s.sources).toBe(3);
    expect(s.byLocality['unknown-zone']).toBeCloseTo(1 / 3);
  });

  it('counts only ready endpoints of the Service’s own slices', () => {
    const report = seedDemoReport();
    const slice = report.endpointSlices[0]!;
    const notReady = { ...slice, endpoints: [slice.endpoints[0]!, { ...slice.endpoints[1]!, conditions: { ready: false } }] };
    expect(countReadyEndpoints({ endpointSlices: [notReady] }, 'default/echo-svc')).toBe(1);
    expect(countReadyEndpoints(report, 'default/other')).toBe(0);
  });
});

describe('describeRouting', () => {
  it('says in words where each client’s traffic goes', () => {
    expect(describeRouting(seedDemoReport(), 'default/echo-svc')).toBe(
      'default/echo-svc: client sends 50% to echo-5d8f-a1 (same node), 50% to echo-5d8f-b2 (other zone).',
    );
  });
});

describe('requestRows', () => {
  it('labels endpoints pod@node like hit.sh and sorts by count', () => {
    const report = seedDemoReport();
    expect(requestRows({ [echoA.pod]: 18, [echoB.pod]: 22, dropped: 0 }, report.pods)).toEqual([
      { key: echoB.pod, label: 'echo-5d8f-b2@mnode-m03', count: 22, failed: false },
      { key: echoA.pod, label: 'echo-5d8f-a1@mnode-m02', count: 18, failed: false },
    ]);
  });
});

describe('loadNote', () => {
  const top = (timesEven: number) => ({ pod: 'default/echo-a', share: timesEven / 2, timesEven });
  it('says one client’s concentrated traffic as a note, several clients piling on one endpoint as a warning', () => {
    expect(loadNote({ basis: 'clients', sources: 1, mostLoaded: top(2) }).level).toBe('note');
    expect(loadNote({ basis: 'clients', sources: 1, mostLoaded: top(2) }).words).not.toMatch(/overload/);
    expect(loadNote({ basis: 'clients', sources: 3, mostLoaded: top(2) }).level).toBe('warn');
    expect(loadNote({ basis: 'clients', sources: 3, mostLoaded: top(1.3) }).level).toBe('note');
    expect(loadNote({ basis: 'nodes', sources: 3, mostLoaded: top(1) })).toEqual({ level: 'even', words: '' });
    expect(loadNote({ basis: 'clients', sources: 2 }).level).toBe('even');
  });
});
