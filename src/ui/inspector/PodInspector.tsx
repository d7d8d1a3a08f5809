import { podStatus } from '../../view/podStatus';
import type { PodSummary, RoutingReport } from '../../engine';
import { WhoReaches } from './WhoReaches';

/** A backend pod: its state and which clients reach it. */
export function PodInspector({ report, pod }: { report: RoutingReport; pod: PodSummary }) {
  const look = podStatus(pod);
  return (
    <div className="kt-inspector__body">
      <h2>Pod {pod.key}</h2>
      <p>
        <span aria-hidden="true">{look.shape} </span>
        {look.text}
        {pod.pendingReason ? `: ${pod.pendingReason}` : ''}
      </p>
      <p className="kt-muted">
        {pod.node ? `on ${pod.node}` : 'not scheduled'}
        {pod.zone ? `, zone ${pod.zone}` : ''}
        {pod.ip ? `, IP ${pod.ip}` : ''}
        {pod.owner ? `, from ${pod.owner}` : ''}
      </p>
      <p>Selected by: {pod.selectedBy.length ? pod.selectedBy.join(', ') : 'no Service'}</p>
      <h3>Who reaches it</h3>
      <WhoReaches routes={report.routes} matches={(e) => e.pod === pod.key} what="this pod" />
    </div>
  );
}
