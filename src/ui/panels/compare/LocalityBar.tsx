/** One choice's locality shares as a stacked bar, with the numbers in words beside it. */
import { formatShare, type LocalityShares } from '../../../engine';
import { formatShares } from '../../../format/compareFigures';

const SEGMENTS: { key: keyof LocalityShares; className: string }[] = [
  { key: 'sameNode', className: 'cmp-seg--node' },
  { key: 'sameZone', className: 'cmp-seg--zone' },
  { key: 'crossZone', className: 'cmp-seg--cross' },
  { key: 'unknownZone', className: 'cmp-seg--unknown' },
  { key: 'dropped', className: 'cmp-seg--dropped' },
  { key: 'rejected', className: 'cmp-seg--dropped' },
];

export function LocalityBar({ shares }: { shares: LocalityShares }) {
  const words = formatShares(shares);
  return (
    <div className="cmp-locality" title={words}>
      <div className="cmp-bar" aria-hidden="true">
        {SEGMENTS.filter((s) => shares[s.key] > 0).map((s) => (
          <span key={s.key} className={`cmp-seg ${s.className}`} style={{ width: `${shares[s.key] * 100}%` }} />
        ))}
      </div>
      <span className="cmp-numbers">
        {formatShare(shares.sameNode)} / {formatShare(shares.sameZone)} / {formatShare(shares.crossZone)}
        {shares.dropped + shares.rejected > 0 ? ` / ✕ ${formatShare(shares.dropped + shares.rejected)}` : ''}
      </span>
      <span className="cmp-sr">{words}</span>
    </div>
  );
}
