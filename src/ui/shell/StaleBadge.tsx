import { useStore } from '../../state';

/** Says that the picture shows the last valid state while the YAML has errors. */
export function StaleBadge() {
  const stale = useStore((s) => s.stale);
  const errors = useStore((s) => s.diagnostics.filter((d) => d.severity === 'error').length);
  return (
    <div role="status" className="stale-slot">
      {stale && (
        <span className="stale-badge" data-testid="stale-badge" title="The canvas keeps the last valid picture until the errors are fixed">
          <span aria-hidden="true">⚠ </span>Stale: {errors} error{errors === 1 ? '' : 's'} in the YAML
        </span>
      )}
    </div>
  );
}
