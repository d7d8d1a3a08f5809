import { useCallback, useState } from 'react';
import type { Size } from './useElementSize';

/** What the colours, dashes and marks mean; every entry also has its word. */
const lines = [
  { kind: 'same-node', text: 'same node' },
  { kind: 'same-zone', text: 'same zone' },
  { kind: 'cross-zone', text: 'cross zone' },
  { kind: 'unknown-zone', text: 'zone unknown' },
] as const;

/** The legend starts open only where the graph keeps plenty of room below it. */
const OPEN_FROM = { width: 900, height: 620 };

/** Whether the legend is open: the user's choice once made, until then by the room the graph has. */
export function useLegendOpen(size: Size | null): { open: boolean; toggle(): void } {
  const [choice, setChoice] = useState<boolean | null>(null);
  const roomy = size !== null && size.width >= OPEN_FROM.width && size.height >= OPEN_FROM.height;
  const open = choice ?? roomy;
  const toggle = useCallback(() => setChoice(!open), [open]);
  return { open, toggle };
}

/** The legend folded to a small key: three line samples and a word; it opens the legend above the graph. */
export function LegendToggle({ open, onToggle }: { open: boolean; onToggle(): void }) {
  return (
    <button
      type="button"
      className="kt-legend-toggle"
      aria-expanded={open}
      aria-controls="kt-legend"
      onClick={onToggle}
      title={open ? 'Hide the legend' : 'What the lines and marks mean'}
      data-testid="legend-toggle"
    >
      <svg width="18" height="12" aria-hidden="true">
        {lines.slice(0, 3).map((line, i) => (
          <g key={line.kind} className={`kt-route kt-route--${line.kind}`}>
            <path d={`M1,${2 + i * 4} L17,${2 + i * 4}`} className="kt-route__line" />
          </g>
        ))}
      </svg>
      Key
    </button>
  );
}

export function Legend() {
  return (
    <div className="kt-legend" id="kt-legend" aria-label="Legend" role="region" data-testid="legend">
      <ul>
        {lines.map((line) => (
          <li key={line.kind}>
            <svg width="28" height="10" aria-hidden="true" className={`kt-route kt-route--${line.kind}`}>
              <path d="M1,5 L27,5" className="kt-route__line" />
            </svg>
            {line.text}
          </li>
        ))}
        <li>
          <span className="kt-legend__mark kt-legend__mark--drop" aria-hidden="true">
            ✕
          </span>
          dropped
        </li>
        <li>
          <span className="kt-legend__mark kt-legend__mark--reject" aria-hidden="true">
            ⊘
          </span>
          rejected
        </li>
        <li>
          <span aria-hidden="true">⇢</span> client pod
        </li>
        <li>
          <span aria-hidden="true">● ○ ◐ ◌</span> ready, not ready, terminating, pending
        </li>
      </ul>
    </div>
  );
}
