/**
 * The tour's current step: its story, what to do, what to observe and the engine's verdict. The
 * learner either presses Do it, or types the step themselves in the terminal shown in the step;
 * the step's buttons stay in view (sticky at the bottom of the scrolling panel).
 */
import { Suspense } from 'react';
import { useStore } from '../../state';
import { findBuiltinScenario } from '../../scenarios/examples';
import type { StepAction } from '../../scenarios/types';
import { useTerminalSlot } from '../common/TerminalSlot';
import { ActionList } from './ActionList';
import { CheckResults } from './CheckResults';

/** The step's own doing, without the time it lets pass (the tour lets it pass after the learner's change). */
const doings = (actions: readonly StepAction[]) => actions.filter((a) => !('wait' in a));

/**
 * When the terminal takes the focus, the browser scrolls just enough to show its prompt, which
 * can leave it under the step's sticky buttons: show the whole terminal above them when it fits,
 * else its bottom (the prompt) just above them. The command to type is in the sticky part.
 */
function showWhole(block: HTMLElement): void {
  let scroller = block.parentElement;
  while (scroller && scroller.scrollHeight <= scroller.clientHeight) scroller = scroller.parentElement;
  if (!scroller) return;
  const dock = scroller.querySelector<HTMLElement>('.kt-step__dock');
  const room = scroller.clientHeight - (dock?.offsetHeight ?? 0);
  const top = block.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  // The panel alone scrolls (scrollIntoView would scroll the page around it too).
  scroller.scrollTop += block.offsetHeight <= room ? top : top + block.offsetHeight - room;
}

export function TourStepView({ presenter = false }: { presenter?: boolean }) {
  const tour = useStore((s) => s.tour);
  const busy = useStore((s) => s.tourBusy);
  const perform = useStore((s) => s.performTourStep);
  const previous = useStore((s) => s.previousTourStep);
  const next = useStore((s) => s.nextTourStep);
  const typeIt = useStore((s) => s.typeTourStep);
  const terminal = useTerminalSlot();
  const scenario = tour ? findBuiltinScenario(tour.scenario) : undefined;
  if (!tour || !scenario) return null;
  const step = scenario.tour[tour.step]!;
  const last = tour.step + 1 >= scenario.tour.length;
  const Heading = presenter ? 'h2' : 'h3';
  const typed = doings(step.actions);
  const commands = typed.every((a) => 'command' in a);
  // The learner's terminal stays with the step once it passed, with what they typed.
  const typing = tour.typing === true;

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
      {typing && (
        <div className="kt-step__yourself" data-testid="tour-yourself" onFocus={(e) => showWhole(e.currentTarget)}>
          {!tour.performed && (
            <p className="kt-step__hint">
              The engine checks the step after each change you make
              {step.actions.some((a) => 'wait' in a) ? ', letting the step’s time pass' : ''}; a command of your own that does what the step
              asks passes too.
            </p>
          )}
          {terminal && (
            <div className="kt-step__terminal">
              <Suspense fallback={<p>Loading the terminal…</p>}>{terminal}</Suspense>
            </div>
          )}
        </div>
      )}
      {tour.results && <CheckResults results={tour.results} />}
      <div className="kt-step__dock">
        {/* What to type stays in view with the buttons, however far the terminal scrolled. */}
        {typing && !tour.performed && (
          <div className={`kt-step__totype${commands ? ' kt-step__totype--commands' : ''}`} data-testid="tour-to-type">
            <span className="kt-step__totype-label">{commands ? 'Type in the terminal, then Enter:' : 'Do it yourself:'}</span>
            <ActionList actions={typed} />
          </div>
        )}
        <div className="kt-step__nav" role="group" aria-label="Tour steps">
          <button type="button" onClick={() => void previous()} disabled={busy || tour.step === 0} data-testid="tour-previous">
            ← Previous
          </button>
          {!tour.performed ? (
            <>
              <button type="button" className="kt-primary" onClick={() => void perform()} disabled={busy} data-testid="tour-perform">
                Do it
              </button>
              {!typing && (
                <button type="button" onClick={typeIt} disabled={busy} data-testid="tour-type">
                  {commands ? 'Type it yourself' : 'Do it yourself'}
                </button>
              )}
            </>
          ) : (
            <button type="button" className="kt-primary" onClick={() => void next()} disabled={busy || last} data-testid="tour-next">
              {last ? 'Tour complete' : 'Next →'}
            </button>
          )}
        </div>
      </div>
    </article>
  );
}
