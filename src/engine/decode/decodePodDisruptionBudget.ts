/** policy/v1 PodDisruptionBudget, validated as ValidatePodDisruptionBudgetSpec does (policy validation.go). */
import type { IntOrPercent, PodDisruptionBudget } from '../model';
import { formatValue, invalid, notSupported, renderPath, type FieldPath } from '../validation/fieldErrors';
import { PERCENT_MESSAGE, percentOf } from '../validation/intOrPercent';
import type { SourceRef } from '../diagnostics';
import { decodeLabelSelector } from './decodeLabelSelector';
import { decodeObjectMeta } from './decodeObjectMeta';
import type { ObjectContext } from './objectContext';
import { readObj, readString, type Obj } from './read';

const POLICIES = ['AlwaysAllow', 'IfHealthyBudget'] as const;

/**
 * Decodes a PodDisruptionBudget.
 *
 * @example
 * decodePodDisruptionBudget({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'echo' },
 *   spec: { minAvailable: 1, selector: { matchLabels: { app: 'echo' } } } }, ctx, source).minAvailable; // 1
 */
export function decodePodDisruptionBudget(obj: Obj, ctx: ObjectContext, source: SourceRef): PodDisruptionBudget {
  const metadata = decodeObjectMeta(obj, ctx, { namespaced: true, nameRule: 'subdomain' });
  const spec = readObj(obj, 'spec', ctx, []) ?? {};
  const minAvailable = readBound(spec, 'minAvailable', ctx);
  const maxUnavailable = readBound(spec, 'maxUnavailable', ctx);
  if (minAvailable !== undefined && maxUnavailable !== undefined) ctx.error(['spec'], invalid('spec', spec, 'minAvailable and maxUnavailable cannot be both set'));
  const selectorObj = readObj(spec, 'selector', ctx, ['spec']);
  const written = readString(spec, 'unhealthyPodEvictionPolicy', ctx, ['spec']);
  if (written !== undefined && !(POLICIES as readonly string[]).includes(written)) {
    ctx.error(['spec', 'unhealthyPodEvictionPolicy'], notSupported('spec.unhealthyPodEvictionPolicy', written, POLICIES));
  }
  const pdb: PodDisruptionBudget = {
    metadata,
    unhealthyPodEvictionPolicy: written === 'AlwaysAllow' ? 'AlwaysAllow' : 'IfHealthyBudget',
    source,
  };
  if (selectorObj) pdb.selector = decodeLabelSelector(selectorObj, ctx, ['spec', 'selector']);
  if (minAvailable !== undefined) pdb.minAvailable = minAvailable;
  if (maxUnavailable !== undefined) pdb.maxUnavailable = maxUnavailable;
  return pdb;
}

/** An IntOrString bound: ValidatePositiveIntOrPercent and IsNotMoreThan100Percent. */
function readBound(spec: Obj, key: 'minAvailable' | 'maxUnavailable', ctx: ObjectContext): IntOrPercent | undefined {
  const value = spec[key];
  if (value === undefined || value === null) return undefined;
  const path: FieldPath = ['spec', key];
  const field = renderPath(path);
  if (typeof value !== 'string' && !(typeof value === 'number' && Number.isInteger(value))) {
    ctx.error(path, `${field}: Invalid value: ${formatValue(value)}: cannot unmarshal ${Array.isArray(value) ? 'array' : typeof value} into a field of type intstr.IntOrString`);
    return undefined;
  }
  if (typeof value === 'string') {
    const percent = percentOf(value);
    if (percent === undefined) ctx.error(path, invalid(field, value, PERCENT_MESSAGE));
    else if (percent > 100) ctx.error(path, invalid(field, value, 'must not be greater than 100%'));
  } else if (value < 0) ctx.error(path, invalid(field, value, 'must be greater than or equal to 0'));
  return value;
}
