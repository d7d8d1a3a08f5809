/**
 * The README's command table says what the terminal accepts: every kubectl verb the parser runs
 * and every flag it takes is in the table, and every verb the table names is one the parser runs
 * (or refuses by name with what to use instead).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOBAL_FLAGS, KUBECTL_VERBS, REFUSED_GLOBALS, VERB_FLAGS } from '../../src/kubectl/flags';
import { parseCommandLine } from '../../src/kubectl/parseCommandLine';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const start = readme.indexOf('## Terminal, timeline and events on the canvas');
const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
/** The command column of the table, and the paragraph on flags after it. */
const table = section
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) => line.slice(0, line.indexOf(' | ', 2)))
  .join('\n');

describe('the README’s command table', () => {
  it('names every verb the terminal runs', () => {
    expect(start).toBeGreaterThan(0);
    // `kubectl drain NODE`, or one of several in `kubectl cordon\|uncordon\|drain NODE`.
    for (const verb of KUBECTL_VERBS) expect(table, verb).toMatch(new RegExp(`kubectl (?:[a-z]+\\\\\\|)*${verb}\\b`));
  });

  it('names every flag each verb takes, and the refused global flags', () => {
    for (const [verb, flags] of Object.entries(VERB_FLAGS))
      for (const flag of flags) {
        if (flag.name === 'help' || flag.name === 'namespace') continue;
        const written = [`--${flag.name}`, ...(flag.short ? [`-${flag.short} `, `-${flag.short}\``, `-${flag.short}]`] : [])];
        expect(
          written.some((w) => table.includes(w)),
          `kubectl ${verb} ${written.join(' or ')}`,
        ).toBe(true);
      }
    expect(table).toContain('-n NS');
    for (const name of REFUSED_GLOBALS) expect(section, name).toContain(`\`--${name}\``);
    expect(GLOBAL_FLAGS.map((f) => f.name)).toContain('namespace');
  });

  it('names only verbs the parser knows', () => {
    const verbs = new Set([...table.matchAll(/kubectl ([a-z]+)/g)].map((m) => m[1]!));
    for (const verb of verbs) {
      const parsed = parseCommandLine(`kubectl ${verb} --help`);
      expect(parsed.ok, verb).toBe(true);
    }
  });
});
