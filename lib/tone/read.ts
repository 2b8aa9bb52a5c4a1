/**
 * readCustomerTone: reads the customer's latest words (quoted history and signature cut off) and
 * returns tone figures plus cues for the agent, each with evidence spans in the ORIGINAL message.
 * Pure and synchronous; built to run on every keystroke-sized update (tens of microseconds).
 */
import { parseMessage, type TextSpan } from '../text/message.ts';
import { type Analysis, analyse, type LocalSpan } from './features.ts';
import { frustrationEn, politenessEn } from './learnt.en.ts';
import { formalityFa, frustrationFa } from './learnt.fa.ts';
import { lexiconEn } from './lexicon.en.ts';
import { lexiconFa } from './lexicon.fa.ts';
import { type Hit, Matcher, type Token, tokenize } from './tokens.ts';
import type { Cue, CueKind, Evidence, LinearModel, Severity, ToneOptions, ToneReport, Weights } from './types.ts';

/** Thresholds (tuned on train splits, see tests/bench/tone.bench.ts). */
export const TONE_THRESHOLDS = {
  frustrated: 0.5,
  frustratedStrong: 0.85,
  urgent: 0.5,
  urgentStrong: 0.8,
  repeat: 0.9,
  formal: 0.3,
  casual: -0.35,
  colloquial: 0.8,
  politeFa: 0.5,
  academic: 1,
  shortWords: 20,
  longWords: 180,
} as const;

let defaultMatcher: Matcher | null = null;
const extraMatchers = new WeakMap<object, Matcher>();

function matcherFor(options?: ToneOptions): Matcher {
  const extra = options?.extraLexicon;
  if (!extra) return (defaultMatcher ??= new Matcher([lexiconEn, lexiconFa]));
  let m = extraMatchers.get(extra);
  if (!m) extraMatchers.set(extra, (m = new Matcher([lexiconEn, lexiconFa, extra])));
  return m;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

interface CompiledModel {
  bias: number;
  features: [string, number][];
  words: Map<string, number>;
}
const compiled = new WeakMap<object, CompiledModel>();

function compile(model: LinearModel): CompiledModel {
  let c = compiled.get(model);
  if (!c) {
    c = { bias: model.bias, features: Object.entries(model.features), words: new Map(Object.entries(model.words)) };
    compiled.set(model, c);
  }
  return c;
}

/** z = bias + Σ feature weights + Σ word weights over the distinct tokens (`fallback` for words the model lacks). */
export function linearScore(model: LinearModel, a: Analysis, fallback?: LinearModel): number {
  const m = compile(model);
  const f = fallback ? compile(fallback).words : null;
  let z = m.bias;
  for (const [name, w] of m.features) z += w * (a.features[name] ?? 0);
  for (const k of a.keys) z += m.words.get(k) ?? f?.get(k) ?? 0;
  return z;
}

/** Frustration probability 0..1 of an analysis (language by script share). */
export function frustrationOf(a: Analysis): number {
  const fa = a.faShare >= 0.5;
  return sigmoid(linearScore(fa ? frustrationFa : frustrationEn, a, fa ? frustrationEn : frustrationFa));
}

export function politenessOf(a: Analysis, extraPolite = 0): number {
  if (a.faShare >= 0.5) {
    const pol = Math.min(3, a.features.lex_pol + extraPolite);
    return sigmoid(-1.3 + 1.4 * pol - 1.6 * a.features.lex_rude - 0.5 * a.features.excl_multi - 0.4 * a.features.q_multi);
  }
  if (extraPolite === 0) return sigmoid(linearScore(politenessEn, a));
  const saved = a.features.lex_pol;
  a.features.lex_pol = Math.min(3, saved + extraPolite);
  const p = sigmoid(linearScore(politenessEn, a));
  a.features.lex_pol = saved;
  return p;
}

/** Raw register score (formal > 0, casual < 0) of the latest words plus closing/signature hits. */
export function formalityRaw(a: Analysis, extraHits: readonly Hit[] = []): number {
  let raw = 0;
  const formalTokens = new Set<number>();
  for (const h of a.hits) if (h.category === 'formality') raw += h.weight;
  for (const h of extraHits) if (h.category === 'formality') raw += h.weight;
  for (const h of a.hits) {
    if (h.category === 'formality') for (let i = h.from; i < h.to; i++) formalTokens.add(i);
  }
  for (const h of a.hits) if (h.category === 'slang' && !a.tokens[h.from].fa && !formalTokens.has(h.from)) raw -= 0.5 * h.weight;
  let faTokens = 0;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i];
    if (!t.fa) continue;
    faTokens++;
    if (!formalTokens.has(i)) raw += formalityFa[t.key] ?? 0;
  }
  for (const i of a.colloquialVerbs) if (!formalTokens.has(i) && formalityFa[a.tokens[i].key] === undefined) raw -= 0.5;
  const latin = a.tokens.length - faTokens;
  if (latin > faTokens) {
    const f = a.features;
    raw -= 0.7 * f.lower_i + 0.25 * f.starts_lower + 0.6 * f.subject_drop + 0.2 * f.contractions + 0.3 * f.excl_multi + 0.3 * Math.min(a.emoji.count, 2);
    if (a.words > 3) raw += f.no_final_punct ? -0.2 : 0.25;
    if (/^[A-Z]/.test(a.text.trimStart())) raw += 0.15;
  }
  return raw;
}

