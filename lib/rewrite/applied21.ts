/**
 * The applied alternative, read once more after every other pass (twenty-first session, branch rwhon21, issue 12: wrong
 * alternatives at most 5% when a person applies them and reads the result). Each reading below is a kind, tried on the
 * look-alike set in scripts/applied21-matrix.ts; none names a trade or a sentence. Where no honest text exists the
 * suggestion becomes advice (its flag and explanation stay, the text stays as the agent wrote it):
 *
 * - **An offer blank where the draft already gives the next step** (both languages): the agent's own next step in any verb
 *   and spelling after the refusal or not-knowing ("ill flag it", "Ill ring …", "let me grab …", "escalating it … now",
 *   "will confirm tmrw", «بهتون خبر میدیم», «میپرسم», «پیامک میزنیم»), an instruction to the customer («برید شعبه»), a
 *   hand-over («دست شرکت …ه»), an offer question ("… if that suits?", «میخواید … بفرستم») or an alternative said as what is
 *   still free ("Thursday still has spaces", "is free that night"), and in Persian the next sentence's way forward
 *   («می‌توانید …», «خواهشمند است … اقدام فرمایید»). A blank there asks the agent for a second offer.
 * - **No offer blank where nothing is refused to the customer** (English): a thing's behaviour under the customer's own
 *   condition ("the alarm won't do anything if you leave it unarmed"), and a wait on a step still under way ("can't … yet",
 *   "still pending"): the way forward is the wait.
 * - **One offer blank per paragraph** (Persian): two refusals in a row («نه نمیشه. … برگشت نمیخوره») take the frame on
 *   the last; the first stays advice.
 * - **A not-knowing template that does not fit its sentence**: a guess after it («مطمئن نیستم ولی احتمالا …»), a subject
 *   pronoun the template would strand («اینجانب ___»), a blank run into "?" or "!" ("…, and ___? It may do."); a filler
 *   right after it («نمیدونم والا کی …») goes with the replaced words; «نمی‌دانیم چگونه … تشکر کنیم» is thanks, not a
 *   not-knowing, and is not flagged.
 * - **"won't … till <a day or a clock time>" made "will … once <the day>"** (English): "once" wants an event ("once we
 *   receive the form"); before a date it reads wrong, and "from" would promise the day itself: advice.
 * - **«مشکلی نیست، …» telling the customer nothing is wrong** (Persian: no verb of the agent's or request follows, only the
 *   state of things): «با کمال میل» answers a request, so it is advice there.
 */
import { analyzeFaWordWide } from '../nlp/index.ts';
import type { Suggestion } from './engine.ts';
import { refit28En, seams28Reason } from './seams28.en.ts';
import { familyOf } from './template16.en.ts';
import { wayForward } from './template16.fa.ts';
import { faFold, faTokens, faTextMemo } from './guard.fa.text.ts';
import { asAdvice } from './advice.ts';
import { BoundedMemo } from '../text/memo.ts';

const hasBlank = (s: Suggestion) => s.kind === 'template' && (s.replacements[0] ?? '').includes('___');

/** A blank line starts at the line break draft[k] (only spaces between it and the next line break): read in place, never a copy of the rest. */
const BLANK_LINE = /\n\s*\n/y;
function blankLineAt(draft: string, k: number): boolean {
  BLANK_LINE.lastIndex = k;
  return BLANK_LINE.test(draft);
}

/** The paragraph's text after `at`, up to `n` sentence ends (a blank line ends it). */
function textAfter(draft: string, at: number, n: number, ends = /[.!?\n؟]/): string {
  let k = at;
  let seen = 0;
  const lim = Math.min(draft.length, at + 600);
  while (k < lim) {
    if (draft[k] === '\n' && draft[k + 1] === '\n') break;
    if (draft[k] === '\n' && blankLineAt(draft, k)) break;
    if (ends.test(draft[k]) && !(draft[k] === '.' && /\d/.test(draft[k + 1] ?? ''))) {
      // a run of marks ("!!", "?!") is one end
      while (k + 1 < lim && ends.test(draft[k + 1]) && draft[k + 1] !== '\n') k++;
      if (++seen >= n) return draft.slice(at, k + 1);
    }
    k++;
  }
  return draft.slice(at, k);
}

