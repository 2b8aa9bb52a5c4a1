/**
 * Options > Knowledge base: the stored articles (search, edit, re-fetch, delete) and the ways to
 * import them (KbImport.tsx). Everything goes through the background; this page never opens the
 * database itself. The list comes a page at a time ('kb.list': no bodies, searched in the
 * background), so no message carries the whole knowledge base however large it grows; an
 * article's body is fetched when it is opened for editing ('kb.get').
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { sendToBackground, BackgroundError } from '../../../lib/messaging/client.ts';
import { KB_QUERY_MAX } from '../../../lib/messaging/protocol.ts';
import type { StringKey, Translate, UiLang } from '../../../lib/i18n/index.ts';
import type { KbRow, KbSummary } from '../../../lib/db/stores/kb.ts';
import { checkUrl, splitTags } from '../../../lib/kb/import.ts';
import { fetchPages } from '../../../lib/kb/fetch.ts';
import { detectLanguage } from '../../../lib/text/index.ts';
import { ErrorList, errorItems, type ErrorItem } from '../../../components/ui/ErrorList.tsx';
import { hostOf } from '../../../components/kb/KbSuggestions.tsx';
import { KbFileImport, KbWebImport, allowedBy, failureReason, importErrorText, pageFetch, requestHosts } from './KbImport.tsx';
import './KbSection.css';

/** Rows in one page of the list. */
const PAGE = 200;

interface KbPage {
  articles: KbSummary[];
  offset: number;
  total: number;
  matching: number;
}

interface Draft {
  id?: string;
  title: string;
  url: string;
  /** null until the stored body has arrived ('kb.get'). */
  body: string | null;
  language: string;
  tags: string;
  source?: KbRow['source'];
}
type DraftErrors = Partial<Record<'title' | 'url', string>>;

type Notice = { kind: 'ok' | 'error'; text: string; items?: ErrorItem[] } | null;
type SetNotice = (n: Notice) => void;
type RowStatus = { kind: 'busy' | 'ok' | 'error'; text: string };

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function KbSection({ lang, t }: { lang: UiLang; t: Translate }) {
  const [notice, setNotice] = useState<Notice>(null);
  const list = useKbPage(t, setNotice);
  const editor = useKbEditor(t, setNotice, list.load);
  const actions = useKbRowActions(t, setNotice, list.load, editor.closeIf);
  const total = list.page?.total ?? 0;
  return (
    <section className="tf-kb-section">
      <p className="tf-muted">{t('kb.intro')}</p>
      <KbToolbar t={t} list={list} onAdd={() => editor.open()} onDeleteAll={() => actions.setConfirmAll(true)} confirmingAll={actions.confirmAll} />
      {actions.confirmAll && (
        <div className="tf-row tf-kb-confirm" role="alertdialog" aria-label={t('kb.deleteAll')}>
          <span>{t('kb.deleteAllConfirm', { count: total })}</span>
          <button type="button" className="tf-kb-danger" onClick={() => void actions.removeAll()}>{t('kb.deleteYes')}</button>
          <button type="button" autoFocus onClick={() => actions.setConfirmAll(false)}>{t('core.action.cancel')}</button>
        </div>
      )}
      {notice && (notice.kind === 'error' ? <ErrorList title={notice.text} errors={notice.items} /> : <p role="status" className="tf-ok">{notice.text}</p>)}
      {editor.draft && <KbEditorForm t={t} draft={editor.draft} errors={editor.errors} onChange={editor.setDraft} onSave={() => void editor.save()} onCancel={() => editor.setDraft(null)} />}
      <KbListBody t={t} lang={lang} list={list} actions={actions} onEdit={editor.open} />
      <KbFileImport lang={lang} t={t} onImported={() => void list.load()} />
      <KbWebImport lang={lang} t={t} onImported={() => void list.load()} />
    </section>
  );
}

// ---- the list: one page at a time, searched in the background -----------------------------------------

function useKbPage(t: Translate, setNotice: SetNotice) {
  const [page, setPage] = useState<KbPage | null>(null);
  const [query, setQuery] = useState('');
  const [offset, setOffset] = useState(0);
  const latest = useRef(0);
  const load = useCallback(async () => {
    const mine = ++latest.current;
    try {
      const p = await sendToBackground<KbPage>({ type: 'kb.list', offset, limit: PAGE, query: query.trim() });
      if (mine === latest.current) setPage(p);
    } catch (e) {
      // No "No articles yet" beside the error: the list is unknown, not empty.
      if (mine === latest.current) setNotice({ kind: 'error', text: t('kb.failed', { reason: errorText(e) }) });
    }
  }, [offset, query, t, setNotice]);
  useEffect(() => void load(), [load]);
  const search = (q: string) => {
    setQuery(q);
    setOffset(0);
  };
  return { page, query, search, setOffset, load };
}
type KbList = ReturnType<typeof useKbPage>;

