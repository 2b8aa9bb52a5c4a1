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

export function PacksSection({ lang, t, prefs: given, onPrefs }: PacksSectionProps) {
  const [entries, setEntries] = useState<PackEntry[]>([]);
  const [prefs, setLocalPrefs] = useState<Prefs>(given);
  const [candidate, setCandidate] = useState<{ n: number; text: string; source: string } | null>(null);
  const [editing, setEditing] = useState<{ n: number; pack: PhrasePack; isNew: boolean } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const previewRef = useRef<HTMLDivElement>(null);

  useEffect(() => setLocalPrefs(given), [given]);
  const load = useCallback(async () => {
    try {
      setEntries(await sendToBackground<PackEntry[]>({ type: 'packs.list' }));
    } catch (e) {
      setProblem(problemOf(e, t));
    }
  }, [t]);
  useEffect(() => void load(), [load]);
  useEffect(() => {
    if (candidate) previewRef.current?.focus();
  }, [candidate?.n]); // eslint-disable-line react-hooks/exhaustive-deps

  const gotPrefs = (next: Prefs) => {
    setLocalPrefs(next);
    onPrefs(next);
  };

  /** Runs one background call with the shared busy flag and error display. */
  const run = async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setProblem(null);
    setStatus(null);
    try {
      return await fn();
    } catch (e) {
      setProblem(problemOf(e, t));
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  const toggle = (id: string, enabled: boolean) =>
    void run(async () => gotPrefs(await sendToBackground<Prefs>({ type: 'packs.setEnabled', id, enabled })));
  const silence = (key: string, silenced: boolean) =>
    void run(async () => gotPrefs(await sendToBackground<Prefs>({ type: 'rules.silence', key, silenced })));
  const exportPack = (pack: PhrasePack) => downloadText(packFileName(pack), packJson(pack));
  const remove = (pack: PhrasePack) =>
    void run(async () => {
      await sendToBackground({ type: 'packs.remove', id: pack.id });
      await load();
      setStatus(t('packs.removed', { name: pack.name }));
    });
  const edit = (entry: PackEntry) => {
    setStatus(null);
    setProblem(null);
    setCandidate(null);
    setEditing({ n: ++candidateCounter, pack: entry.builtin ? duplicatePack(entry.pack) : structuredClone(entry.pack), isNew: entry.builtin });
  };

  const install = (pack: PhrasePack, allowDowngrade: boolean) =>
    void run(async () => {
      const wasInstalled = entries.some((e) => !e.builtin && e.pack.id === pack.id);
      const r = await sendToBackground<InstallResult>({ type: 'packs.install', pack, allowDowngrade });
      if (!r.installed) {
        // Someone installed a newer copy meanwhile: show the preview again with the new comparison.
        setProblem({ title: t(r.needsConfirmation === 'downgrade' ? 'packs.preview.downgrade' : 'packs.preview.sameVersion'), items: [] });
        await load();
        return;
      }
      setCandidate(null);
      await load();
      setStatus(wasInstalled ? t('packs.updated', { name: pack.name, version: pack.version }) : t('packs.installed', { name: pack.name, count: pack.rules.length }));
    });

  const save = async (pack: PhrasePack): Promise<SaveOutcome> => {
    try {
      const r = await sendToBackground<InstallResult>({ type: 'packs.install', pack, allowDowngrade: false });
      if (!r.installed) return { ok: false, title: t(r.needsConfirmation === 'downgrade' ? 'packs.preview.downgrade' : 'packs.preview.sameVersion'), items: [] };
      setEditing(null);
      await load();
      setProblem(null);
      setStatus(t('packs.editor.saved', { name: pack.name, version: pack.version }));
      return { ok: true };
    } catch (e) {
      const p = problemOf(e, t);
      return { ok: false, title: p.title, items: p.items };
    }
  };

  const silencedKeys = prefs.silencedRules;
  const packNameOf = (key: string) => {
    const slash = key.lastIndexOf('/');
    return entries.find((e) => e.pack.id === key.slice(0, slash))?.pack.name;
  };

  return (
    <section className="tf-packs" data-testid="packs-section">
      <p className="tf-muted">{t('packs.intro')}</p>
      {status && (
        <p role="status" className="tf-ok" dir="auto">
          {status}
        </p>
      )}
      {problem && <ErrorList title={problem.title} errors={problem.items} max={200} />}

      {editing ? (
        <PackEditor
          key={editing.n}
          initial={editing.pack}
          isNew={editing.isNew}
          entries={entries}
          lang={lang}
          t={t}
          onSave={save}
          onClose={() => setEditing(null)}
        />
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
              onToggle={toggle}
              onSilence={silence}
              onExport={exportPack}
              onEdit={edit}
              onRemove={remove}
            />
          </div>

          <div>
            <h2>{t('packs.install')}</h2>
            <PackImport
              lang={lang}
              t={t}
              onText={(text, source) => {
                setStatus(null);
                setProblem(null);
                setCandidate({ n: ++candidateCounter, text, source });
              }}
              askForSite={askForSite}
            />
            {candidate && (
              <div ref={previewRef} tabIndex={-1} className="tf-packs-preview-wrap">
                <PackPreview key={candidate.n} text={candidate.text} source={candidate.source} entries={entries} lang={lang} t={t} busy={busy} onInstall={install} onCancel={() => setCandidate(null)} />
              </div>
            )}
          </div>

          <div>
            <h2>{t('packs.silenced.title')}</h2>
            {silencedKeys.length === 0 ? (
              <p className="tf-muted">{t('packs.silenced.none')}</p>
            ) : (
              <ul className="tf-packs-silenced-list" data-testid="silenced-list">
                {silencedKeys.map((key) => {
                  const name = packNameOf(key);
                  return (
                    <li key={key} className="tf-row" style={{ margin: 0 }}>
                      <code dir="ltr">{key}</code>
                      {name && (
                        <span className="tf-muted" dir="auto">
                          {name}
                        </span>
                      )}
                      <button type="button" disabled={busy} onClick={() => silence(key, false)} aria-label={t('packs.rule.unsilenceLabel', { rule: key })}>
                        {t('packs.silenced.restore')}
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>

          <TeamSettings prefs={prefs} entries={entries} lang={lang} t={t} onPrefs={gotPrefs} applySettings={applyTeamSettings} />
        </>
      )}
    </section>
  );
}
