/** spec.nodeSelector and required node affinity (component-helpers scheduling/corev1/nodeaffinity). */
import type { Labels, NodeSelectorRequirement, NodeSelectorTerm, PodSpecTemplate } from '../model';

/**
 * The NodeAffinity filter: every nodeSelector pair must match, and when required node affinity is
 * given, at least one of its terms (terms are ORed, the expressions of a term ANDed).
 *
 * @example
 * podMatchesNodeAffinity({ ...template, nodeSelector: { 'topology.kubernetes.io/zone': 'zone-a' } }, node.metadata.labels);
 */
export function podMatchesNodeAffinity(
  template: Pick<PodSpecTemplate, 'nodeSelector' | 'requiredNodeAffinity'>,
  labels: Labels,
  nodeName?: string,
): boolean {
  for (const key in template.nodeSelector) if (labels[key] !== template.nodeSelector[key]) return false;
  if (template.requiredNodeAffinity.length === 0) return true;
  return matchesNodeSelectorTerms(template.requiredNodeAffinity, labels, nodeName);
}

/**
 * NodeSelectorTerms: ORed. NOTE: a term without expressions selects no node
 * (nodeaffinity.go: "nil or empty term selects no objects").
 *
 * @example
 * matchesNodeSelectorTerms([{ matchExpressions: [{ key: 'disk', operator: 'In', values: ['ssd'] }] }], { disk: 'ssd' }); // true
 */
export function matchesNodeSelectorTerms(terms: readonly NodeSelectorTerm[], labels: Labels, nodeName?: string): boolean {
  for (const term of terms) {
    const fields = term.matchFields ?? [];
    if (term.matchExpressions.length === 0 && fields.length === 0) continue;
    if (!term.matchExpressions.every((req) => matchesNodeSelectorRequirement(req, labels))) continue;
    if (fields.length > 0 && !fields.every((req) => matchesNodeSelectorRequirement(req, nodeFields(nodeName)))) continue;
    return true;
  }
  return false;
}

/** The node's fields matchFields may name: only metadata.name (an unknown node has none). */
function nodeFields(nodeName: string | undefined): Labels {
  return nodeName === undefined ? {} : { [NODE_NAME_FIELD]: nodeName };
}

/** metav1.ObjectNameField, the one field a NodeSelectorTerm's matchFields may select on. */
export const NODE_NAME_FIELD = 'metadata.name';

/**
 * The required node affinity the DaemonSet controller gives each pod it creates
 * (util.ReplaceDaemonSetPodNodeNameNodeAffinity): the template's terms are replaced by one term,
 * `matchFields: metadata.name In [node]`, so the default scheduler binds the pod to that node and
 * no other. The template's own affinity was already checked by NodeShouldRunDaemonPod.
 *
 * @example
 * daemonPodNodeAffinity('node-a1'); // [{ matchExpressions: [], matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-a1'] }] }]
 */
export function daemonPodNodeAffinity(nodeName: string): NodeSelectorTerm[] {
  return [{ matchExpressions: [], matchFields: [{ key: NODE_NAME_FIELD, operator: 'In', values: [nodeName] }] }];
}

/**
 * One requirement, with labels.Requirement semantics: NotIn and DoesNotExist match a node without
 * the key; Gt and Lt compare the label as an integer and fail when it is not one.
 *
 * @example
 * matchesNodeSelectorRequirement({ key: 'cores', operator: 'Gt', values: ['8'] }, { cores: '16' }); // true
 */
export function matchesNodeSelectorRequirement(req: NodeSelectorRequirement, labels: Labels): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, req.key);
  const value = labels[req.key];
  switch (req.operator) {
    case 'In':
      return has && req.values.includes(value!);
    case 'NotIn':
      return !has || !req.values.includes(value!);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    case 'Gt':
    case 'Lt': {
      if (!has || req.values.length !== 1) return false;
      const actual = parseInt64(value!);
      const bound = parseInt64(req.values[0]!);
      if (actual === undefined || bound === undefined) return false;
      return req.operator === 'Gt' ? actual > bound : actual < bound;
    }
  }
}

/** strconv.ParseInt(s, 10, 64). */
function parseInt64(text: string): bigint | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const value = BigInt(text);
  if (value > 9223372036854775807n || value < -9223372036854775808n) return undefined;
  return value;
}
