/**
 * jargon32: the words customers themselves write, counted over customer-written text, as a compact frequency-banded
 * word set (lib/rewrite/generic/jargon-common.en.ts and jargon-common.fa.ts). A term the agent writes that customers
 * never write is one signal, never the only one, of jargon (lib/rewrite/generic/jargon32.ts).
 *
 * Sources (../shared/corpus, each folder's SOURCE.md; never a folder ending -nc, which is non-commercial):
 * - English: banking77 (CC BY 4.0: train and test customer queries), Bitext customer-support intents (CDLA-Sharing 1.0:
 *   the customer `instruction` column only, never the agent `response`), stanford-politeness (Apache-2.0; request texts
 *   from Wikipedia talk pages and Stack Exchange, CC BY-SA), ABCD's sample (MIT: customer turns only), positive-frames
 *   (CC BY-SA 4.0: the train file's everyday tweets and their reframings, so that an everyday word is not read as rare;
 *   the rewrite bench measures its dev and test files), and the
 *   repository's own English tone fixtures (customer messages; never an aside split, train31, train34 or the held-out split).
 * - Persian: Shekasteh (MIT: colloquial and formal columns) and the repository's own Persian tone fixtures (same rule).
 * Only words (no text) are kept: a word's key (an English lemma, a Persian stem: rarityKey), four letters or more (Persian:
 * three), in two texts at least.
 *
 * Usage: npx tsx scripts/jargon-rarity.ts          write the two files
 *        npx tsx scripts/jargon-rarity.ts --check  exit 1 when the committed files differ from what the corpus gives
 *                                                  (exit 0 with a note when the corpus is not beside the clone)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../lib/nlp/index.ts';
import { rarityKey } from '../lib/rewrite/generic/jargon-common.ts';
import { ASIDE_SPLITS as TONE_ASIDE, HELD_OUT_SPLIT as TONE_HELD_OUT } from '../tests/bench/tone.eval.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** ../shared/corpus from the clone, or from a worktree one level deeper (/work/wt/<name>). */
function corpusDir(): string | null {
  for (const up of [['..'], ['..', '..']]) {
    const d = join(root, ...up, 'shared', 'corpus');
    if (existsSync(d)) return d;
  }
  return null;
}

/** A CSV file's rows (quoted fields with commas, doubled quotes and newlines). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"') {
        if (text[i + 1] === '"') (field += '"'), i++;
        else q = false;
      } else field += c;
    } else if (c === '"') q = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}
function csvColumn(file: string, name: string): string[] {
  const [head, ...rows] = csvRows(readFileSync(file, 'utf8'));
  const k = head.indexOf(name);
  if (k < 0) throw new Error(`${file}: no column ${name}`);
  return rows.map((r) => r[k] ?? '').filter(Boolean);
}

/** Customer text of the repository's own tone fixtures, development splits only. */
function toneTexts(lang: 'en' | 'fa'): string[] {
  const dir = join(root, 'tests', 'fixtures', 'tone-eval');
  const skip = new Set<string>([...TONE_ASIDE, TONE_HELD_OUT, 'train31', 'train34', 'train34b', 'train35', 'train35b', 'train35c', 'train35d']);
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const m = f.match(/^(en|fa)\.(.+)\.jsonl$/);
    if (!m || m[1] !== lang || skip.has(m[2])) continue;
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const t = (JSON.parse(line) as { text?: string }).text;
      if (t) out.push(t);
    }
  }
  return out;
}

function englishTexts(corpus: string): string[] {
  const out: string[] = [];
  for (const f of ['train.csv', 'test.csv']) out.push(...csvColumn(join(corpus, 'banking77', f), 'text'));
  out.push(...csvColumn(join(corpus, 'bitext-cs-intents', 'bitext_customer_support_4514.csv'), 'instruction'));
  for (const f of ['stack-exchange.annotated.csv', 'wikipedia.annotated.csv']) out.push(...csvColumn(join(corpus, 'stanford-politeness', f), 'Request'));
  const abcd = JSON.parse(readFileSync(join(corpus, 'abcd-kb', 'abcd_sample.json'), 'utf8')) as { original?: [string, string][] }[];
  for (const c of abcd) for (const [who, t] of c.original ?? []) if (who === 'customer') out.push(t);
  // Everyday writing by ordinary people (not customers, but not trade text either): positive-frames' tweets and their reframings,
  // the train file only (the rewrite bench measures flags on its dev and test files).
  for (const f of ['wholetrain.csv']) for (const col of ['original_text', 'reframed_text']) out.push(...csvColumn(join(corpus, 'positive-frames', f), col));
  out.push(...toneTexts('en'));
  return out;
}

