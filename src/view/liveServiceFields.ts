/**
 * The toolbar's Service settings against the live cluster: when cluster events (a `kubectl patch`
 * in the terminal, a timeline event) changed a field, the toolbar shows the live value, says that
 * it differs from the files, and a choice patches the live cluster the same way.
 */
import type { DriftEntry, ServiceSummary } from '../engine';

export type LiveServiceField = 'trafficDistribution' | 'internalTrafficPolicy' | 'externalTrafficPolicy' | 'type' | 'sessionAffinity';

/** The field's live value, as the report of the cluster at the timeline's cursor has it. */
function liveValue(service: ServiceSummary, field: LiveServiceField): string | undefined {
  return service[field];
}

/**
 * The live value of `field` when cluster events made it differ from the files, else null (the
 * files' value is what is live).
 *
 * @example
 * liveOverride(drift, report.services[0], 'internalTrafficPolicy'); // 'Local' after `kubectl patch … Local`
 */
export function liveOverride(
  drift: readonly DriftEntry[],
  service: ServiceSummary | undefined,
  field: LiveServiceField,
): { value: string | undefined } | null {
  if (!service) return null;
  const entry = drift.find((d) => d.kind === 'Service' && d.key === service.key && d.change === 'modified');
  if (!entry || !entry.fields.some((f) => f === `spec.${field}` || f === 'spec')) return null;
  return { value: liveValue(service, field) };
}

/** A shell word for a JSON patch (single quotes, as in the Kubernetes docs). */
const quoted = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * The `kubectl patch` that sets (or with undefined removes) a Service field on the live cluster.
 *
 * @example
 * patchCommand('default/echo-svc', 'internalTrafficPolicy', 'Cluster');
 * // `kubectl patch svc echo-svc -n default --type merge -p '{"spec":{"internalTrafficPolicy":"Cluster"}}'`
 */
export function patchCommand(serviceKey: string, field: LiveServiceField, value: string | undefined): string {
  const slash = serviceKey.indexOf('/');
  const namespace = slash >= 0 ? serviceKey.slice(0, slash) : 'default';
  const name = slash >= 0 ? serviceKey.slice(slash + 1) : serviceKey;
  const patch = JSON.stringify({ spec: { [field]: value ?? null } });
  return `kubectl patch svc ${name} -n ${namespace} --type merge -p ${quoted(patch)}`;
}
