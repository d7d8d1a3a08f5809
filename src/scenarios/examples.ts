import { daemonSetLocal } from './builtin/daemonset-local/scenario';
import { drainWithBudget } from './builtin/drain-pdb/scenario';
import { etpLocalLoadBalancer } from './builtin/etp-local-lb/scenario';
import { localVsPreferSameNode } from './builtin/local-vs-prefersamenode/scenario';
import { preferSameZoneWorthIt } from './builtin/prefersamezone-worth-it/scenario';
import { preferCloseOverload } from './builtin/preferclose-overload/scenario';
import { rollingUpdate } from './builtin/rolling-update/scenario';
import { seedDemoScenario } from './builtin/seedDemoTour';
import { sessionAffinity } from './builtin/session-affinity/scenario';
import { topologyAuto } from './builtin/topology-auto/scenario';
import { zoneOutage } from './builtin/zone-outage/scenario';
import type { Example, Scenario } from './types';

/** Built-in scenarios in gallery order; the toolbar's Examples menu lists them too. */
export const SCENARIOS: readonly Scenario[] = [
  seedDemoScenario,
  localVsPreferSameNode,
  zoneOutage,
  preferCloseOverload,
  topologyAuto,
  etpLocalLoadBalancer,
  rollingUpdate,
  sessionAffinity,
  drainWithBudget,
  daemonSetLocal,
  preferSameZoneWorthIt,
];

/** Every built-in example (each scenario is one). */
export const EXAMPLES: readonly Example[] = SCENARIOS;

export function findBuiltinScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}

export type { Example, Scenario };
