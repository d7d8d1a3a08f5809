import { useStore } from '../../../state';
import { driftBadge } from '../../../view/driftBadges';

/**
 * Over the canvas while the live cluster differs from the YAML: what differs (Services and
 * Deployments have no box of their own), with a way to the timeline and a reset.
 */
export function DriftSummary() {
  const drift = useStore((s) => s.drift);
  const events = useStore((s) => s.cursor);
  const setDockPanel = useStore((s) => s.setDockPanel);
  const resetCluster = useStore((s) => s.resetCluster);
  if (drift.length === 0 && events === 0) return null;
  const objects = drift.filter((d) => d.kind !== 'Node' && d.kind !== 'Pod');
  const boxes = drift.length - objects.length;
  return (
    <div className="kt-drift-summary" role="status" data-testid="drift-summary">
      <strong>Live cluster</strong>, {events} event{events === 1 ? '' : 's'} applied
      {drift.length > 0 ? ': differs from the YAML' : ''}
      {objects.map((d) => (
        <span key={`${d.kind}/${d.key}`} data-testid={`drift-${d.kind.toLowerCase()}-${d.key}`}>
          {' '}
          · {d.kind} {d.key} {driftBadge(d).text}
        </span>
      ))}
      {boxes > 0 && (
        <span>
          {' '}
          · {boxes} node/pod change{boxes === 1 ? '' : 's'} marked ≠
        </span>
      )}
      <button type="button" onClick={() => setDockPanel('timeline')}>
        Timeline
      </button>
      <button type="button" onClick={resetCluster} data-testid="drift-reset">
        Reset
      </button>
    </div>
  );
}
