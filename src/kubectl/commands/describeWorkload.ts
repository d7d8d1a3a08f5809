/** `kubectl describe ds|sts|rs|rc`: kubectl's layout (describe.go), with the fields that decide where pods run. */
import type { RoutingReport, Workload } from '../../engine';
import type { ReadyContext } from '../context';
import { formatLabelSelector } from '../formatLabelSelector';
import { labelsText } from '../format';
import { workloadPods, workloadStatus } from '../workloads';

// A key longer than the column keeps one space, as kubectl's DaemonSet count lines ("Desired Number of Nodes Scheduled: 3").
const field = (name: string, value: string) => `${`${name}:`.padEnd(25)} ${value}`;

/**
 * The describe lines of a workload found on the live cluster.
 *
 * @example
 * describeWorkload(daemonSet, report, context)[2]; // "Selector:                 app=node-agent"
 */
export function describeWorkload(workload: Workload, report: RoutingReport, context: ReadyContext): string[] {
  const s = workloadStatus(context, workload);
  const pods = workloadPods(context, workload);
  const t = workload.template;
  const selector =
    workload.kind === 'ReplicationController' ? labelsText(workload.selector.matchLabels) : formatLabelSelector(workload.selector);
  const head = [field('Name', workload.metadata.name), field('Namespace', workload.metadata.namespace), field('Selector', selector)];
  const counts: string[] = [];
  switch (workload.kind) {
    case 'DaemonSet': {
      const strategy = workload.updateStrategy;
      counts.push(
        field('Node-Selector', Object.keys(t.nodeSelector).length ? labelsText(t.nodeSelector) : '<none>'),
        field('Desired Number of Nodes Scheduled', String(s.desired)),
        field('Current Number of Nodes Scheduled', String(s.current)),
        field('Number of Nodes Scheduled with Up-to-date Pods', String(s.updated)),
        field('Number of Nodes Scheduled with Available Pods', String(s.available)),
        field('Number of Nodes Misscheduled', String(s.misscheduled)),
        field(
          'Pods Status',
          `${pods.filter((p) => p.status.ready).length} Running / ${pods.filter((p) => !p.status.ready).length} Waiting / 0 Succeeded / 0 Failed`,
        ),
        field(
          'Update Strategy',
          strategy.type === 'OnDelete'
            ? 'OnDelete'
            : `RollingUpdate (${strategy.maxUnavailable} max unavailable, ${strategy.maxSurge} max surge)`,
        ),
      );
      break;
    }
    case 'StatefulSet': {
      const strategy = workload.updateStrategy;
      const service = report.services.find((x) => x.namespace === workload.metadata.namespace && x.name === workload.serviceName);
      counts.push(
        field('Replicas', `${workload.replicas} desired | ${s.current} total`),
        field('Update Strategy', strategy.type),
        // kubectl prints the partition of a stored rollingUpdate (defaulted to 0), then maxUnavailable when the API server stored it.
        ...(strategy.type === 'RollingUpdate' && !strategy.noRollingUpdate ? [field('  Partition', String(strategy.partition))] : []),
        ...(strategy.type === 'RollingUpdate' && strategy.maxUnavailable !== undefined
          ? [field('  MaxUnavailable', String(strategy.maxUnavailable))]
          : []),
        field('Pod Management Policy', workload.podManagementPolicy),
        field('Pods Status', `${s.ready} Running / ${s.current - s.ready} Waiting / 0 Succeeded / 0 Failed`),
        field(
          'Governing Service',
          !workload.serviceName
            ? '<none> (its pods get no per-pod DNS names)'
            : service
              ? `${workload.serviceName}${service.clusterIP && service.clusterIP !== 'None' ? ` (not headless: clusterIP ${service.clusterIP}; per-pod DNS names need clusterIP: None)` : ' (headless: each pod is <pod>.' + workload.serviceName + '.' + workload.metadata.namespace + '.svc)'}`
              : `${workload.serviceName} (no such Service: its pods get no per-pod DNS names until it exists)`,
        ),
      );
      break;
    }
    default:
      counts.push(
        field('Replicas', `${s.current} current / ${workload.replicas} desired`),
        field('Pods Status', `${s.ready} Running / ${s.current - s.ready} Waiting / 0 Succeeded / 0 Failed`),
      );
  }
  const tolerations = t.tolerations.length
    ? t.tolerations.map((x) => `${x.key ?? ''}${x.operator === 'Exists' ? '' : `=${x.value ?? ''}`}:${x.effect ?? ''}`).join(', ')
    : '<none>';
  return [
    ...head,
    ...counts,
    'Pod Template:',
    `  ${field('Labels', labelsText(t.labels))}`,
    `  ${field('Node-Selectors', Object.keys(t.nodeSelector).length ? labelsText(t.nodeSelector) : '<none>')}`,
    `  ${field('Tolerations', tolerations)}`,
    'Pods:',
    ...(pods.length
      ? pods.map(
          (p) => `  ${p.metadata.name.padEnd(30)} ${(p.spec.nodeName ?? '<none>').padEnd(12)} ${p.status.ready ? 'Ready' : p.status.phase}`,
        )
      : ['  <none>']),
  ];
}
