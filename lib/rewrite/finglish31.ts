/**
 * (finglish31) The Persian readers over a Finglish sentence. A sentence of the agent's own text in Latin letters that
 * lib/nlp/finglish.ts reads as Persian ("motasefane nemitoonim ta hafte baad ersal konim") is spelt in Persian letters
 * and read by the Persian side of the engine (packs, generic readers, learnt reader); each hit is mapped back onto the
 * Latin words it came from and shown as advice, in the UI's language, naming those words. Never a Persian-script
 * replacement: the agent wrote Latin letters, and an alternative in another script would not be theirs.
 *
 * One suggestion per span: a hit over words an older Finglish table or an English generic reader already flagged (the
 * built-in pseudo-pack's advice) replaces that advice; a hit over a pack rule's suggestion gives way to it. A sentence an
 * English pack rule flagged is left to the English reading unless it is clearly Finglish (no English function word).
 */
import { isolate } from '../i18n/index.ts';
import { finglishSentence, finglishWords, mapBack, onlyKept, transliterateFinglish, type FinglishReading } from '../nlp/finglish.ts';
import type { RuleCategory } from '../packs/schema.ts';
import { sentences } from '../text/index.ts';
import type { Span } from '../text/script.ts';
import { BoundedMemo } from '../text/memo.ts';
import { explainGeneric, GENERIC_PACK_ID } from './generic/index.ts';
import type { Suggestion, SuggestOptions } from './engine.ts';

/** Advice per category, English and Persian UI; {words} is the agent's Latin words. */
const EXPLAIN: Record<RuleCategory, { en: string; fa: string }> = {
  'cant-wont': {
    en: 'Read as Persian, this is a refusal ({words}): lead with what you can do and when.',
    fa: 'این عبارت ({words}) یک «نمی‌شود» است: اول بگویید چه کاری می‌شود کرد و کی.',
  },
  until: {
    en: 'Read as Persian, this puts the condition first ({words}): say what will happen and when.',
    fa: 'این عبارت ({words}) شرط را جلو انداخته: بگویید چه اتفاقی و کی می‌افتد.',
  },
  'negative-words': {
    en: 'Read as Persian, these words sound negative ({words}): state the fact plainly and say what happens next.',
    fa: 'این کلمه‌ها ({words}) منفی شنیده می‌شوند: خود خبر را ساده بگویید و قدم بعدی را.',
  },
  commands: {
    en: 'Read as Persian, this is an order to the customer ({words}): ask, and say why it helps.',
    fa: 'این عبارت ({words}) به مشتری دستور می‌دهد: خواهش کنید و بگویید چرا کمک می‌کند.',
  },
  blame: {
    en: 'Read as Persian, this is about whose fault it is ({words}): say what happened and what you will do now.',
    fa: 'این عبارت ({words}) دنبال مقصر است: بگویید چه شده و حالا چه کاری می‌کنید.',
  },
  policy: {
    en: 'Read as Persian, this hides behind a rule ({words}): say what the rule protects and what you can do.',
    fa: 'این عبارت ({words}) پشت قانون پنهان می‌شود: بگویید قانون از چه محافظت می‌کند و چه کاری می‌شود کرد.',
  },
  dismissive: {
    en: "Read as Persian, this can sound dismissive ({words}): acknowledge the customer's concern first.",
    fa: 'این عبارت ({words}) ممکن است بی‌اعتنا شنیده شود: اول نگرانی مشتری را به رسمیت بشناسید.',
  },
  'over-apology': {
    en: 'Read as Persian, this apologises more than it helps ({words}): thank the customer and get to the point.',
    fa: 'این عبارت ({words}) بیش از کمک عذرخواهی می‌کند: تشکر کنید و سر اصل مطلب بروید.',
  },
  jargon: {
    en: 'Read as Persian, this term may be internal ({words}): say it in words the customer uses.',
    fa: 'این اصطلاح ({words}) ممکن است درون‌سازمانی باشد: با کلمه‌های خود مشتری بگویید.',
  },
  'passive-aggressive': {
    en: 'Read as Persian, this can sound pointed ({words}): say the fact without the edge.',
    fa: 'این عبارت ({words}) ممکن است نیش‌دار شنیده شود: خود مطلب را بی‌کنایه بگویید.',
  },
  absolutes: {
    en: 'Read as Persian, this is an absolute ({words}): say what is actually the case.',
    fa: 'این عبارت ({words}) مطلق است: بگویید واقعاً چه وضعی است.',
  },
  uncertainty: {
    en: 'Read as Persian, this sounds unsure ({words}): say what you will find out and when.',
    fa: 'این عبارت ({words}) نامطمئن است: بگویید چه چیزی را و کی پیگیری می‌کنید.',
  },
  closings: {
    en: 'Read as Persian, this closing can sound curt ({words}): end with what happens next.',
    fa: 'این پایان‌بندی ({words}) ممکن است خشک باشد: با قدم بعدی تمام کنید.',
  },
  other: {
    en: 'Read as Persian, this can read as negative ({words}): say it more positively.',
    fa: 'این عبارت ({words}) منفی خوانده می‌شود: مثبت‌تر بنویسید.',
  },
};

