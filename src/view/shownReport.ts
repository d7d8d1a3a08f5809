/**
 * The report as the page shows it: for a dual-stack drawn Service, its routes and views of the IP
 * family chosen in the store (the engine's reportForFamily; nothing derived anew). Read by the
 * canvas and panels (through useFamilyReport) and by the embed's messages to its host.
 */
import { reportForFamily, serviceFamilies, shownFamily, type IPFamilyName, type RoutingReport } from '../engine';
import type { StoreState } from '../state';
import { drawnService } from './drawnService';

export interface ShownReport {
  /** The report with the drawn Service's routes and views of the shown family where the primary's are. */
  report: RoutingReport | null;
  /** The drawn Service. */
  service: string | null;
  /** The drawn Service's IP families (primary first) when it is dual-stack. */
  families?: [IPFamilyName, IPFamilyName];
  /** The family shown for it (undefined: single-stack). */
  family?: IPFamilyName;
}

/**
 * @example
 * shownReport({ report, selectedService: 'default/web', ipFamily: 'IPv6' }).family; // "IPv6" when web is dual-stack
 */
export function shownReport(state: Pick<StoreState, 'report' | 'selectedService' | 'ipFamily'>): ShownReport {
  const full = state.report;
  const service = drawnService(state);
  if (!full || !service) return { report: full, service };
  const families = serviceFamilies(full, service);
  if (!families) return { report: full, service };
  const family = shownFamily(full, service, state.ipFamily)!;
  return { report: reportForFamily(full, service, family), service, families, family };
}
