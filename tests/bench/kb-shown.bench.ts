/**
 * Which KB suggestions are shown at all (issue 14): a minimum match strength and the customer's
 * language keep weak one-word matches ("page", "order", the digits "3" and "5") off the panel.
 *
 * Sets, each with a dev split (tuning) and a test split (only measured):
 * - hand: tests/fixtures/kb-eval, 16 English and Persian articles and messages written for this
 *   (typos, no apostrophes, colloquial Persian, sarcasm, signatures, a quoted line, order numbers),
 *   about a third with no answering article;
 * - BANKING77 open set: articles for every other intent (first 5 training questions each); queries
 *   of the other intents have no article. dev = training rows not in an article, test = test.csv;
 * - Bitext open set (CDLA-Sharing 1.0, read in place): same construction over its 27 intents;
 *   rows after the first 5 of an intent alternate dev / test;
 * - cross-language: English BANKING77 test queries against the Persian hand articles, and the
 *   Persian hand messages against the English ones: anything shown is wrong.
 *
 * Figures: answered (in-KB queries with anything shown), top-1 right among those shown (out-of-KB
 * queries with a suggestion count as wrong), found (gold among the shown, of in-KB queries), and
 * out-of-KB queries with a suggestion. "before" is the old behaviour (every match, every language).
 * `npm run bench -- kb-shown`
 */
import { readFileSync } from 'node:fs';
import { createKbIndex, type KbIndexOptions } from '../../lib/kb/search.ts';
import type { KbArticle } from '../../lib/kb/types.ts';
import { titleOf } from './kb.bench.ts';
import { corpusPath, readCsv } from './stats.ts';

export interface Query {
  text: string;
  gold: string | null;
}
interface EvalSet {
  name: string;
  articles: KbArticle[];
  dev: Query[];
  test: Query[];
}

