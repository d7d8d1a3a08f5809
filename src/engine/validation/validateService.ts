/**
 * ValidateService (pkg/apis/core/validation/validation.go) for the fields routing depends on,
 * with the API server's wording, plus the gated-field handling of trafficDistribution.
 */
import type { ObjectContext } from '../decode/objectContext';
import { TOPOLOGY_HINTS_ANNOTATION, TOPOLOGY_MODE_ANNOTATION } from '../model';
import type { FeatureGates, KubeVersion } from '../version';
import { duplicate, forbidden, invalid, notSupported, renderPath, required } from './fieldErrors';
import { mayBeNonCanonicalIP, parseCIDR } from './cidr';
import { INVALID_IP, isIP } from './ipAddress';
import { cidrWarnings, ipWarning } from './ipWarnings';
import { minorOf } from '../version';
import { isDNS1123Label, isValidPortName, isValidPortNum } from './names';
import { supportedTrafficDistributions } from './trafficDistribution';
import { externallyAccessible, needsHealthCheck, type WrittenService } from './writtenService';

const SERVICE_TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const POLICIES = ['Cluster', 'Local'];
const AFFINITIES = ['ClientIP', 'None'];
/** core.MaxClientIPServiceAffinitySeconds */
const MAX_AFFINITY_SECONDS = 86400;

/**
 * Validates a defaulted Service; errors go to ctx (the Service is then not applied).
 * Drops spec.trafficDistribution with a warning when its gate is off, as the API server does.
 *
 * @example
 * validateService(written, ctx, { version: '1.32', gates: defaultGates('1.32') });
 * // PreferSameNode → `spec.trafficDistribution: Unsupported value: "PreferSameNode": supported values: "PreferClose"`
 */
export function validateService(svc: WrittenService, ctx: ObjectContext, options: { version: KubeVersion; gates: FeatureGates }): void {
  validateTopologyAnnotations(svc, ctx);
  const headless = svc.clusterIP === 'None';

  if (!SERVICE_TYPES.includes(svc.type)) ctx.error(['spec', 'type'], notSupported('spec.type', svc.type, SERVICE_TYPES));
  if (svc.ports.length === 0 && !headless && svc.type !== 'ExternalName') ctx.error(['spec'], required('spec.ports'));
  if ((svc.type === 'NodePort' || svc.type === 'LoadBalancer') && headless) {
    ctx.error(['spec', 'clusterIP'], invalid('spec.clusterIPs[0]', 'None', `may not be set to 'None' for ${svc.type} services`));
  }
  if (svc.type === 'ExternalName') {
    if (!svc.externalName.replace(/\.$/, '')) ctx.error(['spec'], required('spec.externalName'));
  } else if (svc.clusterIP && !headless && !isIP(svc.clusterIP)) {
    ctx.error(['spec', 'clusterIP'], invalid('spec.clusterIPs[0]', svc.clusterIP, INVALID_IP));
  }
  validatePorts(svc, ctx);
  for (let i = 0; i < svc.externalIPs.length; i++) {
    const ip = svc.externalIPs[i]!;
    if (!isIP(ip)) ctx.error(['spec', 'externalIPs', i], invalid(`spec.externalIPs[${i}]`, ip, INVALID_IP));
  }
  ipFieldWarnings(svc, ctx, minorOf(options.version));

  if (!AFFINITIES.includes(svc.sessionAffinity)) {
    ctx.error(['spec', 'sessionAffinity'], notSupported('spec.sessionAffinity', svc.sessionAffinity, AFFINITIES));
  } else if (svc.sessionAffinity === 'ClientIP') {
    const t = svc.sessionAffinityTimeoutSeconds ?? 0;
    if (t <= 0 || t > MAX_AFFINITY_SECONDS) {
      ctx.error(
        ['spec', 'sessionAffinityConfig', 'clientIP', 'timeoutSeconds'],
        invalid('spec.sessionAffinityConfig.clientIP.timeoutSeconds', t, `must be greater than 0 and less than ${MAX_AFFINITY_SECONDS}`),
      );
    }
  } else if (svc.sessionAffinityConfigSet) {
    ctx.error(['spec', 'sessionAffinityConfig'], forbidden('spec.sessionAffinityConfig', 'must not be set when session affinity is None'));
  }

  validateExternalTrafficPolicy(svc, ctx);
  validateLoadBalancerFields(svc, ctx);
  if (svc.internalTrafficPolicy !== undefined && !POLICIES.includes(svc.internalTrafficPolicy)) {
    ctx.error(['spec', 'internalTrafficPolicy'], notSupported('spec.internalTrafficPolicy', svc.internalTrafficPolicy, POLICIES));
  }
  validateTrafficDistribution(svc, ctx, options);
}

