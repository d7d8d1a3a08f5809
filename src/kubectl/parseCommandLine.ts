/**
 * Parses one terminal line into a command: `kubectl <verb> args… --flags`, `hit COUNT SVC [PORT]
 * [--from POD]`, `help` or `clear`. Errors use kubectl's (cobra's) words.
 */
import { closest } from './suggest';
import { findFlag, findShorthand, GLOBAL_FLAGS, KUBECTL_VERBS, REFUSED_GLOBALS, UNSUPPORTED_FLAGS, type KubectlVerb } from './flags';
import { tokenize } from './tokenize';

export type FlagValues = Record<string, string | true | string[]>;

export type ParsedCommand =
  | { program: 'empty' }
  | { program: 'help'; topic?: string }
  | { program: 'clear' }
  | { program: 'hit'; count: number; service: string; port?: string; from?: string; namespace?: string }
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

/**
 * Where the verb is: cobra skips flags before it (a global flag that takes a value, written
 * apart, takes the next word along), so `kubectl -n default get pods` reads as `get pods -n default`.
 */
function verbIndex(words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!word.startsWith('-') || word === '-') return i;
    if (word.includes('=')) continue;
    const spec = word.startsWith('--')
      ? GLOBAL_FLAGS.find((f) => f.name === word.slice(2))
      : word.length === 2
        ? GLOBAL_FLAGS.find((f) => f.short === word[1])
        : undefined;
    if (spec?.value) i++;
  }
  return -1;
}

function parseKubectl(all: string[]): ParseResult {
  const at = verbIndex(all);
  const verbWord = at < 0 ? undefined : all[at];
  if (verbWord === undefined || verbWord === 'help') return { ok: true, command: { program: 'help', topic: 'kubectl' } };
  // The flags before the verb, then the words after it: cobra parses them as one list.
  const words = [verbWord, ...all.slice(0, at), ...all.slice(at + 1)];
  const unsupported = Object.hasOwn(UNSUPPORTED_VERBS, verbWord) ? UNSUPPORTED_VERBS[verbWord] : undefined;
  if (unsupported) return fail(`error: "kubectl ${verbWord}" is not supported by the playground`, unsupported);
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
      if (!spec) return unknownFlag(`--${name}`, name, usage);
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
        if (!spec) {
          const known = Object.entries(UNSUPPORTED_FLAGS).find(([, f]) => f.short === short);
          return known ? unknownFlag(`-${short}`, known[0], usage) : fail(`error: unknown shorthand flag: '${short}' in ${word}`, usage);
        }
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
  const refused = REFUSED_GLOBALS.find((name) => name in flags);
  if (refused)
    return fail(
      `error: --${refused} is not supported by the playground: it simulates one cluster, the workspace files, with no kubeconfig, server or users`,
      'Leave the flag out; -n NAMESPACE or -A choose the namespace.',
    );
  return { ok: true, command: { program: 'kubectl', verb, args, flags } };
}

/** A flag kubectl has and the playground does not take says so; a flag kubectl lacks is cobra's error. */
function unknownFlag(written: string, name: string, usage: string): ParseResult {
  const known = Object.hasOwn(UNSUPPORTED_FLAGS, name) ? UNSUPPORTED_FLAGS[name] : undefined;
  if (known) return fail(`error: ${written} is not supported by the playground`, known.hint);
  return fail(`error: unknown flag: ${written}`, usage);
}

const NO_CONTAINERS = 'The playground simulates routing, not containers: there are no processes, logs or shells.';
const WRITE_A_FILE = 'Write the object in a workspace file and run kubectl apply -f FILE, or change it with patch, label, scale or set.';
const ONE_CLUSTER = 'The playground simulates one cluster from the workspace files; type help for its commands.';

/** kubectl verbs the playground does not run, and what to use instead. */
const UNSUPPORTED_VERBS: Readonly<Record<string, string>> = {
  logs: `${NO_CONTAINERS} Use hit COUNT SVC to send requests and kubectl get events for what the controllers did.`,
  exec: `${NO_CONTAINERS} Use hit COUNT SVC --from POD to send requests from a pod.`,
  attach: `${NO_CONTAINERS} Use kubectl describe pod NAME for its state.`,
  cp: NO_CONTAINERS,
  'port-forward': `${NO_CONTAINERS} Use hit COUNT SVC to send requests to a Service.`,
  proxy: `${NO_CONTAINERS} Use hit COUNT SVC to send requests to a Service.`,
  debug: `${NO_CONTAINERS} Use kubectl describe and the Rules panel to see what kube-proxy programs.`,
  top: `${NO_CONTAINERS} Use kubectl get pods -o wide and kubectl describe node NAME.`,
  create: WRITE_A_FILE,
  run: WRITE_A_FILE,
  expose: WRITE_A_FILE,
  edit: WRITE_A_FILE,
  replace: WRITE_A_FILE,
  annotate: WRITE_A_FILE,
  taint: WRITE_A_FILE,
  autoscale: WRITE_A_FILE,
  diff: 'The Timeline tab shows how the live cluster differs from the files.',
  wait: 'Use kubectl rollout status deploy/NAME, or let the timeline play.',
  events: 'Use kubectl get events.',
  config: ONE_CLUSTER,
  auth: ONE_CLUSTER,
  'cluster-info': ONE_CLUSTER,
  version: `${ONE_CLUSTER} The toolbar's version menu chooses the Kubernetes version.`,
  'api-resources': `${ONE_CLUSTER} kubectl get takes nodes, pods, svc, endpoints, endpointslices, deploy, ds, sts, rs, rc, pdb, events and all.`,
  'api-versions': ONE_CLUSTER,
  explain: ONE_CLUSTER,
  certificate: ONE_CLUSTER,
  kustomize: WRITE_A_FILE,
  plugin: ONE_CLUSTER,
  completion: 'Tab completes commands, kinds, flags and names in this terminal.',
};

const HIT_USAGE = 'Usage: hit COUNT [NAMESPACE/]SERVICE [PORT] [--from [NAMESPACE/]POD] [-n NAMESPACE], e.g. hit 40 echo-svc --from client';

function parseHit(words: string[]): ParseResult {
  const positional: string[] = [];
  let from: string | undefined;
  let namespace: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === '--from' || word.startsWith('--from=')) {
      from = word === '--from' ? words[++i] : word.slice('--from='.length);
      if (!from) return fail('error: flag needs an argument: --from', HIT_USAGE);
    } else if (word === '-n' || word === '--namespace' || word.startsWith('--namespace=') || (word.startsWith('-n') && word.length > 2)) {
      namespace =
        word === '-n' || word === '--namespace'
          ? words[++i]
          : word.startsWith('--namespace=')
            ? word.slice('--namespace='.length)
            : word.slice(2).replace(/^=/, '');
      if (!namespace) return fail(`error: flag needs an argument: ${word.startsWith('--') ? '--namespace' : "'n' in -n"}`, HIT_USAGE);
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
  if (namespace !== undefined) command.namespace = namespace;
  return { ok: true, command };
}
