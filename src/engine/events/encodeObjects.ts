/**
 * Deployments and Services written back as API objects (what `kubectl get -o json` would show of
 * the fields the engine models), so a merge patch applies to the object as Kubernetes holds it.
 */
import {
  DEFAULT_PROGRESS_DEADLINE_SECONDS,
  type Deployment,
  type DeploymentStrategy,
  type LabelSelector,
  type ObjectMeta,
  type PodSpecTemplate,
  type Service,
} from '../model';

type Json = Record<string, unknown>;

function meta(m: ObjectMeta): Json {
  const out: Json = { name: m.name, namespace: m.namespace };
  if (Object.keys(m.labels).length) out.labels = { ...m.labels };
  if (Object.keys(m.annotations).length) out.annotations = { ...m.annotations };
  return out;
}

function selector(s: LabelSelector): Json {
  const out: Json = { matchLabels: { ...s.matchLabels } };
  if (s.matchExpressions.length) out.matchExpressions = s.matchExpressions.map((e) => ({ ...e, values: [...e.values] }));
  return out;
}

function podSpec(t: PodSpecTemplate): Json {
  const spec: Json = {
    containers: [{ name: 'app', ...(t.containerPorts.length ? { ports: t.containerPorts.map((p) => ({ ...p })) } : {}) }],
    terminationGracePeriodSeconds: t.terminationGracePeriodSeconds,
  };
  if (Object.keys(t.nodeSelector).length) spec.nodeSelector = { ...t.nodeSelector };
  if (t.requiredNodeAffinity.length) {
    spec.affinity = {
      nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: structuredClone(t.requiredNodeAffinity) } },
    };
  }
  if (t.tolerations.length) spec.tolerations = structuredClone(t.tolerations);
  if (t.topologySpreadConstraints.length) {
    spec.topologySpreadConstraints = t.topologySpreadConstraints.map(({ labelSelector, ...rest }) => ({
      ...rest,
      ...(labelSelector ? { labelSelector: selector(labelSelector) } : {}),
    }));
  }
  return spec;
}

/** As the API server holds it: defaulted, so a patch of one bound keeps the other. */
function strategy(s: DeploymentStrategy | undefined): Json {
  if (s?.type === 'Recreate') return { type: 'Recreate' };
  return { type: 'RollingUpdate', rollingUpdate: { maxSurge: s?.maxSurge ?? '25%', maxUnavailable: s?.maxUnavailable ?? '25%' } };
}

/**
 * @example
 * encodeDeployment(deployment).spec; // { replicas: 2, selector: {...}, template: { metadata: { labels }, spec: {...} } }
 */
export function encodeDeployment(d: Deployment): Json {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta(d.metadata),
    spec: {
      replicas: d.replicas,
      selector: selector(d.selector),
      strategy: strategy(d.strategy),
      template: template(d),
      minReadySeconds: d.minReadySeconds ?? 0,
      progressDeadlineSeconds: d.progressDeadlineSeconds ?? DEFAULT_PROGRESS_DEADLINE_SECONDS,
      ...(d.paused ? { paused: true } : {}),
    },
  };
}

/**
 * The pod template: the modelled fields over the template as written, whose containers (with their
 * ports) are kept as they are, so images, env and annotations survive a patch of another field.
 */
function template(d: Deployment): Json {
  const modelled = { metadata: { labels: { ...d.template.labels } }, spec: podSpec(d.template) };
  const written = d.writtenTemplate;
  if (!written) return modelled;
  const writtenSpec = isObject(written.spec) ? written.spec : {};
  const spec = deepMerge(writtenSpec, modelled.spec) as Json;
  if (Array.isArray(writtenSpec.containers)) spec.containers = structuredClone(writtenSpec.containers);
  return { ...(deepMerge(written, { metadata: modelled.metadata }) as Json), spec };
}

/** `over` laid over `base`: objects merge key by key, anything else from `over` replaces. */
function deepMerge(base: unknown, over: unknown): unknown {
  if (!isObject(base) || !isObject(over)) return structuredClone(over);
  const out: Json = structuredClone(base);
  for (const [key, value] of Object.entries(over)) out[key] = deepMerge(out[key], value);
  return out;
}

/**
 * @example
 * encodeService(service).spec.trafficDistribution; // "PreferSameZone"
 */
export function encodeService(s: Service): Json {
  const spec: Json = {
    type: s.type,
    ports: s.ports.map((p) => ({
      ...(p.name ? { name: p.name } : {}),
      protocol: p.protocol,
      port: p.port,
      targetPort: p.targetPort,
      ...(p.nodePort ? { nodePort: p.nodePort } : {}),
      ...(p.appProtocol ? { appProtocol: p.appProtocol } : {}),
    })),
    internalTrafficPolicy: s.internalTrafficPolicy,
    sessionAffinity: s.sessionAffinity,
    publishNotReadyAddresses: s.publishNotReadyAddresses,
  };
  if (s.selector) spec.selector = { ...s.selector };
  if (s.clusterIP) spec.clusterIP = s.clusterIP;
  if (s.externalIPs.length) spec.externalIPs = [...s.externalIPs];
  if (s.externalName) spec.externalName = s.externalName;
  if (s.trafficDistribution !== undefined) spec.trafficDistribution = s.trafficDistribution;
  if (s.externalTrafficPolicy) spec.externalTrafficPolicy = s.externalTrafficPolicy;
  if (s.sessionAffinity === 'ClientIP' && s.sessionAffinityTimeoutSeconds !== undefined) {
    spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: s.sessionAffinityTimeoutSeconds } };
  }
  const out: Json = { apiVersion: 'v1', kind: 'Service', metadata: meta(s.metadata), spec };
  const ingress = [...s.loadBalancerIPs.map((ip) => ({ ip })), ...(s.loadBalancerHostnames ?? []).map((hostname) => ({ hostname }))];
  if (ingress.length) out.status = { loadBalancer: { ingress } };
  return out;
}

/**
 * RFC 7386 JSON merge patch: objects merge key by key, null deletes, anything else replaces.
 *
 * @example
 * mergePatch({ spec: { a: 1, b: 2 } }, { spec: { b: null, c: 3 } }); // { spec: { a: 1, c: 3 } }
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return structuredClone(patch);
  const out: Json = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
