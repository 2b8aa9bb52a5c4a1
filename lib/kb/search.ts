/**
 * Knowledge-base matching: which articles fit the customer's message. MiniSearch (BM25+) keeps the
 * inverted index and scores; the analysis (folding, stop words, stemming, word pairs, related
 * words) is ours (analyse.ts), so English and Persian messages match articles however they are typed.
 *
 * The message is first reduced to the customer's own words (`contentOf`: no greeting, signature or
 * quoted history). Articles in the customer's language get a boost; others stay in the list.
 * `upsert` and `remove` change one document in place (MiniSearch `replace`/`discard`, vacuumed in
 * the background), never rebuilding the index.
 */
import MiniSearch, { type Options, type SearchOptions, type SearchResult } from 'minisearch';
import { detectLanguage } from '../text/index.ts';
import { contentOf } from '../text/message.ts';
import { analyse, analyseTerms, BIGRAM_JOIN, relatedTerms } from './analyse.ts';
import type { KbArticle, KbIndex, KbSuggestion } from './types.ts';

export interface KbIndexOptions {
  /** Weight of a title match, on top of the title's match as part of the whole article. */
  titleBoost?: number;
  /** Weight of a tag match relative to the article text. */
  tagBoost?: number;
  /** Score factor for articles in the customer's language (others keep factor 1 and stay listed). */
  sameLanguageBoost?: number;
  /** Index and query pairs of consecutive content words as extra terms. */
  bigrams?: boolean;
  /** Weight of a word-pair match relative to a single word. */
  bigramWeight?: number;
  /** Weight of a related word ("refund" for "money back"); 0 turns related words off. */
  synonymWeight?: number;
  /**
   * How much matching more distinct query terms counts: MiniSearch multiplies a score by the number
   * of matched terms n; we rescale that to n to this power.
   */
  coordination?: number;
  /** Fuzzy matching (0 = off): max edits as a fraction of the term length, for terms of `fuzzyMinLength`+ letters. */
  fuzzy?: number;
  fuzzyMinLength?: number;
  /** Weight of a fuzzy match relative to an exact one. */
  fuzzyWeight?: number;
  /** Prefix matching for query terms of at least this many letters (0 = off). */
  prefixMinLength?: number;
  prefixWeight?: number;
  /** BM25+ parameters. */
  bm25?: { k: number; b: number; d: number };
  /** Reduces a message to the part worth matching; default `contentOf`. */
  reduce?: (message: string) => string;
  /** Only this many characters of the reduced message are analysed. */
  maxQueryChars?: number;
  /** Only this many distinct query terms are searched (the first ones in the message). */
  maxQueryTerms?: number;
  /**
   * Minimum match strength (0..1) for an article to be suggested: the share of the message's
   * informative words (each weighted by how rare it is among the articles) that the article
   * contains. Numbers never count as evidence. 0 shows every match.
   */
  minStrength?: number;
  /**
   * When the message is clearly English or Persian, articles in the other of the two languages are
   * not suggested (an English mail never gets a Persian article because both mention "5").
   */
  sameLanguageOnly?: boolean;
  /** In the match strength, a message word no article contains weighs this share of the rarest word's weight. */
  unknownWordWeight?: number;
  /** An article matching this many distinct informative words of the message is shown whatever the share (0 = off). */
  strongWords?: number;
}

type Settings = Required<Omit<KbIndexOptions, 'reduce'>>;

/**
 * Defaults tuned on BANKING77 training questions that are in no article (tests/bench/kb.bench.ts).
 * Fuzzy matching of long terms (one edit in 6-7 letters, two from 8) at a low weight helped there
 * a little (+0.2 points top-3, +0.3 top-1); prefix matching made it worse and is off.
 */
export const DEFAULT_KB_OPTIONS: Settings = {
  titleBoost: 1,
  tagBoost: 1.5,
  sameLanguageBoost: 1.5,
  bigrams: true,
  bigramWeight: 0.25,
  synonymWeight: 0.3,
  coordination: 0.5,
  fuzzy: 0.2,
  fuzzyMinLength: 6,
  fuzzyWeight: 0.2,
  prefixMinLength: 0,
  prefixWeight: 0.3,
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  maxQueryChars: 8_000,
  maxQueryTerms: 200,
  minStrength: 0.25,
  sameLanguageOnly: true,
  unknownWordWeight: 1,
  strongWords: 4,
};

