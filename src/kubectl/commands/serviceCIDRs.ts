/**
 * `kubectl get servicecidr` and `kubectl describe servicecidr`: the API server's `kubernetes`
 * ServiceCIDR and the ones the files declare, as kubectl's printServiceCIDR (NAME, CIDRS, AGE) and
 * describeServiceCIDRV1 print them. Before 1.33 the API exists only when the files declare one
 * (the cluster then enabled the alpha/beta API), as on a real cluster.
 */
import { serviceCIDRObjects, type ServiceCIDRObject } from '../../engine';
import type { ReadyContext } from '../context';
import type { Row } from './get';

const NO_API = (version: string) =>
  `Kubernetes ${version} serves ServiceCIDR only when kube-apiserver runs with the MultiCIDRServiceAllocator gate and --runtime-config (networking.k8s.io/v1 is GA in 1.33); declare one in the files to model such a cluster.`;

/** The ServiceCIDRs of the live cluster, or the reason the version has no such resource. */
export function serviceCIDRList(context: ReadyContext): { ok: true; items: ServiceCIDRObject[] } | { ok: false; hint: string } {
  const version = context.report.kubernetesVersion;
  const items = serviceCIDRObjects({ version, serviceCIDRs: context.cluster?.serviceCIDRs });
  return items ? { ok: true, items } : { ok: false, hint: NO_API(version) };
}

export function serviceCIDRRows(items: readonly ServiceCIDRObject[], clusterAge: string): Row[] {
  return items.map((c) => ({
    name: c.name,
    labels: {},
    cells: [c.name, c.cidrs.join(','), clusterAge],
    wide: [],
    object: () => serviceCIDRObject(c),
  }));
}

/** The object as `kubectl get servicecidr NAME -o yaml` shows it: spec.cidrs and the Ready condition. */
export function serviceCIDRObject(cidr: ServiceCIDRObject): Record<string, unknown> {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'ServiceCIDR',
    metadata: { name: cidr.name },
    spec: { cidrs: cidr.cidrs },
    status: { conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: '2025-01-01T00:00:00Z', message: '', reason: '' }] },
  };
}

/** describeServiceCIDRV1: name, labels, annotations, CIDRs (joined with ", "), then the conditions. */
export function describeServiceCIDR(cidr: ServiceCIDRObject): string[] {
  return [
    'Name:         ' + cidr.name,
    'Labels:       <none>',
    'Annotations:  <none>',
    'CIDRs:        ' + cidr.cidrs.join(', '),
    'Status:',
    'Conditions:',
    '  Type   Status  LastTransitionTime               Reason  Message',
    '  ----   ------  ------------------               ------  -------',
    '  Ready  True    Wed, 01 Jan 2025 00:00:00 +0000',
  ];
}
