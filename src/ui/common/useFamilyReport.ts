import { useMemo } from 'react';
import { reportForFamily, serviceFamilies, shownFamily, type IPFamilyName, type RoutingReport } from '../../engine';
import { useStore } from '../../state';
import { useDrawnService } from './useDrawnService';

export interface FamilyReport {
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
 * The report as the page shows it: for a dual-stack drawn Service, the IP family chosen in the
 * store (engine's reportForFamily: the reported routes of that family, nothing derived anew).
 */
export function useFamilyReport(): FamilyReport {
  const full = useStore((s) => s.report);
  const chosen = useStore((s) => s.ipFamily);
  const service = useDrawnService();
  return useMemo(() => {
    if (!full || !service) return { report: full, service };
    const families = serviceFamilies(full, service);
    if (!families) return { report: full, service };
    const family = shownFamily(full, service, chosen)!;
    return { report: reportForFamily(full, service, family), service, families, family };
  }, [full, service, chosen]);
}
