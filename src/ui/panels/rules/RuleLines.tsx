import { memo } from 'react';
import type { RuleLine } from '../../../engine';
import { useStore } from '../../../state';
import { ruleMatchesHighlight } from '../../../view/routeHighlight';

/** Lines past this many are summed up, so a large cluster's listing stays responsive. */
const MAX_LINES = 3000;

/** The listing, one line each; a line that implements routes highlights them on hover or focus. */
function RuleLinesView({ lines, node }: { lines: readonly RuleLine[]; node: string }) {
  // Only a hovered canvas edge marks lines; hovering a line here must not re-render the listing.
  const highlight = useStore((s) => (s.highlight?.origin === 'canvas' ? s.highlight : null));
  const setHighlight = useStore((s) => s.setHighlight);
  const clear = () => {
    if (useStore.getState().highlight?.origin === 'rules') setHighlight(null);
  };
  const shown = lines.length > MAX_LINES ? lines.slice(0, MAX_LINES) : lines;
  return (
    <ol className="rules__lines" aria-label={`Rules on ${node}`} data-testid="rules-lines">
      {shown.map((line, i) => {
        const link = line.link;
        const marked = ruleMatchesHighlight(link, node, highlight);
        if (!link) {
          return (
            <li key={i} className="rules__line">
              {line.text}
            </li>
          );
        }
        const on = () => setHighlight({ ...link, node, origin: 'rules' });
        return (
          <li
            key={i}
            className={`rules__line rules__line--linked${marked ? ' rules__line--marked' : ''}`}
            tabIndex={0}
            data-testid="rule-line"
            data-marked={marked ? 'true' : undefined}
            onMouseEnter={on}
            onFocus={on}
            onMouseLeave={clear}
            onBlur={clear}
          >
            {line.text}
          </li>
        );
      })}
      {lines.length > MAX_LINES && (
        <li className="rules__more">… {lines.length - MAX_LINES} more lines (the command line prints them all)</li>
      )}
    </ol>
  );
}

export const RuleLines = memo(RuleLinesView);
