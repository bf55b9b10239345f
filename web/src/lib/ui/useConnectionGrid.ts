import { useCallback, useMemo, useState } from 'react';
import type { GridPaginationModel, GridSortModel } from '@mui/x-data-grid';

export type SortDirection = 'ASC' | 'DESC';
export interface ConnectionPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

interface Options<F extends string> {
  /** Grid column field → the connection's sort field enum value. Columns not listed are not sortable. */
  sortFields: Partial<Record<string, F>>;
  defaultSort?: { field: F; direction: SortDirection };
  pageSize?: number;
  /** Anything that changes the result set (search text, filters): a change sends the grid back to page 1. */
  resetKey?: string;
}

export const MAX_PAGE_SIZE = 100;
export const PAGE_SIZE_OPTIONS = [10, 25, 50, 100];

/**
 * Maps a cursor connection (first/after, totalCount, pageInfo) onto the DataGrid's page model. The cursor
 * that opens page n is the endCursor of page n-1, remembered as the user pages forward. Sorting is done by
 * the server through the connection's sort input.
 */
export function useConnectionGrid<F extends string>({ sortFields, defaultSort, pageSize = 25, resetKey = '' }: Options<F>) {
  const [paginationModel, setPaginationModel] = useState<GridPaginationModel>({ page: 0, pageSize });
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [sortModel, setSortModel] = useState<GridSortModel>([]);
  const [lastResetKey, setLastResetKey] = useState(resetKey);

  if (resetKey !== lastResetKey) {
    setLastResetKey(resetKey);
    setPaginationModel((m) => ({ ...m, page: 0 }));
    setCursors([null]);
  }

  const sort = useMemo(() => {
    const item = sortModel[0];
    const field = item ? sortFields[item.field] : undefined;
    if (item && field) return { field, direction: (item.sort === 'desc' ? 'DESC' : 'ASC') as SortDirection };
    return defaultSort;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- sortFields and defaultSort are static per page
  }, [sortModel]);

  const variables = {
    first: Math.min(paginationModel.pageSize, MAX_PAGE_SIZE),
    after: cursors[paginationModel.page] ?? null,
    sort,
  };

  /** Props for <DataGrid> given the page last received from the server. */
  const gridProps = useCallback(
    (page: ConnectionPage | undefined) => ({
      paginationMode: 'server' as const,
      sortingMode: 'server' as const,
      filterMode: 'server' as const,
      disableColumnFilter: true,
      pageSizeOptions: PAGE_SIZE_OPTIONS,
      rowCount: page?.totalCount ?? 0,
      paginationMeta: { hasNextPage: page?.pageInfo.hasNextPage ?? false },
      paginationModel,
      sortModel,
      onSortModelChange: (model: GridSortModel) => {
        setSortModel(model);
        setPaginationModel((m) => ({ ...m, page: 0 }));
        setCursors([null]);
      },
      onPaginationModelChange: (next: GridPaginationModel) => {
        if (next.pageSize !== paginationModel.pageSize) {
          setCursors([null]);
          setPaginationModel({ page: 0, pageSize: next.pageSize });
          return;
        }
        if (next.page === paginationModel.page + 1 && page?.pageInfo.endCursor) {
          const endCursor = page.pageInfo.endCursor;
          setCursors((known) => {
            const copy = known.slice(0, next.page);
            copy[next.page] = endCursor;
            return copy;
          });
          setPaginationModel(next);
          return;
        }
        // Backwards, or to a page whose cursor we know; anything else restarts from the first page.
        setPaginationModel(next.page < cursors.length ? next : { ...next, page: 0 });
      },
    }),
    [paginationModel, sortModel, cursors.length],
  );

  return { variables, gridProps };
}
