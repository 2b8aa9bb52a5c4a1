/**
 * Urgency, session 40 (urg40): two kinds that fresh writers label urgent every time and the older readers miss when the
 * words differ from their lists.
 *
 * - `takeoverEn40` (English): an account or a card in someone else's hands now, said without "hacked" or "logged into":
 *   "got a text saying my card's been used in Lagos. I'm in Croydon", "someone has got into my account", "my login details
 *   have been changed and i didnt do it", "messages I didn't write". Not: a change the customer made or asked for (nothing
 *   disowned), a card "used in the shop" with nothing disowned, a takeover told as over ("last year", "was sorted").
 * - `fallenLine40` (both languages): a power pole or line down, leaning or hanging where people pass: «تیر برق جلو خونه ما
 *   کج شده داره میفته», «سیم برق در کوچه ما … افتاده به زمین», «درخت … افتاده رو سیم برق», "one of the poles … has come down
 *   … the cable is lying across my field entrance". Not: a power cut («برق رفته», "the line is down" of a telephone
 *   service), a cable of an appliance, a pole told as put right («درست شد»).
 *
 * - `strandedEn40` (English): the customer at the place now and the company's part not there: "We're at the hotel now …
 *   they've got no booking under our name", "at the marina now, nobody here??", "I am at Manchester airport now, your desk is
 *   closed". Not: at a place now with nothing wrong ("we're at the hotel now, the room is lovely"), a place told of the past.
 * - `healthNowEn40` (English): a body in trouble now, a person's or an animal's, with help asked now: "my cat don't pee since
 *   morning … Is it emergency?", "my dog eat chocolate … 30 minutes ago … Can I bring him now?", "tooth pain … face is
 *   swollen. Please give any appointment tomorrow early morning". Not: the trouble told as over ("now he is ok", "it's
 *   passed"), a claim or a bill asked about.
 * Evidence: the words that carry the matter (the disowned use or change, the line and its state), never a request or thanks.
 * Read where the older readers stay under the threshold and nothing softens the message (like sessions 26-37).
 * Judged leave-one-writer-split-out (tests/fixtures/tone-eval/README.md, urg40).
 */
