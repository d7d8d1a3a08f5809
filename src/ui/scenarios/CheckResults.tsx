import type { CheckResult } from '../../engine/checks';

/** The engine's verdict on a step or challenge: one line per check, marked by word and symbol as well as colour. */
export function CheckResults({ results }: { results: readonly CheckResult[] }) {
  const passed = results.every((r) => r.pass);
  return (
    <div className={`kt-checks kt-checks--${passed ? 'pass' : 'fail'}`} data-testid="check-results" data-pass={passed}>
      <p className="kt-checks__summary" role="status">
        {passed ? '✓ The engine confirms it' : '✗ Not yet — the engine sees something else'}
      </p>
      <ul>
        {results.map((r, i) => (
          <li key={i} className={r.pass ? 'kt-checks__pass' : 'kt-checks__fail'} data-testid="check-result" data-pass={r.pass}>
            <span aria-hidden="true">{r.pass ? '✓' : '✗'}</span> <span className="visually-hidden">{r.pass ? 'Passed:' : 'Failed:'}</span>{' '}
            {r.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
