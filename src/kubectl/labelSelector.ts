/** kubectl's `-l` selector syntax: `a=b`, `a==b`, `a!=b`, `a`, `!a`, comma separated (set-based `in` not supported). */

export type LabelMatcher = (labels: Readonly<Record<string, string>>) => boolean;

export type SelectorResult = { ok: true; matches: LabelMatcher } | { ok: false; error: string };

/**
 * @example
 * parseLabelSelector('app=echo,!canary'); // { ok: true, matches: (labels) => … }
 */
export function parseLabelSelector(text: string): SelectorResult {
  const tests: LabelMatcher[] = [];
  for (const raw of text.split(',')) {
    const part = raw.trim();
    if (!part) return { ok: false, error: `error: unable to parse requirement: found '', expected: identifier` };
    const m = /^(!)?([A-Za-z0-9][-A-Za-z0-9_./]*)(?:(==|=|!=)(.*))?$/.exec(part);
    if (!m) return { ok: false, error: `error: unable to parse requirement: "${part}"` };
    const [, not, key, op, value] = m as unknown as [string, string | undefined, string, string | undefined, string | undefined];
    if (not && op) return { ok: false, error: `error: unable to parse requirement: "${part}"` };
    if (not) tests.push((l) => !(key in l));
    else if (!op) tests.push((l) => key in l);
    else if (op === '!=') tests.push((l) => l[key] !== value);
    else tests.push((l) => l[key] === value);
  }
  return { ok: true, matches: (labels) => tests.every((t) => t(labels)) };
}
