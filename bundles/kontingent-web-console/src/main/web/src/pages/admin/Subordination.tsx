import { useEffect, useState } from 'preact/hooks';
import { api } from '../../lib/api';
import { t } from '../../lib/i18n';
import { AuthoritySummary, OrganizationSummary, Page } from '../../lib/registry';
import { Session } from '../../lib/session';
import { subtreeOf, TreeNode, treeOrder, useAuthorityTree } from '../../lib/subordination';
import { ErrorNote, Link, Loading } from '../../components/Common';
import { Pager } from '../../components/Pager';

const TOP = 'top';

/**
 * «Подчинённость»: which authority each authority and organization of the user's part of the
 * region is subordinate to, changed one at a time. The people of a moved organization come into
 * the new authority's scope at once.
 */
export function Subordination({ session }: { session: Session }) {
  const [version, setVersion] = useState(0);
  const authorities = useAuthorityTree(version);
  const [selected, setSelected] = useState<number | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  if (authorities === undefined) {
    return <Loading />;
  }
  const tree = treeOrder(authorities);
  const current = tree.find((n) => n.authority.id === selected)?.authority ?? tree[0]?.authority;
  const moved = (message: string) => { setStatus(message); setVersion(version + 1); };
  return (
    <div class="page" data-testid="subordination">
      <h1>{t('admin.subordination')}</h1>
      <p class="lead">{t('admin.subordination.lead')}</p>
      {status && <p role="status" class="alert info" data-testid="subordination-status">{status}</p>}
      {current === undefined ? <p class="muted">{t('subordination.none')}</p> : (
        <>
          <div class="field">
            <label for="subordination-authority">{t('subordination.authority')}</label>
            <select id="subordination-authority" value={String(current.id)} data-testid="subordination-authority"
              onChange={(e) => { setStatus(null); setSelected(Number((e.target as HTMLSelectElement).value)); }}>
              {tree.map((n) => <option key={n.authority.id} value={String(n.authority.id)}>{indented(n)}</option>)}
            </select>
          </div>
          <AuthorityPlace key={`${current.id}-${version}`} authority={current} authorities={authorities} tree={tree}
            region={session.scope.kind === 'REGION'} scopeAuthority={session.scope.kind === 'AUTHORITY' ? session.scope.id : null}
            onMoved={moved} />
          <Organizations key={`orgs-${current.id}-${version}`} authority={current} tree={tree} onMoved={moved} />
        </>
      )}
    </div>
  );
}

function indented(node: TreeNode): string {
  return `${'\u00a0\u00a0\u00a0'.repeat(node.depth)}${node.authority.shortName ?? node.authority.fullName}`;
}

/** Where the authority stands and where it can be moved: under any authority of the scope not under it, or to the top (the region only). */
function AuthorityPlace({ authority, authorities, tree, region, scopeAuthority, onMoved }: {
  authority: AuthoritySummary; authorities: AuthoritySummary[]; tree: TreeNode[]; region: boolean;
  scopeAuthority: number | null; onMoved: (message: string) => void;
}) {
  const [target, setTarget] = useState(authority.parentId === null ? TOP : String(authority.parentId));
  const [error, setError] = useState<unknown>(null);
  const parent = authorities.find((a) => a.id === authority.parentId);
  const own = authority.id === scopeAuthority;
  const excluded = subtreeOf(authorities, authority.id);
  const unchanged = target === (authority.parentId === null ? TOP : String(authority.parentId));
  const move = (e: Event) => {
    e.preventDefault();
    setError(null);
    const parentId = target === TOP ? null : Number(target);
    api.put(`/api/v1/admin/subordination/authorities/${authority.id}`, { parentId })
      .then(() => onMoved(t('subordination.authorityMoved', { name: authority.fullName,
        parent: parentId === null ? t('subordination.top') : authorities.find((a) => a.id === parentId)?.fullName ?? String(parentId) })))
      .catch(setError);
  };
  return (
    <section class="card" aria-labelledby="subordination-place-title" data-testid="subordination-place">
      <h2 id="subordination-place-title"><Link href={`/authorities/${authority.id}`}>{authority.fullName}</Link></h2>
      <p>{t('subordination.parent')}: <strong data-testid="subordination-parent">
        {parent ? parent.fullName : authority.parentId === null ? t('subordination.top') : t('subordination.outside')}</strong></p>
      {own ? <p class="muted small">{t('subordination.own')}</p> : (
        <form class="inline-form" onSubmit={move} data-testid="subordination-authority-form">
          <label for="subordination-parent-select">{t('subordination.moveUnder')}</label>
          <select id="subordination-parent-select" value={target} data-testid="subordination-parent-select"
            onChange={(e) => setTarget((e.target as HTMLSelectElement).value)}>
            {region && <option value={TOP}>{t('subordination.top')}</option>}
            {tree.filter((n) => !excluded.has(n.authority.id)).map((n) => (
              <option key={n.authority.id} value={String(n.authority.id)}>{indented(n)}</option>
            ))}
          </select>
          <button type="submit" class="button secondary" disabled={unchanged} data-testid="subordination-authority-move">
            {t('subordination.move')}</button>
        </form>
      )}
      <ErrorNote error={error} />
    </section>
  );
}

