/**
 * Repeat contact, session 37 (tone37): Finglish and Persian earlier contacts the older readers miss, read the way session 36
 * read English ones (repeat.kinds36.ts).
 *
 * - **a contact counted in Finglish**: "dafe dovome payam midam", "in dafe chaharome ke payam midam", "3 bare payam midam",
 *   "3 ta payam dadam", "baad az 3 ta email" (reason `tone.why.contactCount`).
 * - **an earlier contact told with what the company's people said, in Finglish or Persian**: "dirooz ham be reception
 *   goftam", "ba hamkaretoon chat kardam goftan …", «دیروز هم به شما تیلفون کردم، گفتند …», «آمدیم دفتر شما … گفتند»
 *   (reason `tone.why.earlierContact`): a contact verb of the writer's in the past with «هم» / "ham" or «شما» / the company's
 *   people, and a saying of theirs («گفتند», «گفتید», "goftan", "goftid") after it.
 * Not: a contact with family or a third party ("be mamanam zang zadam", «به بانکم زنگ زدم»), a plan ("farda zang mizanam"),
 * a count of something else ("3 ta payam omad", "2 bar ghat shod").
 * Evidence: the contact words, never a greeting or the pronoun.
 */
import { type CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';
import { replyLanguage } from './language.ts';

/** Switch for the leave-one-split-out figures (scripts/tone37-loso.ts --repeat); always on in the product. */
export const repeat37Switch = { on: true };

const ORD_FG = String.raw`dovom|sevom|sevvom|chaharom|panjom|\d+(?:om)?`;
const CONTACT_FG = String.raw`payam|payamak|email|imeil|mail|zang|tamas|message|msg|tiket|ticket|dm|direct`;
/** A contact counted in Finglish. */
const COUNTED_FG = new RegExp(String.raw`\b(?:dafe|daf'e|bar|bare|bari)\s*(?:ye\s+)?(?:${ORD_FG})(?:e|eme)?\s+(?:ke\s+)?(?:${CONTACT_FG})\s*(?:midam|mizanam|mifrestam|dadam|zadam|ferestadam)?|\b(?:\d+|do|se|chahar|panj)\s*(?:ta|bar|bare|dafe)\s+(?:${CONTACT_FG})\s*(?:\S+\s+){0,3}?(?:dadam|zadam|ferestadam|midam|mizanam|kardam)\b|\bbaad\s+az\s+(?:\d+|do|se|chahar)\s*(?:ta\s+)?(?:${CONTACT_FG})\b`, 'iu');
/** An earlier contact of the writer's told with what the company's people said, in Finglish. */
const TOLD_FG = /\b(?:dirooz|diruz|parirooz|hafte\s+pish|ghablan|ghabln)\s+(?:ham\s+)?(?:be|ba)\s+(?!mamanam|babam|khanoomam|shoharam|dadasham|abjim|bankam|doostam)(?:\w+\s+){0,2}?(?:goftam|zang\s+zadam|chat\s+kardam|sohbat\s+kardam|payam\s+dadam|tamas\s+gereftam)\b|\b(?<c>ba\s+hamkar(?:etoon|atoon|etun|e\s+shoma))\b[^.!?\n]{0,40}?\b(?<v>sohbat\s+kardam|chat\s+kardam|zang\s+zadam)\b[^.!?\n]{0,30}?\b(?<s>goftan)/diu;
/** «دیروز هم به شما تیلفون کردم، گفتند»: a contact verb in the past, to the company, then a saying. */
const CONTACT_FA = String.raw`(?:زنگ|تماس|تیلفون|تلفون|پیام|ایمیل)[\s\u200c]*(?:زدم|زدیم|کردم|کردیم|گرفتم|گرفتیم|دادم|دادیم)|(?:آمدیم|اومدیم|آمدم|اومدم|رفتم|رفتیم)[\s\u200c]+(?:دفتر|شعبه|دکان|مغازه|نمایندگی)[\s\u200c]+(?:شما|تان|تون)`;
const TOLD_FA = new RegExp(String.raw`(?:(?:دیروز|پریروز|هفته[\s\u200c]+پیش|دو[\s\u200c]+هفته[\s\u200c]+پیش|قبلا|قبلاً|پیش[\s\u200c]+از[\s\u200c]+این)[\s\u200c]+(?:هم[\s\u200c]+)?(?:به[\s\u200c]+(?:شما|پشتیبانی|دفتر[\s\u200c]+شما)[\s\u200c]+)?)(?<c>${CONTACT_FA})[^.!؟?\n]{0,40}?(?<![\p{L}\p{M}])(?<s>گفتند|گفتن|گفتید|گفتین|گفت)(?![\p{L}\p{M}])`, 'du');
const THIRD_PARTY_FA = /(?<![\p{L}\p{M}])(?:به|با)[\s\u200c]+(?:بانک|مادرم|پدرم|همسرم|خانمم|شوهرم|برادرم|خواهرم|دوستم|صاحبخونه|صاحبخانه|پلیس)/u;

function first(re: RegExp, text: string): { start: number; end: number } | null {
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Session 37's earlier contacts: each alone is one. */
export function repeatKinds37(ctx: CueContext): Evidence[] {
  if (!repeat37Switch.on || ctx.empty) return [];
  const text = ctx.doc.text;
  if (ctx.fa) {
    // Evidence: the contact and the saying, not the words between them.
    const m = TOLD_FA.exec(text);
    if (m?.indices?.groups && !THIRD_PARTY_FA.test(m[0])) {
      const { c, s } = m.indices.groups;
      return [ctx.ev({ start: c[0], end: c[1] }, 'tone.why.earlierContact'), ctx.ev({ start: s[0], end: s[1] }, 'tone.why.earlierContact')];
    }
  }
  if (replyLanguage(ctx).finglish.length === 0) return [];
  const c = first(COUNTED_FG, text);
  if (c) return [ctx.ev(c, 'tone.why.contactCount')];
  const t = TOLD_FG.exec(text);
  if (!t) return [];
  const g = t.indices?.groups;
  if (g?.c && g.v && g.s) return [g.c, g.v, g.s].map(([start, end]) => ctx.ev({ start, end }, 'tone.why.earlierContact'));
  return [ctx.ev({ start: t.index, end: t.index + t[0].length }, 'tone.why.earlierContact')];
}
