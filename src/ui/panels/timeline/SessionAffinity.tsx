import { formatSeconds, affinityLive } from '../../../engine';
import { useStore } from '../../../state';

const shortName = (key: string) => key.slice(key.indexOf('/') + 1);

/** kube-proxy's ClientIP affinity entries left by Send requests and `hit`, live or expired at the timeline's `now`. */
export function SessionAffinity() {
  const affinity = useStore((s) => s.affinity);
  const now = useStore((s) => s.now);
  const pods = useStore((s) => s.report?.pods);
  if (affinity.length === 0) return null;
  const podAt = new Map((pods ?? []).filter((p) => p.ip).map((p) => [p.ip!, p.key]));

  return (
    <section className="timeline__affinity" aria-label="Session affinity" data-testid="timeline-affinity">
      <h3 className="timeline__heading">Session affinity</h3>
      <ul className="timeline__affinity-list">
        {affinity.map((e) => {
          const live = affinityLive(e, now);
          const client = podAt.get(e.clientIP);
          return (
            <li
              key={`${e.clientIP}→${e.service}:${e.port}`}
              className={live ? undefined : 'timeline__affinity--expired'}
              data-testid="timeline-affinity-entry"
            >
              {client ? `${shortName(client)} (${e.clientIP})` : e.clientIP} → {shortName(e.endpoint)} for {shortName(e.service)}:{e.port},{' '}
              {e.noTimeout
                ? 'no expiry: Windows HNS affinity has no timeout'
                : live
                  ? `expires at t=${formatSeconds(e.lastUsed + e.timeoutSeconds)}`
                  : 'expired: the next request picks anew'}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
