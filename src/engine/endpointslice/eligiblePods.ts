/** Pods that become endpoints of a Service, and the reasons for the others. */
import { diagnosticAt, type Diagnostic } from '../diagnostics';
import { keyOf, type Node, type Pod, type Service } from '../model';
import type { TraceStep } from '../report';
import type { EligiblePod } from './buildEndpointSlices';
import { findPort, getEndpointPorts } from './getEndpointPorts';
import { whyPodIsNotAnEndpoint } from './shouldPodBeInEndpoints';
import { listNames, plural, step } from './traceWords';

/**
 * ShouldPodBeInEndpoints, the Node lookup and getEndpointPorts, as reconcileByAddressType does
 * them, with what was left out and why (pushed onto `trace` and `diagnostics`).
 *
 * @example
 * eligiblePods(service, podIndex.select('default', { app: 'web' }), nodesByName, trace, diagnostics);
 */
export function eligiblePods(
  service: Service,
  selected: readonly Pod[],
  nodesByName: ReadonlyMap<string, Node>,
  trace: TraceStep[],
  diagnostics: Diagnostic[],
): EligiblePod[] {
  const eligible: EligiblePod[] = [];
  const excluded: string[] = [];
  const portless: string[] = [];
  let lastContainerPorts: unknown;
  let lastPorts: EligiblePod['ports'] | undefined;
  for (const pod of selected) {
    const reason = whyPodIsNotAnEndpoint(pod);
    if (reason) {
      excluded.push(`${pod.metadata.name} (${reason})`);
      continue;
    }
    const nodeName = pod.spec.nodeName ?? '';
    const node = nodesByName.get(nodeName);
    if (!node && !service.publishNotReadyAddresses) {
      const message = `skipping Pod ${pod.metadata.name} for Service ${keyOf(service.metadata)}: Node ${nodeName} Not Found`;
      diagnostics.push(diagnosticAt(pod.source, ['spec', 'nodeName'], 'warning', message, `Pod ${keyOf(pod.metadata)}`));
      excluded.push(`${pod.metadata.name} (its Node "${nodeName}" does not exist)`);
      continue;
    }
    // Ports resolve from the container ports alone, and pods of a workload share that list.
    const ports = pod.spec.containerPorts === lastContainerPorts && lastPorts ? lastPorts : getEndpointPorts(service, pod);
    lastContainerPorts = pod.spec.containerPorts;
    lastPorts = ports;
    if (ports.length < service.ports.length) {
      const missing = service.ports.filter((p) => findPort(pod, p) === undefined).map((p) => `"${p.targetPort}"/${p.protocol}`);
      portless.push(`${pod.metadata.name} (no container port ${missing.join(', ')})`);
    }
    eligible.push({ pod, node, ports });
  }
  trace.push(
    step(
      'ShouldPodBeInEndpoints',
      `${selected.length} ${plural(selected.length, 'pod matches', 'pods match')} the selector; ${eligible.length} ${plural(eligible.length, 'becomes an endpoint', 'become endpoints')}`,
    ),
  );
  if (excluded.length) trace.push(step('ShouldPodBeInEndpoints', `left out: ${listNames(excluded)}`));
  if (portless.length) {
    trace.push(
      step(
        'getEndpointPorts',
        `a named targetPort the pod does not declare is left out of its port set, so these pods go to slices with fewer ports: ${listNames(portless)}`,
      ),
    );
  }
  if (service.publishNotReadyAddresses) {
    trace.push(step('podToEndpoint', 'publishNotReadyAddresses is true, so every endpoint is ready, even not-ready and terminating ones'));
  }
  return eligible;
}
