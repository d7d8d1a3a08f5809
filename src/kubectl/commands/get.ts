/** `kubectl get nodes|pods|svc|endpointslices|deploy|pdb [name] [-o wide|yaml|json|name] [-n ns|-A] [-l sel] [-L key]`. */
import { stringify } from 'yaml';
import { alignColumns } from '../../format/textTable';
import type { RoutingReport } from '../../engine';
import { deploymentObject, listOf, nodeObject, podObject, serviceObjectFor } from '../apiObjects';
import { failure, ok, type CommandResult, type ReadyContext } from '../context';
import { deploymentStatus } from '../deploymentStatus';
import type { FlagValues } from '../parseCommandLine';
import { age, labelsText, none } from '../format';
import { parseLabelSelector } from '../labelSelector';
import { deployments, namespaceOf, notFound, serviceObject } from '../lookup';
import { kindOf, NAMESPACED, SINGULAR, type ResourceKind } from '../resources';
import { podDisruptionBudgetRows } from './podDisruptionBudgets';
import { serviceCIDRList, serviceCIDRRows } from './serviceCIDRs';
import { workloadRows } from './workloadRows';

export interface Row {
  namespace?: string;
  name: string;
  labels: Readonly<Record<string, string>>;
  cells: string[];
  wide: string[];
  object: () => Record<string, unknown>;
}

const OUTPUTS = ['wide', 'yaml', 'json', 'name'];