function persianTexts(corpus: string): string[] {
  const out: string[] = [];
  for (const f of ['dev.tsv', 'test.tsv']) {
    for (const line of readFileSync(join(corpus, 'shekasteh-fa-colloquial', f), 'utf8').split('\n')) out.push(...line.split('\t').slice(0, 2).filter((s) => s.trim()));
  }
  out.push(...toneTexts('fa'));
  return out;
}

const WORD: Record<'en' | 'fa', RegExp> = { en: /^[a-z][a-z'-]{3,}$/, fa: /^[\u0600-\u06FF]{3,}$/ };

/** The words' keys (./jargon-common.ts's rarityKey of each token norm), counted once per text. */
function count(texts: string[], lang: 'en' | 'fa'): Map<string, number> {
  const n = new Map<string, number>();
  for (const t of texts) {
    const seen = new Set<string>();
    for (const tok of tokenize(t)) {
      if (!tok.word) continue;
      const k = rarityKey(lang, tok.norm);
      if (k && WORD[lang].test(k)) seen.add(k);
    }
    for (const f of seen) n.set(f, (n.get(f) ?? 0) + 1);
  }
  return n;
}

/** The committed file: two bands, words seen in 2-4 texts and in 5 or more. */
function render(lang: 'en' | 'fa', counts: Map<string, number>, texts: number): string {
  const band = (lo: number, hi: number) => [...counts].filter(([, k]) => k >= lo && k <= hi).map(([w]) => w).sort();
  const wrap = (ws: string[]) => {
    const lines: string[] = [];
    let l = '';
    for (const w of ws) {
      if (l.length + w.length + 1 > 118) lines.push(l), (l = '');
      l += (l ? ' ' : '') + w;
    }
    if (l) lines.push(l);
    return lines.join('\n');
  };
  const NAME = lang.toUpperCase();
  const often = band(5, Infinity);
  const seen = band(2, 4);
  return `/**
 * GENERATED by scripts/jargon-rarity.ts (do not edit by hand; \`npx tsx scripts/jargon-rarity.ts --check\` compares).
 * ${lang === 'en' ? 'English' : 'Persian'} words customers write (keys of four letters or more, Persian three: rarityKey), counted over ${texts} customer-written texts:
 * ${lang === 'en' ? 'banking77 (CC BY 4.0), Bitext customer instructions (CDLA-Sharing 1.0), stanford-politeness requests (Apache-2.0, CC BY-SA), ABCD sample customer turns (MIT), positive-frames tweets (CC BY-SA 4.0)' : 'Shekasteh (MIT, colloquial and formal columns)'}
 * and the repository's own ${lang === 'en' ? 'English' : 'Persian'} tone fixtures. Words only, no text. Two bands: in five texts or more, in two to four.
 */
const OFTEN = \`
${wrap(often)}
\`;
const SEEN = \`
${wrap(seen)}
\`;
const set = (s: string): ReadonlySet<string> => new Set(s.split(/\\s+/).filter(Boolean));
/** Words in five customer texts or more. */
export const CUSTOMER_OFTEN_${NAME}: ReadonlySet<string> = set(OFTEN);
/** Words in two to four customer texts. */
export const CUSTOMER_SEEN_${NAME}: ReadonlySet<string> = set(SEEN);
`;
}

const corpus = corpusDir();
const check = process.argv.includes('--check');
if (!corpus) {
  console.log('jargon-rarity: ../shared/corpus is not beside this clone; nothing to generate or check');
  process.exit(0);
}
let differ = false;
for (const lang of ['en', 'fa'] as const) {
  const texts = lang === 'en' ? englishTexts(corpus) : persianTexts(corpus);
  const body = render(lang, count(texts, lang), texts.length);
  const file = join(root, 'lib', 'rewrite', 'generic', `jargon-common.${lang}.ts`);
  if (check) {
    const same = existsSync(file) && readFileSync(file, 'utf8') === body;
    console.log(`${file}: ${same ? 'up to date' : 'DIFFERS'}`);
    if (!same) differ = true;
  } else {
    writeFileSync(file, body);
    console.log(`${file}: ${body.length} characters from ${texts.length} texts`);
  }
}
if (differ) process.exit(1);