const fixture = (f: string) => new URL(`../fixtures/kb-eval/${f}`, import.meta.url);
const jsonl = (f: string): Query[] => readFileSync(fixture(f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Query);

export function handSet(): EvalSet {
  const articles = JSON.parse(readFileSync(fixture('articles.json'), 'utf8')) as KbArticle[];
  return { name: 'hand (en+fa)', articles, dev: jsonl('dev.jsonl'), test: jsonl('test.jsonl') };
}

/** Articles for every other intent (sorted); the rest have none. */
function openSet(name: string, rows: { text: string; intent: string }[], split: (r: { text: string; intent: string }, k: number) => 'article' | 'dev' | 'test' | null): EvalSet {
  const intents = [...new Set(rows.map((r) => r.intent))].sort();
  const inKb = new Set(intents.filter((_, i) => i % 2 === 0));
  const bodies = new Map<string, string[]>();
  const dev: Query[] = [];
  const test: Query[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    const k = seen.get(r.intent) ?? 0;
    seen.set(r.intent, k + 1);
    const where = split(r, k);
    const gold = inKb.has(r.intent) ? r.intent : null;
    if (where === 'article') {
      if (gold) bodies.set(r.intent, [...(bodies.get(r.intent) ?? []), r.text]);
    } else if (where === 'dev') dev.push({ text: r.text, gold });
    else if (where === 'test') test.push({ text: r.text, gold });
  }
  const articles = [...bodies].map(([intent, qs]) => ({ id: intent, title: titleOf(intent), url: `https://help.example.com/${intent}`, body: qs.join('\n'), language: 'en' }));
  return { name, articles, dev, test };
}

function banking(): EvalSet {
  const read = (f: string) => readCsv(readFileSync(corpusPath('banking77', f), 'utf8')).slice(1).filter((r) => r.length >= 2 && r[0].trim()).map((r) => ({ text: r[0], intent: r[1] }));
  const train = openSet('BANKING77 open set', read('train.csv'), (_, k) => (k < 5 ? 'article' : 'dev'));
  const test = read('test.csv').map((r) => ({ text: r.text, gold: train.articles.some((a) => a.id === r.intent) ? r.intent : null }));
  return { ...train, test };
}

function bitext(): EvalSet {
  const rows = readCsv(readFileSync(corpusPath('bitext-cs-intents', 'bitext_customer_support_4514.csv'), 'utf8'))
    .slice(1)
    .filter((r) => r.length > 3 && r[2].trim())
    .map((r) => ({ text: r[2], intent: r[3] }));
  return openSet('Bitext open set', rows, (_, k) => (k < 5 ? 'article' : k % 2 ? 'dev' : 'test'));
}

export interface Shown {
  n: number;
  answered: number;
  top1Right: number;
  shownTotal: number;
  found: number;
  nOut: number;
  outShown: number;
}

export function measure(articles: readonly KbArticle[], queries: readonly Query[], options: KbIndexOptions): Shown {
  const index = createKbIndex(articles, options);
  const m: Shown = { n: 0, answered: 0, top1Right: 0, shownTotal: 0, found: 0, nOut: 0, outShown: 0 };
  for (const q of queries) {
    const hits = index.suggest(q.text, 5).slice(0, 3);
    if (hits.length) m.shownTotal++;
    if (q.gold === null) {
      m.nOut++;
      if (hits.length) m.outShown++;
      continue;
    }
    m.n++;
    if (hits.length) m.answered++;
    if (hits[0]?.articleId === q.gold) m.top1Right++;
    if (hits.some((h) => h.articleId === q.gold)) m.found++;
  }
  return m;
}

const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)}%` : '-');

function row(label: string, split: string, m: Shown): string[] {
  return [label, split, String(m.n), pct(m.answered, m.n), pct(m.top1Right, m.shownTotal), pct(m.found, m.n), String(m.nOut), pct(m.outShown, m.nOut)];
}

function table(rows: string[][]): void {
  const head = ['set / setting', 'split', 'in-KB', 'answered', 'top-1 right of shown', 'found@3', 'out-of-KB', 'out-of-KB shown'];
  const all = [head, ...rows];
  const w = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  for (const [k, r] of all.entries()) {
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  '));
    if (k === 0) console.log(w.map((x) => '-'.repeat(x)).join('  '));
  }
}

export const BEFORE: KbIndexOptions = { minStrength: 0, sameLanguageOnly: false };

export default function main(): void {
  const sets = [handSet(), banking(), bitext()];
  console.log('Minimum strength on the dev splits (sameLanguageOnly on):');
  const sweep: string[][] = [];
  for (const s of sets) {
    for (const [min, strong] of [[0, 0], [0.25, 0], [0.25, 4], [0.3, 4]] as const) {
      sweep.push(row(`${s.name}, min ${min}, 4-word rule ${strong ? 'on' : 'off'}`, 'dev', measure(s.articles, s.dev, { minStrength: min, strongWords: strong })));
    }
  }
  table(sweep);

  console.log('\nBefore (every match, every language) and after (defaults):');
  const rows: string[][] = [];
  for (const s of sets) {
    for (const split of ['dev', 'test'] as const) {
      rows.push(row(`${s.name}, before`, split, measure(s.articles, s[split], BEFORE)));
      rows.push(row(`${s.name}, after`, split, measure(s.articles, s[split], {})));
    }
  }
  table(rows);

  const hand = handSet();
  const faOnly = hand.articles.filter((a) => a.language === 'fa');
  const enOnly = hand.articles.filter((a) => a.language === 'en');
  const bank = sets[1];
  const enQueries = bank.test.filter((q) => q.gold !== null).map((q) => ({ text: q.text, gold: null }));
  const faQueries = hand.test.filter((q) => /[\u0600-\u06ff]/.test(q.text)).map((q) => ({ text: q.text, gold: null }));
  console.log('\nCross-language (every suggestion is wrong):');
  table([
    row('English BANKING77 test vs Persian articles, before', 'test', measure(faOnly, enQueries, BEFORE)),
    row('English BANKING77 test vs Persian articles, after', 'test', measure(faOnly, enQueries, {})),
    row('Persian hand test vs English articles, before', 'test', measure(enOnly, faQueries, BEFORE)),
    row('Persian hand test vs English articles, after', 'test', measure(enOnly, faQueries, {})),
  ]);
}
