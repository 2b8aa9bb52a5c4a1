/**
 * The honesty check (house rule 13): a rewrite must not add a commitment that the matched text did
 * not hold: "I'll", "we will", "right now", "today", "immediately", "as soon as", «همین الان»,
 * «حتماً», «فوراً», «امروز», «انجام می‌دهم» ... An agent who clicks Apply all would otherwise send
 * promises they never made. Templates (the agent writes the blank) and advice (no text) are exempt.
 *
 * Texts are compared through the language layer, so "I'll" = "ill" = "I will", and Persian is
 * compared folded and joined (نمی‌دهم = نمیدهم = نمی دهم).
 */
import { tokenize } from '../nlp/index.ts';
import { isLemma, isSlot, parsePattern, parseReplacement } from './pattern.ts';
import type { PackLanguage, PackRule } from './schema.ts';

/**
 * English commitments as the language layer spells them (token norms joined by spaces), in groups
 * of the same promise: a replacement may say the matched promise in other words ("asap" -> "as
 * soon as possible"), never a new one.
 */
export const EN_COMMITMENTS: readonly string[][] = [
  ['will', 'shall', 'going to'],
  ['as soon as', 'asap', 'as quickly as possible', 'at the earliest'],
  ['right now', 'right away', 'straight away', 'immediately', 'at once', 'instantly'],
  ['today', 'tonight'],
  ['tomorrow'],
  ['make sure', 'ensure', 'guarantee', 'guaranteed', 'promise', 'for sure', 'no matter what'],
  ['within'],
  ['by the end of'],
  ['personally'],
  ['definitely', 'certainly'],
  // An offer the agent never made: "but here's what I can offer", "what I can do is ...".
  ['offer', 'what i can do', 'here is what'],
];

/** Persian commitments, as token norms (folded, prefixes joined) separated by spaces; same grouping. */
export const FA_COMMITMENTS: readonly string[][] = [
  ['همین الان', 'همینالان', 'فورا', 'سریعا', 'بلافاصله', 'فوری', 'در اسرع وقت'],
  // «به محض اینکه» is "as soon as": a promise of speed «تا … نکنید، نمی‌توانیم» never made.
  ['به محض', 'بمحض'],
  ['حتما', 'قطعا', 'تضمین', 'تضمینی', 'قول میدهم', 'قول میدم', 'قول میدهیم', 'قول میدیم'],
  ['امروز'],
  ['فردا'],
  ['به زودی', 'بهزودی', 'زود'],
  ['خواهم', 'خواهیم'],
  ['شخصا'],
  [
    'انجام میدهم', 'انجام میدم', 'انجام میدهیم', 'انجام میدیم', 'بررسی میکنم', 'بررسی میکنیم', 'پیگیری میکنم', 'پیگیری میکنیم',
    'درست میکنم', 'درست میکنیم', 'حل میکنم', 'حل میکنیم', 'ارسال میکنم', 'ارسال میکنیم', 'جبران میکنم', 'جبران میکنیم',
    'برمیگردانم', 'برمیگردانیم', 'برمیگردونم', 'برمیگردونیم', 'رسیدگی میکنم', 'رسیدگی میکنیم', 'اقدام میکنم', 'اقدام میکنیم',
    'تماس میگیرم', 'تماس میگیریم', 'خبرتان میدهم', 'خبرتون میدم', 'خبرتون میکنم', 'خبر میدهم', 'خبر میدم',
  ],
];

const key = (text: string) => ` ${tokenize(text).filter((t) => t.word).map((t) => t.norm).join(' ')} `;

/** Commitments in `text`: [group index, the phrase found]. */
function found(text: string, language: PackLanguage): [number, string][] {
  const k = key(text);
  const out: [number, string][] = [];
  (language === 'fa' ? FA_COMMITMENTS : EN_COMMITMENTS).forEach((g, i) => {
    const c = g.find((phrase) => k.includes(` ${phrase} `));
    if (c) out.push([i, c]);
  });
  return out;
}

/** The commitments in `text`, as the phrases found. */
export function commitmentsIn(text: string, language: PackLanguage): string[] {
  return found(text, language).map(([, c]) => c);
}

/** Commitments in `added` that `matched` does not hold (the same promise in other words is not new). */
export function addedCommitments(matched: string, added: string, language: PackLanguage): string[] {
  const have = new Set(found(matched, language).map(([g]) => g));
  return found(added, language)
    .filter(([g]) => !have.has(g))
    .map(([, c]) => c);
}

/** The words a rule can match: every pattern reading's own words and <lemma>s (slots are the agent's). */
function matchableText(rule: PackRule, version: number): string {
  const parts: string[] = [];
  for (const p of rule.patterns) {
    const r = parsePattern(p, version);
    if (!r.ok) continue;
    for (const e of r.pattern.expansions) for (const piece of e) if (typeof piece === 'string') parts.push(piece);
    else if (isLemma(piece)) parts.push(piece.lemma);
    else if (isSlot(piece)) parts.push('|');
    parts.push('|');
  }
  return parts.join(' ');
}

/**
 * "won't X before Y" only says X does not come first; "will X once Y" promises X then. ("won't X
 * until Y" does carry it, which is why until-rules may say "will … once".)
 */
function beforeTurnedOnce(rule: PackRule, replacement: string): boolean {
  const negWillBefore = rule.patterns.some((p) => /(?:<-will>|\bwon['’]?t\b|\bwill not\b)/i.test(p) && /\bbefore\b/i.test(p) && !/\b(?:until|till)\b/i.test(p));
  return negWillBefore && /(?:<will>|\bwill\b(?! not))/i.test(replacement) && /\b(?:once|as soon as|when)\b/i.test(replacement);
}

export interface CommitmentFailure {
  replacement: number;
  added: string[];
}

/** Replacements of a rewrite rule that add commitments its patterns do not hold. */
export function ruleCommitmentFailures(rule: PackRule, language: PackLanguage, version = 2): CommitmentFailure[] {
  if ((rule.kind ?? 'rewrite') !== 'rewrite') return [];
  const matched = matchableText(rule, version);
  const out: CommitmentFailure[] = [];
  rule.replacements.forEach((rep, i) => {
    const r = parseReplacement(rep, version);
    if (!r.ok) return;
    // {=} and slots are the agent's own words: they add nothing.
    const own = r.pieces.map((p) => (typeof p === 'string' ? p : 'lemma' in p ? p.lemma : ' | ')).join('');
    const added = addedCommitments(matched, own, language);
    if (language === 'en' && beforeTurnedOnce(rule, rep)) added.push('will … once (from "won\'t … before")');
    if (added.length) out.push({ replacement: i, added });
  });
  return out;
}
