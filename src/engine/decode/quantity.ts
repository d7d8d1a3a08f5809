/** resource.Quantity parsing (k8s.io/apimachinery/pkg/api/resource), enough for CPU. */

const QUANTITY = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
const SUFFIX_FACTORS: Record<string, number> = {
  '': 1,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

export const QUANTITY_FORMAT_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

/**
 * A quantity in milli-units, rounded up as Quantity.MilliValue() does; undefined if malformed.
 * Numbers are accepted too (YAML `cpu: 2`), as the API server's Quantity unmarshaller does.
 *
 * @example
 * parseMilli('1500m'); // 1500
 * parseMilli('0.5');   // 500
 * parseMilli(2);       // 2000
 */
export function parseMilli(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.ceil(value * 1000 - 1e-9) : undefined;
  const match = QUANTITY.exec(value.trim() === value ? value : '');
  if (!match) return undefined;
  const number = Number(match[1]);
  if (!Number.isFinite(number) || !/\d/.test(match[1]!)) return undefined;
  const suffix = match[2]!;
  let factor: number | undefined = SUFFIX_FACTORS[suffix];
  if (factor === undefined) {
    const exponent = /^[eE]([-+]?[0-9]+)$/.exec(suffix);
    if (!exponent) return undefined;
    factor = 10 ** Number(exponent[1]);
  }
  const milli = number * factor * 1000;
  if (!Number.isFinite(milli)) return undefined;
  return Math.ceil(milli - 1e-9);
}
