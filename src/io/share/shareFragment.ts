/**
 * Where the share fragment lives in a URL: `#s=v1.…`. Apart from the encoder, so the page can
 * tell whether it opens on a link without loading the link's code.
 */
export const FRAGMENT_KEY = 's';

/** The fragment a location hash carries, or null. */
export function fragmentFromHash(hash: string): string | null {
  if (!hash.startsWith(`#${FRAGMENT_KEY}=`)) return null;
  return hash.slice(FRAGMENT_KEY.length + 2);
}

/** The hash that carries `fragment` (`#s=v1.…`). */
export function shareHash(fragment: string): string {
  return `#${FRAGMENT_KEY}=${fragment}`;
}
