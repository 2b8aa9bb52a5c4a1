/**
 * Persian alternatives a person can trust, second reading (rwfat27, from the applied rows of late21–late25). An after-reader
 * over every Persian rewrite, right after trust27.fa.ts, for two seams a pack rewrite leaves with the words after it:
 *
 *  - A rule named as the reason («قانون ما اینه که …», «سیاست شرکت این است که …») made «روال برای همه‌ی مشتری‌ها یکسانه»
 *    while «که …» still follows: «… یکسانه که گارانتی فقط …» is no sentence. Before «که» the alternative says what the
 *    procedure is: «روال ما اینه که …» (fa-company-policy's own wording); a comma or anything else after it keeps it.
 *  - A reminder lead made «برای یادآوری» while the particle that sharpened it stays behind: «قبلا هم گفته بودم ها، …» ->
 *    «برای یادآوری، ها، …». The particle («ها / هااا / دیگه») right after the lead, before its comma, goes with it.
 *  - A word that sharpened or framed the words replaced stays before the alternative: «اصلا نمیدونم کی …» -> «اصلا فعلاً خبر
 *    دقیقی نیست و ___ …» («at all» over «for now»; right before the words replaced, it is theirs). (bur35: the
 *    formal adverb before «به اطلاع می‌رساند» went with its rule, `fa-bureaucratic-inform`, retired.)
 *  - Blame softened while its reason, right after, still says what the customer did: «به نظرم اشتباه از سمت شماست چون
 *    نسخه رو … آپلود کردین» -> «… یه جای کار اشتباه شده چون نسخه رو … آپلود کردین». The finger stays: advice.
 */
import type { Suggestion } from './engine.ts';
import { asAdvice } from './advice.ts';
import { analyzeFaWordWide } from '../nlp/index.ts';
import { faTokens } from './guard.fa.text.ts';

const SAME_FOR_ALL = /^(.*)روال[\s\u200c]+برای[\s\u200c]+همه(?:[\s\u200c]*ی)?[\s\u200c]+مشتری[\s\u200c]*ها[\s\u200c]+یکسان(ه|[\s\u200c]+است)$/;
const THAT_AFTER = /^[\s\u200c]+(?:که|كه)[\s\u200c]/;
const REMINDER = /^[\s\u200c]*برای[\s\u200c]+یادآوری[\s\u200c]*([،,]?)[\s\u200c]*$/;
/** A sharpening particle after the lead, up to its comma (the comma stays: the alternative needs it). */
const PARTICLE_AFTER = /^[\s\u200c]+(?:ها+|دیگه|دیگ)(?=[\s\u200c]*[،,])/;

const NOW_TEMPLATE = /^[\s\u200c]*(?:فعلاً|فعلا|در[\s\u200c]+حال[\s\u200c]+حاضر)[\s\u200c]/;
const AT_ALL_BEFORE = /(?<![\u0600-\u06ff\u200c])((?:اصلا|اصلاً|اصن|ابدا|ابداً|هیچی)[\s\u200c]+)$/;

/** The rewrite taking in the word before it when that word opens the clause and `pattern` reads it. */
function takeBefore(draft: string, s: Suggestion, pattern: RegExp): Suggestion | null {
  const m = pattern.exec(draft.slice(Math.max(0, s.start - 30), s.start));
  if (!m) return null;
  const start = s.start - m[1].length;
  return { ...s, start, original: draft.slice(start, s.end) };
}

const BECAUSE = /(?:^|[\s\u200c،,])(?:چون|چونکه|زیرا|چرا[\s\u200c]*که|به[\s\u200c]+خاطر[\s\u200c]+اینکه|به[\s\u200c]+دلیل[\s\u200c]+اینکه)[\s\u200c]/;

/** The blame's reason, after it in the same sentence, has a second-person past verb (the customer's own act). */
function reasonBlamesYou(draft: string, s: Suggestion): boolean {
  const rest = draft.slice(s.end, s.end + 160).split(/[.!?؟\n؛;]/)[0];
  const m = BECAUSE.exec(rest);
  if (!m) return false;
  for (const t of faTokens(rest.slice(m.index + m[0].length))) {
    if (!t.word || t.lang !== 'fa') continue;
    const v = (t.fa ? { verb: t.fa } : analyzeFaWordWide(t.norm))?.verb;
    if (v && v.person.person === 2 && v.tense === 'past') return true;
  }
  return false;
}

export function trust27bFa(draft: string, list: Suggestion[]): Suggestion[] {
  if (!list.some((s) => s.language === 'fa' && s.kind !== 'advice')) return list;
  return list.map((s) => {
    if (s.language !== 'fa' || s.kind === 'advice' || s.replacements.length === 0) return s;
    // The not-knowing template (a template, not a rewrite).
    if (s.replacements.every((r) => NOW_TEMPLATE.test(r))) {
      const r = takeBefore(draft, s, AT_ALL_BEFORE);
      if (r) return r;
    }
    if (s.kind !== 'rewrite') return s;
    if (s.category === 'blame' && reasonBlamesYou(draft, s)) return asAdvice(draft, s);
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
