import { useState } from 'react';
import { BackgroundError } from '../../../lib/messaging/client.ts';
import { sendLarge, type Progress } from '../../../lib/messaging/chunked.ts';
import type { Translate, UiLang } from '../../../lib/i18n/index.ts';
import { ErrorList, errorItems, type ErrorItem } from '../../../components/ui/ErrorList.tsx';
import { jsonErrorPlace, plainErrors } from '../../../components/ui/plainErrors.ts';
import { downloadText } from '../../../components/ui/download.ts';
import { FileInput } from '../../../components/ui/FileInput.tsx';

type Failure = { title: string; items: ErrorItem[] } | null;
/** A backup file read and parsed, waiting for the agent to confirm the restore. */
interface Pending {
  name: string;
  backup: unknown;
  counts: { packs: number; articles: number; events: number; sites: number };
}

const len = (v: unknown) => (Array.isArray(v) ? v.length : 0);

/** Reads the picked file; a file that is not JSON is described by name, line and column. */
async function readBackup(file: File, t: Translate): Promise<{ pending: Pending } | { failure: NonNullable<Failure> }> {
  const text = await file.text();
  let backup: unknown;
  try {
    backup = JSON.parse(text);
  } catch (e) {
    const at = jsonErrorPlace(text, e);
    return { failure: { title: at ? t('core.data.notJsonAt', { file: file.name, line: at.line, column: at.column }) : t('core.data.notJsonFile', { file: file.name }), items: [] } };
  }
  const b = (backup ?? {}) as Record<string, unknown>;
  return { pending: { name: file.name, backup, counts: { packs: len(b.packs), articles: len(b.kbArticles), events: len(b.tagEvents), sites: len(b.sites) } } };
}

function useBackup(t: Translate) {
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<Failure>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const reset = () => {
    setResult(null);
    setError(null);
  };
  // Backups travel in pieces (no runtime message over a few MB), with progress: Chrome refuses a
  // single message over 64 MiB, which a large knowledge base or tag history passes.
  const exportAll = async () => {
    reset();
    try {
      const backup = await sendLarge({ type: 'data.export' }, { onProgress: setProgress });
      downloadText(`tactful-backup-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(backup));
    } catch (e) {
      setError({ title: e instanceof BackgroundError ? e.message : t('core.data.exportError'), items: [] });
    } finally {
      setProgress(null);
    }
  };
  const pick = async (file: File) => {
    reset();
    setPending(null);
    const r = await readBackup(file, t);
    if ('failure' in r) setError(r.failure);
    else setPending(r.pending);
  };
  const restore = async (p: Pending) => {
    setPending(null);
    try {
      const r = await sendLarge<{ counts: Record<string, number> }>({ type: 'data.import', backup: p.backup }, { onProgress: setProgress });
      setResult(t('core.data.imported', { packs: r.counts.packs, articles: r.counts.kbArticles, events: r.counts.tagEvents, sites: r.counts.sites }));
    } catch (e) {
      const items = e instanceof BackgroundError ? plainErrors(errorItems(e.details), t) : [];
      setError({ title: t('core.data.damaged', { file: p.name }), items });
    } finally {
      setProgress(null);
    }
  };
  return { result, error, progress, pending, setPending, exportAll, pick, restore };
}

function ConfirmRestore({ p, t, onRestore, onCancel }: { p: Pending; t: Translate; onRestore(): void; onCancel(): void }) {
  return (
    <div role="alertdialog" aria-labelledby="tf-restore-q" className="tf-confirm" data-testid="tf-restore-confirm">
      <p id="tf-restore-q">
        <strong>{t('core.data.confirmTitle', { file: p.name })}</strong>
      </p>
      <p>{t('core.data.confirmBody', p.counts)}</p>
      <div className="tf-row">
        <button className="tf-primary" onClick={onRestore}>{t('core.data.confirmRestore')}</button>
        <button onClick={onCancel}>{t('core.action.cancel')}</button>
      </div>
    </div>
  );
}

export function DataSection({ t }: { lang: UiLang; t: Translate }) {
  const b = useBackup(t);
  return (
    <section>
      <p className="tf-muted">{t('core.data.intro')}</p>
      <div className="tf-row">
        <button className="tf-primary" onClick={() => void b.exportAll()}>{t('core.data.export')}</button>
        <label className="tf-row">
          {t('core.data.import')}
          <FileInput label={t('core.file.choose')} accept="application/json,.json" data-testid="tf-backup-file" onFile={(f) => void b.pick(f)} />
        </label>
      </div>
      {b.pending && <ConfirmRestore p={b.pending} t={t} onRestore={() => void b.restore(b.pending!)} onCancel={() => b.setPending(null)} />}
      {b.progress && (
        <div className="tf-row">
          <progress max={b.progress.total} value={b.progress.done} aria-label={t('core.data.progressLabel')} />
          <span role="status" data-testid="tf-backup-progress">{t(b.progress.phase === 'send' ? 'core.data.sending' : 'core.data.receiving', { done: b.progress.done, total: b.progress.total })}</span>
        </div>
      )}
      {b.result && <p role="status" className="tf-ok">{b.result}</p>}
      {b.error && <ErrorList title={b.error.title} errors={b.error.items} />}
    </section>
  );
}
