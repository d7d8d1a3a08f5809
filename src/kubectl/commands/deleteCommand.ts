/**
 * `kubectl delete pod <name>…|-l SELECTOR|--all [--grace-period=N] [--force] [--now]` and
 * `kubectl delete node <name>…|-l SELECTOR|--all`.
 */
import { minorOf, type ClusterEvent } from '../../engine';
import { failure, ok, type CommandResult, type ReadyContext } from '../context';
import type { FlagValues } from '../parseCommandLine';
import { findPod, namespaceOf, notFound } from '../lookup';
import { kindOf } from '../resources';
import { parseLabelSelector } from '../labelSelector';
import { deleteNode } from './nodeCommands';

export function deleteCommand(args: string[], flags: FlagValues, context: ReadyContext): CommandResult {
  const report = context.report;
  if (args.length === 0)
    return failure('error: You must provide one or more resources by argument or filename.', 'e.g. kubectl delete pod client');
  // `delete pod a b` or `delete pod/a pod/b`.
  const slash = args[0]!.indexOf('/');
  const typeWord = slash >= 0 ? args[0]!.slice(0, slash) : args[0]!;
  let names = slash >= 0 ? args.map((a) => a.slice(a.indexOf('/') + 1)) : args.slice(1);
  const kind = kindOf(typeWord);
  if (!kind.ok) return failure(kind.error, kind.hint);
  if (flags.all === true && typeof flags.selector === 'string') return failure('error: cannot set --all and --selector at the same time');
  if (typeof flags.selector === 'string' || flags.all === true) {
    if (names.length > 0) return failure('error: name cannot be provided when a selector is specified');
    // --all selects every object of the kind in the namespace, as the empty selector does.
    const selector = typeof flags.selector === 'string' ? parseLabelSelector(flags.selector) : { ok: true as const, matches: () => true };
    if (!selector.ok) return failure(selector.error);
    const ns = namespaceOf(flags);
    // The API lists the matching objects by name; kubectl deletes them in that order.
    const matching =
      kind.kind === 'Node'
        ? report.nodes.filter((n) => selector.matches(nodeObjectLabels(context, n.name))).map((n) => n.name)
        : kind.kind === 'Pod'
          ? report.pods.filter((p) => p.namespace === ns && selector.matches(p.labels)).map((p) => p.name)
          : null;
    if (matching && matching.length === 0) return ok('No resources found');
    if (matching) names = [...matching].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
  if (names.length === 0)
    return failure('error: resource(s) were provided, but no name was specified', `e.g. kubectl delete ${typeWord} <name>`);
  if (kind.kind === 'Node') return deleteNode(names, context);
  if (kind.kind !== 'Pod') {
    return failure(
      `error: the playground deletes pods and nodes only, not ${typeWord}`,
      'Remove the object from its file instead, or scale a Deployment to 0.',
    );
  }
  const options = deleteGracePeriod(flags);
  if (typeof options === 'string') return failure(options);
  const { grace, force } = options;
  const ns = namespaceOf(flags);
  const events: ClusterEvent[] = [];
  const lines: string[] = [];
  if (force && grace === 0)
    lines.push(
      'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.',
    );
  for (const name of names) {
    const pod = findPod(report, ns, name);
    if (!pod)
      return failure(
        [...lines, notFound('Pod', name)].join('\n'),
        `The pods in ${ns}: ${
          report.pods
            .filter((p) => p.namespace === ns)
            .map((p) => p.name)
            .join(', ') || 'none'
        }.`,
        events,
      );
    // kubectl 1.34 names the namespace of what it deleted (DeleteOptions.PrintObj).
    const from = minorOf(report.kubernetesVersion) >= 34 ? ` from ${ns} namespace` : '';
    lines.push(`pod "${name}" ${force && grace === 0 ? 'force deleted' : 'deleted'}${from}`);
    events.push({ type: 'pod.delete', pod: pod.key, ...(grace !== undefined ? { gracePeriodSeconds: grace } : {}) });
  }
  return ok(lines.join('\n'), events);
}

/**
 * The grace period `kubectl delete` asks for, as DeleteOptions.Complete and Validate settle it:
 * --now is 1 s; --grace-period=0 without --force becomes 1 s; --force alone is 0 (force deletion);
 * --force with a grace period above 0 is an error. Undefined: the pod's own grace period.
 */
function deleteGracePeriod(flags: FlagValues): { grace: number | undefined; force: boolean } | string {
  const raw = flags['grace-period'];
  if (raw !== undefined && (typeof raw !== 'string' || !/^-?\d+$/.test(raw)))
    return `error: invalid argument "${String(raw)}" for "--grace-period" flag: strconv.ParseInt: parsing "${String(raw)}": invalid syntax`;
  let grace = raw === undefined ? -1 : Number(raw);
  const force = flags.force === true;
  if (flags.now === true) {
    if (grace !== -1) return 'error: --now and --grace-period cannot be specified together';
    grace = 1;
  }
  if (grace === 0 && !force) grace = 1;
  if (force && grace < 0) grace = 0;
  if (force && grace > 0) return 'error: --force and --grace-period greater than 0 cannot be specified together';
  return { grace: grace < 0 ? undefined : grace, force };
}

/** A node's labels on the live cluster (the report keeps only its zone). */
function nodeObjectLabels(context: ReadyContext, name: string): Readonly<Record<string, string>> {
  return context.cluster?.nodes.find((n) => n.metadata.name === name)?.metadata.labels ?? { 'kubernetes.io/hostname': name };
}