/** The sentence's text before `at` (back to the last sentence end or line). */
function textBefore(draft: string, at: number): string {
  let k = at;
  const lim = Math.max(0, at - 400);
  while (k > lim && !/[.!?\n؟]/.test(draft[k - 1])) k--;
  return draft.slice(k, at);
}

// ---------------------------------------------------------------------------------------------------------------- English

/** A clause start: the text's start, a mark, a dash, or a joining word. */
const CLAUSE = String.raw`(?:^|[,;:.!?\u2013\u2014]\s*|\s-\s+|\b(?:and|so|then|but|or)\s+)`;
/**
 * The agent's own next step, any verb, any spelling: "I'll / ill / Ill / I will / I'm going to / gonna / we'll …", "let me
 * + verb" ("let me know" asks the customer), a subjectless "will/gonna + verb" or "-ing + its object" opening a clause.
 */
const AGENT_STEP_EN = new RegExp(
  [
    String.raw`\b(?:i|we)(?:['’]ll| will| shall|['’]m going to| am going to|['’]re going to| are going to|['’]m gonna| am gonna|['’]re gonna| are gonna)\s+(?!not\b|never\b|be (?:unable|able to)\b|have to\b)(?:just |also |now |then |personally |quickly |definitely |happily )?[a-z]{2,}`,
    `${CLAUSE}(?:ill|Ill|ILL|im gonna|i'm gonna|gonna|will|going to)\\s+(?!not\\b|never\\b|be\\b|have to\\b|so\\b|and\\b|at\\b|with\\b|in\\b|for\\b|today\\b|health\\b)(?:just |also |now |then |quickly |definitely )?[a-z]{2,}`,
    String.raw`\b(?:let me|lemme|lem me)\s+(?!know\b|down\b|in\b)(?:just |quickly )?[a-z]{2,}`,
    `${CLAUSE}(?!(?:nothing|something|anything|everything|being|morning|evening|during|pending|according|regarding|including|following|concerning|notwithstanding|meaning|considering|assuming|excluding|seeing|causing|resulting|leaving|making|bring|thing|king|ring|spring|string)\\b)[a-z]{3,}ing\\b\\s+(?:it|this|that|these|those|them|you|your|the|a|an|someone|somebody|him|her|over|up|on|round|back|now)\\b`,
  ].join('|'),
  'i',
);

/** An alternative said as what is still free, or an offer asked as a question: "still has", "is free", "if that suits?". */
const ALT_AVAILABLE_EN =
  /\bstill (?:has|have|got)\b|\b(?:is|are)(?: still)? (?:free|available|open)\b(?! to\b)|\bif (?:that|this|it) (?:works|suits|helps)\b|\bif you(?:['’]d| would) (?:like|prefer)\b|\bwould (?:that|this|it|[\w.:]+(?: [\w.:]+){0,2}) (?:work|suit|do|help)\b|\b(?:how|what) about\b|\bthere(?:['’]s| is| are) (?:still )?(?:space|room|availability|a few|some|spaces|seats|slots)\b/i;

