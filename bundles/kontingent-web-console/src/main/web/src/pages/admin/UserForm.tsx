import { useEffect, useState } from 'preact/hooks';
import { api, ApiError } from '../../lib/api';
import { useAuthorities } from '../../lib/authorities';
import { providers, Provider } from '../../lib/gateway';
import { t } from '../../lib/i18n';
import { Role, Session } from '../../lib/session';
import { checkUser, CreatedUser, givableRoles, newUser, ScopeKind, scopeKinds, UserForm } from '../../lib/users';

const EMPTY: UserForm = { login: '', displayName: '', role: '', scopeKind: '', scopeId: '', snils: '' };

/** The form of a new account: login, name, role, the scope it is limited to, and a СНИЛС for signing in through ЕСИА. */
export function NewUserForm({ session, onCreated, onCancel }: {
  session: Session;
  onCreated: (created: CreatedUser) => void;
  onCancel: () => void;
}) {
  const [form, setForm] = useState<UserForm>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const roles = givableRoles(session);
  const kinds = form.role ? scopeKinds(form.role, session.scope.kind) : [];

  const set = (patch: Partial<UserForm>) => setForm((f) => ({ ...f, ...patch }));
  const chooseRole = (role: Role | '') => {
    const allowed = role ? scopeKinds(role, session.scope.kind) : [];
    set({ role, scopeKind: allowed.length === 1 ? allowed[0] : allowed.includes(form.scopeKind as ScopeKind) ? form.scopeKind : '',
      scopeId: '' });
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const found = checkUser(form);
    setErrors(found);
    setRefusal(null);
    if (Object.keys(found).length > 0) {
      document.getElementById(`user-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      onCreated(await api.post<CreatedUser>('/api/v1/admin/users', newUser(form)));
      setForm(EMPTY);
    } catch (err) {
      const field = err instanceof ApiError ? err.violations[0]?.field : null;
      if (err instanceof ApiError && err.code === 'security.login-taken') {
        setErrors({ login: 'users.error.taken' });
      } else if (field && ['login', 'displayName', 'role', 'snils'].includes(field)) {
        setErrors({ [field]: `users.error.${field}` });
      } else {
        setRefusal(err instanceof Error ? err.message : String(err));
      }
    } finally {
      setBusy(false);
    }
  };
  const error = (field: string) => errors[field] && (
    <span class="field-error" id={`user-${field}-error`} data-testid={`user-${field}-error`}>{t(errors[field])}</span>
  );
  const described = (field: string) => (errors[field] ? { 'aria-invalid': true, 'aria-describedby': `user-${field}-error` } : {});
  const text = (field: 'login' | 'displayName' | 'snils', extra: Record<string, unknown> = {}) => (
    <div class={errors[field] ? 'field invalid' : 'field'}>
      <label for={`user-${field}`}>{t(`users.${field}`)}{field !== 'snils' && <span class="required" aria-hidden="true"> *</span>}</label>
      <input id={`user-${field}`} type="text" value={form[field]} data-testid={`user-${field}`} autocomplete="off" {...extra} {...described(field)}
        onInput={(e) => set({ [field]: (e.target as HTMLInputElement).value })} />
      {error(field)}
    </div>
  );
  return (
    <form class="card" onSubmit={submit} data-testid="user-form" aria-label={t('users.new')} noValidate>
      <h2>{t('users.new')}</h2>
      <div class="grid">
        {text('login', { required: true, spellcheck: false })}
        {text('displayName', { required: true })}
        <div class={errors.role ? 'field invalid' : 'field'}>
          <label for="user-role">{t('users.role')}<span class="required" aria-hidden="true"> *</span></label>
          <select id="user-role" value={form.role} data-testid="user-role" required {...described('role')}
            onChange={(e) => chooseRole((e.target as HTMLSelectElement).value as Role | '')}>
            <option value="">{t('users.choose')}</option>
            {roles.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
          </select>
          {error('role')}
        </div>
        <div class={errors.scopeKind ? 'field invalid' : 'field'}>
          <label for="user-scopeKind">{t('users.scopeKind')}<span class="required" aria-hidden="true"> *</span></label>
          <select id="user-scopeKind" value={form.scopeKind} data-testid="user-scope-kind" disabled={kinds.length < 2}
            {...described('scopeKind')}
            onChange={(e) => set({ scopeKind: (e.target as HTMLSelectElement).value as ScopeKind, scopeId: '' })}>
            <option value="">{form.role ? t('users.choose') : t('users.roleFirst')}</option>
            {kinds.map((k) => <option key={k} value={k}>{t(`users.scopeKind.${k}`)}</option>)}
          </select>
          {error('scopeKind')}
        </div>
        {form.scopeKind && form.scopeKind !== 'REGION' && (
          <ScopeField kind={form.scopeKind} value={form.scopeId} invalid={Boolean(errors.scopeId)}
            onChange={(scopeId) => set({ scopeId })} error={error('scopeId')} />
        )}
        {text('snils', { inputMode: 'numeric', placeholder: '123-456-789 01' })}
      </div>
      <p class="muted small">{t('users.passwordNote')}</p>
      {refusal && <div class="alert error" role="alert" data-testid="user-form-error">{t('common.error', { message: refusal })}</div>}
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy} data-testid="user-submit">{t('users.create')}</button>
        <button type="button" class="button secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}

/** The authority, organization or provider an account is limited to. */
function ScopeField({ kind, value, invalid, onChange, error }: {
  kind: ScopeKind;
  value: string;
  invalid: boolean;
  onChange: (id: string) => void;
  error: unknown;
}) {
  const attributes = { id: 'user-scopeId', value, 'data-testid': 'user-scope-id', 'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? 'user-scopeId-error' : undefined,
    onChange: (e: Event) => onChange((e.target as HTMLSelectElement).value) };
  return (
    <div class={invalid ? 'field invalid' : 'field'}>
      <label for="user-scopeId">{t(`users.scopeKind.${kind}`)}<span class="required" aria-hidden="true"> *</span></label>
      {kind === 'AUTHORITY' && <AuthorityOptions attributes={attributes} />}
      {kind === 'ORGANIZATION' && <OrganizationOptions attributes={attributes} />}
      {kind === 'PROVIDER' && <ProviderOptions attributes={attributes} />}
      {error}
    </div>
  );
}

function AuthorityOptions({ attributes }: { attributes: Record<string, unknown> }) {
  const authorities = useAuthorities();
  return (
    <select {...attributes}>
      <option value="">{authorities ? t('users.choose') : t('common.loading')}</option>
      {(authorities ?? []).map(({ authority, depth }) => (
        <option key={authority.id} value={String(authority.id)}>{`${depth ? '\u2003' : ''}${authority.shortName || authority.fullName}`}</option>
      ))}
    </select>
  );
}

/** An organization found by part of its name among those of the administrator's scope. */
function OrganizationOptions({ attributes }: { attributes: Record<string, unknown> }) {
  const [text, setText] = useState('');
  const [found, setFound] = useState<{ id: number; fullName: string; shortName: string | null; settlement: string | null }[]>([]);
  useEffect(() => {
    const timer = setTimeout(() => {
      api.get<any>('/api/v1/organizations', { name: text.trim() || undefined, limit: 25 }).then((page) => setFound(page.items ?? []))
        .catch(() => setFound([]));
    }, 250);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <div class="picker">
      <input type="search" aria-label={t('report.organizationSearch')} placeholder={t('report.organizationSearch')} value={text}
        data-testid="user-organization-search" onInput={(e) => setText((e.target as HTMLInputElement).value)} />
      <select {...attributes}>
        <option value="">{t('users.choose')}</option>
        {found.map((o) => <option key={o.id} value={String(o.id)}>{`${o.shortName || o.fullName}${o.settlement ? ` (${o.settlement})` : ''}`}</option>)}
      </select>
    </div>
  );
}

function ProviderOptions({ attributes }: { attributes: Record<string, unknown> }) {
  const [list, setList] = useState<Provider[] | null>(null);
  useEffect(() => {
    providers().then(setList).catch(() => setList([]));
  }, []);
  return (
    <select {...attributes}>
      <option value="">{list ? t('users.choose') : t('common.loading')}</option>
      {(list ?? []).filter((p) => p.code !== 'manual-upload').map((p) => <option key={p.id} value={String(p.id)}>{p.name}</option>)}
    </select>
  );
}