function KbToolbar({ t, list, onAdd, onDeleteAll, confirmingAll }: { t: Translate; list: KbList; onAdd(): void; onDeleteAll(): void; confirmingAll: boolean }) {
  const uid = useId();
  const total = list.page?.total ?? 0;
  return (
    <div className="tf-row tf-kb-toolbar">
      <label htmlFor={`${uid}-q`} className="tf-visually-hidden">{t('kb.search')}</label>
      <input id={`${uid}-q`} type="search" dir="auto" value={list.query} maxLength={KB_QUERY_MAX} placeholder={t('kb.searchPlaceholder')} onChange={(e) => list.search(e.currentTarget.value)} data-testid="kb-search" />
      <span className="tf-muted" role="status" data-testid="kb-count">
        {list.page && (list.query.trim() ? t('kb.countFiltered', { shown: list.page.matching, count: total }) : t('kb.count', { count: total }))}
      </span>
      <button type="button" onClick={onAdd}>{t('kb.add')}</button>
      {total > 0 && !confirmingAll && <button type="button" className="tf-kb-danger" onClick={onDeleteAll}>{t('kb.deleteAll')}</button>}
    </div>
  );
}

function KbListBody({ t, lang, list, actions, onEdit }: { t: Translate; lang: UiLang; list: KbList; actions: KbRowActions; onEdit(r: KbSummary): void }) {
  const { page } = list;
  if (!page) return null;
  if (page.total === 0) return <p className="tf-muted">{t('kb.none')}</p>;
  if (page.matching === 0) return <p className="tf-muted" dir="auto">{t('kb.noResults', { query: list.query.trim() })}</p>;
  return (
    <>
      <KbTable t={t} lang={lang} rows={page.articles} actions={actions} onEdit={onEdit} />
      <KbPager t={t} page={page} onPage={list.setOffset} />
    </>
  );
}

/** Previous and next page, with where this page sits in the list. */
function KbPager({ t, page, onPage }: { t: Translate; page: KbPage; onPage(offset: number): void }) {
  if (page.matching <= PAGE) return null;
  const to = Math.min(page.offset + PAGE, page.matching);
  return (
    <div className="tf-row tf-kb-pager" data-testid="kb-pager">
      <button type="button" disabled={page.offset === 0} onClick={() => onPage(Math.max(0, page.offset - PAGE))}>{t('kb.page.prev')}</button>
      <span role="status">{t('kb.page.range', { from: page.offset + 1, to, count: page.matching })}</span>
      <button type="button" disabled={to >= page.matching} onClick={() => onPage(page.offset + PAGE)}>{t('kb.page.next')}</button>
    </div>
  );
}

function KbTable({ t, lang, rows, actions, onEdit }: { t: Translate; lang: UiLang; rows: KbSummary[]; actions: KbRowActions; onEdit(r: KbSummary): void }) {
  const dateFmt = useMemo(() => new Intl.DateTimeFormat(lang === 'fa' ? 'fa-IR' : 'en-US', { dateStyle: 'medium' }), [lang]);
  return (
    <table className="tf-table tf-kb-table" data-testid="kb-table">
      <thead>
        <tr>
          <th scope="col">{t('kb.col.title')}</th>
          <th scope="col">{t('kb.col.language')}</th>
          <th scope="col">{t('kb.col.updated')}</th>
          <th scope="col">{t('kb.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <KbTableRow key={r.id} t={t} row={r} updated={dateFmt.format(r.updatedAt)} actions={actions} onEdit={onEdit} />
        ))}
      </tbody>
    </table>
  );
}

function KbTableRow({ t, row: r, updated, actions, onEdit }: { t: Translate; row: KbSummary; updated: string; actions: KbRowActions; onEdit(r: KbSummary): void }) {
  const status = actions.rowStatus.get(r.id);
  return (
    <tr data-id={r.id}>
      <td>
        <div className="tf-kb-row-title" dir="auto">{r.title}</div>
        <div className="tf-kb-row-meta">
          <a href={r.url} target="_blank" rel="noopener noreferrer" dir="ltr">{hostOf(r.url) || r.url}</a>
          {r.source && <span className="tf-chip">{t(`kb.source.${r.source}` as StringKey)}</span>}
          {(r.tags ?? []).map((tag) => (
            <span key={tag} className="tf-chip" dir="auto">{tag}</span>
          ))}
        </div>
        {status && <div className={status.kind === 'error' ? 'tf-error' : status.kind === 'ok' ? 'tf-ok' : 'tf-muted'} role="status" dir="auto">{status.text}</div>}
      </td>
      <td dir="ltr">{r.language ?? ''}</td>
      <td>{updated}</td>
      <td>
        {actions.confirming === r.id ? (
          <div className="tf-kb-confirm" role="alertdialog" aria-label={t('kb.deleteLabel', { title: r.title })}>
            <span dir="auto">{t('kb.deleteConfirm', { title: r.title })}</span>
            <div className="tf-row">
              <button type="button" className="tf-kb-danger" onClick={() => void actions.remove([r.id], 'kb.deleted')}>{t('kb.deleteYes')}</button>
              <button type="button" autoFocus onClick={() => actions.setConfirming(null)}>{t('core.action.cancel')}</button>
            </div>
          </div>
        ) : (
          <div className="tf-row tf-kb-actions-cell">
            <button type="button" aria-label={t('kb.editLabel', { title: r.title })} onClick={() => onEdit(r)}>{t('kb.edit')}</button>
            <button type="button" aria-label={t('kb.refetchLabel', { title: r.title })} disabled={status?.kind === 'busy'} onClick={() => actions.refetch(r)}>{t('kb.refetch')}</button>
            <button type="button" aria-label={t('kb.deleteLabel', { title: r.title })} onClick={() => actions.setConfirming(r.id)}>{t('kb.delete')}</button>
          </div>
        )}
      </td>
    </tr>
  );
}

