/**
 * Tone cues for the customer's latest message: one chip per cue (most severe first), each chip
 * focusable; hovering or focusing it shows the evidence (quoted snippets of the customer's words)
 * in a small popover, Escape hides it. Each chip has a dismiss button; dismissed cue ids are kept
 * by the caller. The language cue is left out when the customer writes in the UI language.
 */
import { useId, useState } from 'react';
import type { Translate, UiLang } from '../../lib/i18n/index.ts';
import type { Cue, ToneReport } from '../../lib/tone/index.ts';
import './ToneCueBar.css';

export interface ToneCueBarProps {
  report: ToneReport | null;
  lang: UiLang;
  t: Translate;
  dismissed: ReadonlySet<string>;
  onDismiss(id: string): void;
}

const SEVERITY_ICON: Record<Cue['severity'], string> = { strong: '●', warning: '▲', info: 'ℹ' };
const MAX_SNIPPETS = 5;
const MAX_SNIPPET_CHARS = 80;

function snippet(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > MAX_SNIPPET_CHARS ? `${s.slice(0, MAX_SNIPPET_CHARS - 1)}…` : s;
}

/** Cues to show: not dismissed, and no "written in X" cue when X is the UI language. */
export function visibleCues(report: ToneReport | null, lang: UiLang, dismissed: ReadonlySet<string>): Cue[] {
  if (!report) return [];
  return report.cues.filter((c) => !dismissed.has(c.id) && !(c.kind === 'language' && report.language === lang));
}

export function ToneCueBar({ report, lang, t, dismissed, onDismiss }: ToneCueBarProps) {
  const baseId = useId();
  const [open, setOpen] = useState<string | null>(null);
  const cues = visibleCues(report, lang, dismissed);

  if (!report || cues.length === 0) {
    return (
      <div className="tf-tone-bar">
        <p className="tf-tone-empty tf-muted">{t(report ? 'tone.bar.none' : 'tone.bar.empty')}</p>
      </div>
    );
  }

  const quote = (s: string) => (lang === 'fa' ? `«${s}»` : `“${s}”`);

  return (
    <div className="tf-tone-bar">
      <ul className="tf-tone-chips" aria-label={t('tone.bar.label')}>
        {cues.map((cue) => {
          const label = t(cue.message.key, cue.message.params);
          const popId = `${baseId}-${cue.id}`;
          const isOpen = open === cue.id;
          const snippets = cue.evidence.slice(0, MAX_SNIPPETS);
          return (
            <li
              key={cue.id}
              className={`tf-tone-item tf-tone-${cue.severity}`}
              data-cue-id={cue.id}
              onMouseEnter={() => setOpen(cue.id)}
              onMouseLeave={() => setOpen((o) => (o === cue.id ? null : o))}
            >
              <button
                type="button"
                className="tf-tone-chip"
                aria-describedby={popId}
                aria-expanded={isOpen}
                onFocus={() => setOpen(cue.id)}
                onBlur={() => setOpen((o) => (o === cue.id ? null : o))}
                onKeyDown={(e) => {
                  if (e.key === 'Escape' && isOpen) {
                    e.preventDefault();
                    setOpen(null);
                  }
                }}
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
              <div role="tooltip" id={popId} className="tf-tone-popover" hidden={!isOpen}>
                {snippets.length > 0 ? (
                  <>
                    <p className="tf-tone-because">{t('tone.bar.because')}</p>
                    <ul className="tf-tone-evidence">
                      {snippets.map((e) => (
                        <li key={`${e.start}:${e.end}`} dir="auto">
                          <q>{quote(snippet(e.text))}</q>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p className="tf-tone-because">{t('tone.bar.noEvidence')}</p>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
