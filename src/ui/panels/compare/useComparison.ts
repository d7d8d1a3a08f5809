/**
 * The comparison of the toolbar's Service, computed by the engine from the workspace files (as
 * written, without the timeline's events) with the analysis options of the store.
 */
import { useDeferredValue, useMemo } from 'react';
import { compareChoices, type CompareResult, type EstimateInputs, type FailureSpec } from '../../../engine';
import { useStore } from '../../../state';
import { useWorkspaceObjects } from '../../../state/useWorkspaceObjects';
import { versionOptions } from '../../../state/versionsSlice';
import { toolbarService } from '../../../view/serviceKey';
import { keyOfLocation } from '../../../workspace/objectLocations';

export function useComparison(failure: FailureSpec | undefined, estimate: EstimateInputs): CompareResult | undefined {
  const files = useDeferredValue(useStore((s) => s.files));
  const kubernetesVersion = useStore((s) => s.kubernetesVersion);
  const seed = useStore((s) => s.seed);
  const kubeProxyVersion = useStore((s) => s.kubeProxyVersion);
  const controlPlaneGates = useStore((s) => s.controlPlaneGates);
  const selectedService = useStore((s) => s.selectedService);
  const report = useStore((s) => s.report);
  const objects = useWorkspaceObjects();
  const serviceLocation = toolbarService(objects, { selectedService, report });
  const service = serviceLocation ? keyOfLocation(serviceLocation) : undefined;
  return useMemo(() => {
    if (!service) return undefined;
    const options = { kubernetesVersion, seed, ...versionOptions({ kubeProxyVersion, controlPlaneGates }) };
    return compareChoices(files, options, { service, estimate, ...(failure ? { failure } : {}) });
  }, [files, kubernetesVersion, seed, kubeProxyVersion, controlPlaneGates, service, failure, estimate]);
}
