import { useStore } from '../../state';
import type { EmbedTheme } from './embedOptions';

/** Sets the embed's theme for this page only: an embed never changes the reader's saved preference. */
export function applyEmbedTheme(theme: EmbedTheme): void {
  useStore.setState({ theme: theme === 'auto' ? 'system' : theme });
}