function sumHits(hits: readonly Hit[], cat: Hit['category']): number {
  let s = 0;
  for (const h of hits) if (h.category === cat) s += h.weight;
  return s;
}

interface Region {
  span: TextSpan;
  tokens: Token[];
  hits: Hit[];
}

function region(span: TextSpan | null, matcher: Matcher): Region | null {
  if (!span || span.end <= span.start) return null;
  const tokens = tokenize(span.text);
  return { span, tokens, hits: matcher.match(tokens) };
}

const SEVERITY_RANK: Record<Severity, number> = { strong: 0, warning: 1, info: 2 };
const KIND_RANK: Record<CueKind, number> = {
  frustrated: 0, repeat: 1, urgent: 2, caps: 3, academic: 4, formal: 5, casual: 6, questions: 7, polite: 8, emoji: 9, language: 10, long: 11, short: 12,
};

/** The analysis of the customer's latest words, as readCustomerTone sees them (used by the training script). */
export function analyseLatest(message: string, options?: ToneOptions): Analysis {
  return analyse(parseMessage(message).latest.text, matcherFor(options));
}

export function readCustomerTone(message: string, options?: ToneOptions): ToneReport {
  const matcher = matcherFor(options);
  const parts = parseMessage(message);
  const latest = parts.latest;
  const offset = latest.start;
  const a = analyse(latest.text, matcher);
  const ev = (s: LocalSpan, base = offset): Evidence => ({ start: s.start + base, end: s.end + base, text: message.slice(s.start + base, s.end + base) });

  const closing = region(parts.closing, matcher);
  const signature = region(parts.signature, matcher);
  const outer = [closing, signature].filter((r): r is Region => r !== null);

  const language = latest.text.trim() === '' ? 'other' : a.language;

  // Emotions.
  const frustration = a.tokens.length === 0 && a.punctuation.length === 0 ? 0 : frustrationOf(a);
  const urgency = 1 - Math.exp(-(0.9 * a.sums.urgency + 0.15 * a.features.excl_multi));
  const closingPolite = outer.reduce((s, r) => s + Math.max(0, sumHits(r.hits, 'politeness')), 0);
  const politeness = a.tokens.length === 0 ? 0 : politenessOf(a, closingPolite);
  const repeatContact = a.sums.repeat >= TONE_THRESHOLDS.repeat;

  // Register.
  const outerHits = outer.flatMap((r) => r.hits);
  const raw = formalityRaw(a, outerHits.filter((h) => h.category === 'formality'));
  const formalityScore = a.tokens.length === 0 && outerHits.length === 0 ? 0 : Math.tanh(raw / 2);
  const formality = formalityScore >= TONE_THRESHOLDS.formal ? 'formal' : formalityScore <= TONE_THRESHOLDS.casual ? 'casual' : 'neutral';
  const colloquial = a.sums.slang + 0.6 * a.colloquialVerbs.length >= TONE_THRESHOLDS.colloquial;

  // Academic signature: titles/affiliations in the closing or signature count fully, in the body half.
  const academicEvidence: Evidence[] = [];
  let academicScore = 0;
  for (const r of outer) {
    for (const h of r.hits) {
      if (h.category !== 'academic') continue;
      academicScore += h.weight;
      academicEvidence.push(ev(h, r.span.start));
    }
  }
  const greetingEnd = parts.greeting ? parts.greeting.end - offset : -1;
  for (const h of a.hits) {
    if (h.category !== 'academic' || h.end <= greetingEnd) continue;
    academicScore += h.weight / 2;
    academicEvidence.push(ev(h));
  }
  const academic = academicScore >= TONE_THRESHOLDS.academic;

  const questions = a.questions.map((q) => ev(q));
  const chars = latest.text.length;
  const bucket = a.words === 0 ? 'short' : a.words <= TONE_THRESHOLDS.shortWords ? 'short' : a.words >= TONE_THRESHOLDS.longWords ? 'long' : 'medium';

  // Cues.
  const cues: Cue[] = [];
  const add = (kind: CueKind, severity: Severity, key: Cue['message']['key'], evidence: Evidence[], params?: Record<string, string | number>) =>
    cues.push({ id: kind, kind, severity, message: params ? { key, params } : { key }, evidence: dedupe(evidence) });
  const hitsOf = (cat: Hit['category'], pred: (h: Hit) => boolean = () => true) => a.hits.filter((h) => h.category === cat && pred(h)).map((h) => ev(h));

  if (latest.text.trim() !== '') {
    if (frustration >= TONE_THRESHOLDS.frustrated) {
      const evidence = [
        ...hitsOf('frustration'),
        ...hitsOf('politeness', (h) => h.weight < 0),
        ...a.punctuation.map((s) => ev(s)),
        ...a.caps.map((s) => ev(s)),
        ...a.emoji.spans.filter((s) => isNegEmoji(latest.text.slice(s.start, s.end))).map((s) => ev(s)),
        ...learntEvidence(a).map((s) => ev(s)),
      ].sort((x, y) => x.start - y.start);
      const strong = frustration >= TONE_THRESHOLDS.frustratedStrong;
      add('frustrated', strong ? 'strong' : 'warning', strong ? 'tone.cue.frustratedStrong' : 'tone.cue.frustrated', evidence);
    }
    if (repeatContact) add('repeat', frustration >= TONE_THRESHOLDS.frustrated ? 'strong' : 'warning', 'tone.cue.repeat', hitsOf('repeat'));
    if (urgency >= TONE_THRESHOLDS.urgent) add('urgent', urgency >= TONE_THRESHOLDS.urgentStrong ? 'strong' : 'warning', 'tone.cue.urgent', hitsOf('urgency'));
    if (a.shoutWords >= 2) add('caps', 'warning', 'tone.cue.caps', a.caps.map((s) => ev(s)));
  }
  if (academic) add('academic', 'warning', 'tone.cue.academic', academicEvidence);
  if (latest.text.trim() !== '') {
    const registerEvidence = (sign: 1 | -1) => [
      ...a.hits.filter((h) => (h.category === 'formality' && Math.sign(h.weight) === sign && Math.abs(h.weight) >= 0.3) || (sign < 0 && h.category === 'slang')).map((h) => ev(h)),
      ...(sign < 0 ? a.colloquialVerbs.map((i) => ev(a.tokens[i])) : []),
      ...outer.flatMap((r) => r.hits.filter((h) => h.category === 'formality' && Math.sign(h.weight) === sign).map((h) => ev(h, r.span.start))),
    ].sort((x, y) => x.start - y.start);
    if (formality === 'formal' && !academic) add('formal', 'info', 'tone.cue.formal', registerEvidence(1));
    if (formality === 'casual' || (colloquial && formality !== 'formal')) {
      add('casual', 'info', a.faShare >= 0.5 ? 'tone.cue.casualFa' : 'tone.cue.casual', registerEvidence(-1));
    }
    if (questions.length >= 2) add('questions', questions.length >= 4 ? 'warning' : 'info', 'tone.cue.questions', questions, { count: questions.length });
    else if (questions.length === 1 && bucket === 'long') add('questions', 'info', 'tone.cue.question', questions, { count: 1 });
    const politeThreshold = a.faShare >= 0.5 ? TONE_THRESHOLDS.politeFa : politenessEn.threshold;
    // The cue needs courtesy words to point at, not just a neutral message above the threshold.
    const politeEvidence = [
      ...hitsOf('politeness', (h) => h.weight >= 0.5),
      ...outer.flatMap((r) => r.hits.filter((h) => h.category === 'politeness' && h.weight >= 0.5).map((h) => ev(h, r.span.start))),
    ];
    if (politeness >= politeThreshold && politeEvidence.length > 0 && frustration < TONE_THRESHOLDS.frustratedStrong) {
      add('polite', 'info', 'tone.cue.polite', politeEvidence);
    }
    if (a.emoji.count > a.emoji.negative && !academic && frustration < TONE_THRESHOLDS.frustrated) add('emoji', 'info', 'tone.cue.emoji', a.emoji.spans.map((s) => ev(s)));
    add('language', 'info', `tone.cue.language.${language}`, []);
    if (bucket === 'long') add('long', 'info', 'tone.cue.long', []);
    if (bucket === 'short' && questions.length <= 1) add('short', 'info', 'tone.cue.short', []);
  }
  cues.sort((x, y) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity] || KIND_RANK[x.kind] - KIND_RANK[y.kind]);

  const apologiseFirst = frustration >= TONE_THRESHOLDS.frustrated || repeatContact;
  return {
    language,
    colloquial,
    formality,
    formalityScore,
    emotions: { frustration, urgency, politeness },
    repeatContact,
    questions,
    length: { words: a.words, chars, bucket },
    emoji: { count: a.emoji.count },
    style: {
      length: bucket,
      emoji: a.emoji.count > 0 && !academic && formality !== 'formal' && !apologiseFirst,
      apologiseFirst,
      formal: formality === 'formal' || academic,
    },
    cues,
    latest: { start: latest.start, end: latest.end },
  };
}

