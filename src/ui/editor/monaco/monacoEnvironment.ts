/**
 * Monaco's workers, bundled locally: the editor's own worker and monaco-yaml's language worker.
 */
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import YamlWorker from 'monaco-yaml/yaml.worker.js?worker';
import type { editor } from 'monaco-editor/editor';

export function installMonacoEnvironment(): void {
  (globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
    getWorker(_moduleId: string, label: string): Worker {
      return label === 'yaml' ? new YamlWorker() : new EditorWorker();
    },
  };
}

/**
 * monaco-yaml 5.5 calls `editor.createWebWorker({ moduleId, label, createData })`, the shape
 * Monaco had before 0.53. Monaco now wants a started Worker; its own language workers receive
 * an "ignore" message and then `createData`, so we do the same.
 */
type WorkerOptions = Omit<Parameters<typeof editor.createWebWorker>[0], 'worker'>;

export function createYamlWebWorkerAdapter<T>(createWebWorker: (opts: WorkerOptions & { worker: Worker }) => T) {
  return (opts: WorkerOptions & { createData?: unknown }): T => {
    const worker = new YamlWorker();
    worker.postMessage('ignore');
    worker.postMessage(opts.createData);
    return createWebWorker({ worker, host: opts.host, keepIdleModels: opts.keepIdleModels });
  };
}
