import { memo } from 'react';
import type { DriftKind } from '../engine/events';
import { useStore } from '../store';
import { driftBadge } from '../timeline/driftBadges';
import './canvasEvents.css';

/** "cordoned", "new", "relabelled"…: how this object of the live cluster differs from the YAML. */
function DriftBadgeView({ kind, objectKey }: { kind: DriftKind; objectKey: string }) {
  const entry = useStore((s) => s.drift.find((d) => d.kind === kind && d.key === objectKey));
  if (!entry) return null;
  const badge = driftBadge(entry);
  return (
    <span className="kt-drift" title={badge.detail} data-testid={`drift-${kind.toLowerCase()}-${objectKey}`}>
      <span aria-hidden="true">≠ </span>
      {badge.text}
      <span className="visually-hidden"> ({badge.detail})</span>
    </span>
  );
}

export const DriftBadge = memo(DriftBadgeView);
