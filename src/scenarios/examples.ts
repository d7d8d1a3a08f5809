import { seedDemo, type Example } from './seedDemo';

/** Built-in examples, listed in the toolbar's Examples menu. */
export const EXAMPLES: readonly Example[] = [seedDemo];

export type { Example };
