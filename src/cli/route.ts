/** Entry point of `npm run route`: wires runRoute to the process. */
import { text } from 'node:stream/consumers';
import { nodeFiles } from './nodeFiles';
import { runRoute } from './runRoute';

// A closed pipe (`route ... | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await runRoute(process.argv.slice(2), {
  ...nodeFiles,
  readStdin: () => text(process.stdin),
  stdout: (chunk) => void process.stdout.write(chunk),
  stderr: (chunk) => void process.stderr.write(chunk),
});
