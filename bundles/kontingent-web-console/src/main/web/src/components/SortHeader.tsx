import { ComponentChildren } from 'preact';
import { t } from '../lib/i18n';

/**
 * A column header that sorts the list by its column: ascending on the first click, descending on
 * the next ({@code -column}, as the API writes it); aria-sort tells which way it is sorted now.
 */
export function SortHeader({ column, sort, onSort, children, testid }: {
  column: string;
  sort: string;
  onSort: (sort: string) => void;
  children: ComponentChildren;
  testid?: string;
}) {
  const ascending = sort === column;
  const descending = sort === `-${column}`;
  return (
    <th scope="col" aria-sort={ascending ? 'ascending' : descending ? 'descending' : 'none'}>
      <button type="button" class="sort" data-testid={testid ?? `sort-${column}`}
        title={t(ascending ? 'sort.descending' : 'sort.ascending')}
        onClick={() => onSort(ascending ? `-${column}` : column)}>
        {children}
        <span class="sort-mark" aria-hidden="true">{ascending ? '▲' : descending ? '▼' : '↕'}</span>
      </button>
    </th>
  );
}