export function get(args: string[], flags: FlagValues, context: ReadyContext): CommandResult {
  const report = context.report;
  if (args.length === 0) return failure('error: you must specify the type of resource to get.', 'e.g. kubectl get pods -o wide');
  let typeWord = args[0]!;
  let names = args.slice(1);
  if (typeWord.includes('/')) {
    typeWord = args[0]!.slice(0, args[0]!.indexOf('/'));
    names = args.map((a) => a.slice(a.indexOf('/') + 1));
  }
  const kind = kindOf(typeWord);
  if (!kind.ok) return failure(kind.error, kind.hint);
  if (kind.kind === 'ServiceCIDR') {
    const served = serviceCIDRList(context);
    if (!served.ok) return failure(`error: the server doesn't have a resource type "${typeWord}"`, served.hint);
  }
  const output = typeof flags.output === 'string' ? flags.output : '';
  if (output && !OUTPUTS.includes(output)) {
    return failure(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: json,name,wide,yaml`);
  }
  const all = flags['all-namespaces'] === true;
  const ns = namespaceOf(flags);
  const namespaced = NAMESPACED[kind.kind];
  let rows = buildRows(kind.kind, report, context).filter((r) => !namespaced || all || r.namespace === ns);
  if (typeof flags.selector === 'string') {
    const selector = parseLabelSelector(flags.selector);
    if (!selector.ok) return failure(selector.error);
    rows = rows.filter((r) => selector.matches(r.labels));
  }
  if (names.length > 0) {
    const picked: Row[] = [];
    const missing: string[] = [];
    for (const name of names) {
      const row = rows.find((r) => r.name === name);
      if (row) picked.push(row);
      else missing.push(notFound(kind.kind, name));
    }
    if (missing.length > 0 && picked.length === 0)
      return failure(missing.join('\n'), `Try kubectl get ${typeWord}${namespaced ? (all ? ' -A' : ` -n ${ns}`) : ''} to list them.`);
    rows = picked;
    if (missing.length > 0) {
      const found = print(kind.kind, rows, output, flags, all && namespaced, false);
      return { ...found, output: `${found.output}\n${missing.join('\n')}`, exitCode: 1 };
    }
  }
  if (rows.length === 0) return ok(namespaced && !all ? `No resources found in ${ns} namespace.` : 'No resources found');
  return print(kind.kind, rows, output, flags, all && namespaced, names.length === 1);
}

function print(kind: ResourceKind, rows: Row[], output: string, flags: FlagValues, withNamespace: boolean, single: boolean): CommandResult {
  if (output === 'yaml')
    return ok(
      stringify(
        listOf(
          rows.map((r) => r.object()),
          single,
        ),
        { lineWidth: 0 },
      ).trimEnd(),
    );
  if (output === 'json')
    return ok(
      JSON.stringify(
        listOf(
          rows.map((r) => r.object()),
          single,
        ),
        null,
        4,
      ),
    );
  if (output === 'name') return ok(rows.map((r) => `${SINGULAR[kind]}/${r.name}`).join('\n'));
  const header = [...HEADERS[kind], ...(output === 'wide' ? WIDE[kind] : [])];
  const labelColumns = (Array.isArray(flags['label-columns']) ? flags['label-columns'] : []).flatMap((c) => c.split(','));
  const showLabels = flags['show-labels'] === true;
  const body = rows.map((r) => [
    ...(withNamespace ? [r.namespace ?? ''] : []),
    ...r.cells,
    ...(output === 'wide' ? r.wide : []),
    ...labelColumns.map((key) => r.labels[key] ?? ''),
    ...(showLabels ? [labelsText(r.labels)] : []),
  ]);
  const columns = [
    ...(withNamespace ? ['NAMESPACE'] : []),
    ...header,
    ...labelColumns.map((k) => (k.split('/').pop() ?? k).toUpperCase()),
    ...(showLabels ? ['LABELS'] : []),
  ];
  return ok(alignColumns([columns, ...body]).join('\n'));
}

const HEADERS: Record<ResourceKind, string[]> = {
  Node: ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'],
  Pod: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
  Service: ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
  Deployment: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
  EndpointSlice: ['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE'],
  PodDisruptionBudget: ['NAME', 'MIN AVAILABLE', 'MAX UNAVAILABLE', 'ALLOWED DISRUPTIONS', 'AGE'],
  DaemonSet: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'NODE SELECTOR', 'AGE'],
  StatefulSet: ['NAME', 'READY', 'AGE'],
  ReplicaSet: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
  ReplicationController: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
  ServiceCIDR: ['NAME', 'CIDRS', 'AGE'],
};
const WIDE: Record<ResourceKind, string[]> = {
  Node: ['INTERNAL-IP', 'TAINTS'],
  Pod: ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
  Service: ['SELECTOR'],
  Deployment: ['SELECTOR'],
  EndpointSlice: [],
  PodDisruptionBudget: [],
  DaemonSet: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  StatefulSet: ['CONTAINERS', 'IMAGES'],
  ReplicaSet: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  ReplicationController: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  ServiceCIDR: [],
};

function buildRows(kind: ResourceKind, report: RoutingReport, context: ReadyContext): Row[] {
  const clusterAge = age(context.now);
  switch (kind) {
    case 'Node':
      return report.nodes.map((n) => {
        const status = [n.ready ? 'Ready' : 'NotReady', ...(n.schedulable ? [] : ['SchedulingDisabled'])].join(',');
        const labels: Record<string, string> = {
          'kubernetes.io/hostname': n.name,
          ...(n.zone ? { 'topology.kubernetes.io/zone': n.zone } : {}),
        };
        const version = `v${report.kubernetesVersion}.0`;
        return {
          name: n.name,
          labels,
          cells: [n.name, status, n.controlPlane ? 'control-plane' : '<none>', clusterAge, version],
          wide: ['<none>', n.taints.length ? n.taints.join(',') : '<none>'],
          object: () => nodeObject(n),
        };
      });
    case 'Pod':
      return report.pods.map((p) => {
        const life = context.lifecycle?.[p.key];
        const status = life?.reason ?? (p.terminating ? 'Terminating' : p.phase);
        return {
          namespace: p.namespace,
          name: p.name,
          labels: p.labels,
          cells: [p.name, `${p.ready ? 1 : 0}/1`, status, String(life?.restarts ?? 0), age(context.now - (life?.createdAt ?? 0))],
          wide: [none(p.ip), none(p.node), '<none>', '<none>'],
          object: () => {
            const live = context.cluster?.pods.find((c) => c.metadata.namespace === p.namespace && c.metadata.name === p.name);
            return podObject(p, live?.metadata.deletionTimestamp, live?.spec);
          },
        };
      });
    case 'Service':
      return report.services.map((s) => {
        const live = serviceObject(context, s.namespace, s.name);
        const ports = s.ports.map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol}`).join(',');
        const externalIPs = [
          ...(s.loadBalancerIPs ?? []),
          ...(s.loadBalancerHostnames ?? []),
          ...(s.externalIPs ?? []),
          ...(s.dns?.kind === 'ExternalName' ? s.dns.answers : []),
        ];
        const external = externalIPs.length ? externalIPs.join(',') : s.type === 'LoadBalancer' ? '<pending>' : '<none>';
        return {
          namespace: s.namespace,
          name: s.name,
          labels: live?.metadata.labels ?? {},
          cells: [s.name, s.type, s.clusterIP ?? 'None', external, ports || '<none>', clusterAge],
          wide: [live?.selector ? labelsText(live.selector) : '<none>'],
          object: () => serviceObjectFor(context, s),
        };
      });
    case 'Deployment':
      return deployments(context).map((d) => {
        const status = deploymentStatus(d);
        return {
          namespace: d.metadata.namespace,
          name: d.metadata.name,
          labels: d.metadata.labels,
          cells: [
            d.metadata.name,
            `${status.readyReplicas}/${d.replicas}`,
            String(status.updatedReplicas),
            String(status.availableReplicas),
            clusterAge,
          ],
          wide: [labelsText(d.selector.matchLabels)],
          object: () => deploymentObject(d),
        };
      });
    case 'EndpointSlice':
      return report.endpointSlices.map((s) => {
        const addresses = s.endpoints.flatMap((e) => e.addresses);
        const shown = addresses.slice(0, 3).join(',') + (addresses.length > 3 ? ` + ${addresses.length - 3} more...` : '');
        return {
          namespace: s.metadata.namespace,
          name: s.metadata.name,
          labels: s.metadata.labels,
          cells: [
            s.metadata.name,
            s.addressType,
            s.ports.map((p) => String(p.port ?? '<unset>')).join(',') || '<unset>',
            shown || '<unset>',
            clusterAge,
          ],
          wide: [],
          object: () => s as unknown as Record<string, unknown>,
        };
      });
    case 'PodDisruptionBudget':
      return podDisruptionBudgetRows(context, clusterAge);
    case 'DaemonSet':
    case 'StatefulSet':
    case 'ReplicaSet':
    case 'ReplicationController':
      return workloadRows(kind, context, clusterAge);
    case 'ServiceCIDR': {
      const list = serviceCIDRList(context);
      return list.ok ? serviceCIDRRows(list.items, clusterAge) : [];
    }
  }
}
