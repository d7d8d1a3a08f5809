/**
 * apps/v1 DaemonSet, StatefulSet, ReplicaSet and v1 ReplicationController: defaulted (apps/v1 and
 * core/v1 defaults.go) and validated as ValidateDaemonSetSpec, ValidateStatefulSetSpec,
 * ValidateReplicaSetSpec and ValidateReplicationControllerSpec do.
 */
import type { SourceRef } from '../diagnostics';
import type { IntOrPercent, LabelSelector, Labels, WorkloadKind } from '../model';
import { matchesLabelSelector } from '../selectors';
import { forbidden, invalid, notSupported, required } from '../validation/fieldErrors';
import { intOrPercentProblems, intOrPercentValue, percentOf } from '../validation/intOrPercent';
import { defaultGates, DEFAULT_VERSION, gateSpec, type FeatureGates, type KubeVersion } from '../version';
import type { DaemonSet, DaemonSetUpdateStrategy, ReplicaSet, StatefulSet, StatefulSetUpdateStrategy, Workload } from '../workloads';
import { decodeLabelSelector } from './decodeLabelSelector';
import { decodeObjectMeta } from './decodeObjectMeta';
import { decodePodSpec } from './decodePodSpec';
import { decodeTemplateMetadata } from './decodeTemplateMetadata';
import type { ObjectContext } from './objectContext';
import { readBool, readInt, readIntOrPercent, readObj, readString, readStringMap, type Obj } from './read';

const NO_SELECTOR: LabelSelector = { matchLabels: {}, matchExpressions: [] };

/** The API server's version and feature gates: what it stores of a StatefulSet's maxUnavailable. */
export interface WorkloadDecodeOptions {
  version: KubeVersion;
  gates: FeatureGates;
}

/**
 * Decodes one workload object of `kind`; errors go to `ctx` (the object is then not applied).
 *
 * @example
 * decodeWorkload('DaemonSet', fluentd, ctx, source).updateStrategy; // { type: 'RollingUpdate', maxUnavailable: 1, maxSurge: 0 }
 */
export function decodeWorkload(
  kind: WorkloadKind,
  obj: Obj,
  ctx: ObjectContext,
  source: SourceRef,
  options: WorkloadDecodeOptions = { version: DEFAULT_VERSION, gates: defaultGates(DEFAULT_VERSION) },
): Workload {
  const metadata = decodeObjectMeta(obj, ctx, { namespaced: true, nameRule: 'subdomain' });
  const spec = readObj(obj, 'spec', ctx, []) ?? {};
  const templateObj = readObj(spec, 'template', ctx, ['spec']);
  const template = templateObj ?? {};
  const { labels } = decodeTemplateMetadata(template, ctx);
  const podSpecObj = readObj(template, 'spec', ctx, ['spec', 'template']) ?? {};
  const podTemplate = decodePodSpec(podSpecObj, labels, ctx, ['spec', 'template', 'spec']);
  validateTemplateSpec(kind, podSpecObj, ctx);

  const selector = kind === 'ReplicationController' ? rcSelector(spec, labels, ctx) : appsSelector(kind, spec, ctx);
  if (kind === 'ReplicationController' && !templateObj) ctx.error(['spec', 'template'], required('spec.template'));
  if (selector && !isEmpty(selector) && !matchesLabelSelector(labels, selector)) {
    ctx.error(
      ['spec', 'template', 'metadata', 'labels'],
      invalid('spec.template.metadata.labels', labels, '`selector` does not match template `labels`'),
    );
  }
  const minReadySeconds = nonNegative(spec, 'minReadySeconds', ctx) ?? 0;
  const base = {
    metadata,
    selector: selector ?? NO_SELECTOR,
    template: podTemplate,
    writtenTemplate: template,
    minReadySeconds,
    source,
  };
  switch (kind) {
    case 'DaemonSet': {
      const daemonSet: DaemonSet = {
        kind,
        ...base,
        updateStrategy: daemonSetStrategy(spec, ctx),
        hostNetwork: readBool(podSpecObj, 'hostNetwork', ctx, ['spec', 'template', 'spec']) ?? false,
      };
      return daemonSet;
    }
    case 'StatefulSet':
      return statefulSet(base, spec, ctx, options);
    case 'ReplicaSet':
    case 'ReplicationController': {
      const replicaSet: ReplicaSet = { kind, ...base, replicas: nonNegative(spec, 'replicas', ctx) ?? 1 };
      return replicaSet;
    }
  }
}

function isEmpty(selector: LabelSelector): boolean {
  return Object.keys(selector.matchLabels).length === 0 && selector.matchExpressions.length === 0;
}

