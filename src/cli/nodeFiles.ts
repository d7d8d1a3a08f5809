/** The route CLI's file access on Node: what `npm run route` reads and writes, shared with the tests that run it in-process. */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RouteIO } from './runRoute';

export const nodeFiles: Pick<RouteIO, 'readFile' | 'writeFile'> = {
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, content, executable) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    if (executable) chmodSync(path, 0o755);
  },
};
