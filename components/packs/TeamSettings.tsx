/**
 * A team lead's small settings file (format "tactful-team-settings"): which packs are on or off
 * and which rules are silenced for everyone. Applying it goes through applySettings (the
 * background's 'team.apply'); the result lists exactly what changed. The current switches can be saved as such a file too.
 */
import { useState } from 'react';
import type { Prefs } from '../../lib/messaging/protocol.ts';
import type { PackEntry } from '../../lib/db/stores/packs.ts';
import type { Translate, UiLang } from '../../lib/i18n/index.ts';
import { ErrorList, errorItems, type ErrorItem } from '../ui/ErrorList.tsx';
import { downloadText } from '../ui/download.ts';
import { prefsChange, teamSettingsFrom, type PrefsChange } from './model.ts';
import './packs.css';
import { FileInput } from '../ui/FileInput.tsx';

export interface TeamSettingsProps {
  prefs: Prefs;
  entries: readonly PackEntry[];
  lang: UiLang;
  t: Translate;
  onPrefs(next: Prefs): void;
  /** Applies a settings file and resolves to the new preferences; rejects with an Error whose `details` locate each problem. */
  applySettings(settings: unknown): Promise<Prefs>;
}

/** A refusal that says what was wrong and where (the background's errors carry `details`). */
const isRefusal = (e: unknown): e is Error & { details?: unknown } => e instanceof Error && 'details' in e;

export function TeamSettings({ prefs, entries, lang, t, onPrefs, applySettings }: TeamSettingsProps) {
  const [change, setChange] = useState<PrefsChange | null>(null);
  const [error, setError] = useState<{ title: string; items: ErrorItem[] } | null>(null);
  const sep = lang === 'fa' ? '، ' : ', ';
  const packName = (id: string) => entries.find((e) => e.pack.id === id)?.pack.name ?? id;

  const apply = async (file: File) => {
    setChange(null);
    setError(null);
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (e) {
      setError({ title: t('packs.team.notJson', { reason: (e as Error).message }), items: [] });
      return;
    }
    try {
      const next = await applySettings(json);
      setChange(prefsChange(prefs, next));
      onPrefs(next);
    } catch (e) {
      setError({
        title: isRefusal(e) ? e.message : t('packs.error', { reason: String(e) }),
        items: isRefusal(e) ? errorItems(e.details) : [],
      });
    }
  };

  const nothing = change && !change.enabled.length && !change.disabled.length && !change.silenced.length && !change.unsilenced.length;
  return (
    <section className="tf-packs-team" aria-labelledby="tf-packs-team-h">
      <h2 id="tf-packs-team-h">{t('packs.team.title')}</h2>
      <p className="tf-muted">{t('packs.team.intro')}</p>
      <div className="tf-row">
        <label className="tf-row">
          {t('packs.team.import')}
          <FileInput label={t('core.file.choose')} accept="application/json,.json" data-testid="team-file" onFile={(f) => void apply(f)} />
        </label>
        <button
          type="button"
          onClick={() =>
            downloadText(
              'tactful-team-settings.json',
              `${JSON.stringify(teamSettingsFrom(prefs, entries.map((e) => e.pack.id)), null, 2)}\n`,
            )
          }
          data-action="team-export"
        >
          {t('packs.team.export')}
        </button>
      </div>
      {change && (
        <div role="status" data-testid="team-result">
          <p className="tf-ok">{t(nothing ? 'packs.team.nothing' : 'packs.team.applied')}</p>
          {change.enabled.length > 0 && <p className="tf-packs-team-change" dir="auto">{t('packs.team.enabled', { list: change.enabled.map(packName).join(sep) })}</p>}
          {change.disabled.length > 0 && <p className="tf-packs-team-change" dir="auto">{t('packs.team.disabled', { list: change.disabled.map(packName).join(sep) })}</p>}
          {change.silenced.length > 0 && <p className="tf-packs-team-change" dir="auto">{t('packs.team.silenced', { list: change.silenced.join(sep) })}</p>}
          {change.unsilenced.length > 0 && <p className="tf-packs-team-change" dir="auto">{t('packs.team.unsilenced', { list: change.unsilenced.join(sep) })}</p>}
        </div>
      )}
      {error && <ErrorList title={error.title} errors={error.items} />}
    </section>
  );
}
