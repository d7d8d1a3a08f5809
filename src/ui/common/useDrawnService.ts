import { useStore } from '../../state';
import { drawnService } from '../../view/drawnService';

/** The drawn Service (drawnService), kept current from the store. */
export function useDrawnService(): string | null {
  return useStore(drawnService);
}
