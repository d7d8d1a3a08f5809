/**
 * The rows `kubectl get` prints for each kind, with the columns of kubectl's printers
 * (pkg/printers/internalversion/printers.go), and the API object behind each row for `-o yaml`,
 * `-o jsonpath`, `-o custom-columns` and `--sort-by`.
 */
import { timestampAt, type RoutingReport, type ServiceSummary } from '../../engine';
import { deploymentObject, nodeObject, podObject, serviceObjectFor } from '../apiObjects';
import type { ReadyContext } from '../context';
import { deploymentStatus } from '../deploymentStatus';
import { age, labelsText, none } from '../format';
import { formatLabelSelector } from '../formatLabelSelector';
import { deployments, serviceObject } from '../lookup';
import type { ResourceKind } from '../resources';
import { containersOf } from '../workloads';
import { deploymentReplicaSetRows } from './deploymentReplicaSets';
import { endpointsRows } from './endpointsRows';
import { eventRows } from './eventRows';
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

export const HEADERS: Record<ResourceKind, string[]> = {
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
  Endpoints: ['NAME', 'ENDPOINTS', 'AGE'],
  Event: ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
  ServiceCIDR: ['NAME', 'CIDRS', 'AGE'],
};

export const WIDE: Record<ResourceKind, string[]> = {
  // printNode: the playground reads no status.nodeInfo, so the last three are <unknown>, as kubectl prints an empty one.
  Node: ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'],
  Pod: ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
  Service: ['SELECTOR'],
  Deployment: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  EndpointSlice: [],
  PodDisruptionBudget: [],
  DaemonSet: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  StatefulSet: ['CONTAINERS', 'IMAGES'],
  ReplicaSet: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  ReplicationController: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  Endpoints: [],
  Event: ['SUBOBJECT', 'SOURCE', 'FIRST SEEN', 'COUNT', 'NAME'],
  ServiceCIDR: [],
};

/**
 * A row's columns with `-o wide`'s, in the order the printer's column definitions give them: after
 * the others, except an Event's SUBOBJECT and SOURCE, which come before MESSAGE (printers.go's
 * eventColumnDefinitions: Last Seen, Type, Reason, Object, Subobject, Source, Message, First Seen,
 * Count, Name).
 */
export function withWide<T>(kind: ResourceKind, cells: readonly T[], wide: readonly T[]): T[] {
  if (kind === 'Event') return [...cells.slice(0, 4), ...wide.slice(0, 2), ...cells.slice(4), ...wide.slice(2)];
  return [...cells, ...wide];
}

/** The printer's clip of a load balancer's addresses outside `-o wide` (loadBalancerWidth). */
const LOAD_BALANCER_WIDTH = 16;

/**
 * EXTERNAL-IP as getServiceExternalIP writes it: external IPs, the load balancer's ingress (sorted,
 * clipped to 16 characters outside `-o wide`) or `<pending>`, and an ExternalName's name.
 *
 * @example
 * serviceExternalIP({ type: 'LoadBalancer', externalIPs: [], ingress: [] }, false); // "<pending>"
 */
export function serviceExternalIP(
  service: { type: string; externalIPs: readonly string[]; ingress: readonly string[]; externalName?: string },
  wide: boolean,
): string {
  switch (service.type) {
    case 'ClusterIP':
    case 'NodePort':
      return service.externalIPs.length ? service.externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      let lb = [...new Set(service.ingress)].sort().join(',');
      if (!wide && lb.length > LOAD_BALANCER_WIDTH) lb = `${lb.slice(0, LOAD_BALANCER_WIDTH - 3)}...`;
      if (service.externalIPs.length) return [...(lb ? lb.split(',') : []), ...service.externalIPs].join(',');
      return lb || '<pending>';
    }
    case 'ExternalName':
      return service.externalName ?? '';
  }
  return '<unknown>';
}

/** PORT(S) as makePortString writes it: `80/TCP`, `80:30080/TCP`, comma separated; `<none>` without ports. */
export function servicePorts(ports: readonly { port: number; nodePort?: number; protocol: string }[]): string {
  return ports.map((p) => (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol}` : `${p.port}/${p.protocol}`)).join(',') || '<none>';
}

function serviceRow(context: ReadyContext, s: ServiceSummary, clusterAge: string, wide: boolean): Row {
  const live = serviceObject(context, s.namespace, s.name);
  const externalName = live?.externalName ?? (s.dns?.kind === 'ExternalName' ? s.dns.answers[0] : undefined);
  const external = serviceExternalIP(
    {
      type: s.type,
      externalIPs: s.externalIPs ?? [],
      ingress: [...(s.loadBalancerIPs ?? []), ...(s.loadBalancerHostnames ?? [])],
      ...(externalName !== undefined ? { externalName } : {}),
    },
    wide,
  );
  // CLUSTER-IP is spec.clusterIPs[0]: "None" for a headless Service, unset (<none>) for ExternalName.
  const clusterIP = s.type === 'ExternalName' ? '<none>' : (s.clusterIPs?.[0] ?? s.clusterIP ?? 'None');
  return {
    namespace: s.namespace,
    name: s.name,
    labels: live?.metadata.labels ?? {},
    cells: [s.name, s.type, clusterIP, external, servicePorts(s.ports), clusterAge],
    wide: [live?.selector ? labelsText(sortedLabels(live.selector)) : '<none>'],
    object: () => serviceObjectFor(context, s),
  };
}

/** labels.FormatLabels sorts the keys. */
function sortedLabels(labels: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every object of a kind on the live cluster, as rows, in no particular order (the caller sorts). */
export function buildRows(kind: ResourceKind, report: RoutingReport, context: ReadyContext, wide: boolean): Row[] {
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
          // getNodeInternalIP: the first InternalIP address; the playground reads no ExternalIP addresses.
          wide: [
            context.cluster?.nodes.find((c) => c.metadata.name === n.name)?.internalIPs?.[0] ?? '<none>',
            '<none>',
            '<unknown>',
            '<unknown>',
            '<unknown>',
          ],
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
          // The simulated clock's moment the pod was created, so --sort-by=.metadata.creationTimestamp orders by age.
          object: () => {
            const live = context.cluster?.pods.find((c) => c.metadata.namespace === p.namespace && c.metadata.name === p.name);
            return podObject(p, live?.metadata.deletionTimestamp, timestampAt(life?.createdAt ?? 0), live?.spec);
          },
        };
      });
    case 'Service':
      return report.services.map((s) => serviceRow(context, s, clusterAge, wide));
    case 'Deployment':
      return deployments(context).map((d) => {
        const status = deploymentStatus(d);
        const { names, images } = containersOf(d);
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
          wide: [names, images, formatLabelSelector(d.selector)],
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
    case 'ReplicaSet':
      return [...workloadRows(kind, context, clusterAge), ...deploymentReplicaSetRows(context, clusterAge)];
    case 'DaemonSet':
    case 'StatefulSet':
    case 'ReplicationController':
      return workloadRows(kind, context, clusterAge);
    case 'Endpoints':
      return endpointsRows(context, clusterAge);
    case 'Event':
      return eventRows(context);
    case 'ServiceCIDR': {
      const list = serviceCIDRList(context);
      return list.ok ? serviceCIDRRows(list.items, clusterAge) : [];
    }
  }
}
