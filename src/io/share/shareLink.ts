/** Where the share fragment lives in a URL: `#s=v1.…`, after the page's own address. */
import { shareHash } from './shareFragment';
import { encodeShareFragment, type ShareStateV1 } from './shareState';

export { FRAGMENT_KEY, fragmentFromHash } from './shareFragment';

/** The playground URL (no query: embed options stay out) that opens `state`. */
export function shareUrl(state: ShareStateV1, page: string): string {
  const url = new URL(page);
  return `${url.origin}${url.pathname}${shareHash(encodeShareFragment(state))}`;
}
