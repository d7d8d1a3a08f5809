/** The full playground's address for the state an embed shows: same site and path, no query, the state in the fragment. */
import { captureShareState, encodeShareFragment } from '../share/shareState';
import type { StoreState } from '../store';

/** `pageUrl` without its query and fragment, plus `#<fragment>`. */
export function playgroundUrl(pageUrl: string, fragment: string): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = fragment;
  return url.href;
}

/** The link "Open in playground" follows. */
export function playgroundLinkFor(state: StoreState, pageUrl: string): string {
  return playgroundUrl(pageUrl, encodeShareFragment(captureShareState(state)));
}

/** The share fragment of an embed URL (`#v1.…`, or `#s=v1.…`), or null when there is none. */
export function fragmentOf(hash: string): string | null {
  const fragment = hash.replace(/^#/, '').replace(/^s=/, '');
  return fragment === '' ? null : fragment;
}
