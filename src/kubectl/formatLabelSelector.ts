/** A label selector as kubectl prints it (metav1.FormatLabelSelector). */
import type { LabelSelector, LabelSelectorRequirement } from '../engine';

/**
 * The selector's requirements sorted by key, `key=value`, `key in (a,b)`, `key notin (a,b)`,
 * `key`, `!key`, joined by commas; `<none>` for the empty selector (it selects everything).
 *
 * @example
 * formatLabelSelector({ matchLabels: { app: 'echo' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['b', 'a'] }] });
 * // "app=echo,tier in (a,b)"
 */
export function formatLabelSelector(selector: LabelSelector): string {
  const requirements = [
    ...Object.entries(selector.matchLabels).map(([key, value]) => ({ key, text: `${key}=${value}` })),
    ...selector.matchExpressions.map((r) => ({ key: r.key, text: requirementText(r) })),
  ];
  // NOTE: labels.internalSelector sorts by key only; the sort is stable, so ties keep their order.
  requirements.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return requirements.length ? requirements.map((r) => r.text).join(',') : '<none>';
}

function requirementText(r: LabelSelectorRequirement): string {
  const values = [...r.values].sort();
  switch (r.operator) {
    case 'Exists':
      return r.key;
    case 'DoesNotExist':
      return `!${r.key}`;
    case 'In':
      return `${r.key} in (${values.join(',')})`;
    case 'NotIn':
      return `${r.key} notin (${values.join(',')})`;
  }
}
