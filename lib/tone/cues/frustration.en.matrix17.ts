/**
 * English frustration, seventeenth session (issue 13, tfren10): calm look-alikes read off the family matrix
 * scripts/tone-frustration-matrix.en.ts (messages assembled from parts, not from any split's misses).
 *
 * - **A feeling about a circumstance**: disappointment, upset or annoyance whose sentence tells of the weather, a death in
 *   the family, someone else's event (a team, a band, a school play) or a cause nobody at the company chose ("because of
 *   the snow", "due to the strike", "because of work"), with no "you" / "your" in it: "Bit disappointed it rained all week
 *   on holiday, anyway, can I get a copy of my receipt?", "Really upset, my grandad passed away, could you pause my
 *   deliveries?", "Annoyingly the storm knocked out the power". The labelling rule counts displeasure at the company; a
 *   customer sad about the weather is not displeased with it. Contrast that must still fire: "I'm disappointed that you
 *   cancelled my flight because of the snow" ("you" in the sentence), "Really upset, the parcel was lost again" (no
 *   circumstance).
 * - **Capitals all through**: the implicit reader's "one emphatic capital word in a complaint" ("charged TWICE") is emphasis
 *   only when the rest is written in lower case; in a message typed in capitals ("THE BATTERY IS ABSOLUTELY DEAD. HOW DO I
 *   SEND IT BACK?") every word is capitalised and none is stressed (the labelling rule: caps asking for help are not
 *   frustration; the capitals cue itself still weighs the shouting).
 */
import type { CueContext } from '../cue.ts';
import type { Hit, LexiconPart } from '../tokens.ts';
import type { ToneToken } from '../layer.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const SCHOOL_EVENT = /^(?:play|concert|nativity|sports|trip|disco)$/;

type Toks = readonly ToneToken[];

/** Weather and nature: nobody's doing. */
const WEATHER = /^(?:weather|rain|rained|raining|rainy|snow|snowed|snowing|snowstorm|storm|storms|stormy|flood|floods|flooded|flooding|heatwave|fog|foggy|ice|icy|hurricane|gales?|wind|winds|thunderstorm|hail|drizzle|downpour)$/;
/** A death or illness in the family. */
const LOSS = /^(?:passed|died|dies|death|funeral|bereavement|bereaved|illness|hospital|hospitalised|hospitalized|diagnosed|cancer|covid|flu)$/;
/**
 * Someone else's event: a match or a team's result, a school play. Not a concert, a game or a band (a ticket seller's show, a
 * game that crashes and a watch band are the company's own).
 */
const EVENT = /^(?:team|match|side|club)$/;
const RESULT = /^(?:lost|drew|won|relegated)$/;
/** What a cause names after "because of" / "due to": not the company. */
const CAUSE = /^(?:weather|snow|storm|storms|rain|flooding|floods|strike|strikes|traffic|work|illness|covid|flu|roadworks|fog|ice|wind|heatwave|school|exams)$/;
const YOU = /^(?:you|your|yours|u|ur|yourselves|youre|youve)$/;

/** A request's "you" ("could you pause my deliveries?", "can u send …"): the customer asks, no act of the company is told. */
const ASKS = /^(?:can|could|would|will|may)$/;

function sentenceHasYou(t: Toks, s: number): boolean {
  for (let i = 0; i < t.length; i++) if (t[i].sentence === s && YOU.test(t[i].key) && !(/^(?:you|u)$/.test(t[i].key) && ASKS.test(t[i - 1]?.key ?? ''))) return true;
  return false;
}

/** Whether sentence s tells of a circumstance: the weather, a death or illness, someone else's event, or a cause that is nobody's. */
/** The company's own people: what they did is the company's doing, whatever the weather ("the driver left it in the rain"). */
const AGENT = /^(?:driver|drivers|courier|couriers|engineer|engineers|technician|technicians|agent|agents|staff|rep|installer|fitter|crew)$/;

/** What the company makes of the weather ("a weather delay", "weather issues", "the weather excuse") is its own handling. */
const HANDLING = /^(?:delay|delays|delayed|issue|issues|problem|problems|cancellation|cancellations|excuse|excuses|policy|related|disruption|disruptions)$/;

