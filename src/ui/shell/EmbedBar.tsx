/** The embed's compact header: what it shows, the tour's steps, play/pause, and the way out to the full playground. */
import { findBuiltinScenario } from '../../scenarios/examples';
import { seedDemo } from '../../scenarios/seedDemo';
import { useStore } from '../../state';
import { ProxyControls } from '../toolbar/ProxyControls';
import { ServiceControls } from '../toolbar/ServiceControls';
import { VersionControl } from '../toolbar/VersionControl';
import { goToStep, stepTitle } from '../../io/embed/embedScenario';
import { useEmbedState } from '../../state/embedState';
import { OpenInPlayground } from './OpenInPlayground';

function StepNav() {
  const scenario = useEmbedState((s) => s.scenario);
  const step = useEmbedState((s) => s.step);
  const steps = useEmbedState((s) => s.steps);
  const setNotice = useEmbedState((s) => s.setNotice);
  const busy = useStore((s) => s.tourBusy);
  if (steps === 0 || !scenario) return null;
  const go = (to: number) => void goToStep(to).then(setNotice);
  const title = stepTitle(scenario, step);
  return (
    <div className="embed__steps" role="group" aria-label="Tour steps">
      <button type="button" onClick={() => go(step - 1)} disabled={busy || step === 0} data-testid="embed-step-previous">
        Previous
      </button>
      <span aria-live="polite" data-testid="embed-step" className="embed__step" title={title}>
        Step {step + 1} of {steps}
        {title ? `: ${title}` : ''}
      </span>
      <button type="button" onClick={() => go(step + 1)} disabled={busy || step + 1 >= steps} data-testid="embed-step-next">
        Next
      </button>
    </div>
  );
}

export function EmbedBar({ full }: { full: boolean }) {
  const scenario = useEmbedState((s) => s.scenario);
  const paused = useStore((s) => s.animationPaused);
  const setPaused = useStore((s) => s.setAnimationPaused);
  const title = scenario ? (findBuiltinScenario(scenario)?.title ?? seedDemo.title) : 'Shared workspace';
  return (
    <header className="embed__bar" data-testid="embed-bar">
      <div className="embed__row">
        <span className="embed__title" title={title}>
          {title}
        </span>
        <StepNav />
        <button type="button" aria-pressed={!paused} onClick={() => setPaused(!paused)} data-testid="embed-play">
          {paused ? 'Play' : 'Pause'}
        </button>
        <OpenInPlayground />
      </div>
      {full && (
        <div role="group" aria-label="Cluster settings" className="embed__row embed__controls">
          <ServiceControls />
          <ProxyControls />
          <VersionControl />
        </div>
      )}
    </header>
  );
}
