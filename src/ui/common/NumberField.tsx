/** A labelled number input that keeps the last valid value while the text is being edited. */
import { useId } from 'react';

export function NumberField({
  label,
  value,
  min,
  max = Number.POSITIVE_INFINITY,
  step,
  onChange,
  testId,
  className,
}: {
  label: string;
  value: number;
  min: number;
  max?: number;
  step?: number;
  onChange(v: number): void;
  testId: string;
  /** The panel's own class for the label-above-input block. */
  className: string;
}) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        data-testid={testId}
        value={value}
        min={min}
        max={Number.isFinite(max) ? max : undefined}
        step={step ?? 1}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (e.target.value !== '' && Number.isFinite(v)) onChange(Math.min(max, Math.max(min, v)));
        }}
      />
    </div>
  );
}
