import type { Translate } from '../../lib/i18n/index.ts';

/**
 * One line of news in the panel. `reason`: an error's own message (from the background or the page, English only),
 * shown inside the interface's localised sentence rather than bare.
 */
export function Notice({ kind, text, reason, onClose, t }: { kind: 'ok' | 'error' | 'info'; text?: string; reason?: string; onClose(): void; t: Translate }) {
  return (
    <div className={`tf-notice tf-notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <span dir="auto">{text ?? t('core.failed', { reason: reason ?? '' })}</span>
      <button type="button" onClick={onClose} aria-label={t('core.action.close')}>×</button>
    </div>
  );
}
