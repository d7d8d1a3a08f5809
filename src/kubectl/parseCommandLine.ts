/**
 * Parses one terminal line into a command: `kubectl <verb> args… --flags`, `hit COUNT SVC [PORT]
 * [--from POD]`, `help` or `clear`. Errors use kubectl's (cobra's) words.
 */
import { closest } from './suggest';
import { findFlag, findShorthand, KUBECTL_VERBS, type KubectlVerb } from './flags';
import { tokenize } from './tokenize';

export type FlagValues = Record<string, string | true | string[]>;

export type ParsedCommand =
  | { program: 'empty' }
  | { program: 'help'; topic?: string }
  | { program: 'clear' }
  | { program: 'hit'; count: number; service: string; port?: string; from?: string }
  | { program: 'kubectl'; verb: KubectlVerb; args: string[]; flags: FlagValues };

export type ParseResult = { ok: true; command: ParsedCommand } | { ok: false; error: string; hint?: string };

const fail = (error: string, hint?: string): ParseResult => ({ ok: false, error, ...(hint ? { hint } : {}) });

/**
 * @example
 * parseCommandLine('kubectl get pods -o wide');
 * // { ok: true, command: { program: 'kubectl', verb: 'get', args: ['pods'], flags: { output: 'wide' } } }
 */
export function parseCommandLine(line: string): ParseResult {
  const tokenized = tokenize(line);
  if (!tokenized.ok)
    return fail(`error: ${tokenized.error}`, 'Close the quote: JSON patches go in single quotes, e.g. -p \'{"spec":{}}\'.');
  const words = tokenized.tokens.map((t) => t.text);
  if (words.length === 0) return { ok: true, command: { program: 'empty' } };
  const [program, ...rest] = words as [string, ...string[]];
  switch (program) {
    case 'kubectl':
    case 'k':
      return parseKubectl(rest);
    case 'hit':
      return parseHit(rest);
    case 'help':
      return { ok: true, command: rest[0] ? { program: 'help', topic: rest[0] } : { program: 'help' } };
    case 'clear':
      return { ok: true, command: { program: 'clear' } };
    default: {
      const guess = closest(program, ['kubectl', 'hit', 'help', 'clear']);
      return fail(
        `${program}: command not found`,
        guess ? `Did you mean "${guess}"? Type help for the commands.` : 'Type help for the commands.',
      );
    }
  }
}

function parseKubectl(words: string[]): ParseResult {
  const verbWord = words[0];
  if (verbWord === undefined || verbWord === '--help' || verbWord === '-h' || verbWord === 'help') {
    return { ok: true, command: { program: 'help', topic: 'kubectl' } };
  }
  if (verbWord.startsWith('-'))
    return fail(`error: flags go after the command: kubectl <command> ${verbWord} …`, 'Type help for the commands.');
  if (!(KUBECTL_VERBS as readonly string[]).includes(verbWord)) {
    const guess = closest(verbWord, KUBECTL_VERBS);
    return fail(
      `error: unknown command "${verbWord}" for "kubectl"`,
      guess ? `Did you mean this?\n\t${guess}` : `The playground knows: ${KUBECTL_VERBS.join(', ')}.`,
    );
  }
  const verb = verbWord as KubectlVerb;
  const usage = `See 'kubectl ${verb} --help' for usage.`;
  const args: string[] = [];
  const flags: FlagValues = {};
  const put = (name: string, value: string | true, repeat: boolean | undefined) => {
    if (repeat && value !== true) {
      const list = flags[name];
      flags[name] = Array.isArray(list) ? [...list, value] : [value];
    } else {
      flags[name] = value;
    }
  };

  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (word === '--') {
      args.push(...words.slice(i + 1));
      break;
    }
    if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      const name = word.slice(2, eq < 0 ? undefined : eq);
      const spec = findFlag(verb, name);
      if (!spec) return fail(`error: unknown flag: --${name}`, usage);
      if (!spec.value) {
        if (eq >= 0) {
          const v = word.slice(eq + 1);
          if (v !== 'true' && v !== 'false')
            return fail(`error: invalid argument "${v}" for "--${name}" flag: strconv.ParseBool: parsing "${v}": invalid syntax`, usage);
          if (v === 'true') put(name, true, false);
          else delete flags[name];
        } else {
          put(name, true, false);
        }
        continue;
      }
      let value: string | undefined;
      if (eq >= 0) value = word.slice(eq + 1);
      else value = words[++i];
      if (value === undefined) return fail(`error: flag needs an argument: --${name}`, usage);
      put(name, value, spec.repeat);
      continue;
    }
    if (word.startsWith('-') && word.length > 1) {
      // Shorthands may be grouped (-Ao wide is rare; -A alone is common) and carry a value (-owide, -o=wide).
      for (let j = 1; j < word.length; j++) {
        const short = word[j]!;
        const spec = findShorthand(verb, short);
        if (!spec) return fail(`error: unknown shorthand flag: '${short}' in ${word}`, usage);
        if (!spec.value) {
          put(spec.name, true, false);
          continue;
        }
        let value = word.slice(j + 1);
        if (value.startsWith('=')) value = value.slice(1);
        if (value === '') {
          const next = words[++i];
          if (next === undefined) return fail(`error: flag needs an argument: '${short}' in -${short}`, usage);
          value = next;
        }
        put(spec.name, value, spec.repeat);
        break;
      }
      continue;
    }
    args.push(word);
  }
  return { ok: true, command: { program: 'kubectl', verb, args, flags } };
}

const HIT_USAGE = 'Usage: hit COUNT SERVICE [PORT] [--from POD], e.g. hit 40 echo-svc --from client';

function parseHit(words: string[]): ParseResult {
  const positional: string[] = [];
  let from: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === '--from' || word.startsWith('--from=')) {
      from = word === '--from' ? words[++i] : word.slice('--from='.length);
      if (!from) return fail('error: flag needs an argument: --from', HIT_USAGE);
    } else if (word.startsWith('-')) {
      return fail(`error: unknown flag: ${word}`, HIT_USAGE);
    } else {
      positional.push(word);
    }
  }
  if (positional.length < 2) return fail('error: hit needs a COUNT and a SERVICE', HIT_USAGE);
  if (positional.length > 3) return fail(`error: unexpected argument "${positional[3]}"`, HIT_USAGE);
  const [countText, service, port] = positional as [string, string, string | undefined];
  if (!/^\d+$/.test(countText) || Number(countText) < 1 || Number(countText) > 100_000) {
    return fail(`error: COUNT must be a whole number from 1 to 100000, not "${countText}"`, HIT_USAGE);
  }
  const command: ParsedCommand = { program: 'hit', count: Number(countText), service };
  if (port !== undefined) command.port = port;
  if (from !== undefined) command.from = from;
  return { ok: true, command };
}
