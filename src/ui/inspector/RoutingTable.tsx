import { formatShare } from '../../engine';
import { localityWord } from '../../view/flowElements';
import type { ViewResult } from '../../engine';

const verdictText = {
  forward: 'forwarded',
  drop: 'dropped',
  reject: 'rejected',
} as const;

/** The endpoints a view sends to: endpoint, node, zone, locality, share and verdict. */
export function RoutingTable({ view }: { view: ViewResult }) {
  if (view.verdict !== 'forward') {
    return (
      <p className={`kt-verdict kt-verdict--${view.verdict}`} data-testid="route-verdict">
        <span aria-hidden="true">{view.verdict === 'drop' ? '✕ ' : '⊘ '}</span>
        Traffic is {verdictText[view.verdict]}.
      </p>
    );
  }
  return (
    <div className="kt-table-wrap">
      <table className="kt-table" data-testid="routing-table">
        <thead>
          <tr>
            <th scope="col">Endpoint</th>
            <th scope="col">Node</th>
            <th scope="col">Zone</th>
            <th scope="col">Locality</th>
            <th scope="col">Share</th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {view.endpoints.map((e) => (
            <tr key={`${e.pod}|${e.ip}|${e.port}`} className={e.weight > 0 ? undefined : 'kt-muted'}>
              <td title={`${e.pod} at ${e.ip}:${e.port}`}>{e.pod.slice(e.pod.indexOf('/') + 1)}</td>
              <td>{e.node ?? '—'}</td>
              <td>{e.zone ?? '—'}</td>
              <td>{localityWord(e.locality)}</td>
              <td>{formatShare(e.weight)}</td>
              <td>{e.weight > 0 ? 'used' : e.terminating ? 'unused (terminating)' : !e.ready ? 'unused (not ready)' : 'unused'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
