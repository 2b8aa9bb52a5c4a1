/**
 * The collapsed panel: a small tab at the page's edge with the brand and the number of
 * suggestions, readable at a glance. It is the whole frame (the page script sizes the frame to
 * the tab), so nothing of the panel is drawn behind it. One click opens the panel, or the
 * browser's side panel when the agent chose that place.
 */
import { dirOf, type Translate, type UiLang } from '../../lib/i18n/index.ts';
import './panel.css';

export interface CollapsedTabProps {
  lang: UiLang;
  t: Translate;
  count: number;
  toSidePanel: boolean;
  onOpen(): void;
}

export function CollapsedTab({ lang, t, count, toSidePanel, onOpen }: CollapsedTabProps) {
  const label = t(toSidePanel ? 'panel.tab.labelSide' : 'panel.tab.label', { count });
  return (
    <div className="tf-collapsed" dir={dirOf(lang)}>
      <button type="button" className="tf-collapsed-tab" onClick={onOpen} aria-label={label} title={label}>
        <span className="tf-tab-brand" aria-hidden="true">{t('core.panel.title')}</span>
        {count > 0 && <span className="tf-badge" aria-hidden="true">{t('panel.count', { count })}</span>}
      </button>
    </div>
  );
}
