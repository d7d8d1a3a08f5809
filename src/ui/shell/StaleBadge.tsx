import { useStore } from '../../state';
import { useBusy } from '../../state/busyStore';

/**
 * Says that the picture is not that of the YAML as written: it keeps the last valid state while
 * the YAML has errors, while a large workspace is being analysed, and after an analysis was cancelled.
 */
export function StaleBadge() {
  const stale = useStore((s) => s.stale);
  const partial = useStore((s) => s.partial);
  const errors = useStore((s) => s.diagnostics.filter((d) => d.severity === 'error').length);
  const analysing = useBusy((s) => s.since !== null);
  const cancelled = useBusy((s) => s.cancelled);
  const hasPicture = useStore((s) => s.report !== null);
  const errorCount = `${errors} error${errors === 1 ? '' : 's'} in the YAML`;
  const incomplete = partial && errors > 0;
  const text = stale
    ? `Stale: ${errorCount}`
    : incomplete
      ? `Partial: ${errorCount}`
      : analysing && hasPicture
        ? 'Stale: analysing the latest edit…'
        : cancelled && hasPicture
          ? 'Stale: analysis cancelled'
          : null;
  const title = stale
    ? 'The canvas keeps the last valid picture until the errors are fixed'
    : incomplete
      ? 'No valid picture yet: the canvas draws what parses and leaves out the objects with errors'
      : 'The canvas keeps the last finished picture: it does not show the latest edit yet';
  return (
    <div role="status" className="stale-slot">
      {text && (
        <span
          className="stale-badge"
          data-testid="stale-badge"
          data-reason={stale ? 'errors' : incomplete ? 'partial' : analysing ? 'analysing' : 'cancelled'}
          title={title}
        >
          <span aria-hidden="true">⚠ </span>
          {text}
        </span>
      )}
    </div>
  );
}
