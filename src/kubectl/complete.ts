/**
 * Tab completion: commands, kubectl verbs, resource kinds, flags and names from the report,
 * for the word that ends at the cursor.
 */
import { normalizeObjectKey } from '../engine';
import type { TerminalContext } from './context';
import { KUBECTL_VERBS, VERB_FLAGS, type KubectlVerb } from './flags';
import { namesOf } from './lookup';
import { KIND_WORDS, resolveKind, type ResourceKind } from './resources';

const PROGRAMS = ['kubectl', 'hit', 'help', 'clear'];
const OUTPUT_VALUES = ['wide', 'yaml', 'json', 'name'];

/** Where the word being completed starts: after the last blank before the cursor. */
export function wordStart(line: string, cursor: number): number {
  const before = line.slice(0, cursor);
  return Math.max(before.lastIndexOf(' '), before.lastIndexOf('\t')) + 1;
}

/**
 * The words that could replace the one ending at `cursor`, sorted.
 *
 * @example
 * complete('kubectl cordon mnode-m', 22, context); // ['mnode-m02', 'mnode-m03']
 */
export function complete(line: string, cursor: number, context: TerminalContext): string[] {
  const start = wordStart(line, cursor);
  const word = line.slice(start, cursor);
  const before = line.slice(0, start).trim().split(/\s+/).filter(Boolean);
  const matching = (candidates: readonly string[]) => [...new Set(candidates)].filter((c) => c.startsWith(word)).sort();

  if (before.length === 0) return matching(PROGRAMS);
  const program = before[0]!;
  if (program === 'help') return before.length === 1 ? matching(KUBECTL_VERBS) : [];
  if (program === 'hit') return completeHit(before.slice(1), word, context, matching);
  if (program !== 'kubectl' && program !== 'k') return [];
  if (before.length === 1) return matching(KUBECTL_VERBS);
  const verb = before[1] as KubectlVerb;
  if (!(KUBECTL_VERBS as readonly string[]).includes(verb)) return [];
  const rest = before.slice(2);
  const previous = rest[rest.length - 1];
  const ns = namespaceIn(rest);

  // A flag's value.
  if (previous === '-o' || previous === '--output') return matching(OUTPUT_VALUES);
  if (previous === '-n' || previous === '--namespace') return matching(namespaces(context));
  if (previous === '-f' || previous === '--filename') return matching(context.files.map((f) => f.name));
  if (previous === '--type') return matching(['merge', 'strategic']);
  if (word.startsWith('-')) return matching(VERB_FLAGS[verb].map((f) => `--${f.name}`));

  const positional = rest.filter((w, i) => !w.startsWith('-') && !takesValue(verb, rest[i - 1]));
  const names = (kind: ResourceKind) => namesOf(context, kind, kind === 'Node' ? null : ns);
  switch (verb) {
    case 'cordon':
    case 'uncordon':
    case 'drain':
      return positional.length === 0 ? matching(names('Node')) : [];
    case 'scale':
      return positional.length === 0
        ? matching([
            ...names('Deployment').map((n) => `deploy/${n}`),
            ...names('StatefulSet').map((n) => `sts/${n}`),
            ...names('ReplicaSet').map((n) => `rs/${n}`),
            ...names('ReplicationController').map((n) => `rc/${n}`),
          ])
        : [];
    case 'rollout':
      if (positional.length === 0) return matching(['pause', 'restart', 'resume', 'status']);
      return positional.length === 1
        ? matching([
            ...names('Deployment').map((n) => `deploy/${n}`),
            ...(positional[0] === 'status' || positional[0] === 'restart'
              ? [...names('DaemonSet').map((n) => `ds/${n}`), ...names('StatefulSet').map((n) => `sts/${n}`)]
              : []),
          ])
        : [];
    case 'set':
      if (positional.length === 0) return matching(['selector', 'image']);
      if (positional.length === 1)
        return matching(
          positional[0] === 'image' ? names('Deployment').map((n) => `deploy/${n}`) : names('Service').map((n) => `svc/${n}`),
        );
      return [];
    case 'apply':
      return [];
    case 'delete':
      if (positional.length === 0) return matching(['pod', 'node']);
      return kindNames(positional[0]!, names, matching);
    default:
      if (positional.length === 0)
        return matching(verb === 'patch' ? ['svc', 'deploy'] : verb === 'get' ? [...KIND_WORDS, 'all'] : KIND_WORDS);
      if (positional.length === 1) return kindNames(positional[0]!, names, matching);
      return [];
  }
}

function kindNames(kindWord: string, names: (kind: ResourceKind) => string[], matching: (c: readonly string[]) => string[]): string[] {
  const kind = resolveKind(kindWord);
  return kind ? matching(names(kind)) : [];
}

function completeHit(args: string[], word: string, context: TerminalContext, matching: (c: readonly string[]) => string[]): string[] {
  const report = context.report;
  if (!report) return [];
  if (args[args.length - 1] === '--from')
    return matching(report.pods.filter((p) => p.client).map((p) => (p.namespace === 'default' ? p.name : p.key)));
  if (args[args.length - 1] === '-n' || args[args.length - 1] === '--namespace') return matching(namespaces(context));
  if (word.startsWith('-')) return matching(['--from', '--namespace']);
  const positional = args.filter((w, i) => !w.startsWith('-') && args[i - 1] !== '--from');
  if (positional.length === 1) return matching(report.services.map((s) => (s.namespace === 'default' ? s.name : s.key)));
  if (positional.length === 2) {
    const key = normalizeObjectKey(positional[1]!);
    return matching((report.services.find((s) => s.key === key)?.ports ?? []).map((p) => String(p.port)));
  }
  return [];
}

function takesValue(verb: KubectlVerb, word: string | undefined): boolean {
  if (!word?.startsWith('-') || word.includes('=')) return false;
  const spec = word.startsWith('--')
    ? VERB_FLAGS[verb].find((f) => `--${f.name}` === word)
    : VERB_FLAGS[verb].find((f) => `-${f.short}` === word);
  return spec?.value === true;
}

function namespaceIn(words: string[]): string | null {
  if (words.includes('-A') || words.includes('--all-namespaces')) return null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if ((w === '-n' || w === '--namespace') && words[i + 1]) return words[i + 1]!;
    if (w.startsWith('--namespace=')) return w.slice('--namespace='.length);
  }
  return 'default';
}

function namespaces(context: TerminalContext): string[] {
  return [
    ...new Set([...(context.report?.pods ?? []).map((p) => p.namespace), ...(context.report?.services ?? []).map((s) => s.namespace)]),
  ];
}

/** The longest prefix the candidates share, for completing as far as they agree. */
export function commonPrefix(candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  let prefix = candidates[0]!;
  for (const c of candidates) while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
