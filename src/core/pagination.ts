/**
 * A long list cut into numbered pages of a fixed size, pure: the list of all reports
 * (/reports/, /reports/page/2/, …) builds one static page from each. An empty list is one
 * empty page, so the list's first page always exists.
 */
export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has. */
  pages: number;
  items: T[];
  /** 1-based positions in the whole list of the first and last item on the page (0 and 0 when the list is empty). */
  first: number;
  last: number;
}

export function paginate<T>(items: readonly T[], perPage: number): ListPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`paginate: ${perPage} items a page`);
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: pages }, (_, i) => {
    const slice = items.slice(i * perPage, (i + 1) * perPage);
    return {
      number: i + 1,
      pages,
      items: slice,
      first: slice.length > 0 ? i * perPage + 1 : 0,
      last: i * perPage + slice.length,
    };
  });
}