/** Every advice string, for the UI strings' meta-test (both languages present). */
export const FINGLISH31_EXPLAIN = EXPLAIN;

/**
 * Contrasts the older Finglish tables kept quiet where the Persian packs, read on the spelling, would flag (the same
 * phrasing in Persian letters is flagged too: a Persian rule's fix, left to the Persian rules' owners):
 * - "try" as a standing aim, not a hedge on a task: «همیشه سعی می‌کنیم بهترین باشیم» ("hamishe", "behtarin");
 * - «دست ما نیست» after «مشکل / ایراد / خطا از»: the cause of a fault told ("moshkel az dast-e ma nist, ghat-e bargh bood"),
 *   not the customer sent elsewhere;
 * - a refusal's negated verb right after «وقتی / اگه»: a case an instruction is for;
 * - a minimising word after «نگران نباشید»: reassurance first.
 */
function keptQuiet(reading: string, h: Suggestion): boolean {
  const words = reading.slice(h.flagged.start, h.flagged.end);
  if (/(?:سعی|تلاش)/.test(words) && /(?:^|\s)(?:همیشه|بهترین)(?:\s|$)/.test(reading)) return true;
  const before = reading.slice(Math.max(0, h.flagged.start - 24), h.flagged.start);
  if (/دست\s*(?:ما|من)/.test(words) && /(?:مشکل|ایراد|خطا|اشکال)\S*\s+از\s*$/.test(before)) return true;
  // A negated verb right after «وقتی / اگه / اگر / هر وقت / چنانچه»: the case an instruction is for ("vaghti nemishe vared
  // shid, ramz ro reset konid"), as the older Finglish reader reads it; «vaghti ersal shode nemishe …» stays a refusal.
  if (h.category === 'cant-wont' && /(?:^|\s)(?:وقتی|اگه|اگر|هروقت|هر وقت|چنانچه)\s+$/.test(before) && /^ن/.test(words)) return true;
  // A minimising word after «نگران نباشید»: reassurance first ("negaran nabashid, chize mohemi nist"), as the older Finglish
  // reader reads it (fa-kinds28's contrast; the Persian-letter sentence is fa-core's fa-minimise and stays as it was).
  if (h.category === 'dismissive' && /(?:^|\s)نگران\s*نباش/.test(reading.slice(0, h.flagged.start))) return true;
  return false;
}

/**
 * A sentence's reading (null: not Finglish), kept per sentence text: a keystroke re-reads every sentence of the draft, and
 * the detector's word walk was the pass's whole cost on English drafts.
 */
const readings = new BoundedMemo<string, FinglishReading | null>(4096);
const readingOf = (text: string): FinglishReading | null => readings.remember(text, transliterateFinglish);

const overlaps = (s: Suggestion, a: number, b: number) => (s.flagged.start < b && a < s.flagged.end) || (s.start < b && a < s.end);

/**
 * `list` (the engine's suggestions for `draft`) with the Persian reading of its Finglish sentences added. `read` is the
 * engine without this pass, for a Persian-letter text.
 */