/** Longest message handed to `reduce`. */
const MAX_MESSAGE_CHARS = 200_000;

export type KbLang = 'en' | 'fa' | 'other';

interface IndexedDoc {
  id: string;
  title: string;
  /** Title and body as one field, so a term's rarity is counted over whole articles. */
  text: string;
  tags: string;
}

interface DocMeta {
  print: number;
  lang: KbLang;
  tagged: boolean;
}

/** The language of an article: its `language` tag, else the script of its title and first lines. */
export function languageOf(article: Pick<KbArticle, 'language' | 'title' | 'body'>): KbLang {
  const tag = article.language?.toLowerCase().split(/[-_]/)[0];
  if (tag === 'en' || tag === 'fa') return tag;
  if (tag === 'per' || tag === 'fas') return 'fa';
  if (tag) return 'other';
  const detected = detectLanguage(`${article.title} ${article.body.slice(0, 300)}`);
  return detected === 'en' || detected === 'fa' ? detected : 'other';
}

function toDoc(a: KbArticle): IndexedDoc {
  return { id: a.id, title: a.title, text: `${a.title}\n${a.body}`, tags: (a.tags ?? []).join('\n') };
}

/** FNV-1a over what the index reads of an article, to tell a changed article from a saved one. */
function fingerprint(a: KbArticle): number {
  let h = 0x811c9dc5;
  for (const part of [a.title, a.body, a.language ?? '', ...(a.tags ?? [])]) {
    for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0xffff, 0x01000193);
  }
  return h >>> 0;
}

function miniSearchOptions(o: Settings): Options<IndexedDoc> {
  return {
    idField: 'id',
    fields: ['title', 'text', 'tags'],
    tokenize: (text: string) => analyseTerms(text, { bigrams: o.bigrams }),
    processTerm: (term: string) => term,
    searchOptions: { boost: { title: o.titleBoost, text: 1, tags: o.tagBoost }, bm25: o.bm25 },
  };
}

function settings(options: KbIndexOptions): Settings {
  const { reduce: _reduce, ...rest } = options;
  const o = { ...DEFAULT_KB_OPTIONS };
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) (o as Record<string, unknown>)[k] = v;
  return o;
}

/** Bump when analysis changes the terms an article gives: saved indexes are then rebuilt. */
const ANALYSIS_VERSION = 1;

/** What decides the indexed terms; a saved index made with other settings is not reused. */
function signatureOf(o: Settings): string {
  return `${ANALYSIS_VERSION}:${o.bigrams ? 'pairs' : 'words'}`;
}

interface SavedKbIndex {
  version: 1;
  signature: string;
  docs: [id: string, print: number, lang: KbLang, tagged: 0 | 1][];
  index: ReturnType<MiniSearch['toJSON']>;
}

export interface KbSearchIndex extends KbIndex {
  /** Serialisable state (see `kbIndexToJSON`). */
  toJSON(): object;
}

interface Ranked {
  id: string;
  score: number;
  queryTerms: string[];
}

class Index implements KbSearchIndex {
  readonly ms: MiniSearch<IndexedDoc>;
  readonly meta = new Map<string, DocMeta>();
  private readonly langCount: Record<KbLang, number> = { en: 0, fa: 0, other: 0 };
  private tagged = 0;
  private readonly o: Settings;
  private readonly reduce: (message: string) => string;

  constructor(options: KbIndexOptions, saved?: SavedKbIndex) {
    this.o = settings(options);
    this.reduce = options.reduce ?? contentOf;
    if (saved) {
      this.ms = MiniSearch.loadJS<IndexedDoc>(saved.index, miniSearchOptions(this.o));
      for (const [id, print, lang, tagged] of saved.docs) this.track(id, { print, lang, tagged: tagged === 1 });
    } else this.ms = new MiniSearch<IndexedDoc>(miniSearchOptions(this.o));
  }

  get size(): number {
    return this.ms.documentCount;
  }

  signature(): string {
    return signatureOf(this.o);
  }

  private track(id: string, m: DocMeta | null): void {
    const old = this.meta.get(id);
    if (old) {
      this.langCount[old.lang]--;
      if (old.tagged) this.tagged--;
    }
    if (m) {
      this.meta.set(id, m);
      this.langCount[m.lang]++;
      if (m.tagged) this.tagged++;
    } else this.meta.delete(id);
  }

