import type { IPFamilyName } from '../../engine';
import { useStore } from '../../state';
import { IpFamilyChoice } from './IpFamilyChoice';

interface CanvasControlsProps {
  reducedMotion: boolean;
  allServices: boolean;
  onAllServicesChange(value: boolean): void;
  service: string | null;
  /** A dual-stack drawn Service's families (primary first) and the one shown. */
  ipFamilies?: { families: readonly [IPFamilyName, IPFamilyName]; family: IPFamilyName };
}

/** Pause/resume the packets, choose between the toolbar's Service and all Services, and a dual-stack Service's IP family. */
export function CanvasControls({ reducedMotion, allServices, onAllServicesChange, service, ipFamilies }: CanvasControlsProps) {
  const paused = useStore((s) => s.animationPaused);
  const setPaused = useStore((s) => s.setAnimationPaused);
  const what = allServices ? 'Routes of all Services' : service ? `Routes of ${service}` : 'No Service';
  const pauseWords = reducedMotion ? 'Animation off (reduced motion)' : paused ? 'Resume packets' : 'Pause packets';
  return (
    <div className="kt-canvas-controls">
      <span className="kt-canvas-controls__service" data-testid="canvas-service" title={what}>
        {what}
      </span>
      {service && ipFamilies && <IpFamilyChoice service={service} families={ipFamilies.families} family={ipFamilies.family} />}
      <label title="Draw the routes of every Service">
        <input type="checkbox" checked={allServices} onChange={(e) => onAllServicesChange(e.target.checked)} /> all
        <span className="kt-canvas-controls__more"> Services</span>
      </label>
      <button
        type="button"
        data-testid="pause-animation"
        aria-pressed={paused}
        aria-label={pauseWords}
        disabled={reducedMotion}
        title={reducedMotion ? 'Animation is off because the system asks for reduced motion; line widths show the shares' : pauseWords}
        onClick={() => setPaused(!paused)}
      >
        <span aria-hidden="true">{reducedMotion ? '◼' : paused ? '▶' : '❚❚'}</span>
        <span className="kt-canvas-controls__more" aria-hidden="true">
          {' '}
          {pauseWords}
        </span>
      </button>
    </div>
  );
}