/** The organizations under the authority (also through the authorities under it), each movable to another authority. */
function Organizations({ authority, tree, onMoved }: { authority: AuthoritySummary; tree: TreeNode[]; onMoved: (message: string) => void }) {
  const [paging, setPaging] = useState({ offset: 0, limit: 25 });
  const [page, setPage] = useState<Page<OrganizationSummary> | null>(null);
  const [targets, setTargets] = useState<Record<number, string>>({});
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const abort = new AbortController();
    api.get<Page<OrganizationSummary>>('/api/v1/organizations', { authority: authority.id, ...paging, sort: 'name' }, abort.signal)
      .then(setPage).catch((e) => !abort.signal.aborted && setError(e));
    return () => abort.abort();
  }, [paging]);
  const nameOf = (id: number) => tree.find((n) => n.authority.id === id)?.authority;
  const move = (organization: OrganizationSummary) => {
    const authorityId = Number(targets[organization.id]);
    setError(null);
    api.put(`/api/v1/admin/subordination/organizations/${organization.id}`, { authorityId })
      .then(() => onMoved(t('subordination.organizationMoved', { name: organization.fullName,
        authority: nameOf(authorityId)?.fullName ?? String(authorityId) })))
      .catch(setError);
  };
  return (
    <section class="card" aria-labelledby="subordination-organizations-title">
      <h2 id="subordination-organizations-title">{t('subordination.organizations')}</h2>
      <ErrorNote error={error} />
      {page === null ? <Loading /> : (
        <>
          <Pager id="subordination-organizations" offset={page.offset} limit={page.limit} shown={page.items.length}
            total={page.total} onPage={(offset, limit) => setPaging({ offset, limit })} />
          {page.items.length === 0 ? <p class="muted">{t('subordination.noOrganizations')}</p> : (
            <div class="table-wrap">
              <table class="table" data-testid="subordination-organizations">
                <caption class="sr-only">{t('subordination.organizations')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('subordination.organization')}</th>
                    <th scope="col">{t('subordination.current')}</th>
                    <th scope="col">{t('subordination.moveTo')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((o) => {
                    const target = targets[o.id] ?? String(o.authorityId);
                    return (
                      <tr key={o.id} data-testid="subordination-organization-row" data-id={o.id}>
                        <td><Link href={`/organizations/${o.id}`}>{o.shortName ?? o.fullName}</Link></td>
                        <td>{nameOf(o.authorityId)?.shortName ?? nameOf(o.authorityId)?.fullName ?? o.authorityId}</td>
                        <td class="nowrap">
                          <select value={target} aria-label={t('subordination.moveOrganization', { name: o.shortName ?? o.fullName })}
                            data-testid="subordination-organization-select"
                            onChange={(e) => setTargets({ ...targets, [o.id]: (e.target as HTMLSelectElement).value })}>
                            {tree.map((n) => <option key={n.authority.id} value={String(n.authority.id)}>{indented(n)}</option>)}
                          </select>{' '}
                          <button type="button" class="button secondary" disabled={target === String(o.authorityId)}
                            data-testid="subordination-organization-move" onClick={() => move(o)}>{t('subordination.move')}</button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
