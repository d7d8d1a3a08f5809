/**
 * The ReplicaSets a Deployment's controller keeps, as `kubectl get rs` and `get all` list them:
 * one per pod-template-hash, named `<deployment>-<hash>`. The playground keeps no revision
 * history: an old ReplicaSet is listed while it still has pods, the current one always.
 */
import { podTemplateHash, POD_TEMPLATE_HASH_LABEL } from '../../engine';
import type { ReadyContext } from '../context';
import { formatLabelSelector } from '../formatLabelSelector';
import { deployments, podsOf } from '../lookup';
import { containersOf } from '../workloads';
import type { Row } from './getRows';

export function deploymentReplicaSetRows(context: ReadyContext, clusterAge: string): Row[] {
  const rows: Row[] = [];
  for (const d of deployments(context)) {
    const current = podTemplateHash(d);
    const pods = podsOf(context.report, d).filter((p) => !p.terminating);
    const hashes = [...new Set([current, ...pods.map((p) => p.labels[POD_TEMPLATE_HASH_LABEL]).filter((h): h is string => !!h)])];
    const oldPods = pods.filter((p) => p.labels[POD_TEMPLATE_HASH_LABEL] !== current).length;
    for (const hash of hashes) {
      const mine = pods.filter((p) => p.labels[POD_TEMPLATE_HASH_LABEL] === hash);
      if (hash !== current && mine.length === 0) continue;
      const desired = hash === current && oldPods === 0 ? d.replicas : mine.length;
      const ready = mine.filter((p) => p.ready).length;
      const name = `${d.metadata.name}-${hash}`;
      const labels = { ...d.template.labels, [POD_TEMPLATE_HASH_LABEL]: hash };
      const selector = { ...d.selector, matchLabels: { ...d.selector.matchLabels, [POD_TEMPLATE_HASH_LABEL]: hash } };
      const { names, images } = containersOf(d);
      rows.push({
        namespace: d.metadata.namespace,
        name,
        labels,
        cells: [name, String(desired), String(mine.length), String(ready), clusterAge],
        wide: [names, images, formatLabelSelector(selector)],
        object: () => ({
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          metadata: {
            name,
            namespace: d.metadata.namespace,
            labels,
            ownerReferences: [
              { apiVersion: 'apps/v1', kind: 'Deployment', name: d.metadata.name, controller: true, blockOwnerDeletion: true },
            ],
          },
          spec: { replicas: desired, selector: { matchLabels: selector.matchLabels } },
          // The Deployment controller copies minReadySeconds into its ReplicaSets: a pod is available once Ready that long.
          status: { replicas: mine.length, readyReplicas: ready, availableReplicas: d.status?.availableByTemplateHash?.[hash] ?? ready },
        }),
      });
    }
  }
  return rows;
}
