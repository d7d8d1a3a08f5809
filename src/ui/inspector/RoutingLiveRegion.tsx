import { useStore } from '../../state';
import { useDrawnService } from '../common/useDrawnService';
import { describeRouting } from '../../view/routingSummary';

/** Announces, politely, where traffic goes whenever the routing of the drawn Service changes. */
export function RoutingLiveRegion() {
  const report = useStore((s) => s.report);
  const service = useDrawnService();
  const text = report && service ? describeRouting(report, service) : '';
  return (
    <p className="kt-visually-hidden" aria-live="polite" data-testid="routing-live">
      {text}
    </p>
  );
}
