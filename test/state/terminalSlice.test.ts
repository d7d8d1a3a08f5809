import { describe, expect, it } from 'vitest';
import { createPlaygroundStore } from '../../src/state';

async function readyStore() {
  const store = createPlaygroundStore();
  await store.getState().whenAnalysed();
  return store;
}

describe('terminal slice', () => {
  it('prints the line and its answer, keeps history, and puts the events on the timeline without touching files', async () => {
    const store = await readyStore();
    const files = store.getState().files;
    const result = await store.getState().runTerminalCommand('kubectl cordon mnode-m02');
    expect(result).toEqual({ output: 'node/mnode-m02 cordoned', exitCode: 0 });
    expect(store.getState().terminalLines.map((l) => [l.kind, l.text])).toEqual([
      ['input', 'kubectl cordon mnode-m02'],
      ['output', 'node/mnode-m02 cordoned'],
    ]);
    expect(store.getState().terminalHistory).toEqual(['kubectl cordon mnode-m02']);
    expect(store.getState().timeline.map((e) => [e.label, e.event])).toEqual([
      ['kubectl cordon mnode-m02', { type: 'node.cordon', node: 'mnode-m02' }],
    ]);
    await store.getState().whenAnalysed();
    expect(store.getState().report!.nodes.find((n) => n.name === 'mnode-m02')!.schedulable).toBe(false);
    expect(store.getState().files).toBe(files);
    // The live cluster answers the next command: already cordoned, no new event.
    expect((await store.getState().runTerminalCommand('kubectl cordon mnode-m02')).output).toBe('node/mnode-m02 already cordoned');
    expect(store.getState().timeline).toHaveLength(1);
  });

  it('scale shows in get deploy once replayed; errors print the hint apart; clear empties the screen', async () => {
    const store = await readyStore();
    await store.getState().runTerminalCommand('kubectl scale deploy/echo --replicas=1');
    await store.getState().whenAnalysed();
    expect((await store.getState().runTerminalCommand('kubectl get deploy')).output).toMatch(/^echo\s+1\/1\s+1\s+1\s/m);
    const failed = await store.getState().runTerminalCommand('kubectl get nodez');
    expect(failed.exitCode).toBe(1);
    expect(
      store
        .getState()
        .terminalLines.slice(-2)
        .map((l) => l.kind),
    ).toEqual(['error', 'hint']);
    await store.getState().runTerminalCommand('clear');
    expect(store.getState().terminalLines).toEqual([]);
    expect(store.getState().terminalHistory).toEqual([
      'kubectl scale deploy/echo --replicas=1',
      'kubectl get deploy',
      'kubectl get nodez',
      'clear',
    ]);
  });

  it('get -w prints the list, then each row the timeline changes, until Ctrl+C or the next command', async () => {
    const store = await readyStore();
    await store.getState().runTerminalCommand('kubectl get nodes -w');
    expect(store.getState().terminalWatch).not.toBeNull();
    const printed = store.getState().terminalLines.length;
    expect(store.getState().terminalLines.at(-1)!.kind).toBe('hint');
    // A change made elsewhere (a canvas event) lands on the timeline; the watched row prints again.
    store.getState().dispatch({ type: 'node.cordon', node: 'mnode-m02' }, 'cordon mnode-m02');
    await store.getState().whenAnalysed();
    const added = store.getState().terminalLines.slice(printed);
    expect(added.map((l) => l.kind)).toEqual(['output']);
    expect(added[0]!.text).toMatch(/^mnode-m02 {3}Ready,SchedulingDisabled {3}<none> {10}\d+s +v1\.\d+\.0$/);
    store.getState().stopTerminalWatch();
    expect(store.getState().terminalWatch).toBeNull();
    expect(store.getState().terminalLines.at(-1)!.text).toBe('^C');
    store.getState().dispatch({ type: 'node.uncordon', node: 'mnode-m02' }, 'uncordon mnode-m02');
    await store.getState().whenAnalysed();
    expect(store.getState().terminalLines.at(-1)!.text).toBe('^C');
  });

  it('a step back on the timeline changes what the terminal sees', async () => {
    const store = await readyStore();
    await store.getState().runTerminalCommand('kubectl drain mnode-m03');
    await store.getState().whenAnalysed();
    expect((await store.getState().runTerminalCommand('kubectl get nodes mnode-m03')).output).toContain('Ready,SchedulingDisabled');
    store.getState().undo();
    await store.getState().whenAnalysed();
    expect((await store.getState().runTerminalCommand('kubectl get nodes mnode-m03')).output).toMatch(/mnode-m03\s+Ready\s/);
  });
});
