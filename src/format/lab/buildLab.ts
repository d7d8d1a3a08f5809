/**
 * Export → Real cluster lab: the files that recreate the workspace on kind or minikube, from the
 * workspace and the engine's report alone (no network).
 */
import { analyzeFiles, hasErrors } from '../../engine/analyze';
import type { ClusterState, RoutingReport, TimelineEvent } from '../../engine';
import { decodeCluster, parseManifests } from '../../engine';
import { appliedFilePath, eventLines, stepTitle } from './eventCommands';
import { expectedBlock, labRoutes } from './expectedCounts';
import { kindConfig, type ClusterSettings } from './kindConfig';
import { labManifests, manifestText } from './labManifests';
import { labReadme } from './labReadme';
import { hitScript, setupScript, stepsScript, type LabStep } from './labScripts';
import type { Lab, LabFile, LabInput } from './labTypes';
import { mapNodes } from './nodeNames';

function workspaceNodes(cluster: ClusterState) {
  return cluster.nodes.map((node) => ({
    name: node.metadata.name,
    role: node.controlPlane ? ('control-plane' as const) : ('worker' as const),
    labels: node.metadata.labels,
    taints: node.taints.map((t) => ({ key: t.key, ...(t.value ? { value: t.value } : {}), effect: t.effect })),
    unschedulable: node.unschedulable,
  }));
}

/** Gates the workspace sets away from the version's defaults, control plane and kube-proxy together. */
function changedGates(input: LabInput, cluster: ClusterState): Record<string, boolean> {
  const gates: Record<string, boolean> = { ...(input.options?.featureGates ?? {}) };
  for (const [gate, value] of Object.entries(cluster.kubeProxy.featureGates)) if (typeof value === 'boolean') gates[gate] = value;
  return gates;
}

/** The report after the first `count` events, when the cluster has settled until the next one. */
function reportAfter(input: LabInput, events: readonly TimelineEvent[], count: number): RoutingReport {
  const applied = events.slice(0, count);
  const now = count < events.length ? events[count]!.at : (applied.at(-1)?.at ?? 0) + 60;
  return analyzeFiles(input.files, { ...input.options, timeline: { events: applied, now } });
}

/**
 * @example
 * const lab = buildLab({ tool: 'minikube', files: seedDemo.files });
 * lab.files.map((f) => f.path); // ['README.md', 'setup.sh', 'hit.sh', 'steps.sh', 'expected.txt', 'manifests/…']
 */
export function buildLab(input: LabInput): Lab {
  const requests = input.requests ?? 20;
  const events = input.events ?? [];
  const report = analyzeFiles(input.files, input.options ?? {});
  if (hasErrors(report.diagnostics)) {
    return { files: [], error: 'The workspace has errors: fix them first, so the lab applies what the playground shows.' };
  }
  const parsed = parseManifests(input.files);
  const { cluster } = decodeCluster(parsed.documents, { version: report.kubernetesVersion });
  const { cluster: name, nodes } = mapNodes(input.tool, workspaceNodes(cluster));
  const settings: ClusterSettings = {
    cluster: name,
    version: report.kubernetesVersion,
    nodes,
    proxyMode: report.proxyMode,
    ...(report.ipvsScheduler ? { ipvsScheduler: report.ipvsScheduler } : {}),
    featureGates: changedGates(input, cluster),
  };

  const { manifests, skipped } = labManifests(
    parsed.documents.map((d) => ({ file: d.source.file, object: d.object })),
    nodes,
  );
  const manifestFiles = manifests.map((m) => m.file.split('/').pop()!);

  const steps: LabStep[] = [];
  const applied: LabFile[] = [];
  const expected = [
    '# What the playground predicts hit.sh counts: shares, not exact numbers (kube-proxy picks at random).',
    '',
    expectedBlock('Setup: the files as written', report, nodes, requests),
  ];
  let before = report;
  events.forEach((event, i) => {
    const title = stepTitle(event, i);
    steps.push({ title, lines: eventLines(event.event, { tool: input.tool, cluster: name, nodes, pods: before.pods }, i) });
    if (event.event.type === 'apply') applied.push({ path: appliedFilePath(event.event.file, i), text: event.event.text });
    before = reportAfter(input, events, i + 1);
    expected.push('', expectedBlock(title, before, nodes, requests));
  });

  const rollouts = [
    ...cluster.deployments.map((d) => `deployment ${d.metadata.namespace}/${d.metadata.name}`),
    ...(cluster.workloads?.daemonSets ?? []).map((d) => `daemonset ${d.metadata.namespace}/${d.metadata.name}`),
    ...(cluster.workloads?.statefulSets ?? []).map((d) => `statefulset ${d.metadata.namespace}/${d.metadata.name}`),
  ];
  const pods = cluster.pods.filter((p) => !p.owner).map((p) => `${p.metadata.namespace}/${p.metadata.name}`);
  const files: LabFile[] = [
    { path: 'README.md', text: labReadme({ tool: input.tool, settings, report, skipped, steps: steps.length }) },
    ...(input.tool === 'kind' ? [{ path: 'kind-config.yaml', text: kindConfig(settings) }] : []),
    { path: 'setup.sh', text: setupScript({ tool: input.tool, settings, manifestFiles, rollouts, pods }), executable: true },
    { path: 'hit.sh', text: hitScript(report, labRoutes(report), nodes, requests), executable: true },
    { path: 'steps.sh', text: stepsScript(steps), executable: true },
    { path: 'expected.txt', text: `${expected.join('\n')}\n` },
    ...manifests.map((m) => ({ path: `manifests/${m.file.split('/').pop()!}`, text: manifestText(m) })),
    ...applied,
  ];
  return { files };
}
