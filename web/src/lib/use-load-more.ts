import { useEffect, useState } from 'preact/hooks';

/**
 * The pages of a list after its first ("Charger plus"). `first` is the first page as loaded (undefined
 * while it loads), `itemsOf` its rows, `nextOf` where the next page starts (null: none) and `fetchPage`
 * reads the page that starts there. A new first page (a reload, other filters) drops the pages read
 * after it. Returns every row read so far, whether there are more, and the call that reads the next.
 */
export function useLoadMore<Page, Item, Next>(
  first: Page | undefined,
  itemsOf: (page: Page) => Item[],
  nextOf: (page: Page) => Next | null,
  fetchPage: (next: Next) => Promise<Page>,
) {
  const [more, setMore] = useState<{ items: Item[]; next: Next | null }>({ items: [], next: null });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Error>();
  useEffect(() => {
    setMore({ items: [], next: first === undefined ? null : nextOf(first) });
    setError(undefined);
  }, [first]);
  const loadMore = () => {
    if (more.next === null) return;
    setLoading(true);
    setError(undefined);
    fetchPage(more.next)
      .then(
        (page) => setMore((current) => ({ items: [...current.items, ...itemsOf(page)], next: nextOf(page) })),
        (reason: unknown) => setError(reason as Error),
      )
      .finally(() => setLoading(false));
  };
  const items = [...(first === undefined ? [] : itemsOf(first)), ...more.items];
  return { items, hasMore: more.next !== null, loadMore, loading, error };
}
