/** ValidateObjectMeta's checks of labels and annotations, reported on an object's context. */
import type { ObjectContext } from '../decode/objectContext';
import { invalid, renderPath, tooLong, type FieldPath } from './fieldErrors';
import { annotationProblems, labelProblems } from './labels';

/**
 * ValidateLabels at `path` (`metadata.labels`, `spec.template.metadata.labels`): each problem an
 * error at the map, as the API server words it.
 *
 * @example
 * validateLabels({ 'bad key!!': 'x' }, ctx, ['metadata', 'labels']);
 * // metadata.labels: Invalid value: "bad key!!": name part must consist of alphanumeric characters, …
 */
export function validateLabels(labels: Readonly<Record<string, string>>, ctx: ObjectContext, path: FieldPath): void {
  const problems = labelProblems(labels);
  for (let i = 0; i < problems.length; i++) ctx.error(path, invalid(renderPath(path), problems[i]!.value, problems[i]!.message));
}

/** The labels and annotations of an object's metadata (at `path`, usually `metadata`). */
export function validateMetadataMaps(
  meta: { labels: Readonly<Record<string, string>>; annotations: Readonly<Record<string, string>> },
  ctx: ObjectContext,
  path: FieldPath,
): void {
  // Paths are built only for a problem: this runs once per object of a large cluster.
  if (labelProblems(meta.labels).length) validateLabels(meta.labels, ctx, [...path, 'labels']);
  const problems = annotationProblems(meta.annotations);
  if (problems.length === 0) return;
  const at = [...path, 'annotations'];
  const field = renderPath(at);
  for (const p of problems) ctx.error(at, p.tooLong ? tooLong(field, p.message) : invalid(field, p.value, p.message));
}
