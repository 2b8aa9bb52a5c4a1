/**
 * The panel: one app for the in-page overlay (iframe) and the browser's own side panel. It
 * renders from the page state the content script sends, computes rewrites and tone locally
 * (the customer's text never leaves the browser), and asks the background for data.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../lib/messaging/client.ts';
import { FromPageSchema, type PageState, type Prefs, type WriteOp, type WriteResult } from '../../lib/messaging/protocol.ts';
import { dirOf, translator, uiLangFrom, type UiLang } from '../../lib/i18n/index.ts';
import { suggestRewrites, positivityScore, type Suggestion } from '../../lib/rewrite/index.ts';
import type { ApplyAllPlan } from '../../lib/rewrite/applyall.ts';
import { blankRanges, outsideRanges, type TextRange } from '../../lib/text/quotes.ts';
import type { PhrasePack } from '../../lib/packs/index.ts';
import { readCustomerTone } from '../../lib/tone/index.ts';
import { suggestTag, type Taxonomy } from '../../lib/tags/index.ts';
import type { KbArticle } from '../../lib/kb/index.ts';
import { formatLinkForInsert } from '../../lib/kb/index.ts';
import { RewriteList } from '../../components/rewrite/RewriteList.tsx';
import { ToneCueBar } from '../../components/tone/ToneCueBar.tsx';
import { KbSuggestions } from '../../components/kb/KbSuggestions.tsx';
import { TagBar } from '../../components/tags/TagBar.tsx';
import { PanelHeader } from '../../components/panel/PanelHeader.tsx';
import { Notice } from '../../components/panel/Notice.tsx';
import { applyTheme } from '../../components/ui/theme.ts';

type PackEntry = { pack: PhrasePack; builtin: boolean; enabled: boolean };
type KbHit = { article: KbArticle; score: number; matchedTerms: string[] };

export function App({ mode }: { mode: 'overlay' | 'side' }) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [page, setPage] = useState<PageState | null>(null);
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [packs, setPacks] = useState<PackEntry[]>([]);
  const [taxonomy, setTaxonomy] = useState<Taxonomy | null>(null);
  const [activeTags, setActiveTags] = useState<Set<string>>(new Set());
  const [tagUndo, setTagUndo] = useState<{ label: string; onUndo(): void } | null>(null);
  const [kb, setKb] = useState<{ hits: KbHit[]; total: number } | null>(null);
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const [dismissedCues, setDismissedCues] = useState<Set<string>>(new Set());
  const [wrongCues, setWrongCues] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error' | 'info'; text: string } | null>(null);
  const [noPage, setNoPage] = useState(false);

  const lang: UiLang = prefs && prefs.uiLanguage !== 'auto' ? prefs.uiLanguage : uiLangFrom(browser.i18n?.getUILanguage?.() ?? navigator.language);
  const t = useMemo(() => translator(lang), [lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    document.title = t('core.panel.title');
  }, [lang, t]);
  useEffect(() => applyTheme(prefs?.theme ?? 'system'), [prefs?.theme]);

  // ---- which tab we serve ----------------------------------------------------------------------
  useEffect(() => {
    let cancelled = false;
    const pick = async () => {
      if (mode === 'overlay') {
        const tab = await browser.tabs.getCurrent();
        if (!cancelled) setTabId(tab?.id ?? null);
      } else {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        if (!cancelled) setTabId(tab?.id ?? null);
      }
    };
    void pick();
    if (mode === 'side') {
      const onActivated = () => void pick();
      browser.tabs.onActivated.addListener(onActivated);
      return () => {
        cancelled = true;
        browser.tabs.onActivated.removeListener(onActivated);
      };
    }
    return () => {
      cancelled = true;
    };
  }, [mode]);

  const toPage = useCallback(
    async <T,>(msg: unknown): Promise<T | null> => {
      if (tabId === null) return null;
      try {
        return (await browser.tabs.sendMessage(tabId, msg, { frameId: 0 })) as T;
      } catch {
        return null;
      }
    },
    [tabId],
  );

  // ---- page state ------------------------------------------------------------------------------
  useEffect(() => {
    if (tabId === null) return;
    const listener = (raw: unknown, sender: { id?: string; tab?: { id?: number } }) => {
      if (sender.id !== browser.runtime.id || sender.tab?.id !== tabId) return;
      const parsed = FromPageSchema.safeParse(raw);
      if (parsed.success) {
        setPage(parsed.data.state);
        setNoPage(false);
      }
    };
    browser.runtime.onMessage.addListener(listener);
    void toPage<PageState | null>({ type: 'page.read' }).then((s) => {
      if (s) setPage(s);
      else if (mode === 'side') {
        // The side panel serves a tab where the overlay is closed: open the reader there.
        void sendToBackground({ type: 'panel.toggleInTab', tabId }).catch(() => {});
        setNoPage(true);
      }
    });
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [tabId, toPage, mode]);

  // ---- data from the background ----------------------------------------------------------------
  const loadPacks = useCallback(async () => setPacks(await sendToBackground<PackEntry[]>({ type: 'packs.list' })), []);
  useEffect(() => {
    void sendToBackground<Prefs>({ type: 'prefs.get' }).then(setPrefs).catch((e) => setNotice({ kind: 'error', text: String(e.message ?? e) }));
    void loadPacks().catch(() => {});
    void sendToBackground<{ taxonomy: Taxonomy }>({ type: 'tags.state' }).then((s) => setTaxonomy(s.taxonomy)).catch(() => {});
  }, [loadPacks]);

  const conversation = page?.conversationId ?? '';
  useEffect(() => {
    if (!conversation) return;
    setDismissed(new Set());
    setDismissedCues(new Set());
    setWrongCues(new Set());
    setTagUndo(null);
    void sendToBackground<string[]>({ type: 'tags.forConversation', conversation }).then((ids) => setActiveTags(new Set(ids))).catch(() => {});
  }, [conversation]);

  // ---- analysis (local, per keystroke) --------------------------------------------------------
  const enabledPacks = useMemo(() => packs.filter((p) => p.enabled).map((p) => p.pack), [packs]);
  const silenced = useMemo(() => new Set(prefs?.silencedRules ?? []), [prefs?.silencedRules]);
  const draft = page?.draft ?? '';
  // The customer's words quoted in the reply are not the agent's: never flagged, scored or rewritten.
  const quotes = (page?.draftQuotes ?? NO_QUOTES) as TextRange[];
  const suggestions = useMemo(() => {
    const all = outsideRanges(suggestRewrites(draft, enabledPacks, { silenced, minSeverity: prefs?.minSeverity }), quotes);
    return all.filter((s) => !dismissed.has(dismissKey(s)));
  }, [draft, quotes, enabledPacks, silenced, prefs?.minSeverity, dismissed]);
  const score = useMemo(() => positivityScore(blankRanges(draft, quotes), suggestions), [draft, quotes, suggestions]);

  const customerText = page?.customer?.text ?? '';
  const tone = useMemo(() => (customerText ? readCustomerTone(customerText) : null), [customerText]);
  const suggestedTag = useMemo(() => (customerText && taxonomy ? suggestTag(customerText, taxonomy) : null), [customerText, taxonomy]);

  useEffect(() => {
    if (!customerText) {
      setKb(null);
      return;
    }
    const timer = setTimeout(() => {
      void sendToBackground<KbHit[]>({ type: 'kb.suggest', text: customerText.slice(0, 20_000), limit: 5 })
        .then(async (hits) => {
          // Only an empty result needs to know whether there are articles at all.
          const total = hits.length ? 1 : await sendToBackground<number>({ type: 'kb.count' });
          setKb({ hits, total });
        })
        .catch(() => setKb({ hits: [], total: 0 }));
    }, 150);
    return () => clearTimeout(timer);
  }, [customerText]);

  // ---- writing ---------------------------------------------------------------------------------
  const write = useCallback(
    async (op: WriteOp, fallbackText: string) => {
      const res = await toPage<WriteResult>({ type: 'page.write', write: op, draftVersion: page?.draftVersion });
      if (res?.ok) {
        setNotice(null);
        return true;
      }
      // No strategy applied: the text goes to the clipboard, and we say so.
      try {
        await navigator.clipboard.writeText(fallbackText);
        setNotice({ kind: 'info', text: t('core.write.copied') });
      } catch {
        setNotice({ kind: 'error', text: t('core.write.failed', { reason: res?.error ?? t('core.write.noEditor') }) });
      }
      return false;
    },
    [toPage, page?.draftVersion, t],
  );

  const onApply = useCallback(
    (s: Suggestion, i: number) => void write({ op: 'replace', start: s.start, end: s.end, expected: s.original, text: s.replacements[i] ?? s.replacements[0] }, s.replacements[i] ?? ''),
    [write],
  );
  // Called after the agent confirmed the preview: exactly the edits it showed.
  const onApplyAll = useCallback((plan: ApplyAllPlan) => void write({ op: 'replaceMany', edits: plan.edits }, plan.result), [write]);
  const onDismiss = useCallback((s: Suggestion) => setDismissed((d) => new Set(d).add(dismissKey(s))), []);
  const onSilence = useCallback(async (s: Suggestion) => {
    setPrefs(await sendToBackground<Prefs>({ type: 'rules.silence', key: `${s.packId}/${s.ruleId}`, silenced: true }));
    setNotice({ kind: 'info', text: t('core.rule.silenced') });
  }, [t]);
  const onFocusSuggestion = useCallback(
    (s: Suggestion | null) => void toPage(s ? { type: 'page.highlight', start: s.flagged.start, end: s.flagged.end } : { type: 'page.unhighlight' }),
    [toPage],
  );

  const onInsertArticle = useCallback(
    (a: KbArticle) => {
      const rich = page?.editor.rich ?? false;
      const link = formatLinkForInsert(a, rich ? 'rich' : 'plain');
      void write({ op: 'link', title: a.title, url: a.url }, link.text);
    },
    [write, page?.editor.rich],
  );

  const onToggleTag = useCallback(
    async (tagId: string) => {
      if (!page) return;
      const res = await sendToBackground<{ active: string[]; action: 'add' | 'remove'; undo: unknown[] }>({
        type: 'tags.toggle', tagId, conversation: page.conversationId, site: page.host,
      });
      setActiveTags(new Set(res.active));
      setTagUndo({
        label: t(res.action === 'add' ? 'core.tag.added' : 'core.tag.removed'),
        onUndo: async () => {
          await sendToBackground({ type: 'tags.restore', events: res.undo });
          setActiveTags(new Set(await sendToBackground<string[]>({ type: 'tags.forConversation', conversation: page.conversationId })));
          setTagUndo(null);
        },
      });
    },
    [page, t],
  );

  // ---- layout ------------------------------------------------------------------------------------
  const layout = useCallback(
    async (patch: { side?: 'left' | 'right'; collapsed?: boolean; width?: number }) => {
      if (mode !== 'overlay') return;
      await toPage({ type: 'panel.layout', ...patch });
      setPrefs((p) => (p ? { ...p, panelSide: patch.side ?? p.panelSide, panelCollapsed: patch.collapsed ?? p.panelCollapsed, panelWidth: patch.width ?? p.panelWidth } : p));
    },
    [mode, toPage],
  );
  const openSidePanel = useCallback(async () => {
    const side = (browser as unknown as { sidePanel?: { open(o: { tabId: number }): Promise<void> } }).sidePanel;
    if (!side || tabId === null) return;
    try {
      await side.open({ tabId });
      await toPage({ type: 'panel.close' });
    } catch (e) {
      setNotice({ kind: 'error', text: String((e as Error).message ?? e) });
    }
  }, [tabId, toPage]);

  const collapsed = mode === 'overlay' && prefs?.panelCollapsed;
  const panelRef = useRef<HTMLDivElement>(null);

  if (collapsed) {
    return (
      <div className="tf-collapsed" dir={dirOf(lang)}>
        <button className="tf-collapsed-tab" onClick={() => void layout({ collapsed: false })} aria-label={t('core.panel.expand')} title={t('core.panel.expand')}>
          <span aria-hidden="true">T</span>
          {suggestions.length > 0 && <span className="tf-badge">{suggestions.length}</span>}
        </button>
      </div>
    );
  }

  return (
    <div className="tf-panel" dir={dirOf(lang)} ref={panelRef} data-mode={mode}>
      <PanelHeader
        page={page}
        lang={lang}
        t={t}
        mode={mode}
        side={prefs?.panelSide ?? 'right'}
        noPage={noPage}
        onPick={(target) => void toPage({ type: 'page.pick', target })}
        onCollapse={() => void layout({ collapsed: true })}
        onSwitchSide={() => void layout({ side: prefs?.panelSide === 'left' ? 'right' : 'left' })}
        onResize={(width) => void layout({ width })}
        width={prefs?.panelWidth ?? 360}
        onOpenSide={mode === 'overlay' && 'sidePanel' in browser ? () => void openSidePanel() : undefined}
        onClose={mode === 'overlay' ? () => void toPage({ type: 'panel.close' }) : undefined}
        onOptions={() => void browser.runtime.openOptionsPage()}
        onResetTaught={page ? () => void sendToBackground({ type: 'picker.reset', host: page.host || 'local' }).then(() => setNotice({ kind: 'ok', text: t('core.picker.resetDone') })) : undefined}
      />
      {notice && <Notice kind={notice.kind} text={notice.text} onClose={() => setNotice(null)} t={t} />}
      <section className="tf-section" aria-labelledby="tf-h-tone">
        <h2 id="tf-h-tone">{t('core.section.tone')}</h2>
        <ToneCueBar
          report={tone}
          lang={lang}
          t={t}
          dismissed={dismissedCues}
          onDismiss={(id) => setDismissedCues((d) => new Set(d).add(id))}
          reportedWrong={wrongCues}
          onWrong={(cue) => {
            // Only the cue and its evidence words are stored, never the customer's message.
            void sendToBackground({
              type: 'tone.feedback.add',
              cue: cue.kind,
              severity: cue.severity,
              evidence: cue.evidence.slice(0, 8).map((e) => ({ text: e.text.slice(0, 120), ...(e.why ? { why: e.why } : {}) })),
              language: tone?.language ?? 'other',
              site: page?.host ?? '',
            })
              .then(() => setWrongCues((w) => new Set(w).add(cue.id)))
              .catch((e: Error) => setNotice({ kind: 'error', text: String(e.message ?? e) }));
          }}
        />
      </section>
      <section className="tf-section" aria-labelledby="tf-h-rewrite">
        <h2 id="tf-h-rewrite">{t('core.section.rewrites')}</h2>
        <RewriteList
          draft={draft}
          suggestions={suggestions}
          score={score}
          quotes={quotes}
          lang={lang}
          t={t}
          onApply={onApply}
          onApplyAll={onApplyAll}
          onDismiss={onDismiss}
          onSilence={(s) => void onSilence(s)}
          onFocusSuggestion={onFocusSuggestion}
        />
      </section>
      <section className="tf-section" aria-labelledby="tf-h-kb">
        <h2 id="tf-h-kb">{t('core.section.kb')}</h2>
        <KbSuggestions
          suggestions={kb?.hits ?? []}
          lang={lang}
          t={t}
          onInsert={onInsertArticle}
          onOpen={(a) => void browser.tabs.create({ url: a.url })}
          emptyReason={!customerText ? 'no-message' : kb && kb.total === 0 ? 'no-articles' : 'no-match'}
        />
      </section>
      <section className="tf-section" aria-labelledby="tf-h-tags">
        <h2 id="tf-h-tags">{t('core.section.tags')}</h2>
        {taxonomy && (
          <TagBar
            taxonomy={taxonomy}
            active={activeTags}
            suggested={suggestedTag ? { tagId: suggestedTag.tagId, evidence: suggestedTag.evidence } : null}
            lang={lang}
            t={t}
            onToggle={(id) => void onToggleTag(id)}
            undo={tagUndo}
            shortcutsEnabled={prefs?.tagShortcuts !== false}
          />
        )}
      </section>
    </div>
  );
}

const NO_QUOTES: TextRange[] = [];

function dismissKey(s: Suggestion): string {
  return `${s.packId}/${s.ruleId}@${s.original}`;
}
