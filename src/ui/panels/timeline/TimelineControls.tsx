import { formatSeconds } from '../../../engine';
import { useStore } from '../../../state';
import { SPEEDS } from '../../../state/timelineSlice';
import { ActionButton } from '../../actions/ActionButton';

/** Step back/forward (undo/redo), play/pause, speed and reset, with the simulated moment. */
export function TimelineControls() {
  const now = useStore((s) => s.now);
  const playing = useStore((s) => s.playing);
  const speed = useStore((s) => s.speed);
  const { setSpeed } = useStore.getState();

  return (
    <div className="timeline__controls" role="toolbar" aria-label="Timeline">
      {/* Their keys: Alt+Z / Alt+Y on the whole page, ←/→ anywhere in the panel (TimelinePanel). */}
      <ActionButton action="timeline-back" testId="timeline-back" title="Undo the last cluster event">
        ◀ Step back
      </ActionButton>
      <ActionButton action="timeline-forward" testId="timeline-forward" title="Redo the last undone cluster event">
        Step forward ▶
      </ActionButton>
      <ActionButton action="timeline-play" testId="timeline-play">
        {playing ? '❚❚ Pause time' : '▶ Play time'}
      </ActionButton>
      <label className="timeline__speed">
        Speed{' '}
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))} data-testid="timeline-speed">
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <output className="timeline__now" aria-live="off" data-testid="timeline-now">
        t = {formatSeconds(now)}
      </output>
      <span className="timeline__spacer" />
      <ActionButton action="timeline-reset" testId="timeline-reset">
        Reset cluster
      </ActionButton>
    </div>
  );
}
