import { describe, expect, it } from 'vitest';
import { workspaceSchema } from '../../../../src/ui/editor/schemas/workspaceSchema';
import { supportedTrafficDistributions } from '../../../../src/engine/validation/trafficDistribution';
import { applyGateOverrides, defaultGates, type FeatureGates, type KubeVersion } from '../../../../src/engine/version';
import type { JsonSchema } from '../../../../src/ui/editor/schemas/jsonSchema';
import { decodeYaml, messages } from '../../../engine/decode/decodeHelpers';

function trafficDistributionEnum(version: KubeVersion, gates?: FeatureGates) {
  return workspaceSchema(version, gates).definitions!.Service!.properties!.spec!.properties!.trafficDistribution!.enum;
}

/** Whether a value fits one of the anyOf branches of an int-or-percent bound. */
const fits = (schema: JsonSchema, value: number | string) =>
  schema.anyOf!.some((branch) =>
    typeof value === 'number'
      ? branch.type === 'integer' && Number.isInteger(value) && value >= (branch.minimum ?? -Infinity)
      : branch.type === 'string' && new RegExp(branch.pattern!).test(value),
  );

const schemaKinds = () => workspaceSchema('1.34').properties!.kind!.anyOf!.flatMap((branch) => branch.enum ?? []);

/** Whether a string fits a schema's type, enum and anyOf (the parts the kind property uses). */
function accepts(schema: JsonSchema, value: string): boolean {
  if (schema.type !== undefined && schema.type !== 'string') return false;
  if (schema.enum && !schema.enum.includes(value)) return false;
  if (schema.anyOf && !schema.anyOf.some((branch) => accepts(branch, value))) return false;
  return true;
}

