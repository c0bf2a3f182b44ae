import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';

/** A secret the server shows once (a one-time password, an API key): to copy now, since it is not shown again. */
export function Secret({ label, value, testid }: { label: string; value: string; testid: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async (e: Event) => {
    const field = (e.currentTarget as HTMLElement).parentElement?.querySelector('input');
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      field?.select();
    }
  };
  return (
    <div class="secret alert info" role="status">
      <label class="secret-label" for={`${testid}-value`}>{label}</label>
      <div class="secret-row">
        <input id={`${testid}-value`} class="mono" type="text" readOnly value={value} data-testid={testid}
          onFocus={(e) => (e.target as HTMLInputElement).select()} />
        <button type="button" class="button secondary small" onClick={copy}>{copied ? t('secret.copied') : t('secret.copy')}</button>
      </div>
      <p class="small">{t('secret.once')}</p>
    </div>
  );
}
