/**
 * The gallery of built-in scenarios (native <dialog>: focus trapped, Escape closes): each with its
 * tour, its challenges and the progress kept in this browser.
 */
import { useRef } from 'react';
import { useModalDialog } from '../common/useModalDialog';
import { confirmDiscard } from '../../io/persistence/workspaceReset';
import { useStore } from '../../state';
import { findBuiltinScenario, SCENARIOS } from '../../scenarios/examples';
import type { Scenario } from '../../scenarios/types';
import './scenarios.css';

async function replaceWith(what: string, then: () => unknown): Promise<void> {
  if (await confirmDiscard(what, 'Discard and open')) await then();
}

/** The Tour panel shows the step, except in the presenter view, which shows it itself (and has no dock). */
function showTourPanel(): void {
  const state = useStore.getState();
  if (!state.workshop) state.setDockPanel('tour');
}

function ScenarioCard({ scenario }: { scenario: Scenario }) {
  const progress = useStore((s) => s.progress.scenarios[scenario.id]);
  const startTour = useStore((s) => s.startTour);
  const startChallenge = useStore((s) => s.startChallenge);
  const close = useStore((s) => s.setGalleryOpen);
  const passed = progress?.passedSteps.length ?? 0;
  const titleId = `scenario-title-${scenario.id}`;

  const tour = () =>
    replaceWith(`Open the tour “${scenario.title}”`, async () => {
      showTourPanel();
      await startTour(scenario.id);
    });
  const challenge = (id: string) =>
    replaceWith(`Open a challenge of “${scenario.title}”`, async () => {
      showTourPanel();
      await startChallenge(scenario.id, id);
    });
  const filesOnly = () =>
    replaceWith(`Load “${scenario.title}”`, () => {
      useStore.getState().loadExample(scenario);
      close(false);
    });

  return (
    <li className="kt-gallery__card" aria-labelledby={titleId} data-testid={`scenario-${scenario.id}`}>
      <h3 id={titleId}>
        <span className="kt-gallery__number">{scenario.number}.</span> {scenario.title}
      </h3>
      <p>{scenario.summary}</p>
      <p className="kt-gallery__progress" data-testid="scenario-progress">
        {passed === scenario.tour.length ? '✓ ' : ''}
        {passed} of {scenario.tour.length} steps confirmed
        {progress?.solvedChallenges.length
          ? ` · ${progress.solvedChallenges.length} of ${scenario.challenges.length} challenges solved`
          : ''}
      </p>
      <div className="kt-gallery__actions">
        <button type="button" className="kt-primary" onClick={() => void tour()} data-testid={`start-tour-${scenario.id}`}>
          Start the tour
        </button>
        {scenario.challenges.map((c) => (
          <button type="button" key={c.id} onClick={() => void challenge(c.id)} data-testid={`start-challenge-${c.id}`}>
            {progress?.solvedChallenges.includes(c.id) ? '✓ ' : ''}Challenge: {c.title}
          </button>
        ))}
        <button type="button" onClick={() => void filesOnly()}>
          Files only
        </button>
      </div>
    </li>
  );
}

export function ScenarioGallery() {
  const open = useStore((s) => s.galleryOpen);
  const setOpen = useStore((s) => s.setGalleryOpen);
  const last = useStore((s) => s.progress.last);
  const startTour = useStore((s) => s.startTour);
  const dialog = useRef<HTMLDialogElement>(null);
  const resumable = last && findBuiltinScenario(last.scenario);

  useModalDialog(dialog, open);

  return (
    <dialog
      ref={dialog}
      className="kt-gallery"
      aria-labelledby="gallery-title"
      data-testid="scenario-gallery"
      onClose={() => setOpen(false)}
    >
      {open && (
        <>
          <header className="kt-gallery__header">
            <h2 id="gallery-title">Scenarios</h2>
            <p>
              Each scenario is a cluster in YAML and a guided tour: do each step from the terminal or the canvas, and the engine confirms
              what you should see.
            </p>
            {resumable && (
              <button
                type="button"
                onClick={() =>
                  void replaceWith('Resume the tour', async () => {
                    showTourPanel();
                    await startTour(last!.scenario, last!.step);
                  })
                }
                data-testid="resume-tour"
              >
                Resume “{resumable.title}” at step {last!.step + 1}
              </button>
            )}
            <button type="button" className="kt-gallery__close" onClick={() => setOpen(false)} aria-label="Close the gallery" autoFocus>
              ×
            </button>
          </header>
          <ul className="kt-gallery__list">
            {SCENARIOS.map((s) => (
              <ScenarioCard key={s.id} scenario={s} />
            ))}
          </ul>
        </>
      )}
    </dialog>
  );
}