/** The weather itself at token i: "it rained", "the snow"; not where the company's act happened ("left it in the rain") nor its handling ("a weather delay"). */
function weatherItself(t: Toks, i: number): boolean {
  if (!WEATHER.test(t[i].key) || HANDLING.test(t[i + 1]?.key ?? '')) return false;
  return t[i - 1]?.key !== 'in' && !(t[i - 1]?.key === 'the' && t[i - 2]?.key === 'in');
}

function circumstanceIn(t: Toks, s: number, skip: Hit): boolean {
  for (let i = 0; i < t.length; i++) if (t[i].sentence === s && AGENT.test(t[i].key)) return false;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (x.sentence !== s || (i >= skip.from && i < skip.to)) continue;
    const k = x.key;
    // "the snow", "it rained"; not "left my parcel out in the rain" (where the company's act happened).
    if (weatherItself(t, i)) return true;
    // "passed away", "died"; not "passed on to the courier" (a second word is needed for "passed").
    if (LOSS.test(k) && (k !== 'passed' || t[i + 1]?.key === 'away')) return true;
    // "my team lost last night", "the school play was cancelled".
    if (EVENT.test(k) && /^(?:my|our|his|her|their)$/.test(t[i - 1]?.key ?? '') && (RESULT.test(t[i + 1]?.key ?? '') || RESULT.test(t[i + 2]?.key ?? ''))) return true;
    if (SCHOOL_EVENT.test(k) && t[i - 1]?.key === 'school') return true;
    // "postponed by the band", "cancelled by the organisers": someone else's act.
    if ((k === 'by' && /^(?:postponed|cancelled|canceled|called|moved|rescheduled)$/.test(t[i - 1]?.key ?? '')) || (k === 'by' && t[i - 1]?.key === 'off' && t[i - 2]?.key === 'called')) {
      let j = i + 1;
      while (j < t.length && j <= i + 2 && /^(?:the|a|an|my|our)$/.test(t[j].key)) j++;
      if (/^(?:band|artist|organisers|organizers|venue|school|council|promoter|promoters|club|league|referee|police)$/.test(t[j]?.key ?? '')) return true;
    }
    // "because of the snow", "due to the strike", "because of work".
    if ((k === 'of' && t[i - 1]?.key === 'because') || (k === 'to' && t[i - 1]?.key === 'due')) {
      let j = i + 1;
      while (j < t.length && j <= i + 3 && /^(?:the|a|an|my|some|all|this|that)$/.test(t[j].key)) j++;
      if (t[j] && t[j].sentence === s && CAUSE.test(t[j].key)) return true;
    }
  }
  return false;
}

/**
 * A feeling about a circumstance: its sentence (or, for a feeling said alone — "So disappointed." — the next sentence) tells
 * of the weather, a death, someone else's event or a cause that is nobody's, and says nothing of "you".
 */
export function feelingAtCircumstance(ctx: CueContext, h: Hit): boolean {
  if (ctx.fa) return false;
  const t = ctx.doc.tokens;
  const s = t[h.from]?.sentence;
  if (s === undefined || sentenceHasYou(t, s)) return false;
  // Only in the feeling's own sentence: "So disappointed. … I get bad weather not bad service." blames the company for an excuse.
  return circumstanceIn(t, s, h);
}

/** Words that open a request for help ("HOW DO I SEND IT BACK?", "CAN YOU SEND A NEW ONE?"), unlike "WHY…?". */
const REQUEST = /^(?:how|can|could|would|will|may|please|what|where|is|are|do|does|any|anything)$/;

/**
 * The latest words typed in capitals all through (fewer than three words in lower case) and asking for help: no single capital
 * word is stressed. A message in capitals that asks nothing ("CANCEL MY ORDER. NOW. 5 DAYS AND NOT EVEN DISPATCHED.") keeps
 * its stressed words.
 */
