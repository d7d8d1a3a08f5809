import type { StoreState } from '../state';
import { defaultService } from './routeModel';

/**
 * The Service whose routes are drawn: the toolbar's selected Service while the report has it,
 * else the first Service with client routes. Also read by the exports, so they draw what the canvas does.
 */
export function drawnService(state: Pick<StoreState, 'report' | 'selectedService'>): string | null {
  const { report, selectedService } = state;
  if (!report) return null;
  if (selectedService && report.services.some((svc) => svc.key === selectedService)) return selectedService;
  return defaultService(report);
}
