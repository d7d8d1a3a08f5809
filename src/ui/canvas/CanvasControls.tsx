import { useStore } from '../../state';

interface CanvasControlsProps {
  reducedMotion: boolean;
  allServices: boolean;
  onAllServicesChange(value: boolean): void;
  service: string | null;
}

/** Pause/resume the packets and choose between the toolbar's Service and all Services. */
export function CanvasControls({ reducedMotion, allServices, onAllServicesChange, service }: CanvasControlsProps) {
  const paused = useStore((s) => s.animationPaused);
  const setPaused = useStore((s) => s.setAnimationPaused);
  return (
    <div className="kt-canvas-controls">
      <span className="kt-canvas-controls__service" data-testid="canvas-service">
        {allServices ? 'Routes of all Services' : service ? `Routes of ${service}` : 'No Service'}
      </span>
      <label>
        <input type="checkbox" checked={allServices} onChange={(e) => onAllServicesChange(e.target.checked)} /> all Services
      </label>
      <button
        type="button"
        data-testid="pause-animation"
        aria-pressed={paused}
        disabled={reducedMotion}
        title={reducedMotion ? 'Animation is off because the system asks for reduced motion; line widths show the shares' : undefined}
        onClick={() => setPaused(!paused)}
      >
        {reducedMotion ? 'Animation off (reduced motion)' : paused ? '▶ Resume packets' : '❚❚ Pause packets'}
      </button>
    </div>
  );
}
