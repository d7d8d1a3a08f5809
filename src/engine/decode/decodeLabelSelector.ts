/** metav1.LabelSelector and core NodeSelectorTerms, validated as apimachinery/core validation does. */
import type { LabelSelector, LabelSelectorRequirement, NodeSelectorRequirement, NodeSelectorTerm } from '../model';
import { forbidden, invalid, renderPath, required } from '../validation/fieldErrors';
import { isQualifiedName, isValidLabelValue } from '../validation/labels';
import { validateLabels } from '../validation/validateMetadataMaps';
import type { ObjectContext } from './objectContext';
import { readObjArray, readString, readStringArray, readStringMap, type Obj } from './read';

type Path = readonly (string | number)[];
const LABEL_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];
const NODE_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'];

/**
 * A metav1.LabelSelector, validated as ValidateLabelSelector does on create: matchLabels as labels,
 * each requirement's key a label name and each of its values a label value.
 *
 * @example
 * decodeLabelSelector({ matchLabels: { 'bad key!!': 'x' } }, ctx, ['spec', 'selector']);
 * // spec.selector.matchLabels: Invalid value: "bad key!!": name part must consist of alphanumeric characters, …
 */
export function decodeLabelSelector(selector: Obj, ctx: ObjectContext, path: Path): LabelSelector {
  const matchLabels = readStringMap(selector, 'matchLabels', ctx, path) ?? {};
  validateLabels(matchLabels, ctx, [...path, 'matchLabels']);
  const matchExpressions: LabelSelectorRequirement[] = [];
  for (const { item, index } of readObjArray(selector, 'matchExpressions', ctx, path)) {
    const req = decodeRequirement(item, ctx, [...path, 'matchExpressions', index], LABEL_OPERATORS, true);
    if (req) matchExpressions.push(req as LabelSelectorRequirement);
  }
  return { matchLabels, matchExpressions };
}

/**
 * requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms; matchFields may only select
 * metadata.name (In/NotIn, one value), as the DaemonSet controller's pods do.
 */
export function decodeNodeSelectorTerms(nodeSelector: Obj, ctx: ObjectContext, path: Path): NodeSelectorTerm[] {
  const terms: NodeSelectorTerm[] = [];
  const items = readObjArray(nodeSelector, 'nodeSelectorTerms', ctx, path);
  if (items.length === 0)
    ctx.error([...path], required(renderPath([...path, 'nodeSelectorTerms']), 'must have at least one node selector term'));
  for (const { item, index } of items) {
    const termPath = [...path, 'nodeSelectorTerms', index];
    const matchExpressions: NodeSelectorRequirement[] = [];
    for (const expr of readObjArray(item, 'matchExpressions', ctx, termPath)) {
      const req = decodeRequirement(expr.item, ctx, [...termPath, 'matchExpressions', expr.index], NODE_OPERATORS);
      if (req) matchExpressions.push(req);
    }
    const matchFields: NodeSelectorRequirement[] = [];
    for (const field of readObjArray(item, 'matchFields', ctx, termPath)) {
      const req = decodeNodeFieldRequirement(field.item, ctx, [...termPath, 'matchFields', field.index]);
      if (req) matchFields.push(req);
    }
    terms.push(matchFields.length ? { matchExpressions, matchFields } : { matchExpressions });
  }
  return terms;
}

/** validateNodeFieldSelectorRequirement: key metadata.name, operator In or NotIn, exactly one value. */
function decodeNodeFieldRequirement(item: Obj, ctx: ObjectContext, path: Path): NodeSelectorRequirement | undefined {
  const before = ctx.errorCount;
  const req = decodeRequirement(item, ctx, path, ['In', 'NotIn']);
  if (!req) return undefined;
  if (req.values.length !== 1)
    ctx.error(
      [...path, 'values'],
      required(renderPath([...path, 'values']), "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"),
    );
  if (req.key !== 'metadata.name')
    ctx.error([...path, 'key'], invalid(renderPath([...path, 'key']), req.key, 'not a valid field selector key'));
  return ctx.errorCount === before ? req : undefined;
}

/**
 * One requirement: the operator's rules, then the key as ValidateLabelName, then (for a label
 * selector) each value as IsValidLabelValue, in upstream's order.
 */
function decodeRequirement(
  item: Obj,
  ctx: ObjectContext,
  path: Path,
  operators: readonly string[],
  labelValues = false,
): NodeSelectorRequirement | undefined {
  const key = readString(item, 'key', ctx, path) ?? '';
  const operator = readString(item, 'operator', ctx, path) ?? '';
  const values = readStringArray(item, 'values', ctx, path);
  const before = ctx.errorCount;
  if (!operators.includes(operator))
    ctx.error([...path, 'operator'], invalid(renderPath([...path, 'operator']), operator, 'not a valid selector operator'));
  else if ((operator === 'In' || operator === 'NotIn') && values.length === 0) {
    ctx.error([...path, 'values'], required(renderPath([...path, 'values']), "must be specified when `operator` is 'In' or 'NotIn'"));
  } else if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0) {
    ctx.error(
      [...path, 'values'],
      forbidden(renderPath([...path, 'values']), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"),
    );
  } else if ((operator === 'Gt' || operator === 'Lt') && (values.length !== 1 || !/^-?\d+$/.test(values[0]!))) {
    ctx.error(
      [...path, 'values'],
      required(renderPath([...path, 'values']), "must be specified single value when `operator` is 'Lt' or 'Gt'"),
    );
  }
  for (const message of isQualifiedName(key)) ctx.error([...path, 'key'], invalid(renderPath([...path, 'key']), key, message));
  if (labelValues) {
    values.forEach((value, i) => {
      const at = [...path, 'values', i];
      for (const message of isValidLabelValue(value)) ctx.error(at, invalid(renderPath(at), value, message));
    });
  }
  if (ctx.errorCount !== before) return undefined;
  return { key, operator: operator as NodeSelectorRequirement['operator'], values };
}
