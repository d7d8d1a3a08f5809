/** A challenge in progress: the task, a hint on request, and the engine's check of the current state. */
import { useStore } from '../../state';
import { findBuiltinScenario } from '../../scenarios/examples';
import { CheckResults } from './CheckResults';

export function ChallengeView({ presenter = false }: { presenter?: boolean }) {
  const current = useStore((s) => s.challenge);
  const check = useStore((s) => s.checkChallenge);
  const showHint = useStore((s) => s.showChallengeHint);
  const exit = useStore((s) => s.exitChallenge);
  const scenario = current ? findBuiltinScenario(current.scenario) : undefined;
  const challenge = scenario?.challenges.find((c) => c.id === current?.challenge);
  if (!current || !scenario || !challenge) return null;
  const Heading = presenter ? 'h2' : 'h3';

  return (
    <article className={`kt-step${presenter ? ' kt-step--presenter' : ''}`} data-testid="challenge">
      <p className="kt-step__where">
        Challenge — {scenario.number}. {scenario.title}
      </p>
      <Heading className="kt-step__title">{challenge.title}</Heading>
      <p className="kt-step__text">{challenge.text}</p>
      <p className="kt-step__observe">Use the terminal, the canvas or the YAML, then ask the engine.</p>
      {current.hintShown && (
        <p className="kt-step__hint" data-testid="challenge-hint">
          <strong>Hint:</strong> {challenge.hint}
        </p>
      )}
      {current.results && <CheckResults results={current.results} />}
      <div className="kt-step__nav" role="group" aria-label="Challenge">
        <button type="button" onClick={showHint} disabled={current.hintShown}>
          Hint
        </button>
        <button type="button" className="kt-primary" onClick={() => void check()} data-testid="challenge-check">
          Check
        </button>
        <button type="button" onClick={exit}>
          Leave challenge
        </button>
      </div>
    </article>
  );
}
