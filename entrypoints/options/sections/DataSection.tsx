import { useState } from 'react';
import { sendToBackground, BackgroundError } from '../../../lib/messaging/client.ts';
import type { Translate, UiLang } from '../../../lib/i18n/index.ts';
import { ErrorList, errorItems, type ErrorItem } from '../../../components/ui/ErrorList.tsx';
import { downloadText } from '../../../components/ui/download.ts';

export function DataSection({ t }: { lang: UiLang; t: Translate }) {
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<{ title: string; items: ErrorItem[] } | null>(null);

  const exportAll = async () => {
    const backup = await sendToBackground({ type: 'data.export' });
    downloadText(`tactful-backup-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(backup, null, 2));
  };
  const importFile = async (file: File) => {
    setResult(null);
    setError(null);
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (e) {
      setError({ title: t('core.data.notJson', { reason: (e as Error).message }), items: [] });
      return;
    }
    try {
      const r = await sendToBackground<{ counts: Record<string, number> }>({ type: 'data.import', backup: json });
      setResult(t('core.data.imported', { packs: r.counts.packs, articles: r.counts.kbArticles, events: r.counts.tagEvents, sites: r.counts.sites }));
    } catch (e) {
      setError({ title: e instanceof BackgroundError ? e.message : t('core.data.error'), items: e instanceof BackgroundError ? errorItems(e.details) : [] });
    }
  };

  return (
    <section>
      <p className="tf-muted">{t('core.data.intro')}</p>
      <div className="tf-row">
        <button className="tf-primary" onClick={() => void exportAll()}>{t('core.data.export')}</button>
        <label className="tf-row">
          {t('core.data.import')}
          <input type="file" accept="application/json,.json" data-testid="tf-backup-file" onChange={(e) => e.currentTarget.files?.[0] && void importFile(e.currentTarget.files[0])} />
        </label>
      </div>
      {result && <p role="status" className="tf-ok">{result}</p>}
      {error && <ErrorList title={error.title} errors={error.items} />}
    </section>
  );
}
