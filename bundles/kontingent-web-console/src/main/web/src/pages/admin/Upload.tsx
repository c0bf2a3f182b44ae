import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../lib/api';
import { acceptOf, Format, mediaTypeFor, Receipt, Template } from '../../lib/gateway';
import { has, t } from '../../lib/i18n';
import { Session } from '../../lib/session';
import { ErrorNote, Link, Loading } from '../../components/Common';
import { PackageDetails } from './PackageDetails';

/** «Загрузка данных»: an Excel template filled in, or an XML file, uploaded by hand; then what became of it. */
export function Upload({ session }: { session: Session }) {
  const [formats, setFormats] = useState<Format[] | null>(null);
  const [templates, setTemplates] = useState<Template[]>([]);
  const [file, setFile] = useState<File | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<{ receipt: Receipt; fileName: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    api.get<Format[]>('/api/v1/gateway/formats').then(setFormats).catch(setError);
    api.get<Template[]>('/api/v1/gateway/templates').then(setTemplates).catch(() => setTemplates([]));
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setSent(null);
    if (!file) {
      setInvalid(t('upload.chooseFile'));
      input.current?.focus();
      return;
    }
    const type = mediaTypeFor(file.name, file.type, formats ?? []);
    if (!type) {
      setInvalid(t('upload.unsupported', { accept: acceptOf(formats ?? []) }));
      input.current?.focus();
      return;
    }
    setInvalid(null);
    setBusy(true);
    try {
      const receipt = await api.send<Receipt>('/api/v1/gateway/uploads',
        { body: file, type, headers: { 'X-File-Name': encodeURIComponent(file.name) } });
      setSent({ receipt, fileName: file.name });
      setFile(null);
      if (input.current) {
        input.current.value = '';
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const byFormat = [...new Set(templates.map((tp) => tp.format))];
  return (
    <div class="page" data-testid="upload">
      <h1>{t('admin.upload')}</h1>
      <p class="lead">{t('admin.upload.lead')}</p>
      <div class="cards upload-cards">
        <form class="card span-2" onSubmit={submit} data-testid="upload-form" aria-label={t('upload.form')}>
          <h2>{t('upload.form')}</h2>
          {!formats && !error && <Loading />}
          <div class={invalid ? 'field invalid' : 'field'}>
            <label for="upload-file">{t('upload.file')}</label>
            <input id="upload-file" ref={input} type="file" accept={acceptOf(formats ?? [])} data-testid="upload-file"
              aria-describedby="upload-file-note" aria-invalid={invalid ? true : undefined}
              onChange={(e) => { setFile((e.target as HTMLInputElement).files?.[0] ?? null); setInvalid(null); }} />
            <span class="small muted" id="upload-file-note">{t('upload.fileNote')}</span>
            {invalid && <span class="field-error" role="alert" data-testid="upload-invalid">{invalid}</span>}
          </div>
          <p class="small">{t(session.scope.kind === 'REGION' ? 'upload.scopeRegion' : 'upload.scope')}</p>
          <div class="actions">
            <button type="submit" class="button primary" disabled={busy || !formats} data-testid="upload-submit">
              {busy ? t('upload.sending') : t('upload.submit')}</button>
          </div>
          <ErrorNote error={error} />
        </form>
        <section class="card" data-testid="templates">
          <h2>{t('upload.templates')}</h2>
          <p class="small muted">{t('upload.templatesLead')}</p>
          {templates.length === 0 && <p class="muted">{t('upload.noTemplates')}</p>}
          {byFormat.map((format) => (
            <div key={format}>
              <h3>{has(`upload.format.${format}`) ? t(`upload.format.${format}`) : format}</h3>
              <ul class="link-list">
                {templates.filter((tp) => tp.format === format).map((tp) => (
                  <li key={tp.id}><a href={tp.href} download={tp.fileName} data-testid="template" data-id={tp.id}>{tp.title}</a></li>
                ))}
              </ul>
            </div>
          ))}
          <OrganizationCodes />
        </section>
      </div>
      {sent && (
        <section class="card" data-testid="upload-result" data-package={sent.receipt.id}>
          <h2>{t('upload.result')}</h2>
          <p>
            {t(sent.receipt.repeated ? 'upload.repeated' : 'upload.accepted', { file: sent.fileName, id: sent.receipt.id })}{' '}
            <Link href={`/admin/packages/${sent.receipt.id}`} testid="upload-package-link">{t('upload.toJournal')}</Link>
          </p>
          <PackageDetails id={sent.receipt.id} session={session} />
        </section>
      )}
    </div>
  );
}

/** The registry number of an organization, found by part of its name: the code the templates name organizations by. */
function OrganizationCodes() {
  const [text, setText] = useState('');
  const [found, setFound] = useState<{ id: number; fullName: string; settlement: string | null }[] | null>(null);
  useEffect(() => {
    if (text.trim().length < 3) {
      setFound(null);
      return;
    }
    const timer = setTimeout(() => {
      api.get<any>('/api/v1/organizations', { name: text.trim(), limit: 10 }).then((page) => setFound(page.items ?? []))
        .catch(() => setFound([]));
    }, 300);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <div class="organization-codes">
      <h3>{t('upload.codes')}</h3>
      <div class="field">
        <label for="upload-organization">{t('upload.codesSearch')}</label>
        <input id="upload-organization" type="search" value={text} autocomplete="off" data-testid="upload-organization"
          onInput={(e) => setText((e.target as HTMLInputElement).value)} />
      </div>
      {found && found.length === 0 && <p class="small muted">{t('paging.empty')}</p>}
      {found && found.length > 0 && (
        <ul class="link-list small" aria-live="polite">
          {found.map((o) => (
            <li key={o.id}><span class="mono">{o.id}</span> — {o.fullName}{o.settlement ? ` (${o.settlement})` : ''}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
