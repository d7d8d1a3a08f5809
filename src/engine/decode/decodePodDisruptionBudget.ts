/** policy/v1 PodDisruptionBudget, validated as ValidatePodDisruptionBudgetSpec does (policy validation.go). */
import type { IntOrPercent, PodDisruptionBudget } from '../model';
import { invalid, notSupported } from '../validation/fieldErrors';
import { intOrPercentProblems } from '../validation/intOrPercent';
import type { SourceRef } from '../diagnostics';
import { decodeLabelSelector } from './decodeLabelSelector';
import { decodeObjectMeta } from './decodeObjectMeta';
import type { ObjectContext } from './objectContext';
import { readIntOrPercent, readObj, readString, type Obj } from './read';

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
  if (minAvailable !== undefined && maxUnavailable !== undefined)
    ctx.error(['spec'], invalid('spec', spec, 'minAvailable and maxUnavailable cannot be both set'));
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
  const value = readIntOrPercent(spec, key, ctx, SPEC_PATH);
  if (value !== undefined) for (const problem of intOrPercentProblems(value, `spec.${key}`, true)) ctx.error([...SPEC_PATH, key], problem);
  return value;
}

const SPEC_PATH = ['spec'] as const;
