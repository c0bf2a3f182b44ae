import { pagingText } from '../lib/format';
import { t } from '../lib/i18n';

export const PAGE_SIZES = [10, 25, 50, 100];

interface Props {
  offset: number;
  limit: number;
  shown: number;
  total: number;
  capped?: boolean;
  onPage: (offset: number, limit: number) => void;
  id: string;
}

/** «1 – 10 из N», the page size (10/25/50/100) and the previous and next pages. */
export function Pager({ offset, limit, shown, total, capped, onPage, id }: Props) {
  const hasNext = offset + shown < total || (capped ?? false);
  return (
    <div class="pager" data-testid={`${id}-pager`}>
      <span class="pager-range" data-testid={`${id}-range`}>{pagingText(offset, shown, total, capped)}</span>
      <label class="pager-size">
        {t('paging.size')}
        <select value={String(limit)} onChange={(e) => onPage(0, Number((e.target as HTMLSelectElement).value))}
          data-testid={`${id}-size`}>
          {PAGE_SIZES.map((size) => <option key={size} value={String(size)}>{size}</option>)}
        </select>
      </label>
      <button type="button" class="button secondary" disabled={offset === 0} data-testid={`${id}-previous`}
        onClick={() => onPage(Math.max(0, offset - limit), limit)}>{t('paging.previous')}</button>
      <button type="button" class="button secondary" disabled={!hasNext || shown < limit} data-testid={`${id}-next`}
        onClick={() => onPage(offset + limit, limit)}>{t('paging.next')}</button>
    </div>
  );
}
