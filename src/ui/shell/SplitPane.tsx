/**
 * Two panes with a draggable, keyboard-operable separator (arrow keys move it, Home/End go to
 * the limits). On narrow screens CSS stacks the panes and hides the separator.
 */
import { useCallback, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

interface Props {
  label: string;
  /** Initial size of the first pane, in percent of the container. */
  initial: number;
  min?: number;
  max?: number;
  first: ReactNode;
  second: ReactNode;
  className?: string;
}

export function SplitPane({ label, initial, min = 20, max = 80, first, second, className }: Props) {
  const [size, setSize] = useState(initial);
  const container = useRef<HTMLDivElement>(null);
  const clamp = useCallback((value: number) => Math.min(max, Math.max(min, value)), [min, max]);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId) || !container.current) return;
    const box = container.current.getBoundingClientRect();
    setSize(clamp(((event.clientX - box.left) / box.width) * 100));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 10 : 2;
    const next =
      event.key === 'ArrowLeft'
        ? size - step
        : event.key === 'ArrowRight'
          ? size + step
          : event.key === 'Home'
            ? min
            : event.key === 'End'
              ? max
              : null;
    if (next === null) return;
    event.preventDefault();
    setSize(clamp(next));
  };

  return (
    <div ref={container} className={`split ${className ?? ''}`} style={{ ['--split' as string]: `${size}%` }}>
      <div className="split__pane split__pane--first">{first}</div>
      <div
        className="split__handle"
        role="separator"
        aria-orientation="vertical"
        aria-label={label}
        aria-valuenow={Math.round(size)}
        aria-valuemin={min}
        aria-valuemax={max}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      />
      <div className="split__pane split__pane--second">{second}</div>
    </div>
  );
}
