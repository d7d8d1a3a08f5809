/** Runs before each browser test file: the file's browser context is closed once its tests are done. */
import { afterAll } from 'vitest';
import { closeFileBrowser } from './harness';

afterAll(closeFileBrowser);
