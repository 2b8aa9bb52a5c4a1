/**
 * The four ways a pack file arrives: file picker, drag and drop, pasted JSON, or a web address.
 * It only reads text and hands it on (onText); the preview validates. For a web address the
 * host's permission is asked for first (askForSite, in the click itself), and only then is the
 * file fetched, without cookies.
 */
import { useId, useState } from 'react';
import { MAX_PACK_BYTES } from '../../lib/packs/index.ts';
import type { Translate, UiLang } from '../../lib/i18n/index.ts';
import './packs.css';
import { FileInput } from '../ui/FileInput.tsx';
import { useDropTarget } from '../ui/useDropTarget.ts';

export interface PackImportProps {
  lang: UiLang;
  t: Translate;
  /** The raw text of a candidate pack and where it came from (file name, URL, "pasted text"). */
  onText(text: string, source: string): void;
  /** Asks for permission to read one origin ("https://x.example"); called inside the click, before anything is awaited. */
  askForSite(origin: string): Promise<boolean>;
}

const MB = MAX_PACK_BYTES / (1024 * 1024);

/** An http(s) address, or null. */
export function packUrl(input: string): URL | null {
  try {
    const u = new URL(input.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

/** Reads a pack file from the web without cookies, refusing one over the size limit; throws the reason in the UI language. */
async function fetchPackText(u: URL, t: Translate): Promise<string> {
  const res = await fetch(u.href, { credentials: 'omit', cache: 'no-cache' });
  if (!res.ok) throw new Error(t('packs.import.httpStatus', { status: String(res.status) }));
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > MAX_PACK_BYTES) throw new Error(t('packs.import.tooBig', { size: MB }));
  const text = await res.text();
  if (text.length > MAX_PACK_BYTES) throw new Error(t('packs.import.tooBig', { size: MB }));
  return text;
}

export function PackImport({ t, onText, askForSite }: PackImportProps) {
  const uid = useId();
  const [error, setError] = useState<string | null>(null);
  const [fetching, setFetching] = useState(false);

  const readFile = async (file: File) => {
    setError(null);
    if (file.size > MAX_PACK_BYTES) {
      setError(t('packs.import.readFailed', { reason: t('packs.import.tooBig', { size: MB }) }));
      return;
    }
    try {
      onText(await file.text(), file.name);
    } catch (e) {
      setError(t('packs.import.readFailed', { reason: (e as Error)?.message ?? String(e) }));
    }
  };

  const fetchUrl = (url: string) => {
    setError(null);
    const u = packUrl(url);
    if (!u) {
      setError(t('packs.import.badUrl'));
      return;
    }
    const origin = u.origin;
    // The request must happen inside the click (a user gesture), before anything is awaited.
    let asked: Promise<boolean>;
    try {
      asked = Promise.resolve(askForSite(origin));
    } catch (e) {
      asked = Promise.reject(e);
    }
    setFetching(true);
    void (async () => {
      try {
        if (!(await asked.catch(() => false))) {
          setError(t('packs.import.denied', { origin }));
          return;
        }
        onText(await fetchPackText(u, t), u.href);
      } catch (e) {
        setError(t('packs.import.fetchFailed', { reason: (e as Error)?.message ?? String(e) }));
      } finally {
        setFetching(false);
      }
    })();
  };
  const gotText = (text: string, source: string) => {
    setError(null);
    onText(text, source);
  };

  return (
    <div className="tf-packs-import">
      <p className="tf-muted">{t('packs.installHelp')}</p>
      <PackDropZone t={t} onFile={(f) => void readFile(f)} onText={gotText} onRefused={() => setError(t('packs.import.notFile'))} />
      <PastedPack uid={uid} t={t} onText={gotText} />
      <PackUrlForm uid={uid} t={t} fetching={fetching} onFetch={fetchUrl} />
      {error && (
        <p role="alert" className="tf-error" dir="auto">
          {error}
        </p>
      )}
    </div>
  );
}

/** Drop one file (or dropped JSON text), or pick one. */
function PackDropZone({ t, onFile, onText, onRefused }: { t: Translate; onFile(file: File): void; onText(text: string, source: string): void; onRefused(): void }) {
  const { dragging, handlers } = useDropTarget((data) => {
    const files = data?.files;
    if (files && files.length === 1) return onFile(files[0]);
    const dropped = data?.getData('text/plain') ?? '';
    if (!files?.length && dropped.trim().startsWith('{')) return onText(dropped, t('packs.import.pasted'));
    onRefused();
  });
  return (
    <div className="tf-packs-drop" data-active={dragging} data-testid="pack-drop" {...handlers}>
      <label className="tf-row" style={{ justifyContent: 'center' }}>
        <span>{t('packs.import.file')}</span>
        <FileInput label={t('core.file.choose')} accept="application/json,.json" data-testid="pack-file" onFile={onFile} />
      </label>
      <div>{t(dragging ? 'packs.import.dropActive' : 'packs.import.drop')}</div>
    </div>
  );
}

function PastedPack({ uid, t, onText }: { uid: string; t: Translate; onText(text: string, source: string): void }) {
  const [pasted, setPasted] = useState('');
  return (
    <form
      className="tf-packs-paste"
      onSubmit={(e) => {
        e.preventDefault();
        if (pasted.trim()) onText(pasted, t('packs.import.pasted'));
      }}
    >
      <label className="tf-field tf-packs-wide" htmlFor={`${uid}-paste`}>
        {t('packs.import.paste')}
        <textarea id={`${uid}-paste`} dir="ltr" rows={4} spellCheck={false} value={pasted} onChange={(e) => setPasted(e.currentTarget.value)} data-testid="pack-paste" />
      </label>
      <button type="submit" disabled={!pasted.trim()}>
        {t('packs.import.check')}
      </button>
    </form>
  );
}

function PackUrlForm({ uid, t, fetching, onFetch }: { uid: string; t: Translate; fetching: boolean; onFetch(url: string): void }) {
  const [url, setUrl] = useState('');
  return (
    <form
      className="tf-row tf-packs-url"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onFetch(url);
      }}
    >
      <label htmlFor={`${uid}-url`}>{t('packs.import.url')}</label>
      <input id={`${uid}-url`} type="url" dir="ltr" placeholder="https://" value={url} onChange={(e) => setUrl(e.currentTarget.value)} data-testid="pack-url" />
      <button type="submit" disabled={fetching || !url.trim()}>
        {fetching ? t('packs.import.fetching') : t('packs.import.fetch')}
      </button>
    </form>
  );
}
