import type { Translate } from '../../lib/i18n/index.ts';

export function Notice({ kind, text, onClose, t }: { kind: 'ok' | 'error' | 'info'; text: string; onClose(): void; t: Translate }) {
  return (
    <div className={`tf-notice tf-notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <span dir="auto">{text}</span>
      <button type="button" onClick={onClose} aria-label={t('core.action.close')}>×</button>
    </div>
  );
}
