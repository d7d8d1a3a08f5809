/** `kubectl cordon|uncordon|drain <node>` and `kubectl delete node`: kubectl's messages, events for the timeline. */
import type { ClusterEvent } from '../../engine';
import { DRAIN_RETRY_SECONDS, evictionErrorLine, evictionPass, isActive, isDaemonSetPod, keyOf } from '../../engine';
import { failure, ok, type CommandResult, type ReadyContext } from '../context';
import type { FlagValues } from '../parseCommandLine';
import { findNode, notFound } from '../lookup';

function nodeArg(verb: string, args: string[], context: ReadyContext): { node: string } | CommandResult {
  const name = args[0]?.replace(/^(nodes?|no)\//, '');
  if (!name)
    return failure(
      'error: USAGE: ' + verb + ' NODE [flags]',
      `e.g. kubectl ${verb} ${context.report.nodes[1]?.name ?? context.report.nodes[0]?.name ?? 'node-1'}`,
    );
  if (args.length > 1) return failure(`error: ${verb} takes one node, not ${args.length}`, `e.g. kubectl ${verb} ${name}`);
  if (!findNode(context.report, name))
    return failure(notFound('Node', name), `The nodes are: ${context.report.nodes.map((n) => n.name).join(', ')}.`);
  return { node: name };
}

export function cordon(args: string[], context: ReadyContext, verb: 'cordon' | 'uncordon'): CommandResult {
  const arg = nodeArg(verb, args, context);
  if ('output' in arg) return arg;
  const node = findNode(context.report, arg.node)!;
  const wanted = verb === 'cordon';
  if (node.schedulable !== wanted) return ok(`node/${arg.node} already ${verb}ed`);
  return ok(`node/${arg.node} ${verb}ed`, [{ type: wanted ? 'node.cordon' : 'node.uncordon', node: arg.node }]);
}

function gracePeriod(flags: FlagValues): number | undefined | string {
  const value = flags['grace-period'];
  if (value === undefined) return flags.now === true ? 1 : undefined;
  if (typeof value !== 'string' || !/^-?\d+$/.test(value))
    return `error: invalid argument "${String(value)}" for "--grace-period" flag: strconv.ParseInt: parsing "${String(value)}": invalid syntax`;
  const n = Number(value);
  return n < 0 ? undefined : n;
}

/**
 * Like kubectl: cordon first, then refuse when a pod has no controller (unless --force), else
 * evict every pod of the node, asking the eviction API as the timeline's drain does: a pod a
 * PodDisruptionBudget protects waits, and the drain goes on in the timeline.
 */
export function drain(args: string[], flags: FlagValues, context: ReadyContext): CommandResult {
  const arg = nodeArg('drain', args, context);
  if ('output' in arg) return arg;
  const grace = gracePeriod(flags);
  if (typeof grace === 'string') return failure(grace);
  const report = context.report;
  const node = findNode(report, arg.node)!;
  const force = flags.force === true;
  const ignoreDaemonSets = flags['ignore-daemonsets'] === true;
  const onNode = report.pods.filter((p) => p.node === arg.node && !p.terminating);
  const daemon = onNode.filter((p) => p.owner?.startsWith('DaemonSet '));
  const pods = onNode.filter((p) => !p.owner?.startsWith('DaemonSet '));
  const unmanaged = pods.filter((p) => !p.owner);
  const event: ClusterEvent = {
    type: 'node.drain',
    node: arg.node,
    ...(force ? { force: true } : {}),
    ...(grace !== undefined ? { gracePeriodSeconds: grace } : {}),
    ...(ignoreDaemonSets ? { ignoreDaemonSets: true } : {}),
  };
  const lines = [node.schedulable ? `node/${arg.node} cordoned` : `node/${arg.node} already cordoned`];
  const problems: string[] = [];
  if (unmanaged.length > 0 && !force)
    problems.push(`cannot delete Pods that declare no controller (use --force to override): ${unmanaged.map((p) => p.key).join(', ')}`);
  if (daemon.length > 0 && !ignoreDaemonSets)
    problems.push(`cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): ${daemon.map((p) => p.key).join(', ')}`);
  if (problems.length > 0) {
    const problem = problems.join(', ');
    lines.push(
      `error: unable to drain node "${arg.node}" due to error: ${problem}, continuing command...`,
      'There are pending nodes to be drained:',
      ` ${arg.node}`,
      ...problems,
    );
    const fixes = [
      ...(unmanaged.length > 0 && !force
        ? [
            `add --force to delete ${unmanaged.map((p) => p.key).join(', ')} too (nothing recreates ${unmanaged.length > 1 ? 'them' : 'it'})`,
          ]
        : []),
      ...(daemon.length > 0 && !ignoreDaemonSets ? ['add --ignore-daemonsets to leave the DaemonSet pods on the node'] : []),
    ];
    const hint = `The node stays cordoned and nothing was evicted. To go on, ${fixes.join(' and ')}; or kubectl uncordon ${arg.node}.`;
    return failure(lines.join('\n'), hint, [event]);
  }
  if (daemon.length > 0) lines.push(`Warning: ignoring DaemonSet-managed Pods: ${daemon.map((p) => p.key).join(', ')}`);
  if (unmanaged.length > 0) lines.push(`Warning: deleting Pods that declare no controller: ${unmanaged.map((p) => p.key).join(', ')}`);
  for (const pod of pods) lines.push(`evicting pod ${pod.key}`);
  // The same pass over the node's live pods as the timeline's drain makes.
  const waiting: string[] = [];
  const failed: string[] = [];
  const live = context.cluster?.pods.filter((p) => p.spec.nodeName === arg.node && isActive(p) && !isDaemonSetPod(p)) ?? [];
  for (const { pod, answer } of context.cluster ? evictionPass(live, context.cluster) : []) {
    if (answer.allowed) continue;
    lines.push(evictionErrorLine(pod, answer));
    (answer.retry ? waiting : failed).push(keyOf(pod.metadata));
  }
  for (const pod of pods) if (!waiting.includes(pod.key) && !failed.includes(pod.key)) lines.push(`pod/${pod.name} evicted`);
  if (failed.length > 0 && waiting.length === 0) {
    lines.push(`error: unable to drain node "${arg.node}" due to error: ${failed.join(', ')} could not be evicted, continuing command...`);
    return failure(
      lines.join('\n'),
      'Two PodDisruptionBudgets select these pods: the eviction API refuses them. Delete one budget, or kubectl delete the pods.',
      [event],
    );
  }
  if (waiting.length > 0) {
    lines.push(
      `(the drain goes on in the timeline: ${waiting.join(', ')} ${waiting.length > 1 ? 'wait' : 'waits'} for the disruption budget, asked again every ${DRAIN_RETRY_SECONDS}s; play the timeline to let time pass)`,
    );
    return ok(lines.join('\n'), [event]);
  }
  lines.push(`node/${arg.node} drained`);
  return ok(lines.join('\n'), [event]);
}

export function deleteNode(names: string[], context: ReadyContext): CommandResult {
  const events: ClusterEvent[] = [];
  const lines: string[] = [];
  for (const name of names) {
    if (!findNode(context.report, name)) return failure([...lines, notFound('Node', name)].join('\n'), undefined, events);
    lines.push(`node "${name}" deleted`);
    events.push({ type: 'node.delete', node: name });
  }
  return ok(lines.join('\n'), events);
}
