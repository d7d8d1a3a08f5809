import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../../src/engine/analyze';
import { parseHostCommand, routeSummary } from '../../../src/io/embed/hostProtocol';
import { seedDemo } from '../../../src/scenarios/seedDemo';

describe('parseHostCommand', () => {
  it.each([
    [{ type: 'ktp:hello' }, { type: 'ktp:hello' }],
    [{ type: 'ktp:getRouteSummary', extra: 1 }, { type: 'ktp:getRouteSummary' }],
    [
      { type: 'ktp:loadScenario', scenario: 'seed-demo' },
      { type: 'ktp:loadScenario', scenario: 'seed-demo' },
    ],
    [
      { type: 'ktp:loadScenario', scenario: 'seed-demo', step: 2 },
      { type: 'ktp:loadScenario', scenario: 'seed-demo', step: 2 },
    ],
    [
      { type: 'ktp:goToStep', step: 0 },
      { type: 'ktp:goToStep', step: 0 },
    ],
    [
      { type: 'ktp:setTheme', theme: 'dark' },
      { type: 'ktp:setTheme', theme: 'dark' },
    ],
  ])('accepts %j', (data, expected) => {
    expect(parseHostCommand(data)).toEqual(expected);
  });

  it.each([
    null,
    'ktp:hello',
    [],
    { type: 'hello' },
    { type: 'ktp:unknown' },
    { type: 'ktp:loadScenario' },
    { type: 'ktp:loadScenario', scenario: '<img src=x onerror=alert(1)>' },
    { type: 'ktp:loadScenario', scenario: 'seed-demo', step: 1.5 },
    { type: 'ktp:goToStep', step: -1 },
    { type: 'ktp:goToStep', step: 1e9 },
    { type: 'ktp:goToStep', step: '2' },
    { type: 'ktp:setTheme', theme: 'system' },
  ])('ignores %j', (data) => {
    expect(parseHostCommand(data)).toBeNull();
  });
});

describe('routeSummary', () => {
  it("lists the seed demo client's route with the engine's shares", () => {
    const report = analyzeFiles(seedDemo.files, {
      kubernetesVersion: seedDemo.kubernetesVersion,
    });
    const summary = routeSummary(report);
    expect(summary).toHaveLength(report.routes.length);
    const client = summary.find((r) => r.from === 'default/client' && r.service === 'default/echo-svc')!;
    expect(client.verdict).toBe('forward');
    expect(client.endpoints.map((e) => e.node).sort()).toEqual(['mnode-m02', 'mnode-m03']);
    expect(client.endpoints.reduce((sum, e) => sum + e.weight, 0)).toBeCloseTo(1);
    // Only plain data crosses to the host page.
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});
