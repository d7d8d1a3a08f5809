/** The pods a PodTopologySpread computation is about, and the scheduler's default constraints. */
import { HOSTNAME_LABEL, ZONE_LABEL, type LabelSelector, type Labels, type TopologySpreadConstraint } from '../model';

/** The pods being placed, as the spreading plugin sees them. */
export interface SpreadSubject {
  namespace: string;
  labels: Labels;
  constraints: readonly TopologySpreadConstraint[];
  /**
   * System default spreading when the pod has no constraints: the selector helper.DefaultSelector
   * builds from the Services selecting the pod and its owner. `byOwner` counts only the owner's
   * pods, which are all in this placement run.
   */
  defaultSpread?: { selector: LabelSelector; byOwner: boolean };
}

/** The default profile's systemDefaulted constraints (pkg/scheduler/apis/config/v1 defaults.go). */
export const SYSTEM_DEFAULT_CONSTRAINTS = [
  { topologyKey: HOSTNAME_LABEL, maxSkew: 3 },
  { topologyKey: ZONE_LABEL, maxSkew: 5 },
] as const;
