import { formatShare } from '../../engine';
import { loadNote, type TrafficSummary } from '../../view/trafficSummary';

/** Where the Service's traffic stays, and the busiest endpoint against an even split. */
export function TrafficSummaryView({ summary }: { summary: TrafficSummary }) {
  const rows = [
    ['stays on the node', summary.byLocality['same-node']],
    ['stays in the zone', summary.byLocality['same-zone']],
    ['crosses zones', summary.byLocality['cross-zone']],
    ['zone unknown', summary.byLocality['unknown-zone']],
    ['dropped', summary.dropped],
    ['rejected', summary.rejected],
  ] as const;
  const top = summary.mostLoaded;
  const note = loadNote(summary);
  return (
    <div data-testid="traffic-summary">
      <p className="kt-muted">
        {summary.basis === 'clients'
          ? `Each of the ${summary.sources} client pod${summary.sources === 1 ? '' : 's'} sending the same amount:`
          : `No client pod reaches it; as if one client sent from each of the ${summary.sources} nodes:`}
      </p>
      <dl className="kt-summary">
        {rows
          .filter(
            ([label, value]) => value > 0 || label === 'stays on the node' || label === 'stays in the zone' || label === 'crosses zones',
          )
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{formatShare(value)}</dd>
            </div>
          ))}
      </dl>
      {top && (
        <p className={note.level === 'warn' ? 'kt-overload' : undefined} data-testid="most-loaded" data-load={note.level}>
          {note.level === 'warn' && <span aria-hidden="true">⚠ </span>}
          Busiest endpoint {top.pod} gets {formatShare(top.share)} of the traffic; an even split over {summary.readyEndpoints} ready
          endpoint
          {summary.readyEndpoints === 1 ? '' : 's'} would give each {formatShare(summary.evenShare)} ({top.timesEven.toFixed(1)}×
          {note.words}).
        </p>
      )}
    </div>
  );
}
