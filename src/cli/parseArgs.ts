/** Command-line arguments of `route`, parsed without side effects. */
import {
  DEFAULT_VERSION,
  SUPPORTED_VERSIONS,
  isKubeVersion,
  type KubeVersion,
  kubeProxySkewProblem,
  MAX_SIMULATED_REQUESTS,
  RULES_MODES,
  type RulesMode,
  type EstimateInputs,
  type FailureSpec,
} from '../engine';
import { LAB_TOOLS, type LabTool } from '../format/lab/labTypes';

export type OutputFormat = 'table' | 'json';

export interface RouteOptions {
  /** File paths in argument order; `-` is standard input. */
  files: string[];
  kubernetesVersion?: KubeVersion;
  from?: string;
  requests?: number;
  seed?: number;
  format: OutputFormat;
  /** Each file is its own cluster. */
  each: boolean;
  featureGates?: Record<string, boolean>;
  /** kube-proxy's version (version skew); default the control plane's. */
  kubeProxyVersion?: KubeVersion;
  /** Print the rules kube-proxy programs on this node instead of the report. */
  rulesNode?: string;
  /** With --rules: the listing's proxy mode; default the KubeProxyConfiguration's. */
  rulesMode?: RulesMode;
  /** Write a real-cluster lab for this tool into `labDir` instead of printing the report. */
  labTool?: LabTool;
  labDir?: string;
  /** Print every routing choice of one Service side by side instead of the report. */
  compare?: boolean;
  /** With --compare: the Service ("ns/name"); default the first that has clients. */
  service?: string;
  /** With --compare: the failure the second table is about. */
  failure?: FailureSpec;
  /** With --compare: the estimate's inputs given on the command line. */
  estimate?: Partial<EstimateInputs>;
  /** With --compare: the IP family of a dual-stack Service to compare; default its primary. */
  ipFamily?: 'IPv4' | 'IPv6';
}

export type ParsedArgs = { kind: 'run'; options: RouteOptions } | { kind: 'help' } | { kind: 'usage-error'; message: string };

const VALUE_OPTIONS = new Set([
  '--k8s',
  '--from',
  '--requests',
  '--seed',
  '--format',
  '--feature-gates',
  '--kube-proxy-version',
  '--rules',
  '--mode',
  '--service',
  '--failure',
  '--rate',
  '--request-bytes',
  '--response-bytes',
  '--price-per-gb',
  '--ip-family',
]);
const FLAG_OPTIONS = new Set(['--each', '--compare', '--help', '-h']);
/** Options that only mean something with --compare. */
const COMPARE_OPTIONS = ['--service', '--failure', '--rate', '--request-bytes', '--response-bytes', '--price-per-gb', '--ip-family'];

