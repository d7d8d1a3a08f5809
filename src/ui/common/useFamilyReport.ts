import { useMemo } from 'react';
import { useStore } from '../../state';
import { shownReport, type ShownReport } from '../../view/shownReport';

export type FamilyReport = ShownReport;

/**
 * The report as the page shows it (shownReport): for a dual-stack drawn Service, the IP family
 * chosen in the store.
 */
export function useFamilyReport(): FamilyReport {
  const report = useStore((s) => s.report);
  const selectedService = useStore((s) => s.selectedService);
  const ipFamily = useStore((s) => s.ipFamily);
  return useMemo(() => shownReport({ report, selectedService, ipFamily }), [report, selectedService, ipFamily]);
}
