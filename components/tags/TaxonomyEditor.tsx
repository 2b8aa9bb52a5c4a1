/**
 * Editing the team's root-cause tags: add, rename in both languages, recolour, set the owner
 * team, reorder, merge one tag into another, retire and bring back. Every change goes out as a
 * whole new taxonomy through onChange; nothing is saved here.
 */
import { useId, useState } from 'react';
import type { Translate, UiLang } from '../../lib/i18n/index.ts';
import {
  OWNER_TEAMS,
  TagError,
  addTag,
  exportTaxonomy,
  findTag,
  mergeTags,
  moveTag,
  offeredTags,
  recolorTag,
  renameTag,
  retireTag,
  setOwnerTeam,
  sortedTags,
  tagName,
  unmergeTag,
  unretireTag,
  type Tag,
  type Taxonomy,
} from '../../lib/tags/index.ts';
import { teamName } from './util.ts';
import './TaxonomyEditor.css';
import { FileInput } from '../ui/FileInput.tsx';

export interface TaxonomyEditorProps {
  taxonomy: Taxonomy;
  lang: UiLang;
  t: Translate;
  onChange(next: Taxonomy): void;
  onExport(json: string): void;
  onImport(text: string): void;
  importError?: string | null;
}

function TeamSelect(p: { value: string; t: Translate; onChange(v: string): void; label: string }) {
  const known = (OWNER_TEAMS as readonly string[]).includes(p.value) || p.value === '';
  return (
    <select aria-label={p.label} value={p.value} onChange={(e) => p.onChange(e.target.value)}>
      {!known && <option value={p.value}>{p.value}</option>}
      {p.value === '' && <option value="">—</option>}
      {OWNER_TEAMS.map((team) => (
        <option key={team} value={team}>
          {teamName(p.t, team)}
        </option>
      ))}
    </select>
  );
}

/** A name field that commits on blur or Enter, so clearing it to retype does not fight the parent. */
function NameInput(p: { value: string; label: string; dir: 'ltr' | 'rtl'; onCommit(v: string): boolean }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    if (draft.trim() !== p.value && !p.onCommit(draft)) {
      setDraft(null);
      return;
    }
    setDraft(null);
  };
  return (
    <input
      type="text"
      aria-label={p.label}
      dir={p.dir}
      value={draft ?? p.value}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(null);
      }}
    />
  );
}

type Apply = (fn: () => Taxonomy) => boolean;

function MergePicker(p: { taxonomy: Taxonomy; tag: Tag; label: string; lang: UiLang; t: Translate; into: string; onInto(id: string): void; apply: Apply; onDone(): void }) {
  const { t, tag } = p;
  return (
    <span className="tags-editor-merge">
      <label>
        {t('tags.editor.mergeLabel', { name: p.label })}
        <select value={p.into} onChange={(e) => p.onInto(e.target.value)}>
          <option value="">{t('tags.editor.chooseTarget')}</option>
          {offeredTags(p.taxonomy)
            .filter((o) => o.id !== tag.id)
            .map((o) => (
              <option key={o.id} value={o.id}>
                {tagName(o, p.lang)}
              </option>
            ))}
        </select>
      </label>
      <button type="button" disabled={p.into === ''} onClick={() => p.apply(() => mergeTags(p.taxonomy, tag.id, p.into)) && p.onDone()}>
        {t('tags.editor.mergeConfirm')}
      </button>
      <button type="button" onClick={p.onDone}>
        {t('tags.editor.cancel')}
      </button>
    </span>
  );
}

interface RowProps {
  taxonomy: Taxonomy;
  tag: Tag;
  index: number;
  count: number;
  lang: UiLang;
  t: Translate;
  apply: Apply;
  merging: { from: string; into: string } | null;
  setMerging(m: { from: string; into: string } | null): void;
}