function nonNegative(spec: Obj, key: string, ctx: ObjectContext, path: readonly string[] = ['spec']): number | undefined {
  const value = readInt(spec, key, ctx, path);
  if (value !== undefined && value < 0)
    ctx.error([...path, key], invalid([...path, key].join('.'), value, 'must be greater than or equal to 0'));
  return value;
}

/** apps/v1: the selector is required and may not be empty. */
function appsSelector(kind: Exclude<WorkloadKind, 'ReplicationController'>, spec: Obj, ctx: ObjectContext): LabelSelector | undefined {
  const written = readObj(spec, 'selector', ctx, ['spec']);
  if (!written) {
    ctx.error(['spec', 'selector'], required('spec.selector'));
    return undefined;
  }
  const selector = decodeLabelSelector(written, ctx, ['spec', 'selector']);
  if (isEmpty(selector)) {
    // ValidateReplicaSetSpec says "deployment" too (its message was copied from the Deployment's).
    const owner = kind === 'ReplicaSet' ? 'deployment' : kind.toLowerCase();
    ctx.error(['spec', 'selector'], invalid('spec.selector', written, `empty selector is invalid for ${owner}`));
  }
  return selector;
}

/** v1 ReplicationController: a plain label map, defaulted to the template's labels (SetDefaults_ReplicationController). */
function rcSelector(spec: Obj, labels: Labels, ctx: ObjectContext): LabelSelector {
  const written = readStringMap(spec, 'selector', ctx, ['spec']) ?? {};
  const matchLabels = Object.keys(written).length > 0 ? written : labels;
  if (Object.keys(matchLabels).length === 0) ctx.error(['spec', 'selector'], required('spec.selector'));
  return { matchLabels, matchExpressions: [] };
}

/** What every workload's pod template must say: restartPolicy Always, no activeDeadlineSeconds. */
function validateTemplateSpec(kind: WorkloadKind, podSpec: Obj, ctx: ObjectContext): void {
  const path = ['spec', 'template', 'spec'];
  const restartPolicy = readString(podSpec, 'restartPolicy', ctx, path) ?? 'Always';
  if (restartPolicy !== 'Always')
    ctx.error([...path, 'restartPolicy'], notSupported('spec.template.spec.restartPolicy', restartPolicy, ['Always']));
  if (podSpec.activeDeadlineSeconds !== undefined && podSpec.activeDeadlineSeconds !== null)
    ctx.error(
      [...path, 'activeDeadlineSeconds'],
      forbidden('spec.template.spec.activeDeadlineSeconds', `activeDeadlineSeconds in ${kind} is not Supported`),
    );
}

/** spec.updateStrategy of a DaemonSet: RollingUpdate with maxUnavailable 1 and maxSurge 0 unless written. */
function daemonSetStrategy(spec: Obj, ctx: ObjectContext): DaemonSetUpdateStrategy {
  const path = ['spec', 'updateStrategy'];
  const strategy = readObj(spec, 'updateStrategy', ctx, ['spec']) ?? {};
  const type = readString(strategy, 'type', ctx, path) ?? 'RollingUpdate';
  if (type === 'OnDelete') return { type };
  if (type !== 'RollingUpdate') {
    ctx.error([...path, 'type'], notSupported('spec.updateStrategy.type', type, ['OnDelete', 'RollingUpdate']));
    return { type: 'RollingUpdate', maxUnavailable: 1, maxSurge: 0 };
  }
  const rollingPath = [...path, 'rollingUpdate'];
  const rolling = readObj(strategy, 'rollingUpdate', ctx, path) ?? {};
  const maxUnavailable: IntOrPercent = readIntOrPercent(rolling, 'maxUnavailable', ctx, rollingPath) ?? 1;
  const maxSurge: IntOrPercent = readIntOrPercent(rolling, 'maxSurge', ctx, rollingPath) ?? 0;
  for (const [key, value] of [
    ['maxUnavailable', maxUnavailable],
    ['maxSurge', maxSurge],
  ] as const) {
    for (const problem of intOrPercentProblems(value, `spec.updateStrategy.rollingUpdate.${key}`, false))
      ctx.error([...rollingPath, key], problem);
    if ((percentOf(value) ?? 0) > 100)
      ctx.error([...rollingPath, key], invalid(`spec.updateStrategy.rollingUpdate.${key}`, value, 'must not be greater than 100%'));
  }
  if (intOrPercentValue(maxUnavailable) === 0 && intOrPercentValue(maxSurge) === 0)
    ctx.error(
      [...rollingPath, 'maxUnavailable'],
      invalid('spec.updateStrategy.rollingUpdate.maxUnavailable', maxUnavailable, 'may not be 0 when `maxSurge` is 0'),
    );
  return { type, maxUnavailable, maxSurge };
}

