/**
 * The panel's header, kept to two short lines so the suggestions fit: the panel's own controls,
 * then one "looking at" line (who the customer is and how the message was found). That line
 * opens to the full account: the customer's words, the reply box, the site, the picker buttons
 * and where the panel sits.
 */
import { useState } from 'react';
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
  /** Where the panel sits; absent where it cannot be chosen. */
  placement?: Placement;
  placements?: readonly Placement[];
  onPlacement?(placement: Placement): void;
  /** In the side panel: back into the page. */
  onBackToPage?: () => void;
}

export type Placement = 'auto' | 'push' | 'side';

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
  const [open, setOpen] = useState(false);
  const picking = page?.pickerActive ?? null;
  return (
    <header className="tf-header">
      <HeaderControls {...p} />
      {p.noPage && !page && <p className="tf-muted">{t('core.page.noReader')}</p>}
      {page && (
        <>
          <button type="button" className="tf-looking-toggle" aria-expanded={open || !!picking} aria-controls="tf-looking" title={t('panel.lookingShow')} onClick={() => setOpen(!open)}>
            <span className="tf-looking-chevron" aria-hidden="true">▸</span>
            <span className="tf-looking-label">{t('panel.lookingAt')}:</span>
            <LookingLine page={page} t={t} />
          </button>
          <div id="tf-looking" className="tf-looking-more" hidden={!open && !picking}>
            <LookingAt page={page} t={t} />
            <Pickers {...p} picking={picking} />
            {p.placements && p.placements.length > 1 && p.onPlacement && (
              <label className="tf-placement">
                <span>{t('panel.placement')}</span>
                <select value={p.placement ?? 'auto'} onChange={(e) => p.onPlacement?.(e.currentTarget.value as Placement)}>
                  {p.placements.map((k) => (
                    <option key={k} value={k}>{t(`panel.placement.${k}`)}</option>
                  ))}
                </select>
              </label>
            )}
          </div>
        </>
      )}
    </header>
  );
}

/** One line: the customer (or the start of their message, isolated: it may run the other way) and how it was found. */
function LookingLine({ page, t }: { page: PageState; t: Translate }) {
  const c = page.customer;
  if (!c) return <span className="tf-looking-line tf-muted">{t('panel.lookingNothing')}</span>;
  return (
    <span className="tf-looking-line" data-testid="tf-looking-line">
      {/* The customer's words cut at their own end, whichever way they run; the source always shows. */}
      <bdi className="tf-looking-who">{c.sender || firstLines(c.text, 60)}</bdi>
      <span className="tf-looking-source"> · {t(SOURCE_KEYS[c.source] ?? 'core.source.none')}</span>
    </span>
  );
}

function HeaderControls(p: PanelHeaderProps) {
  const { t } = p;
  return (
    <div className="tf-header-row">
      <strong className="tf-brand">{t('core.panel.title')}</strong>
      <span className="tf-spacer" />
      {p.mode === 'overlay' && (
        <>
          <button type="button" onClick={p.onSwitchSide} aria-label={t('core.panel.switchSide')} title={t('core.panel.switchSide')}>⇆</button>
          <label className="tf-visually-hidden" htmlFor="tf-width">{t('core.panel.width')}</label>
          <input id="tf-width" className="tf-width" type="range" min={240} max={720} step={20} value={p.width}
            onChange={(e) => p.onResize(Number(e.currentTarget.value))} title={t('core.panel.width')} />
          <button type="button" onClick={p.onCollapse} aria-label={t('core.panel.collapse')} title={t('core.panel.collapse')}>▁</button>
        </>
      )}
      {p.onOpenSide && <button type="button" onClick={p.onOpenSide} aria-label={t('core.panel.openSide')} title={t('core.panel.openSide')}>◨</button>}
      {p.onBackToPage && <button type="button" onClick={p.onBackToPage} aria-label={t('panel.backToPage')} title={t('panel.backToPage')}>◧</button>}
      <button type="button" onClick={p.onOptions} aria-label={t('core.panel.options')} title={t('core.panel.options')}>⚙</button>
      {p.onClose && <button type="button" onClick={p.onClose} aria-label={t('core.panel.close')} title={t('core.panel.close')}>×</button>}
    </div>
  );
}

function LookingAt({ page, t }: { page: PageState; t: Translate }) {
  return (
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
      <dd data-testid="tf-site" data-adapter={page.adapterId} data-degraded={page.degraded ? 'true' : 'false'}>
        <span>{page.adapterId === 'generic' ? t('core.looking.generic') : page.adapterName}</span>
        {page.degraded && <span className="tf-warn-text"> · {t('core.looking.degraded')}</span>}
      </dd>
    </dl>
  );
}

function Pickers(p: PanelHeaderProps & { picking: 'customer' | 'editor' | null }) {
  const { t, picking } = p;
  return (
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
  );
}
