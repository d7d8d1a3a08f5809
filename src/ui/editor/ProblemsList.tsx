/** The engine's diagnostics for the current text; clicking one opens the file at its position. */
import { useMemo } from 'react';
import { useStore } from '../../state';
import { revealPosition } from '../../state/editorBridge';

const ICON = { error: '✖', warning: '▲', info: 'ℹ' } as const;
const RANK = { error: 0, warning: 1, info: 2 } as const;

export function ProblemsList() {
  const unsorted = useStore((s) => s.diagnostics);
  // Errors first, then warnings, then notes; the engine's file/position order within each.
  const diagnostics = useMemo(() => [...unsorted].sort((a, b) => RANK[a.severity] - RANK[b.severity]), [unsorted]);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return (
    <section className="problems" data-testid="problems" aria-label="Problems">
      <h2 className="problems__title">
        Problems{' '}
        <span className="problems__counts">
          {errors} error{errors === 1 ? '' : 's'}, {warnings} warning{warnings === 1 ? '' : 's'}
        </span>
      </h2>
      {diagnostics.length === 0 ? (
        <p className="problems__empty">No problems: the cluster is valid.</p>
      ) : (
        <ul className="problems__list">
          {diagnostics.map((d, i) => (
            <li key={`${d.file}:${d.line}:${d.column}:${i}`}>
              <button type="button" className={`problem problem--${d.severity}`} onClick={() => revealPosition(d.file, d.line, d.column)}>
                <span className="problem__icon" aria-hidden="true">
                  {ICON[d.severity]}
                </span>
                <span className="visually-hidden">{d.severity}: </span>
                <span className="problem__message">{d.message}</span>
                <span className="problem__where">
                  {d.file}:{d.line}:{d.column}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
