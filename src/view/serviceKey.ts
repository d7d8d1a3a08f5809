import { defaultService } from './routeModel';
import type { StoreState } from '../state/types';
import { keyOfLocation, type ObjectLocation } from '../workspace/objectLocations';

/**
 * The Service the toolbar edits: the selected one while it exists, else the one the canvas
 * draws by default, else the first Service in the workspace.
 */
export function toolbarService(
  objects: readonly ObjectLocation[],
  state: Pick<StoreState, 'selectedService' | 'report'>,
): ObjectLocation | undefined {
  const services = objects.filter((o) => o.kind === 'Service');
  const preferred = state.selectedService ?? (state.report ? defaultService(state.report) : null);
  return services.find((s) => keyOfLocation(s) === preferred) ?? services[0];
}
