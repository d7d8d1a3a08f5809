/** apps/v1 Deployment: replicas (default 1), selector, pod template and rollout strategy. */
import type { SourceRef } from '../diagnostics';
import { DEFAULT_PROGRESS_DEADLINE_SECONDS, type Deployment } from '../model';
import { matchesLabelSelector } from '../selectors';
import { invalid, required } from '../validation/fieldErrors';
import { decodeDeploymentStrategy } from './decodeDeploymentStrategy';
import { decodeLabelSelector } from './decodeLabelSelector';
import { decodeObjectMeta } from './decodeObjectMeta';
import { decodePodSpec } from './decodePodSpec';
import { decodeTemplateMetadata } from './decodeTemplateMetadata';
import type { ObjectContext } from './objectContext';
import { readBool, readInt, readObj, type Obj } from './read';

/**
 * Decodes a Deployment and validates it as ValidateDeploymentSpec does (apps validation.go).
 *
 * @example
 * decodeDeployment(echoDeployment, ctx, source).replicas; // 2
 */
export function decodeDeployment(obj: Obj, ctx: ObjectContext, source: SourceRef): Deployment {
  const metadata = decodeObjectMeta(obj, ctx, { namespaced: true, nameRule: 'subdomain' });
  const spec = readObj(obj, 'spec', ctx, []) ?? {};
  const replicas = readInt(spec, 'replicas', ctx, ['spec']) ?? 1;
  if (replicas < 0) ctx.error(['spec', 'replicas'], invalid('spec.replicas', replicas, 'must be greater than or equal to 0'));

  const selectorObj = readObj(spec, 'selector', ctx, ['spec']);
  const selector = selectorObj ? decodeLabelSelector(selectorObj, ctx, ['spec', 'selector']) : { matchLabels: {}, matchExpressions: [] };
  const templateObj = readObj(spec, 'template', ctx, ['spec']) ?? {};
  const { labels } = decodeTemplateMetadata(templateObj, ctx);
  const podSpec = readObj(templateObj, 'spec', ctx, ['spec', 'template']) ?? {};
  const template = decodePodSpec(podSpec, labels, ctx, ['spec', 'template', 'spec']);

  if (!selectorObj) ctx.error(['spec'], required('spec.selector'));
  else if (Object.keys(selector.matchLabels).length === 0 && selector.matchExpressions.length === 0) {
    ctx.error(['spec', 'selector'], invalid('spec.selector', selectorObj, 'empty selector is invalid for deployment'));
  } else if (!matchesLabelSelector(labels, selector)) {
    ctx.error(
      ['spec', 'template', 'metadata', 'labels'],
      invalid('spec.template.metadata.labels', labels, '`selector` does not match template `labels`'),
    );
  }
  const strategy = decodeDeploymentStrategy(spec, ctx);
  const minReadySeconds = readInt(spec, 'minReadySeconds', ctx, ['spec']) ?? 0;
  if (minReadySeconds < 0)
    ctx.error(['spec', 'minReadySeconds'], invalid('spec.minReadySeconds', minReadySeconds, 'must be greater than or equal to 0'));
  const progressDeadlineSeconds = readInt(spec, 'progressDeadlineSeconds', ctx, ['spec']) ?? DEFAULT_PROGRESS_DEADLINE_SECONDS;
  if (progressDeadlineSeconds < 0) {
    ctx.error(
      ['spec', 'progressDeadlineSeconds'],
      invalid('spec.progressDeadlineSeconds', progressDeadlineSeconds, 'must be greater than or equal to 0'),
    );
  } else if (progressDeadlineSeconds <= minReadySeconds) {
    ctx.error(
      ['spec', 'progressDeadlineSeconds'],
      invalid('spec.progressDeadlineSeconds', progressDeadlineSeconds, 'must be greater than minReadySeconds'),
    );
  }
  const paused = readBool(spec, 'paused', ctx, ['spec']) ?? false;
  return {
    metadata,
    replicas,
    selector,
    template,
    writtenTemplate: templateObj,
    strategy,
    minReadySeconds,
    paused,
    progressDeadlineSeconds,
    source,
  };
}
