/**
 * Tone cues for the customer's latest message: one chip per cue (most severe first), each chip
 * focusable; hovering or focusing it shows why the cue fired (the customer's words that carry it,
 * each with its reason) in a popover placed under the whole row of chips (or above it when there
 * is no room below), so it never covers another cue. Escape, leaving the chip and moving focus
 * away close it. Each chip has a dismiss button; dismissed cue ids are kept by the caller. With
 * `onWrong`, the popover offers "Wrong cue" (the caller stores the evidence, never the message).
 * The language cue is left out when the customer writes in the UI language.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { Translate, UiLang } from '../../lib/i18n/index.ts';
import type { Cue, ToneReport } from '../../lib/tone/index.ts';
import './ToneCueBar.css';

export interface ToneCueBarProps {
  report: ToneReport | null;
  lang: UiLang;
  t: Translate;
  dismissed: ReadonlySet<string>;
  onDismiss(id: string): void;
  /** The agent says this cue was wrong for this message. */
  onWrong?(cue: Cue): void;
  /** Cue ids already reported as wrong for this message. */
  reportedWrong?: ReadonlySet<string>;
}

const SEVERITY_ICON: Record<Cue['severity'], string> = { strong: '●', warning: '▲', info: 'ℹ' };
const MAX_SNIPPETS = 5;
const MAX_SNIPPET_CHARS = 80;

function snippet(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > MAX_SNIPPET_CHARS ? `${s.slice(0, MAX_SNIPPET_CHARS - 1)}…` : s;
}

/**
 * Cues to show: not dismissed, and no "written in X" cue when X is the UI language (but Persian typed in Latin letters
 * is said in a Persian UI too: the message looks English at a glance).
 */
export function visibleCues(report: ToneReport | null, lang: UiLang, dismissed: ReadonlySet<string>): Cue[] {
  if (!report) return [];
  return report.cues.filter((c) => !dismissed.has(c.id) && !(c.kind === 'language' && report.language === lang && c.message.key !== 'tone.cue.language.finglish'));
}

/** Above the chips when the popover would run past the bottom of the window and there is more room above. */
export function placeAbove(bar: DOMRect, popHeight: number, viewportHeight: number): boolean {
  return bar.bottom + popHeight + 4 > viewportHeight && bar.top > viewportHeight - bar.bottom;
}

