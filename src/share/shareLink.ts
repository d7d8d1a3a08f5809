/** Where the share fragment lives in a URL: `#s=v1.…`, after the page's own address. */
import { encodeShareFragment, type ShareStateV1 } from './shareState';

export const FRAGMENT_KEY = 's';

/** The playground URL (no query: embed options stay out) that opens `state`. */
export function shareUrl(state: ShareStateV1, page: string): string {
  const url = new URL(page);
  return `${url.origin}${url.pathname}#${FRAGMENT_KEY}=${encodeShareFragment(state)}`;
}

/** The fragment a location hash carries, or null. */
export function fragmentFromHash(hash: string): string | null {
  if (!hash.startsWith(`#${FRAGMENT_KEY}=`)) return null;
  return hash.slice(FRAGMENT_KEY.length + 2);
}