describe('workspaceSchema', () => {
  it('offers only the trafficDistribution values the version accepts', () => {
    expect(trafficDistributionEnum('1.30')).toBeUndefined();
    expect(trafficDistributionEnum('1.32')).toEqual(['PreferClose']);
    expect(trafficDistributionEnum('1.33')).toEqual(['PreferClose']);
    expect(trafficDistributionEnum('1.34')).toEqual(['PreferClose', 'PreferSameZone', 'PreferSameNode']);
    expect(trafficDistributionEnum('1.36')).toEqual(supportedTrafficDistributions('1.36', defaultGates('1.36')));
  });

  it("follows the control plane's gate overrides", () => {
    expect(trafficDistributionEnum('1.33', applyGateOverrides('1.33', { PreferSameTrafficDistribution: true }).gates)).toEqual([
      'PreferClose',
      'PreferSameZone',
      'PreferSameNode',
    ]);
    expect(trafficDistributionEnum('1.30', applyGateOverrides('1.30', { ServiceTrafficDistribution: true }).gates)).toEqual([
      'PreferClose',
    ]);
    expect(trafficDistributionEnum('1.34', applyGateOverrides('1.34', { PreferSameTrafficDistribution: false }).gates)).toEqual([
      'PreferClose',
    ]);
  });

  it('dispatches on kind for every kind the engine reads, and for List items', () => {
    const schema = workspaceSchema('1.34');
    const kinds = schema.allOf!.map((s) => s.if!.properties!.kind!.const);
    expect(kinds).toEqual([
      'Node',
      'Pod',
      'Deployment',
      'Service',
      'EndpointSlice',
      'KubeProxyConfiguration',
      'PodDisruptionBudget',
      'DaemonSet',
      'StatefulSet',
      'ReplicaSet',
      'ReplicationController',
      'Endpoints',
      'ServiceCIDR',
      'List',
    ]);
    for (const kind of kinds.slice(0, -1)) expect(schema.definitions![kind!]).toBeDefined();
    expect(JSON.stringify(schema)).not.toContain('http');
  });

  it('accepts any kind, offering the modelled ones for completion', () => {
    const schema = workspaceSchema('1.34');
    for (const kind of ['ConfigMap', 'Secret', 'NetworkPolicy', 'HTTPRoute', 'PersistentVolumeClaim', 'Service', 'DaemonSet']) {
      expect(accepts(schema.properties!.kind!, kind)).toBe(true);
      expect(accepts(schema.definitions!.object!.properties!.kind!, kind)).toBe(true);
    }
    expect(schemaKinds()).toEqual(expect.arrayContaining(['Node', 'Pod', 'Service', 'Endpoints', 'ServiceCIDR', 'List']));
    // ConfigMap is not dispatched to any definition, so none of its fields is checked.
    expect(schema.allOf!.some((branch) => branch.if!.properties!.kind!.const === 'ConfigMap')).toBe(false);
  });

  describe('workload controllers', () => {
    it('knows the DaemonSet, StatefulSet, ReplicaSet and ReplicationController fields the engine reads, with their defaults’ values', () => {
      const definitions = workspaceSchema('1.34').definitions!;
      const spec = (kind: string) => definitions[kind]!.properties!.spec!.properties!;
      expect(spec('DaemonSet').updateStrategy!.properties!.type!.enum).toEqual(['RollingUpdate', 'OnDelete']);
      expect(fits(spec('DaemonSet').updateStrategy!.properties!.rollingUpdate!.properties!.maxSurge!, '10%')).toBe(true);
      expect(spec('StatefulSet').podManagementPolicy!.enum).toEqual(['OrderedReady', 'Parallel']);
      expect(spec('StatefulSet').updateStrategy!.properties!.rollingUpdate!.properties!.partition!.minimum).toBe(0);
      expect(spec('ReplicationController').selector!.type).toBe('object');
      expect(schemaKinds()).toEqual(expect.arrayContaining(['DaemonSet', 'StatefulSet', 'ReplicaSet', 'ReplicationController']));
    });

    it('documents StatefulSet maxUnavailable with its gate, and minReadySeconds for every kind', () => {
      const definitions = workspaceSchema('1.35').definitions!;
      const spec = (kind: string) => definitions[kind]!.properties!.spec!.properties!;
      const maxUnavailable = spec('StatefulSet').updateStrategy!.properties!.rollingUpdate!.properties!.maxUnavailable!;
      expect(fits(maxUnavailable, '50%')).toBe(true);
      expect(fits(maxUnavailable, 2)).toBe(true);
      expect(fits(maxUnavailable, '150%')).toBe(false);
      expect(maxUnavailable.description).toMatch(/MaxUnavailableStatefulSet feature gate/);
      for (const kind of ['DaemonSet', 'StatefulSet', 'ReplicaSet', 'ReplicationController']) {
        expect(spec(kind).minReadySeconds!.minimum).toBe(0);
        expect(spec(kind).minReadySeconds!.description).toMatch(/Ready before it counts as available/);
      }
      expect(spec('StatefulSet').minReadySeconds!.description).toMatch(/OrderedReady creates the next pod/);
    });
  });

  describe('PodDisruptionBudget', () => {
    const pdb = workspaceSchema('1.34').definitions!.PodDisruptionBudget!;
    const spec = pdb.properties!.spec!.properties!;
    /** The API server's errors (through the engine's decoder) for a budget with this spec line. */
    const errors = (line: string) =>
      messages(
        decodeYaml(`apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: echo\nspec:\n  ${line}\n`).diagnostics,
        'error',
      );

    it('is policy/v1 with the spec fields the engine reads, each described', () => {
      expect(pdb.properties!.apiVersion!.enum).toEqual(['policy/v1']);
      expect(pdb.properties!.kind!.enum).toEqual(['PodDisruptionBudget']);
      expect(pdb.properties!.metadata!.properties!.name).toBeDefined();
      expect(Object.keys(spec).sort()).toEqual(['maxUnavailable', 'minAvailable', 'selector', 'unhealthyPodEvictionPolicy']);
      expect(Object.keys(spec.selector!.properties!).sort()).toEqual(['matchExpressions', 'matchLabels']);
      for (const field of Object.values(spec)) expect(field.description).toMatch(/\w{3,}/);
    });

    it('offers the unhealthyPodEvictionPolicy values the API server accepts', () => {
      const values = spec.unhealthyPodEvictionPolicy!.enum as string[];
      expect([...values].sort()).toEqual(['AlwaysAllow', 'IfHealthyBudget']);
      for (const value of values) expect(errors(`unhealthyPodEvictionPolicy: ${value}`)).toEqual([]);
      expect(errors('unhealthyPodEvictionPolicy: Sometimes')).not.toEqual([]);
    });

    it.each(['minAvailable', 'maxUnavailable'])('%s takes an int or a percent, as validation does', (key) => {
      for (const value of [0, 1, 7, -1, '0%', '50%', '100%', '007%', '101%', '150%', '50', 'half', '%', '5.5%', ' 5%']) {
        const line = `${key}: ${typeof value === 'number' ? value : JSON.stringify(value)}`;
        expect(fits(spec[key]!, value), line).toBe(errors(line).length === 0);
      }
    });
  });

  describe('Deployment', () => {
    const spec = workspaceSchema('1.34').definitions!.Deployment!.properties!.spec!.properties!;
    const errors = (lines: string) =>
      messages(
        decodeYaml(
          `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: c}]}\n${lines}\n`,
        ).diagnostics,
        'error',
      );

    it('describes the rollout fields the engine reads', () => {
      expect(Object.keys(spec).sort()).toEqual([
        'minReadySeconds',
        'paused',
        'progressDeadlineSeconds',
        'replicas',
        'selector',
        'strategy',
        'template',
      ]);
      for (const key of ['minReadySeconds', 'paused', 'progressDeadlineSeconds', 'strategy'])
        expect(spec[key]!.description, key).toMatch(/\w{3,}/);
      for (const value of spec.strategy!.properties!.type!.enum as string[]) expect(errors(`  strategy: {type: ${value}}`)).toEqual([]);
    });

    it.each(['maxSurge', 'maxUnavailable'])('rollingUpdate.%s takes an int or a percent, as validation does', (key) => {
      const bound = spec.strategy!.properties!.rollingUpdate!.properties![key]!;
      for (const value of [0, 1, 3, -1, '0%', '25%', '100%', '150%', 'half', '5.5%']) {
        // The other bound stays at 1, so "both 0" never decides.
        const other = key === 'maxSurge' ? 'maxUnavailable' : 'maxSurge';
        const line = `  strategy: {rollingUpdate: {${key}: ${typeof value === 'number' ? value : JSON.stringify(value)}, ${other}: 1}}`;
        expect(fits(bound, value), line).toBe(errors(line).length === 0);
      }
    });
  });
});
