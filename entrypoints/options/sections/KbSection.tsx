/**
 * Options > Knowledge base: the stored articles (search, edit, re-fetch, delete) and the ways to
 * import them (KbImport.tsx). Everything goes through the background; this page never opens the
 * database itself.
 */
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { sendToBackground, BackgroundError } from '../../../lib/messaging/client.ts';
import type { StringKey, Translate, UiLang } from '../../../lib/i18n/index.ts';
import type { KbRow } from '../../../lib/db/stores/kb.ts';
import { checkUrl, splitTags } from '../../../lib/kb/import.ts';
import { fetchPages } from '../../../lib/kb/fetch.ts';
import { detectLanguage, foldKey } from '../../../lib/text/index.ts';
import { ErrorList, errorItems, type ErrorItem } from '../../../components/ui/ErrorList.tsx';
import { hostOf } from '../../../components/kb/KbSuggestions.tsx';
import { KbFileImport, KbWebImport, allowedBy, failureReason, importErrorText, pageFetch, requestHosts } from './KbImport.tsx';
import './KbSection.css';

/** Rows drawn at once; the search narrows the rest. */
const SHOWN = 200;

interface Draft {
  id?: string;
  title: string;
  url: string;
  body: string;
  language: string;
  tags: string;
  source?: KbRow['source'];
}