function RowButtons({ r, label, merged }: { r: RowProps; label: string; merged: boolean }) {
  const { taxonomy, tag, t, apply } = r;
  return (
    <span className="tags-editor-buttons">
      <button type="button" aria-label={`${t('tags.editor.moveUp')}: ${label}`} title={t('tags.editor.moveUp')} disabled={r.index === 0} onClick={() => apply(() => moveTag(taxonomy, tag.id, -1))}>
        ↑
      </button>
      <button type="button" aria-label={`${t('tags.editor.moveDown')}: ${label}`} title={t('tags.editor.moveDown')} disabled={r.index === r.count - 1} onClick={() => apply(() => moveTag(taxonomy, tag.id, 1))}>
        ↓
      </button>
      {tag.retired ? (
        <button type="button" onClick={() => apply(() => unretireTag(taxonomy, tag.id))}>
          {t('tags.editor.unretire')}
        </button>
      ) : (
        <button type="button" onClick={() => apply(() => retireTag(taxonomy, tag.id))}>
          {t('tags.editor.retire')}
        </button>
      )}
      {merged ? (
        <button type="button" onClick={() => apply(() => unmergeTag(taxonomy, tag.id))}>
          {t('tags.editor.unmerge')}
        </button>
      ) : (
        <button type="button" aria-expanded={r.merging?.from === tag.id} onClick={() => r.setMerging(r.merging?.from === tag.id ? null : { from: tag.id, into: '' })}>
          {t('tags.editor.merge')}
        </button>
      )}
    </span>
  );
}

function TagRow(r: RowProps) {
  const { taxonomy, tag, lang, t, apply } = r;
  const target = tag.mergedInto ? findTag(taxonomy, tag.mergedInto) : undefined;
  const label = tagName(tag, lang);
  return (
    <li className={`tags-editor-row${tag.retired ? ' tags-editor-retired' : ''}${target ? ' tags-editor-merged' : ''}`} data-tag-id={tag.id}>
      <input type="color" aria-label={`${t('tags.editor.color')}: ${label}`} value={tag.color} onChange={(e) => apply(() => recolorTag(taxonomy, tag.id, e.target.value))} />
      <NameInput value={tag.name.en} dir="ltr" label={`${t('tags.editor.nameEn')}: ${label}`} onCommit={(v) => apply(() => renameTag(taxonomy, tag.id, { en: v }))} />
      <NameInput value={tag.name.fa} dir="rtl" label={`${t('tags.editor.nameFa')}: ${label}`} onCommit={(v) => apply(() => renameTag(taxonomy, tag.id, { fa: v }))} />
      <TeamSelect value={tag.ownerTeam} t={t} label={`${t('tags.editor.ownerTeam')}: ${label}`} onChange={(v) => apply(() => setOwnerTeam(taxonomy, tag.id, v))} />
      <RowButtons r={r} label={label} merged={!!target} />
      {tag.retired && <span className="tags-editor-badge">{t('tags.editor.retiredBadge')}</span>}
      {target && <span className="tags-editor-badge">{t('tags.editor.mergedInto', { name: tagName(target, lang) })}</span>}
      {r.merging?.from === tag.id && (
        <MergePicker taxonomy={taxonomy} tag={tag} label={label} lang={lang} t={t} into={r.merging.into} onInto={(into) => r.setMerging({ from: tag.id, into })} apply={apply} onDone={() => r.setMerging(null)} />
      )}
    </li>
  );
}

