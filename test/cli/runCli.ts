/**
 * Runs the `route` CLI for the tests: `runCli` calls runRoute in this process with the same file
 * access as `npm run route` (paths relative to the repository), `spawnCli` runs the real entry point
 * in a child process for what only a process shows (exit status, standard input and output pipes).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeFiles } from '../../src/cli/nodeFiles';
import { runRoute } from '../../src/cli/runRoute';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const tsxCli = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** runRoute in this process: `stdin` is what standard input would hold, the status is runRoute's exit status. */
export async function runCli(args: readonly string[], stdin = ''): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const status = await runRoute(args, {
    readFile: (path) => nodeFiles.readFile(resolve(repoRoot, path)),
    writeFile: (path, text, executable) => nodeFiles.writeFile(resolve(repoRoot, path), text, executable),
    readStdin: () => Promise.resolve(stdin),
    stdout: (chunk) => void (stdout += chunk),
    stderr: (chunk) => void (stderr += chunk),
  });
  return { status, stdout, stderr };
}

/** The real `route` CLI in a child process, as `npm run route` runs it. */
export function spawnCli(args: readonly string[], stdin = ''): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsxCli, 'src/cli/route.ts', ...args], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

export const SEED_DEMO = ['cluster.yaml', 'echo-pod.yaml', 'echo-service.yaml', 'client.yaml'].map((f) => `src/scenarios/seed-demo/${f}`);
