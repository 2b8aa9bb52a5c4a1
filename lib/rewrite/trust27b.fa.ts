/**
 * Persian alternatives a person can trust, second reading (rwfat27, from the applied rows of late21–late25). An after-reader
 * over every Persian rewrite, right after trust27.fa.ts, for two seams a pack rewrite leaves with the words after it:
 *
 *  - A rule named as the reason («قانون ما اینه که …», «سیاست شرکت این است که …») made «روال برای همه‌ی مشتری‌ها یکسانه»
 *    while «که …» still follows: «… یکسانه که گارانتی فقط …» is no sentence. Before «که» the alternative says what the
 *    procedure is: «روال ما اینه که …» (fa-company-policy's own wording); a comma or anything else after it keeps it.
 *  - A reminder lead made «برای یادآوری» while the particle that sharpened it stays behind: «قبلا هم گفته بودم ها، …» ->
 *    «برای یادآوری، ها، …». The particle («ها / هااا / دیگه») right after the lead, before its comma, goes with it.
 */
import type { Suggestion } from './engine.ts';

const SAME_FOR_ALL = /^(.*)روال[\s\u200c]+برای[\s\u200c]+همه(?:[\s\u200c]*ی)?[\s\u200c]+مشتری[\s\u200c]*ها[\s\u200c]+یکسان(ه|[\s\u200c]+است)$/;
const THAT_AFTER = /^[\s\u200c]+(?:که|كه)[\s\u200c]/;
const REMINDER = /^[\s\u200c]*برای[\s\u200c]+یادآوری[\s\u200c]*([،,]?)[\s\u200c]*$/;
/** A sharpening particle after the lead, up to its comma (the comma stays: the alternative needs it). */
const PARTICLE_AFTER = /^[\s\u200c]+(?:ها+|دیگه|دیگ)(?=[\s\u200c]*[،,])/;

export function trust27bFa(draft: string, list: Suggestion[]): Suggestion[] {
  if (!list.some((s) => s.language === 'fa' && s.kind === 'rewrite')) return list;
  return list.map((s) => {
    if (s.language !== 'fa' || s.kind !== 'rewrite' || s.replacements.length === 0) return s;
    const after = draft.slice(s.end, s.end + 40);
    if (THAT_AFTER.test(after) && s.replacements.some((r) => SAME_FOR_ALL.test(r))) {
      const replacements = s.replacements.map((r) => {
        const m = SAME_FOR_ALL.exec(r);
        return m ? `${m[1]}روال ما ${m[2] === 'ه' ? 'اینه' : 'این است'}` : r;
      });
      return { ...s, replacements: [...new Set(replacements)] };
    }
    const p = PARTICLE_AFTER.exec(after);
    if (p && s.replacements.every((r) => REMINDER.test(r))) {
      // The rendered alternative may carry the comma itself («برای یادآوری،»): then the draft's comma goes too.
      const withComma = s.replacements.some((r) => REMINDER.exec(r)?.[1]);
      const comma = withComma ? /^[\s\u200c]*[،,]/.exec(after.slice(p[0].length)) : null;
      const end = s.end + p[0].length + (comma ? comma[0].length : 0);
      return { ...s, end, original: draft.slice(s.start, end) };
    }
    return s;
  });
}
