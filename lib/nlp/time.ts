/**
 * Durations versus points in time. "until May", "تا ماه بعد" name a point: "as soon as May" keeps
 * the meaning. "تا ۱۰ روز کاری" (within ten working days), "for 2 weeks" name a length: dropping
 * or swapping the word before them changes what the agent promised. A slot typed {t:point} or
 * {t:duration} only takes words of that kind.
 */
import type { Token } from './types.ts';

const EN_UNITS = new Set('minute minutes min mins hour hours hr hrs day days week weeks month months year years business working'.split(' '));
const EN_COUNT = new Set('a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty few couple several 24 48 72'.split(' '));
const EN_POINT_AFTER = new Set(['later', 'ago', 'from']);
const FA_UNITS = new Set('دقیقه ساعت روز هفته ماه سال'.split(' '));
const FA_COUNT = new Set('یک یه دو سه چهار پنج شش هفت هشت نه ده چند'.split(' '));
const FA_POINT_AFTER = new Set(['بعد', 'آینده', 'پیش', 'قبل']);

export type TimeKind = 'point' | 'duration' | 'clause';

/**
 * Third-person verbs of events that the tagger often reads as plural nouns ("until the lab
 * reopens on Monday"): after a noun or pronoun they make the words a clause, not a time.
 */
const EN_EVENT_VERBS = new Set('reopens opens closes arrives returns restarts resumes finishes starts ends begins clears ships lands comes goes gets reaches loads reloads refreshes updates completes processes syncs appears expires renews posts settles activates confirms'.split(' '));

/**
 * What tokens[from, to) name after "until"/«تا»: a clause ("we receive the item": it has a verb), a
 * length of time (a count and a unit), or a point in time (anything else).
 */
export function timeKind(tokens: readonly Token[], from: number, to: number): TimeKind {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    // "May" the month is not the modal.
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !(t.norm === 'may' && t.text[0] === 'M')) return 'clause';
    const prev = i > from ? tokens[i - 1] : undefined;
    if (t.lang !== 'fa' && EN_EVENT_VERBS.has(t.norm) && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON')) return 'clause';
  }
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    const fa = t.lang === 'fa';
    const isCount = /^\d/.test(t.norm) || (fa ? FA_COUNT : EN_COUNT).has(t.norm);
    if (!isCount) continue;
    // "a couple of days", "24 hours", "۱۰ روز کاری"
    let j = i + 1;
    while (j < to && (tokens[j].norm === 'of' || tokens[j].norm === 'couple' || tokens[j].norm === 'few')) j++;
    if (j < to && (fa ? FA_UNITS : EN_UNITS).has(tokens[j].norm)) {
      let k = j + 1;
      while (k < to && (tokens[k].norm === 'کاری' || tokens[k].norm === 'days' || tokens[k].norm === 'day')) k++;
      const after = k < to ? tokens[k].norm : '';
      const before = i > from ? tokens[i - 1].norm : '';
      if ((fa ? FA_POINT_AFTER : EN_POINT_AFTER).has(after) || before === 'next' || before === 'last') return 'point';
      return 'duration';
    }
  }
  return 'point';
}

/** A unit of time ("days", "روز"): a slot that ends right before one has cut a duration in two. */
export function isTimeUnit(t: Token | undefined): boolean {
  return t !== undefined && (t.lang === 'fa' ? FA_UNITS : EN_UNITS).has(t.norm);
}
