import { useStore } from '../store';
import { defaultService } from './routeModel';

/**
 * The Service whose routes are drawn: the toolbar's selected Service while the report has it,
 * else the first Service with client routes.
 */
export function useDrawnService(): string | null {
  return useStore((s) => {
    const report = s.report;
    if (!report) return null;
    if (s.selectedService && report.services.some((svc) => svc.key === s.selectedService)) return s.selectedService;
    return defaultService(report);
  });
}