  private metaOf(a: KbArticle): DocMeta {
    return { print: fingerprint(a), lang: languageOf(a), tagged: (a.tags?.length ?? 0) > 0 };
  }

  addAll(articles: readonly KbArticle[]): void {
    // Later duplicates of an id win, as they would with repeated upserts.
    const last = new Map<string, KbArticle>();
    for (const a of articles) last.set(a.id, a);
    const docs: IndexedDoc[] = [];
    for (const a of last.values()) {
      if (this.ms.has(a.id)) {
        this.upsert(a);
        continue;
      }
      docs.push(toDoc(a));
      this.track(a.id, this.metaOf(a));
    }
    this.ms.addAll(docs);
  }

  upsert(article: KbArticle): void {
    const doc = toDoc(article);
    if (this.ms.has(doc.id)) this.ms.replace(doc);
    else this.ms.add(doc);
    this.track(doc.id, this.metaOf(article));
  }

  remove(id: string): void {
    if (!this.ms.has(id)) return;
    this.ms.discard(id);
    this.track(id, null);
  }

  /** Brings a restored index in line with `articles`: changed or new ones upserted, missing ones removed. */
  sync(articles: readonly KbArticle[]): void {
    const wanted = new Set<string>();
    for (const a of articles) {
      wanted.add(a.id);
      if (this.meta.get(a.id)?.print !== fingerprint(a)) this.upsert(a);
    }
    for (const id of [...this.meta.keys()]) if (!wanted.has(id)) this.remove(id);
  }

