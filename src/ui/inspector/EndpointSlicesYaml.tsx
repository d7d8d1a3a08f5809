import { useMemo } from 'react';
import { stringify } from 'yaml';
import type { EndpointSlice } from '../../engine';

/** The Service's EndpointSlices as `kubectl get endpointslices -o yaml` prints them (a v1 List). */
export function endpointSlicesYaml(slices: readonly EndpointSlice[]): string {
  return stringify({
    apiVersion: 'v1',
    items: slices,
    kind: 'List',
    metadata: { resourceVersion: '' },
  });
}

export function EndpointSlicesYaml({ slices }: { slices: readonly EndpointSlice[] }) {
  const text = useMemo(() => endpointSlicesYaml(slices), [slices]);
  return (
    <pre className="kt-yaml" data-testid="endpointslices-yaml" tabIndex={0} aria-label="EndpointSlices as YAML">
      {text}
    </pre>
  );
}
