import { useMemo } from 'react';
import { changesForFamily, formatSeconds, type RouteChange } from '../../../engine';
import { useStore } from '../../../state';
import { useFamilyReport } from '../../common/useFamilyReport';

function ChangeList({ changes }: { changes: readonly RouteChange[] }) {
  return (
    <ul className="timeline__change-list">
      {changes.map((c) => (
        <li key={`${c.from}→${c.service}:${c.port} ${c.ipFamily ?? ''}`} className={`timeline__change timeline__change--${c.kind}`}>
          <span className="timeline__change-kind">{c.kind}</span> {c.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * What the step at the cursor changed for client routes (from just before its event to just after,
 * as the engine computes it: the same however the step was reached), what time changed since,
 * and what the controllers did, newest last. A dual-stack Service's changes are those of the IP
 * family the canvas shows.
 */
export function RouteChanges() {
  const allChanges = useStore((s) => s.lastChanges);
  const step = useStore((s) => s.report?.live?.step);
  const cursor = useStore((s) => s.cursor);
  const log = useStore((s) => s.report?.live?.log);
  const drift = useStore((s) => s.drift);
  const { report, service, family } = useFamilyReport();
  const [changes, sinceChanges] = useMemo(
    () =>
      report
        ? [changesForFamily(report, allChanges, service, family), changesForFamily(report, step?.since?.changes ?? [], service, family)]
        : [allChanges, step?.since?.changes ?? []],
    [report, allChanges, step, service, family],
  );
  const since = step?.since && sinceChanges.length > 0 ? { now: step.since.now, changes: sinceChanges } : undefined;

  return (
    <section className="timeline__changes" aria-label="What changed">
      <h3 className="timeline__heading">What changed</h3>
      <div role="status" aria-live="polite" data-testid="timeline-changes">
        {cursor > 0 && step && (
          <p className="timeline__step-label">
            Step {step.index}, {formatSeconds(step.at)}: <code>{step.label}</code>
          </p>
        )}
        {cursor > 0 && step && step.log.length > 0 && (
          <ul className="timeline__step-log" aria-label="What the cluster did at this step" data-testid="timeline-step-log">
            {step.log.map((entry, i) => (
              <li key={i}>{entry.message}</li>
            ))}
          </ul>
        )}
        {changes.length === 0 ? (
          <p className="timeline__empty">
            {cursor === 0 ? 'The cluster is what the files say.' : 'No client’s route changed at this step.'}
          </p>
        ) : (
          <ChangeList changes={changes} />
        )}
        {since && (
          <>
            <p className="timeline__step-label">Since then, as time flowed to {formatSeconds(since.now)}:</p>
            <ChangeList changes={since.changes} />
          </>
        )}
      </div>
      {drift.length > 0 && (
        <p className="timeline__drift" data-testid="timeline-drift">
          Differs from the YAML: {drift.map((d) => `${d.kind} ${d.key} (${d.change}${d.by ? ` by ${d.by}` : ''})`).join(', ')}
        </p>
      )}
      {log && log.length > 0 && (
        <details className="timeline__log">
          <summary>What the controllers did ({log.length})</summary>
          <ol>
            {log.map((entry, i) => (
              <li key={i}>
                <span className="timeline__at">{formatSeconds(entry.at)}</span> {entry.message}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
