/** The full playground's address for the state an embed shows: same site and path, no query, the state in the fragment. */
import { fragmentFromHash, shareUrl } from '../share/shareLink';
import { captureShareState } from '../share/shareState';
import type { StoreState } from '../../state';

/** The link "Open in playground" follows: a share link on this page's path. */
export function playgroundLinkFor(state: StoreState, pageUrl: string): string {
  return shareUrl(captureShareState(state), pageUrl);
}

/** The share fragment of an embed URL (`#s=v1.…`, or a bare `#v1.…`), or null when there is none. */
export function fragmentOf(hash: string): string | null {
  const shared = fragmentFromHash(hash);
  if (shared !== null) return shared || null;
  const bare = hash.replace(/^#/, '');
  return bare === '' ? null : bare;
}
