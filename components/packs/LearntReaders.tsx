/**
 * The learnt clause readers (lib/rewrite/learnt.ts) in the pack list's terms: one switch per language, stored like a pack's
 * (their pseudo-pack ids in prefs.disabledPacks), so a team's settings file can switch them too.
 */
import type { Translate } from '../../lib/i18n/index.ts';
import { LEARNT_LANGUAGES, LEARNT_PACK_IDS, learntModelInfo } from '../../lib/rewrite/learnt.ts';

export interface LearntReadersProps {
  disabledPacks: readonly string[];
  t: Translate;
  busy?: boolean;
  onToggle(id: string, enabled: boolean): void;
}

export function LearntReaders({ disabledPacks, t, busy, onToggle }: LearntReadersProps) {
  return (
    <div data-testid="learnt-readers">
      <h2>{t('rewrite.learnt.title')}</h2>
      <p className="tf-muted">{t('rewrite.learnt.intro')}</p>
      <ul className="tf-packs-list" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {LEARNT_LANGUAGES.map((lang) => {
          const id = LEARNT_PACK_IDS[lang];
          const enabled = !disabledPacks.includes(id);
          const name = t(`rewrite.learnt.name.${lang}`);
          const info = learntModelInfo(lang);
          return (
            <li key={id} className="tf-packs-card" data-pack-id={id} data-enabled={enabled}>
              <div className="tf-packs-head">
                <div className="tf-packs-title">
                  <span className="tf-packs-name">{name}</span> <span className="tf-chip tf-packs-builtin">{t('packs.builtin')}</span>
                  <div className="tf-packs-meta">
                    <span>{t('packs.version', { version: String(info.version) })}</span>
                    <code dir="ltr">{id}</code>
                  </div>
                </div>
                <div className="tf-packs-actions">
                  <label className="tf-packs-switch">
                    <input type="checkbox" role="switch" checked={enabled} disabled={busy} aria-label={t('rewrite.learnt.toggleLabel', { name })} onChange={(e) => onToggle(id, e.currentTarget.checked)} data-testid="learnt-toggle" />
                    <span aria-hidden="true">{t(enabled ? 'packs.enabled' : 'packs.off')}</span>
                  </label>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
