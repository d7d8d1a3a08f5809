/**
 * The EndpointSliceMirroring controller (pkg/controller/endpointslicemirroring): EndpointSlices
 * for the v1 Endpoints of a Service without a selector, so that the hand-written endpoints of a
 * selectorless Service reach kube-proxy.
 */
import {
  MANAGED_BY_LABEL,
  MIRRORING_CONTROLLER_NAME,
  SERVICE_NAME_LABEL,
  type EndpointAddress,
  type EndpointSlice,
  type Endpoints,
  type Labels,
  type Service,
  type SliceEndpoint,
} from '../../model';
import type { TraceStep } from '../../report';
import { generateSliceName } from '../newEndpointSlice';
import { ipFamilyOf } from '../podToEndpoint';
import { listNames, plural, step } from '../traceWords';

/** --mirroring-max-endpoints-per-subset's default. */
export const MAX_ENDPOINTS_PER_SUBSET = 1000;
/** Endpoints with this label set to "true" are not mirrored. */
export const SKIP_MIRROR_LABEL = 'endpointslice.kubernetes.io/skip-mirror';
/** Labels of the Endpoints that are not copied to the slices (endpointslicemirroring utils.go). */
const NOT_COPIED = new Set([SERVICE_NAME_LABEL, MANAGED_BY_LABEL, SKIP_MIRROR_LABEL, 'endpoints.kubernetes.io/last-change-trigger-time']);

/**
 * The slices the mirroring controller writes for `service` from its Endpoints, with the reasons;
 * undefined slices when it mirrors nothing (the Service has a selector, the Endpoints are absent
 * or marked skip-mirror).
 *
 * @example
 * mirrorEndpoints(dbService, dbEndpoints, new Set()).slices?.[0].metadata.labels['endpointslice.kubernetes.io/managed-by'];
 * // 'endpointslicemirroring-controller.k8s.io'
 */
export function mirrorEndpoints(
  service: Service,
  endpoints: Endpoints | undefined,
  takenNames: Set<string>,
): { slices?: EndpointSlice[]; trace: TraceStep[] } {
  const trace: TraceStep[] = [];
  const name = service.metadata.name;
  if (!endpoints) return { trace };
  if (service.selector && Object.keys(service.selector).length > 0) {
    trace.push(
      mirror(
        `Endpoints ${name} are not mirrored: the Service has a selector, so the EndpointSlice controller writes its slices from the selected pods`,
      ),
    );
    return { trace };
  }
  if (endpoints.metadata.labels[SKIP_MIRROR_LABEL] === 'true') {
    trace.push(mirror(`Endpoints ${name} carry ${SKIP_MIRROR_LABEL}: "true", so they are not mirrored`));
    return { trace };
  }

  const labels: Labels = {};
  for (const key in endpoints.metadata.labels) if (!NOT_COPIED.has(key)) labels[key] = endpoints.metadata.labels[key]!;
  labels[SERVICE_NAME_LABEL] = name;
  labels[MANAGED_BY_LABEL] = MIRRORING_CONTROLLER_NAME;

  const slices: EndpointSlice[] = [];
  const truncated: string[] = [];
  let ready = 0;
  let notReady = 0;
  endpoints.subsets.forEach((subset, s) => {
    const byType = new Map<'IPv4' | 'IPv6', SliceEndpoint[]>();
    let mirrored = 0;
    const add = (address: EndpointAddress, isReady: boolean) => {
      if (mirrored >= MAX_ENDPOINTS_PER_SUBSET) return;
      mirrored++;
      if (isReady) ready++;
      else notReady++;
      const endpoint: SliceEndpoint = { addresses: [address.ip], conditions: { ready: isReady } };
      if (address.hostname) endpoint.hostname = address.hostname;
      if (address.nodeName) endpoint.nodeName = address.nodeName;
      if (address.targetRef?.kind === 'Pod')
        endpoint.targetRef = {
          kind: 'Pod',
          namespace: address.targetRef.namespace ?? service.metadata.namespace,
          name: address.targetRef.name,
        };
      const type = ipFamilyOf(address.ip);
      const list = byType.get(type);
      if (list) list.push(endpoint);
      else byType.set(type, [endpoint]);
    };
    for (const address of subset.addresses) add(address, true);
    for (const address of subset.notReadyAddresses) add(address, false);
    const total = subset.addresses.length + subset.notReadyAddresses.length;
    if (total > MAX_ENDPOINTS_PER_SUBSET) truncated.push(`subset ${s} (${total} addresses, ${total - MAX_ENDPOINTS_PER_SUBSET} left out)`);
    for (const [addressType, list] of byType) {
      // The mirroring controller fills slices up to the same cap (EndpointSlices hold up to 1,000 endpoints).
      for (let i = 0; i < list.length; i += MAX_ENDPOINTS_PER_SUBSET) {
        const sliceName = generateSliceName(
          `${name}-`,
          `${service.metadata.namespace}/${name}/mirror/${s}/${addressType}/${i}`,
          takenNames,
        );
        takenNames.add(sliceName);
        slices.push({
          apiVersion: 'discovery.k8s.io/v1',
          kind: 'EndpointSlice',
          metadata: {
            name: sliceName,
            namespace: service.metadata.namespace,
            generateName: `${name}-`,
            labels,
            ownerReferences: [{ apiVersion: 'v1', kind: 'Endpoints', name, controller: true }],
          },
          addressType,
          endpoints: list.slice(i, i + MAX_ENDPOINTS_PER_SUBSET),
          ports: subset.ports.map((p) => ({
            ...(p.name ? { name: p.name } : {}),
            port: p.port,
            protocol: p.protocol,
            ...(p.appProtocol ? { appProtocol: p.appProtocol } : {}),
          })),
        });
      }
    }
  });

  trace.push(
    mirror(
      `the Service has no selector, so the EndpointSliceMirroring controller mirrors its Endpoints ${name}: ${ready} ready and ${notReady} not-ready ${plural(ready + notReady, 'address', 'addresses')} into ${slices.length} ${plural(slices.length, 'EndpointSlice', 'EndpointSlices')} (${MANAGED_BY_LABEL}: ${MIRRORING_CONTROLLER_NAME}); addresses carry only the ready condition, and no zone`,
    ),
  );
  if (truncated.length)
    trace.push(
      mirror(
        `at most ${MAX_ENDPOINTS_PER_SUBSET} addresses of each subset are mirrored (--mirroring-max-endpoints-per-subset): ${listNames(truncated)}`,
      ),
    );
  return { slices, trace };
}

function mirror(message: string): TraceStep {
  return { ...step('EndpointSliceMirroring', message) };
}