export function withFinglishReading(draft: string, list: Suggestion[], read: (text: string) => Suggestion[], options: Pick<SuggestOptions, 'exclude' | 'uiLang' | 'cache'>, split?: readonly Span[]): Suggestion[] {
  if (!/[a-z]/i.test(draft)) return list;
  let out = list;
  const exclude = options.exclude ?? [];
  const ui = options.uiLang === 'fa' ? 'fa' : 'en';
  // (perf34) `split`: the engine's sentences(draft) when it has them (read only here), so the draft is not split twice.
  for (const sent of split ?? sentences(draft)) {
    if (exclude.some(([a, b]) => a < sent.end && sent.start < b)) continue;
    // Latin letters only (a Persian-letter sentence is read as Persian already).
    if (/[\u0600-\u06ff]/.test(sent.text) || !/[a-z]/i.test(sent.text)) continue;
    // The memo stands in for the engine's sentence cache, so it is off when that is (a full analysis reads afresh).
    const reading = options.cache === false ? transliterateFinglish(sent.text) : readingOf(sent.text);
    if (!reading) continue;
    const here = out.filter((s) => s.start < sent.end && sent.start < s.end);
    // An English pack rule's flag: the English reading keeps the sentence unless it is clearly Finglish.
    if (here.some((s) => s.packId !== GENERIC_PACK_ID && s.language === 'en') && finglishWords(sent.text).some((w) => w.english)) continue;
    const hits = read(reading.text);
    if (!hits.length) continue;
    const added: Suggestion[] = [];
    for (const h of hits) {
      // A Latin word inside Persian is a loanword to the Persian reader; in Finglish every word is in Latin letters, so its
      // loanwords are the older Finglish jargon reader's (a trade's term inside Finglish), not this reading's.
      if (h.ruleId === 'loanword' || keptQuiet(reading.text, h)) continue;
      const [a, b] = mapBack(reading, h.flagged.start, h.flagged.end);
      if (a < 0 || b <= a) continue;
      // Likewise a term read only over Latin words the reading left as written ("SUV", "PNR"): the older Finglish jargon
      // readers judge those; the Persian reader would call any Latin word in Persian jargon.
      if (h.category === 'jargon' && onlyKept(reading, h.flagged.start, h.flagged.end)) continue;
      const start = sent.start + a;
      const end = sent.start + b;
      if (added.some((s) => overlaps(s, start, end))) continue;
      // A pack rule's suggestion, or a built-in reader's rewrite or template, over the same words stays; so does a built-in
      // reader's advice of another category (an older Finglish table's reading, tuned and tested on its own kind: «sharmande
      // vali» is an apology's, not negative words). Advice of the same category gives way to this reading's.
      if (out.some((s) => overlaps(s, start, end) && (s.packId !== GENERIC_PACK_ID || s.kind !== 'advice' || s.category !== h.category))) continue;
      const words = draft.slice(start, end);
      const shown = words.length > 60 ? `${words.slice(0, 29)}…${words.slice(-29)}` : words;
      // A built-in reader's construction keeps its own advice (regret opener, candour opener …), naming the Latin words.
      let explanation = EXPLAIN[h.category][ui].replace('{words}', isolate(ui, shown));
      if (h.packId === GENERIC_PACK_ID && !h.ruleId.startsWith('learnt-')) {
        const own = explainGeneric('fa', h.ruleId, ui, shown);
        if (own !== explainGeneric('fa', '', ui, shown)) explanation = own;
      } else if (h.packId !== GENERIC_PACK_ID && ui === 'fa' && h.explanation) {
        // A Persian pack rule's own explanation (written in Persian, about the Persian phrasing the agent typed in Latin letters).
        explanation = h.explanation;
      }
      added.push({
        ruleId: `finglish31-${h.ruleId}`,
        packId: GENERIC_PACK_ID,
        kind: 'advice',
        start,
        end,
        original: words,
        flagged: { start, end },
        replacements: [],
        explanation,
        category: h.category,
        severity: h.severity,
        language: 'fa',
      });
    }
    if (!added.length) continue;
    out = [...out.filter((s) => !(s.packId === GENERIC_PACK_ID && s.kind === 'advice' && added.some((x) => x.category === s.category && overlaps(x, s.flagged.start, s.flagged.end)))), ...added].sort((x, y) => x.start - y.start || x.end - y.end);
  }
  return out;
}

export { finglishSentence };