/** Escape closes the open popover wherever focus is (it may have opened on hover). */
function useEscapeCloses(openCue: string | null, close: () => void): void {
  useEffect(() => {
    if (openCue === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        close();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openCue, close]);
}

/** Whether the open popover goes above the row of chips (no room below). */
function usePopoverAbove(barRef: React.RefObject<HTMLDivElement | null>, openCue: string | null): boolean {
  const [above, setAbove] = useState(false);
  useLayoutEffect(() => {
    const bar = barRef.current;
    if (openCue === null || !bar) return;
    const pop = bar.querySelector<HTMLElement>(`[data-cue-id="${CSS.escape(openCue)}"] .tf-tone-popover`);
    const height = pop?.getBoundingClientRect().height ?? 0;
    setAbove(placeAbove(bar.getBoundingClientRect(), height, window.innerHeight));
  }, [barRef, openCue]);
  return above;
}

interface CuePopoverProps {
  cue: Cue;
  id: string;
  open: boolean;
  lang: UiLang;
  t: Translate;
  onWrong?(cue: Cue): void;
  wrong: boolean;
}

/** Why the cue fired: the customer's words that carry it, each with its reason; and "Wrong cue". */
function CuePopover({ cue, id, open, lang, t, onWrong, wrong }: CuePopoverProps) {
  const quote = (s: string) => (lang === 'fa' ? `«${s}»` : `“${s}”`);
  const snippets = cue.evidence.slice(0, MAX_SNIPPETS);
  return (
    <div role="tooltip" id={id} className="tf-tone-popover" hidden={!open}>
      {snippets.length > 0 ? (
        <>
          <p className="tf-tone-because">{t('tone.bar.because')}</p>
          <ul className="tf-tone-evidence">
            {snippets.map((e) => (
              <li key={`${e.start}:${e.end}`}>
                <q dir="auto">{quote(snippet(e.text))}</q>
                {e.why ? <span className="tf-tone-why"> · {t(e.why)}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="tf-tone-because">{t('tone.bar.noEvidence')}</p>
      )}
      {onWrong ? (
        <button type="button" className="tf-tone-wrong" disabled={wrong} onClick={() => onWrong(cue)}>
          {t(wrong ? 'tone.bar.wrongDone' : 'tone.bar.wrong')}
        </button>
      ) : null}
    </div>
  );
}

interface CueChipProps extends Omit<CuePopoverProps, 'id' | 'open'> {
  popId: string;
  isOpen: boolean;
  setOpen: React.Dispatch<React.SetStateAction<string | null>>;
  onDismiss(id: string): void;
}

/** One cue: the chip (focus or hover opens its popover), its dismiss button and the popover. */
function CueChip({ cue, popId, isOpen, setOpen, onDismiss, ...popover }: CueChipProps) {
  const { t } = popover;
  const label = t(cue.message.key, cue.message.params);
  // Leaving the item (not for one of its own parts) closes its popover.
  const leaving = (e: React.FocusEvent | React.MouseEvent) => {
    const next = e.relatedTarget;
    if (next instanceof Node && (e.currentTarget as Node).contains(next)) return;
    setOpen((o) => (o === cue.id ? null : o));
  };
  return (
    <li className={`tf-tone-item tf-tone-${cue.severity}`} data-cue-id={cue.id} onMouseEnter={() => setOpen(cue.id)} onMouseLeave={leaving} onBlur={leaving}>
      <button
        type="button"
        className="tf-tone-chip"
        aria-describedby={popId}
        aria-expanded={isOpen}
        onFocus={() => setOpen(cue.id)}
        onClick={() => setOpen((o) => (o === cue.id ? null : cue.id))}
      >
        <span className="tf-tone-icon" aria-hidden="true">
          {SEVERITY_ICON[cue.severity]}
        </span>
        <span className="tf-visually-hidden">{t(`tone.severity.${cue.severity}`)}: </span>
        <span className="tf-tone-label">{label}</span>
      </button>
      <button type="button" className="tf-tone-dismiss" aria-label={t('tone.bar.dismiss', { cue: label })} title={t('tone.bar.dismiss', { cue: label })} onClick={() => onDismiss(cue.id)}>
        ×
      </button>
      <CuePopover cue={cue} id={popId} open={isOpen} {...popover} />
    </li>
  );
}

export function ToneCueBar({ report, lang, t, dismissed, onDismiss, onWrong, reportedWrong }: ToneCueBarProps) {
  const baseId = useId();
  const [open, setOpen] = useState<string | null>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const cues = visibleCues(report, lang, dismissed);
  const openCue = open !== null && cues.some((c) => c.id === open) ? open : null;
  const close = useCallback(() => setOpen(null), []);
  useEscapeCloses(openCue, close);
  const above = usePopoverAbove(barRef, openCue);

  if (!report || cues.length === 0) {
    return (
      <div className="tf-tone-bar">
        <p className="tf-tone-empty tf-muted">{t(report ? 'tone.bar.none' : 'tone.bar.empty')}</p>
      </div>
    );
  }
  return (
    <div className="tf-tone-bar" ref={barRef} data-popover-place={above ? 'above' : 'below'}>
      <ul className="tf-tone-chips" aria-label={t('tone.bar.label')}>
        {cues.map((cue) => (
          <CueChip
            key={cue.id}
            cue={cue}
            popId={`${baseId}-${cue.id}`}
            isOpen={openCue === cue.id}
            setOpen={setOpen}
            onDismiss={onDismiss}
            lang={lang}
            t={t}
            onWrong={onWrong}
            wrong={reportedWrong?.has(cue.id) ?? false}
          />
        ))}
      </ul>
    </div>
  );
}
