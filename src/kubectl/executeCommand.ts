/**
 * Runs a parsed command against the terminal's context. Reading commands print; changing
 * commands print kubectl's answer and return the ClusterEvents to put on the timeline.
 */
import { escapeTerminal } from '../format/escapeTerminal';
import { apply } from './commands/apply';
import { deleteCommand } from './commands/deleteCommand';
import { describe } from './commands/describe';
import { get } from './commands/get';
import { hit } from './commands/hit';
import { cordon, drain } from './commands/nodeCommands';
import { patch, set } from './commands/patchCommand';
import { rollout } from './commands/rolloutCommand';
import { label, scale } from './commands/workloadCommands';
import { failure, isReady, notReady, ok, type CommandResult, type TerminalContext } from './context';
import { helpText } from './help';
import { parseCommandLine, type ParsedCommand } from './parseCommandLine';

/**
 * @example
 * const parsed = parseCommandLine('kubectl cordon mnode-m02');
 * if (parsed.ok) executeCommand(parsed.command, context);
 * // { output: 'node/mnode-m02 cordoned', events: [{ type: 'node.cordon', node: 'mnode-m02' }], exitCode: 0 }
 */
export function executeCommand(command: ParsedCommand, context: TerminalContext): CommandResult {
  switch (command.program) {
    case 'empty':
      return ok('');
    case 'clear':
      return { ...ok(''), clear: true };
    case 'help':
      return ok(helpText(command.topic));
    case 'hit':
      if (!isReady(context)) return notReady();
      return hit(command.count, command.service, command.port, command.from, context, command.namespace);
    case 'kubectl': {
      const { verb, args, flags } = command;
      if (flags.help === true) return ok(helpText(verb));
      if (verb === 'apply') return apply(args, flags, context);
      if (!isReady(context)) return notReady();
      switch (verb) {
        case 'get':
          return get(args, flags, context);
        case 'describe':
          return describe(args, flags, context);
        case 'patch':
          return patch(args, flags, context);
        case 'set':
          return set(args, flags, context);
        case 'scale':
          return scale(args, flags, context);
        case 'label':
          return label(args, flags, context);
        case 'cordon':
        case 'uncordon':
          return cordon(args, context, verb);
        case 'drain':
          return drain(args, flags, context);
        case 'delete':
          return deleteCommand(args, flags, context);
        case 'rollout':
          return rollout(args, flags, context);
      }
    }
  }
  return failure('error: unknown command');
}

/** Parses and runs one line; a bad line gives its error and hint, exit code 1. Never throws. */
export function runLine(line: string, context: TerminalContext): CommandResult {
  const parsed = parseCommandLine(line);
  if (!parsed.ok) return failure(parsed.error, parsed.hint);
  try {
    const result = executeCommand(parsed.command, context);
    // What the cluster holds is printed as kubectl prints it: control characters made visible.
    return { ...result, output: escapeTerminal(result.output), ...(result.hint ? { hint: escapeTerminal(result.hint) } : {}) };
  } catch (error) {
    return failure(`error: the command failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
