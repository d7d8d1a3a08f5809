import { useEffect } from 'react';
import { useStore } from '../../state';

const TICK_MS = 250;

/**
 * While the timeline plays, simulated time flows at `speed` simulated seconds per second. It is
 * measured from the wall clock, so a slow tick (or a background tab's throttled timer) never
 * loses time.
 */
export function useTimelineClock(): void {
  const playing = useStore((s) => s.playing);
  const speed = useStore((s) => s.speed);
  const advance = useStore((s) => s.advance);
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      advance(((now - last) / 1000) * speed);
      last = now;
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [playing, speed, advance]);
}
