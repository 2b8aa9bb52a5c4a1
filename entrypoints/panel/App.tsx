/**
 * The panel: one app for the in-page overlay (iframe) and the browser's own side panel. Its logic
 * lives in hooks (./hooks): the page over a port (usePageState), background data (useData),
 * local analysis (useSuggestions, useTone), knowledge base (useKb), tags (useTags), writes
 * (useWriter) and layout (useLayout). The components only take props and emit events.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { send } from '../../lib/messaging/client.ts';
import { dirOf } from '../../lib/i18n/index.ts';
import { ruleSettingsKey } from '../../lib/packs/parts.ts';
import { RewriteList } from '../../components/rewrite/RewriteList.tsx';
import { ToneCueBar, visibleCues } from '../../components/tone/ToneCueBar.tsx';
import { KbSuggestions } from '../../components/kb/KbSuggestions.tsx';
import { TagBar } from '../../components/tags/TagBar.tsx';
import { AgentNamePrompt } from '../../components/tags/AgentNamePrompt.tsx';
import { PanelHeader } from '../../components/panel/PanelHeader.tsx';
import { Notice } from '../../components/panel/Notice.tsx';
import { CollapsedTab } from '../../components/panel/CollapsedTab.tsx';
import { PanelSection, focusSuggestions } from '../../components/panel/PanelSection.tsx';
import { usePageState, type PanelMode } from './hooks/usePageState.ts';
import { reasonOf, useBackgroundData, type Notify } from './hooks/useData.ts';
import { useUiLanguage } from './hooks/useUiLanguage.ts';
import { useSuggestions, useTone } from './hooks/useSuggestions.ts';
import { useKb } from './hooks/useKb.ts';
import { useTags } from './hooks/useTags.ts';
import { useWriter } from './hooks/useWriter.ts';
import { sidePanelApi, useLayout } from './hooks/useLayout.ts';
import { useClickGuard, useVisibilityTracker } from './hooks/useClickGuard.ts';

type NoticeState = Parameters<Notify>[0];

function usePanel(mode: PanelMode) {
  const [notice, setNotice] = useState<NoticeState>(null);
  const tracker = useVisibilityTracker(mode);
  const { tabId, page, noPage, request } = usePageState(mode, tracker?.moved);
  const data = useBackgroundData(setNotice);
  const { lang, t } = useUiLanguage(data.prefs, 'core.panel.title');
  // Clickjacking defence: writes and records act only on clicks at a visible, settled panel.
  const { guarded } = useClickGuard(tracker, request, t, setNotice);
  const conversation = page?.conversationId ?? '';
  const customerText = page?.customer?.text ?? '';
  const draft = page?.draft ?? '';
  const rewrites = useSuggestions(draft, page?.draftQuotes, data.packs, data.prefs, conversation, lang);
  const tone = useTone(customerText, conversation, page?.host ?? '', setNotice);
  const kb = useKb(customerText);
  const tags = useTags(conversation, page?.host ?? '', customerText, data.taxonomy, lang, t);
  const rawWriter = useWriter(request, page, t, setNotice);
  const writer = useMemo(
    () => ({ onApply: guarded(rawWriter.onApply), onApplyAll: guarded(rawWriter.onApplyAll), onInsertArticle: guarded(rawWriter.onInsertArticle) }),
    [guarded, rawWriter.onApply, rawWriter.onApplyAll, rawWriter.onInsertArticle],
  );
  const layout = useLayout(mode, tabId, request, data.setPrefs, setNotice);
  const onSilence = guarded(async (key: string) => {
    data.setPrefs(await send('rules.silence', { key, silenced: true }));
    setNotice({ kind: 'info', text: t('core.rule.silenced') });
  });
  return { mode, notice, setNotice, page, noPage, request, lang, t, data, draft, rewrites, tone, kb, tags, writer, layout, onSilence, guarded };
}
type Panel = ReturnType<typeof usePanel>;

export function App({ mode }: { mode: PanelMode }) {
  const p = usePanel(mode);
  // The frame's size is the truth: a tab-sized frame draws the tab, never the panel squeezed into it.
  if (p.layout.collapsed) return <Collapsed p={p} />;
  return (
    <div className="tf-panel" dir={dirOf(p.lang)} data-mode={mode}>
      <a className="tf-skip" href="#tf-s-rewrite" onClick={(e) => (e.preventDefault(), focusSuggestions())}>
        {p.t('panel.skip')}
      </a>
      <Header p={p} />
      {p.notice && <Notice kind={p.notice.kind} text={p.notice.text} reason={p.notice.reason} onClose={() => p.setNotice(null)} t={p.t} />}
      <Sections p={p} />
    </div>
  );
}

function Collapsed({ p }: { p: Panel }) {
  const toSide = p.data.prefs?.panelPlacement === 'side' && !!sidePanelApi();
  return (
    <CollapsedTab lang={p.lang} t={p.t} count={p.rewrites.suggestions.length} toSidePanel={toSide}
      onOpen={() => void (toSide ? p.layout.openSidePanel() : p.layout.layout({ collapsed: false }))} />
  );
}

function Header({ p }: { p: Panel }) {
  const { page, mode, t, request } = p;
  const prefs = p.data.prefs;
  // Starting the picker teaches a place on the next page click, so it is guarded; cancelling is not.
  const startPicker = p.guarded((target: 'customer' | 'editor') => void request('page.pick', { target }).catch(() => {}));
  const resetTaught = p.guarded(() => void send('picker.reset', { host: page?.host || 'local' }).then(() => p.setNotice({ kind: 'ok', text: t('core.picker.resetDone') })));
  const canSide = !!sidePanelApi();
  return (
    <PanelHeader
      page={page}
      lang={p.lang}
      t={t}
      mode={mode}
      side={prefs?.panelSide ?? 'right'}
      noPage={p.noPage}
      onPick={(target) => (target ? startPicker(target) : void request('page.pick', { target: null }).catch(() => {}))}
      onCollapse={() => void p.layout.layout({ collapsed: true })}
      onSwitchSide={() => void p.layout.layout({ side: prefs?.panelSide === 'left' ? 'right' : 'left' })}
      onResize={(width) => void p.layout.layout({ width })}
      width={mode === 'overlay' ? p.layout.frameWidth : (prefs?.panelWidth ?? 360)}
      onOpenSide={mode === 'overlay' && canSide ? () => void p.layout.openSidePanel() : undefined}
      onBackToPage={mode === 'side' ? () => void p.layout.backToPage() : undefined}
      placement={prefs?.panelPlacement ?? 'auto'}
      placements={mode === 'overlay' ? (canSide ? ['auto', 'push', 'side'] : ['auto', 'push']) : undefined}
      onPlacement={(k) => void p.layout.setPlacement(k)}
      onClose={mode === 'overlay' ? p.layout.close : undefined}
      onOptions={() => void browser.runtime.openOptionsPage()}
      onResetTaught={page ? resetTaught : undefined}
    />
  );
}

/** First run: the agent's name, asked once in the tags section until given or put off for this panel. */
function AgentName({ p }: { p: Panel }) {
  const [later, setLater] = useState(false);
  const prefs = p.data.prefs;
  if (!prefs || prefs.agentName || later) return null;
  const save = async (name: string) => {
    // Only the name: sending the whole preferences back would undo a change made meanwhile elsewhere.
    p.data.setPrefs(await send('prefs.set', { patch: { agentName: name } }));
    p.setNotice({ kind: 'ok', text: p.t('tags.agent.saved', { name }) });
  };
  return <AgentNamePrompt t={p.t} onSave={(name) => void save(name).catch((e: Error) => p.setNotice({ kind: 'error', reason: reasonOf(e) }))} onLater={() => setLater(true)} />;
}

