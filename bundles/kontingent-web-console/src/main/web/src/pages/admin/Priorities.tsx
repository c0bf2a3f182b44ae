import { useState } from 'preact/hooks';
import { api, ApiError } from '../../lib/api';
import { Provider } from '../../lib/gateway';
import { t } from '../../lib/i18n';
import { checkPriorities, PriorityRow, rowsOf } from '../../lib/priorities';
import { scopeText, useScopeNames } from '../../lib/scopes';
import { ErrorNote, Link } from '../../components/Common';

/** The organizations a provider writes to, the code it names each by and its priority there (higher wins); changed and saved whole. */
export function Priorities({ provider, onSaved }: { provider: Provider; onSaved: () => void }) {
  const [rows, setRows] = useState<PriorityRow[]>(() => rowsOf(provider.organizations));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const names = useScopeNames(rows.filter((r) => /^\d+$/.test(r.organizationId))
    .map((r) => ({ kind: 'ORGANIZATION' as const, id: Number(r.organizationId) })));
  const change = (i: number, patch: Partial<PriorityRow>) => {
    setSaved(false);
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  };
  const save = (e: Event) => {
    e.preventDefault();
    const checked = checkPriorities(rows);
    setErrors(checked.errors);
    setError(null);
    if (Object.keys(checked.errors).length > 0) {
      return;
    }
    api.put(`/api/v1/gateway/providers/${provider.id}/organizations`, checked.organizations)
      .then(() => { setSaved(true); onSaved(); })
      .catch((err) => {
        if (err instanceof ApiError && err.violations.length > 0) {
          const byRow: Record<string, string> = {};
          err.violations.forEach((v) => {
            const index = /\[(\d+)]/.exec(v.record ?? '')?.[1];
            if (index !== undefined && v.field) {
              byRow[`${index}.${v.field}`] = v.rule ?? '';
            }
          });
          setErrors(byRow);
        }
        setError(err);
      });
  };
  const message = (key: string) => errors[key] && <span class="field-error">{t(errors[key])}</span>;
  return (
    <form onSubmit={save} data-testid="priorities-form">
      <p class="small muted">{t('priorities.lead')}</p>
      {rows.length === 0 && <p class="muted">{t('priorities.none')}</p>}
      {rows.length > 0 && (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('priorities.organization')}</th>
              <th scope="col">{t('priorities.code')}</th>
              <th scope="col">{t('priorities.priority')}</th>
              <th scope="col"><span class="sr-only">{t('users.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} data-testid="priority-row">
                <td>
                  {/^\d+$/.test(r.organizationId) && provider.organizations.some((o) => String(o.organizationId) === r.organizationId)
                    ? <Link href={`/organizations/${r.organizationId}`}>{scopeText({ kind: 'ORGANIZATION', id: Number(r.organizationId) }, names)}</Link>
                    : <input type="text" inputMode="numeric" value={r.organizationId} aria-label={t('priorities.organizationId', { row: i + 1 })}
                      onInput={(e) => change(i, { organizationId: (e.target as HTMLInputElement).value.trim() })} />}
                  {message(`${i}.organizationId`)}
                </td>
                <td>
                  <input type="text" value={r.code} aria-label={t('priorities.codeOf', { row: i + 1 })}
                    onInput={(e) => change(i, { code: (e.target as HTMLInputElement).value })} />
                  {message(`${i}.code`)}
                </td>
                <td>
                  <input type="number" class="narrow" value={r.priority} aria-label={t('priorities.priorityOf', { row: i + 1 })}
                    onInput={(e) => change(i, { priority: (e.target as HTMLInputElement).value })} />
                  {message(`${i}.priority`)}
                </td>
                <td>
                  <button type="button" class="button link" onClick={() => { setSaved(false); setRows(rows.filter((_, j) => j !== i)); }}>
                    {t('priorities.remove')}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="small muted">{t('priorities.addNote')}</p>
      <ErrorNote error={error} />
      {saved && <p role="status" class="alert info">{t('priorities.saved')}</p>}
      <div class="actions">
        <button type="button" class="button secondary" onClick={() => setRows([...rows, { organizationId: '', code: '', priority: '0' }])}>
          {t('priorities.add')}</button>
        <button type="submit" class="button primary" data-testid="priorities-save">{t('priorities.save')}</button>
      </div>
    </form>
  );
}
