/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyPlugin } from './src/io/offline/contentSecurityPolicy.js';
import { serviceWorkerPlugin } from './src/io/offline/serviceWorkerPlugin.js';

export default defineConfig({
  // Relative asset URLs: the built site works from any sub-path and inside an iframe.
  base: './',
  plugins: [react(), serviceWorkerPlugin(), contentSecurityPolicyPlugin()],
  resolve: {
    // monaco-editor 0.56+ no longer ships files under esm/vs for deep imports; monaco-yaml's
    // worker still asks for them by that path.
    alias: [{ find: /^monaco-editor\/esm\/vs\/(.*)$/, replacement: 'monaco-editor/$1' }],
  },
  // Listed so the dev server does not re-optimise (and reload the page) when the editor first loads.
  optimizeDeps: { include: ['monaco-yaml', 'monaco-yaml/yaml.worker.js'] },
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/browser/**', 'test/ui/**'],
          environment: 'node',
          // No test asserts a time; a shared 2-core machine can run a timeline replay many times slower than a quiet one.
          testTimeout: 30_000,
          // The files share their workers' module cache: the engine loads once per worker, not once per file. A test
          // that mocks modules or renders components belongs in test/ui (the `ui` project), which keeps each file apart.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          include: ['test/ui/**/*.test.ts', 'test/ui/**/*.test.tsx'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/globalSetup.ts'],
          setupFiles: ['test/browser/setup.ts'],
          fileParallelism: false,
          // One after another in one worker: modules (playwright-core above all) load once, not per file.
          // Files share no state: each gets its own browser context (test/browser/harness.ts).
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
