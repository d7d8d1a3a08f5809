/** Each endpoint's share of new connections per time bucket, as stacked SVG bars with a text legend. */
import type { DataPlaneTimeline } from '../../../engine';

/** Colour-blind safe (Okabe–Ito); shape is carried by the legend's order and the text summary. */
export const SERIES_COLORS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'];

const W = 360;
const H = 120;

export function ShareChart({ run }: { run: DataPlaneTimeline }) {
  const barW = W / Math.max(1, run.buckets.length);
  const label = `${run.label}: share of new connections per endpoint over ${Math.round(run.buckets.at(-1)?.end ?? 0)} seconds`;
  return (
    <figure className="dp-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} data-testid={`dp-chart-${run.label}`}>
        {run.buckets.map((b, i) => {
          const total = b.newConnections.reduce((a, c) => a + c, 0);
          let y = H;
          return (
            <g key={i}>
              {total === 0 ? (
                <rect x={i * barW + 1} y={H - 2} width={barW - 2} height={2} fill="var(--border, #c4ccd4)" />
              ) : (
                b.newConnections.map((c, s) => {
                  const h = (c / total) * H;
                  y -= h;
                  return c ? (
                    <rect key={s} x={i * barW + 1} y={y} width={barW - 2} height={h} fill={SERIES_COLORS[s % SERIES_COLORS.length]} />
                  ) : null;
                })
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="dp-legend">
          {run.servers.map((s, i) => (
            <li key={s.pod + s.ip}>
              <span className="dp-swatch" style={{ background: SERIES_COLORS[i % SERIES_COLORS.length] }} aria-hidden="true" />
              {s.pod}: {run.totals[i]}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
