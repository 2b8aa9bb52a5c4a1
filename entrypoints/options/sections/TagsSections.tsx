import { useCallback, useEffect, useState } from 'react';
import { sendToBackground, BackgroundError } from '../../../lib/messaging/client.ts';
import type { Prefs } from '../../../lib/messaging/protocol.ts';
import type { Translate, UiLang } from '../../../lib/i18n/index.ts';
import { parseEventsFile, exportTaxonomy, type Taxonomy, type TagEvent } from '../../../lib/tags/index.ts';
import { TaxonomyEditor } from '../../../components/tags/TaxonomyEditor.tsx';
import { Reports } from '../../../components/tags/Reports.tsx';
import { downloadText } from '../../../components/ui/download.ts';
import { errorItems } from '../../../components/ui/ErrorList.tsx';

function describe(e: unknown): string {
  if (e instanceof BackgroundError) {
    const first = errorItems(e.details)[0];
    return first ? `${e.message} ${first.path ?? first.where ?? ''}: ${first.message}` : e.message;
  }
  return String((e as Error)?.message ?? e);
}

export function TaxonomySection({ lang, t }: { lang: UiLang; t: Translate }) {
  const [taxonomy, setTaxonomy] = useState<Taxonomy | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  useEffect(() => {
    void sendToBackground<{ taxonomy: Taxonomy }>({ type: 'tags.state' }).then((s) => setTaxonomy(s.taxonomy));
  }, []);
  const save = useCallback(async (next: Taxonomy) => {
    try {
      setTaxonomy(await sendToBackground<Taxonomy>({ type: 'tags.setTaxonomy', taxonomy: next }));
      setImportError(null);
    } catch (e) {
      setImportError(describe(e));
    }
  }, []);
  if (!taxonomy) return null;
  return (
    <TaxonomyEditor
      taxonomy={taxonomy}
      lang={lang}
      t={t}
      onChange={(next) => void save(next)}
      onExport={(json) => downloadText('tactful-root-causes.json', json)}
      onImport={(text) => {
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch (e) {
          setImportError(String((e as Error).message));
          return;
        }
        void save(json as Taxonomy);
      }}
      importError={importError}
    />
  );
}

export function ReportsSection({ lang, t, prefs }: { lang: UiLang; t: Translate; prefs: Prefs }) {
  const [events, setEvents] = useState<TagEvent[]>([]);
  const [taxonomy, setTaxonomy] = useState<Taxonomy | null>(null);
  const [importResult, setImportResult] = useState<{ ok: boolean; message: string } | null>(null);
  const load = useCallback(async () => {
    const [ev, st] = await Promise.all([sendToBackground<TagEvent[]>({ type: 'tags.events' }), sendToBackground<{ taxonomy: Taxonomy }>({ type: 'tags.state' })]);
    setEvents(ev);
    setTaxonomy(st.taxonomy);
  }, []);
  useEffect(() => void load(), [load]);
  if (!taxonomy) return null;
  void exportTaxonomy;
  return (
    <Reports
      events={events}
      taxonomy={taxonomy}
      lang={lang}
      t={t}
      timeZone={prefs.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone}
      weekStartsOn={prefs.weekStartsOn}
      now={Date.now()}
      onExport={(kind, content, fileName) => downloadText(fileName, content, kind === 'events-json' ? 'application/json' : 'text/csv')}
      onImportEvents={(text, fileName) => {
        const parsed = parseEventsFile(text);
        if (!parsed.ok) {
          const first = parsed.errors[0];
          setImportResult({ ok: false, message: `${fileName}: ${first ? `${first.path ?? ''} ${first.message}` : ''}` });
          return;
        }
        void sendToBackground<{ added: number; updated: number; unchanged: number }>({ type: 'tags.import', events: parsed.events })
          .then((r) => {
            setImportResult({ ok: true, message: `${fileName}: +${r.added} / ${r.updated} / ${r.unchanged}` });
            return load();
          })
          .catch((e) => setImportResult({ ok: false, message: describe(e) }));
      }}
      importResult={importResult}
    />
  );
}
