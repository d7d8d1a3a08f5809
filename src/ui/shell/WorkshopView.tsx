/**
 * Workshop mode, the presenter view: the canvas big and the tour's current step (or challenge) in
 * large type. → / PageDown performs the step or moves on, ← / PageUp goes back, Escape leaves.
 */
import { TopologyCanvas } from '../canvas/TopologyCanvas';
import { useStore } from '../../state';
import { ChallengeView } from '../scenarios/ChallengeView';
import { TourStepView } from '../scenarios/TourStepView';
import { useWorkshopKeys } from '../scenarios/useWorkshopKeys';
import '../scenarios/scenarios.css';

/** Pod names on a projector: readable from the back of a room. */
const PRESENTER_NAME_PX = 16;

export function WorkshopView() {
  const setWorkshop = useStore((s) => s.setWorkshop);
  const hasChallenge = useStore((s) => s.challenge !== null);
  const hasTour = useStore((s) => s.tour !== null);
  const openGallery = useStore((s) => s.setGalleryOpen);
  useWorkshopKeys();

  return (
    <main className="kt-workshop" data-testid="workshop" aria-label="Workshop presenter view">
      <div className="kt-workshop__canvas canvas-region" id="canvas-region" tabIndex={-1}>
        <TopologyCanvas minNamePx={PRESENTER_NAME_PX} />
      </div>
      <aside className="kt-workshop__side" aria-live="polite">
        {hasChallenge ? (
          <ChallengeView presenter />
        ) : hasTour ? (
          <TourStepView presenter />
        ) : (
          <div className="kt-step kt-step--presenter">
            <p>Choose a scenario to present.</p>
            <button type="button" onClick={() => openGallery(true)}>
              Scenarios…
            </button>
          </div>
        )}
        <p className="kt-workshop__keys">
          <kbd>→</kbd> next · <kbd>←</kbd> previous · <kbd>Esc</kbd> leave
        </p>
        <button type="button" className="kt-workshop__exit" onClick={() => setWorkshop(false)} data-testid="workshop-exit">
          Leave workshop mode
        </button>
      </aside>
    </main>
  );
}
