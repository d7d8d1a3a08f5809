/** A labelled select; a value the options do not know (typed in the YAML) is shown, marked invalid. */
import { useId } from 'react';

export interface Option {
  value: string;
  label: string;
}

interface Props {
  id: string;
  label: string;
  value: string;
  options: readonly Option[];
  onChange(value: string): void;
  disabled?: boolean;
  title?: string;
  /** Label beside the select instead of above it. */
  inline?: boolean;
}

export function ControlSelect({ id, label, value, options, onChange, disabled, title, inline }: Props) {
  const htmlId = useId();
  const known = options.some((o) => o.value === value);
  return (
    <div className={inline ? 'control control--inline' : 'control'}>
      <label htmlFor={htmlId}>{label}</label>
      <select
        id={htmlId}
        data-testid={`control-${id}`}
        value={value}
        disabled={disabled}
        title={title}
        aria-invalid={known ? undefined : true}
        onChange={(event) => onChange(event.target.value)}
      >
        {!known && <option value={value}>{value} (invalid)</option>}
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
