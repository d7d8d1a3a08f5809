/** `kubectl describe <kind> <name>`: the fields that matter for routing, in kubectl's layout. */
import { formatShare, type RoutingReport, type ServiceSummary } from '../../engine';
import { failure, ok, type CommandResult, type ReadyContext } from '../context';
import { deploymentStatus } from '../deploymentStatus';
import { labelsText, none } from '../format';
import type { FlagValues } from '../parseCommandLine';
import {
  findDeployment,
  findNode,
  findPod,
  findPodDisruptionBudget,
  findService,
  namespaceOf,
  notFound,
  notFoundFailure,
  podsOf,
  serviceObject,
} from '../lookup';
import { objectRef, PLURAL, type ResourceKind } from '../resources';
import { findWorkload } from '../workloads';
import { describePodDisruptionBudget } from './podDisruptionBudgets';
import { describeWorkload } from './describeWorkload';
import { describeServiceCIDR, serviceCIDRList } from './serviceCIDRs';

const field = (name: string, value: string) => `${`${name}:`.padEnd(26)}${value}`;

/** "DaemonSet/node-agent"; a Deployment's pods name their ReplicaSet's owner. */
function controlledBy(owner: string | undefined): string {
  if (!owner) return '<none>';
  return owner.startsWith('Deployment ') ? `ReplicaSet of ${owner}` : owner.replace(' ', '/');
}

/**
 * A dual-stack Service: what kube-proxy's proxier of each family does, node by node (one line per
 * node and port), since each serves its family's cluster IP from that family's EndpointSlices only.
 */
function describeFamilies(service: ServiceSummary, report: RoutingReport): string[] {
  if (!report.secondaryFamily || !service.ipFamilies || service.ipFamilies.length < 2) return [];
  const groups = [...report.serviceViews, ...report.secondaryFamily.serviceViews].filter(
    (g) => g.service === service.key && g.ipFamily && g.traffic === 'internal',
  );
  const lines = ['', 'kube-proxy per IP family (one proxier each):'];
  for (const family of service.ipFamilies) {
    const ip = service.clusterIPs?.[service.ipFamilies.indexOf(family)] ?? '';
    for (const group of groups.filter((g) => g.ipFamily === family)) {
      lines.push(`  ${family} ${family === 'IPv6' ? `[${ip}]` : ip}:${group.port}/${group.protocol}`);
      for (const cls of group.classes)
        lines.push(
          `    ${cls.nodes.join(', ')}: ${cls.verdict}${cls.endpoints.length ? ` → ${cls.endpoints.map((e) => `${e.ip.includes(':') ? `[${e.ip}]` : e.ip}:${e.port} ${formatShare(e.weight)}`).join(', ')}` : ''}`,
        );
    }
  }
  return lines;
}

export function describe(args: string[], flags: FlagValues, context: ReadyContext): CommandResult {
  const report = context.report;
  const parsed = objectRef(args, 'the type of resource to describe');
  if (!parsed.ok) return failure(parsed.error, parsed.hint);
  const { kind, name } = parsed.ref;
  const ns = namespaceOf(flags);
  if (kind === 'Endpoints' || kind === 'Event' || kind === 'EndpointSlice')
    return failure(
      `error: kubectl describe ${kind.toLowerCase()} is not supported by the playground`,
      `Use kubectl get ${PLURAL[kind]} ${name} -o yaml${kind === 'Endpoints' ? `, or kubectl describe svc ${name} for its endpoints` : ''}.`,
    );
  if (kind === 'ServiceCIDR') {
    const list = serviceCIDRList(context);
    if (!list.ok) return failure(`error: the server doesn't have a resource type "servicecidrs"`, list.hint);
    const cidr = list.items.find((c) => c.name === name);
    return cidr ? ok(describeServiceCIDR(cidr).join('\n')) : failure(notFound(kind, name), 'Try kubectl get servicecidr.');
  }
  const lines = describeLines(kind, name, ns, report, context);
  return lines ? ok(lines.join('\n')) : notFoundFailure(context, kind, name, ns);
}

