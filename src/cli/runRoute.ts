/** `route`: read files, analyse, print; everything but process wiring, so tests can drive it. */
import { analyzeFiles, hasErrors, type AnalyzeOptions } from '../engine/analyze';
import { compareChoices, type SourceFile, type RoutingReport } from '../engine';
import { compareJson, formatCompareTable } from '../format/compareTable';
import { escapeTerminal } from '../format/escapeTerminal';
import { formatDiagnostic, formatTable } from '../format/formatTable';
import { buildLab } from '../format/lab/buildLab';
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
  /** Writes a file, creating its folders; `executable` sets the owner's execute bit. */
  writeFile(path: string, text: string, executable?: boolean): void;
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
    if (options.labTool && options.labDir) return writeLab(files, options, io);
    if (options.compare) return writeComparison(files, options, io);
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

function writeLab(files: SourceFile[], options: RouteOptions, io: RouteIO): number {
  const lab = buildLab({
    tool: options.labTool!,
    files,
    options: analyzeOptions(options),
    ...(options.requests ? { requests: options.requests } : {}),
  });
  if (lab.error) {
    const report = analyzeFiles(files, analyzeOptions(options));
    for (const d of report.diagnostics) if (d.severity === 'error') io.stderr(`${formatDiagnostic(d)}\n`);
    io.stderr(`route: ${lab.error}\n`);
    return EXIT_INVALID_INPUT;
  }
  const dir = options.labDir!.replace(/\/+$/, '');
  for (const file of lab.files) io.writeFile(`${dir}/${file.path}`, file.text, file.executable);
  io.stdout(`Wrote a ${options.labTool} lab to ${dir}/: ${lab.files.map((f) => f.path).join(', ')}\nStart with ${dir}/README.md.\n`);
  return EXIT_OK;
}

function writeComparison(files: SourceFile[], options: RouteOptions, io: RouteIO): number {
  const result = compareChoices(files, analyzeOptions(options), {
    ...(options.service ? { service: options.service } : {}),
    ...(options.failure ? { failure: options.failure } : {}),
    ...(options.estimate ? { estimate: options.estimate } : {}),
    ...(options.ipFamily ? { ipFamily: options.ipFamily } : {}),
  });
  const report = analyzeFiles(files, analyzeOptions(options));
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  if ('problem' in result) {
    for (const d of errors) io.stderr(`${formatDiagnostic(d)}\n`);
    io.stderr(`route: --compare: ${result.problem}\n`);
    return EXIT_INVALID_INPUT;
  }
  if (options.format === 'json') io.stdout(`${JSON.stringify(compareJson(result.comparison), null, 2)}\n`);
  else
    io.stdout(
      `${errors.map((d) => `${formatDiagnostic(d)}\n`).join('')}${errors.length ? '\n' : ''}${formatCompareTable(result.comparison)}`,
    );
  return errors.length ? EXIT_INVALID_INPUT : EXIT_OK;
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
