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

export type UiLang = 'en' | 'fa';

export const catalogs = { core, rewrite, tone, kb, tags, packs, sites } as const;

type Merge<K extends keyof typeof catalogs> = (typeof catalogs)[K]['en'];
export type StringKey =
  | keyof Merge<'core'>
  | keyof Merge<'rewrite'>
  | keyof Merge<'tone'>
  | keyof Merge<'kb'>
  | keyof Merge<'tags'>
  | keyof Merge<'packs'>
  | keyof Merge<'sites'>;

function build(lang: UiLang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const cat of Object.values(catalogs)) Object.assign(out, cat[lang]);
  return out;
}

const tables: Record<UiLang, Record<string, string>> = { en: build('en'), fa: build('fa') };

export function t(lang: UiLang, key: StringKey, params?: Record<string, string | number>): string {
  const raw = tables[lang][key] ?? tables.en[key] ?? key;
  if (!params) return raw;
  return raw.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name];
    if (v === undefined) return m;
    return typeof v === 'number' ? formatNumber(lang, v) : v;
  });
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
