/**
 * Kubernetes versions the engine models and the feature gates that change Service routing or the
 * workload controllers between them (pkg/features/kube_features.go, versioned specs).
 */

export const SUPPORTED_VERSIONS = ['1.30', '1.31', '1.32', '1.33', '1.34', '1.35', '1.36'] as const;
export type KubeVersion = (typeof SUPPORTED_VERSIONS)[number];
export const DEFAULT_VERSION: KubeVersion = '1.36';

export function isKubeVersion(value: unknown): value is KubeVersion {
  return typeof value === 'string' && (SUPPORTED_VERSIONS as readonly string[]).includes(value);
}

/** Minor number, e.g. 34 for "1.34". */
export function minorOf(version: KubeVersion): number {
  return Number(version.split('.')[1]);
}

export type GateName = 'TopologyAwareHints' | 'ServiceTrafficDistribution' | 'PreferSameTrafficDistribution' | 'MaxUnavailableStatefulSet';
export const GATE_NAMES: readonly GateName[] = [
  'TopologyAwareHints',
  'ServiceTrafficDistribution',
  'PreferSameTrafficDistribution',
  'MaxUnavailableStatefulSet',
];

export type GateStage = 'alpha' | 'beta' | 'GA';

/**
 * Whether kube-proxy acts on the gate; MaxUnavailableStatefulSet acts in the API server and the
 * StatefulSet controller only (kube-proxy knows every gate's name, so setting it there is no error).
 */
export function kubeProxyReadsGate(gate: GateName): boolean {
  return gate !== 'MaxUnavailableStatefulSet';
}

export interface GateSpec {
  stage: GateStage;
  /** Default value in this version. */
  default: boolean;
  /** GA gates are locked to their default: setting them to the other value is refused. */
  locked: boolean;
}

/** The gate's spec in a version, or undefined when the gate does not exist there (not yet, or removed). */
export function gateSpec(gate: GateName, version: KubeVersion): GateSpec | undefined {
  const minor = minorOf(version);
  switch (gate) {
    case 'TopologyAwareHints':
      if (minor >= 36) return undefined;
      if (minor >= 33) return { stage: 'GA', default: true, locked: true };
      return { stage: 'beta', default: true, locked: false };
    case 'ServiceTrafficDistribution':
      if (minor >= 36) return undefined;
      if (minor >= 33) return { stage: 'GA', default: true, locked: true };
      if (minor >= 31) return { stage: 'beta', default: true, locked: false };
      return { stage: 'alpha', default: false, locked: false };
    case 'PreferSameTrafficDistribution':
      if (minor >= 35) return { stage: 'GA', default: true, locked: true };
      if (minor === 34) return { stage: 'beta', default: true, locked: false };
      if (minor === 33) return { stage: 'alpha', default: false, locked: false };
      return undefined;
    case 'MaxUnavailableStatefulSet':
      // Alpha since 1.24. Beta in 1.35, on by default in 1.35.0–1.35.3 only: a regression in Parallel
      // pod management turned it off again from 1.35.4 and in 1.36 (kubernetes#137904).
      if (minor >= 35) return { stage: 'beta', default: false, locked: false };
      return { stage: 'alpha', default: false, locked: false };
  }
}

/**
 * Effective gate values for one component. A gate that no longer exists because it graduated
 * and was removed counts as enabled (the behaviour is always on); one that does not exist yet
 * counts as disabled.
 */
export type FeatureGates = Record<GateName, boolean>;

export function defaultGates(version: KubeVersion): FeatureGates {
  const gates = {} as FeatureGates;
  for (const gate of GATE_NAMES) gates[gate] = gateValueWhenUnset(gate, version);
  return gates;
}

function gateValueWhenUnset(gate: GateName, version: KubeVersion): boolean {
  const spec = gateSpec(gate, version);
  if (spec) return spec.default;
  // Removed gates were GA (always on); gates not yet introduced are off.
  return gate === 'TopologyAwareHints' || gate === 'ServiceTrafficDistribution';
}

/**
 * Effective gates written back as a --feature-gates flag the version accepts: only the gates it
 * knows. A removed gate is always on and an unborn one always off, so leaving them out changes
 * nothing, while naming them makes the component refuse to start.
 *
 * @example
 * gatesAsOverrides(defaultGates('1.36'), '1.36'); // { PreferSameTrafficDistribution: true }
 */
export function gatesAsOverrides(gates: FeatureGates, version: KubeVersion): Partial<FeatureGates> {
  const overrides: Partial<FeatureGates> = {};
  for (const gate of GATE_NAMES) if (gateSpec(gate, version)) overrides[gate] = gates[gate];
  return overrides;
}

export interface GateOverrideProblem {
  gate: string;
  message: string;
}

/**
 * Applies `featureGates` overrides as a component's --feature-gates flag would, returning the
 * effective gates and the overrides the component would refuse (kube-proxy exits on them).
 */
export function applyGateOverrides(
  version: KubeVersion,
  overrides: Record<string, unknown> | undefined,
): { gates: FeatureGates; problems: GateOverrideProblem[] } {
  const gates = defaultGates(version);
  const problems: GateOverrideProblem[] = [];
  for (const [name, value] of Object.entries(overrides ?? {})) {
    if (typeof value !== 'boolean') {
      problems.push({ gate: name, message: `invalid value of ${name}=${String(value)}, err: must be true or false` });
      continue;
    }
    const known = (GATE_NAMES as readonly string[]).includes(name);
    const spec = known ? gateSpec(name as GateName, version) : undefined;
    if (!spec) {
      problems.push({ gate: name, message: `unrecognized feature gate: ${name}` });
      continue;
    }
    if (spec.locked && value !== spec.default) {
      problems.push({ gate: name, message: `cannot set feature gate ${name} to ${value}, feature is locked to ${spec.default}` });
      continue;
    }
    gates[name as GateName] = value;
  }
  return { gates, problems };
}
