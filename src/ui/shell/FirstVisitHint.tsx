import { seedDemo } from '../../scenarios/seedDemo';
import { useStore } from '../../state';
import type { StoreState } from '../../state/types';

/** The hint speaks of the seed demo's objects: it shows while the workspace holds the seed demo's files. */
const showsSeedDemo = (s: StoreState) =>
  s.files.length === seedDemo.files.length && s.files.every((f, i) => f.name === seedDemo.files[i]!.name);

/** A tour or a challenge says what to do itself, and changes the picture the hint describes. */
const guided = (s: StoreState) => s.tour !== null || s.challenge !== null;

/** A short first-visit hint on what to try; dismissed once for good. */
export function FirstVisitHint() {
  const dismissed = useStore((s) => s.hintDismissed);
  const seedDemoOpen = useStore(showsSeedDemo);
  const inTour = useStore(guided);
  const dismiss = useStore((s) => s.dismissHint);
  if (dismissed || !seedDemoOpen || inTour) return null;
  return (
    <aside className="first-visit-hint" aria-label="What to try" data-testid="first-visit-hint">
      <p>
        <strong>Try it:</strong> the client in zone-a reaches both echo pods. Set <code>trafficDistribution</code> to{' '}
        <em>PreferSameNode</em> in the toolbar (or type it in <code>echo-service.yaml</code>) and its traffic stays on mnode-m02. Click the
        client to see why, and send 40 requests.
      </p>
      <button type="button" onClick={dismiss}>
        Got it
      </button>
    </aside>
  );
}
