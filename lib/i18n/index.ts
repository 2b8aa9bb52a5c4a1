/**
 * UI strings in English and Persian. Each feature keeps its strings in strings/<feature>.ts as
 * `{ en: {...}, fa: {...} }`; a meta-test checks that both languages have every key.
 * Placeholders are written {name} and filled from `params`.
 */
import { strings as core } from './strings/core.ts';
import { strings as rewrite } from './strings/rewrite.ts';
import { strings as tone } from './strings/tone.ts';
import { strings as kb } from './strings/kb.ts';
import { strings as tags } from './strings/tags.ts';
import { strings as packs } from './strings/packs.ts';
import { strings as sites } from './strings/sites.ts';
import { strings as panel } from './strings/panel.ts';

export type UiLang = 'en' | 'fa';

export const catalogs = { core, rewrite, tone, kb, tags, packs, sites, panel } as const;

type Merge<K extends keyof typeof catalogs> = (typeof catalogs)[K]['en'];
export type StringKey =
  | keyof Merge<'core'>
  | keyof Merge<'rewrite'>
  | keyof Merge<'tone'>
  | keyof Merge<'kb'>
  | keyof Merge<'tags'>
  | keyof Merge<'packs'>
  | keyof Merge<'sites'>
  | keyof Merge<'panel'>;

function build(lang: UiLang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const cat of Object.values(catalogs)) Object.assign(out, cat[lang]);
  return out;
}

const tables: Record<UiLang, Record<string, string>> = { en: build('en'), fa: build('fa') };

export function t(lang: UiLang, key: StringKey, params?: Record<string, string | number>): string {
  const raw = tables[lang][key] ?? tables.en[key] ?? key;
  if (!params) return raw;
  return expandPlurals(lang, raw, params).replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name];
    if (v === undefined) return m;
    return typeof v === 'number' ? formatNumber(lang, v) : isolate(lang, v);
  });
}

const RTL_CHAR = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const LTR_CHAR = /[A-Za-z0-9\u00c0-\u024f]/;

/**
 * A filled-in value wrapped in Unicode first-strong isolates (U+2068 … U+2069) when its direction
 * can differ from the sentence around it: a host, an English rule name or a URL inside a Persian
 * sentence, a Persian tag name inside an English one. Without it the bidi algorithm moves the
 * full stops and quotes next to the value to the wrong end ("پاسخ :textarea").
 */
export function isolate(lang: UiLang, value: string): string {
  if (!value) return value;
  const needs = lang === 'fa' ? LTR_CHAR.test(value) : RTL_CHAR.test(value);
  return needs ? `\u2068${value}\u2069` : value;
}

const pluralRules: Record<UiLang, Intl.PluralRules> = { en: new Intl.PluralRules('en'), fa: new Intl.PluralRules('fa') };

/**
 * ICU-style plurals: "{count, plural, one {# rule} other {# rules}}" picks the form the
 * language's plural rules give for the number (Intl.PluralRules; "=0 {...}" for an exact number)
 * and writes the number, formatted for the language, in place of #.
 */
export function expandPlurals(lang: UiLang, raw: string, params: Record<string, string | number>): string {
  let out = '';
  let i = 0;
  const head = /\{(\w+),\s*plural,/g;
  for (let m = head.exec(raw); m; m = head.exec(raw)) {
    const forms = new Map<string, string>();
    let j = m.index + m[0].length;
    for (;;) {
      while (/\s/.test(raw[j] ?? '')) j++;
      if (raw[j] === '}' || j >= raw.length) break;
      const sel = /^(=\d+|\w+)\s*\{/.exec(raw.slice(j));
      if (!sel) break;
      j += sel[0].length;
      let depth = 1;
      const start = j;
      while (j < raw.length && depth > 0) {
        if (raw[j] === '{') depth++;
        else if (raw[j] === '}') depth--;
        j++;
      }
      forms.set(sel[1], raw.slice(start, j - 1));
    }
    const n = Number(params[m[1]]);
    const form = forms.get(`=${n}`) ?? forms.get(Number.isFinite(n) ? pluralRules[lang].select(n) : 'other') ?? forms.get('other') ?? '';
    out += raw.slice(i, m.index) + form.replace(/#/g, Number.isFinite(n) ? formatNumber(lang, n) : String(params[m[1]] ?? ''));
    i = j + 1;
    head.lastIndex = i;
  }
  return out + raw.slice(i);
}

export function formatNumber(lang: UiLang, n: number): string {
  return new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-US').format(n);
}

export function dirOf(lang: UiLang): 'rtl' | 'ltr' {
  return lang === 'fa' ? 'rtl' : 'ltr';
}

/** The UI language from a browser language tag ("fa-IR" -> fa, anything else -> en). */
export function uiLangFrom(tag: string | undefined): UiLang {
  return tag && /^fa\b/i.test(tag) ? 'fa' : 'en';
}

export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;
export function translator(lang: UiLang): Translate {
  return (key, params) => t(lang, key, params);
}
