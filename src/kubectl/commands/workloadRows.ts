/** `kubectl get ds|sts|rs|rc` rows, with the columns of kubectl's printers (pkg/printers/internalversion/printers.go). */
import type { WorkloadKind } from '../../engine';
import type { ReadyContext } from '../context';
import { formatLabelSelector } from '../formatLabelSelector';
import { labelsText } from '../format';
import { containersOf, workloadObject, workloadStatus, workloadsOfKind } from '../workloads';
import type { Row } from './getRows';

/**
 * One row per workload of the kind: DaemonSet DESIRED CURRENT READY UP-TO-DATE AVAILABLE NODE SELECTOR,
 * StatefulSet READY, ReplicaSet and ReplicationController DESIRED CURRENT READY.
 *
 * @example
 * workloadRows('DaemonSet', context, '5m')[0].cells; // ["node-agent", "3", "3", "3", "3", "3", "<none>", "5m"]
 */
export function workloadRows(kind: WorkloadKind, context: ReadyContext, clusterAge: string): Row[] {
  return workloadsOfKind(context, kind).map((w) => {
    const s = workloadStatus(context, w);
    const { names, images } = containersOf(w);
    const selector = w.kind === 'ReplicationController' ? labelsText(w.selector.matchLabels) : formatLabelSelector(w.selector);
    const name = w.metadata.name;
    const cells =
      w.kind === 'DaemonSet'
        ? [
            name,
            String(s.desired),
            String(s.current),
            String(s.ready),
            String(s.updated),
            String(s.available),
            nodeSelector(w.template.nodeSelector),
            clusterAge,
          ]
        : w.kind === 'StatefulSet'
          ? [name, `${s.ready}/${w.replicas}`, clusterAge]
          : [name, String(w.replicas), String(s.current), String(s.ready), clusterAge];
    return {
      namespace: w.metadata.namespace,
      name,
      labels: w.metadata.labels,
      cells,
      wide: w.kind === 'StatefulSet' ? [names, images] : [names, images, selector],
      object: () => workloadObject(context, w),
    };
  });
}

function nodeSelector(selector: Readonly<Record<string, string>>): string {
  return Object.keys(selector).length ? labelsText(selector) : '<none>';
}
