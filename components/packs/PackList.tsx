/**
 * The installed packs, built-in first: name, version, author, languages, rule count, a built-in
 * badge and an on/off switch; expand to read each rule (explanation, category, patterns) and
 * silence or re-enable it; export, edit (or duplicate a built-in pack to edit) and remove.
 */
import { useId, useMemo, useState } from 'react';
import type { PackEntry } from '../../lib/db/stores/packs.ts';
import type { PhrasePack } from '../../lib/packs/index.ts';
import type { StringKey, Translate, UiLang } from '../../lib/i18n/index.ts';
import { foldKey } from '../../lib/text/index.ts';
import { foldPackParts, ruleKey } from './model.ts';
import './packs.css';

export interface PackListProps {
  entries: readonly PackEntry[];
  disabledPacks: readonly string[];
  silencedRules: readonly string[];
  lang: UiLang;
  t: Translate;
  busy?: boolean;
  onToggle(id: string, enabled: boolean): void;
  onSilence(key: string, silenced: boolean): void;
  onExport(pack: PhrasePack): void;
  onEdit(entry: PackEntry): void;
  onRemove(pack: PhrasePack): void;
}

/** Rules shown at first when a pack is expanded; the rest behind "show all". */
const FIRST_RULES = 100;

export function PackList(p: PackListProps) {
  const { t } = p;
  // A part of a built-in pack is listed inside the pack it belongs to (lib/packs/parts.ts).
  const entries = useMemo(() => foldPackParts(p.entries), [p.entries]);
  const disabled = useMemo(() => new Set(p.disabledPacks), [p.disabledPacks]);
  const silenced = useMemo(() => new Set(p.silencedRules), [p.silencedRules]);
  if (!entries.length) return <p className="tf-muted">{t('packs.empty')}</p>;
  return (
    <ul className="tf-packs-list" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="pack-list">
      {entries.map((e) => (
        <PackCard key={`${e.builtin ? 'b' : 'i'}:${e.pack.id}`} entry={e} enabled={!disabled.has(e.pack.id)} silenced={silenced} {...p} />
      ))}
    </ul>
  );
}

function PackCard({ entry, enabled, silenced, lang, t, busy, onToggle, onSilence, onExport, onEdit, onRemove }: PackListProps & { entry: PackEntry; enabled: boolean; silenced: ReadonlySet<string> }) {
  const uid = useId();
  const { pack, builtin } = entry;
  const [open, setOpen] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const silencedHere = pack.rules.filter((r) => silenced.has(ruleKey(pack.id, r.id))).length;
  const langs = pack.languages.map((l) => t(`packs.lang.${l}`)).join(lang === 'fa' ? '، ' : ', ');

  return (
    <li className="tf-packs-card" data-pack-id={pack.id} data-enabled={enabled}>
      <div className="tf-packs-head">
        <PackTitle uid={uid} pack={pack} builtin={builtin} langs={langs} silencedHere={silencedHere} t={t} />
        <div className="tf-packs-actions">
          <label className="tf-packs-switch">
            <input
              type="checkbox"
              role="switch"
              checked={enabled}
              disabled={busy}
              aria-label={t('packs.enabledLabel', { name: pack.name })}
              onChange={(e) => onToggle(pack.id, e.currentTarget.checked)}
              data-testid="pack-toggle"
            />
            <span aria-hidden="true">{t(enabled ? 'packs.enabled' : 'packs.off')}</span>
          </label>
          <button type="button" aria-expanded={open} aria-controls={`${uid}-rules`} onClick={() => setOpen((o) => !o)} data-action="rules">
            {t(open ? 'packs.hideRules' : 'packs.showRules')}
          </button>
          <button type="button" aria-label={t('packs.exportLabel', { name: pack.name })} onClick={() => onExport(pack)} data-action="export">
            {t('packs.export')}
          </button>
          {builtin ? (
            <button type="button" title={t('packs.readOnly')} onClick={() => onEdit(entry)} data-action="duplicate">
              {t('packs.duplicate')}
            </button>
          ) : (
            <button type="button" onClick={() => onEdit(entry)} data-action="edit">
              {t('packs.edit')}
            </button>
          )}
          {!builtin && !confirmRemove && (
            <button type="button" onClick={() => setConfirmRemove(true)} data-action="remove">
              {t('packs.remove')}
            </button>
          )}
        </div>
      </div>
      {confirmRemove && (
        <RemoveConfirm
          id={`${uid}-rm`}
          name={pack.name}
          t={t}
          onYes={() => {
            setConfirmRemove(false);
            onRemove(pack);
          }}
          onNo={() => setConfirmRemove(false)}
        />
      )}
      {open && <RuleList id={`${uid}-rules`} pack={pack} silenced={silenced} t={t} busy={busy} onSilence={onSilence} />}
    </li>
  );
}

