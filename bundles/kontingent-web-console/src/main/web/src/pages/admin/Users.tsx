import { useEffect, useState } from 'preact/hooks';
import { queryOf } from '../../lib/admin';
import { t } from '../../lib/i18n';
import { navigate, useLocation } from '../../lib/router';
import { useScopeNames, scopeText } from '../../lib/scopes';
import { can, Session } from '../../lib/session';
import { allUsers, CreatedUser, filterUsers, sortUsers, statusOf, UserView } from '../../lib/users';
import { ErrorNote, Loading } from '../../components/Common';
import { Pager } from '../../components/Pager';
import { Secret } from '../../components/Secret';
import { SortHeader } from '../../components/SortHeader';
import { NewUserForm } from './UserForm';
import { ActiveDialog, KeysDialog, PasswordDialog } from './UserDialogs';

type Opened = { kind: 'password' | 'active' | 'keys'; user: UserView } | null;

/** «Пользователи и роли»: the accounts of the administrator's part of the region, sorted, filtered and paged; new accounts and what is done to one. */
export function Users({ session }: { session: Session }) {
  const { query } = useLocation();
  const [users, setUsers] = useState<UserView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reload, setReload] = useState(0);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const [opened, setOpened] = useState<Opened>(null);
  const [filter, setFilter] = useState(query.get('q') ?? '');
  const sort = query.get('sort') ?? 'login';
  const offset = Number(query.get('offset') ?? 0);
  const limit = Number(query.get('limit') ?? 10);
  const text = query.get('q') ?? '';

  useEffect(() => {
    let live = true;
    allUsers().then((all) => live && setUsers(all)).catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [reload]);
  useEffect(() => setFilter(text), [text]);

  const go = (next: { q?: string; sort?: string; offset?: number; limit?: number }) => {
    const params = { q: text, sort, offset, limit, ...next };
    navigate(`/admin/users${queryOf({ q: params.q, sort: params.sort === 'login' ? null : params.sort,
      offset: params.offset || null, limit: params.limit === 10 ? null : params.limit })}`);
  };
  const shown = users ? sortUsers(filterUsers(users, text), sort) : [];
  const page = shown.slice(offset, offset + limit);
  const names = useScopeNames(page.map((u) => u.scope));
  const changed = () => setReload((n) => n + 1);
  const keys = can(session, 'MANAGE_PROVIDERS');

  return (
    <div class="page" data-testid="users">
      <div class="page-head">
        <h1>{t('admin.users')}</h1>
        <button type="button" class="button primary" data-testid="user-new" aria-expanded={creating}
          onClick={() => { setCreating(!creating); setCreated(null); }}>{t('users.new')}</button>
      </div>
      <p class="lead">{t('admin.users.lead')}</p>
      {creating && (
        <NewUserForm session={session} onCancel={() => setCreating(false)}
          onCreated={(c) => { setCreated(c); setCreating(false); changed(); }} />
      )}
      {created && (
        <div class="card" data-testid="user-created">
          <p>{t('users.created', { login: created.user.login })}</p>
          <Secret label={t('users.oneTimePassword')} value={created.oneTimePassword} testid="one-time-password" />
        </div>
      )}
      <form class="filter-bar" role="search" onSubmit={(e) => { e.preventDefault(); go({ q: filter, offset: 0 }); }}>
        <label for="users-filter">{t('users.filter')}</label>
        <input id="users-filter" type="search" value={filter} data-testid="users-filter" autocomplete="off"
          onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
        <button type="submit" class="button secondary">{t('search.submit')}</button>
      </form>
      <ErrorNote error={error} />
      {!users && !error && <Loading />}
      {users && (
        <section class="results" data-testid="user-results">
          <Pager id="users" offset={offset} limit={limit} shown={page.length} total={shown.length}
            onPage={(o, l) => go({ offset: o, limit: l })} />
          {page.length > 0 && (
            <div class="table-wrap">
              <table class="table">
                <caption class="sr-only">{t('admin.users')}</caption>
                <thead>
                  <tr>
                    <SortHeader column="login" sort={sort} onSort={(s) => go({ sort: s, offset: 0 })}>{t('users.login')}</SortHeader>
                    <SortHeader column="displayName" sort={sort} onSort={(s) => go({ sort: s, offset: 0 })}>{t('users.displayName')}</SortHeader>
                    <SortHeader column="role" sort={sort} onSort={(s) => go({ sort: s, offset: 0 })}>{t('users.role')}</SortHeader>
                    <SortHeader column="scope" sort={sort} onSort={(s) => go({ sort: s, offset: 0 })}>{t('users.scope')}</SortHeader>
                    <SortHeader column="status" sort={sort} onSort={(s) => go({ sort: s, offset: 0 })}>{t('users.status')}</SortHeader>
                    <th scope="col">{t('users.esia')}</th>
                    <th scope="col">{t('users.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.map((u) => (
                    <tr key={u.id} data-testid="user-row" data-login={u.login} class={created?.user.id === u.id ? 'current' : undefined}>
                      <td class="mono">{u.login}</td>
                      <td>{u.displayName}</td>
                      <td>{t(`role.${u.role}`)}</td>
                      <td>{scopeText(u.scope, names)}</td>
                      <td data-testid="user-status" data-status={statusOf(u)}>
                        <span class={`status status-${statusOf(u)}`}>{t(`users.status.${statusOf(u)}`)}</span>
                      </td>
                      <td data-testid="user-esia">{t(u.snilsGiven ? 'users.esia.yes' : 'users.esia.no')}</td>
                      <td class="row-actions">
                        {u.login === session.login ? <span class="small muted">{t('users.yourself')}</span> : (
                          <>
                            <button type="button" class="button link" data-testid="user-password"
                              onClick={() => setOpened({ kind: 'password', user: u })}>{t('users.resetPassword')}</button>
                            <button type="button" class="button link" data-testid="user-active"
                              onClick={() => setOpened({ kind: 'active', user: u })}>{t(u.active ? 'users.suspend' : 'users.resume')}</button>
                          </>
                        )}
                        {keys && u.role === 'PROVIDER_REPRESENTATIVE' && (
                          <button type="button" class="button link" data-testid="user-keys"
                            onClick={() => setOpened({ kind: 'keys', user: u })}>{t('users.keys')}</button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
      {opened?.kind === 'password' && <PasswordDialog user={opened.user} onClose={() => { setOpened(null); changed(); }} />}
      {opened?.kind === 'active' && <ActiveDialog user={opened.user} onClose={() => setOpened(null)} onChanged={changed} />}
      {opened?.kind === 'keys' && <KeysDialog user={opened.user} onClose={() => setOpened(null)} />}
    </div>
  );
}
