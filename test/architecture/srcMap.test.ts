import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, folderGraph, folders, sourceFiles, SRC } from './importGraph';

/** The units whose imports must not form a cycle: each wing, each ui feature, each io part. */
function unitOf(path: string): string | null {
  const parts = path.split('/');
  if (parts.length < 2) return null; // src/main.tsx composes everything
  if (parts[0] === 'ui' && parts[1] === 'panels') return parts.length > 3 ? `ui/panels/${parts[2]}` : 'ui/panels';
  if ((parts[0] === 'ui' || parts[0] === 'io') && parts.length > 2) return `${parts[0]}/${parts[1]}`;
  return parts[0]!;
}

/** Folder paths named by the README's "Project layout" tree (two spaces of indent per level). */
function readmeFolders(): string[] {
  const readme = readFileSync(join(SRC, '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Project layout'));
  const start = section.indexOf('```\nsrc/') + 4;
  const tree = section.slice(start, section.indexOf('\n```', start));
  const stack: string[] = [];
  const named: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^( *)(\S+)\/(\s|$)/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 2;
    if (depth === 0 && match[2] !== 'src') break; // test/ and what follows
    stack.length = depth;
    stack[depth] = match[2]!;
    if (depth > 0) named.push(stack.slice(1).join('/'));
  }
  return named;
}

/** The wings package.json declares free of side effects, so the bundler may leave out what a chunk does not use. */
const PURE_WINGS = ['engine', 'format', 'view', 'workspace', 'kubectl', 'scenarios'];

describe('the map of src/', () => {
  it('has no folder-level import cycle among the wings, the ui features and the io parts', () => {
    expect(cycles(folderGraph(unitOf))).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
  });

  it('declares the pure wings free of side effects, and they have none at import: no bare imports, no top-level calls', () => {
    const declared = (JSON.parse(readFileSync(join(SRC, '..', 'package.json'), 'utf8')) as { sideEffects: string[] }).sideEffects;
    for (const wing of PURE_WINGS) expect(declared.some((glob) => glob.startsWith(`./src/${wing}`))).toBe(false);
    const offenders = sourceFiles()
      .filter((file) => PURE_WINGS.includes(relative(SRC, file).split(sep)[0]!))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => /^import ['"]/.test(line) || /^[A-Za-z_$][\w$.]*\s*\(/.test(line))
          .map((line) => `${relative(SRC, file)}: ${line}`),
      );
    expect(offenders).toEqual([]);
  });

  it('is named folder by folder in the README, and the README names no folder that is gone', () => {
    const actual = folders().filter((path) => !/^scenarios\/builtin\/./.test(path));
    expect(readmeFolders().sort()).toEqual(actual.sort());
  });
});

// Loading ESLint and its TypeScript parser takes a few seconds on a busy machine.
describe('the doors (boundaries/doors in eslint.config.js)', { timeout: 60_000 }, () => {
  const eslint = new ESLint({ cwd: join(SRC, '..') });
  const problems = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: join(SRC, file) });
    return result!.messages.filter((m) => m.ruleId === 'boundaries/doors').map((m) => m.message);
  };

  it('keeps the engine out of the app and the app out of the engine internals', async () => {
    expect(await problems('engine/x.ts', "import { useStore } from '../state';\nexport const s = useStore;\n")).toEqual([
      'engine/ may not import state/ (doors: engine → nothing)',
    ]);
    expect(
      await problems(
        'view/x.ts',
        "import { podToEndpoint } from '../engine/endpointslice/podToEndpoint';\nexport const p = podToEndpoint;\n",
      ),
    ).toEqual(["import the engine's public API (src/engine/index.ts), not engine/endpointslice/podToEndpoint"]);
    expect(await problems('view/x.ts', "import { formatShare } from '../engine';\nexport const f = formatShare;\n")).toEqual([]);
  });

  it('lets view/ read state/ for its types only', async () => {
    expect(await problems('view/x.ts', "import type { StoreState } from '../state';\nexport type S = StoreState;\n")).toEqual([]);
    expect(await problems('view/x.ts', "import { useStore } from '../state';\nexport const s = useStore;\n")).toHaveLength(1);
  });

  it('keeps ui features apart: only the shell composes them', async () => {
    const code = "import { Inspector } from '../inspector/Inspector';\nexport const I = Inspector;\n";
    expect(await problems('ui/canvas/x.tsx', code)).toHaveLength(1);
    expect(await problems('ui/shell/x.tsx', code)).toEqual([]);
  });
});
