/** Finding the objects a command names, in the report and the live cluster. */
import { allWorkloads, serviceCIDRObjects } from '../engine';
import type { Deployment, PodDisruptionBudget, Service, NodeSummary, PodSummary, RoutingReport, ServiceSummary } from '../engine';
import { failure, type CommandResult, type TerminalContext } from './context';
import { KIND_WORDS, NAMESPACED, PLURAL, resolveKind, type ResourceKind } from './resources';

export function namespaceOf(flags: Record<string, unknown>): string {
  return typeof flags.namespace === 'string' ? flags.namespace : 'default';
}

/** kubectl's NotFound error. */
export function notFound(kind: ResourceKind, name: string): string {
  return `Error from server (NotFound): ${PLURAL[kind]} "${name}" not found`;
}

export const findNode = (report: RoutingReport, name: string): NodeSummary | undefined => report.nodes.find((n) => n.name === name);
export const findPod = (report: RoutingReport, ns: string, name: string): PodSummary | undefined =>
  report.pods.find((p) => p.namespace === ns && p.name === name);
export const findService = (report: RoutingReport, ns: string, name: string): ServiceSummary | undefined =>
  report.services.find((s) => s.namespace === ns && s.name === name);

export function serviceObject(context: TerminalContext, ns: string, name: string): Service | undefined {
  return context.cluster?.services.find((s) => s.metadata.namespace === ns && s.metadata.name === name);
}

export function deployments(context: TerminalContext): Deployment[] {
  return context.cluster?.deployments ?? [];
}

export function findDeployment(context: TerminalContext, ns: string, name: string): Deployment | undefined {
  return deployments(context).find((d) => d.metadata.namespace === ns && d.metadata.name === name);
}

export function podDisruptionBudgets(context: TerminalContext): PodDisruptionBudget[] {
  return context.cluster?.podDisruptionBudgets ?? [];
}

export function findPodDisruptionBudget(context: TerminalContext, ns: string, name: string): PodDisruptionBudget | undefined {
  return podDisruptionBudgets(context).find((b) => b.metadata.namespace === ns && b.metadata.name === name);
}

/**
 * The playground's hint after a NotFound: the namespaces where an object of that kind and name
 * is (a Service named without -n is looked for in default only), or how to list the kind.
 *
 * @example
 * notFoundHint(context, 'Service', 'web', 'kube-system'); // 'There is default/web: add -n default.'
 */
export function notFoundHint(context: TerminalContext, kind: ResourceKind, name: string, ns: string): string {
  const word = KIND_WORDS.find((w) => resolveKind(w) === kind) ?? PLURAL[kind];
  if (!NAMESPACED[kind]) return `Try kubectl get ${word}.`;
  const report = context.report;
  const namespaces = new Set<string>([
    ...(report?.pods ?? []).map((p) => p.namespace),
    ...(report?.services ?? []).map((s) => s.namespace),
    ...deployments(context).map((d) => d.metadata.namespace),
    ...podDisruptionBudgets(context).map((b) => b.metadata.namespace),
    ...allWorkloads(context.cluster?.workloads).map((w) => w.metadata.namespace),
  ]);
  const elsewhere = [...namespaces].filter((other) => other !== ns && namesOf(context, kind, other).includes(name)).sort();
  if (elsewhere.length > 0) return `There is ${elsewhere.map((other) => `${other}/${name}`).join(', ')}: add -n ${elsewhere[0]}.`;
  return `Try kubectl get ${word} -n ${ns}.`;
}

/** kubectl's NotFound error with the playground's hint. */
export function notFoundFailure(context: TerminalContext, kind: ResourceKind, name: string, ns: string): CommandResult {
  return failure(notFound(kind, name), notFoundHint(context, kind, name, ns));
}

/** Pods a Deployment owns (the engine names the owner "Deployment name"). */
export function podsOf(report: RoutingReport, deployment: Deployment): PodSummary[] {
  return report.pods.filter((p) => p.namespace === deployment.metadata.namespace && p.owner === `Deployment ${deployment.metadata.name}`);
}

/** Names of objects of a kind in a namespace (every namespace for `null`), for completion and hints. */
export function namesOf(context: TerminalContext, kind: ResourceKind, ns: string | null): string[] {
  const report = context.report;
  if (!report) return [];
  const inNs = (n: string) => ns === null || n === ns;
  switch (kind) {
    case 'Node':
      return report.nodes.map((n) => n.name);
    case 'Pod':
      return report.pods.filter((p) => inNs(p.namespace)).map((p) => p.name);
    case 'Service':
      return report.services.filter((s) => inNs(s.namespace)).map((s) => s.name);
    case 'Deployment':
      return deployments(context)
        .filter((d) => inNs(d.metadata.namespace))
        .map((d) => d.metadata.name);
    case 'EndpointSlice':
      return report.endpointSlices.filter((s) => inNs(s.metadata.namespace)).map((s) => s.metadata.name);
    case 'PodDisruptionBudget':
      return podDisruptionBudgets(context)
        .filter((b) => inNs(b.metadata.namespace))
        .map((b) => b.metadata.name);
    case 'DaemonSet':
    case 'StatefulSet':
    case 'ReplicaSet':
    case 'ReplicationController':
      return allWorkloads(context.cluster?.workloads)
        .filter((w) => w.kind === kind && inNs(w.metadata.namespace))
        .map((w) => w.metadata.name);
    case 'Endpoints':
      return report.services.filter((s) => inNs(s.namespace)).map((s) => s.name);
    case 'Event':
      return [];
    case 'ServiceCIDR':
      return (serviceCIDRObjects({ version: report.kubernetesVersion, serviceCIDRs: context.cluster?.serviceCIDRs }) ?? []).map(
        (c) => c.name,
      );
  }
}
