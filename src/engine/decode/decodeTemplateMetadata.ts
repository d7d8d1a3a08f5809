/** A pod template's metadata, read and validated as ValidateTemplateObjectMeta does. */
import { validateMetadataMaps } from '../validation/validateMetadataMaps';
import type { ObjectContext } from './objectContext';
import { readObj, readStringMap, type Obj } from './read';

const TEMPLATE = ['spec', 'template'];
const TEMPLATE_METADATA = ['spec', 'template', 'metadata'];

/**
 * The labels and annotations of `spec.template.metadata`; a bad key or value is an error at its map.
 *
 * @example
 * decodeTemplateMetadata({ metadata: { labels: { app: 'web' } } }, ctx).labels; // { app: 'web' }
 */
export function decodeTemplateMetadata(
  template: Obj,
  ctx: ObjectContext,
): { labels: Record<string, string>; annotations: Record<string, string> } {
  const meta = readObj(template, 'metadata', ctx, TEMPLATE) ?? {};
  const labels = readStringMap(meta, 'labels', ctx, TEMPLATE_METADATA) ?? {};
  const annotations = readStringMap(meta, 'annotations', ctx, TEMPLATE_METADATA) ?? {};
  validateMetadataMaps({ labels, annotations }, ctx, TEMPLATE_METADATA);
  return { labels, annotations };
}
