/** On its own so the page's entry can tell embed mode apart without loading the embed options. */

/** True when the query string asks for embed mode (`?embed`, `?embed=1`; not `?embed=0`). */
export function isEmbedSearch(search: string): boolean {
  const value = new URLSearchParams(search).get('embed');
  return value !== null && value !== '0' && value !== 'false';
}
