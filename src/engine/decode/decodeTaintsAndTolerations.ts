/** Node taints and Pod tolerations, validated as validateNodeTaints / ValidateTolerations do. */
import type { TaintEffect, Taint, Toleration } from '../model';
import { notSupported, renderPath, required, invalid } from '../validation/fieldErrors';
import type { ObjectContext } from './objectContext';
import { readObjArray, readString, type Obj } from './read';

export const TAINT_EFFECTS: readonly TaintEffect[] = ['NoExecute', 'NoSchedule', 'PreferNoSchedule'];

function isEffect(value: string): value is TaintEffect {
  return (TAINT_EFFECTS as readonly string[]).includes(value);
}

export function decodeTaints(spec: Obj, ctx: ObjectContext, parent: readonly string[]): Taint[] {
  const taints: Taint[] = [];
  for (const { item, index } of readObjArray(spec, 'taints', ctx, parent)) {
    const path = [...parent, 'taints', index];
    const key = readString(item, 'key', ctx, path) ?? '';
    const value = readString(item, 'value', ctx, path);
    const effect = readString(item, 'effect', ctx, path) ?? '';
    if (!key) ctx.error(path, required(renderPath([...path, 'key'])));
    if (!effect) ctx.error(path, required(renderPath([...path, 'effect'])));
    else if (!isEffect(effect)) ctx.error([...path, 'effect'], notSupported(renderPath([...path, 'effect']), effect, TAINT_EFFECTS));
    if (key && isEffect(effect)) taints.push(value ? { key, value, effect } : { key, effect });
  }
  return taints;
}

export function decodeTolerations(spec: Obj, ctx: ObjectContext, parent: readonly (string | number)[]): Toleration[] {
  const tolerations: Toleration[] = [];
  for (const { item, index } of readObjArray(spec, 'tolerations', ctx, parent)) {
    const path = [...parent, 'tolerations', index];
    const key = readString(item, 'key', ctx, path) ?? '';
    const operator = readString(item, 'operator', ctx, path) || 'Equal';
    const value = readString(item, 'value', ctx, path) ?? '';
    const effect = readString(item, 'effect', ctx, path) ?? '';
    if (operator !== 'Equal' && operator !== 'Exists') {
      ctx.error([...path, 'operator'], notSupported(renderPath([...path, 'operator']), operator, ['Equal', 'Exists']));
      continue;
    }
    if (operator === 'Exists' && value) {
      ctx.error(
        [...path, 'operator'],
        invalid(renderPath([...path, 'operator']), operator, "value must be empty when `operator` is 'Exists'"),
      );
      continue;
    }
    if (!key && operator !== 'Exists') {
      ctx.error(
        [...path, 'operator'],
        invalid(
          renderPath([...path, 'operator']),
          operator,
          'operator must be Exists when `key` is empty, which means "match all values and all keys"',
        ),
      );
      continue;
    }
    if (effect && !isEffect(effect)) {
      ctx.error([...path, 'effect'], notSupported(renderPath([...path, 'effect']), effect, TAINT_EFFECTS));
      continue;
    }
    const toleration: Toleration = { operator };
    if (key) toleration.key = key;
    if (value) toleration.value = value;
    if (effect) toleration.effect = effect as TaintEffect;
    tolerations.push(toleration);
  }
  return tolerations;
}