// ---- editing ----------------------------------------------------------------------------------------

function useKbEditor(t: Translate, setNotice: SetNotice, reload: () => Promise<void>) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<DraftErrors>({});
  const open = (r?: KbSummary) => {
    setNotice(null);
    setErrors({});
    if (!r) return setDraft({ title: '', url: '', body: '', language: '', tags: '', source: 'manual' });
    setDraft({ id: r.id, title: r.title, url: r.url, body: null, language: r.language ?? '', tags: (r.tags ?? []).join('; '), source: r.source });
    // The body comes separately; what the agent already typed into it wins.
    void loadBody(r.id).then((body) => setDraft((d) => (d && d.id === r.id && d.body === null ? { ...d, body } : d)));
  };
  const save = async () => {
    if (!draft) return;
    const errs = draftErrors(t, draft);
    setErrors(errs);
    if (Object.keys(errs).length) return;
    const body = draft.body ?? (draft.id ? await loadBody(draft.id) : '');
    try {
      await sendToBackground({ type: 'kb.upsert', articles: [articleOf(draft, body)] });
      setDraft(null);
      setNotice({ kind: 'ok', text: t('kb.saved') });
      await reload();
    } catch (e) {
      const items = e instanceof BackgroundError ? errorItems(e.details).map((i) => ({ ...i, path: i.path?.replace(/^\[0\]\.?/, '') })) : [{ message: errorText(e) }];
      setNotice({ kind: 'error', text: t('kb.saveFailed'), items });
    }
  };
  /** Closes the editor when the article it edits was deleted. */
  const closeIf = (ids: readonly string[] | 'all') => setDraft((d) => (d?.id && (ids === 'all' || ids.includes(d.id)) ? null : d));
  return { draft, setDraft, errors, open, save, closeIf };
}

async function loadBody(id: string): Promise<string> {
  const row = await sendToBackground<KbRow | null>({ type: 'kb.get', id }).catch(() => null);
  return row?.body ?? '';
}

function draftErrors(t: Translate, draft: Draft): DraftErrors {
  const errs: DraftErrors = {};
  if (!draft.title.trim()) errs.title = t('kb.err.titleMissing');
  const urlErr = checkUrl(draft.url.trim());
  if (urlErr) errs.url = importErrorText(t, urlErr, { max: 4000 });
  return errs;
}

function articleOf(draft: Draft, rawBody: string) {
  const body = rawBody.trim();
  const detected = detectLanguage(`${draft.title}\n${body.slice(0, 4000)}`);
  const language = draft.language.trim() || (detected === 'en' || detected === 'fa' ? detected : undefined);
  const tags = splitTags(draft.tags);
  return {
    ...(draft.id ? { id: draft.id } : {}),
    title: draft.title.trim(),
    url: draft.url.trim(),
    body,
    ...(language ? { language } : {}),
    ...(tags.length ? { tags } : {}),
    source: draft.source ?? 'manual',
  };
}