export function typedInCapitals(ctx: CueContext): boolean {
  if (ctx.fa || ctx.questions.length === 0) return false;
  const text = ctx.doc.text;
  const lower = text.match(/\b[a-z][a-z']+\b/g)?.length ?? 0;
  const upper = text.match(/\b[A-Z][A-Z']+\b/g)?.length ?? 0;
  if (upper < 4 || lower >= 3) return false;
  const t = ctx.doc.tokens;
  return ctx.questions.some((q) => {
    const first = t.find((x) => x.start + ctx.offset >= q.start);
    return !!first && first.start + ctx.offset < q.end && REQUEST.test(first.key);
  });
}

/** What a customer owns up to being bad at or with: technology, apps, names, directions, their own memory. */
const SELF_THING = /^(?:technology|tech|computers?|apps?|phones?|gadgets|the internet|internet|online|forms|paperwork|numbers|maths|math|names|dates|directions|passwords?|remembering|typing|spelling|this|these|things|stuff|admin|money|organising|organizing|instructions|settings)$/;
/** Their own faculties or things: "my terrible memory", "my useless sense of direction", "my awful handwriting". */
const OWN_FACULTY = /^(?:memory|handwriting|spelling|eyesight|eyes|hearing|photo|photos|picture|pictures|typing|english|grammar|sense|timing|luck|brain|phone|laptop|wifi|connection)$/;

/**
 * A judgement the customer passes on themself: "I'm terrible with technology", "im useless at apps", "I am hopeless with
 * computers", "sorry, my awful handwriting" (the labelling rule: displeasure with the company; owning up to a weakness is not).
 * Not "I'm useless without the app you broke" (no "with"/"at" and a thing of theirs), nor "your app is terrible with old phones".
 */
export function selfJudged(ctx: CueContext, h: Hit): boolean {
  if (ctx.fa) return false;
  const t = ctx.doc.tokens;
  const x = t[h.from];
  // "I'm (so / really / a bit) terrible with …"
  let k = h.from - 1;
  while (k >= 0 && t[k].clause === x.clause && /^(?:so|really|just|absolutely|totally|completely|pretty|quite|bit|a|such|an|honestly)$/.test(t[k].key)) k--;
  const iAm = k >= 1 && t[k].clause === x.clause && /^(?:am|m)$/.test(t[k].key) && t[k - 1].key === 'i';
  const im = k >= 0 && t[k].clause === x.clause && t[k].key === 'im';
  if (iAm || im) {
    const p = t[h.to];
    if (p && p.clause === x.clause && (p.key === 'with' || p.key === 'at')) {
      let j = h.to + 1;
      while (j < t.length && j <= h.to + 2 && /^(?:the|all|any|these|this|new|modern|online|most|such)$/.test(t[j].key) && !SELF_THING.test(t[j].key)) j++;
      if (t[j] && t[j].clause === x.clause && SELF_THING.test(t[j].key)) return true;
    }
  }
  // "my terrible memory", "excuse my awful handwriting".
  if (h.from > 0 && t[h.from - 1].key === 'my' && t[h.to] && OWN_FACULTY.test(t[h.to].key)) return true;
  return false;
}

/** An illness or the weather a judgement may name: "worst cold of my life", "a ridiculous amount of snow". */
const AILMENT = /^(?:cold|flu|virus|migraine|headache|hangover|cough|fever|covid|illness|jetlag|jet)$/;

/** A judgement of a circumstance: "worst cold of my life", "a ridiculous amount of snow here", "terrible storm last night". */
export function judgedCircumstance(ctx: CueContext, h: Hit): boolean {
  if (ctx.fa) return false;
  const t = ctx.doc.tokens;
  const x = t[h.from];
  // "You botched this weather delay": the company's handling, with "you" anywhere in the clause.
  for (const y of t) if (y.clause === x.clause && YOU.test(y.key)) return false;
  for (let j = h.to; j < t.length && j <= h.to + 3 && t[j].clause === x.clause; j++) {
    if (AILMENT.test(t[j].key) || weatherItself(t, j)) return true;
  }
  return false;
}

/** A slip of the customer's own: "Never again will I forget my password", "never again am I leaving my charger behind". */
const SLIP = /^(?:forget|forgetting|lose|losing|leave|leaving|miss|missing|mix|mixing|misplace|drop|dropping|type|typing|order|ordering|buy|buying|book|booking|trust)$/;

/** "Never again will I forget my password": the customer's resolution about their own slip, not a threat to leave. */
export function ownResolution(ctx: CueContext, h: Hit): boolean {
  if (ctx.fa) return false;
  const t = ctx.doc.tokens;
  if (t[h.from].key !== 'never' || t[h.from + 1]?.key !== 'again') return false;
  // "never again will I / am I / shall I <slip> <my …>"
  const a = t[h.to];
  const b = t[h.to + 1];
  const v = t[h.to + 2];
  if (!a || !b || !v || !/^(?:will|shall|am|do|would)$/.test(a.key) || b.key !== 'i' || !SLIP.test(v.key)) return false;
  // "never again will I order from you" is a threat: the slip's object is the customer's own, never the company.
  for (let j = h.to + 3; j < t.length && j <= h.to + 6 && t[j].sentence === t[h.from].sentence; j++) if (YOU.test(t[j].key)) return false;
  if (/^(?:order|ordering|buy|buying|book|booking|trust)$/.test(v.key)) {
    // Only with a slip told after it: "order the wrong size", "book the wrong date".
    return t.slice(h.to + 3, h.to + 6).some((y) => y.key === 'wrong');
  }
  return true;
}

/** Verbs of moving one's custom. */
const MOVE = /^(?:switch|switching|switched|move|moving|moved|come|coming|came|join|joining|joined|port|porting|ported|transfer|transferring|transferred|bring|bringing|changing|change)$/;

/**
 * Custom coming to the company, not leaving it: "We're switching to your service from another provider, how do we port our
 * numbers?", "I'm moving over to you from my old bank". An escalation word ("switching to", "another provider") in a sentence
 * whose move goes to "you" / "your …" (not "your competitor") says the customer is arriving.
 */
export function arrivingCustom(ctx: CueContext, h: Hit): boolean {
  if (ctx.fa) return false;
  const t = ctx.doc.tokens;
  const s = t[h.from].sentence;
  for (let i = 0; i < t.length; i++) {
    if (t[i].sentence !== s || !MOVE.test(t[i].key)) continue;
    let j = i + 1;
    if (t[j]?.key === 'over' || t[j]?.key === 'across') j++;
    if (t[j]?.key !== 'to' || t[j].sentence !== s) continue;
    const who = t[j + 1];
    if (!who || !YOU.test(who.key)) continue;
    if (/^(?:competitors?|rivals?)$/.test(t[j + 2]?.key ?? '')) continue;
    return true;
  }
  return false;
}

/** People whose feelings a customer may report: kin, friends, people they live beside (frustration.ts's OTHERS holds the closest). */
const KIN = /^(?:grandma|grandmother|gran|granny|nan|nana|nanna|grandad|granddad|grandpa|grandfather|grandparents|aunt|auntie|aunty|uncle|cousin|niece|nephew|flatmate|housemate|roommate|neighbour|neighbor|neighbours|neighbors|fiance|fiancee|fiancé|fiancée|girlfriend|boyfriend|sister|brother|stepdad|stepmum|stepmom|inlaws|landlady|landlord|tenant|tenants|mate|mates|teacher|coach|wife|husband|mother|father)$/;

/** "My grandma is furious at the new bus timetable": a feeling whose subject is someone the customer names, not the customer. */
export function kinFeeling(ctx: CueContext, h: Hit): boolean {
  if (ctx.fa) return false;
  const t = ctx.doc.tokens;
  const x = t[h.from];
  for (let k = h.from - 1; k >= 0 && k >= h.from - 5 && t[k].clause === x.clause; k--) {
    if (/^(?:i|we|me|us|myself|im)$/.test(t[k].key)) return false;
    if (KIN.test(t[k].key) && /^(?:my|our|the|his|her|their)$/.test(t[k - 1]?.key ?? '')) return !sharedAtCompany(ctx, h);
  }
  return false;
}

/**
 * "My wife is furious with you, and so am I": someone else's feeling aimed at the company ("with you" right after it) or
 * shared by the customer ("so am I", "me too"): it is the customer's complaint too.
 */
export function sharedAtCompany(ctx: CueContext, h: Hit): boolean {
  if (ctx.fa) return false;
  const t = ctx.doc.tokens;
  const x = t[h.from];
  for (let j = h.to; j < t.length && j <= h.to + 3 && t[j].sentence === x.sentence; j++) if (YOU.test(t[j].key)) return true;
  return /\b(?:so am i|me too|and me|as am i|so are we|and so am i)\b/i.test(ctx.doc.text);
}

const PUT_RIGHT = /^(?:sorted|fixed|resolved|refunded|arrived|came|turned|working|works|replaced|solved|reconnected|restored|back)$/;
const THANKS = /^(?:thanks|thank|cheers|thx|ty|grateful|appreciate|appreciated)$/;

/**
 * A feeling told as past and put right: "Not gonna lie, I was annoyed at first, but the refund came through quickly. Thanks!",
 * "I got a bit frustrated yesterday but it's all sorted now, thank you". Past ("was", "got", "were") or "at first" / "initially"
 * beside the feeling, then a contrast, a fix and thanks after it, and nothing after it that says it is still wrong.
 */
export function feelingPutRight(ctx: CueContext, h: Hit): boolean {
  if (ctx.fa) return false;
  const t = ctx.doc.tokens;
  const x = t[h.from];
  let past = false;
  for (let k = h.from - 1; k >= 0 && k >= h.from - 4 && t[k].clause === x.clause; k--) if (/^(?:was|were|got|felt)$/.test(t[k].key)) past = true;
  for (let k = h.to; k < t.length && k <= h.to + 3 && t[k].sentence === x.sentence; k++) if (/^(?:first|initially|earlier|yesterday)$/.test(t[k].key)) past = true;
  if (!past) return false;
  let contrast = false;
  let fixed = false;
  let thanked = false;
  for (let k = h.to; k < t.length; k++) {
    const key = t[k].key;
    if (key === 'but' || key === 'though' || key === 'however' || key === 'then') contrast = true;
    if (PUT_RIGHT.test(key) && !t[k].negated) fixed = true;
    if (THANKS.test(key)) thanked = true;
    if (/^(?:still|again|unacceptable|ridiculous|useless|only|half|partly|partial|nothing)$/.test(key)) return false;
  }
  return contrast && fixed && thanked;
}

/** What the customer chose themself: "the colour I picked", "the size I ordered". */
const CHOSE = /^(?:picked|chose|chosen|ordered|bought|selected|booked|went)$/;

/** "I'm not happy with the colour I picked, can I exchange it?": a choice of their own regretted, not the company's doing. */
export function ownChoice(ctx: CueContext, h: Hit): boolean {
  if (ctx.fa) return false;
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (t[h.to]?.key !== 'with') return false;
  for (let k = h.to + 1; k < t.length && k <= h.to + 6 && t[k].sentence === x.sentence; k++) {
    if (YOU.test(t[k].key)) return false;
    if (t[k].key === 'i' && CHOSE.test(t[k + 1]?.key ?? '')) return true;
    if (t[k].key === 'my' && /^(?:choice|decision|order|purchase)$/.test(t[k + 1]?.key ?? '') && k === h.to + 1) return true;
  }
  return false;
}

/** "I'd rather not escalate this", "no need to escalate": an escalation declined (not "I don't want to escalate, but I will if…"). */
export function escalationDeclined(ctx: CueContext, h: Hit): boolean {
  if (ctx.fa) return false;
  const t = ctx.doc.tokens;
  const x = t[h.from];
  const before = t.slice(Math.max(0, h.from - 4), h.from).map((y) => y.key).join(' ');
  if (!/(?:rather not|no need to|don'?t need to|dont need to|do not need to|don'?t want to|dont want to|do not want to|not want to)(?: have to)?$/.test(before)) return false;
  for (let k = h.to; k < t.length && t[k].sentence <= x.sentence + 1; k++) if (/^(?:but|if|unless|otherwise|or)$/.test(t[k].key)) return false;
  return true;
}

/**
 * Lexicon generated from parts (the frustrated half of the matrix):
 * - **mistreatment felt**: "I feel ignored", "I felt so cheated", "feeling completely fobbed off", "I've been lied to": a verb
 *   of feeling or "been" / "being", an optional intensifier, a participle of being badly treated (negation cancels it as it
 *   does any feeling: "I don't feel ignored");
 * - **a stretch of the customer's time wasted**: "wasted my entire Saturday", "wasted a whole afternoon";
 * - **"why do I even bother"**, "you have made this so difficult", "at a loss for words", "something always goes wrong".
 */
const FEEL_VERB = ['feel', 'felt', 'feeling', 'been', 'being'];
const FEEL_INT = ['', 'so ', 'completely ', 'totally ', 'really ', 'utterly ', 'very ', 'absolutely ', 'a bit ', 'quite '];
// (Not "fobbed off", "ripped off", "pillar to post": the frustration lexicon weighs them already, with their own evidence.)
const MISTREATED = ['ignored', 'cheated', 'mugged off', 'lied to', 'misled', 'taken for a ride', 'taken advantage of', 'disrespected', 'undervalued', 'brushed off', 'abandoned', 'robbed', 'scammed', 'conned', 'short-changed', 'shortchanged', 'strung along', 'messed around', 'mucked around', 'jerked around', 'palmed off', 'treated like a criminal', 'treated like an idiot', 'treated like a number', 'treated like dirt',
  'let down', 'neglected', 'forgotten about', 'unheard', 'unappreciated', 'humiliated', 'patronised', 'patronized', 'talked down to',
  'ghosted', 'stonewalled', 'left in the dark', 'kept in the dark', 'left hanging', 'left high and dry', 'left out of pocket', 'out of pocket'];
const TIME_SPAN = ['day', 'morning', 'afternoon', 'evening', 'weekend', 'saturday', 'sunday', 'lunch break', 'day off', 'holiday', 'week', 'hour', 'hours', 'evening off'];

const FRAUD = /^(?:robbed|scammed|conned)$/;

function mistreatmentFelt(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of FEEL_VERB) for (const n of FEEL_INT) for (const m of MISTREATED) {
    // "I think I've been scammed", "I've been robbed": a fraud or a crime reported, not a feeling about the company ("I feel robbed" is).
    if ((v === 'been' || v === 'being') && FRAUD.test(m)) continue;
    out[`${v} ${n}${m}`] = n === 'a bit ' || n === 'quite ' ? 0.9 : 1.1;
  }
  return out;
}

function timeWasted(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const who of ['my', 'a', 'an', 'our']) for (const whole of ['', 'whole ', 'entire ']) for (const span of TIME_SPAN) {
    // "an entire day", "an hour", "a whole day": the article agrees with the next word's sound.
    const vowel = /^[aeiouh]/.test(whole || span) && !(whole === 'whole ');
    if ((who === 'an' && !vowel) || (who === 'a' && vowel)) continue;
    for (const verb of ['wasted', 'wasting', 'waste']) out[`${verb} ${who} ${whole}${span}`] = 1.2;
  }
  return out;
}

export const enMatrix17Lexicon: LexiconPart = {
  frustration: { ...mistreatmentFelt(), 'at a loss for words': 0.8 },
  'frustration.judgement': { ...timeWasted(), 'made this so difficult': 1.1, 'made it so difficult': 1.1, 'made this so hard': 1.1, 'made it so hard': 1.1, 'made everything so difficult': 1.1, 'made this so complicated': 1 },
  'frustration.rhetorical': { 'why do i even bother': 1.2, 'why do i bother': 1.1, 'why should i bother': 1, 'why did i even bother': 1.1 },
  'frustration.complaint': { 'something always goes wrong': 0.8, 'something goes wrong': 0.4, 'always something': 0.5, 'always goes wrong': 0.6 },
};

const FEEL_SET = new Set(FEEL_VERB);
const OTHERS_BY = /^(?:friends|friend|family|kids|children|partner|colleagues|colleague|boss|ex|council|government|school|teachers|doctor|gp|landlord|neighbours|neighbors|parents|team|manager|builder|builders|plumber|electrician|contractor|mechanic|garage|dentist|solicitor|employer|university|uni|college)$/;
const FIRM_LEFT = /^(?:bank|provider|supplier|insurer|company|network|lender|broker|energy|isp|airline|carrier|host|gym|agency|firm)$/;

/**
 * A mistreatment phrase ("feel ignored") that is not the customer's complaint of the company: denied ("I don't feel ignored,
 * just wanted to check"; the negator's clause may hold another phrase that would claim it) or done by others ("feeling so
 * ignored by my friends lately lol").
 */
export function mistreatmentNotMeant(ctx: CueContext, h: Hit): boolean {
  if (ctx.fa) return false;
  const t = ctx.doc.tokens;
  if (!FEEL_SET.has(t[h.from].key)) return false;
  for (let k = h.from - 1; k >= 0 && k >= h.from - 3 && t[k].clause === t[h.from].clause; k--) if (t[k].neg) return true;
  if (t[h.to]?.key === 'by') {
    let j = h.to + 1;
    let former = false;
    while (j < t.length && j <= h.to + 3 && /^(?:my|the|his|her|our|their|some|old|previous|former|last|other)$/.test(t[j].key)) {
      if (/^(?:old|previous|former|last|other)$/.test(t[j].key)) former = true;
      j++;
    }
    if (t[j] && (KIN.test(t[j].key) || OTHERS_BY.test(t[j].key))) return true;
    // "let down by my old bank": a firm the customer has left.
    if (former && t[j] && FIRM_LEFT.test(t[j].key)) return true;
  }
  return false;
}

/** "I wasted a whole afternoon because I had it unplugged, my own fault!": time the customer wasted by their own slip. */
export function ownWaste(ctx: CueContext, h: Hit): boolean {
  if (ctx.fa || !/^wast/.test(ctx.doc.tokens[h.from].key)) return false;
  return /\b(?:my (?:own )?(?:fault|mistake|bad)|silly me|i'?m an idiot|my own stupid|user error|(?:by|for|to) myself|i(?: had|'d)? forgot(?:ten)?)\b/i.test(ctx.doc.text);
}

const TROUBLE = /^(?:problem|problems|issue|issues|complaint|complaints|fault|faults|trouble|hiccup|hiccups|glitch|glitches|bother|worries|delay|delays|complain|disappointed|failed|missed|ignored|late|wrong|bad)$/;

/**
 * Praise by litotes: "Never had a single problem in 5 years, brilliant service", "You've never let me down, amazing team",
 * "Never had any issues with you, great company": "never" denies a trouble, so it is no failure for praise to mock (not "Brilliant,
 * never arrived").
 */
export function litotes(ctx: CueContext, h: Hit): boolean {
  if (ctx.fa) return false;
  const t = ctx.doc.tokens;
  // The hit is "never" itself, or the trouble it denies ("Never once been late": "late").
  for (let n = h.from; n >= 0 && n >= h.from - 5 && t[n].clause === t[h.from].clause; n--) {
    if (t[n].key !== 'never') continue;
    const end = litotesEnd(t, n);
    return end >= 0 && h.from <= end;
  }
  return false;
}

/** The index of the trouble a "never" at n denies, or -1. */
function litotesEnd(t: Toks, n: number): number {
  const c = t[n].clause;
  const next = (k: number) => (t[k] && t[k].clause === c ? t[k].key : '');
  if (next(n + 1) === 'let' && /^(?:me|us)$/.test(next(n + 2)) && next(n + 3) === 'down') return n + 3;
  for (let k = n + 1; k < t.length && k <= n + 5 && t[k].clause === c; k++) {
    if (TROUBLE.test(t[k].key)) return k;
    if (!/^(?:had|have|been|once|ever|felt|a|an|any|one|single|even|the|slightest|real|serious|major|with|was|were|did|left|me|us)$/.test(t[k].key)) return -1;
  }
  return -1;
}

/**
 * A status held for a length of time: "the tracking has said 'out for delivery' for four days", "it has shown 'processing' for
 * two weeks", "been stuck on 'pending' for a month": "for" and a duration after a status verb of the company's system, told as a
 * wait (read by frustration.ts's sarcasm pairing of praise with a failure: "Love how the tracking has said … for four days").
 * Not "I have been a customer for 10 years" (no status verb).
 */
export function statusHeld(ctx: CueContext, h: Hit): boolean {
  if (ctx.fa) return false;
  const t = ctx.doc.tokens;
  // Days or longer: a status shown "for an hour" is news, not a wait.
  if (t[h.from - 1]?.key !== 'for' || !/^(?:days|weeks|months|week|month)$/.test(t[h.to - 1]?.key ?? '')) return false;
  for (let k = h.from - 2; k >= 0 && k >= h.from - 9 && t[k].sentence === t[h.from].sentence; k--) {
    if (/^(?:said|shown|showed|showing|says|shows|stuck|sat|read|reads)$/.test(t[k].key) && /^(?:has|have|been|still|is|keeps|kept)$/.test(t[k - 1]?.key ?? '')) return true;
  }
  return false;
}
