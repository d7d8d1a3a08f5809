/**
 * While the worker analyses a large cluster: after a moment, a busy indicator with the stage the
 * worker is at and Cancel, saying the picture is that of the previous state. Cancelling keeps that
 * picture, said as such.
 */
import { useEffect, useState } from 'react';
import { useBusy } from '../../state/busyStore';
import { stageText } from './stageText';
import './busy.css';

/** How long an analysis runs before the page offers to cancel it. */
export const BUSY_DELAY_MS = 300;

export function BusyIndicator() {
  const since = useBusy((s) => s.since);
  const stage = useBusy((s) => s.stage);
  const cancelled = useBusy((s) => s.cancelled);
  const cancelNow = useBusy((s) => s.cancelNow);
  // The run (by its start time) for which the delay has passed.
  const [shownFor, setShownFor] = useState<number | null>(null);

  useEffect(() => {
    if (since === null) return;
    const timer = setTimeout(() => setShownFor(since), BUSY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [since]);
  const shown = since !== null && shownFor === since;

  if (since !== null && shown) {
    const { text, name } = stageText(stage);
    return (
      <div className="busy-indicator" data-testid="busy-indicator">
        <span className="kt-spinner" aria-hidden="true" />
        <span className="busy-indicator__text">
          {/* The counts move ten times a second: shown, not announced (no live region). The live region says each stage once. */}
          <span className="busy-indicator__stage" data-testid="busy-stage">
            {text}
          </span>
          <span className="visually-hidden" role="status" aria-live="polite" data-testid="busy-live">
            {name}…
          </span>
          <span className="busy-indicator__note">The picture shows the previous state (stale) until it is done.</span>
        </span>
        <button type="button" onClick={cancelNow} data-testid="busy-cancel">
          Cancel
        </button>
      </div>
    );
  }
  if (cancelled && since === null) {
    return (
      <div className="busy-indicator busy-indicator--cancelled" role="status" data-testid="busy-cancelled">
        Analysis cancelled: the picture shows an earlier state (stale). Edit the files to analyse again.
      </div>
    );
  }
  return null;
}
