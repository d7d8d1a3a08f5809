import { createContext } from 'react';

export interface Motion {
  /** Packets are drawn (reduced motion is off). */
  animate: boolean;
  /** Packets are frozen: the pause button, or a hidden tab. */
  paused: boolean;
  reduced: boolean;
}

/** Motion settings for every route edge, without rebuilding the edges when they change. */
export const MotionContext = createContext<Motion>({
  animate: true,
  paused: false,
  reduced: false,
});
