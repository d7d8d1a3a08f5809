/** EndpointSlices supplied in the input, grouped by the Service they name. */
import { diagnosticAt, type Diagnostic } from '../diagnostics';
import { SERVICE_NAME_LABEL, type ClusterState, type EndpointSlice } from '../model';

/**
 * Input slices by Service key, from their `kubernetes.io/service-name` label.
 *
 * @example
 * groupUserSlices(cluster.endpointSlices).get('default/web'); // [EndpointSlice web-manual]
 */
export function groupUserSlices(userSlices: ClusterState['endpointSlices']): Map<string, EndpointSlice[]> {
  const byService = new Map<string, EndpointSlice[]>();
  for (const { slice } of userSlices) {
    const serviceName = slice.metadata.labels[SERVICE_NAME_LABEL];
    if (!serviceName) continue;
    const key = `${slice.metadata.namespace}/${serviceName}`;
    const list = byService.get(key);
    if (list) list.push(slice);
    else byService.set(key, [slice]);
  }
  return byService;
}

/**
 * Warnings for input slices whose Service is not in the input.
 *
 * @example
 * orphanSliceDiagnostics(new Map([['default/nope', [slice]]]), cluster.endpointSlices);
 */
export function orphanSliceDiagnostics(
  orphans: ReadonlyMap<string, EndpointSlice[]>,
  userSlices: ClusterState['endpointSlices'],
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const sourceOf = new Map(userSlices.map((s) => [s.slice, s.source]));
  for (const [key, slices] of orphans) {
    for (const slice of slices) {
      const message = `EndpointSlice ${slice.metadata.name} belongs to Service ${key}, which is not in the input; kube-proxy ignores it`;
      diagnostics.push(
        diagnosticAt(
          sourceOf.get(slice)!,
          ['metadata', 'labels', SERVICE_NAME_LABEL],
          'warning',
          message,
          `EndpointSlice ${slice.metadata.namespace}/${slice.metadata.name}`,
        ),
      );
    }
  }
  return diagnostics;
}
