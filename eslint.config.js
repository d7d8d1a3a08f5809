import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import path from 'node:path';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The map of src/ (README, "Project layout") and its one-way doors: each wing names the wings it
 * may import. A wing listed under `typeOnly` may be imported for its types only.
 */
export const WINGS = {
  engine: { may: [] },
  format: { may: ['engine'] },
  workspace: { may: ['engine'] },
  scenarios: { may: ['engine', 'workspace'] },
  kubectl: { may: ['engine', 'format', 'workspace'] },
  cli: { may: ['engine', 'format', 'workspace'] },
  state: { may: ['engine', 'workspace', 'scenarios', 'kubectl'] },
  view: { may: ['engine', 'format', 'workspace', 'scenarios'], typeOnly: ['state'] },
  io: { may: ['engine', 'format', 'workspace', 'scenarios', 'state', 'view'] },
  ui: { may: ['engine', 'format', 'workspace', 'scenarios', 'kubectl', 'state', 'view', 'io'] },
};
/** Modules of the engine that other wings may import: its index and the entry points loaded on first use. */
export const ENGINE_ENTRY_POINTS = [
  'engine',
  'engine/analyzeCluster',
  'engine/analyze',
  'engine/checks',
  'engine/reportWire',
  'engine/incremental',
];
/** Inside ui/: the shell composes features; features reach only the shared parts and their own folder. */
export const UI_SHARED = ['common', 'actions', 'styles'];
export const UI_SHELL = 'shell';

const SRC = path.resolve(import.meta.dirname, 'src');

/** `ui/panels/rules/X.tsx` → `panels/rules`; `ui/canvas/events/X.tsx` → `canvas`. */
function uiFeature(parts) {
  return parts[1] === 'panels' ? `panels/${parts[2]}` : parts[1];
}

function doorProblem(fromFile, spec, isTypeOnly) {
  if (!spec.startsWith('.')) return null;
  const from = path.relative(SRC, fromFile).split(path.sep);
  const target = path.relative(SRC, path.resolve(path.dirname(fromFile), spec.split('?')[0])).replace(/\.js$/, '');
  const to = target.split(path.sep);
  if (from[0] === '..' || to[0] === '..' || from.length === 1) return null; // outside src/, or src/main.tsx
  const [a, b] = [from[0], to[0]];
  if (a === b) {
    if (a !== 'ui' || to.length < 3) return null;
    const [fa, fb] = [uiFeature(from), uiFeature(to)];
    if (fa === fb || fa === UI_SHELL || UI_SHARED.includes(fb)) return null;
    return `ui/${fa} may not import ui/${fb}: features reach ui/{${UI_SHARED.join(',')}}, the shell composes them`;
  }
  const wing = WINGS[a];
  if (!wing) return `src/${a}/ is not on the map (eslint.config.js WINGS)`;
  if (!wing.may.includes(b) && !(isTypeOnly && wing.typeOnly?.includes(b))) {
    return `${a}/ may not import ${b}/ (doors: ${a} → ${wing.may.join(', ') || 'nothing'})`;
  }
  if (b === 'engine' && !ENGINE_ENTRY_POINTS.includes(to.join('/').replace(/\/index$/, ''))) {
    return `import the engine's public API (src/engine/index.ts), not engine/${to.slice(1).join('/')}`;
  }
  return null;
}

const boundaries = {
  rules: {
    doors: {
      meta: { type: 'problem', docs: { description: 'Keeps the one-way doors between the wings of src/.' }, schema: [] },
      create(context) {
        const check = (node, source, isTypeOnly) => {
          if (!source || typeof source.value !== 'string') return;
          const problem = doorProblem(context.filename, source.value, isTypeOnly);
          if (problem) context.report({ node: source, message: problem });
        };
        return {
          ImportDeclaration: (n) =>
            check(n, n.source, n.importKind === 'type' || (n.specifiers.length > 0 && n.specifiers.every((s) => s.importKind === 'type'))),
          ExportNamedDeclaration: (n) => check(n, n.source, n.exportKind === 'type'),
          ExportAllDeclaration: (n) => check(n, n.source, n.exportKind === 'type'),
          ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source, false),
          TSImportType: (n) => check(n, n.argument?.literal ?? n.argument, true),
        };
      },
    },
  },
};

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/', '.vite/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    rules: { 'boundaries/doors': 'error' },
  },
);
