import { ComponentChildren } from 'preact';
import { follow } from '../lib/router';
import { t } from '../lib/i18n';
import { ApiError } from '../lib/api';

export function Link({ href, children, testid, class: className }: { href: string; children: ComponentChildren; testid?: string; class?: string }) {
  return <a href={href} class={className} data-testid={testid} onClick={(e) => follow(e as unknown as MouseEvent, href)}>{children}</a>;
}

export function Loading({ what }: { what?: string }) {
  return <p class="loading" role="status" data-testid="loading">{what ?? t('common.loading')}</p>;
}

/** A refusal of the server, said plainly. */
export function ErrorNote({ error }: { error: unknown }) {
  if (!error) {
    return null;
  }
  const text = error instanceof ApiError ? error.message : error instanceof Error ? error.message : String(error);
  return <div class="alert error" role="alert" data-testid="error">{t('common.error', { message: text })}</div>;
}

/** Label and value pairs of a card. */
export function Facts({ facts, testid }: { facts: [string, ComponentChildren][]; testid?: string }) {
  return (
    <dl class="facts" data-testid={testid}>
      {facts.map(([label, value]) => (
        <div key={label} class="fact">
          <dt>{label}</dt>
          <dd>{value === null || value === undefined || value === '' ? <span class="muted">—</span> : value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Tabs({ tabs, current, onSelect }: { tabs: { id: string; title: string }[]; current: string; onSelect: (id: string) => void }) {
  const key = (e: KeyboardEvent, index: number) => {
    const next = e.key === 'ArrowRight' ? index + 1 : e.key === 'ArrowLeft' ? index - 1 : -2;
    if (next !== -2) {
      e.preventDefault();
      const target = tabs[(next + tabs.length) % tabs.length];
      onSelect(target.id);
      document.getElementById(`tab-${target.id}`)?.focus();
    }
  };
  return (
    <div class="tabs" role="tablist">
      {tabs.map((tab, i) => (
        <button type="button" role="tab" id={`tab-${tab.id}`} key={tab.id} aria-selected={tab.id === current}
          tabIndex={tab.id === current ? 0 : -1} class={tab.id === current ? 'tab active' : 'tab'} data-testid={`tab-${tab.id}`}
          onClick={() => onSelect(tab.id)} onKeyDown={(e) => key(e as unknown as KeyboardEvent, i)}>{tab.title}</button>
      ))}
    </div>
  );
}