function isNegEmoji(s: string): boolean {
  return /[\u{1f620}\u{1f621}\u{1f92c}\u{1f624}\u{1f612}\u{1f644}\u{1f61e}\u{1f629}\u{1f62b}\u{1f622}\u{1f62d}\u{1f44e}\u{1f4a9}]|^[:;=8][-'^]?[(\[\/\\|]$/u.test(s);
}

/** Tokens whose learnt frustration weight is high: shown as evidence when no lexicon phrase covers them. */
function learntEvidence(a: Analysis): LocalSpan[] {
  const covered = new Set<number>();
  for (const h of a.hits) if (h.category === 'frustration') for (let i = h.from; i < h.to; i++) covered.add(i);
  const out: { span: LocalSpan; w: number }[] = [];
  const fa = a.faShare >= 0.5;
  const table = fa ? frustrationFa.words : frustrationEn.words;
  a.tokens.forEach((t, i) => {
    const w = table[t.key] ?? 0;
    if (w >= 0.6 && !covered.has(i)) out.push({ span: { start: t.start, end: t.end }, w });
  });
  return out
    .sort((x, y) => y.w - x.w)
    .slice(0, 3)
    .map((x) => x.span);
}

function dedupe(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of list) {
    const k = `${e.start}:${e.end}`;
    if (seen.has(k) || e.end <= e.start) continue;
    seen.add(k);
    out.push(e);
  }
  return out;
}
