/**
 * While the worker compares a large workspace: after a moment, a busy line with Cancel, saying the
 * columns are those of the previous state; after Cancel, that they stay so.
 */
import { useEffect, useState } from 'react';

/** How long a comparison runs before the panel says so and offers to cancel it (as the page's busy indicator waits). */
const BUSY_DELAY_MS = 300;

export function CompareBusy({ running, cancelled, onCancel }: { running: object | null; cancelled: boolean; onCancel(): void }) {
  // The run for which the delay has passed.
  const [shownFor, setShownFor] = useState<object | null>(null);
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => setShownFor(running), BUSY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [running]);
  if (running && shownFor === running)
    return (
      <div className="cmp-busy" role="status" aria-live="polite" data-testid="compare-busy">
        <span className="kt-spinner" aria-hidden="true" />
        <span>Comparing in the background… the columns show the previous state until it is done.</span>
        <button type="button" onClick={onCancel} data-testid="compare-busy-cancel">
          Cancel
        </button>
      </div>
    );
  if (cancelled)
    return (
      <div className="cmp-busy" role="status" data-testid="compare-cancelled">
        Comparison cancelled: the columns show an earlier state. Change the files, the timeline or the failure to compare again.
      </div>
    );
  return null;
}