/** GetWarningsForService's IP warnings: clusterIPs (the written clusterIP is clusterIPs[0]), externalIPs and loadBalancerSourceRanges. */
function ipFieldWarnings(svc: WrittenService, ctx: ObjectContext, minor: number): void {
  if (svc.type === 'ExternalName') return;
  const written = svc.clusterIPs ?? (svc.clusterIP && svc.clusterIP !== 'None' ? [svc.clusterIP] : []);
  // A canonical IPv4 address (nearly every one) gets no warning: no field name is written for it.
  for (let i = 0; i < written.length; i++) {
    const ip = written[i]!;
    const warning = mayBeNonCanonicalIP(ip) ? ipWarning(`spec.clusterIPs[${i}]`, ip, minor) : undefined;
    if (warning) ctx.warning(svc.clusterIPs ? ['spec', 'clusterIPs', i] : ['spec', 'clusterIP'], warning);
  }
  for (let i = 0; i < svc.externalIPs.length; i++) {
    const ip = svc.externalIPs[i]!;
    const warning = mayBeNonCanonicalIP(ip) ? ipWarning(`spec.externalIPs[${i}]`, ip, minor) : undefined;
    if (warning) ctx.warning(['spec', 'externalIPs', i], warning);
  }
  svc.loadBalancerSourceRanges.forEach((range, i) => {
    for (const warning of cidrWarnings(`spec.loadBalancerSourceRanges[${i}]`, range, minor))
      ctx.warning(['spec', 'loadBalancerSourceRanges', i], warning);
  });
}

function validateTopologyAnnotations(svc: WrittenService, ctx: ObjectContext): void {
  const annotations = svc.metadata.annotations;
  if (TOPOLOGY_MODE_ANNOTATION in annotations && TOPOLOGY_HINTS_ANNOTATION in annotations) {
    const mode = annotations[TOPOLOGY_MODE_ANNOTATION];
    if (mode !== annotations[TOPOLOGY_HINTS_ANNOTATION]) {
      ctx.error(
        ['metadata', 'annotations', TOPOLOGY_MODE_ANNOTATION],
        invalid(
          renderPath(['metadata', 'annotations', TOPOLOGY_MODE_ANNOTATION], 1),
          mode,
          `must match annotations[${TOPOLOGY_HINTS_ANNOTATION}] when both are specified`,
        ),
      );
    }
  }
}

function validatePorts(svc: WrittenService, ctx: ObjectContext): void {
  const names = new Set<string>();
  const portKeys = new Set<string>();
  const nodePortKeys = new Set<string>();
  const requireName = svc.ports.length > 1;
  // A loop and a module-level helper: no closure per Service.
  for (let i = 0; i < svc.ports.length; i++) {
    const sp = svc.ports[i]!;
    const path = ['spec', 'ports', i];
    if (requireName && !sp.name) ctx.error(path, required(portFieldPath(path, 'name')));
    else if (sp.name) {
      for (const msg of isDNS1123Label(sp.name)) ctx.error([...path, 'name'], invalid(portFieldPath(path, 'name'), sp.name, msg));
      if (names.has(sp.name)) ctx.error([...path, 'name'], duplicate(portFieldPath(path, 'name'), sp.name));
      names.add(sp.name);
    }
    for (const msg of isValidPortNum(sp.port)) ctx.error([...path, 'port'], invalid(portFieldPath(path, 'port'), sp.port, msg));
    if (!PROTOCOLS.includes(sp.protocol))
      ctx.error([...path, 'protocol'], notSupported(portFieldPath(path, 'protocol'), sp.protocol, PROTOCOLS));
    if (typeof sp.targetPort === 'number') {
      for (const msg of isValidPortNum(sp.targetPort))
        ctx.error([...path, 'targetPort'], invalid(portFieldPath(path, 'targetPort'), sp.targetPort, msg));
    } else {
      for (const msg of isValidPortName(sp.targetPort))
        ctx.error([...path, 'targetPort'], invalid(portFieldPath(path, 'targetPort'), sp.targetPort, msg));
    }
    if (svc.type === 'ClusterIP' && sp.nodePort !== 0)
      ctx.error([...path, 'nodePort'], forbidden(portFieldPath(path, 'nodePort'), "may not be used when `type` is 'ClusterIP'"));
    if (sp.nodePort !== 0) {
      const key = `${sp.protocol}/${sp.nodePort}`;
      if (nodePortKeys.has(key)) ctx.error([...path, 'nodePort'], duplicate(portFieldPath(path, 'nodePort'), sp.nodePort));
      nodePortKeys.add(key);
    }
    const key = `${sp.protocol}/${sp.port}`;
    if (portKeys.has(key)) ctx.error(path, duplicate(renderPath(path), { protocol: sp.protocol, port: sp.port }));
    portKeys.add(key);
  }
}

