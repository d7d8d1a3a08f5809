import { describe, expect, test } from 'vitest';
import { analyzeCluster } from '../../src/engine/analyze';
import { simulateCluster } from '../../src/engine/events';
import { runLine } from '../../src/kubectl/executeCommand';
import { seedDemo } from '../../src/scenarios/seedDemo';
import { seedContext, seedFilesCluster } from './seedContext';

const budget = (spec: string, name = 'echo') => ({
  name: `${name}-pdb.yaml`,
  text: `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: ${name}\nspec:\n  selector:\n    matchLabels:\n      app: echo\n${spec}\n`,
});
/** The seed demo and the budgets, with the live cluster as the app gives it: pods placed, nothing replayed yet. */
const withBudgets = (...files: { name: string; text: string }[]) => seedContext({ files: [...seedDemo.files, ...files] });
const echoOn = (context: ReturnType<typeof seedContext>, node: string) =>
  context.report!.pods.find((p) => p.owner === 'Deployment echo' && p.node === node)!;

describe('kubectl drain asks the eviction API, as the timeline does', () => {
  test('a budget that allows the eviction: the pod is evicted and the node drained', () => {
    const context = withBudgets(budget('  minAvailable: 1'));
    const pod = echoOn(context, 'mnode-m03');
    const result = runLine('kubectl drain mnode-m03', context);
    expect(result.exitCode).toBe(0);
    expect(result.output.split('\n')).toEqual([
      'node/mnode-m03 cordoned',
      `evicting pod ${pod.key}`,
      `pod/${pod.name} evicted`,
      'node/mnode-m03 drained',
    ]);
  });

  test('a budget that refuses: kubectl’s retry line, and the drain goes on in the timeline', () => {
    const context = withBudgets(budget('  minAvailable: 2'));
    const pod = echoOn(context, 'mnode-m03');
    const result = runLine('kubectl drain mnode-m03', context);
    expect(result.exitCode).toBe(0);
    expect(result.events).toEqual([{ type: 'node.drain', node: 'mnode-m03' }]);
    const lines = result.output.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'node/mnode-m03 cordoned',
      `evicting pod ${pod.key}`,
      `error when evicting pods/"${pod.name}" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.`,
    ]);
    expect(lines.at(-1)).toMatch(
      /^\(the drain goes on in the timeline: default\/echo-[^ ]+ waits for the disruption budget, asked again every 5s/,
    );
    expect(result.output).not.toMatch(/drained|evicted/);

    // The timeline agrees: the pod is still there, not terminating, a minute later.
    const live = simulateCluster(
      seedFilesCluster(context.files),
      [{ id: '1', at: 0, event: result.events[0]!, label: 'kubectl drain mnode-m03' }],
      60,
    );
    expect(live.cluster.pods.find((p) => p.metadata.name === pod.name)?.metadata.deletionTimestamp).toBeUndefined();
    const report = analyzeCluster(live.cluster, { kubernetesVersion: '1.34' });
    expect(runLine('kubectl get nodes', { ...context, report, cluster: live.cluster, now: 60 }).output).toMatch(
      /mnode-m03\s+Ready,SchedulingDisabled/,
    );
  });

  test('two budgets selecting the pod: an error kubectl does not retry', () => {
    const context = withBudgets(budget('  maxUnavailable: 1'), budget('  maxUnavailable: 1', 'echo-too'));
    const pod = echoOn(context, 'mnode-m03');
    const result = runLine('kubectl drain mnode-m03', context);
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain(
      `error when evicting pods/"${pod.name}" -n "default": This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.`,
    );
    expect(result.output).toMatch(/unable to drain node "mnode-m03"/);
  });
});
