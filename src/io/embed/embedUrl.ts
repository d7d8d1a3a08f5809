/** The address an embed snippet points at: this site's page with `?embed…` and, optionally, the state. */
import { embedSearch, type EmbedOptions } from './embedOptions';
import { shareHash } from '../share/shareFragment';

export function embedUrl(
  pageUrl: string,
  options: Partial<Omit<EmbedOptions, 'problems' | 'hostBlocked'>>,
  fragment: string | null,
): string {
  const url = new URL(pageUrl);
  url.search = embedSearch(options);
  url.hash = fragment === null ? '' : shareHash(fragment);
  return url.href;
}
