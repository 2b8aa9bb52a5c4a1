import { useState } from 'react';
import { BackgroundError } from '../../../lib/messaging/client.ts';
import { sendLarge, type Progress } from '../../../lib/messaging/chunked.ts';
import type { Translate, UiLang } from '../../../lib/i18n/index.ts';
import { ErrorList, errorItems, type ErrorItem } from '../../../components/ui/ErrorList.tsx';
import { downloadText } from '../../../components/ui/download.ts';

export function DataSection({ t }: { lang: UiLang; t: Translate }) {
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<{ title: string; items: ErrorItem[] } | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);

  // Backups travel in pieces (no runtime message over a few MB), with progress: Chrome refuses a
  // single message over 64 MiB, which a large knowledge base or tag history passes.
  const exportAll = async () => {
    setResult(null);
    setError(null);
    try {
      const backup = await sendLarge({ type: 'data.export' }, { onProgress: setProgress });
      downloadText(`tactful-backup-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(backup));
    } catch (e) {
      setError({ title: e instanceof BackgroundError ? e.message : t('core.data.exportError'), items: [] });
    } finally {
      setProgress(null);
    }
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
      const r = await sendLarge<{ counts: Record<string, number> }>({ type: 'data.import', backup: json }, { onProgress: setProgress });
      setResult(t('core.data.imported', { packs: r.counts.packs, articles: r.counts.kbArticles, events: r.counts.tagEvents, sites: r.counts.sites }));
    } catch (e) {
      setError({ title: e instanceof BackgroundError ? e.message : t('core.data.error'), items: e instanceof BackgroundError ? errorItems(e.details) : [] });
    } finally {
      setProgress(null);
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
      {progress && (
        <div className="tf-row">
          <progress max={progress.total} value={progress.done} aria-label={t('core.data.progressLabel')} />
          <span role="status" data-testid="tf-backup-progress">{t(progress.phase === 'send' ? 'core.data.sending' : 'core.data.receiving', { done: progress.done, total: progress.total })}</span>
        </div>
      )}
      {result && <p role="status" className="tf-ok">{result}</p>}
      {error && <ErrorList title={error.title} errors={error.items} />}
    </section>
  );
}
