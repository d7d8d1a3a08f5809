/** What the colours, dashes and marks mean; every entry also has its word. */
const lines = [
  { kind: 'same-node', text: 'same node' },
  { kind: 'same-zone', text: 'same zone' },
  { kind: 'cross-zone', text: 'cross zone' },
  { kind: 'unknown-zone', text: 'zone unknown' },
] as const;

export function Legend() {
  return (
    <div className="kt-legend" aria-label="Legend">
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