/** The pack's name, badge, version, author, languages, rule count and description. */
function PackTitle({ uid, pack, builtin, langs, silencedHere, t }: { uid: string; pack: PhrasePack; builtin: boolean; langs: string; silencedHere: number; t: Translate }) {
  return (
    <div className="tf-packs-title">
      <span className="tf-packs-name" id={`${uid}-name`} dir="auto">
        {pack.name}
      </span>{' '}
      {builtin && <span className="tf-chip tf-packs-builtin">{t('packs.builtin')}</span>}
      <div className="tf-packs-meta">
        <span>{t('packs.version', { version: pack.version })}</span>
        {pack.author && (
          <span>
            {/* The built-in packs are by Tactful: the brand as the UI language writes it ("از تکت‌فول", not "از Tactful"). */}
            <bdi>{t('packs.by', { author: builtin && pack.author === 'Tactful' ? t('core.panel.title') : pack.author })}</bdi>
          </span>
        )}
        <span>{t('packs.languages', { languages: langs })}</span>
        <span data-testid="rule-count">{t('packs.rules', { count: pack.rules.length })}</span>
        {silencedHere > 0 && <span className="tf-packs-warn">{t('packs.silencedCount', { count: silencedHere })}</span>}
        <code dir="ltr">{pack.id}</code>
      </div>
      {pack.description && (
        <div className="tf-packs-small" dir="auto">
          {pack.description}
        </div>
      )}
    </div>
  );
}

/** "Remove this pack?" with the answer focused on cancel. */
function RemoveConfirm({ id, name, t, onYes, onNo }: { id: string; name: string; t: Translate; onYes(): void; onNo(): void }) {
  return (
    <div className="tf-row" role="alertdialog" aria-labelledby={id}>
      <span id={id}>{t('packs.removeConfirm', { name })}</span>
      <button type="button" className="tf-primary" onClick={onYes} data-action="remove-yes">
        {t('packs.removeYes')}
      </button>
      <button type="button" onClick={onNo} autoFocus>
        {t('packs.preview.cancel')}
      </button>
    </div>
  );
}

function RuleList({ id, pack, silenced, t, busy, onSilence }: { id: string; pack: PhrasePack; silenced: ReadonlySet<string>; t: Translate; busy?: boolean; onSilence(key: string, silenced: boolean): void }) {
  const [filter, setFilter] = useState('');
  const [all, setAll] = useState(false);
  const rules = useMemo(() => {
    const q = foldKey(filter.trim());
    if (!q) return pack.rules;
    return pack.rules.filter((r) => foldKey([r.id, r.explanation, ...r.patterns, ...r.replacements].join('\n')).includes(q));
  }, [filter, pack.rules]);
  const shown = all ? rules : rules.slice(0, FIRST_RULES);
  return (
    <div id={id} className="tf-packs-rulebox">
      {pack.rules.length > 8 && (
        <input type="search" className="tf-packs-filter" placeholder={t('packs.filterRules')} aria-label={t('packs.filterRules')} value={filter} onChange={(e) => setFilter(e.currentTarget.value)} />
      )}
      {rules.length === 0 && <p className="tf-muted">{t('packs.noMatch')}</p>}
      <ul className="tf-packs-rules">
        {shown.map((r) => {
          const key = ruleKey(pack.id, r.id);
          const off = silenced.has(key);
          return (
            <li key={r.id} className="tf-packs-rule" data-rule-id={r.id} data-silenced={off}>
              <div className="tf-packs-rule-head">
                <code dir="ltr">{r.id}</code>
                <span className="tf-chip">{t(`rewrite.category.${r.category}` as StringKey)}</span>
                <span className="tf-chip">{t(`rewrite.severity.${r.severity}` as StringKey)}</span>
                {off && <span className="tf-chip tf-packs-warn">{t('packs.rule.silencedBadge')}</span>}
                <span className="tf-packs-spacer" />
                <button
                  type="button"
                  disabled={busy}
                  aria-label={t(off ? 'packs.rule.unsilenceLabel' : 'packs.rule.silenceLabel', { rule: r.id })}
                  onClick={() => onSilence(key, !off)}
                  data-action={off ? 'unsilence' : 'silence'}
                >
                  {t(off ? 'packs.rule.unsilence' : 'packs.rule.silence')}
                </button>
              </div>
              <div className="tf-packs-rule-text" dir="auto">
                {r.explanation}
              </div>
              <div className="tf-packs-small">
                {t('packs.rule.finds')}{' '}
                {r.patterns.map((pat, i) => (
                  <span key={i}>
                    {i > 0 && ' · '}
                    <q dir="auto">{pat}</q>
                  </span>
                ))}
              </div>
              <div className="tf-packs-small">
                {t('packs.rule.suggests')}{' '}
                {r.replacements.map((rep, i) => (
                  <span key={i}>
                    {i > 0 && ' · '}
                    {rep === '' ? t('packs.rule.deletes') : <q dir="auto">{rep}</q>}
                  </span>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
      {!all && rules.length > FIRST_RULES && (
        <button type="button" onClick={() => setAll(true)}>
          {t('packs.showAllRules', { count: rules.length })}
        </button>
      )}
    </div>
  );
}