/**
 * Parses `route` arguments. Options take their value as the next argument or after `=`.
 *
 * @example
 * parseArgs(['--k8s', '1.34', 'svc.yaml']);
 * // { kind: 'run', options: { files: ['svc.yaml'], kubernetesVersion: '1.34', format: 'table', each: false } }
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: RouteOptions = { files: [], format: 'table', each: false };
  const given = new Set<string>();
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      options.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--export-lab') {
      const tool = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      const dir = argv[++i];
      if (tool === undefined || !(LAB_TOOLS as readonly string[]).includes(tool)) {
        return usageError(`--export-lab: expected ${LAB_TOOLS.join(' or ')}, got ${tool === undefined ? 'nothing' : `"${tool}"`}`);
      }
      if (dir === undefined || dir.startsWith('-')) return usageError('--export-lab needs a directory after the tool');
      options.labTool = tool as LabTool;
      options.labDir = dir;
      continue;
    }
    if (FLAG_OPTIONS.has(name)) {
      if (eq > 0) return usageError(`${name} takes no value`);
      if (name === '--help' || name === '-h') return { kind: 'help' };
      if (name === '--compare') options.compare = true;
      else options.each = true;
      continue;
    }
    if (!VALUE_OPTIONS.has(name)) return usageError(`unknown option ${name}`);
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    if (value === undefined) return usageError(`${name} needs a value`);
    given.add(name);
    const problem = applyOption(options, name, value);
    if (problem) return usageError(problem);
  }
  if (options.files.length === 0) return usageError('no input files (give file paths, or - for standard input)');
  if (options.files.filter((f) => f === '-').length > 1) return usageError('standard input (-) can be given only once');
  if (options.labTool && (options.each || options.format === 'json' || options.rulesNode))
    return usageError('--export-lab writes a folder: it cannot be combined with --each, --format json or --rules');
  if (options.rulesMode && !options.rulesNode) return usageError('--mode needs --rules <node>');
  if (options.rulesNode && (options.each || options.format === 'json'))
    return usageError("--rules prints one node's rules: it cannot be combined with --each or --format json");
  const compareOnly = COMPARE_OPTIONS.find((o) => given.has(o));
  if (compareOnly && !options.compare) return usageError(`${compareOnly} needs --compare`);
  if (options.compare && (options.each || options.rulesNode || options.labTool))
    return usageError('--compare compares one cluster: it cannot be combined with --each, --rules or --export-lab');
  if (options.kubeProxyVersion) {
    const skew = kubeProxySkewProblem(options.kubernetesVersion ?? DEFAULT_VERSION, options.kubeProxyVersion);
    if (skew) return usageError(`--kube-proxy-version: ${skew}`);
  }
  return { kind: 'run', options };
}

function applyOption(options: RouteOptions, name: string, value: string): string | undefined {
  switch (name) {
    case '--k8s': {
      const version = normalizeVersion(value);
      if (!version) return `--k8s: unsupported Kubernetes version "${value}" (supported: ${SUPPORTED_VERSIONS.join(', ')})`;
      options.kubernetesVersion = version;
      return;
    }
    case '--from':
      if (!/^([a-z0-9.-]+\/)?[a-z0-9.-]+$/.test(value)) return `--from: expected <namespace/pod> or <pod>, got "${value}"`;
      options.from = value;
      return;
    case '--requests': {
      const n = parseInteger(value);
      if (n === undefined || n < 1) return `--requests: expected a positive whole number, got "${value}"`;
      if (n > MAX_SIMULATED_REQUESTS)
        return `--requests: the playground simulates at most ${MAX_SIMULATED_REQUESTS.toLocaleString('en-US')} requests per client route, got ${value}`;
      options.requests = n;
      return;
    }
    case '--seed': {
      const n = parseInteger(value);
      if (n === undefined) return `--seed: expected a whole number, got "${value}"`;
      options.seed = n;
      return;
    }
    case '--format':
      if (value !== 'table' && value !== 'json') return `--format: expected table or json, got "${value}"`;
      options.format = value;
      return;
    case '--kube-proxy-version': {
      const version = normalizeVersion(value);
      if (!version) return `--kube-proxy-version: unsupported Kubernetes version "${value}" (supported: ${SUPPORTED_VERSIONS.join(', ')})`;
      options.kubeProxyVersion = version;
      return;
    }
    case '--rules':
      if (!value) return '--rules: expected a node name';
      options.rulesNode = value;
      return;
    case '--mode':
      if (!(RULES_MODES as readonly string[]).includes(value)) return `--mode: expected ${RULES_MODES.join(', ')}, got "${value}"`;
      options.rulesMode = value as RulesMode;
      return;
    case '--service':
      if (!/^([a-z0-9.-]+\/)?[a-z0-9.-]+$/.test(value)) return `--service: expected <namespace/name> or <name>, got "${value}"`;
      options.service = value;
      return;
    case '--ip-family':
      if (value !== 'IPv4' && value !== 'IPv6') return `--ip-family: expected IPv4 or IPv6, got "${value}"`;
      options.ipFamily = value;
      return;
    case '--failure': {
      const failure = parseFailure(value);
      if (!failure) return `--failure: expected zone:<zone>, drain:<node> or local-pod, got "${value}"`;
      options.failure = failure;
      return;
    }
    case '--rate':
    case '--request-bytes':
    case '--response-bytes':
    case '--price-per-gb': {
      const n = Number(value);
      if (value.trim() === '' || !Number.isFinite(n) || n < 0) return `${name}: expected a number of at least 0, got "${value}"`;
      const field = ESTIMATE_FIELDS[name];
      options.estimate = { ...options.estimate, [field]: n };
      return;
    }
    case '--feature-gates': {
      const gates = parseFeatureGates(value);
      if (typeof gates === 'string') return gates;
      options.featureGates = { ...options.featureGates, ...gates };
      return;
    }
  }
  return `unknown option ${name}`;
}

const ESTIMATE_FIELDS = {
  '--rate': 'requestsPerSecondPerClient',
  '--request-bytes': 'requestBytes',
  '--response-bytes': 'responseBytes',
  '--price-per-gb': 'pricePerGb',
} as const;

/**
 * `zone:zone-a`, `drain:mnode-m02` or `local-pod`.
 *
 * @example
 * parseFailure('zone:zone-a'); // { kind: 'zone', zone: 'zone-a' }
 */
export function parseFailure(value: string): FailureSpec | undefined {
  if (value === 'local-pod') return { kind: 'local-pod' };
  const match = /^(zone|drain):(\S+)$/.exec(value);
  if (!match) return undefined;
  return match[1] === 'zone' ? { kind: 'zone', zone: match[2]! } : { kind: 'drain', node: match[2]! };
}

/** "1.34", "v1.34" and "1.34.2" all mean the 1.34 minor. */
export function normalizeVersion(value: string): KubeVersion | undefined {
  const match = /^v?(\d+)\.(\d+)(\.\d+)?$/.exec(value.trim());
  if (!match) return undefined;
  const version = `${Number(match[1])}.${Number(match[2])}`;
  return isKubeVersion(version) ? version : undefined;
}

/** `A=true,B=false`, as Kubernetes components read --feature-gates. Returns a message on error. */
export function parseFeatureGates(value: string): Record<string, boolean> | string {
  const gates: Record<string, boolean> = {};
  for (const item of value.split(',')) {
    const pair = item.trim();
    if (!pair) continue;
    const match = /^([A-Za-z0-9]+)=(.*)$/.exec(pair);
    if (!match) return `--feature-gates: missing bool value for ${pair}`;
    const flag = match[2]!.trim().toLowerCase();
    if (flag !== 'true' && flag !== 'false') return `--feature-gates: invalid value of ${match[1]}=${match[2]}, err: must be true or false`;
    gates[match[1]!] = flag === 'true';
  }
  return gates;
}

function parseInteger(value: string): number | undefined {
  if (!/^-?\d+$/.test(value.trim())) return undefined;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : undefined;
}

function usageError(message: string): ParsedArgs {
  return { kind: 'usage-error', message };
}
