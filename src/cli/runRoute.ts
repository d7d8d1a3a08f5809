/** `route`: read files, analyse, print; everything but process wiring, so tests can drive it. */
import { analyzeFiles, hasErrors, type AnalyzeOptions } from '../engine/analyze';
import type { SourceFile, RoutingReport } from '../engine';
import { escapeTerminal } from '../format/escapeTerminal';
import { formatTable } from '../format/formatTable';
import { renderRules } from './renderRules';
import { buildJsonReport } from '../format/jsonReport';
import { parseArgs, type RouteOptions } from './parseArgs';
import { USAGE } from './usage';

export interface RouteIO {
  /** Reads a file as UTF-8; throws a Node-style error (with `code`) when it cannot. */
  readFile(path: string): string;
  readStdin(): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_INVALID_INPUT = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

/** The name standard input gets in diagnostics. */
export const STDIN_NAME = '<stdin>';

/**
 * Runs the CLI and returns its exit status.
 *
 * @example
 * const status = await runRoute(['--format', 'json', 'svc.yaml'], io);
 */
export async function runRoute(argv: readonly string[], io: RouteIO): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (parsed.kind === 'usage-error') {
    io.stderr(`route: ${parsed.message}\nTry 'npm run route -- --help' for more information.\n`);
    return EXIT_USAGE;
  }
  const options = parsed.options;

  const files: SourceFile[] = [];
  for (const path of options.files) {
    try {
      files.push({ name: path === '-' ? STDIN_NAME : path, text: path === '-' ? await io.readStdin() : io.readFile(path) });
    } catch (error) {
      io.stderr(`route: cannot read ${path}: ${describeReadError(error)}\n`);
      return EXIT_USAGE;
    }
  }

  try {
    if (options.rulesNode) return renderRules(analyzeFiles(files, analyzeOptions(options)), options, io);
    const clusters = options.each ? files.map((file) => [file]) : [files];
    let invalid = false;
    clusters.forEach((cluster, i) => {
      const report = analyzeFiles(cluster, analyzeOptions(options));
      invalid ||= hasErrors(report.diagnostics);
      io.stdout(render(report, options, i, cluster[0]?.name));
    });
    return invalid ? EXIT_INVALID_INPUT : EXIT_OK;
  } catch (error) {
    io.stderr(`route: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_INTERNAL;
  }
}

function analyzeOptions(options: RouteOptions): AnalyzeOptions {
  const out: AnalyzeOptions = {};
  if (options.kubernetesVersion) out.kubernetesVersion = options.kubernetesVersion;
  if (options.featureGates) out.featureGates = options.featureGates;
  if (options.kubeProxyVersion) out.kubeProxyVersion = options.kubeProxyVersion;
  if (options.from) out.from = options.from;
  if (options.requests !== undefined) out.requests = options.requests;
  if (options.seed !== undefined) out.seed = options.seed;
  return out;
}

function render(report: RoutingReport, options: RouteOptions, index: number, fileName: string | undefined): string {
  if (options.format === 'json') {
    const json = buildJsonReport(report);
    return options.each ? `${JSON.stringify(json)}\n` : `${JSON.stringify(json, null, 2)}\n`;
  }
  if (!options.each) return formatTable(report);
  return `${index > 0 ? '\n' : ''}==> ${escapeTerminal(fileName ?? '', 'cell')} <==\n${formatTable(report)}`;
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
