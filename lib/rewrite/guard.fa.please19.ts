/**
 * «لطفاً خونسردی خود را حفظ کنید» -> «لطفاً حق دارید ناراحت باشید» (the late18 blind reader): a request's «لطفاً /
 * خواهشاً» left before an alternative that states something instead of asking («حق دارید …», «درک می‌کنم …», «بررسی
 * می‌شود …») asks for nothing: it goes with the replaced words. An alternative that still asks («لطفاً چند دقیقه صبر
 * کنید»: a second-person verb without «می», not «داشتن/بودن») keeps it. Called by guard.fa.splice.ts (rwfa19).
 */
import { analyzeFaWordWide } from '../nlp/index.ts';
import { faFold as fold, faTokens } from './guard.fa.text.ts';

/** «لطفاً», «لطفا،», «خواهشاً» right before the span (with what follows it up to the span). */
const PLEASE_END = /(?:^|[\s\u200c])((?:لطفا|لطفاً|خواهشا|خواهشاً|خواهشمندیم|خواهشمند\s+است)[\s\u200c]*[،,]?[\s\u200c]*)$/;

/** The first verb of `r` states (agent's voice, a third person, «می-», «داشتن/بودن») rather than asks. */
function states(r: string): boolean {
  for (const t of faTokens(r)) {
    if (!t.word) continue;
    const w = fold(t.norm);
    if (/^(?:هستید|هستین|است|هست|نیست|میباشد)$/.test(w)) return true;
    const v = analyzeFaWordWide(w)?.verb;
    if (!v) continue;
    if (v.person.person !== 2) return true;
    if (v.lemma === 'داشتن' || v.lemma === 'بودن' || v.lemma === 'هستن' || v.progressive || v.tense !== 'present') return true;
    return false;
  }
  return false;
}

/** How many characters before the span to take along (0: none). */
export function pleaseBeforeStatement(before: string, replacement: string | undefined): number {
  if (!replacement || !replacement.trim()) return 0;
  const m = PLEASE_END.exec(before);
  if (!m || /(?:لطفا|لطفاً|خواهشا|خواهشاً)/.test(replacement)) return 0;
  return states(replacement) ? m[1].length : 0;
}
