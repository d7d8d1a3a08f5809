/**
 * A labelled select; a value the options do not know (typed in the YAML) is shown, marked invalid.
 * The toolbar reads its values from the files deferred behind typing, so a choice stays shown
 * until the value it wrote reads back: arrow keys pressed in quick succession then step on from
 * the chosen option instead of the stale one.
 */
import { useId, useState } from 'react';

export interface Option {
  value: string;
  label: string;
}

interface Props {
  id: string;
  label: string;
  value: string;
  options: readonly Option[];
  /** Returns false when the change could not be made (the select then shows `value` again). */
  onChange(value: string): void | boolean;
  disabled?: boolean;
  title?: string;
  /** Label beside the select instead of above it. */
  inline?: boolean;
}

export function ControlSelect({ id, label, value, options, onChange, disabled, title, inline }: Props) {
  const htmlId = useId();
  // The option just chosen, while `value` still is what it was when it was chosen.
  const [chosen, setChosen] = useState<{ value: string; over: string } | null>(null);
  if (chosen && chosen.over !== value) setChosen(null);
  const shown = chosen && chosen.over === value ? chosen.value : value;
  const known = options.some((o) => o.value === shown);
  const choose = (next: string) => setChosen(onChange(next) === false ? null : { value: next, over: value });
  return (
    <div className={inline ? 'control control--inline' : 'control'}>
      <label htmlFor={htmlId}>{label}</label>
      <select
        id={htmlId}
        data-testid={`control-${id}`}
        value={shown}
        disabled={disabled}
        title={title}
        aria-invalid={known ? undefined : true}
        onChange={(event) => choose(event.target.value)}
      >
        {!known && <option value={shown}>{shown} (invalid)</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The option for "field absent": removing it from the YAML. */
export const UNSET = '';
