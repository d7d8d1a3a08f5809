/** The Tour dock panel: the current tour step or challenge, or the way to the gallery. */
import { useStore } from '../../state';
import { ChallengeView } from './ChallengeView';
import { TourStepView } from './TourStepView';
import './scenarios.css';

export default function TourPanel() {
  const tour = useStore((s) => s.tour);
  const challenge = useStore((s) => s.challenge);
  const openGallery = useStore((s) => s.setGalleryOpen);
  const exitTour = useStore((s) => s.exitTour);
  const setWorkshop = useStore((s) => s.setWorkshop);

  if (challenge) return <ChallengeView />;
  if (!tour) {
    return (
      <div className="kt-tour-empty">
        <p>No tour running. Each built-in scenario walks through a failure step by step, and the engine checks every step.</p>
        <button type="button" onClick={() => openGallery(true)} data-testid="tour-open-gallery">
          Choose a scenario…
        </button>
      </div>
    );
  }
  return (
    <div className="kt-tour-panel">
      <TourStepView />
      <div className="kt-tour-panel__end">
        <button type="button" onClick={() => setWorkshop(true)} data-testid="tour-workshop">
          Present (workshop mode)
        </button>
        <button type="button" onClick={exitTour}>
          End tour
        </button>
      </div>
    </div>
  );
}
