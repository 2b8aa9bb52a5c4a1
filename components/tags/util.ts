/** Small display helpers shared by the tag components. */
import type { StringKey, Translate, UiLang } from '../../lib/i18n/index.ts';
import { OWNER_TEAMS, findTag, tagName, type Taxonomy } from '../../lib/tags/index.ts';

/** Black or white text, whichever reads better on the tag colour (WCAG relative luminance). */
export function textOn(color: string): '#000000' | '#ffffff' {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return '#000000';
  const lin = (h: string) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const L = 0.2126 * lin(m[1]) + 0.7152 * lin(m[2]) + 0.0722 * lin(m[3]);
  // Contrast with white (1.05 / (L + 0.05)) against contrast with black ((L + 0.05) / 0.05).
  return 1.05 / (L + 0.05) >= (L + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

export function teamName(t: Translate, team: string): string {
  return (OWNER_TEAMS as readonly string[]).includes(team) ? t(`tags.team.${team}` as StringKey) : team;
}

/** A tag's name for reports: its own name (retired ones marked), or the id of a tag this taxonomy does not know. */
export function reportName(tax: Taxonomy, id: string, lang: UiLang, t: Translate): string {
  const tag = findTag(tax, id);
  if (!tag) return id;
  const name = tagName(tag, lang);
  return tag.retired ? t('tags.retiredName', { name }) : name;
}

/** Keeps a number's digits in the UI language. */
export function num(lang: UiLang, n: number, digits = 0): string {
  return new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(n);
}