function KbEditorForm({ t, draft, errors, onChange, onSave, onCancel }: { t: Translate; draft: Draft; errors: DraftErrors; onChange(d: Draft): void; onSave(): void; onCancel(): void }) {
  const uid = useId();
  const field = (k: 'title' | 'url' | 'language' | 'tags' | 'body') => (e: { currentTarget: { value: string } }) => onChange({ ...draft, [k]: e.currentTarget.value });
  return (
    <form className="tf-kb-editor" noValidate aria-label={t(draft.id ? 'kb.editing' : 'kb.adding')} onSubmit={(e) => (e.preventDefault(), onSave())}>
      <h2>{t(draft.id ? 'kb.editing' : 'kb.adding')}</h2>
      <label className="tf-field">
        {t('kb.field.title')}
        <input type="text" dir="auto" value={draft.title} aria-invalid={!!errors.title} aria-describedby={errors.title ? `${uid}-titleerr` : undefined} onChange={field('title')} data-testid="kb-edit-title" />
        {errors.title && <span id={`${uid}-titleerr`} className="tf-error">{errors.title}</span>}
      </label>
      <label className="tf-field">
        {t('kb.field.url')}
        <input type="url" dir="ltr" value={draft.url} aria-invalid={!!errors.url} aria-describedby={errors.url ? `${uid}-urlerr` : undefined} onChange={field('url')} data-testid="kb-edit-url" />
        {errors.url && <span id={`${uid}-urlerr`} className="tf-error">{errors.url}</span>}
      </label>
      <label className="tf-field tf-kb-wide">
        {t('kb.field.body')}
        <textarea dir="auto" rows={8} value={draft.body ?? ''} aria-busy={draft.body === null} onChange={field('body')} data-testid="kb-edit-body" />
      </label>
      <div className="tf-row">
        <label className="tf-field">
          {t('kb.field.language')}
          <input type="text" dir="ltr" size={8} value={draft.language} placeholder={t('kb.field.languageHint')} onChange={field('language')} data-testid="kb-edit-language" />
        </label>
        <label className="tf-field">
          {t('kb.field.tags')}
          <input type="text" dir="auto" value={draft.tags} placeholder={t('kb.field.tagsHint')} onChange={field('tags')} data-testid="kb-edit-tags" />
        </label>
      </div>
      <div className="tf-row">
        <button type="submit" className="tf-primary">{t('core.action.save')}</button>
        <button type="button" onClick={onCancel}>{t('core.action.cancel')}</button>
      </div>
    </form>
  );
}

// ---- deleting and re-fetching -------------------------------------------------------------------------

function useKbRowActions(t: Translate, setNotice: SetNotice, reload: () => Promise<void>, closeEditorIf: (ids: readonly string[] | 'all') => void) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const [rowStatus, setRowStatus] = useState<Map<string, RowStatus>>(new Map());
  const setStatus = (id: string, s: RowStatus) => setRowStatus((m) => new Map(m).set(id, s));
  const afterDelete = async (run: () => Promise<unknown>, doneKey: StringKey, ids: readonly string[] | 'all') => {
    try {
      await run();
      setNotice({ kind: 'ok', text: t(doneKey) });
      closeEditorIf(ids);
      await reload();
    } catch (e) {
      setNotice({ kind: 'error', text: t('kb.failed', { reason: errorText(e) }) });
    } finally {
      setConfirming(null);
      setConfirmAll(false);
    }
  };
  const remove = (ids: string[], doneKey: StringKey) => afterDelete(() => sendToBackground({ type: 'kb.delete', ids }), doneKey, ids);
  // Every article, without sending every id: the knowledge base may hold hundreds of thousands.
  const removeAll = () => afterDelete(() => sendToBackground({ type: 'kb.clear' }), 'kb.deletedAll', 'all');
  const refetch = (r: KbSummary) => {
    const { patterns, granted } = requestHosts([r.url]); // in the click, before any await
    setStatus(r.id, { kind: 'busy', text: t('kb.refetching') });
    void refetchArticle(t, r, patterns, granted).then(async (s) => {
      setStatus(r.id, s);
      if (s.kind === 'ok') await reload();
    });
  };
  return { confirming, setConfirming, confirmAll, setConfirmAll, rowStatus, remove, removeAll, refetch };
}
type KbRowActions = ReturnType<typeof useKbRowActions>;

/** Reads the article's page again and saves it, keeping what the agent set by hand. */
async function refetchArticle(t: Translate, r: KbSummary, patterns: string[], granted: Promise<boolean>): Promise<RowStatus> {
  try {
    if (!(await granted)) return { kind: 'error', text: t('kb.refetchFailed', { title: r.title, reason: t('kb.fail.notAllowed') }) };
    const res = await fetchPages([r.url], { fetch: pageFetch, isAllowed: allowedBy(patterns), idFor: () => r.id });
    const f = res.failures[0];
    if (f || !res.articles.length) return { kind: 'error', text: t('kb.refetchFailed', { title: r.title, reason: f ? failureReason(t, f) : t('kb.fail.noText') }) };
    const a = res.articles[0];
    // Keep the tags, and the language unless the page says otherwise.
    await sendToBackground({ type: 'kb.upsert', articles: [{ ...a, language: a.language ?? r.language, ...(r.tags?.length ? { tags: r.tags } : {}) }] });
    return { kind: 'ok', text: t('kb.refetched', { title: a.title }) };
  } catch (e) {
    return { kind: 'error', text: t('kb.refetchFailed', { title: r.title, reason: errorText(e) }) };
  }
}
