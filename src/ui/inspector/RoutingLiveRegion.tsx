import { useFamilyReport } from '../common/useFamilyReport';
import { describeRouting } from '../../view/routingSummary';

/** Announces, politely, where traffic goes whenever the routing of the drawn Service (in the IP family shown) changes. */
export function RoutingLiveRegion() {
  const { report, service, family } = useFamilyReport();
  const text = report && service ? describeRouting(report, service) : '';
  return (
    <p className="kt-visually-hidden" aria-live="polite" data-testid="routing-live">
      {text}
      {text && family ? ` (${family})` : ''}
    </p>
  );
}
