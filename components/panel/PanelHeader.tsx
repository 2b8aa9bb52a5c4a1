/**
 * The panel's header: what Tactful is looking at (the customer's message and the editor it
 * will write to, and how each was found) and the panel's own controls.
 */
import type { PageState } from '../../lib/messaging/protocol.ts';
import type { StringKey, Translate, UiLang } from '../../lib/i18n/index.ts';
import './panel.css';

export interface PanelHeaderProps {
  page: PageState | null;
  lang: UiLang;
  t: Translate;
  mode: 'overlay' | 'side';
  side: 'left' | 'right';
  width: number;
  noPage?: boolean;
  onPick(target: 'customer' | 'editor' | null): void;
  onCollapse(): void;
  onSwitchSide(): void;
  onResize(width: number): void;
  onOpenSide?: () => void;
  onClose?: () => void;
  onOptions(): void;
  onResetTaught?: () => void;
}

const SOURCE_KEYS: Record<string, StringKey> = {
  selection: 'core.source.selection',
  adapter: 'core.source.adapter',
  picker: 'core.source.picker',
  heuristic: 'core.source.heuristic',
  quote: 'core.source.quote',
  none: 'core.source.none',
};

export function firstLines(text: string, max = 160): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const s = lines.slice(0, 3).join(' · ');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function PanelHeader(p: PanelHeaderProps) {
  const { page, t } = p;
  const picking = page?.pickerActive ?? null;
  return (
    <header className="tf-header">
      <div className="tf-header-row">
        <strong className="tf-brand">{t('core.panel.title')}</strong>
        <span className="tf-spacer" />
        {p.mode === 'overlay' && (
          <>
            <button type="button" onClick={p.onSwitchSide} aria-label={t('core.panel.switchSide')} title={t('core.panel.switchSide')}>⇆</button>
            <label className="tf-visually-hidden" htmlFor="tf-width">{t('core.panel.width')}</label>
            <input
              id="tf-width"
              className="tf-width"
              type="range"
              min={240}
              max={720}
              step={20}
              value={p.width}
              onChange={(e) => p.onResize(Number(e.currentTarget.value))}
              title={t('core.panel.width')}
            />
            <button type="button" onClick={p.onCollapse} aria-label={t('core.panel.collapse')} title={t('core.panel.collapse')}>▁</button>
          </>
        )}
        {p.onOpenSide && <button type="button" onClick={p.onOpenSide} aria-label={t('core.panel.openSide')} title={t('core.panel.openSide')}>◨</button>}
        <button type="button" onClick={p.onOptions} aria-label={t('core.panel.options')} title={t('core.panel.options')}>⚙</button>
        {p.onClose && <button type="button" onClick={p.onClose} aria-label={t('core.panel.close')} title={t('core.panel.close')}>×</button>}
      </div>
      {p.noPage && !page && <p className="tf-muted">{t('core.page.noReader')}</p>}
      {page && (
        <dl className="tf-looking">
          <dt>{t('core.looking.customer')}</dt>
          <dd data-testid="tf-customer">
            {page.customer ? (
              <>
                <span className="tf-quote" dir="auto">{firstLines(page.customer.text)}</span>
                <span className="tf-source">
                  {page.customer.sender ? `${page.customer.sender} · ` : ''}
                  {t(SOURCE_KEYS[page.customer.source] ?? 'core.source.none')}
                </span>
              </>
            ) : (
              <span className="tf-muted">{t('core.looking.noCustomer')}</span>
            )}
          </dd>
          <dt>{t('core.looking.editor')}</dt>
          <dd data-testid="tf-editor">
            {page.editor.present ? <span dir="auto">{page.editor.label}</span> : <span className="tf-muted">{t('core.looking.noEditor')}</span>}
          </dd>
          <dt>{t('core.looking.site')}</dt>
          <dd data-testid="tf-site" data-adapter={page.adapterId} data-degraded={page.degraded ? "true" : "false"}>
            <span>{page.adapterId === 'generic' ? t('core.looking.generic') : page.adapterName}</span>
            {page.degraded && <span className="tf-warn-text"> · {t('core.looking.degraded')}</span>}
          </dd>
        </dl>
      )}
      {page && (
        <div className="tf-header-row tf-pickers">
          {picking ? (
            <>
              <span role="status">{t(picking === 'customer' ? 'core.picker.pointCustomer' : 'core.picker.pointEditor')}</span>
              <button type="button" onClick={() => p.onPick(null)}>{t('core.action.cancel')}</button>
            </>
          ) : (
            <>
              <button type="button" onClick={() => p.onPick('customer')}>{t('core.picker.customer')}</button>
              <button type="button" onClick={() => p.onPick('editor')}>{t('core.picker.editor')}</button>
              {p.onResetTaught && <button type="button" onClick={p.onResetTaught}>{t('core.picker.reset')}</button>}
            </>
          )}
        </div>
      )}
    </header>
  );
}
