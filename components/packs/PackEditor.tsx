/**
 * Editing an imported pack (or a fresh duplicate of a built-in one): the header fields and its
 * rules; add, change and delete rules with the live RuleEditor. Saving checks the whole pack the
 * way install does, bumps the patch version and hands the pack to onSave ('packs.install').
 */
import { useId, useMemo, useRef, useState } from 'react';
import { PACK_LANGUAGES, compareSemver, validatePackForInstall, type PackLanguage, type PhrasePack } from '../../lib/packs/index.ts';
import type { PackEntry } from '../../lib/db/stores/packs.ts';
import type { StringKey, Translate, UiLang } from '../../lib/i18n/index.ts';
import { foldKey } from '../../lib/text/index.ts';
import { ErrorList, type ErrorItem } from '../ui/ErrorList.tsx';
import { assemblePack, bumpPatch, checkRuleDraft, newRuleDraft, ruleToDraft, type RuleCheck, type RuleDraft } from './model.ts';
import { RuleEditor } from './RuleEditor.tsx';
import './packs.css';

export type SaveOutcome = { ok: true } | { ok: false; title: string; items: ErrorItem[] };

export interface PackEditorProps {
  initial: PhrasePack;
  /** Not installed yet (a duplicate): the id can still be changed. */
  isNew: boolean;
  entries: readonly PackEntry[];
  lang: UiLang;
  t: Translate;
  onSave(pack: PhrasePack): Promise<SaveOutcome>;
  onClose(): void;
}

type Meta = Omit<PhrasePack, 'rules'>;
const FIRST_RULES = 200;

/**
 * Checks for the rules shown, cached per draft object (an unchanged draft keeps its object). Rules
 * as first loaded were valid when installed: they are checked only once opened (and on save).
 */
function useRuleChecks(drafts: RuleDraft[], ctx: { id: string; languages: readonly PackLanguage[] }, openKey: string | null) {
  const pristine = useRef(new Set(drafts));
  const cache = useRef(new WeakMap<RuleDraft, { ctx: typeof ctx; check: RuleCheck }>());
  return (d: RuleDraft): RuleCheck | null => {
    if (pristine.current.has(d) && d.key !== openKey) return null;
    const hit = cache.current.get(d);
    if (hit && hit.ctx === ctx) return hit.check;
    const check = checkRuleDraft(d, ctx);
    cache.current.set(d, { ctx, check });
    return check;
  };
}

type EditorErrors = { title: string; items: ErrorItem[] };

/** The pack as it will be saved, checked the way install checks it; or what is wrong, by rule. */
function packToSave(meta: Meta, version: string, drafts: RuleDraft[], entries: readonly PackEntry[], t: Translate): { pack: PhrasePack } | { errors: EditorErrors } {
  const pack = assemblePack({ ...meta, version }, drafts);
  if (entries.some((e) => e.builtin && e.pack.id === pack.id)) return { errors: { title: t('packs.preview.builtinId', { id: pack.id }), items: [] } };
  const checked = validatePackForInstall(pack);
  if (checked.ok) return { pack: checked.pack };
  const items = checked.errors.map((e) => {
    const m = /^rules\[(\d+)\]/.exec(e.path);
    const rule = m ? drafts[Number(m[1])] : undefined;
    return { path: e.path, where: rule?.id, message: rule ? `${rule.id}: ${e.message}` : e.message };
  });
  return { errors: { title: t('packs.editor.invalid'), items } };
}

