/** Every spec.trafficDistribution value, in the order the toolbar lists and Alt+T cycles them. */
import { PREFER_CLOSE, PREFER_SAME_NODE, PREFER_SAME_ZONE } from '../engine';

export const TRAFFIC_DISTRIBUTIONS = [PREFER_CLOSE, PREFER_SAME_ZONE, PREFER_SAME_NODE] as const;
