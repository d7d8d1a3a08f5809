import { formatSeconds } from '../../../engine';
import { useStore } from '../../../state';
import { SPEEDS } from '../../../state/timelineSlice';
import { COMMANDS } from '../../actions/commands';

/** The command palette's shortcut for a command (Alt+Z, Alt+Y), read from the registry. */
const shortcutOf = (id: string) => COMMANDS.find((command) => command.id === id)?.shortcut ?? '';
const BACK = shortcutOf('timeline-back');
const FORWARD = shortcutOf('timeline-forward');

/** Step back/forward (undo/redo), play/pause, speed and reset, with the simulated moment. */
export function TimelineControls() {
  const timeline = useStore((s) => s.timeline);
  const cursor = useStore((s) => s.cursor);
  const now = useStore((s) => s.now);
  const playing = useStore((s) => s.playing);
  const speed = useStore((s) => s.speed);
  const drift = useStore((s) => s.drift);
  const { undo, redo, setPlaying, setSpeed, resetCluster } = useStore.getState();

  return (
    <div className="timeline__controls" role="toolbar" aria-label="Timeline">
      {/* ←/→ are TimelinePanel's keys, anywhere in the panel; BACK/FORWARD work on the whole page. */}
      <button
        type="button"
        onClick={undo}
        disabled={cursor === 0}
        data-testid="timeline-back"
        aria-keyshortcuts={`ArrowLeft ${BACK}`}
        title={`Undo the last cluster event (${BACK}, or ← in the timeline)`}
      >
        ◀ Step back
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={cursor >= timeline.length}
        data-testid="timeline-forward"
        aria-keyshortcuts={`ArrowRight ${FORWARD}`}
        title={`Redo the last undone cluster event (${FORWARD}, or → in the timeline)`}
      >
        Step forward ▶
      </button>
      <button type="button" onClick={() => setPlaying(!playing)} aria-pressed={playing} data-testid="timeline-play">
        {playing ? '❚❚ Pause time' : '▶ Play time'}
      </button>
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
      <button
        type="button"
        onClick={resetCluster}
        disabled={timeline.length === 0 && drift.length === 0}
        data-testid="timeline-reset"
        title="Forget every event; the files stay as they are"
      >
        Reset cluster
      </button>
    </div>
  );
}
