/** topology-mode Auto, explained: the controller's allocation per zone, or why it removed every hint. */
import { formatShare } from '../../engine';
import type { AutoHintsReport } from '../../engine';

const num = (x: number) => String(Math.round(x * 100) / 100);

export function TopologyAutoPanel({ auto }: { auto: AutoHintsReport }) {
  return (
    <section aria-label="topology-mode Auto" data-testid="topology-auto">
      <h3>topology-mode: Auto</h3>
      {auto.inactiveReason && <p className="kt-hint">{auto.inactiveReason}</p>}
      <p>
        {auto.readyEndpoints} Ready endpoint{auto.readyEndpoints === 1 ? '' : 's'}. Each zone should get endpoints in proportion to its
        share of allocatable CPU (desired); a zone may fall short of that by at most the {formatShare(auto.overloadThreshold)} overload
        bound, so minimum = ⌈desired ÷ {1 + auto.overloadThreshold}⌉.
      </p>
      {auto.removedBecause && (
        <p className="kt-hint" data-testid="topology-auto-removed">
          Hints removed (event TopologyAwareHintsDisabled): “{auto.removedBecause}”
        </p>
      )}
      {auto.zones.length > 0 && (
        <table className="kt-table">
          <caption className="visually-hidden">Allocation per zone</caption>
          <thead>
            <tr>
              <th scope="col">zone</th>
              <th scope="col">CPU share</th>
              <th scope="col">desired</th>
              <th scope="col">minimum</th>
              <th scope="col">maximum</th>
              <th scope="col">running here</th>
              <th scope="col">hinted</th>
              <th scope="col">moved</th>
            </tr>
          </thead>
          <tbody>
            {auto.zones.map((z) => (
              <tr key={z.zone}>
                <th scope="row">{z.zone}</th>
                <td>
                  {formatShare(z.ratio)} ({z.cpuMilli}m)
                </td>
                <td>{num(z.desired)}</td>
                <td>{z.minimum}</td>
                <td>{z.maximum}</td>
                <td>{z.endpoints}</td>
                <td>{z.hinted}</td>
                <td>{z.received ? `received ${z.received}` : z.given ? `gave ${z.given}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {auto.excludedNodes.length > 0 && (
        <p className="kt-muted">Not counted: {auto.excludedNodes.map((e) => `${e.node} (${e.reason})`).join(', ')}.</p>
      )}
      {auto.notes.map((note) => (
        <p key={note} className="kt-muted">
          {note}
        </p>
      ))}
    </section>
  );
}
