/**
 * The slim Monaco build the workspace uses: the editor API plus the contributions a YAML
 * editor needs (not `import 'monaco-editor'`, which pulls every language and the TS worker).
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard';
import 'monaco-editor/editor/contrib/comment/browser/comment';
import 'monaco-editor/editor/contrib/contextmenu/browser/contextmenu';
import 'monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo';
import 'monaco-editor/editor/contrib/find/browser/findController';
import 'monaco-editor/editor/contrib/folding/browser/folding';
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError';
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution';
import 'monaco-editor/editor/contrib/indentation/browser/indentation';
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations';
import 'monaco-editor/editor/contrib/multicursor/browser/multicursor';
import 'monaco-editor/editor/contrib/snippet/browser/snippetController2';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode';
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations';
import 'monaco-editor/languages/definitions/yaml/register';
import { configureMonacoYaml, type MonacoYaml } from 'monaco-yaml';
import { supportedTrafficDistributions, defaultGates, type FeatureGates, type KubeVersion } from '../../../engine';
import { SCHEMA_URI, workspaceSchema } from '../schemas/workspaceSchema';
import { createYamlWebWorkerAdapter, installMonacoEnvironment } from './monacoEnvironment';
import { largeFileLineTokens, LARGE_YAML_LANGUAGE } from '../largeFile';

let yaml: MonacoYaml | undefined;
let schemaKey: string | undefined;

function schemas(version: KubeVersion, gates: FeatureGates) {
  // fileMatch must match the model URIs (file:///workspace/<name>).
  return [{ uri: SCHEMA_URI, fileMatch: ['*'], schema: workspaceSchema(version, gates) as object }];
}

/** What the schema depends on: the version and the trafficDistribution values its gates allow. */
function keyOf(version: KubeVersion, gates: FeatureGates): string {
  return `${version} ${supportedTrafficDistributions(version, gates)?.join(',') ?? '-'}`;
}

/** A line scan's colouring keeps no state between lines. */
const NO_STATE: monaco.languages.IState = { clone: () => NO_STATE, equals: (other) => other === NO_STATE };

/** The large-file language: keys and comments coloured line by line, YAML's brackets and comments, and no language worker. */
function registerLargeYaml(): void {
  const definition = () => import('monaco-editor/languages/definitions/yaml/yaml');
  monaco.languages.register({ id: LARGE_YAML_LANGUAGE, aliases: ['YAML (large file)'] });
  monaco.languages.setTokensProvider(LARGE_YAML_LANGUAGE, {
    getInitialState: () => NO_STATE,
    tokenize: (line) => ({ tokens: largeFileLineTokens(line), endState: NO_STATE }),
  });
  monaco.languages.onLanguageEncountered(LARGE_YAML_LANGUAGE, async () => {
    monaco.languages.setLanguageConfiguration(LARGE_YAML_LANGUAGE, (await definition()).conf);
  });
}

/**
 * Sets up Monaco and monaco-yaml once; later calls only switch the schema's Kubernetes version
 * and control-plane feature gates (the version's defaults when no report has them yet).
 */
export function setUpMonaco(version: KubeVersion, gates: FeatureGates = defaultGates(version)): typeof monaco {
  const key = keyOf(version, gates);
  if (!yaml) {
    installMonacoEnvironment();
    registerLargeYaml();
    const adapted = {
      ...monaco,
      editor: { ...monaco.editor, createWebWorker: createYamlWebWorkerAdapter(monaco.editor.createWebWorker) },
    };
    yaml = configureMonacoYaml(adapted as unknown as Parameters<typeof configureMonacoYaml>[0], {
      enableSchemaRequest: false,
      // The engine's diagnostics are the single source of problems; the schema serves completion and hover.
      validate: false,
      completion: true,
      hover: true,
      format: { enable: false },
      isKubernetes: false,
      schemas: schemas(version, gates),
    });
    schemaKey = key;
  } else if (schemaKey !== key) {
    schemaKey = key;
    void yaml.update({ schemas: schemas(version, gates) });
  }
  return monaco;
}

export { monaco };
