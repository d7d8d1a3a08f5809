import { memo } from 'react';
import type { DriftKind } from '../../../engine';
import type { DriftBadge as DriftBadgeLook } from '../../../view/driftBadges';
import './canvasEvents.css';

/**
 * "cordoned", "new", "relabelled"…: how this object of the live cluster differs from the YAML.
 * The canvas reads the drift once for all boxes and hands each its badge.
 */
function DriftBadgeView({ kind, objectKey, badge }: { kind: DriftKind; objectKey: string; badge: DriftBadgeLook | undefined }) {
  if (!badge) return null;
  return (
    <span className="kt-drift" title={badge.detail} data-testid={`drift-${kind.toLowerCase()}-${objectKey}`}>
      <span aria-hidden="true">≠ </span>
      {badge.text}
      <span className="visually-hidden"> ({badge.detail})</span>
    </span>
  );
}

export const DriftBadge = memo(DriftBadgeView);
