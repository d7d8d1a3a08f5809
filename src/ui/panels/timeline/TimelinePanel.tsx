/**
 * The timeline: every event with its simulated moment, a cursor to step through them (buttons,
 * ←/→, Home/End: a step back undoes an event, a step forward redoes it), what changed at the last
 * step, time flow with play/pause and speed, and a reset of the live cluster. The YAML files never
 * change here.
 */
import { useCallback, type KeyboardEvent } from 'react';
import { formatSeconds } from '../../../engine';
import { useStore } from '../../../state';
import { actionForKey, runAction } from '../../actions/registry';
import { RouteChanges } from './RouteChanges';
import { SessionAffinity } from './SessionAffinity';
import { TimelineControls } from './TimelineControls';
import './timeline.css';

export default function TimelinePanel() {
  const timeline = useStore((s) => s.timeline);
  const cursor = useStore((s) => s.cursor);
  const stepTo = useStore((s) => s.stepTo);

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target.closest('select, input, textarea')) return;
    const action = actionForKey('timeline', event);
    if (!action || !runAction(action)) return;
    event.preventDefault();
  }, []);

  return (
    <div className="timeline" data-testid="timeline" onKeyDown={onKeyDown}>
      <TimelineControls />
      <div className="timeline__body">
        <section className="timeline__events" aria-label="Events">
          <ol className="timeline__list" data-testid="timeline-events">
            <li>
              <button
                type="button"
                className="timeline__event"
                aria-current={cursor === 0 ? 'step' : undefined}
                onClick={() => stepTo(0)}
                data-testid="timeline-event-0"
              >
                <span className="timeline__at">0s</span> the files as written
              </button>
            </li>
            {timeline.map((entry, i) => (
              <li key={entry.id} className={i >= cursor ? 'timeline__item--undone' : undefined}>
                <button
                  type="button"
                  className="timeline__event"
                  aria-current={cursor === i + 1 ? 'step' : undefined}
                  onClick={() => stepTo(i + 1)}
                  data-testid={`timeline-event-${i + 1}`}
                  title={i >= cursor ? 'Undone: choose it to apply it again' : undefined}
                >
                  <span className="timeline__at">{formatSeconds(entry.at)}</span> {entry.label}
                  {i >= cursor && <span className="visually-hidden"> (undone)</span>}
                </button>
              </li>
            ))}
          </ol>
          {timeline.length === 0 && (
            <p className="timeline__empty">
              No events yet: right-click a node or pod on the canvas (or focus it and press Shift+F10), or run kubectl in the Terminal.
            </p>
          )}
          <SessionAffinity />
        </section>
        <RouteChanges />
      </div>
    </div>
  );
}
