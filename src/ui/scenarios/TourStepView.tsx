/** The tour's current step: its story, what to do, what to observe and the engine's verdict. */
import { useStore } from '../../state';
import { findBuiltinScenario } from '../../scenarios/examples';
import { ActionList } from './ActionList';
import { CheckResults } from './CheckResults';

export function TourStepView({ presenter = false }: { presenter?: boolean }) {
  const tour = useStore((s) => s.tour);
  const busy = useStore((s) => s.tourBusy);
  const perform = useStore((s) => s.performTourStep);
  const advance = useStore((s) => s.advanceTour);
  const previous = useStore((s) => s.previousTourStep);
  const scenario = tour ? findBuiltinScenario(tour.scenario) : undefined;
  if (!tour || !scenario) return null;
  const step = scenario.tour[tour.step]!;
  const last = tour.step + 1 >= scenario.tour.length;
  const Heading = presenter ? 'h2' : 'h3';

  return (
    <article className={`kt-step${presenter ? ' kt-step--presenter' : ''}`} data-testid="tour-step" data-step={tour.step} aria-busy={busy}>
      <p className="kt-step__where">
        {scenario.number}. {scenario.title} — step <span data-testid="tour-step-number">{tour.step + 1}</span> of {scenario.tour.length}
      </p>
      <Heading className="kt-step__title">{step.title}</Heading>
      <p className="kt-step__text">{step.text}</p>
      <ActionList actions={step.actions} />
      <p className="kt-step__observe">
        <strong>Observe:</strong> {step.observe}
      </p>
      {tour.error && (
        <p className="kt-step__error" role="alert" data-testid="tour-error">
          {tour.error}
        </p>
      )}
      {tour.results && <CheckResults results={tour.results} />}
      <div className="kt-step__nav" role="group" aria-label="Tour steps">
        <button type="button" onClick={() => void previous()} disabled={busy || tour.step === 0} data-testid="tour-previous">
          ← Previous
        </button>
        {!tour.performed ? (
          <button type="button" className="kt-primary" onClick={() => void perform()} disabled={busy} data-testid="tour-perform">
            Do it
          </button>
        ) : (
          <button type="button" className="kt-primary" onClick={() => void advance()} disabled={busy || last} data-testid="tour-next">
            {last ? 'Tour complete' : 'Next →'}
          </button>
        )}
      </div>
    </article>
  );
}
