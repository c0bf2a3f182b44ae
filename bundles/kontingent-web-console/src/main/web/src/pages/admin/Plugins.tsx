import { useEffect, useState } from 'preact/hooks';
import { has, t } from '../../lib/i18n';
import { byKind, install, newest, notRunning, PluginView, plugins, uninstall, upgrade } from '../../lib/plugins';
import { ErrorNote, Loading } from '../../components/Common';

/** How often the list is asked again, so that a jar dropped into deploy/ or a change made elsewhere shows. */
const REFRESH_MS = 5000;

/** «Плагины»: the connectors, report forms, extensions and sign-in plugins, installed and available; installing, upgrading, removing. */
export function Plugins() {
  const [list, setList] = useState<PluginView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ id: string; error: unknown } | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    plugins().then((l) => {
      if (live) {
        setList(l);
        setError(null);
      }
    }).catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [tick]);
  useEffect(() => {
    const timer = setInterval(() => document.visibilityState === 'visible' && setTick((n) => n + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  const act = async (plugin: PluginView, what: 'install' | 'upgrade' | 'remove', version: string | null) => {
    setBusy(plugin.id);
    setDone(null);
    setFailure(null);
    try {
      if (what === 'remove') {
        await uninstall(plugin.id);
      } else {
        await install(plugin.id, version);
      }
      setDone(t(`plugins.done.${what}`, { name: plugin.name, version: version ?? '' }));
    } catch (e) {
      setFailure({ id: plugin.id, error: e });
    } finally {
      setBusy(null);
      setTick((n) => n + 1);
    }
  };
  return (
    <div class="page" data-testid="plugins">
      <h1>{t('admin.plugins')}</h1>
      <p class="lead">{t('admin.plugins.lead')}</p>
      <ErrorNote error={error} />
      {done && <div class="alert info" role="status" data-testid="plugin-done">{done}</div>}
      {!list && !error && <Loading />}
      {list && byKind(list).map(({ kind, plugins: group }) => (
        <section class="card" key={kind} data-testid={`plugins-${kind}`}>
          <h2>{has(`plugins.kind.${kind}`) ? t(`plugins.kind.${kind}`) : kind}</h2>
          <div class="table-wrap">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{t('plugins.name')}</th>
                  <th scope="col">{t('plugins.installed')}</th>
                  <th scope="col">{t('plugins.available')}</th>
                  <th scope="col">{t('plugins.state')}</th>
                  <th scope="col">{t('plugins.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {group.map((p) => (
                  <PluginRow key={p.id} plugin={p} busy={busy === p.id} anyBusy={busy !== null} onAct={act}
                    failure={failure?.id === p.id ? failure.error : null} />
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}

function PluginRow({ plugin: p, busy, anyBusy, onAct, failure }: {
  plugin: PluginView;
  busy: boolean;
  anyBusy: boolean;
  onAct: (p: PluginView, what: 'install' | 'upgrade' | 'remove', version: string | null) => void;
  failure: unknown;
}) {
  const [version, setVersion] = useState<string>(newest(p) ?? '');
  const [confirming, setConfirming] = useState(false);
  const next = upgrade(p);
  const stopped = notRunning(p);
  const versions = [...p.availableVersions].reverse();
  return (
    <tr data-testid="plugin-row" data-id={p.id} data-installed={p.installedVersion ?? ''}>
      <td>
        <strong>{p.name}</strong>
        <div class="small muted mono">{p.id}{p.source === 'deploy' && ` · ${t('plugins.deploy')}`}</div>
        {failure ? <ErrorNote error={failure} /> : null}
      </td>
      <td data-testid="plugin-version">{p.installedVersion ?? <span class="muted">{t('plugins.notInstalled')}</span>}</td>
      <td class="small">{p.availableVersions.length ? p.availableVersions.join(', ') : <span class="muted">—</span>}</td>
      <td class="small" data-testid="plugin-state">
        {!p.installedVersion ? <span class="muted">—</span>
          : stopped.length === 0 ? <span class="status status-applied">{t('plugins.running')}</span>
            : <span class="status status-rejected" title={stopped.join('\n')}>{t('plugins.notRunning', { bundles: stopped.join(', ') })}</span>}
      </td>
      <td class="row-actions">
        {busy && <span role="status">{t('plugins.working')}</span>}
        {!busy && !p.installedVersion && p.availableVersions.length > 0 && (
          <>
            {versions.length > 1 && (
              <select aria-label={t('plugins.version', { name: p.name })} value={version}
                onChange={(e) => setVersion((e.target as HTMLSelectElement).value)}>
                {versions.map((v) => <option key={v} value={v}>{v}</option>)}
              </select>
            )}
            <button type="button" class="button primary small" disabled={anyBusy} data-testid="plugin-install"
              onClick={() => onAct(p, 'install', version || null)}>{t('plugins.install')}</button>
          </>
        )}
        {!busy && next && (
          <button type="button" class="button secondary small" disabled={anyBusy} data-testid="plugin-upgrade"
            onClick={() => onAct(p, 'upgrade', next)}>{t('plugins.upgrade', { version: next })}</button>
        )}
        {!busy && p.installedVersion && !confirming && (
          <button type="button" class="button secondary small" disabled={anyBusy} data-testid="plugin-remove"
            onClick={() => setConfirming(true)}>{t('plugins.remove')}</button>
        )}
        {!busy && p.installedVersion && confirming && (
          <span class="confirm" role="group" aria-label={t('plugins.removeConfirm', { name: p.name })}>
            <span class="small">{t('plugins.removeConfirm', { name: p.name })}</span>
            <button type="button" class="button primary small" data-testid="plugin-remove-confirm"
              onClick={() => { setConfirming(false); onAct(p, 'remove', null); }}>{t('plugins.remove')}</button>
            <button type="button" class="button secondary small" onClick={() => setConfirming(false)}>{t('common.cancel')}</button>
          </span>
        )}
      </td>
    </tr>
  );
}
