import type { EdgeTypes } from '@xyflow/react';
import { RouteEdge } from './RouteEdge';
import { ZonePairEdge } from './ZonePairEdge';

/** Defined once at module level so React Flow never remounts edges. */
export const edgeTypes: EdgeTypes = { route: RouteEdge, zonePair: ZonePairEdge };
