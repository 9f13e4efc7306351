/** The results page's address for a query: linkable, the query in the URL. */
export function searchPagePath(query: string): string {
  return `/search?${new URLSearchParams({ q: query.trim() }).toString()}`;
}
