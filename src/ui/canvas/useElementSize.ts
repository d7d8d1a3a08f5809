import { useCallback, useEffect, useRef, useState } from 'react';

export interface Size {
  width: number;
  height: number;
}

/** Frame sizes for the layout move in steps of this many pixels, so a dragged splitter does not re-lay out every frame. */
const FRAME_STEP = 16;

/** The frame size the layout plans for: rounded down to a step, so it never promises more room than there is. */
export function quantizeFrame(size: Size): Size {
  return { width: Math.floor(size.width / FRAME_STEP) * FRAME_STEP, height: Math.floor(size.height / FRAME_STEP) * FRAME_STEP };
}

/**
 * A callback ref and the size of the element it is on, kept current with a ResizeObserver (null
 * until measured, or where there is no ResizeObserver). Follows the element when it is replaced.
 */
export function useElementSize(): [(element: HTMLElement | null) => void, Size | null] {
  const [size, setSize] = useState<Size | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const update = (width: number, height: number) => {
      const next = { width: Math.round(width), height: Math.round(height) };
      if (next.width <= 0 || next.height <= 0) return;
      setSize((old) => (old && old.width === next.width && old.height === next.height ? old : next));
    };
    const rect = element.getBoundingClientRect();
    update(rect.width, rect.height);
    observer.current = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (box) update(box.width, box.height);
    });
    observer.current.observe(element);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  return [ref, size];
}