function describeLines(kind: ResourceKind, name: string, ns: string, report: RoutingReport, context: ReadyContext): string[] | undefined {
  switch (kind) {
    case 'Node': {
      const node = findNode(report, name);
      if (!node) return undefined;
      const pods = report.pods.filter((p) => p.node === name);
      return [
        field('Name', node.name),
        field('Roles', node.controlPlane ? 'control-plane' : '<none>'),
        field(
          'Labels',
          [`kubernetes.io/hostname=${node.name}`, ...(node.zone ? [`topology.kubernetes.io/zone=${node.zone}`] : [])].join(
            '\n' + ' '.repeat(26),
          ),
        ),
        field('Taints', node.taints.length ? node.taints.join('\n' + ' '.repeat(26)) : '<none>'),
        field('Unschedulable', String(!node.schedulable)),
        'Conditions:',
        `  Ready   ${node.ready ? 'True      KubeletReady              kubelet is posting ready status' : 'Unknown   NodeStatusUnknown         Kubelet stopped posting node status.'}`,
        field('Allocatable cpu', `${node.allocatableCpuMilli}m`),
        `Non-terminated Pods:      (${pods.filter((p) => !p.terminating).length} in total)`,
        ...pods.map((p) => `  ${p.namespace.padEnd(12)}${p.name}${p.terminating ? ' (Terminating)' : ''}`),
      ];
    }
    case 'Pod': {
      const pod = findPod(report, ns, name);
      if (!pod) return undefined;
      const life = context.lifecycle?.[pod.key];
      return [
        field('Name', pod.name),
        field('Namespace', pod.namespace),
        field('Node', pod.node ? `${pod.node}${pod.zone ? ` (zone ${pod.zone})` : ''}` : '<none>'),
        field('Labels', labelsText(pod.labels)),
        field('Status', life?.reason ?? (pod.terminating ? 'Terminating' : pod.phase)),
        field('IP', none(pod.ip)),
        field('Controlled By', controlledBy(pod.owner)),
        ...(pod.pendingReason ? [field('Pending because', pod.pendingReason)] : []),
        'Conditions:',
        `  Ready   ${pod.ready ? 'True' : 'False'}`,
        field('Selected by Services', pod.selectedBy.length ? pod.selectedBy.join(', ') : '<none>'),
      ];
    }
    case 'Service': {
      const service = findService(report, ns, name);
      if (!service) return undefined;
      const live = serviceObject(context, ns, name);
      const slices = report.endpointSlices.filter(
        (s) => s.metadata.namespace === ns && s.metadata.labels['kubernetes.io/service-name'] === name,
      );
      const endpoints = slices.flatMap((s) => s.endpoints);
      const ready = endpoints.filter((e) => e.conditions.ready !== false);
      return [
        field('Name', service.name),
        field('Namespace', service.namespace),
        field('Selector', live?.selector ? labelsText(live.selector) : '<none>'),
        field('Type', service.type),
        ...(service.ipFamilyPolicy ? [field('IP Family Policy', service.ipFamilyPolicy)] : []),
        ...(service.ipFamilies ? [field('IP Families', service.ipFamilies.join(','))] : []),
        field('IP', service.clusterIP ?? 'None'),
        ...(service.clusterIPs ? [field('IPs', service.clusterIPs.join(','))] : []),
        ...(service.dns?.kind === 'ExternalName' ? [field('External Name', service.dns.answers[0] ?? '')] : []),
        ...service.ports.flatMap((p) => [
          field('Port', `${p.name ?? '<unset>'}  ${p.port}/${p.protocol}`),
          field('TargetPort', `${p.targetPort}/${p.protocol}`),
          ...(p.nodePort ? [field('NodePort', `${p.name ?? '<unset>'}  ${p.nodePort}/${p.protocol}`)] : []),
          field(
            'Endpoints',
            ready.length
              ? ready.map((e) => `${e.addresses[0]}:${typeof p.targetPort === 'number' ? p.targetPort : p.port}`).join(',')
              : '<none>',
          ),
        ]),
        field('Session Affinity', service.sessionAffinity),
        ...(service.externalTrafficPolicy ? [field('External Traffic Policy', service.externalTrafficPolicy)] : []),
        field('Internal Traffic Policy', service.internalTrafficPolicy),
        ...(service.trafficDistribution ? [field('Traffic Distribution', service.trafficDistribution)] : []),
        ...(service.topologyMode ? [field('Topology Mode', service.topologyMode)] : []),
        'EndpointSlice endpoints:',
        ...(endpoints.length
          ? endpoints.map((e) => {
              const c = e.conditions;
              const hints = [
                ...(e.hints?.forZones ?? []).map((z) => `zone ${z.name}`),
                ...(e.hints?.forNodes ?? []).map((n) => `node ${n.name}`),
              ];
              return `  ${(e.addresses[0] ?? '').padEnd(15)} ${(e.targetRef?.name ?? '').padEnd(28)} ${(e.nodeName ?? '').padEnd(12)} ready=${c.ready !== false} serving=${c.serving !== false} terminating=${c.terminating === true}${hints.length ? ` hints: ${hints.join(', ')}` : ''}`;
            })
          : ['  <none>']),
        ...(service.dns ? ['', `DNS: ${service.dns.message}`] : []),
        ...describeFamilies(service, report),
      ];
    }
    case 'Deployment': {
      const deployment = findDeployment(context, ns, name);
      if (!deployment) return undefined;
      const pods = podsOf(report, deployment);
      const status = deploymentStatus(deployment);
      const t = deployment.template;
      return [
        field('Name', deployment.metadata.name),
        field('Namespace', deployment.metadata.namespace),
        field('Selector', labelsText(deployment.selector.matchLabels)),
        field(
          'Replicas',
          `${deployment.replicas} desired | ${status.updatedReplicas} updated | ${status.replicas} total | ${status.availableReplicas} available | ${status.unavailableReplicas} unavailable${deployment.paused ? ' (paused)' : ''}`,
        ),
        field('StrategyType', deployment.strategy?.type ?? 'RollingUpdate'),
        field('MinReadySeconds', String(deployment.minReadySeconds ?? 0)),
        ...(deployment.strategy?.type === 'Recreate'
          ? []
          : [
              field(
                'RollingUpdateStrategy',
                `${deployment.strategy?.maxUnavailable ?? '25%'} max unavailable, ${deployment.strategy?.maxSurge ?? '25%'} max surge`,
              ),
            ]),
        'Pod Template:',
        `  ${field('Labels', labelsText(t.labels))}`,
        `  ${field('Node-Selectors', labelsText(t.nodeSelector))}`,
        `  ${field('Tolerations', t.tolerations.length ? t.tolerations.map((x) => `${x.key ?? ''}${x.operator === 'Exists' ? '' : `=${x.value ?? ''}`}:${x.effect ?? ''}`).join(', ') : '<none>')}`,
        `  ${field('Grace period', `${t.terminationGracePeriodSeconds}s`)}`,
        ...(status.conditions.length
          ? [
              'Conditions:',
              '  Type           Status  Reason',
              '  ----           ------  ------',
              ...status.conditions.map((c) => `  ${c.type.padEnd(14)} ${c.status.padEnd(7)} ${c.reason}`),
            ]
          : []),
        'Pods:',
        ...(pods.length
          ? pods.map(
              (p) =>
                `  ${p.name.padEnd(30)} ${(p.node ?? '<none>').padEnd(12)} ${p.terminating ? 'Terminating' : p.ready ? 'Ready' : p.phase}`,
            )
          : ['  <none>']),
      ];
    }
    case 'PodDisruptionBudget': {
      const budget = findPodDisruptionBudget(context, ns, name);
      return budget && describePodDisruptionBudget(budget, context);
    }
    case 'DaemonSet':
    case 'StatefulSet':
    case 'ReplicaSet':
    case 'ReplicationController': {
      const workload = findWorkload(context, kind, ns, name);
      return workload && describeWorkload(workload, report, context);
    }
    default:
      return undefined;
  }
}
