/**
 * One panel section (How to answer, Your draft, Help articles, Root cause) whose heading is a
 * button with the section's count: closed sections leave room for the ones the agent uses. Which
 * sections are closed is remembered in the panel's own storage.
 */
import { useState, type ReactNode } from 'react';
import type { Translate, UiLang } from '../../lib/i18n/index.ts';
import './panel.css';

const STORE_KEY = 'tactful.closedSections';

function readClosed(): Set<string> {
  try {
    return new Set(JSON.parse(localStorage.getItem(STORE_KEY) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

function writeClosed(closed: Set<string>) {
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify([...closed]));
  } catch {
    // Storage refused (partitioned or full): the choice lasts until the panel reloads.
  }
}

export interface PanelSectionProps {
  id: string;
  title: string;
  count?: number;
  lang: UiLang;
  t: Translate;
  children: ReactNode;
}

export function PanelSection({ id, title, count, t, children }: PanelSectionProps) {
  const [open, setOpen] = useState(() => !readClosed().has(id));
  const toggle = () => {
    const closed = readClosed();
    if (open) closed.add(id);
    else closed.delete(id);
    writeClosed(closed);
    setOpen(!open);
  };
  return (
    <section className="tf-section" aria-labelledby={`tf-h-${id}`} data-section={id} data-open={open ? 'true' : 'false'}>
      <h2 id={`tf-h-${id}`}>
        <button type="button" className="tf-section-toggle" aria-expanded={open} aria-controls={`tf-s-${id}`}
          aria-label={count === undefined ? title : t('panel.sectionToggle', { section: title, count })} onClick={toggle}>
          <span className="tf-section-chevron" aria-hidden="true">▸</span>
          <span>{title}</span>
          {count !== undefined && <span className="tf-count" data-count={count} aria-hidden="true">{t('panel.count', { count })}</span>}
        </button>
      </h2>
      <div id={`tf-s-${id}`} className="tf-section-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}

/** The skip link's target: the first suggestion's first button, else the draft section's heading (opened). */
export function focusSuggestions(doc: Document = document): void {
  const body = doc.getElementById('tf-s-rewrite');
  const heading = doc.querySelector<HTMLButtonElement>('#tf-h-rewrite button');
  if (body?.hidden) heading?.click();
  // After React has shown the section again.
  const first = () => doc.querySelector<HTMLElement>('#tf-s-rewrite .rewrite-replacement') ?? doc.querySelector<HTMLElement>('#tf-s-rewrite button');
  requestAnimationFrame(() => (first() ?? heading)?.focus());
}
