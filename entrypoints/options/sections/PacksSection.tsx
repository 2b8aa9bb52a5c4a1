/**
 * Options > Phrase packs: the installed packs (switch on/off, read rules, silence one, export,
 * edit or duplicate, remove), installing a pack from a file, a drop, pasted JSON or a web address
 * with a preview first, the pack editor, the list of silenced rules and team settings. Everything
 * goes through the background ('packs.*', 'rules.silence', 'team.apply').
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendToBackground, BackgroundError } from '../../../lib/messaging/client.ts';
import type { Prefs } from '../../../lib/messaging/protocol.ts';
import type { InstallResult, PackEntry } from '../../../lib/db/stores/packs.ts';
import type { PhrasePack } from '../../../lib/packs/index.ts';
import type { Translate, UiLang } from '../../../lib/i18n/index.ts';
import { ErrorList, errorItems, type ErrorItem } from '../../../components/ui/ErrorList.tsx';
import { downloadText } from '../../../components/ui/download.ts';
import { PackList } from '../../../components/packs/PackList.tsx';
import { PackImport } from '../../../components/packs/PackImport.tsx';
import { PackPreview } from '../../../components/packs/PackPreview.tsx';
import { PackEditor, type SaveOutcome } from '../../../components/packs/PackEditor.tsx';
import { TeamSettings } from '../../../components/packs/TeamSettings.tsx';
import { duplicatePack, packFileName, packJson } from '../../../components/packs/model.ts';
import '../../../components/packs/packs.css';

export interface PacksSectionProps {
  lang: UiLang;
  t: Translate;
  prefs: Prefs;
  onPrefs(next: Prefs): void;
}

type Problem = { title: string; items: ErrorItem[] };

function problemOf(e: unknown, t: Translate): Problem {
  if (e instanceof BackgroundError) return { title: e.message, items: errorItems(e.details) };
  return { title: t('packs.error', { reason: e instanceof Error ? e.message : String(e) }), items: [] };
}

let candidateCounter = 0;

/** A pack URL's site permission (optional_host_permissions), asked inside the click. */
const askForSite = (origin: string) => browser.permissions.request({ origins: [`${origin}/*`] });
const applyTeamSettings = (settings: unknown) => sendToBackground<Prefs>({ type: 'team.apply', settings });