function NewTagForm({ ids, taxonomy, t, apply }: { ids: string; taxonomy: Taxonomy; t: Translate; apply: Apply }) {
  const [draft, setDraft] = useState({ en: '', fa: '', color: '#495057', ownerTeam: 'support' });
  return (
    <form
      className="tags-editor-add"
      aria-labelledby={`${ids}-new`}
      onSubmit={(e) => {
        e.preventDefault();
        const ok = apply(() => addTag(taxonomy, { name: { en: draft.en, fa: draft.fa }, color: draft.color, ownerTeam: draft.ownerTeam }));
        if (ok) setDraft({ ...draft, en: '', fa: '' });
      }}
    >
      <h3 id={`${ids}-new`}>{t('tags.editor.newTag')}</h3>
      <label>
        {t('tags.editor.nameEn')}
        <input type="text" dir="ltr" value={draft.en} onChange={(e) => setDraft({ ...draft, en: e.target.value })} />
      </label>
      <label>
        {t('tags.editor.nameFa')}
        <input type="text" dir="rtl" value={draft.fa} onChange={(e) => setDraft({ ...draft, fa: e.target.value })} />
      </label>
      <label>
        {t('tags.editor.color')}
        <input type="color" value={draft.color} onChange={(e) => setDraft({ ...draft, color: e.target.value })} />
      </label>
      <label>
        {t('tags.editor.ownerTeam')}
        <TeamSelect value={draft.ownerTeam} t={t} label={t('tags.editor.ownerTeam')} onChange={(v) => setDraft({ ...draft, ownerTeam: v })} />
      </label>
      <button type="submit">{t('tags.editor.add')}</button>
    </form>
  );
}

/** Export, and an import that asks before it replaces the team's tag list. */
function ImportExport(p: { taxonomy: Taxonomy; t: Translate; onExport(json: string): void; onImport(text: string): void; importError?: string | null }) {
  const { t } = p;
  const [pending, setPending] = useState<{ name: string; text: string } | null>(null);
  return (
    <>
      <div className="tags-editor-actions">
        <button type="button" onClick={() => p.onExport(exportTaxonomy(p.taxonomy))}>
          {t('tags.editor.export')}
        </button>
        <label className="tags-editor-import">
          {t('tags.editor.import')}
          <FileInput label={t('core.file.choose')} accept=".json,application/json" onFile={(f) => void f.text().then((text) => setPending({ name: f.name, text }))} />
        </label>
      </div>
      {pending && (
        <div className="tags-editor-confirm" role="alertdialog" aria-label={t('tags.editor.importConfirmTitle')}>
          <p dir="auto">{t('tags.editor.importConfirm', { file: pending.name, count: p.taxonomy.tags.length })}</p>
          <button type="button" onClick={() => { p.onImport(pending.text); setPending(null); }}>
            {t('tags.editor.importReplace')}
          </button>
          <button type="button" onClick={() => setPending(null)}>
            {t('tags.editor.cancel')}
          </button>
        </div>
      )}
      {p.importError && (
        <p className="tags-editor-error" role="alert" dir="auto">
          {t('tags.editor.importError')} {p.importError}
        </p>
      )}
    </>
  );
}

export function TaxonomyEditor(p: TaxonomyEditorProps) {
  const { taxonomy, lang, t } = p;
  const ids = useId();
  const [error, setError] = useState<string | null>(null);
  const [merging, setMerging] = useState<{ from: string; into: string } | null>(null);
  const apply: Apply = (fn) => {
    try {
      const next = fn();
      setError(null);
      p.onChange(next);
      return true;
    } catch (e) {
      // The lib's messages are for developers; the only one an editor can cause is an empty name.
      setError(e instanceof TagError ? t('tags.editor.nameRequired') : String((e as Error).message));
      return false;
    }
  };
  const tags = sortedTags(taxonomy);
  return (
    <section className="tags-editor" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('tags.editor.title')}</h2>
      <ul className="tags-editor-list">
        {tags.map((tag, i) => (
          <TagRow key={tag.id} taxonomy={taxonomy} tag={tag} index={i} count={tags.length} lang={lang} t={t} apply={apply} merging={merging} setMerging={setMerging} />
        ))}
      </ul>
      <NewTagForm ids={ids} taxonomy={taxonomy} t={t} apply={apply} />
      {error && (
        <p className="tags-editor-error" role="alert">
          {error}
        </p>
      )}
      <ImportExport taxonomy={taxonomy} t={t} onExport={p.onExport} onImport={p.onImport} importError={p.importError} />
    </section>
  );
}
