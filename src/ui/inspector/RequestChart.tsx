import type { RequestRow } from '../../view/requestRows';

/** Counts per endpoint as horizontal bars, with the number in text beside each. */
export function RequestChart({ rows, total }: { rows: readonly RequestRow[]; total: number }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <ul className="kt-bars" data-testid="request-counts" aria-label={`Requests per endpoint, ${total} in all`}>
      {rows.map((row) => (
        <li key={row.key} className={row.failed ? 'kt-bars__row kt-bars__row--failed' : 'kt-bars__row'}>
          <span className="kt-bars__count">{row.count}</span>
          <span className="kt-bars__label">{row.label}</span>
          <span className="kt-bars__track" aria-hidden="true">
            <span className="kt-bars__bar" style={{ width: `${(row.count / max) * 100}%` }} />
          </span>
        </li>
      ))}
    </ul>
  );
}