/** One busy flag, one status line and one problem for the whole section; `run` wraps each background call. */
function useRunner(t: Translate) {
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const clearMessages = () => {
    setStatus(null);
    setProblem(null);
  };
  const run = async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    clearMessages();
    try {
      return await fn();
    } catch (e) {
      setProblem(problemOf(e, t));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { status, setStatus, problem, setProblem, busy, clearMessages, run };
}

/** The installed packs and prefs, with every change the section makes through the background. */
function usePacks(t: Translate, given: Prefs, onPrefs: (next: Prefs) => void) {
  const [entries, setEntries] = useState<PackEntry[]>([]);
  const [prefs, setLocalPrefs] = useState<Prefs>(given);
  const { status, setStatus, problem, setProblem, busy, clearMessages, run } = useRunner(t);

  useEffect(() => setLocalPrefs(given), [given]);
  const load = useCallback(async () => {
    try {
      setEntries(await sendToBackground<PackEntry[]>({ type: 'packs.list' }));
    } catch (e) {
      setProblem(problemOf(e, t));
    }
  }, [t]);
  useEffect(() => void load(), [load]);

  const gotPrefs = (next: Prefs) => {
    setLocalPrefs(next);
    onPrefs(next);
  };

  const toggle = (id: string, enabled: boolean) =>
    void run(async () => gotPrefs(await sendToBackground<Prefs>({ type: 'packs.setEnabled', id, enabled })));
  const silence = (key: string, silenced: boolean) =>
    void run(async () => gotPrefs(await sendToBackground<Prefs>({ type: 'rules.silence', key, silenced })));
  const remove = (pack: PhrasePack) =>
    void run(async () => {
      await sendToBackground({ type: 'packs.remove', id: pack.id });
      await load();
      setStatus(t('packs.removed', { name: pack.name }));
    });

  /** Installs a previewed pack; true when it went in (false: refused, or someone installed a newer copy meanwhile). */
  const install = (pack: PhrasePack, allowDowngrade: boolean) =>
    run(async () => {
      const wasInstalled = entries.some((e) => !e.builtin && e.pack.id === pack.id);
      const r = await sendToBackground<InstallResult>({ type: 'packs.install', pack, allowDowngrade });
      if (!r.installed) {
        // Show the preview again with the new comparison.
        setProblem({ title: t(r.needsConfirmation === 'downgrade' ? 'packs.preview.downgrade' : 'packs.preview.sameVersion'), items: [] });
        await load();
        return false;
      }
      await load();
      setStatus(wasInstalled ? t('packs.updated', { name: pack.name, version: pack.version }) : t('packs.installed', { name: pack.name, count: pack.rules.length }));
      return true;
    });

  /** Saves an edited pack; the editor shows a refusal itself. */
  const save = async (pack: PhrasePack): Promise<SaveOutcome> => {
    try {
      const r = await sendToBackground<InstallResult>({ type: 'packs.install', pack, allowDowngrade: false });
      if (!r.installed) return { ok: false, title: t(r.needsConfirmation === 'downgrade' ? 'packs.preview.downgrade' : 'packs.preview.sameVersion'), items: [] };
      await load();
      setProblem(null);
      setStatus(t('packs.editor.saved', { name: pack.name, version: pack.version }));
      return { ok: true };
    } catch (e) {
      const p = problemOf(e, t);
      return { ok: false, title: p.title, items: p.items };
    }
  };

  return { entries, prefs, status, problem, busy, gotPrefs, clearMessages, toggle, silence, remove, install, save };
}

export function PacksSection({ lang, t, prefs: given, onPrefs }: PacksSectionProps) {
  const packs = usePacks(t, given, onPrefs);
  const { entries, prefs, busy } = packs;
  const [candidate, setCandidate] = useState<{ n: number; text: string; source: string } | null>(null);
  const [editing, setEditing] = useState<{ n: number; pack: PhrasePack; isNew: boolean } | null>(null);

  const edit = (entry: PackEntry) => {
    packs.clearMessages();
    setCandidate(null);
    setEditing({ n: ++candidateCounter, pack: entry.builtin ? duplicatePack(entry.pack) : structuredClone(entry.pack), isNew: entry.builtin });
  };
  const install = (pack: PhrasePack, allowDowngrade: boolean) =>
    void packs.install(pack, allowDowngrade).then((installed) => installed && setCandidate(null));
  const save = async (pack: PhrasePack): Promise<SaveOutcome> => {
    const outcome = await packs.save(pack);
    if (outcome.ok) setEditing(null);
    return outcome;
  };

  return (
    <section className="tf-packs" data-testid="packs-section">
      <p className="tf-muted">{t('packs.intro')}</p>
      {packs.status && (
        <p role="status" className="tf-ok" dir="auto">
          {packs.status}
        </p>
      )}
      {packs.problem && <ErrorList title={packs.problem.title} errors={packs.problem.items} max={200} />}

      {editing ? (
        <PackEditor key={editing.n} initial={editing.pack} isNew={editing.isNew} entries={entries} lang={lang} t={t} onSave={save} onClose={() => setEditing(null)} />
      ) : (
        <>
          <div>
            <h2>{t('packs.list.title')}</h2>
            <PackList
              entries={entries}
              disabledPacks={prefs.disabledPacks}
              silencedRules={prefs.silencedRules}
              lang={lang}
              t={t}
              busy={busy}
              onToggle={packs.toggle}
              onSilence={packs.silence}
              onExport={exportPack}
              onEdit={edit}
              onRemove={packs.remove}
            />
          </div>
          <PackInstallArea
            lang={lang}
            t={t}
            entries={entries}
            busy={busy}
            candidate={candidate}
            onCandidate={(text, source) => {
              packs.clearMessages();
              setCandidate({ n: ++candidateCounter, text, source });
            }}
            onInstall={install}
            onCancel={() => setCandidate(null)}
          />
          <SilencedRules t={t} keys={prefs.silencedRules} entries={entries} busy={busy} onRestore={(key) => packs.silence(key, false)} />
          <TeamSettings prefs={prefs} entries={entries} lang={lang} t={t} onPrefs={packs.gotPrefs} applySettings={applyTeamSettings} />
        </>
      )}
    </section>
  );
}

const exportPack = (pack: PhrasePack) => downloadText(packFileName(pack), packJson(pack));

interface PackInstallAreaProps {
  lang: UiLang;
  t: Translate;
  entries: PackEntry[];
  busy: boolean;
  candidate: { n: number; text: string; source: string } | null;
  onCandidate(text: string, source: string): void;
  onInstall(pack: PhrasePack, allowDowngrade: boolean): void;
  onCancel(): void;
}

/** Installing a pack: the import (file, drop, paste, address) and the preview of what it would change, focused when it appears. */
function PackInstallArea({ lang, t, entries, busy, candidate, onCandidate, onInstall, onCancel }: PackInstallAreaProps) {
  const previewRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (candidate) previewRef.current?.focus();
  }, [candidate?.n]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <div>
      <h2>{t('packs.install')}</h2>
      <PackImport lang={lang} t={t} onText={onCandidate} askForSite={askForSite} />
      {candidate && (
        <div ref={previewRef} tabIndex={-1} className="tf-packs-preview-wrap">
          <PackPreview key={candidate.n} text={candidate.text} source={candidate.source} entries={entries} lang={lang} t={t} busy={busy} onInstall={onInstall} onCancel={onCancel} />
        </div>
      )}
    </div>
  );
}

/** The rules silenced for good, each with the pack it belongs to and a way back. */
function SilencedRules({ t, keys, entries, busy, onRestore }: { t: Translate; keys: string[]; entries: PackEntry[]; busy: boolean; onRestore(key: string): void }) {
  const packNameOf = (key: string) => {
    const slash = key.lastIndexOf('/');
    return entries.find((e) => e.pack.id === key.slice(0, slash))?.pack.name;
  };
  return (
    <div>
      <h2>{t('packs.silenced.title')}</h2>
      {keys.length === 0 ? (
        <p className="tf-muted">{t('packs.silenced.none')}</p>
      ) : (
        <ul className="tf-packs-silenced-list" data-testid="silenced-list">
          {keys.map((key) => {
            const name = packNameOf(key);
            return (
              <li key={key} className="tf-row" style={{ margin: 0 }}>
                <code dir="ltr">{key}</code>
                {name && (
                  <span className="tf-muted" dir="auto">
                    {name}
                  </span>
                )}
                <button type="button" disabled={busy} onClick={() => onRestore(key)} aria-label={t('packs.rule.unsilenceLabel', { rule: key })}>
                  {t('packs.silenced.restore')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