function Sections({ p }: { p: Panel }) {
  const { t, lang, rewrites, request } = p;
  const highlight = (s: { flagged: { start: number; end: number } } | null) =>
    void (s ? request('page.highlight', { start: s.flagged.start, end: s.flagged.end }) : request('page.unhighlight')).catch(() => {});
  const section = (id: string, title: string, count: number | undefined, body: ReactNode) => (
    <PanelSection id={id} title={title} count={count} lang={lang} t={t}>
      {body}
    </PanelSection>
  );
  return (
    <>
      {section('tone', t('core.section.tone'), visibleCues(p.tone.tone, lang, p.tone.dismissedCues).length,
        <ToneCueBar report={p.tone.tone} lang={lang} t={t} dismissed={p.tone.dismissedCues} onDismiss={p.tone.dismissCue}
          reportedWrong={p.tone.wrongCues} onWrong={p.guarded(p.tone.reportWrong)} />)}
      {section('rewrite', t('core.section.rewrites'), rewrites.suggestions.length,
        <RewriteList draft={p.draft} suggestions={rewrites.suggestions} score={rewrites.score} quotes={rewrites.quotes} lang={lang} t={t} onApply={p.writer.onApply} onApplyAll={p.writer.onApplyAll}
          onDismiss={rewrites.onDismiss} onSilence={(s) => p.onSilence(ruleSettingsKey(s.packId, s.ruleId))} onFocusSuggestion={highlight} />)}
      {section('kb', t('core.section.kb'), p.kb.hits.length,
        <KbSuggestions suggestions={p.kb.hits} lang={lang} t={t} onInsert={p.writer.onInsertArticle} onOpen={(a) => void browser.tabs.create({ url: a.url })} emptyReason={p.kb.emptyReason} />)}
      {section('tags', t('core.section.tags'), p.tags.active.size,
        <>
          <AgentName p={p} />
          {p.data.taxonomy && (
            <TagBar taxonomy={p.data.taxonomy} active={p.tags.active} suggested={p.tags.suggested} lang={lang} t={t} onToggle={p.guarded(p.tags.onToggle)} notes={p.tags.notes} onNote={p.guarded(p.tags.onNote)} undo={p.tags.undo && { ...p.tags.undo, onUndo: p.tags.undo.onUndo && p.guarded(p.tags.undo.onUndo) }} shortcutsEnabled={p.data.prefs?.tagShortcuts !== false} />
          )}
        </>)}
    </>
  );
}
