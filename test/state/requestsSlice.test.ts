import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findBuiltinScenario } from '../../src/scenarios/examples';
import { createPlaygroundStore } from '../../src/state';

/** The session-affinity scenario with ClientIP affinity and a 10-second timeout on echo-svc. */
async function stickyStore(seed: number) {
  const store = createPlaygroundStore();
  store.setState({ seed });
  store.getState().loadExample(findBuiltinScenario('session-affinity')!);
  const echo = store.getState().files.find((f) => f.name === 'echo.yaml')!;
  const text = echo.text.replace(
    'spec:\n  selector:\n    app: echo\n',
    'spec:\n  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 10\n  selector:\n    app: echo\n',
  );
  expect(text).not.toBe(echo.text);
  store.getState().setFileText('echo.yaml', text);
  await store.getState().whenAnalysed();
  expect(store.getState().report!.services.find((s) => s.key === 'default/echo-svc')).toMatchObject({
    sessionAffinity: 'ClientIP',
    sessionAffinityTimeoutSeconds: 10,
  });
  return store;
}

const pods = (counts: Record<string, number> | undefined) => Object.keys(counts ?? {});

describe('requests slice: session affinity on the timeline', () => {
  it('sends stick within the timeout, pick anew after the timeline plays past it, and a reset clears the table', async () => {
    const after: string[] = [];
    const before: string[] = [];
    for (let seed = 1; seed <= 8; seed++) {
      const store = await stickyStore(seed);
      const send = () => {
        store.getState().sendRequests('default/client', 'default/echo-svc', 80, 6);
        return store.getState().requestRun?.counts;
      };
      const first = pods(send());
      expect(first).toHaveLength(1);
      before.push(first[0]!);
      expect(store.getState().affinity).toMatchObject([
        { service: 'default/echo-svc', port: 80, endpoint: first[0], lastUsed: 0, timeoutSeconds: 10 },
      ]);

      store.getState().advance(5);
      expect(send()).toEqual({ [first[0]!]: 6 });
      expect(store.getState().affinity[0]!.lastUsed).toBe(5);

      store.getState().advance(20);
      const later = pods(send());
      expect(later).toHaveLength(1);
      expect(store.getState().affinity).toMatchObject([{ endpoint: later[0], lastUsed: 25 }]);
      after.push(later[0]!);

      store.getState().resetCluster();
      expect(store.getState().affinity).toEqual([]);
    }
    // After the timeout the pick is a new one: across seeds it is not always the old endpoint.
    expect(after.some((pod, i) => pod !== before[i])).toBe(true);
  });

  it('the terminal’s hit shares the table with Send requests', async () => {
    const store = await stickyStore(3);
    store.getState().sendRequests('default/client', 'default/echo-svc', 80, 2);
    const stuck = pods(store.getState().requestRun?.counts)[0]!;
    for (let i = 0; i < 4; i++) {
      const { output } = await store.getState().runTerminalCommand('hit 10 echo-svc --from client');
      expect(output).toMatch(new RegExp(`^\\s+10 ${stuck.slice('default/'.length)}@`, 'm'));
    }
    store.getState().loadExample(findBuiltinScenario('session-affinity')!);
    expect(store.getState().affinity).toEqual([]);
  });
});

describe('requests slice: a dual-stack Service', () => {
  it('sends over the route of the IP family asked for, and clears the run when the family shown changes', async () => {
    const store = createPlaygroundStore();
    store.getState().loadExample({
      id: 'shared',
      title: 'Dual stack',
      description: '',
      files: [{ name: 'cluster.yaml', text: readFileSync('test/fixtures/dual-stack/kind-dual-cluster.yaml', 'utf8') }],
      activeFile: 'cluster.yaml',
      service: 'default/web',
      kubernetesVersion: '1.34',
    });
    await store.getState().whenAnalysed();
    store.getState().sendRequests('default/client', 'default/web', 80, 20, 'IPv6');
    const run = store.getState().requestRun!;
    expect(run.family).toBe('IPv6');
    expect(Object.values(run.counts).reduce((a, b) => a + b, 0)).toBe(20);
    expect(pods(run.counts).every((p) => p.startsWith('default/web-'))).toBe(true);
    // legacy has no IPv6 address, so no IPv6 route: nothing is sent.
    store.setState({ requestRun: null });
    store.getState().sendRequests('default/legacy', 'default/web', 80, 20, 'IPv6');
    expect(store.getState().requestRun).toBeNull();
    store.getState().sendRequests('default/legacy', 'default/web', 80, 20, 'IPv4');
    expect(store.getState().requestRun?.family).toBe('IPv4');
    store.getState().setIpFamily('IPv6');
    expect(store.getState().requestRun).toBeNull();
  });
});