import { type CueContext } from '../cue.ts';
import { mayMatch, readerGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';

/** Switches for the leave-one-split-out figures (scripts/urg40-loso.ts); always on in the product. */
export const kinds40Switch = { takeover: true, line: true, stranded: true, health: true, fired: null as string[] | null };

function sentenceBounds(text: string, a: number, b: number): [number, number] {
  let s = a;
  while (s > 0 && !/[.!?؟\n]/u.test(text[s - 1])) s--;
  let e = b;
  while (e < text.length && !/[.!?؟\n]/u.test(text[e])) e++;
  return [s, e];
}

// ---------------------------------------------------------------------------------------------------------------------
// An account or card in someone else's hands (English)

/** "my card's been used in Lagos", "card was just used in a shop in Madrid": the place is a name (capitalised). */
const CARD_USED_EN = /\b(?:card|account)(?:['’]s|\s+has|\s+had|\s+was|\s+is)?\s+(?:just\s+)?(?:been\s+)?(?:just\s+)?used\s+(?:in|at)\s+(?:an?\s+\w+\s+in\s+)?(?<place>\p{L}+)/giu;
/** The use disowned, or told by an alert. */
const NOT_THERE_EN = /\b(?:i['’]?m|i\s+am|we['’]?re|we\s+are)\s+(?:in|at|sitting\s+in|still\s+in)\s+\p{Lu}|\bhaven['’]?t\s+(?:left|been\s+to)\b|\bnever\s+been\s+(?:to|in)\b|\b(?:wasn['’]?t|was\s+not|not|isn['’]?t)\s+me\b|\b(?:didn['’]?t|did\s+not|never)\s+(?:make|do|authori[sz]e)\b/iu;
const ALERT_EN = /\b(?:text|alert|notification|sms|email)\b/iu;
/** "someone has got into my account", "someone is in it". */
const SOMEONE_IN_EN = /\bsomeone\s+(?:else\s+)?(?:has\s+|had\s+|might\s+have\s+|may\s+have\s+|must\s+have\s+)?(?:got|gotten|get|is\s+getting|been\s+getting|broken|hacked)\s+into\s+(?:my|our|the)\s+(?:[\w-]+\s+){0,2}?account\b|\bsomeone\s+(?:else\s+)?is\s+in\s+(?:it|there|my\s+account|our\s+account)\b/iu;
/** A detail of the account changed … and disowned within the next words. */
const CHANGED_EN = /\b(?:login(?:\s+details)?|log-?in\s+details|password|e-?mail(?:\s+address)?|recovery\s+e-?mail|phone\s+number|security\s+details)\s+(?:has|have|had|was|were)\s+(?:just\s+)?(?:been\s+)?(?:changed|updated|reset)\b/giu;
const DISOWNED_EN = /\b(?:i\s+)?(?:didn['’]?t|didnt|did\s+not|never)\s+(?:do|change|make|ask|request|write|send)\b|\b(?:wasn['’]?t|wasnt|was\s+not|not)\s+me\b|\bsomeone\s+(?:else\s+)?is\b/iu;
/** "messages I didn't write": activity disowned. */
const NOT_WRITTEN_EN = /\b(?:messages?|posts?|e-?mails?|listings?)\s+(?:that\s+)?i\s+(?:didn['’]?t|didnt|did\s+not|never)\s+(?:write|send|sent|wrote|post|make|made)\b/iu;
/** The matter told as over or long ago. */
const OVER_EN = /\b(?:last\s+(?:year|month)|(?:years?|months?)\s+ago|back\s+in\s+\d{4}|a\s+while\s+(?:ago|back)|was\s+(?:sorted|resolved|fixed)|has\s+been\s+(?:sorted|resolved|fixed)|all\s+sorted|thanks\s+for\s+(?:sorting|fixing|resolving))\b/iu;

/** The takeover reader finds nothing unless one of its three patterns matches: their words, asked of the shared scan before the guards run. */
const TAKEOVER_GATE = readerGate([CARD_USED_EN, SOMEONE_IN_EN, CHANGED_EN]);

export function takeoverEn40(ctx: CueContext): Evidence[] {
  if (ctx.fa || ctx.empty || !kinds40Switch.takeover || !mayMatch(ctx.low, TAKEOVER_GATE)) return [];
  const text = ctx.doc.text;
  if (OVER_EN.test(text)) return [];
  const ev: Evidence[] = [];
  for (const m of text.matchAll(CARD_USED_EN)) {
    const place = m.groups?.place ?? '';
    // A named place, told by an alert or disowned: "used in Dubai … I'm in Leeds".
    if (!/^\p{Lu}/u.test(place) || !(NOT_THERE_EN.test(text) || ALERT_EN.test(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index)))) continue;
    if (!NOT_THERE_EN.test(text) && !/\b(?:block|freeze|stop|cancel)\b/iu.test(text)) continue;
    ev.push(ctx.ev({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }, 'tone.why.security'));
    break;
  }
  const s = SOMEONE_IN_EN.exec(text);
  if (s && /\baccount\b/iu.test(text)) ev.push(ctx.ev({ start: s.index, end: s.index + s[0].length }, 'tone.why.security'));
  for (const m of text.matchAll(CHANGED_EN)) {
    const at = m.index ?? 0;
    const after = text.slice(at + m[0].length, at + m[0].length + 60);
    const d = DISOWNED_EN.exec(after);
    if (!d && !NOT_WRITTEN_EN.test(text) && !s) continue;
    ev.push(ctx.ev({ start: at, end: at + m[0].length }, 'tone.why.security'));
    if (d) ev.push(ctx.ev({ start: at + m[0].length + d.index, end: at + m[0].length + d.index + d[0].length }, 'tone.why.security'));
    break;
  }
  const w = NOT_WRITTEN_EN.exec(text);
  if (w && ev.length) ev.push(ctx.ev({ start: w.index, end: w.index + w[0].length }, 'tone.why.security'));
  if (ev.length) kinds40Switch.fired?.push('takeover');
  return ev;
}

// ---------------------------------------------------------------------------------------------------------------------
// A power pole or line down where people pass (both languages)

const L = String.raw`(?<![\p{L}\p{M}])`;
const R = String.raw`(?![\p{L}\p{M}])`;
const S = String.raw`[\s\u200c]*`;
/** «تیر برق», «سیم برق», «کابل برق», «سیم‌های برق», «تیر چراغ برق». */
const LINE_FA = new RegExp(String.raw`${L}(?:تیر|سیم|کابل)(?:${S}ها(?:ی)?)?${S}(?:چراغ${S})?برق${R}`, 'gu');
/** Down, leaning, hanging or about to fall. */
const DOWN_FA = new RegExp(String.raw`${L}(?:افتاده|(?:می|مي)?${S}(?:افته|افتد|فته)|بیفته|بيفته|بیافته|بیفتد|کج${S}شده|كج${S}شده|آویز(?:ون|ان)(?:ه|ست|است)?|اویزون|پاره${S}شده|ولو${S}شده)${R}|(?:رو|روی|به|بر)${S}زمین${R}`, 'u');
/** Put right or taken away already. */
const FIXED_FA = new RegExp(String.raw`${L}(?:برطرف|درست|تعمیر|جمع|عوض)${S}(?:شد|شده|کردند|کردن|کردید|کردین|كردند|كردن)${R}`, 'u');

const POLE_EN = /\b(?:telegraph\s+|electricity\s+|power\s+|phone\s+|telephone\s+)?poles?\b[^.!?\n]{0,60}?\b(?:(?:has|have|had)\s+)?(?:come|fallen|blown|gone)\s+down\b|\b(?:power|electric(?:ity|al)?|overhead|live)\s+(?:lines?|cables?|wires?)\b[^.!?\n]{0,30}?\b(?:(?:is|are|has|have)\s+)?(?:down|fallen|come\s+down|hanging\s+(?:down|low|off)|dangling|lying\s+(?:across|on|in))\b/iu;
/** "the cable is lying across my field entrance": a cable lying where people or animals pass, beside a pole come down. */
const CABLE_LYING_EN = /\b(?:cables?|wires?|lines?)\s+(?:is\s+|are\s+)?(?:now\s+)?(?:lying|hanging|dangling)\s+(?:across|over|on|low|down|in)\b/iu;

/** A line found needs LINE_FA (Persian) or POLE_EN (English) to match: their words, asked before the guards run. */
const LINE_FA_GATE = readerGate([LINE_FA]);
const POLE_EN_GATE = readerGate([POLE_EN]);

export function fallenLine40(ctx: CueContext): Evidence[] {
  if (ctx.empty || !kinds40Switch.line) return [];
  const text = ctx.doc.text;
  if (ctx.fa) {
    if (!mayMatch(ctx.low, LINE_FA_GATE) || FIXED_FA.test(text)) return [];
    for (const m of text.matchAll(LINE_FA)) {
      const at = m.index ?? 0;
      const [s, e] = sentenceBounds(text, at, at + m[0].length);
      // The line's state in its own sentence, or in the next one when that sentence names it again («سیمشم آویزونه»).
      const d = DOWN_FA.exec(text.slice(s, e)) ?? DOWN_FA.exec(text.slice(e, Math.min(text.length, e + 60)).split(/[.!?؟\n]/u).slice(0, 2).join(' '));
      if (!d) continue;
      const ds = DOWN_FA.exec(text.slice(s, e)) ? s + d.index : text.indexOf(d[0], e);
      kinds40Switch.fired?.push('line');
      return [ctx.ev({ start: Math.min(at, ds), end: Math.max(at + m[0].length, ds + d[0].length) }, 'tone.why.safety')];
    }
    return [];
  }
  if (!mayMatch(ctx.low, POLE_EN_GATE)) return [];
  if (/\b(?:was|has\s+been|been)\s+(?:fixed|repaired|sorted|put\s+back|made\s+safe)\b|\b(?:last\s+(?:year|month|week)|months?\s+ago)\b/iu.test(text)) return [];
  const p = POLE_EN.exec(text);
  if (!p) return [];
  const ev = [ctx.ev({ start: p.index, end: p.index + p[0].length }, 'tone.why.safety')];
  const c = CABLE_LYING_EN.exec(text);
  if (c && (c.index >= p.index + p[0].length || c.index + c[0].length <= p.index)) ev.push(ctx.ev({ start: c.index, end: c.index + c[0].length }, 'tone.why.safety'));
  kinds40Switch.fired?.push('line');
  return ev;
}

// ---------------------------------------------------------------------------------------------------------------------
// At the place now, the company's part not there (English)

const HERE_NOW_EN = /\b(?:i['’]?m|im|i\s+am|we['’]?re|we\s+are)\s+(?:now\s+)?(?:(?:standing|sitting|stuck|stood|waiting)\s+)?(?:at|in|outside)\s+(?:the\s+|your\s+)?[\w' -]{2,30}?\s+(?:right\s+)?now\b|(?:^|[.!?\n]\s*)(?:at|outside)\s+(?:the\s+|your\s+)?\w+(?:\s+\w+)?\s+now\b/iu;
/** Nobody there, closed, no booking of theirs: "your desk is closed", "nobody here??", "no booking under our name". */
const NOT_THERE_FOR_US_EN = /\b(?:nobody|no\s+one|no-one)\s+(?:is\s+)?(?:here|there|around|at\s+the\s+desk)\b|\b(?:desk|office|counter|shop|branch|door|gate)\s+(?:is|was)\s+(?:closed|shut|locked)\b|\bno\s+(?:booking|reservation|record)\s+(?:under|for|of)\b|\bno\s+record\s+of\b|\b(?:doesn['’]?t|does\s+not)\s+exist\b/iu;

/** Both patterns must match: their words, asked of the shared scan before either runs. */
const HERE_NOW_GATE = readerGate([HERE_NOW_EN]);
const NOT_THERE_GATE = readerGate([NOT_THERE_FOR_US_EN]);

export function strandedEn40(ctx: CueContext): Evidence[] {
  if (ctx.fa || ctx.empty || !kinds40Switch.stranded || !mayMatch(ctx.low, HERE_NOW_GATE) || !mayMatch(ctx.low, NOT_THERE_GATE)) return [];
  const text = ctx.doc.text;
  const h = HERE_NOW_EN.exec(text);
  if (!h) return [];
  const f = NOT_THERE_FOR_US_EN.exec(text);
  if (!f) return [];
  const lead = h[0].length - h[0].trimStart().replace(/^[.!?\n]\s*/u, '').length;
  const ev = [ctx.ev({ start: h.index + lead, end: h.index + h[0].length }, 'tone.why.time')];
  if (f.index >= h.index + h[0].length || f.index + f[0].length <= h.index) ev.push(ctx.ev({ start: f.index, end: f.index + f[0].length }, 'tone.why.time'));
  kinds40Switch.fired?.push('stranded');
  return ev;
}

// ---------------------------------------------------------------------------------------------------------------------
// A body in trouble now, with help asked now (English)

const SYMPTOM_EN = /\b(?:(?:don['’]?t|doesn['’]?t|do\s+not|does\s+not|not|hasn['’]?t|has\s+not|haven['’]?t|can['’]?t|cannot)\s+(?:pee|peed|wee|weed|urinate|urinated)\b|(?:face|cheek|jaw|gum|gums|eye|lip|tongue|throat)\s+(?:is\s+|are\s+|has\s+been\s+|is\s+getting\s+)?(?:swollen|swelling)\b|(?:ate|eat|eaten|swallowed|chewed)\s+(?:a\s+(?:big\s+|whole\s+)?(?:bar\s+of\s+)?)?(?:chocolate|grapes|raisins|rat\s+poison|slug\s+pellets|a\s+battery|batteries|paracetamol|ibuprofen|xylitol)\b)/iu;
/** Help asked now. */
const NOW_ASK_EN = /\b(?:today|tonight|right\s+now|now\?|straight\s+away|right\s+away|tomorrow\s+(?:early\s+)?morning|early\s+morning|is\s+it\s+(?:an\s+)?emergency|what\s+(?:do|should|must)\s+i\s+do|what\s+i\s+(?:do|must\s+do)|can\s+i\s+(?:come|bring)\b[^.!?\n]{0,20}\bnow)\b|\bnow\s*\?/iu;
/** Told as over, or a claim about it. */
const HEALTH_OVER_EN = /\b(?:(?:he|she|it)\s+is\s+(?:ok|okay|fine|better)\s+now|now\s+(?:he|she|it)\s+is\s+(?:ok|okay|fine|better)|(?:it['’]?s|has|it\s+has)\s+passed|covered|claim|excess|bill|invoice|form|refund|last\s+(?:week|month|year))\b/iu;

/** A finding needs SYMPTOM_EN and NOW_ASK_EN to match: their words, asked of the shared scan before the guard runs. */
const SYMPTOM_GATE = readerGate([SYMPTOM_EN]);
const NOW_ASK_GATE = readerGate([NOW_ASK_EN]);

export function healthNowEn40(ctx: CueContext): Evidence[] {
  if (ctx.fa || ctx.empty || !kinds40Switch.health || !mayMatch(ctx.low, SYMPTOM_GATE) || !mayMatch(ctx.low, NOW_ASK_GATE)) return [];
  const text = ctx.doc.text;
  if (HEALTH_OVER_EN.test(text)) return [];
  const s = SYMPTOM_EN.exec(text);
  if (!s) return [];
  const a = NOW_ASK_EN.exec(text);
  if (!a) return [];
  const ev = [ctx.ev({ start: s.index, end: s.index + s[0].length }, 'tone.why.safety')];
  const aw = a[0].replace(/\s*\?$/u, '');
  if (a.index >= s.index + s[0].length || a.index + aw.length <= s.index) ev.push(ctx.ev({ start: a.index, end: a.index + aw.length }, 'tone.why.time'));
  kinds40Switch.fired?.push('health');
  return ev;
}

/** Session 40's urgency readings, in order (the first that finds something). */
export function urgencyKinds40(ctx: CueContext): Evidence[] {
  for (const read of [takeoverEn40, fallenLine40, strandedEn40, healthNowEn40]) {
    const found = read(ctx);
    if (found.length) return found;
  }
  return [];
}
