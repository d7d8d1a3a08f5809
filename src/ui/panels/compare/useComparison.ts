/**
 * The comparison of the toolbar's Service on the state the canvas shows: the workspace files with
 * the timeline's events up to its cursor, and the analysis options of the store. Small workspaces
 * are compared in the render; large ones in the worker (never blocking a frame), while the panel
 * keeps the previous columns and says so. Estimate inputs re-price the figures without a new run.
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import {
  compareChoices,
  shownFamily,
  withEstimateInputs,
  type CompareOptions,
  type CompareResult,
  type EstimateInputs,
  type FailureSpec,
} from '../../../engine';
import { useStore } from '../../../state';
import { timelineInput } from '../../../state/timelineSlice';
import { useWorkspaceObjects } from '../../../state/useWorkspaceObjects';
import { versionOptions } from '../../../state/versionsSlice';
import { createCompareRunner, type CompareRunner } from '../../../state/worker/compareRunner';
import { toolbarService } from '../../../view/serviceKey';
import { keyOfLocation } from '../../../workspace/objectLocations';

function compareHere(...args: Parameters<typeof compareChoices>): CompareResult {
  try {
    return compareChoices(...args);
  } catch (error) {
    return { problem: `The comparison failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

let sharedRunner: CompareRunner | undefined;
const compareRunner = () => (sharedRunner ??= createCompareRunner());

export interface ComparisonState {
  result: CompareResult | undefined;
  /** The request the worker is comparing (`result` is that of an earlier state, or undefined before the first), or null. */
  running: object | null;
  /** The last worker run was cancelled: `result` is that of an earlier state. */
  cancelled: boolean;
  cancel(): void;
}

export function useComparison(failure: FailureSpec | undefined, estimate: EstimateInputs): ComparisonState {
  const files = useDeferredValue(useStore((s) => s.files));
  const kubernetesVersion = useStore((s) => s.kubernetesVersion);
  const seed = useStore((s) => s.seed);
  const kubeProxyVersion = useStore((s) => s.kubeProxyVersion);
  const controlPlaneGates = useStore((s) => s.controlPlaneGates);
  const selectedService = useStore((s) => s.selectedService);
  const events = useStore((s) => s.timeline);
  const cursor = useStore((s) => s.cursor);
  const now = useStore((s) => s.now);
  const report = useStore((s) => s.report);
  const objects = useWorkspaceObjects();
  const serviceLocation = toolbarService(objects, { selectedService, report });
  const service = serviceLocation ? keyOfLocation(serviceLocation) : undefined;
  // A dual-stack Service is compared in the IP family the canvas shows.
  const chosenFamily = useStore((s) => s.ipFamily);
  const ipFamily = report && service ? shownFamily(report, service, chosenFamily) : undefined;

  const request = useMemo(() => {
    if (!service) return undefined;
    const timeline = timelineInput({ timeline: events, cursor, now });
    const options = { kubernetesVersion, seed, timeline, ...versionOptions({ kubeProxyVersion, controlPlaneGates }) };
    const compare: CompareOptions = { service, ...(failure ? { failure } : {}), ...(ipFamily ? { ipFamily } : {}) };
    return { files, options, compare };
  }, [files, kubernetesVersion, seed, kubeProxyVersion, controlPlaneGates, service, failure, events, cursor, now, ipFamily]);

  const large = useMemo(() => (request ? compareRunner().isLarge(request.files, request.options, request.compare) : false), [request]);
  // Small: compared in the render, so the columns follow an edit in the same frame.
  const inRender = useMemo(
    () => (request && !large ? compareHere(request.files, request.options, request.compare) : undefined),
    [request, large],
  );
  const [settled, setSettled] = useState<{ request: typeof request; result: CompareResult } | undefined>();
  const [cancelledFor, setCancelledFor] = useState<typeof request>();

  // Large: in the worker; the panel keeps the last settled columns until the answer comes.
  useEffect(() => {
    if (!request || !large) return;
    let current = true;
    compareRunner()
      .run(request.files, request.options, request.compare)
      .then(
        (result) => current && result && setSettled({ request, result }),
        (error: unknown) =>
          current &&
          setSettled({ request, result: { problem: `The comparison failed: ${error instanceof Error ? error.message : String(error)}` } }),
      );
    return () => {
      current = false;
    };
  }, [request, large]);

  const result = large ? settled?.result : inRender;
  const priced = useMemo(
    () => (result && 'comparison' in result ? { ...result, comparison: withEstimateInputs(result.comparison, estimate) } : result),
    [result, estimate],
  );
  const cancelled = large && !!request && cancelledFor === request;
  return {
    result: service ? priced : undefined,
    running: large && request && settled?.request !== request && !cancelled ? request : null,
    cancelled,
    cancel: () => {
      compareRunner().cancel();
      setCancelledFor(request);
    },
  };
}
