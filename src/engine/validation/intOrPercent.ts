/**
 * intstr.IntOrString values such as maxSurge: an int, or a percent string "N%" scaled against a
 * total (k8s.io/apimachinery/pkg/util/intstr).
 */
import type { IntOrPercent } from '../model';
import { invalid } from './fieldErrors';

const PERCENT = /^[0-9]+%$/;

/** validation.IsValidPercent's message, double space included. */
export const PERCENT_MESSAGE =
  "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

/** The number of a valid percent string ("25%" → 25), undefined for anything else. */
export function percentOf(value: IntOrPercent): number | undefined {
  return typeof value === 'string' && PERCENT.test(value) ? Number(value.slice(0, -1)) : undefined;
}

/**
 * The value validation compares with 0 (getIntOrPercentValue): the percent, or the int; a string
 * that is neither reads as 0, as IntValue does.
 *
 * @example
 * intOrPercentValue('0%'); // 0
 */
export function intOrPercentValue(value: IntOrPercent): number {
  const percent = percentOf(value);
  if (percent !== undefined) return percent;
  if (typeof value === 'number') return value;
  return /^-?[0-9]+$/.test(value) ? Number(value) : 0;
}

/**
 * GetScaledValueFromIntOrPercent: an int as is; a percent of `total`, rounded up or down.
 *
 * @example
 * scaledValue('25%', 10, true); // 3
 * scaledValue('25%', 10, false); // 2
 */
export function scaledValue(value: IntOrPercent, total: number, roundUp: boolean): number {
  if (typeof value === 'number') return value;
  const percent = percentOf(value) ?? 0;
  // percent * total is an integer, so dividing by 100 is exact whenever the quotient is whole.
  const scaled = (percent * total) / 100;
  return roundUp ? Math.ceil(scaled) : Math.floor(scaled);
}

/**
 * ValidatePositiveIntOrPercent's messages for `field` and, with `upTo100`, IsNotMoreThan100Percent's.
 *
 * @example
 * intOrPercentProblems('150%', 'spec.maxUnavailable', true); // ['spec.maxUnavailable: Invalid value: "150%": must not be greater than 100%']
 */
export function intOrPercentProblems(value: IntOrPercent, field: string, upTo100: boolean): string[] {
  if (typeof value === 'number') return value < 0 ? [invalid(field, value, 'must be greater than or equal to 0')] : [];
  const percent = percentOf(value);
  if (percent === undefined) return [invalid(field, value, PERCENT_MESSAGE)];
  return upTo100 && percent > 100 ? [invalid(field, value, 'must not be greater than 100%')] : [];
}