  suggest(text: string, limit = 5): KbSuggestion[] {
    if (this.ms.documentCount === 0 || !(limit > 0) || typeof text !== 'string' || !text) return [];
    const o = this.o;
    // The customer's words come before quoted history; a multi-megabyte paste is cut before reducing.
    let content = this.reduce(text.length > MAX_MESSAGE_CHARS ? text.slice(0, MAX_MESSAGE_CHARS) : text);
    if (content.length > o.maxQueryChars) content = content.slice(0, o.maxQueryChars);
    if (!content.trim()) return [];
    const query = this.buildQuery(content);
    if (query.terms.length === 0) return [];

    const lang = detectLanguage(content);
    const preferred: KbLang | null = lang === 'en' || lang === 'fa' ? lang : null;
    // Only when the KB has articles in the customer's language and in others does the boost matter.
    const mixed = preferred !== null && this.langCount[preferred] > 0 && this.langCount[preferred] < this.meta.size;
    const boost = o.sameLanguageBoost;
    const meta = this.meta;
    const search: SearchOptions = {
      fields: this.tagged > 0 ? ['title', 'text', 'tags'] : ['title', 'text'],
      tokenize: (s: string) => [s],
      processTerm: (s: string) => s,
      boostTerm: (term: string) => query.weights.get(term) ?? 0,
      fuzzy: o.fuzzy > 0 ? (term: string) => (term.length >= o.fuzzyMinLength && !term.includes(BIGRAM_JOIN) ? o.fuzzy : false) : false,
      prefix: o.prefixMinLength > 0 ? (term: string) => term.length >= o.prefixMinLength && !term.includes(BIGRAM_JOIN) : false,
      weights: { fuzzy: o.fuzzyWeight, prefix: o.prefixWeight },
      boostDocument: mixed && boost !== 1 ? (id: unknown) => (meta.get(id as string)?.lang === preferred ? boost : 1) : undefined,
    };
    let results = this.ms.search({ queries: query.terms, combineWith: 'OR' }, search);
    if (o.sameLanguageOnly && preferred !== null) {
      const other: KbLang = preferred === 'en' ? 'fa' : 'en';
      results = results.filter((r) => meta.get(r.id as string)?.lang !== other);
    }
    const strength = this.strengthOf(query);
    const out: KbSuggestion[] = [];
    // Ranked first, then held to the minimum strength: a weak match never takes a strong one's place.
    const byId = new Map(results.map((r) => [String(r.id), r]));
    const messageWords = evidenceWords(query.terms.filter((t) => !query.related.has(t)));
    for (const r of rank(results, o.coordination, o.minStrength > 0 ? Math.max(limit * 4, 20) : limit)) {
      const st = strength(r.queryTerms);
      // A long message has many words no article holds; four of its words in one article still count.
      const many = o.strongWords > 0 && evidenceWords(r.queryTerms) >= o.strongWords;
      if (st < o.minStrength && !many) continue;
      // One word alone is not enough unless the article is about it (its title or tags hold it).
      if (o.minStrength > 0 && evidenceWords(r.queryTerms) < Math.min(2, messageWords) && !titleHit(byId.get(r.id)?.match)) continue;
      out.push({ articleId: r.id, score: r.score, matchedTerms: matchedWords(query.terms, new Set(r.queryTerms), query.sources), strength: st });
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Documents whose title and body hold `term` (MiniSearch's own posting list, no second index). */
  private docFreq(term: string): number {
    const inner = this.ms as unknown as { _index?: { get(t: string): Map<number, Map<number, number>> | undefined }; _fieldIds?: Record<string, number> };
    const field = inner._fieldIds?.text;
    if (!inner._index || field === undefined) return 0;
    return inner._index.get(term)?.get(field)?.size ?? 0;
  }

  /**
   * Match strength of an article from the query terms it matched: their share of the message's
   * informative weight. Each word weighs its query weight times its rarity among the articles
   * (BM25's idf; a word no article has weighs `unknownWordWeight` of the rarest). Digits weigh nothing. A related word is credited at its own
   * lower weight and adds nothing to the whole.
   */
  private strengthOf(query: { terms: string[]; weights: Map<string, number>; related: Set<string> }): (matched: readonly string[]) => number {
    const n = this.ms.documentCount;
    // A word no article has: rarer than any, but its rarity is not measured (a typo, a name, small talk).
    const unknown = this.o.unknownWordWeight * Math.max(Math.LN2, Math.log(1 + (n + 0.5) / 0.5));
    const info = new Map<string, number>();
    let total = 0;
    for (const term of query.terms) {
      if (!informative(term)) continue;
      const df = this.docFreq(term);
      // Floored at a word half the articles hold: in a small knowledge base every word is in "most" articles.
      const idf = df === 0 ? unknown : Math.max(Math.LN2, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
      const v = (query.weights.get(term) ?? 0) * idf;
      info.set(term, v);
      if (!query.related.has(term)) total += v;
    }
    return (matched) => {
      if (total <= 0) return 0;
      let got = 0;
      for (const term of matched) got += info.get(term) ?? 0;
      return Math.min(1, got / total);
    };
  }

  /**
   * The query: distinct terms in message order with weights (repeats count 1 + ln n; word pairs
   * and related words less), and for each term the words of the message it came from.
   */
  private buildQuery(content: string): { terms: string[]; weights: Map<string, number>; sources: Map<string, string[]>; related: Set<string> } {
    const o = this.o;
    const counts = new Map<string, number>();
    const sources = new Map<string, string[]>();
    const addSources = (term: string, ws: readonly string[]) => {
      const list = sources.get(term);
      if (!list) sources.set(term, [...ws]);
      else for (const w of ws) if (!list.includes(w)) list.push(w);
    };
    let prevWord = '';
    let word = '';
    for (const t of analyse(content, { bigrams: o.bigrams })) {
      // A pair follows its second word, so the last two words seen are the pair's words.
      if (!t.bigram) {
        prevWord = word;
        // The chip shows the word as written: «کارت‌به‌کارت», not the «کارت» the analyser split from it at ZWNJ.
        word = t.written ? content.slice(t.written.start, t.written.end) : content.slice(t.start, t.end);
      }
      const n = counts.get(t.term);
      if (n === undefined && counts.size >= o.maxQueryTerms) continue;
      counts.set(t.term, (n ?? 0) + 1);
      addSources(t.term, t.bigram ? [prevWord, word] : [word]);
    }
    const weights = new Map<string, number>();
    for (const [term, n] of counts) {
      const w = n === 1 ? 1 : 1 + Math.log(n);
      weights.set(term, term.includes(BIGRAM_JOIN) ? w * o.bigramWeight : w);
    }
    // Related words ("refund" for "money back") join at a lower weight, credited to the source words.
    const related = new Set<string>();
    if (o.synonymWeight > 0) {
      for (const term of counts.keys()) {
        for (const r of relatedTerms(term)) {
          if (counts.has(r)) continue;
          const w = o.synonymWeight * (r.includes(BIGRAM_JOIN) ? o.bigramWeight : 1);
          weights.set(r, Math.max(weights.get(r) ?? 0, w));
          related.add(r);
          addSources(r, sources.get(term) ?? []);
        }
      }
    }
    return { terms: [...weights.keys()], weights, sources, related };
  }

  toJSON(): SavedKbIndex {
    return {
      version: 1,
      signature: this.signature(),
      docs: [...this.meta].map(([id, m]) => [id, m.print, m.lang, m.tagged ? 1 : 0]),
      index: this.ms.toJSON(),
    };
  }
}

/** Numbers (order ids, "3", "5") and the kept negation say nothing about which article fits. */
function informative(term: string): boolean {
  return !/^[0-9~]+$/.test(term) && term !== 'not' && !term.startsWith(`not${BIGRAM_JOIN}`) && !term.endsWith(`${BIGRAM_JOIN}not`);
}

/** Distinct informative single words among matched query terms. */
function evidenceWords(terms: readonly string[]): number {
  let n = 0;
  for (const t of terms) if (!t.includes(BIGRAM_JOIN) && informative(t)) n++;
  return n;
}

/** Whether an informative word matched in the article's title or tags. */
function titleHit(match: Record<string, string[]> | undefined): boolean {
  if (!match) return false;
  for (const [term, fields] of Object.entries(match)) if (informative(term) && (fields.includes('title') || fields.includes('tags'))) return true;
  return false;
}

/**
 * The best `limit` results after rescaling MiniSearch's coordination factor (it multiplies by the
 * number n of matched query terms; we want n^coordination). Insertion into a short list: no copy or
 * sort of all results.
 */
function rank(results: readonly SearchResult[], coordination: number, limit: number): Ranked[] {
  const top: Ranked[] = [];
  const exp = coordination - 1;
  for (const r of results) {
    const n = r.queryTerms.length;
    const score = exp === 0 || n <= 1 ? r.score : r.score * Math.pow(n, exp);
    if (top.length === limit && score <= top[limit - 1].score) continue;
    const entry = { id: String(r.id), score, queryTerms: r.queryTerms };
    let i = top.length < limit ? top.push(entry) - 1 : limit - 1;
    while (i > 0 && top[i - 1].score < score) {
      top[i] = top[i - 1];
      i--;
    }
    top[i] = entry;
  }
  return top;
}

/** The message's words behind the matched query terms, in message order, each once. */
function matchedWords(terms: readonly string[], matched: ReadonlySet<string>, sources: ReadonlyMap<string, string[]>): string[] {
  const words: string[] = [];
  const seen = new Set<string>();
  for (const term of terms) {
    if (!matched.has(term)) continue;
    for (const w of sources.get(term) ?? []) {
      const key = w.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        words.push(w);
      }
    }
  }
  return words;
}

/** Builds the index for `articles` (later duplicates of an id win). */
export function createKbIndex(articles: readonly KbArticle[], options: KbIndexOptions = {}): KbSearchIndex {
  const index = new Index(options);
  index.addAll(articles);
  return index;
}

/** The index as a JSON string, for `loadKbIndex` (e.g. kept in IndexedDB for a faster worker start). */
export function kbIndexToJSON(index: KbIndex): string {
  if (!(index instanceof Index)) throw new TypeError('kbIndexToJSON: not an index made by createKbIndex');
  return JSON.stringify(index.toJSON());
}

function parseSaved(json: string, signature: string): SavedKbIndex | null {
  try {
    const saved = JSON.parse(json) as Partial<SavedKbIndex> | null;
    if (saved?.version === 1 && saved.signature === signature && Array.isArray(saved.docs) && saved.index) return saved as SavedKbIndex;
  } catch {
    // Not JSON: rebuild.
  }
  return null;
}

/**
 * Restores an index saved by `kbIndexToJSON` and syncs it with `articles` (the source of truth):
 * changed and new articles are re-indexed, deleted ones dropped. A save that does not parse, or was
 * made by another analysis version or with other indexing options, is ignored: the index is then
 * built from `articles`.
 */
export function loadKbIndex(json: string, articles: readonly KbArticle[], options: KbIndexOptions = {}): KbSearchIndex {
  const saved = parseSaved(json, signatureOf(settings(options)));
  if (!saved) return createKbIndex(articles, options);
  let index: Index;
  try {
    index = new Index(options, saved);
  } catch {
    return createKbIndex(articles, options);
  }
  index.sync(articles);
  return index;
}
