import { formatShare } from '../../engine';
import { localityWord } from '../../view/flowElements';
import type { ClientRoute, WeightedEndpoint } from '../../engine';

/** Clients whose routes end at the matching endpoints, with the share each sends there. */
export function WhoReaches({
  routes,
  matches,
  what,
}: {
  routes: readonly ClientRoute[];
  matches: (e: WeightedEndpoint) => boolean;
  what: string;
}) {
  const rows = routes.flatMap((r) =>
    r.endpoints
      .filter((e) => e.weight > 0 && matches(e))
      .map((e) => ({
        key: `${r.from}|${r.service}|${r.port}|${e.pod}`,
        route: r,
        endpoint: e,
      })),
  );
  if (rows.length === 0) return <p className="kt-muted">No client reaches {what}.</p>;
  return (
    <ul className="kt-list" data-testid="who-reaches">
      {rows.map(({ key, route, endpoint }) => (
        <li key={key}>
          {route.from} → {endpoint.pod} via {route.service}:{route.port}: {formatShare(endpoint.weight)} ({localityWord(endpoint.locality)})
        </li>
      ))}
    </ul>
  );
}