type Notice = { kind: 'ok' | 'error'; text: string; items?: ErrorItem[] } | null;
type RowStatus = { kind: 'busy' | 'ok' | 'error'; text: string };

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function KbSection({ lang, t }: { lang: UiLang; t: Translate }) {
  const uid = useId();
  const [rows, setRows] = useState<KbRow[] | null>(null);
  const [query, setQuery] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [draftErrors, setDraftErrors] = useState<Partial<Record<'title' | 'url', string>>>({});
  const [confirming, setConfirming] = useState<string | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [rowStatus, setRowStatus] = useState<Map<string, RowStatus>>(new Map());

  const load = useCallback(async () => {
    try {
      setRows(await sendToBackground<KbRow[]>({ type: 'kb.list' }));
    } catch (e) {
      setRows([]);
      setNotice({ kind: 'error', text: t('kb.failed', { reason: errorText(e) }) });
    }
  }, [t]);
  useEffect(() => void load(), [load]);

  const keys = useMemo(() => new Map((rows ?? []).map((r) => [r.id, foldKey(`${r.title} ${r.url} ${(r.tags ?? []).join(' ')}`)])), [rows]);
  const filtered = useMemo(() => {
    const q = foldKey(query.trim());
    if (!rows || !q) return rows ?? [];
    return rows.filter((r) => keys.get(r.id)!.includes(q));
  }, [rows, keys, query]);

  const dateFmt = useMemo(() => new Intl.DateTimeFormat(lang === 'fa' ? 'fa-IR' : 'en-US', { dateStyle: 'medium' }), [lang]);
  const setStatus = (id: string, s: RowStatus | null) =>
    setRowStatus((m) => {
      const next = new Map(m);
      if (s) next.set(id, s);
      else next.delete(id);
      return next;
    });

  // ---- editing ------------------------------------------------------------------------------------
  const openEditor = (r?: KbRow) => {
    setNotice(null);
    setDraftErrors({});
    setDraft(
      r
        ? { id: r.id, title: r.title, url: r.url, body: r.body, language: r.language ?? '', tags: (r.tags ?? []).join('; '), source: r.source }
        : { title: '', url: '', body: '', language: '', tags: '', source: 'manual' },
    );
  };

  const saveDraft = async () => {
    if (!draft) return;
    const errs: Partial<Record<'title' | 'url', string>> = {};
    if (!draft.title.trim()) errs.title = t('kb.err.titleMissing');
    const urlErr = checkUrl(draft.url.trim());
    if (urlErr) errs.url = importErrorText(t, urlErr, { max: 4000 });
    setDraftErrors(errs);
    if (Object.keys(errs).length) return;
    const body = draft.body.trim();
    const detected = detectLanguage(`${draft.title}\n${body.slice(0, 4000)}`);
    const language = draft.language.trim() || (detected === 'en' || detected === 'fa' ? detected : undefined);
    const tags = splitTags(draft.tags);
    const article = {
      ...(draft.id ? { id: draft.id } : {}),
      title: draft.title.trim(),
      url: draft.url.trim(),
      body,
      ...(language ? { language } : {}),
      ...(tags.length ? { tags } : {}),
      source: draft.source ?? 'manual',
    };
    try {
      await sendToBackground({ type: 'kb.upsert', articles: [article] });
      setDraft(null);
      setNotice({ kind: 'ok', text: t('kb.saved') });
      await load();
    } catch (e) {
      const items = e instanceof BackgroundError ? errorItems(e.details).map((i) => ({ ...i, path: i.path?.replace(/^\[0\]\.?/, '') })) : [{ message: errorText(e) }];
      setNotice({ kind: 'error', text: t('kb.saveFailed'), items });
    }
  };

  // ---- deleting -----------------------------------------------------------------------------------
  const remove = async (ids: string[], doneKey: StringKey) => {
    try {
      await sendToBackground({ type: 'kb.delete', ids });
      setNotice({ kind: 'ok', text: t(doneKey) });
      if (draft?.id && ids.includes(draft.id)) setDraft(null);
      await load();
    } catch (e) {
      setNotice({ kind: 'error', text: t('kb.failed', { reason: errorText(e) }) });
    } finally {
      setConfirming(null);
      setConfirmAll(false);
    }
  };

  // ---- re-fetch -----------------------------------------------------------------------------------
  const refetch = (r: KbRow) => {
    const { patterns, granted } = requestHosts([r.url]); // in the click, before any await
    setStatus(r.id, { kind: 'busy', text: t('kb.refetching') });
    void (async () => {
      try {
        if (!(await granted)) {
          setStatus(r.id, { kind: 'error', text: t('kb.refetchFailed', { title: r.title, reason: t('kb.fail.notAllowed') }) });
          return;
        }
        const res = await fetchPages([r.url], { fetch: pageFetch, isAllowed: allowedBy(patterns), idFor: () => r.id });
        const f = res.failures[0];
        if (f || !res.articles.length) {
          setStatus(r.id, { kind: 'error', text: t('kb.refetchFailed', { title: r.title, reason: f ? failureReason(t, f) : t('kb.fail.noText') }) });
          return;
        }
        const a = res.articles[0];
        // Keep what the agent set by hand: tags, and the language unless the page says otherwise.
        await sendToBackground({ type: 'kb.upsert', articles: [{ ...a, language: a.language ?? r.language, ...(r.tags?.length ? { tags: r.tags } : {}) }] });
        setStatus(r.id, { kind: 'ok', text: t('kb.refetched', { title: a.title }) });
        await load();
      } catch (e) {
        setStatus(r.id, { kind: 'error', text: t('kb.refetchFailed', { title: r.title, reason: errorText(e) }) });
      }
    })();
  };

  // ---- rendering ----------------------------------------------------------------------------------
  const total = rows?.length ?? 0;
  const shown = filtered.slice(0, SHOWN);

  return (
    <section className="tf-kb-section">
      <p className="tf-muted">{t('kb.intro')}</p>

      <div className="tf-row tf-kb-toolbar">
        <label htmlFor={`${uid}-q`} className="tf-visually-hidden">{t('kb.search')}</label>
        <input id={`${uid}-q`} type="search" dir="auto" value={query} placeholder={t('kb.searchPlaceholder')} onChange={(e) => setQuery(e.currentTarget.value)} data-testid="kb-search" />
        <span className="tf-muted" role="status" data-testid="kb-count">
          {query.trim() ? t('kb.countFiltered', { shown: filtered.length, count: total }) : t('kb.count', { count: total })}
        </span>
        <button type="button" onClick={() => openEditor()}>{t('kb.add')}</button>
        {total > 0 && !confirmAll && (
          <button type="button" className="tf-kb-danger" onClick={() => setConfirmAll(true)}>{t('kb.deleteAll')}</button>
        )}
      </div>
      {confirmAll && (
        <div className="tf-row tf-kb-confirm" role="alertdialog" aria-label={t('kb.deleteAll')}>
          <span>{t('kb.deleteAllConfirm', { count: total })}</span>
          <button type="button" className="tf-kb-danger" onClick={() => void remove((rows ?? []).map((r) => r.id), 'kb.deletedAll')}>{t('kb.deleteYes')}</button>
          <button type="button" autoFocus onClick={() => setConfirmAll(false)}>{t('core.action.cancel')}</button>
        </div>
      )}

      {notice && (notice.kind === 'error' ? <ErrorList title={notice.text} errors={notice.items} /> : <p role="status" className="tf-ok">{notice.text}</p>)}

      {draft && (
        <form
          className="tf-kb-editor"
          noValidate
          aria-label={t(draft.id ? 'kb.editing' : 'kb.adding')}
          onSubmit={(e) => {
            e.preventDefault();
            void saveDraft();
          }}
        >
          <h2>{t(draft.id ? 'kb.editing' : 'kb.adding')}</h2>
          <label className="tf-field">
            {t('kb.field.title')}
            <input type="text" dir="auto" value={draft.title} aria-invalid={!!draftErrors.title} aria-describedby={draftErrors.title ? `${uid}-titleerr` : undefined} onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })} data-testid="kb-edit-title" />
            {draftErrors.title && <span id={`${uid}-titleerr`} className="tf-error">{draftErrors.title}</span>}
          </label>
          <label className="tf-field">
            {t('kb.field.url')}
            <input type="url" dir="ltr" value={draft.url} aria-invalid={!!draftErrors.url} aria-describedby={draftErrors.url ? `${uid}-urlerr` : undefined} onChange={(e) => setDraft({ ...draft, url: e.currentTarget.value })} data-testid="kb-edit-url" />
            {draftErrors.url && <span id={`${uid}-urlerr`} className="tf-error">{draftErrors.url}</span>}
          </label>
          <label className="tf-field tf-kb-wide">
            {t('kb.field.body')}
            <textarea dir="auto" rows={8} value={draft.body} onChange={(e) => setDraft({ ...draft, body: e.currentTarget.value })} data-testid="kb-edit-body" />
          </label>
          <div className="tf-row">
            <label className="tf-field">
              {t('kb.field.language')}
              <input type="text" dir="ltr" size={8} value={draft.language} placeholder={t('kb.field.languageHint')} onChange={(e) => setDraft({ ...draft, language: e.currentTarget.value })} data-testid="kb-edit-language" />
            </label>
            <label className="tf-field">
              {t('kb.field.tags')}
              <input type="text" dir="auto" value={draft.tags} placeholder={t('kb.field.tagsHint')} onChange={(e) => setDraft({ ...draft, tags: e.currentTarget.value })} data-testid="kb-edit-tags" />
            </label>
          </div>
          <div className="tf-row">
            <button type="submit" className="tf-primary">{t('core.action.save')}</button>
            <button type="button" onClick={() => setDraft(null)}>{t('core.action.cancel')}</button>
          </div>
        </form>
      )}

      {rows && total === 0 && <p className="tf-muted">{t('kb.none')}</p>}
      {rows && total > 0 && filtered.length === 0 && <p className="tf-muted" dir="auto">{t('kb.noResults', { query: query.trim() })}</p>}
      {shown.length > 0 && (
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
            {shown.map((r) => {
              const status = rowStatus.get(r.id);
              return (
                <tr key={r.id} data-id={r.id}>
                  <td>
                    <div className="tf-kb-row-title" dir="auto">{r.title}</div>
                    <div className="tf-kb-row-meta">
                      <a href={r.url} target="_blank" rel="noopener noreferrer" dir="ltr">{hostOf(r.url) || r.url}</a>
                      {r.source && <span className="tf-chip">{t(`kb.source.${r.source}` as StringKey)}</span>}
                      {(r.tags ?? []).map((tag) => (
                        <span key={tag} className="tf-chip" dir="auto">{tag}</span>
                      ))}
                    </div>
                    {status && (
                      <div className={status.kind === 'error' ? 'tf-error' : status.kind === 'ok' ? 'tf-ok' : 'tf-muted'} role="status" dir="auto">{status.text}</div>
                    )}
                  </td>
                  <td dir="ltr">{r.language ?? ''}</td>
                  <td>{dateFmt.format(r.updatedAt)}</td>
                  <td>
                    {confirming === r.id ? (
                      <div className="tf-kb-confirm" role="alertdialog" aria-label={t('kb.deleteLabel', { title: r.title })}>
                        <span dir="auto">{t('kb.deleteConfirm', { title: r.title })}</span>
                        <div className="tf-row">
                          <button type="button" className="tf-kb-danger" onClick={() => void remove([r.id], 'kb.deleted')}>{t('kb.deleteYes')}</button>
                          <button type="button" autoFocus onClick={() => setConfirming(null)}>{t('core.action.cancel')}</button>
                        </div>
                      </div>
                    ) : (
                      <div className="tf-row tf-kb-actions-cell">
                        <button type="button" aria-label={t('kb.editLabel', { title: r.title })} onClick={() => openEditor(r)}>{t('kb.edit')}</button>
                        <button type="button" aria-label={t('kb.refetchLabel', { title: r.title })} disabled={status?.kind === 'busy'} onClick={() => refetch(r)}>{t('kb.refetch')}</button>
                        <button type="button" aria-label={t('kb.deleteLabel', { title: r.title })} onClick={() => setConfirming(r.id)}>{t('kb.delete')}</button>
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {filtered.length > SHOWN && <p className="tf-muted">{t('kb.moreHidden', { shown: SHOWN })}</p>}

      <KbFileImport lang={lang} t={t} onImported={() => void load()} />
      <KbWebImport lang={lang} t={t} onImported={() => void load()} />
    </section>
  );
}