function statefulSet(
  base: Omit<StatefulSet, 'kind' | 'replicas' | 'serviceName' | 'podManagementPolicy' | 'updateStrategy' | 'ordinalsStart'>,
  spec: Obj,
  ctx: ObjectContext,
  options: WorkloadDecodeOptions,
): StatefulSet {
  const replicas = nonNegative(spec, 'replicas', ctx) ?? 1;
  const serviceName = readString(spec, 'serviceName', ctx, ['spec']) ?? '';
  const policy = readString(spec, 'podManagementPolicy', ctx, ['spec']) || 'OrderedReady';
  if (policy !== 'OrderedReady' && policy !== 'Parallel')
    ctx.error(['spec', 'podManagementPolicy'], notSupported('spec.podManagementPolicy', policy, ['OrderedReady', 'Parallel']));
  const ordinals = readObj(spec, 'ordinals', ctx, ['spec']);
  const ordinalsStart = (ordinals && nonNegative(ordinals, 'start', ctx, ['spec', 'ordinals'])) ?? 0;
  return {
    kind: 'StatefulSet',
    ...base,
    replicas,
    serviceName,
    podManagementPolicy: policy === 'Parallel' ? 'Parallel' : 'OrderedReady',
    updateStrategy: statefulSetStrategy(spec, ctx, options),
    ordinalsStart,
  };
}

/**
 * spec.updateStrategy of a StatefulSet: RollingUpdate with partition 0 unless written (no
 * rollingUpdate at all when the type is written without one). maxUnavailable
 * is stored only while MaxUnavailableStatefulSet is on (dropStatefulSetDisabledFields, then
 * defaulted to 1 and validated as validateRollingUpdateStatefulSet does).
 */
function statefulSetStrategy(spec: Obj, ctx: ObjectContext, options: WorkloadDecodeOptions): StatefulSetUpdateStrategy {
  const path = ['spec', 'updateStrategy'];
  const strategy = readObj(spec, 'updateStrategy', ctx, ['spec']) ?? {};
  const writtenType = readString(strategy, 'type', ctx, path) || undefined;
  const type = writtenType ?? 'RollingUpdate';
  const rolling = readObj(strategy, 'rollingUpdate', ctx, path);
  if (type === 'OnDelete') {
    if (rolling)
      ctx.error(
        [...path, 'rollingUpdate'],
        forbidden('spec.updateStrategy.rollingUpdate', "only allowed for updateStrategy 'RollingUpdate'"),
      );
    return { type };
  }
  if (type !== 'RollingUpdate') {
    ctx.error([...path, 'type'], notSupported('spec.updateStrategy.type', type, ['OnDelete', 'RollingUpdate']));
    return { type: 'RollingUpdate', partition: 0 };
  }
  // SetDefaults_StatefulSet adds rollingUpdate only when it defaults the type: `type: RollingUpdate` alone stores none.
  if (!rolling && writtenType) return { type, partition: 0, noRollingUpdate: true };
  const rollingPath = [...path, 'rollingUpdate'];
  const partition = (rolling && nonNegative(rolling, 'partition', ctx, rollingPath)) ?? 0;
  const written = rolling ? readIntOrPercent(rolling, 'maxUnavailable', ctx, rollingPath) : undefined;
  if (!options.gates.MaxUnavailableStatefulSet) {
    if (written !== undefined) ctx.info([...rollingPath, 'maxUnavailable'], maxUnavailableDropped(options.version));
    return { type, partition };
  }
  const maxUnavailable = written ?? 1;
  const field = 'spec.updateStrategy.rollingUpdate.maxUnavailable';
  const problems = intOrPercentProblems(maxUnavailable, field, true);
  for (const problem of problems) ctx.error([...rollingPath, 'maxUnavailable'], problem);
  if (intOrPercentValue(maxUnavailable) === 0) ctx.error([...rollingPath, 'maxUnavailable'], invalid(field, maxUnavailable, 'cannot be 0'));
  return { type, partition, maxUnavailable };
}

/** Why the API server did not store a StatefulSet's maxUnavailable, and what the controller does instead. */
function maxUnavailableDropped(version: KubeVersion): string {
  const stage = gateSpec('MaxUnavailableStatefulSet', version)?.stage ?? 'alpha';
  const when =
    stage === 'alpha'
      ? `it is alpha and off by default in Kubernetes ${version}`
      : `it is beta but off by default in Kubernetes ${version} (on by default only in 1.35.0–1.35.3)`;
  return (
    `spec.updateStrategy.rollingUpdate.maxUnavailable: dropped on write: the MaxUnavailableStatefulSet feature gate is disabled (${when}), ` +
    "so the API server does not store the field and the StatefulSet controller replaces one pod at a time; turn the control plane's MaxUnavailableStatefulSet gate on to use it"
  );
}