/** A thing's behaviour under the customer's own condition: "won't do anything if you …", "won't work unless you …". */
const CONDITION_AFTER_EN = /^[^.!?;,\u2013\u2014]*?\b(?:if|unless|when|whenever) (?:you|u)\b/i;
/** What a thing does or fails to do ("won't do anything", "doesn't work", "won't respond"): its behaviour, no one's refusal. */
const THING_FUNCTION_EN =
  /\b(?:won['’]?t|wont|will not|doesn['’]?t|doesnt|does not|wouldn['’]?t|would not)\s+(?:\w+ly\s+)?(?:do anything|do much|work|respond|run|start|turn on|switch on|connect|load|sync|print|scan|heat|cool|charge|trigger|fire|function|operate|help)\b/i;
const AGENT_SUBJECT_EN = /\b(?:i|we|i['’]m|we['’]re|im|i['’]ve|we['’]ve|ive|us|my|our)\b/i;

/** A person as the subject right before "… not available": the agent, the team, staff. */
const PERSON_BEFORE_EN = /\b(?:we|i|they|he|she|you|staff|team|everyone|everybody|engineers?|drivers?|consultants?|advisors?|advisers?|agents?|colleagues?)(?:['’]re|['’]m| are| am| is| were| was|\s*)?\s*$/i;
/** The sentence goes on after the span with more than a filler ("…, sorry", "…, I'm afraid", "… lol"). */
const GOES_ON_EN = /^\s*[,;:\u2013\u2014-]\s*(?!(?:sorry|so sorry|i['’]?m afraid|im afraid|unfortunately|thanks|thank you|lol|ok|okay|x+|sadly|apologies)\s*[.!?]*\s*(?:$|\n))[\w'’]+(?:\s+[\w'’]+)+/i;

/** A wait on a step under way: the refusal's clause says "yet", or the sentence names the step as pending. */
const WAIT_EN = /\byet\b|\bpending\b|\bstill (?:being|under|in) (?:processed|review|progress)\b/i;

/** A time point after "until/till": a day, a date, a clock time, a month, "tomorrow", "next week". */
const TIME_POINT_EN = String.raw`(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)\b|\d{1,2}[:.]\d\d\b|(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|thurs|fri|sat(?:ur)?|sun)(?:day)?s?\b|tomorrow\b|tmrw?\b|tonight\b|later\b|next\s+\w+|this\s+(?:week|weekend|month|afternoon|evening)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|noon\b|midday\b|midnight\b|(?:the )?end of\b|the weekend\b|the morning\b|the afternoon\b|the evening\b|\d{1,2}(?:[:.]\d\d)?\b)`;
/** A state right before "once <point>" ("will be back / free / ready … once"): it holds from that point on. */
const STATE_BEFORE_ONCE_EN = /\bwill be (?:back|free|ready|available|open|in stock|in|here|there|home|around|live|active|valid|on sale)\b[^.!?;]{0,40}\bonce\s/i;
/** (A point that is the subject of its own clause, "once the weekend is over", is an event.) */
const NOT_A_CLAUSE = String.raw`(?!\s+(?:is|are|was|has|have|ends?|ended|starts?|begins?|finishes|finished|passes|passed|comes|arrives|clears|gets|goes|rolls)\b)`;
const ONCE_POINT_EN = new RegExp(String.raw`\bonce\s+${TIME_POINT_EN}${NOT_A_CLAUSE}`, 'i');
const UNTIL_POINT_EN = new RegExp(String.raw`\b(?:until|till|til|'til|’til)\s+${TIME_POINT_EN}${NOT_A_CLAUSE}`, 'i');

/** The English offer blank's families: the refusal's ("What we can do is ___") and the not-knowing's. */
function enBlankFamily(s: Suggestion): 'refusal' | 'not-knowing' | null {
  const r = s.replacements[0] ?? '';
  if (/confirmed answer|can tell you now is ___/i.test(r)) return 'not-knowing';
  if (/what (?:i|we) can do is ___|\bbut ___ /i.test(r)) return familyOf(s) === 'not-knowing' ? 'not-knowing' : 'refusal';
  const f = familyOf(s);
  return f === 'not-my-dept' ? null : f;
}

/** A clause that names its evidence or gives a reason right before the span: "records show (that)", "because", "as". */
const EVIDENCE_BEFORE_EN =
  /\b(?:because|cause|cos|since|as|shows?|showed|shown|says?|said|confirms?|confirmed|indicates?|indicated|suggests?|according to [^,.;]{1,40},?|(?:show|shows|showed|says|said|confirm|confirms|confirmed|indicate|indicates|suggest|suggests) that)\s*$/i;
/** A formal letter's closing or a second greeting under the first: "Hi there" reads out of place. */
const FORMAL_CLOSE_EN = /\byours (?:sincerely|faithfully|truly)\b|\brespectfully(?: yours)?,?\s*$|\bwith (?:kind |warm )?regards\b/im;
const GREETING_NEXT = /^[\s,]*\n\s*(?:سلام|با سلام|درود|hello|hi|good (?:morning|afternoon|evening)|greetings)(?=[\s,،!]|$)/i;

/**
 * An English rewrite refitted to its seam, or null: "it looks like" after a clause that names its evidence or a reason
 * ("our records show that it looks like you didn't …", "because it looks like you didn't …") is dropped (the evidence is the
 * sentence's own; "failed to X" still becomes "didn't X"), and advice where nothing else changes; a recap that leaves the
 * old phrase's "now/already/again" at the seam takes it ("Just to recap, now the …").
 */
function refitEn(draft: string, s: Suggestion): Suggestion | null {
  const r0 = s.replacements[0] ?? '';
  // A not-knowing template's blank run into the question or exclamation marks of the words it replaced ("…, and ___? It
  // may do."): the blank sentence ends with a full stop, and the marks go with the replaced words.
  const marks = /^[?!]+/.exec(draft.slice(s.end, s.end + 6));
  if (s.kind === 'template' && marks && /confirmed answer[^_]*___$/i.test(r0)) {
    return { ...s, end: s.end + marks[0].length, original: draft.slice(s.start, s.end + marks[0].length), replacements: s.replacements.map((r) => (/___$/.test(r) ? `${r}.` : r + marks[0])) };
  }
  if (s.kind !== 'rewrite') return null;
  // "won't be back till the 14th" -> "will be back once the 14th": "once" wants an event. A state reads with "from" (the
  // house form of "till <point>": "will be free from Thursday"); anything else stays advice (enReason).
  if (ONCE_POINT_EN.test(r0) && UNTIL_POINT_EN.test(s.original) && STATE_BEFORE_ONCE_EN.test(r0)) {
    return { ...s, replacements: [r0.replace(/\bonce(?=\s)/i, 'from')] };
  }
  if (/^it looks like /i.test(r0) && EVIDENCE_BEFORE_EN.test(textBefore(draft, s.start))) {
    const r1 = r0.replace(/^it looks like /i, '');
    if (r1.trim().toLowerCase() === s.original.trim().toLowerCase()) return asAdvice(draft, s);
    return { ...s, replacements: [r1] };
  }
  if (/\brecap,?$/i.test(r0)) {
    const m = /^\s+(?:now|already|again|before|previously|earlier)\b,?(?=\s)/i.exec(draft.slice(s.end, s.end + 16));
    if (m) return { ...s, end: s.end + m[0].length, original: draft.slice(s.start, s.end + m[0].length) };
  }
  if (/^hi there$/i.test(r0.trim()) && (FORMAL_CLOSE_EN.test(draft.slice(s.end)) || GREETING_NEXT.test(draft.slice(s.end).replace(/^[,:]/, '')))) return asAdvice(draft, s);
  return null;
}

function enReason(draft: string, s: Suggestion): string | null {
  const r0 = s.replacements[0] ?? '';
  if (s.kind === 'rewrite' && ONCE_POINT_EN.test(r0) && UNTIL_POINT_EN.test(s.original) && !STATE_BEFORE_ONCE_EN.test(r0)) return 'once-before-a-date';
  if (!hasBlank(s)) return null;
  // "X isn't available …, but ___ is": a person's availability ("we are not available before May") has no other thing to
  // name, and a sentence that goes on after the blank (", the hall is booked", ", annual plan only") leaves it mid-sentence.
  if (/,\s*but ___(?: (?:is|are))?$/i.test(s.replacements[0] ?? '')) {
    const head = textBefore(draft, s.start);
    if (PERSON_BEFORE_EN.test(head)) return 'person-not-available';
    if (GOES_ON_EN.test(draft.slice(s.end, s.end + 200))) return 'sentence-goes-on';
  }
  const fam = enBlankFamily(s);
  if (!fam) return null;
  // What follows the flagged words: the rest of their sentence and the next one (the kept refusal's own tail included).
  // A template that keeps the refusal holds its sentence's tail in its flag: read from the refusal's first clause break on.
  const after = textAfter(draft, s.flagged.start, 2).replace(/^[^,;:.!?\u2013\u2014]*/, '');
  if (AGENT_STEP_EN.test(after)) return 'agent-step-after';
  // The blank run into a question or an exclamation mark ("…, and ___? It may do.").
  if (fam !== 'refusal') return null;
  if (ALT_AVAILABLE_EN.test(after)) return 'alternative-after';
  const flagged = draft.slice(s.flagged.start, s.flagged.end);
  const head = textBefore(draft, s.flagged.start).replace(/^[\s\S]*[,;:\u2013\u2014]/, '');
  if (THING_FUNCTION_EN.test(flagged + draft.slice(s.flagged.end, s.flagged.end + 40)) && !AGENT_SUBJECT_EN.test(flagged) && !AGENT_SUBJECT_EN.test(head.split(/\s+/).slice(-2).join(' ')) && CONDITION_AFTER_EN.test(draft.slice(s.flagged.start, s.flagged.end + 200))) return 'thing-under-condition';
  const clause = (flagged + textAfter(draft, s.flagged.end, 1).split(/[.!?;\n]/)[0]).replace(/\bnot yet\b/i, '');
  if (WAIT_EN.test(clause) || /\bpending\b/i.test(textBefore(draft, s.flagged.start))) return 'wait-on-a-step';
  return null;
}

// ---------------------------------------------------------------------------------------------------------------- Persian

const spaced = faTextMemo((t: string): string => ` ${faFold(t).replace(/[.،,!؛;:؟?«»"()\-–—]/g, ' ').replace(/\u200c/g, '').replace(/\s+/g, ' ')} `);

/** fa-core's not-knowing templates (their replacement opens with the blank's frame, not with the matched words). */
const FA_NOT_KNOWING = /^fa-(?:dont-know|not-sure|no-info|not-informed|not-knowing|unclear)/;

/** Lemmas of the first person that are no step: knowing, being, wanting («عذر میخوام»). */
const NO_STEP_LEMMA = new Set(['دانستن', 'بودن', 'هستن', 'خواستن', 'شدن']);
/** Words before a first-person verb that make it thanks or an apology, not a step. */
const COURTESY = /^(?:تشکر|سپاس|سپاسگزاری|عذرخواهی|پوزش|قدردانی|معذرت|خوشحال|متاسف|متأسف)$/;

/** An offer asked as a question («میخواید … بفرستم», «مایلید …»). */
const OFFER_QUESTION_FA = /(?:^|\s)(?:میخوای|میخواید|میخواین|میخوایید|میخواهید|مایلید|مایلین|مایل\s+هستید|اگه\s+بخواید|اگه\s+بخواین|اگه\s+بخوای)(?=\s|$)/;
/** A hand-over: «… دست شرکت سازنده‌ست», «دست نمایندگیه» (not «دستم/دستمون بسته» nor «از دست ما»). */
const HAND_OVER_FA = /(?:^|\s)(?<!از\s)دست\s+(?!ما(?:\s|$)|من(?:\s|$)|خود|شما(?:\s|$)|بسته)\S{2,}/;

/**
 * The agent's own step, or an instruction to the customer, in `text` (the words after the refusal, from its first clause
 * break on): a first-person verb not negated (not knowing, being, wanting, thanks), a second-person «ب»-verb not negated
 * outside a condition («برید شعبه»), an offer question, a hand-over.
 */
function agentStepFa(text: string, from = 0, instructions = true): boolean {
  // (perffa32) The same sentences are read again for every suggestion and on every keystroke: their answer is kept.
  if (text.length > STEP_MEMO_LEN) return readAgentStepFa(text, from, instructions);
  const key = `${from},${instructions ? 1 : 0}\u0000${text}`;
  let v = stepMemo.get(key);
  if (v === undefined) stepMemo.set(key, (v = readAgentStepFa(text, from, instructions)));
  return v;
}
const STEP_MEMO_LEN = 600;
const stepMemo = new BoundedMemo<string, boolean>(256);
function readAgentStepFa(text: string, from: number, instructions: boolean): boolean {
  const sp = spaced(text.slice(from));
  // (A hand-over after a not-knowing says why the agent doesn't know, «… دست شرکت حمل‌ونقله»: the blank still has its job.)
  if (OFFER_QUESTION_FA.test(sp) || (instructions && HAND_OVER_FA.test(sp))) return true;
  const toks = faTokens(text).filter((t) => t.word);
  // A modal before a verb governs it («نمی‌توانید … برداشت کنید», «نمی‌تونیم … منتقل کنیم»): that verb is the refused
  // action, not a step or an instruction.
  let modal = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const v = t.fa ?? analyzeFaWordWide(t.norm)?.verb;
    const w = faFold(t.norm);
    if ((v && MODAL_LEMMA.has(v.lemma)) || /^(?:باید|بایستی|نباید|میشه|نمیشه|نمیشود|میتوان|نمیتوان)$/.test(w)) modal = true;
    if (t.start < from || !v || v.negative) continue;
    const prev = i > 0 ? faFold(toks[i - 1].norm) : '';
    // The agent's own step: a first-person verb under way or done («میپرسم», «خبر میدیم», «ثبت کردم»).
    if (v.person.person === 1 && (v.progressive || v.tense === 'past') && !NO_STEP_LEMMA.has(v.lemma) && !COURTESY.test(prev)) return true;
    if (instructions && v.person.person === 2 && v.subjunctive && v.tense === 'present' && !modal) {
      const head = toks.slice(Math.max(0, i - 6), i).map((x) => faFold(x.norm));
      if (!head.some((x) => /^(?:اگه|اگر|چنانچه|تا|که|وقتی|هروقت|اگرم)$/.test(x))) return true;
    }
  }
  return false;
}
/** Modals whose complement is the refused action. */
const MODAL_LEMMA = new Set(['توانستن', 'خواستن', 'بایستن']);

/** The refusal's sentence from its start, and where its first clause break is (the words after it are read for a step). */
function afterBreakFa(draft: string, from: number): [string, number] {
  const after = textAfter(draft, from, 1);
  const m = /[،,؛;:]|(?:^|[\s\u200c])(?:و|ولی|اما|بعدش)(?=[\s\u200c])/.exec(after);
  return m ? [after, m.index] : ['', 0];
}

/** A guess after a not-knowing («ولی احتمالا …», «اما فکر کنم …»): the draft already says what it can. */
const GUESS_FA = /(?:^|\s)(?:ولی|اما|منتها)\s+(?:\S+\s+)?(?:احتمالا|احتمالن|شاید|فکر\s+کنم|فکر\s+میکنم|گمونم|گمانم|به\s+احتمال|ظاهرا|احتمال\s+داره|احتمال\s+دارد)(?=\s|$)/;
/** A filler left after a not-knowing template's frame («… ___ تا مشخص بشه والا کی …»). */
const FILLER_IN_FRAME_FA = /(___[^\n]{0,24}?(?:مشخص|معلوم|روشن|مطمئن)[\s\u200c]+(?:بشه|شود|بشود|شه|بشم|شوم))[\s\u200c]+(?:والا|والله|واللا|راستش|واقعا|واقعاً)(?:[\s\u200c]*[،,])?(?=[\s\u200c]|$)/g;
/** «نمی‌دانیم چگونه … تشکر کنیم»: thanks, not a not-knowing. */
const THANKS_IDIOM_FA = /(?:^|\s)(?:چگونه|چطور|چطوری|چجوری|با\s+چه\s+زبانی)\s+(?:\S+\s+){0,8}?(?:تشکر|سپاسگزاری|قدردانی|سپاس|جبران)(?=\s|$)/;

/** The offer frames a Persian template adds after the kept refusal (keep-refusal templates and template16's frames). */
function faOfferFrame(s: Suggestion): boolean {
  const o = s.original.trim();
  return s.language === 'fa' && hasBlank(s) && !!o && s.replacements.every((r) => r.startsWith(o) && r.includes('___'));
}

function faReason(draft: string, s: Suggestion): string | null {
  const f = faFold(draft.slice(s.flagged.start, s.flagged.end));
  if (s.ruleId === 'fa-no-problem' && s.kind === 'rewrite' && /مشکلی\s*نیست/.test(f)) {
    // What follows in its sentence: the agent's step or a request answered keeps «با کمال میل».
    const rest = textAfter(draft, s.flagged.end, 1);
    if (!agentStepFa(rest)) return 'no-problem-is-a-state';
    return null;
  }
  if (!hasBlank(s)) return null;
  const notKnowing = FA_NOT_KNOWING.test(s.ruleId) || s.ruleId === 'not-knowing';
  if (faOfferFrame(s) || notKnowing) {
    // (After a not-knowing only the agent's own step counts: «…، فردا دوباره چک کنین» still leaves the blank its job.)
    if (notKnowing ? agentStepFa(textAfter(draft, s.end, 1), 0, false) : agentStepFa(...afterBreakFa(draft, s.flagged.start))) return 'agent-step-after';
    // The next sentence in the paragraph gives the way forward («می‌توانید …», «خواهشمند است … اقدام فرمایید»).
    const sentEnd = s.end + textAfter(draft, s.end, 1).length;
    const next = textAfter(draft, sentEnd, 1);
    if (!/^\s*\n\s*\n/.test(draft.slice(s.end, sentEnd + 2)) && (wayForward(spaced(next)) || agentStepFa(next.replace(/^[\s.!؟?]+/, '')))) return 'way-forward-next';
  }
  if (notKnowing) {
    if (GUESS_FA.test(spaced(textAfter(draft, s.end, 1)))) return 'guess-after';
  }
  return null;
}

/** «همو رقم که», «همینطور که», «چنان‌که», «همو طور که» (folded): the head of an «as …» clause, up to its «که». */
const MANNER_HEAD_FA = /^[\s\u200c]*(?:(?:هم[اوی]?ن?|همو|همی)[\s\u200c]*(?:طور|طوری|طو|رقم|جور|جوری|گونه)|چنان)[\s\u200c]*که[\s\u200c]*$/;

/**
 * (rwfa29) A reminder rewritten after the head of its «as …» clause: «همو رقم که قبلاً هم گفتم، …» had become «همو رقم که برای
 * یادآوری، …» (a replacement starting mid-clause). The head goes with the replaced words, as fa-core's «همونطور که …» does.
 */
function mannerHeadBefore(draft: string, s: Suggestion): Suggestion | null {
  if (s.language !== 'fa' || s.kind !== 'rewrite' || s.start === 0 || s.category !== 'passive-aggressive') return null;
  let from = s.start;
  while (from > 0 && !/[.!?؟،,؛;:\n]/.test(draft[from - 1]) && s.start - from < 30) from--;
  if (from > 0 && !/[.!?؟،,؛;:\n]/.test(draft[from - 1])) return null;
  const head = draft.slice(from, s.start);
  if (!MANNER_HEAD_FA.test(faFold(head))) {
    // Any other «… که» before it («چیزی که قبلاً هم گفتم این بود …»): the clause is the sentence's subject, no reminder to swap.
    return /(?:^|[\s\u200c])که[\s\u200c]*$/.test(head) ? asAdvice(draft, s) : null;
  }
  const start = from + (/^[\s\u200c]*/.exec(head)?.[0].length ?? 0);
  return { ...s, start, original: draft.slice(start, s.end) };
}

/**
 * (rwfa29) A replacement ending on «که» takes the comma after the words it replaces (the clause it introduces follows with a
 * space): «روال ما این است که، …» is never left (first seen on a formula since retired, bur35).
 */
function thatBeforeComma(draft: string, s: Suggestion): Suggestion | null {
  if (s.language !== 'fa' || s.kind !== 'rewrite' || !s.replacements.length) return null;
  if (!s.replacements.every((r) => /(?:^|\s)که$/.test(r))) return null;
  const tail = /^[\s\u200c]*[،,][\s\u200c]*/.exec(draft.slice(s.end, s.end + 6));
  if (!tail || !/[\u0600-\u06ff\d۰-۹]/.test(draft[s.end + tail[0].length] ?? '')) return null;
  const end = s.end + tail[0].length;
  return { ...s, end, original: draft.slice(s.start, end), replacements: s.replacements.map((r) => r + ' ') };
}

/**
 * The pass (engine.ts's AFTER_READERS, last): each suggestion whose applied text reads wrong in its draft becomes advice,
 * a formal opener becomes a deletion, a not-knowing's stranded filler goes, thanks is no not-knowing, and a paragraph keeps
 * one Persian offer blank.
 */
export function appliedSeams21(draft: string, list: Suggestion[]): Suggestion[] {
  if (!list.length) return list;
  let changed = false;
  const out: Suggestion[] = [];
  for (const s of list) {
    let t = s;
    if (s.language === 'en') {
      // rwen28: a blame made passive, thanks after an intensifier or without its subject; a hedge said twice (seams28.en.ts).
      if (enReason(draft, s) || seams28Reason(draft, s)) t = asAdvice(draft, s);
      else t = refitEn(draft, s) ?? refit28En(draft, s) ?? s;
    } else if (s.language === 'fa') {
      const notKnowing = FA_NOT_KNOWING.test(s.ruleId) || s.ruleId === 'not-knowing';
      if (notKnowing && THANKS_IDIOM_FA.test(spaced(textBefore(draft, s.flagged.start) + textAfter(draft, s.flagged.start, 1)))) {
        changed = true;
        continue;
      }
      const del = thatBeforeComma(draft, s) ?? mannerHeadBefore(draft, s);
      if (del) t = del;
      else if (faReason(draft, s)) t = asAdvice(draft, s);
      else if (notKnowing && hasBlank(s)) {
        // The template's frame ends before the words the agent didn't know; a filler of the old verb («والا») is left in
        // between: it goes (the blank's frame and the question it frames read on without it).
        const reps = s.replacements.map((r) => r.replace(FILLER_IN_FRAME_FA, '$1'));
        if (reps.some((r, k) => r !== s.replacements[k])) t = { ...s, replacements: reps };
      }
    }
    if (t !== s) changed = true;
    out.push(t);
  }
  // One Persian offer blank per paragraph: the last keeps it.
  let later: Suggestion | null = null;
  for (let i = out.length - 1; i >= 0; i--) {
    const s = out[i];
    if (!faOfferFrame(s)) continue;
    if (later && !/\n\s*\n/.test(draft.slice(s.end, later.start))) {
      out[i] = asAdvice(draft, s);
      changed = true;
      continue;
    }
    later = s;
  }
  return changed ? out : list;
}