export function PackEditor({ initial, isNew, entries, lang, t, onSave, onClose }: PackEditorProps) {
  const uid = useId();
  const [meta, setMeta] = useState<Meta>(() => {
    const { rules: _rules, ...m } = initial;
    return m;
  });
  const [drafts, setDrafts] = useState<RuleDraft[]>(() => initial.rules.map(ruleToDraft));
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [errors, setErrors] = useState<EditorErrors | null>(null);
  const [saving, setSaving] = useState(false);

  const ctx = useMemo(() => ({ id: meta.id, languages: meta.languages }), [meta.id, meta.languages]);
  const checkOf = useRuleChecks(drafts, ctx, openKey);
  const installed = entries.find((e) => !e.builtin && e.pack.id === meta.id)?.pack;
  const base = installed && compareSemver(installed.version, meta.version) > 0 ? installed.version : meta.version;
  const next = bumpPatch(base);

  const save = async () => {
    setErrors(null);
    const checked = packToSave(meta, next, drafts, entries, t);
    if ('errors' in checked) return setErrors(checked.errors);
    setSaving(true);
    try {
      const r = await onSave(checked.pack);
      if (!r.ok) setErrors({ title: r.title, items: r.items });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="tf-packs-editor" aria-labelledby={`${uid}-h`} data-testid="pack-editor">
      <h2 id={`${uid}-h`}>{t('packs.editor.title', { name: meta.name })}</h2>
      <PackMetaFields uid={uid} meta={meta} isNew={isNew} t={t} onMeta={setMeta} />
      <p className="tf-muted">{t('packs.editor.version', { version: meta.version, next })}</p>
      {isNew && installed && <p className="tf-packs-warn">{t('packs.editor.replaces', { id: meta.id })}</p>}

      <EditorRuleList drafts={drafts} onDrafts={setDrafts} openKey={openKey} onOpenKey={setOpenKey} checkOf={checkOf} ctx={ctx} lang={lang} t={t} />

      {errors && <ErrorList title={errors.title} errors={errors.items} max={Infinity} testId="editor-errors" />}
      <div className="tf-row tf-packs-sticky">
        <button type="button" className="tf-primary" disabled={saving} onClick={() => void save()} data-action="save">
          {t(saving ? 'packs.editor.saving' : 'packs.editor.save')}
        </button>
        <button type="button" onClick={onClose} data-action="close-editor">
          {t('packs.editor.cancel')}
        </button>
      </div>
    </section>
  );
}

interface EditorRuleListProps {
  drafts: RuleDraft[];
  onDrafts(update: (ds: RuleDraft[]) => RuleDraft[]): void;
  openKey: string | null;
  onOpenKey(key: string | null): void;
  checkOf(d: RuleDraft): RuleCheck | null;
  ctx: { id: string; languages: readonly PackLanguage[] };
  lang: UiLang;
  t: Translate;
}

/** The pack's rules: a filter for long packs, the first 200 (then "show all"), and adding a rule (opened at once). */
function EditorRuleList({ drafts, onDrafts, openKey, onOpenKey, checkOf, ctx, lang, t }: EditorRuleListProps) {
  const [filter, setFilter] = useState('');
  const [all, setAll] = useState(false);
  const visible = useMemo(() => {
    const q = foldKey(filter.trim());
    const list = q ? drafts.filter((d) => foldKey(`${d.id}\n${d.patterns}\n${d.explanation}`).includes(q)) : drafts;
    return all || q ? list : list.slice(0, FIRST_RULES);
  }, [drafts, filter, all]);
  const addRule = () => {
    const d = newRuleDraft(drafts.map((x) => x.id));
    onDrafts((ds) => [...ds, d]);
    onOpenKey(d.key);
    setFilter('');
  };
  return (
    <>
      <h3>
        {t('packs.editor.rules')} <span className="tf-chip">{drafts.length}</span>
      </h3>
      {drafts.length > 8 && <input type="search" placeholder={t('packs.filterRules')} aria-label={t('packs.filterRules')} value={filter} onChange={(e) => setFilter(e.currentTarget.value)} />}
      <ul className="tf-packs-editor-rules">
        {visible.map((d) => (
          <EditorRuleRow
            key={d.key}
            draft={d}
            open={d.key === openKey}
            check={checkOf(d)}
            ctx={ctx}
            lang={lang}
            t={t}
            onOpen={(open) => onOpenKey(open ? d.key : null)}
            onDelete={() => {
              onDrafts((ds) => ds.filter((x) => x.key !== d.key));
              if (d.key === openKey) onOpenKey(null);
            }}
            onChange={(nd) => onDrafts((ds) => ds.map((x) => (x.key === d.key ? nd : x)))}
          />
        ))}
      </ul>
      {!all && !filter && drafts.length > FIRST_RULES && (
        <button type="button" onClick={() => setAll(true)}>
          {t('packs.showAllRules', { count: drafts.length })}
        </button>
      )}
      <div className="tf-row">
        <button type="button" onClick={addRule} data-action="add-rule">
          {t('packs.editor.addRule')}
        </button>
      </div>
    </>
  );
}

/** The pack's header: id (editable only before it is installed), name, author, licence, description, languages. */
function PackMetaFields({ uid, meta, isNew, t, onMeta }: { uid: string; meta: Meta; isNew: boolean; t: Translate; onMeta(update: (m: Meta) => Meta): void }) {
  const setM = <K extends keyof Meta>(k: K, v: Meta[K]) => onMeta((m) => ({ ...m, [k]: v }));
  const field = (k: 'name' | 'author' | 'description' | 'license', label: StringKey, multiline = false) => (
    <label className="tf-field" htmlFor={`${uid}-${k}`}>
      {t(label)}
      {multiline ? (
        <textarea id={`${uid}-${k}`} dir="auto" rows={2} value={meta[k] ?? ''} onChange={(e) => setM(k, e.currentTarget.value)} data-field={`pack-${k}`} />
      ) : (
        <input id={`${uid}-${k}`} type="text" dir="auto" value={meta[k] ?? ''} onChange={(e) => setM(k, e.currentTarget.value)} data-field={`pack-${k}`} />
      )}
    </label>
  );
  return (
    <>
      <div className="tf-packs-grid">
        <label className="tf-field" htmlFor={`${uid}-id`}>
          {t('packs.editor.packId')}
          <input id={`${uid}-id`} type="text" dir="ltr" value={meta.id} readOnly={!isNew} onChange={(e) => setM('id', e.currentTarget.value.trim())} data-field="pack-id" />
        </label>
        {field('name', 'packs.editor.name')}
        {field('author', 'packs.editor.author')}
        {field('license', 'packs.editor.license')}
      </div>
      {field('description', 'packs.editor.description', true)}
      <fieldset className="tf-packs-langs">
        <legend>{t('packs.editor.languages')}</legend>
        {PACK_LANGUAGES.map((l) => (
          <label key={l} className="tf-packs-switch">
            <input
              type="checkbox"
              checked={meta.languages.includes(l)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setM('languages', (on ? [...meta.languages, l] : meta.languages.filter((x) => x !== l)) as PackLanguage[]);
              }}
            />
            {t(`packs.lang.${l}`)}
          </label>
        ))}
      </fieldset>
    </>
  );
}

