/** The lab's shell scripts: setup.sh, hit.sh and steps.sh (bash, checked with shellcheck in CI). */
import type { ClientRoute, RoutingReport } from '../../engine';
import { shellQuote } from './eventCommands';
import { type ClusterSettings, minikubeStart } from './kindConfig';
import type { LabTool } from './labTypes';
import type { LabNode } from './nodeNames';

/** Labels the kubelet or the tool set itself; setting them again would fight them. */
const OWN_LABELS =
  /^(kubernetes\.io\/(hostname|os|arch)|beta\.kubernetes\.io\/|node-role\.kubernetes\.io\/(control-plane|master)$|minikube\.k8s\.io\/)/;

const HEADER = (what: string) => `#!/usr/bin/env bash\n# ${what}\nset -euo pipefail\ncd "$(dirname "$0")"\n`;

function nodeLines(node: LabNode): string[] {
  const lines: string[] = [];
  const labels = Object.entries(node.labels).filter(([key]) => !OWN_LABELS.test(key));
  if (labels.length) lines.push(`kubectl label node ${node.real} ${labels.map(([k, v]) => shellQuote(`${k}=${v}`)).join(' ')} --overwrite`);
  const hasPlaneTaint = node.taints.some((t) => t.key === 'node-role.kubernetes.io/control-plane');
  if (node.role === 'control-plane' && !hasPlaneTaint) {
    lines.push(`kubectl taint node ${node.real} node-role.kubernetes.io/control-plane:NoSchedule- 2>/dev/null || true`);
  }
  for (const taint of node.taints) {
    const spec = `${taint.key}${taint.value ? `=${taint.value}` : ''}:${taint.effect}`;
    lines.push(`kubectl taint node ${node.real} ${shellQuote(spec)} --overwrite`);
  }
  if (node.unschedulable) lines.push(`kubectl cordon ${node.real}`);
  return lines;
}

export interface SetupInput {
  tool: LabTool;
  settings: ClusterSettings;
  manifestFiles: readonly string[];
  /** Rollouts to wait for, "resource namespace/name" (deployment, daemonset, statefulset). */
  rollouts: readonly string[];
  /** Bare pods to wait for, "namespace/name". */
  pods: readonly string[];
}

/** setup.sh: create the cluster, shape its nodes like the workspace's, apply, wait. */
export function setupScript(input: SetupInput): string {
  const { tool, settings } = input;
  const create =
    tool === 'kind'
      ? [
          `kind create cluster --config kind-config.yaml \${KIND_NODE_IMAGE:+--image "$KIND_NODE_IMAGE"}`,
          `kubectl config use-context kind-${settings.cluster}`,
        ]
      : [minikubeStart(settings), `kubectl config use-context ${shellQuote(settings.cluster)}`];
  const mapping = settings.nodes.map(
    (n) => `echo "  ${n.real.padEnd(28)} ← ${n.added ? '(added: kind and minikube need a control plane)' : n.name}"`,
  );
  const wait = [
    ...input.rollouts.map((rollout) => {
      const [resource, key] = rollout.split(' ') as [string, string];
      const [ns, name] = key.split('/');
      return `kubectl rollout status ${resource} -n ${shellQuote(ns!)} ${shellQuote(name!)} --timeout=180s`;
    }),
    ...input.pods.map((key) => {
      const [ns, name] = key.split('/');
      return `kubectl wait pod -n ${shellQuote(ns!)} ${shellQuote(name!)} --for=condition=Ready --timeout=180s`;
    }),
  ];
  return [
    HEADER(`Creates the ${tool} cluster "${settings.cluster}" and recreates the workspace on it.`),
    ...create,
    '',
    'echo "Nodes (real name ← workspace name):"',
    ...mapping,
    '',
    "# Labels and taints as the workspace's Nodes have them.",
    ...settings.nodes.flatMap(nodeLines),
    '',
    ...input.manifestFiles.map((file) => `kubectl apply -f ${shellQuote(`manifests/${file}`)}`),
    '',
    ...(wait.length ? ['# Wait until the workloads run.', ...wait] : []),
    'kubectl get pods -o wide -A --field-selector metadata.namespace!=kube-system',
    '',
  ].join('\n');
}

/** hit.sh: the article's request loop, from each client pod to each Service it uses, counting the answers. */
export function hitScript(report: RoutingReport, routes: readonly ClientRoute[], nodes: readonly LabNode[], requests: number): string {
  const calls = routes.map((route) => {
    const client = report.pods.find((p) => p.key === route.from);
    const [ns, name] = route.from.split('/') as [string, string];
    const [svcNs, svc] = route.service.split('/') as [string, string];
    let target = shellQuote(name);
    if (client?.generated) {
      const selector = Object.entries(client.labels)
        .filter(([k]) => k !== 'pod-template-hash')
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
      const node = client.node ? nodes.find((n) => n.name === client.node)?.real : undefined;
      target = `"$(kubectl get pod -n ${shellQuote(ns)} -l ${shellQuote(selector)}${node ? ` --field-selector spec.nodeName=${node}` : ''} -o jsonpath='{.items[0].metadata.name}')"`;
    }
    return `hit ${shellQuote(ns)} ${target} ${shellQuote(`${svc}.${svcNs}.svc`)} ${route.port}`;
  });
  return [
    HEADER(
      'Sends COUNT requests (default ' + requests + ') from each client pod to each Service and counts the answers, like the article.',
    ),
    `count="\${1:-${requests}}"`,
    '',
    '# hit NAMESPACE POD HOST PORT: the answers counted like `sort | uniq -c`. The server must name itself',
    '# in its answer (the seed demo\'s http-echo says "Hello from <pod>") for the counts to tell pods apart.',
    "# The loop runs in the client pod's own shell, so its $-expressions are meant to stay unexpanded here.",
    '# shellcheck disable=SC2016',
    'hit() {',
    '  echo "== $2 → $3:$4 ($count requests)"',
    '  kubectl exec -n "$1" "$2" -- sh -c \'i=0; while [ "$i" -lt "$1" ]; do wget -qO- -T 2 "http://$2:$3/" 2>/dev/null || echo "(no answer)"; i=$((i + 1)); done\' hit "$count" "$3" "$4" | sort | uniq -c',
    '}',
    '',
    ...(calls.length ? calls : ['echo "No client pod sends to a Service in this workspace."']),
    '',
  ].join('\n');
}

export interface LabStep {
  title: string;
  lines: readonly string[];
}

/** steps.sh: each timeline event as the command that does it, one step at a time, each followed by hit.sh. */
export function stepsScript(steps: readonly LabStep[]): string {
  const body = steps.length
    ? steps.flatMap((step, i) => [`step ${i + 1} ${shellQuote(step.title)}`, ...step.lines, 'after', ''])
    : ['echo "The workspace has no timeline events: setup.sh and hit.sh are the whole lab."', ''];
  return [
    HEADER('The timeline, step by step: each step runs its command, then hit.sh counts again. Compare with expected.txt.'),
    '# AUTO=1 runs every step without asking; SETTLE=N waits N seconds (default 15) before counting.',
    'step() {',
    '  echo',
    '  echo "### $2"',
    '  if [ "${AUTO:-}" != 1 ]; then read -r -p "Press Enter to run step $1 " _; fi',
    '}',
    'after() {',
    '  sleep "${SETTLE:-15}"',
    '  ./hit.sh',
    '}',
    '',
    ...body,
  ].join('\n');
}