/** The rendered path of a field of a Service port. */
function portFieldPath(path: readonly (string | number)[], field: string): string {
  return renderPath([...path, field]);
}

function validateExternalTrafficPolicy(svc: WrittenService, ctx: ObjectContext): void {
  const path = ['spec', 'externalTrafficPolicy'];
  if (!externallyAccessible(svc)) {
    if (svc.externalTrafficPolicy) {
      ctx.error(
        path,
        invalid('spec.externalTrafficPolicy', svc.externalTrafficPolicy, 'may only be set for externally-accessible services'),
      );
    }
  } else if (!POLICIES.includes(svc.externalTrafficPolicy)) {
    ctx.error(path, notSupported('spec.externalTrafficPolicy', svc.externalTrafficPolicy, POLICIES));
  }
  if (!needsHealthCheck(svc)) {
    if (svc.healthCheckNodePort !== 0) {
      ctx.error(
        ['spec', 'healthCheckNodePort'],
        invalid(
          'spec.healthCheckNodePort',
          svc.healthCheckNodePort,
          "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'",
        ),
      );
    }
  } else if (svc.healthCheckNodePort !== 0) {
    for (const msg of isValidPortNum(svc.healthCheckNodePort))
      ctx.error(['spec', 'healthCheckNodePort'], invalid('spec.healthCheckNodePort', svc.healthCheckNodePort, msg));
  }
}

const IP_MODES = ['Proxy', 'VIP'];

/**
 * spec.loadBalancerSourceRanges (LoadBalancer only; each a CIDR, space padding allowed for historical
 * reasons) and status.loadBalancer.ingress[].ipMode (ValidateLoadBalancerStatus; the
 * LoadBalancerIPMode gate is on in every modelled version: beta in 1.30–1.31, GA from 1.32).
 */
function validateLoadBalancerFields(svc: WrittenService, ctx: ObjectContext): void {
  if (svc.loadBalancerSourceRanges.length > 0) {
    if (svc.type !== 'LoadBalancer') {
      ctx.error(
        ['spec', 'loadBalancerSourceRanges'],
        forbidden('spec.LoadBalancerSourceRanges', "may only be used when `type` is 'LoadBalancer'"),
      );
    }
    svc.loadBalancerSourceRanges.forEach((range, i) => {
      if (!parseCIDR(range.trim()))
        ctx.error(
          ['spec', 'loadBalancerSourceRanges', i],
          invalid('spec.LoadBalancerSourceRanges', range, 'must be a list of IP ranges. For example, 10.240.0.0/24,10.250.0.0/24 '),
        );
    });
  }
  for (const { ipMode, index } of svc.loadBalancerIPModes) {
    if (ipMode && !IP_MODES.includes(ipMode)) {
      const path = ['status', 'loadBalancer', 'ingress', index, 'ipMode'];
      ctx.error(path, notSupported(renderPath(path), ipMode, IP_MODES));
    }
  }
  for (const index of svc.ipModeWithoutIP ?? []) {
    const path = ['status', 'loadBalancer', 'ingress', index, 'ipMode'];
    ctx.error(path, forbidden(renderPath(path), 'may not be specified when `ip` is not'));
  }
}

function validateTrafficDistribution(
  svc: WrittenService,
  ctx: ObjectContext,
  options: { version: KubeVersion; gates: FeatureGates },
): void {
  if (svc.trafficDistribution === undefined) return;
  const supported = supportedTrafficDistributions(options.version, options.gates);
  if (!supported) {
    ctx.warning(
      ['spec', 'trafficDistribution'],
      `spec.trafficDistribution: dropped on write: the ServiceTrafficDistribution feature gate is disabled in Kubernetes ${options.version}, so the API server does not store the field`,
    );
    delete svc.trafficDistribution;
    return;
  }
  if (!supported.includes(svc.trafficDistribution)) {
    ctx.error(['spec', 'trafficDistribution'], notSupported('spec.trafficDistribution', svc.trafficDistribution, supported));
  }
}