interface EditorRuleRowProps {
  draft: RuleDraft;
  open: boolean;
  check: RuleCheck | null;
  ctx: { id: string; languages: readonly PackLanguage[] };
  lang: UiLang;
  t: Translate;
  onOpen(open: boolean): void;
  onDelete(): void;
  onChange(next: RuleDraft): void;
}

/** One rule in the editor's list: id, category, pass/fail once checked, open (its RuleEditor) and delete. */
function EditorRuleRow({ draft: d, open, check, ctx, lang, t, onOpen, onDelete, onChange }: EditorRuleRowProps) {
  const label = d.id || '—';
  return (
    <li className="tf-packs-editor-rule" data-open={open} data-rule={d.id}>
      <div className="tf-packs-rule-head">
        <code dir="ltr">{label}</code>
        <span className="tf-chip">{t(`rewrite.category.${d.category}` as StringKey)}</span>
        {check && (
          <span className={`tf-packs-badge tf-packs-badge-${check.ok ? 'pass' : 'fail'}`} data-state={check.ok ? 'pass' : 'fail'}>
            {t(check.ok ? 'packs.editor.ruleOk' : 'packs.editor.ruleFails')}
          </span>
        )}
        <span className="tf-packs-spacer" />
        <button type="button" aria-expanded={open} aria-label={open ? undefined : t('packs.editor.openRuleLabel', { rule: label })} onClick={() => onOpen(!open)} data-action="open-rule">
          {t(open ? 'packs.editor.closeRule' : 'packs.editor.openRule')}
        </button>
        <button type="button" aria-label={t('packs.editor.deleteRuleLabel', { rule: label })} onClick={onDelete} data-action="delete-rule">
          {t('packs.editor.deleteRule')}
        </button>
      </div>
      {!open && d.explanation && (
        <div className="tf-packs-small" dir="auto">
          {d.explanation}
        </div>
      )}
      {open && <RuleEditor draft={d} pack={ctx} lang={lang} t={t} check={check ?? undefined} onChange={onChange} />}
    </li>
  );
}
