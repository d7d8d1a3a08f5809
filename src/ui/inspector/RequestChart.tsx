import type { RequestRow } from '../../view/requestRows';
import { MiddleName } from '../common/MiddleName';

/** "web-68db979fcc-mcrfk@kind-worker": the pod's name shortened in the middle if it must be, then where it runs, on the next line if need be. */
function RowLabel({ label }: { label: string }) {
  const at = label.lastIndexOf('@');
  if (at <= 0) return <MiddleName name={label} titled={false} />;
  return (
    <>
      <MiddleName name={label.slice(0, at)} titled={false} />
      <wbr />
      {label.slice(at)}
    </>
  );
}

/** Counts per endpoint as horizontal bars, with the number in text beside each. */
export function RequestChart({ rows, total }: { rows: readonly RequestRow[]; total: number }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <ul className="kt-bars" data-testid="request-counts" aria-label={`Requests per endpoint, ${total} in all`}>
      {rows.map((row) => (
        <li key={row.key} className={row.failed ? 'kt-bars__row kt-bars__row--failed' : 'kt-bars__row'}>
          <span className="kt-bars__count">{row.count}</span>
          <span className="kt-bars__label" title={row.label}>
            <RowLabel label={row.label} />
          </span>
          <span className="kt-bars__track" aria-hidden="true">
            <span className="kt-bars__bar" style={{ width: `${(row.count / max) * 100}%` }} />
          </span>
        </li>
      ))}
    </ul>
  );
}
