import { useState } from 'preact/hooks';
import { useAuthorities } from '../lib/authorities';
import { has, t } from '../lib/i18n';
import { navigate, useLocation } from '../lib/router';
import { Link, Loading } from '../components/Common';
import { Pager } from '../components/Pager';
import { SortHeader } from '../components/SortHeader';

export const AUTHORITY_LEVELS = ['regional', 'municipal', 'other'];

export function levelName(level: string): string {
  return has(`authority.level.${level}`) ? t(`authority.level.${level}`) : level;
}

/**
 * «Органы управления»: the authorities of the user's scope (the top ones and those directly
 * under them), found by part of the name, level or ОКТМО. The API lists authorities level by
 * level and has no name search, so the list is read whole (a region has some dozens) and
 * searched, sorted and paged here.
 */
export function Authorities() {
  const { query } = useLocation();
  const tree = useAuthorities();
  const [name, setName] = useState(query.get('name') ?? '');
  const [level, setLevel] = useState(query.get('level') ?? '');
  const [oktmo, setOktmo] = useState(query.get('oktmo') ?? '');
  const offset = Number(query.get('offset') ?? 0);
  const limit = Number(query.get('limit') ?? 10);
  const sort = query.get('sort') ?? '';
  const go = (next: { name: string; level: string; oktmo: string }, o: number, l: number, s: string) => {
    const params = new URLSearchParams();
    Object.entries(next).forEach(([k, v]) => v.trim() && params.set(k, v.trim()));
    s && params.set('sort', s);
    o && params.set('offset', String(o));
    l !== 10 && params.set('limit', String(l));
    const text = params.toString();
    navigate(text ? `/authorities?${text}` : '/authorities');
  };
  const applied = { name: query.get('name') ?? '', level: query.get('level') ?? '', oktmo: query.get('oktmo') ?? '' };
  const names = new Map((tree ?? []).map(({ authority }) => [authority.id, authority.shortName || authority.fullName]));
  const wanted = applied.name.toLocaleLowerCase('ru');
  let found = (tree ?? []).filter(({ authority: a }) => (!wanted || a.fullName.toLocaleLowerCase('ru').includes(wanted)
      || (a.shortName ?? '').toLocaleLowerCase('ru').includes(wanted))
    && (!applied.level || a.level === applied.level) && (!applied.oktmo || (a.oktmo ?? '').startsWith(applied.oktmo)));
  if (sort) {
    const column = sort.replace(/^-/, '') as 'name' | 'level' | 'oktmo';
    const value = (a: typeof found[number]['authority']) => column === 'name' ? a.fullName : column === 'level' ? levelName(a.level) : a.oktmo ?? '';
    found = [...found].sort((x, y) => value(x.authority).localeCompare(value(y.authority), 'ru') * (sort.startsWith('-') ? -1 : 1));
  }
  const shown = found.slice(offset, offset + limit);
  return (
    <div class="page" data-testid="authorities">
      <h1>{t('nav.authorities')}</h1>
      <form class="search-form" aria-label={t('authority.search.title')} data-testid="authority-form"
        onSubmit={(e) => { e.preventDefault(); go({ name, level, oktmo }, 0, limit, sort); }}>
        <div class="grid">
          <div class="field">
            <label for="authority-name">{t('authority.search.name')}</label>
            <input id="authority-name" type="text" value={name} data-testid="authority-name" autocomplete="off"
              onInput={(e) => setName((e.target as HTMLInputElement).value)} />
          </div>
          <div class="field">
            <label for="authority-level">{t('authority.level')}</label>
            <select id="authority-level" value={level} data-testid="authority-level" onChange={(e) => setLevel((e.target as HTMLSelectElement).value)}>
              <option value="">{t('organization.search.any')}</option>
              {AUTHORITY_LEVELS.map((l) => <option key={l} value={l}>{levelName(l)}</option>)}
            </select>
          </div>
          <div class="field">
            <label for="authority-oktmo">{t('organization.search.oktmo')}</label>
            <input id="authority-oktmo" type="text" inputMode="numeric" value={oktmo} data-testid="authority-oktmo"
              onInput={(e) => setOktmo((e.target as HTMLInputElement).value)} />
          </div>
        </div>
        <div class="actions">
          <button type="submit" class="button primary" data-testid="authority-submit">{t('search.submit')}</button>
          <button type="button" class="button secondary" onClick={() => { setName(''); setLevel(''); setOktmo(''); navigate('/authorities'); }}>
            {t('search.reset')}</button>
        </div>
      </form>
      {!tree ? <Loading /> : (
        <section class="results" data-testid="authority-results">
          <Pager id="authorities" offset={offset} limit={limit} shown={shown.length} total={found.length}
            onPage={(o, l) => go(applied, o, l, sort)} />
          {shown.length > 0 && (
            <div class="table-wrap">
              <table class="table">
                <caption class="sr-only">{t('authority.results')}</caption>
                <thead>
                  <tr>
                    <SortHeader column="name" sort={sort || 'tree'} onSort={(s) => go(applied, 0, limit, s)}>{t('authority.name')}</SortHeader>
                    <SortHeader column="level" sort={sort} onSort={(s) => go(applied, 0, limit, s)}>{t('authority.level')}</SortHeader>
                    <SortHeader column="oktmo" sort={sort} onSort={(s) => go(applied, 0, limit, s)}>{t('requisites.oktmo')}</SortHeader>
                    <th scope="col">{t('authority.parent')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map(({ authority: a, depth }) => (
                    <tr key={a.id} data-testid="authority-row" data-id={a.id}>
                      <td class={!sort && depth ? 'indent' : undefined}>
                        <Link href={`/authorities/${a.id}`} testid="authority-link">{a.fullName}</Link></td>
                      <td>{levelName(a.level)}</td>
                      <td class="mono">{a.oktmo}</td>
                      <td>{a.parentId !== null && names.has(a.parentId)
                        ? <Link href={`/authorities/${a.parentId}`}>{names.get(a.parentId)}</Link> : <span class="muted">—</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p class="muted small">{t('authority.listNote')}</p>
        </section>
      )}
    </div>
  );
}
