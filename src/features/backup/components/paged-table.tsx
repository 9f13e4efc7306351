import { useId, useState, type ReactNode } from 'react';

export interface PagedColumn<T> {
  header: string;
  cell: (item: T) => ReactNode;
  className?: string;
}

interface PagedTableProps<T> {
  /** Names the table for screen readers, e.g. "Rows that cannot be imported". */
  label: string;
  items: readonly T[];
  columns: PagedColumn<T>[];
  rowKey: (item: T) => string | number;
  pageSize?: number;
}

/**
 * A table that shows one page of a long list (a 10,000-row import) at a time,
 * so the preview stays quick; Previous and Next move between pages.
 */
export function PagedTable<T>({ label, items, columns, rowKey, pageSize = 20 }: PagedTableProps<T>) {
  const [page, setPage] = useState(0);
  const statusId = useId();
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(page, pages - 1);
  const start = current * pageSize;
  const shown = items.slice(start, start + pageSize);

  return (
    <div className="paged-table">
      <div className="table-scroll">
        <table className="data-table" aria-label={label}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.header} scope="col" className={column.className}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <tr key={rowKey(item)}>
                {columns.map((column) => (
                  <td key={column.header} className={column.className}>
                    {column.cell(item)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav className="row pager" aria-label={`Pages of ${label.toLowerCase()}`}>
          <button type="button" className="btn btn-small" disabled={current === 0} onClick={() => setPage(current - 1)} aria-controls={statusId}>
            Previous
          </button>
          <span id={statusId} className="muted" aria-live="polite">
            {start + 1}–{start + shown.length} of {items.length}
          </span>
          <button
            type="button"
            className="btn btn-small"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
            aria-controls={statusId}
          >
            Next
          </button>
        </nav>
      )}
    </div>
  );
}
