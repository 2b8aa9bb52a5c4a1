/**
 * Repeat contact, wider English families (issue 13, sixth round): constructions that say the customer
 * has been in touch before, read as constructions rather than sentences, each with its guards.
 * repeat.ts combines them: the lexicon joins its categories, each family found adds one to its score,
 * and two small hooks keep the contact readers from counting the company's or a machine's words.
 *
 * Families: openers that say "back again" ("Tom again re: …", "Anita here again"); "as/like I said"
 * and "as previously explained in my email" (not "as mentioned below"); the customer's earlier
 * messages as a noun phrase ("my previous emails", "my original complaint"), which a negation does
 * not cancel; "I've heard nothing since…"; what the company said, in the passive ("I was assured")
 * or by one of its people ("someone from your billing team promised", "the other agent", "the man
 * I spoke to"); "I spoke to one of your agents"; reference codes of a request ("complaint reference
 * CMP/2291", "Incident INC0048211"); "For the second time, my address is…"; papers already provided;
 * a member of the household who contacted the company ("my husband rang you on Tuesday"); "actually
 * reply this time"; "since I first reported it"; "whoever dealt with my query"; a support reply or
 * auto-reply quoted below the message.
 * Silent: the fault repeating ("crashed again"), previous orders and purchases, "thanks again",
 * "as mentioned below", a call to the bank or the council, a friend who recommended the company.
 */
import { anchor, has } from '../anchors.ts';
import { type CueContext, wordSet } from '../cue.ts';
import type { ToneToken } from '../layer.ts';
import type { LexiconPart } from '../tokens.ts';
import type { Evidence } from '../types.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const AFTER_WORD = /^(?:after|despite)$/;

type T = readonly ToneToken[];

/** Categories of repeat.ts (same names: the matcher joins them). */
const EARLIER = 'repeat';
const AGAIN = 'repeat.again';
const CONTACT = 'repeat.contact';

export const wideLexicon: LexiconPart = {
  [EARLIER]: {
    // Apologising for chasing is chasing: "Sorry to chase", "I hate to keep chasing".
    'sorry to chase': 1, 'sorry for chasing': 1, 'sorry to keep chasing': 1, 'apologies for chasing': 1, 'hate to chase': 1, 'hate to keep chasing': 1,
    // The noun: "a follow-up to my query", "follow up to my email of the 3rd".
    'follow-up to my': 1, 'follow up to my': 1, 'follow-up to our': 1, 'follow up to our': 1, 'follow-up regarding my': 1, 'follow up regarding my': 1,
    'i was assured': 1, 'we were assured': 1, 'i have been assured': 1, 'we have been assured': 1, 'i was reassured': 1,
    'explaining this again': 1, 'explain this again': 0.9, 'explain it all again': 1, 'explain all this again': 1, 'explain all of this again': 1,
    // The passive of a promise or a telling: "I've been promised a refund twice", "we had been told" (third parties dropped, see toSomeoneElse).
    'i have been promised': 1, 'we have been promised': 1, 'i had been promised': 1, 'i have been told': 1, 'we have been told': 1, 'i had been told': 1,
    // Attempts and a correspondence already running: "several attempts to contact you", "going back and forth with your support".
    'attempts to contact you': 1, 'attempts to reach you': 1, 'attempted to contact you': 1, 'attempted to reach you': 1, 'attempts to get through to you': 1, 'attempts to get hold of you': 1,
    'been in contact with you': 1, 'been in contact with your': 1, 'been corresponding with': 1, 'corresponded with your': 1, 'back and forth with you': 1, 'back and forth with your': 1, 'backwards and forwards with you': 1, 'backwards and forwards with your': 1,
    // The thread shown below: "see the email chain below".
    'chain below': 1, 'trail below': 1, 'thread below': 1, 'email chain below': 1, 'email trail below': 1,
    'still awaiting': 0.9, 'yet to hear back': 1, 'yet to receive a reply': 1, 'yet to receive a response': 1, 'yet to receive any reply': 1, 'yet to receive any response': 1,
  },
  // "again and again", "over and over": as "again", about contacting only with a contact in the clause.
  [AGAIN]: { 'over and over': 1, 'again and again': 1, 'time and again': 1, 'time after time': 1, repeatedly: 1, 'more than once': 1 },
  [CONTACT]: { rung: 1, explaining: 1, 'raised this': 1, 'raised it': 1, 'raised the issue': 1, 'raised the matter': 1, 'raised this matter': 1, 'raised this issue': 1, 'been on to you': 1, 'on to you': 1 },
};

const span = (t: T, from: number, to: number) => ({ start: t[from].start, end: t[to - 1].end });
const WE = new Set(['i', 'we']);
const THIRD = /^(?:bank|banks|seller|courier|couriers|landlord|police|merchant|shop|council|dealer|dealership|retailer|garage|friend|friends|neighbour|neighbor|neighbours|solicitor|lawyer|insurer|insurers|airline|store|gp|doctor|vet|agency|ombudsman|paypal|amazon|ebay)$/;
const sentenceOf = (t: T, s: number) => t.filter((y) => y.sentence === s);
/** "bank statements", "shop receipt": the third party's name used as a modifier is no third party. */
const MODIFIED = /^(?:statements?|details|account|accounts|card|cards|transfer|holiday|holidays|letter|number|receipt|receipts|app|website|opening|hours)$/;
const thirdIn = (t: T, s: number) => t.some((y, i) => y.sentence === s && THIRD.test(y.key) && !MODIFIED.test(t[i + 1]?.key ?? ''));

/** Words a customer writing again opens with before "again": "Hi, it's Tom again", "Anita here again", "Back again". */
const OPEN_SKIP = new Set(['hi', 'hello', 'hey', 'hiya', 'morning', 'afternoon', 'evening', 'good', 'dear', 'team', 'there', 'all', 'folks', 'guys', 'yes', 'so', 'ok', 'okay', 'sorry', 'apologies', 'only', 'just']);
const NOT_NAME = new Set(['i', 'the', 'this', 'that', 'it', 'my', 'our', 'your', 'we', 'you', 'they', 'he', 'she', 'a', 'an', 'there', 'here', 'again', 'is', 'be', 'thanks', 'thank', 'cheers', 'ta', 'once', 'yet', 'and', 'but', 'or', 'then', 'now', 'what', 'why', 'how', 'same', 'never', 'not', 'no', 'all', 'happening', 'down', 'broken', 'late', 'wrong',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'winter', 'summer', 'spring', 'autumn', 'today', 'tonight']);
/** What may follow "Tom again" without "it's" or "here": "re:", "about", "regarding", or the end of the sentence. */
const ABOUT = new Set(['re', 'about', 'regarding', 'with', 'concerning']);

/** "Hi, it's Tom again re: …", "Anita here again about …", "Jo from unit 7 again", "back again lol": the writer is back. */
function backAgain(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  const text = ctx.doc.text;
  for (let i = 1; i < t.length; i++) {
    if (t[i].key !== 'again') continue;
    const s = t[i].sentence;
    // Said on coming back: in the message's first sentence (or the one after a greeting of its own).
    if (s > 1 || (s === 1 && !t.filter((y) => y.sentence === 0).every((y) => OPEN_SKIP.has(y.key)))) continue;
    let k = 0;
    while (k < i && t[k].sentence !== s) k++;
    const opened = k;
    while (k < i && OPEN_SKIP.has(t[k].key)) k++;
    const words = t.slice(k, i);
    if (words.length === 0) continue;
    const keys = words.map((y) => y.key);
    // "back again", "I'm back again", "it's me back again".
    const back = keys[keys.length - 1] === 'back' && keys.slice(0, -1).every((x) => x === 'i' || x === 'am' || x === 'be' || x === 'it' || x === 'is' || x === 'me' || x === 'we' || x === 'are');
    let name = false;
    if (!back) {
      let j = 0;
      if ((keys[0] === 'it' || keys[0] === 'this') && keys[1] === 'is') j = 2;
      const first = words[j];
      // A name as written: capitalised, not a function word ("The rash is back again" has no name).
      const cap = (y: ToneToken) => /^[A-Z][a-z'-]+$/.test(text.slice(y.start, y.end)) && !NOT_NAME.has(y.key);
      let n = j;
      while (n < words.length && n - j < 3 && cap(words[n])) n++;
      if (first && n > j) {
        const rest = keys.slice(n);
        // "Anita here again", "Jo from unit 7 again", "Tom again".
        const next = t[i + 1];
        // "Tom again" alone needs "it's" before it, a greeting before it or "re:"/"about" after it ("Once again" is no name).
        // After the name, "again" ends the sentence or a "re:"/"about" follows ("Hi, Paris again this summer?" is a place).
        const bare = !next || next.sentence !== s || ABOUT.has(next.key) || /^\s*[,:;\u2013\u2014-]/.test(text.slice(t[i].end, next.start));
        // A bare name ("Priya again") needs a greeting before it: "Disgusted again!", "Fail again." are no names.
        const greeted = k > opened || s === 1;
        name = (rest.length === 0 && ((bare && greeted) || j > 0)) || (rest.length === 1 && rest[0] === 'here') || (rest[0] === 'from' && rest.length <= 4);
      }
    }
    // "Back again to the same old problem" tells of the fault.
    if (back && t[i + 1]?.sentence === s && t[i + 1].key === 'to') continue;
    if (back || name) return ctx.ev(span(t, k, i + 1), 'tone.why.earlierContact');
  }
  return null;
}

/** Saying, not asking: "as I asked" in a thanks ("Thanks for cancelling it as I asked") tells what was done. */
const SAY_PAST = new Set(['said', 'mentioned', 'explained', 'told', 'stated', 'wrote', 'noted', 'outlined', 'indicated', 'described', 'advised', 'informed', 'pointed', 'discussed', 'reported', 'emailed']);
/** Pointers inside this message: "as mentioned below", "as I said above", "as noted in the attached". */
const HERE = new Set(['below', 'above', 'underneath', 'overleaf', 'here', 'attached', 'earlier', 'further', 'in']);
const ANCHOR = new Set(['previously', 'before', 'already', 'earlier']);
const OWN_EARLIER = /^(?:previous|earlier|last|prior|original|initial|first|other)$/;

/** "Like I said", "as I mentioned to your colleague", "as previously explained", "as explained in my previous correspondence". */
function asISaid(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i].key !== 'as' && t[i].key !== 'like') continue;
    // "I'd like I said" is no construction; "like" must open its clause.
    if (t[i].key === 'like' && i > 0 && t[i - 1].clause === t[i].clause && !OPEN_SKIP.has(t[i - 1].key) && t[i - 1].key !== 'but' && t[i - 1].key !== 'and') continue;
    let j = i + 1;
    const subject = WE.has(t[j]?.key ?? '');
    if (subject) j++;
    while (j < t.length && (t[j].key === 'have' || t[j].key === 'had' || ANCHOR.has(t[j].key)) && j - i <= 4) j++;
    const v = t[j];
    if (!v || v.sentence !== t[i].sentence || !SAY_PAST.has(v.key)) continue;
    if (!subject && t[i].key === 'like') continue;
    const after = t.slice(j + 1, j + 7).filter((y) => y.sentence === v.sentence);
    // "as I mention further down", "as mentioned below", "as noted in the attached photo".
    if (after[0] && (after[0].key === 'below' || after[0].key === 'above' || after[0].key === 'underneath' || after[0].key === 'overleaf' || after[0].key === 'here' || after[0].key === 'further')) continue;
    if (after[0]?.key === 'in' && (after[1]?.key === 'the' || after[1]?.key === 'this') ) continue;
    if (after.some((y) => THIRD.test(y.key))) continue;
    // "Like I said to my wife": told to someone of theirs, not to the company.
    if ((after[0]?.key === 'to' || after[0]?.key === 'with') && (after[1]?.key === 'my' || (after[1]?.key === 'the' && !STAFF.test(after[2]?.key ?? '')))) continue;
    const anchored = t.slice(i + 1, j).some((y) => ANCHOR.has(y.key)) || (after[0] !== undefined && ANCHOR.has(after[0].key) && after[0].key !== 'earlier');
    // "in my previous email", "to your colleague", "on the phone", "to the other agent", "last time"; not "on your website".
    const pointed = after.some((y, n) =>
      ((y.key === 'my' || y.key === 'our') && after.slice(n + 1, n + 3).some((z) => CONTACT_NOUN.test(z.key) || OWN_EARLIER.test(z.key))) ||
      (/^(?:to|with|by)$/.test(y.key) && /^(?:your|the)$/.test(after[n + 1]?.key ?? '') && STAFF.test(after[n + 2]?.key ?? '')) ||
      (/^(?:phone|chat|call)$/.test(y.key) && /^(?:the|a|our)$/.test(after[n - 1]?.key ?? '')) ||
      (y.key === 'time' && after[n - 1]?.key === 'last'));
    if (subject ? !HERE.has(after[0]?.key ?? '') || pointed : anchored || pointed) return ctx.ev(span(t, i, j + 1), 'tone.why.earlierContact');
  }
  return null;
}

/** Messages and requests sent to the company; not "my previous claim" or "my last application" (another matter). */
const CONTACT_NOUN = /^(?:e-?mails?|mail|messages?|msgs?|tickets?|calls?|chats?|requests?|letters?|complaints?|voicemails?|dms?|correspondence|enquir(?:y|ies)|inquir(?:y|ies)|query|queries|replies|reply|posts?|tweets?|conversations?)$/;
const NUMBERS = /^(?:two|three|four|five|six|several|few|couple|of|many|\d+)$/;

/**
 * The customer's earlier messages as a noun phrase: "my previous emails", "our earlier correspondence",
 * "my original complaint", "in my first message", "my last two emails": an earlier contact even when a
 * negation is about something else ("I'm not sure my previous emails reached you").
 */
function ownEarlierMessage(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 0; i + 2 < t.length; i++) {
    if (t[i].key !== 'my' && t[i].key !== 'our') continue;
    const adj = t[i + 1];
    // Not "my other email" (an address).
    if (!OWN_EARLIER.test(adj.key) || adj.key === 'other' || adj.clause !== t[i].clause) continue;
    // "this is my first message", "my first time": a first contact.
    // "my first tweet ever", "this is my first message": a first contact; "in my first message" points back.
    if ((adj.key === 'first' || adj.key === 'initial') && !/^(?:in|since|from|to|with|after|of)$/.test(t[i - 1]?.key ?? '')) continue;
    // "my other email address", "my last order".
    let j = i + 2;
    while (j < t.length && j - i <= 4 && NUMBERS.test(t[j].key) && t[j].clause === t[i].clause) j++;
    const n = t[j];
    if (!n || n.clause !== t[i].clause || !CONTACT_NOUN.test(n.key)) continue;
    if (t[j + 1]?.key === 'address' || t[j + 1]?.key === 'account') continue;
    return ctx.ev(span(t, i, j + 1), 'tone.why.earlierContact');
  }
  return null;
}

const PURCHASE = new Set(['order', 'buy', 'pay', 'book', 'purchase', 'place', 'subscribe', 'sign', 'download', 'install', 'ship', 'dispatch']);
const ABOUT_MINE = /^(?:refund|refunds|repair|return|compensation|claim|complaint|case|request|query|enquiry|application|appeal|ticket|email|message|call|letter|dispute|reimbursement)$/;

/** "I've heard nothing since my call on the 9th", "Three weeks on and I've heard nothing about my complaint", "not heard a thing back". */
function heardNothing(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 1; i + 1 < t.length; i++) {
    // "heard", or "yet to hear"; not "hoping to hear from you", "look forward to hearing back".
    const yetTo = t[i - 1].key === 'to' && t[i - 2]?.key === 'yet';
    if (t[i].lemma !== 'hear' || !(t[i].past || yetTo)) continue;
    const s = t[i].sentence;
    const before = t.slice(Math.max(0, i - 4), i).filter((y) => y.sentence === s);
    // The writer heard: "I've heard", "we have still heard", "Not heard", "yet to hear".
    if (!before.some((y) => WE.has(y.key)) && !(before[0]?.key === 'not' || yetTo || t[i - 1].sentence !== s || before.every((y) => y.key === 'have' || y.key === 'not' || y.key === 'still'))) continue;
    let j = i + 1;
    const nothing = t[j].key === 'nothing' || t[j].key === 'zilch' || (t[j].key === 'not' && (t[j + 1]?.key === 'a' || t[j + 1]?.key === 'one'));
    const negHear = t.slice(Math.max(0, i - 3), i).some((y) => y.neg && y.sentence === s) || yetTo;
    const anything = negHear && (t[j].key === 'anything' || t[j].key === 'a' || t[j].key === 'back' || t[j].key === 'from' || t[j].key === 'nothing');
    if (!nothing && !anything) continue;
    while (j < t.length && j - i <= 4 && /^(?:nothing|not|a|one|single|thing|word|peep|anything|zilch|back|at|all)$/.test(t[j].key)) j++;
    const rest = t.slice(j, j + 5).filter((y) => y.sentence === s);
    if (rest[0]?.key === 'but' || rest[0]?.key === 'bad' || rest[0]?.key === 'good' || rest[0]?.key === 'wrong') continue;
    // Anchored to an earlier contact or a wait: "since", "back", "from you", "yet", "about my complaint", "three weeks on".
    if (sentenceOf(t, s).some((y) => PURCHASE.has(y.lemma) && y.past)) continue;
    if (thirdIn(t, s)) continue;
    const back = t.slice(i + 1, j).some((y) => y.key === 'back');
    const anchored =
      back ||
      rest.some((y, n) => y.key === 'since' || y.key === 'yet' || (y.key === 'from' && /^(?:you|your|anyone|anybody|support|them)$/.test(rest[n + 1]?.key ?? ''))) ||
      rest.some((y, n) => (y.key === 'about' || y.key === 'on' || y.key === 'regarding') && (rest[n + 1]?.key === 'my' || rest[n + 1]?.key === 'our') && ABOUT_MINE.test(rest[n + 2]?.key ?? '')) ||
      sentenceOf(t, s).some((y, n, all) => /^(?:days|weeks|months|hours)$/.test(y.key) && n > 0 && /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few|many)$/.test(all[n - 1].key));
    if (anchored) return ctx.ev(span(t, i, j), 'tone.why.unanswered');
  }
  return null;
}

const SAY_TO = new Set(['told', 'assured', 'promised', 'guaranteed', 'reassured', 'said', 'confirmed', 'advised', 'informed']);
const STAFF = /^(?:agent|agents|person|people|advisor|adviser|advisors|advisers|rep|reps|representative|representatives|operator|operators|engineer|technician|guy|lady|man|woman|girl|chap|bloke|gentleman|staff|consultant|colleague|colleagues|manager|supervisor|team|department|member|one)$/;
const SOMEONE = new Set(['someone', 'somebody', 'one']);
/** The company's people at the other end of a call or chat. */
const DESK = /^(?:agent|agents|advisor|adviser|advisors|advisers|rep|reps|representative|representatives|operator|operators|consultant|colleague|colleagues|handler)$/;

/**
 * What one of the company's people said or did before: "someone from your billing department promised me",
 * "the other agent said", "the previous advisor", "the man I spoke to promised", "one of your agents told me".
 */
function theirPeople(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 0; i + 2 < t.length; i++) {
    const x = t[i];
    const s = x.sentence;
    // "someone from your billing department", "one of your agents", "somebody at your call centre".
    if (SOMEONE.has(x.key) && /^(?:from|at|in|of|on)$/.test(t[i + 1].key) && t[i + 2].key === 'your') {
      const said = t.slice(i + 3, i + 8).find((y) => y.sentence === s && SAY_TO.has(y.key));
      if (said) return ctx.ev({ start: x.start, end: said.end }, 'tone.why.earlierContact');
      // "I spoke to one of your agents", "I dealt with someone from your team".
      const spoke = t.slice(Math.max(0, i - 3), i).find((y) => y.sentence === s && /^(?:spoke|talked|chatted|dealt|spoken)$/.test(y.key));
      if (spoke) return ctx.ev({ start: spoke.start, end: t[i + 3]?.end ?? t[i + 2].end }, 'tone.why.earlierContact');
    }
    // "Your customer service team assured me", "your billing people told us": the company's people, then what they said.
    if (x.key === 'your') {
      const who = t.slice(i + 1, i + 5).find((y) => y.sentence === s && (STAFF.test(y.key) || DESK.test(y.key) || /^(?:chatbot|bot|helpline|hotline|support)$/.test(y.key)));
      const said = who && t.slice(t.indexOf(who) + 1, t.indexOf(who) + 4).find((y) => y.sentence === s && SAY_TO.has(y.key));
      if (who && said && who.key !== 'one') return ctx.ev({ start: x.start, end: said.end }, 'tone.why.earlierContact');
    }
    // "the other agent", "the previous advisor", "the last person I spoke to", "your last engineer".
    // Only the people a customer speaks to: "the last person in the queue", "the same people", "your other staff" are not.
    if ((x.key === 'the' || x.key === 'your') && /^(?:other|previous|last|earlier)$/.test(t[i + 1].key) && DESK.test(t[i + 2].key)) {
      if (thirdIn(t, s)) continue;
      return ctx.ev(span(t, i, i + 3), 'tone.why.earlierContact');
    }
    // "the man I spoke to", "the gentleman I spoke with on Saturday", "the agent we dealt with".
    if (STAFF.test(x.key) && !/^(?:one|team|member|staff|people|department)$/.test(x.key) && WE.has(t[i + 1].key) && /^(?:spoke|talked|chatted)$/.test(t[i + 2].key)) {
      if (thirdIn(t, s) || t.slice(i + 3, i + 6).some((y) => y.key === 'my' && THIRD.test(t[t.indexOf(y) + 1]?.key ?? ''))) continue;
      return ctx.ev(span(t, i, i + 3), 'tone.why.earlierContact');
    }
  }
  return null;
}

/** People of the customer's household who can be in touch for them. */
const HOUSEHOLD = /^(?:husband|wife|partner|son|daughter|mum|mom|mother|dad|father|brother|sister|flatmate|housemate|carer|fiance|fiancee|boyfriend|girlfriend|assistant|secretary|pa)$/;
const REACHED = /^(?:rang|called|phoned|emailed|messaged|contacted|spoke|wrote|chatted|talked|visited|complained|reported)$/;

/**
 * Someone of the household in touch with the company before: "My husband rang you on Tuesday", "My wife
 * spoke to your team last week", "my son called on my behalf". Not with someone else ("my sister called
 * the council") nor a plain mention ("my husband bought it").
 */
function household(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 0; i + 2 < t.length; i++) {
    if (t[i].key !== 'my' || !HOUSEHOLD.test(t[i + 1].key)) continue;
    const s = t[i].sentence;
    let j = i + 2;
    while (j < t.length && j - i <= 4 && t[j].sentence === s && (t[j].key === 'already' || t[j].key === 'also' || t[j].key === 'has' || t[j].key === 'had' || t[j].key === 'just')) j++;
    const v = t[j];
    if (!v || v.sentence !== s || !(REACHED.test(v.key) || (v.key === 'rung' && t[j - 1]?.key !== 'phone'))) continue;
    const after = t.slice(j + 1, j + 6).filter((y) => y.sentence === s);
    if (after.some((y) => THIRD.test(y.key))) continue;
    // To the company: "you", "your team", "on my behalf", "in", or an earlier moment and a thing said.
    const us = after.some((y, n) => y.key === 'you' || y.key === 'your' || y.key === 'support' || (y.key === 'behalf' && after[n - 1]?.key === 'my') || (y.key === 'in' && n === 0));
    if (us) return ctx.ev(span(t, i, j + 1), 'tone.why.household');
  }
  return null;
}

const REQUEST_WORD = /^(?:case|cases|complaint|complaints|incident|ticket|claim|enquiry|inquiry|query|request|sr|support|service)$/;
/** REQUEST_WORD's words as a set: one lookup per token in the loop below. */
const REQUEST_WORDS = wordSet(REQUEST_WORD);
const CODE_WORDS = new Set(['ref', 'reference', 'number', 'no', 'id', 'is', 'num', 'nr', 'code']);
const NOT_REQUEST = /^(?:order|booking|invoice|transfer|payment|account|policy|tracking|parcel|customer|membership|flight|reservation|train|bus|lottery|raffle|parking|concert)$/;

/** A request's reference code: "complaint reference CMP/2291", "Case ref: 2026-11-0871", "Incident INC0048211", "case ID 88-1203". */
function requestCode(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  const text = ctx.doc.text;
  for (let i = 0; i + 1 < t.length; i++) {
    // "Your reference: CS-10293": the company's reference for the customer's case, quoted back.
    const yourRef = (t[i].key === 'ref' || t[i].key === 'reference') && t[i - 1]?.key === 'your';
    if ((!REQUEST_WORDS.has(t[i].key) && !yourRef) || t[i].fa) continue;
    // "service request", "support ticket": the head noun carries it; "train ticket", "order request" do not.
    if (i > 0 && NOT_REQUEST.test(t[i - 1].key)) continue;
    if ((t[i].key === 'support' || t[i].key === 'service') && !REQUEST_WORDS.has(t[i + 1]?.key ?? '')) continue;
    if (t[i].key === 'ticket' && !(CODE_WORDS.has(t[i + 1]?.key ?? '') && t[i + 1].key !== 'is')) continue;
    let j = i + 1;
    while (j < t.length && j - i <= 3 && (CODE_WORDS.has(t[j].key) || REQUEST_WORDS.has(t[j].key))) j++;
    const c = t[j];
    if (!c) continue;
    // A code: letters and digits with at least three digits ("inc0048211", "2026-11-0871"), or letters then a
    // number split off by "/" ("CMP/2291").
    const digits = (c.key.match(/\d/g) ?? []).length;
    let end = j + 1;
    let ok = digits >= 3 && /^[a-z0-9][a-z0-9/-]*$/.test(c.key) && !/^(?:19|20)\d\d$/.test(c.key);
    if (!ok && /^[a-z]{2,5}$/.test(c.key) && t[j + 1] && /^\d{3,}$/.test(t[j + 1].key) && /^[/-]$/.test(text.slice(c.end, t[j + 1].start))) {
      ok = true;
      end = j + 2;
    }
    if (!ok || j - i > 3) continue;
    // "case 2" or "claim 3 of 5" are not codes; a year alone is not one either.
    return ctx.ev(span(t, i, end), 'tone.why.earlierContact');
  }
  return null;
}

const ORDINALS = /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth|hundredth|millionth|last|\d+(?:st|nd|rd|th))$/;
const TIME_SCOPE = new Set(['this', 'today', 'in', 'running', 'since', 'tonight', 'yesterday', 'that']);
const AUX = new Set(['do', 'have', 'be', 'get']);
/**
 * "For the second time, my address is 14 Kelso Road", "For the last time, please cancel it": a fronted count said
 * about saying it; not "For the third time this week, the app crashed" (a fault counted).
 */
function frontedCount(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  const text = ctx.doc.text;
  for (let i = 0; i + 4 < t.length; i++) {
    if (t[i].key !== 'for' || t[i + 1].key !== 'the' || !ORDINALS.test(t[i + 2].key) || t[i + 3].key !== 'time') continue;
    const s = t[i].sentence;
    // Opens its sentence (after a greeting at most) and a comma or dash follows.
    if (i > 0 && t[i - 1].sentence === s && !OPEN_SKIP.has(t[i - 1].key)) continue;
    if (!/^\s*[,:;\u2013\u2014-]/.test(text.slice(t[i + 3].end, t[i + 4].start + 1)) || TIME_SCOPE.has(t[i + 4].key)) continue;
    const rest = t.slice(i + 4).filter((y) => y.sentence === s);
    // A fault told in the past ("my card was declined", "the parcel has gone missing") is counted, not said.
    if (rest.some((y) => y.past && !AUX.has(y.lemma) && !y.negated && !y.neg)) continue;
    return ctx.ev(span(t, i, i + 4), 'tone.why.contactCount');
  }
  return null;
}

/** Verbs of handing papers over; not "fill in" or "return" (today's try, a parcel sent back). */
const PROVIDE = new Set(['provide', 'supply', 'submit', 'upload', 'give', 'send', 'attach', 'forward', 'email', 'answer', 'post', 'fax']);
/** Papers and details, not "it" ("I've already sent it back" is a return). */
const PROVIDED_OBJ = /^(?:documents?|photos?|pictures?|images?|screenshots?|receipts?|proofs?|paperwork|evidence|forms?|videos?|details|information|info|statements?|copy|copies|lease|contract|certificate|id|identification|passport|licence|license|number|numbers|serial|readings?|reading|questions?|letter|invoice)$/;

/**
 * Papers or details provided before: "We have already provided the signed lease", "I've previously sent
 * the photos twice", "The proof of address was uploaded last Friday". Not "I've already tried restarting".
 */
function providedBefore(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 1; i < t.length; i++) {
    const x = t[i];
    if (!PROVIDE.has(x.lemma) || x.key === x.lemma) continue;
    const s = x.sentence;
    const before = t.slice(Math.max(0, i - 4), i).filter((y) => y.sentence === s && y.clause === x.clause);
    const anchor = before.find((y) => y.key === 'already' || y.key === 'previously');
    if (anchor && before.some((y) => WE.has(y.key))) {
      // The object: the papers, or "you" then the papers ("I already gave you my number").
      const obj = t.slice(i + 1, i + 6).filter((y) => y.clause === x.clause).find((y) => PROVIDED_OBJ.test(y.key));
      if (obj && !x.negated && !thirdIn(t, s)) return ctx.ev({ start: anchor.start, end: obj.end }, 'tone.why.earlierContact');
      continue;
    }
    // Passive: "The proof of address was uploaded last Friday", "my documents were sent on the 2nd".
    if ((t[i - 1].key === 'was' || t[i - 1].key === 'were' || (t[i - 1].key === 'been' && /^(?:have|has|had|already)$/.test(t[i - 2]?.key ?? ''))) && x.past) {
      const subj = t.slice(Math.max(0, i - 5), i - 1).filter((y) => y.sentence === s).find((y) => PROVIDED_OBJ.test(y.key) && !/^(?:it|this|that|them|all|everything|number|numbers|letter|invoice)$/.test(y.key));
      if (!subj || /^(?:number|numbers|letter|invoice)$/.test(subj.key)) continue;
      const when = t.slice(i + 1, i + 6).some((y) => y.sentence === s && /^(?:yesterday|last|ago|already|previously|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d+(?:st|nd|rd|th))$/.test(y.key));
      const anchored = when || t.slice(Math.max(0, i - 3), i).some((y) => y.key === 'already' || y.key === 'previously');
      if (anchored && !thirdIn(t, s)) return ctx.ev({ start: subj.start, end: x.end }, 'tone.why.earlierContact');
    }
  }
  return null;
}

const REPLY_WORDS = /^(?:reply|replies|respond|responds|response|answer|answers|read|reads|listen|listens|look|call|ring|email|get)$/;

/** "Can someone please actually respond this time?", "if this time someone could actually read my messages": a reply owed before. */
function thisTime(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i].key !== 'this' || t[i + 1].key !== 'time') continue;
    const s = t[i].sentence;
    const words = sentenceOf(t, s);
    // A reply, reading or listening asked of the company in the same sentence ("could I get the green one this time?" asks for a thing).
    const reply = words.find((y) => REPLY_WORDS.test(y.key) && (y.key !== 'look' || words[words.indexOf(y) + 1]?.key === 'at') && (y.key !== 'get' || words[words.indexOf(y) + 1]?.key === 'back') && (!/^(?:read|reads|listen|listens)$/.test(y.key) || words.some((z) => z.key === 'my' || z.key === 'actually' || z.key === 'properly')));
    const actually = words.some((y) => y.key === 'actually' || y.key === 'properly' || y.key === 'someone' || y.key === 'somebody' || y.key === 'anyone');
    if (reply && actually && !words.some((y) => y.key === 'if' && words.indexOf(y) > words.indexOf(reply))) return ctx.ev({ start: Math.min(reply.start, t[i].start), end: Math.max(reply.end, t[i + 1].end) }, 'tone.why.unanswered');
  }
  return null;
}

const FIRST_CONTACT = /^(?:contacted|reported|raised|wrote|called|phoned|rang|emailed|messaged|logged|complained|flagged|notified|informed|told|asked|submitted|lodged|filed|opened)$/;
/** Verbs that are a contact only with the company or a request after them ("when I first opened the box" is not). */
const FIRST_NEEDS = /^(?:informed|told|asked|opened|notified|logged|raised)$/;
const FIRST_OBJECT = /^(?:you|your|support|ticket|case|complaint|claim|dispute|request|query|fault|this|it|the|a)$/;

/** "since I first reported the outage", "when I first contacted you", "I first raised this in May": the first of several contacts. */
function firstContacted(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 1; i + 1 < t.length; i++) {
    if (t[i].key !== 'first' || !WE.has(t[i - 1].key)) continue;
    const v = t[i + 1];
    if (!FIRST_CONTACT.test(v.key) || v.clause !== t[i].clause) continue;
    const s = t[i].sentence;
    // "I first reported it to the police" is someone else.
    if (t.slice(i + 2, i + 6).some((y) => y.sentence === s && THIRD.test(y.key))) continue;
    // "I first noticed", "when I first bought it" are not contacts (list above); "I first opened the box" is not either.
    if (FIRST_NEEDS.test(v.key)) {
      const o = t[i + 2]?.key === 'a' || t[i + 2]?.key === 'the' ? t[i + 3] : t[i + 2];
      const obj = o?.key ?? '';
      if (!FIRST_OBJECT.test(obj) || ((obj === 'this' || obj === 'it') && !/^(?:raised|logged)$/.test(v.key))) continue;
      if ((t[i + 2]?.key === 'a' || t[i + 2]?.key === 'the') && !/^(?:ticket|case|complaint|claim|dispute|request|query|fault)$/.test(obj)) continue;
    }
    return ctx.ev(span(t, i - 1, i + 2), 'tone.why.earlierContact');
  }
  return null;
}

/** Not "closed": "You closed my ticket without replying" is read by repeat.ts's own ticket reader. */
const DEALT = /^(?:dealt|handled|processed|escalated|took|picked|assigned|looked)$/;
const DEALT_NOUN = /^(?:query|queries|case|cases|complaint|complaints|request|requests|ticket|tickets|claim|claims|enquiry|enquiries|inquiry|inquiries|issue|problem|email|emails|call|application)$/;

/** "whoever dealt with my query last time", "the person who handled my complaint", "Sam, who looked into my case". */
function dealtWithMine(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 0; i + 2 < t.length; i++) {
    if (!DEALT.test(t[i].key)) continue;
    let j = i + 1;
    if (/^(?:with|into|at|on|up|over)$/.test(t[j].key)) j++;
    if (t[j]?.key !== 'my' && t[j]?.key !== 'our') continue;
    const n = t[j + 1];
    if (!n || !DEALT_NOUN.test(n.key) || n.clause !== t[i].clause) continue;
    // "took my call" is this call unless someone else took it: a "who"/"whoever" or a staff word before.
    const who = t.slice(Math.max(0, i - 3), i).some((y) => y.key === 'who' || y.key === 'whoever' || y.key === 'that' || STAFF.test(y.key) || y.key === 'someone' || y.key === 'you');
    if (who) return ctx.ev(span(t, i, j + 2), 'tone.why.earlierContact');
  }
  return null;
}

/**
 * A support reply or auto-reply quoted below the message: "On Tue, 1 Dec … Brightway Support wrote:",
 * "-----Original Message----- From: Customer Care", "Your request #51820 has been received",
 * "Thank you for contacting us". Structure of the message (its quoted part), not the customer's words:
 * a forwarded order confirmation ("Your order has shipped") holds none of these.
 */
const SUPPORT_AUTHOR = /\b(?:support|help ?desk|helpdesk|help|customer (?:care|service|services|relations|experience)|care team|service desk|complaints|billing|accounts|no-?reply)\b/i;
const HEADER = /^(?:>\s*)*(?:on\b.{3,160}\b(?:wrote|said)\s*:\s*$|from:\s*(.+)$)/i;
/** What a support reply says (with a support author): "We have booked a repair", "Sorry to hear", "We will…". */
const SUPPORT_SAYS = /\b(?:(?:we have|we've) (?:booked|arranged|raised|escalated|passed|logged|received|refunded|forwarded|reviewed|looked into|investigated)|sorry to hear|(?:apologi[sz]e|sorry) for (?:the|any) (?:delay|inconvenience|trouble)|thank(?:s| you) for (?:your (?:patience|message|e-?mail|enquiry|inquiry|query|call|complaint)|contacting|getting in touch|reaching out)|your (?:request|ticket|case|query|enquiry|inquiry|complaint|claim)|as discussed|following (?:your|our) (?:call|conversation|chat))\b/i;
const REPLY_BODY = /\b(?:thank(?:s| you) for (?:contacting|getting in touch|reaching out|your (?:e-?mail|message|enquiry|inquiry|query|patience|complaint))|(?:we have|we've) (?:received|passed|escalated|logged|raised|booked|forwarded) your|(?:has|have) been (?:received|logged|escalated|passed)|(?:ticket|case|request|reference) (?:number|no\.?|id|#)|we(?:'ll| will) (?:get back|be in touch|look into|respond|reply|contact you|investigate)|(?:an?|our) (?:engineer|agent|advisor|adviser|member of (?:our|the) team) will)\b/i;

const HEADER_FA = /(?:از|فرستنده)\s*:\s*[^\n]*(?:پشتیبانی|خدمات مشتریان|امور مشتریان|ارتباط با مشتری|واحد)[^\n]*/;
const REPLY_FA = /(?:مشتری گرامی|کاربر گرامی|پاسخ به تیکت|درخواست شما|تیکت شما|از تماس شما|با سلام و احترام)/;
/** Words saying the matter outlived the quoted reply: "still", "again", "any news?", "worse", "didn't work", "please respond". */
const OUTLIVED = new Set(['still', 'again', 'yet', 'worse', 'nothing', 'persists', 'persist', 'same', 'respond', 'reply', 'chasing', 'chase', 'update', 'news', 'progress', 'nobody', 'ignored', 'waiting']);
const FAILED = new Set(['work', 'fix', 'help', 'resolve', 'solve', 'arrive', 'come', 'change', 'happen', 'hear']);
/** «هنوز», «گذشته» (ten days gone), «دوباره», «خبری»: the Persian words that say the matter outlived the reply. */
const OUTLIVED_FA = /^(?:هنوز|هنوزم|گذشته|دوباره|بازم|همچنان|خبری|هیچی|هیچ|حل نشد|درست نشد)/;
function outlived(ctx: CueContext): boolean {
  const t = ctx.doc.tokens;
  // "Please see below." alone above the reply: the customer points back at it.
  if (t.length <= 4 && t.some((y) => y.key === 'below') && t.some((y) => y.key === 'see')) return true;
  return t.some((y) => OUTLIVED.has(y.key) || (y.negated && FAILED.has(y.lemma)) || (y.fa && OUTLIVED_FA.test(y.key)));
}

/**
 * A quoted support reply is an earlier contact the customer is back about only when the matter outlived it
 * ("The problem is still there", "any news on this?"); "Perfect, that worked. Thank you!" above a reply, or an
 * answer to the agent's question ("Yes, Tuesday is fine"), carries the thread on and is no repeat contact.
 */
function quotedReply(ctx: CueContext): Evidence | null {
  const q = ctx.parts.quoted;
  if (!q || !outlived(ctx)) return null;
  const text = ctx.message.slice(q.start, q.end);
  let header: Evidence | null = null;
  let offset = 0;
  for (const line of text.split('\n')) {
    const m = HEADER.exec(line.trim());
    const who = m ? SUPPORT_AUTHOR.exec(m[1] ?? line) : null;
    if (m && who) {
      // The words that carry it: the support author to the end of the header line ("Acme Help <…> wrote:").
      const lineStart = q.start + offset;
      const from = line.indexOf(who[0], m[1] !== undefined ? line.indexOf(m[1]) : 0);
      const trimmed = line.trimEnd();
      header = ctx.ev({ start: lineStart + from, end: lineStart + trimmed.length }, 'tone.why.quotedReply', 0);
      break;
    }
    offset += line.length + 1;
  }
  // «-----پیام اصلی----- از: پشتیبانی … پاسخ به تیکت …»: a Persian support reply quoted below.
  if (!header) {
    const fa = HEADER_FA.exec(text);
    if (fa && REPLY_FA.test(text)) return ctx.ev({ start: q.start + fa.index, end: q.start + fa.index + fa[0].length }, 'tone.why.quotedReply', 0);
  }
  const body = REPLY_BODY.exec(text);
  if (header && (body || SUPPORT_SAYS.test(text))) return header;
  // An auto-reply's own words name a request already made ("Your request #51820 has been received").
  if (body && /(?:has been received|thank(?:s| you) for contacting|(?:ticket|case|request|reference) (?:number|no\.?|id|#))/i.test(body[0])) {
    const start = q.start + body.index;
    return ctx.ev({ start, end: start + body[0].length }, 'tone.why.quotedReply', 0);
  }
  return null;
}

/**
 * Writing again said with "once more" about the writer's own contact: "I am writing once more", "Once more I have to
 * write"; and a fronted "Once again, I'm asking…" whose next clause is the writer's contact ("Once again, I've been
 * charged twice" counts a fault).
 */
function onceMore(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    const more = (t[i].key === 'once' && t[i + 1].key === 'more') || (t[i].key === 'one' && t[i + 1].key === 'more' && t[i + 2]?.key === 'time');
    const fronted = (t[i].key === 'once' || t[i].key === 'yet') && t[i + 1].key === 'again' && (i === 0 || t[i - 1].sentence !== t[i].sentence) && t[i + 2]?.clause !== t[i].clause;
    if (!more && !fronted) continue;
    const clause = fronted ? t[i + 2]?.clause : t[i].clause;
    const c = t.slice(Math.max(0, i - 4), i + 7).find((y) => y.clause === clause && /^(?:writing|write|contacting|contact|emailing|email|asking|ask|messaging|chasing|reaching|calling|explaining|explain|remind|reminding|requesting|request)$/.test(y.key));
    if (!c) continue;
    const k = t.indexOf(c);
    const mine = t.slice(Math.max(0, k - 4), k).some((y) => WE.has(y.key)) && !t.slice(k + 1, k + 3).some((y) => y.key === 'me' || y.key === 'us');
    if (mine) return ctx.ev({ start: Math.min(c.start, t[i].start), end: Math.max(c.end, t[i + 1].end) }, 'tone.why.contactCount');
  }
  return null;
}

const COUNT_WORDS = /^(?:two|three|four|five|six|several|multiple|many|numerous|countless|repeated|\d+)$/;
const PLURAL_CONTACT = /^(?:e-?mails|messages|calls|phone|chats|letters|complaints|requests|tickets|voicemails|reminders)$/;

/**
 * Contacts counted after "after" or "despite": "After several calls and two emails, I still don't know", "despite
 * three phone calls". Said of the writer's own tries; not "after two emails from you".
 */
function countedAfter(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 0; i + 2 < t.length; i++) {
    if (!AFTER_WORD.test(t[i].key) || !COUNT_WORDS.test(t[i + 1].key)) continue;
    let j = i + 2;
    if (t[j].key === 'phone' || t[j].key === 'separate' || t[j].key === 'different') j++;
    const n = t[j];
    if (!n || n.clause !== t[i].clause || !PLURAL_CONTACT.test(n.key)) continue;
    if (t.slice(j + 1, j + 4).some((y) => y.key === 'you' || y.key === 'your' || THIRD.test(y.key))) continue;
    return ctx.ev(span(t, i + 1, j + 1), 'tone.why.earlierContact');
  }
  return null;
}

const TOLD_BY = /^(?:told|assured|promised|advised|informed|explained|said|mentioned)$/;
/**
 * A lexicon phrase of saying that was said to or by someone else: "I was told by the bank", "as I explained to the
 * courier", "I was told by a friend" (repeat.ts drops those hits).
 */
export function toSomeoneElse(t: T, from: number, to: number): boolean {
  if (t[from]?.fa || !t.slice(from, to).some((y) => TOLD_BY.test(y.key))) return false;
  const p = t[to];
  if (!p || p.sentence !== t[from].sentence || !/^(?:by|to|with)$/.test(p.key)) return false;
  const who = recipient(t, to);
  return who !== undefined && (THIRD.test(who.key) || HOUSEHOLD.test(who.key) || (t[to + 1].key === 'my' && !STAFF.test(who.key)));
}

/** Who a "to / by / with" at k points at: the word after it, past one "a", "the" or "my". */
export function recipient<W extends { key: string }>(t: readonly W[], k: number): W | undefined {
  return t[k + 1]?.key === 'a' || t[k + 1]?.key === 'the' || t[k + 1]?.key === 'my' ? t[k + 2] : t[k + 1];
}

const LINE = /^(?:phone|hold|line|chat|call|telephone|webchat)$/;
/**
 * An earlier call or chat the writer was on: "I was on the phone for an hour with your team yesterday", "I was on
 * live chat with your team this morning", "we were on hold for 40 minutes". Not one going on now ("I'm on hold"),
 * nor with someone else ("on the phone to my bank").
 */
function wasOnTheLine(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 2; i + 1 < t.length; i++) {
    if (t[i].key !== 'on') continue;
    const be = t[i - 1];
    // Over ("I was on the phone"), not still going on ("I've been on hold for an hour" is this very try).
    const past = be.key === 'was' || be.key === 'were';
    const who = t[i - 2];
    if (!past || !who || !WE.has(who.key)) continue;
    let j = i + 1;
    while (j < t.length && j - i <= 3 && /^(?:the|a|live|your|an)$/.test(t[j].key)) j++;
    if (!t[j] || !LINE.test(t[j].key) || t[j].clause !== t[i].clause) continue;
    const s = t[i].sentence;
    if (thirdIn(t, s)) continue;
    // On hold is a try that may still be going on: over only when it ended or was earlier ("and got cut off", "yesterday").
    if (t[j].key === 'hold' && !t.some((y) => y.sentence === s && /^(?:yesterday|morning|earlier|last|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday|cut|hung|disconnected|dropped|gave)$/.test(y.key))) continue;
    // "on a call with our accountant": with someone named, it must be the company ("with your team", "to you").
    const w = t.slice(j + 1, j + 6).findIndex((y) => y.sentence === s && (y.key === 'with' || y.key === 'to'));
    if (w >= 0) {
      const n = t[j + 2 + w];
      if (!n || !(/^(?:you|your|support)$/.test(n.key) || ((n.key === 'an' || n.key === 'one' || n.key === 'someone') && t.slice(j + 2 + w, j + 6 + w).some((y) => y.key === 'your' || DESK.test(y.key) || y.key === 'agent')))) continue;
    } else if (!t.slice(j + 1).some((y) => y.sentence === s && /^(?:minutes|mins|hours|hrs|hour|ages|yesterday|morning|earlier|cut|hung|disconnected|dropped|gave)$/.test(y.key))) {
      // "I was on the phone when the power went out": the call is the scene of the fault, unless it lasted or ended.
      continue;
    }
    return ctx.ev(span(t, i - 2, j + 1), 'tone.why.earlierContact');
  }
  return null;
}

/** "Nobody has bothered to reply to my complaint", "no one has managed to get back to me": nobody, then a reply owed. */
const NOBODY = new Set(['nobody', 'noone', 'no-one']);
function nobodyBothered(ctx: CueContext): Evidence | null {
  const t = ctx.doc.tokens;
  for (let i = 0; i + 2 < t.length; i++) {
    const nob = NOBODY.has(t[i].key) || (t[i].key === 'no' && t[i + 1].key === 'one');
    if (!nob) continue;
    const s = t[i].sentence;
    const r = t.slice(i + 1, i + 7).find((y) => y.sentence === s && (/^(?:reply|respond|answer|replied|responded|answered)$/.test(y.key) || (y.key === 'back' && /^(?:get|got|gotten|come|came|call|called)$/.test(t[t.indexOf(y) - 1]?.key ?? ''))));
    if (!r) continue;
    const between = t.slice(i + 1, t.indexOf(r));
    // Said of the past ("has bothered to", "could be bothered"), not a habit ("nobody ever answers").
    if (!between.some((y) => /^(?:has|have|had|bothered|managed|could|cared|seems|seemed|thought)$/.test(y.key))) continue;
    if (thirdIn(t, s)) continue;
    return ctx.ev({ start: t[i].start, end: r.end }, 'tone.why.unanswered');
  }
  return null;
}

/**
 * Anchors (lib/tone/anchors.ts): a word each family cannot do without, so a message holding none of a group's words
 * skips the group's walks. Anchors for fifteen families: each is the union of its families' words (or two a family needs together).
 */
const A_AGAIN = anchor({ key: (k) => k === 'again' || k === 'more' });
/** wasOnTheLine ends on a LINE word ("on the phone", "on hold"): "on" alone is in a fifth of messages. */
const A_ON = anchor({ key: LINE });
const A_SAY = anchor({ key: SAY_PAST, lemma: (l) => l === 'hear' });
const A_OWN = anchor({ key: OWN_EARLIER });
/**
 * The people group, one reader each: theirPeople needs one of the company's people named without "your" (DESK, or STAFF
 * but for the words that are never the branch's head), or "your" with any of its people words; household needs a HOUSEHOLD
 * word ("my" is in most messages); nobodyBothered a "nobody" / "no" and a reply word ("reply", "back", …).
 */
const A_YOUR = anchor({ key: (k) => k === 'your' });
const A_WHO = anchor({ key: (k) => SOMEONE.has(k) || STAFF.test(k) || DESK.test(k) || /^(?:chatbot|bot|helpline|hotline|support)$/.test(k) });
const A_AGENT = anchor({ key: (k) => DESK.test(k) || (STAFF.test(k) && !/^(?:one|team|member|staff|people|department)$/.test(k)) });
const A_HOUSEHOLD = anchor({ key: HOUSEHOLD });
const A_NOBODY = anchor({ key: (k) => NOBODY.has(k) || k === 'no' });
const A_REPLY = anchor({ key: /^(?:reply|respond|answer|replied|responded|answered|back)$/ });
const A_REQUEST = anchor({ key: (k) => REQUEST_WORD.test(k) || DEALT.test(k) || k === 'ref' || k === 'reference' });
const A_TIME = anchor({ key: (k) => k === 'time' || k === 'after' || k === 'despite' });
const A_PROVIDE = anchor({ lemma: PROVIDE });

const NONE_FOUND: (Evidence | null)[] = [];

/** Each wider family, in reading order; repeat.ts adds one to its score per family found. */
export function wideFinds(ctx: CueContext): (Evidence | null)[] {
  if (ctx.fa) return ctx.parts.quoted ? [quotedReply(ctx)] : NONE_FOUND;
  const d = ctx.doc;
  const out: (Evidence | null)[] = [];
  if (has(d, A_AGAIN)) out.push(backAgain(ctx), onceMore(ctx));
  if (has(d, A_ON)) out.push(wasOnTheLine(ctx));
  if (has(d, A_SAY)) out.push(asISaid(ctx), heardNothing(ctx));
  if (has(d, A_OWN)) out.push(ownEarlierMessage(ctx), firstContacted(ctx));
  if (has(d, A_AGENT) || (has(d, A_YOUR) && has(d, A_WHO))) out.push(theirPeople(ctx));
  if (has(d, A_HOUSEHOLD)) out.push(household(ctx));
  if (has(d, A_NOBODY) && has(d, A_REPLY)) out.push(nobodyBothered(ctx));
  if (has(d, A_REQUEST)) out.push(requestCode(ctx), dealtWithMine(ctx));
  if (has(d, A_TIME)) out.push(frontedCount(ctx), thisTime(ctx), countedAfter(ctx));
  if (has(d, A_PROVIDE)) out.push(providedBefore(ctx));
  if (ctx.parts.quoted) out.push(quotedReply(ctx));
  return out;
}

/** "I sent you a DM", "gave you my number": "you" there is who got the customer's contact, not who made it. */
export function sentToYou(t: T, from: number): boolean {
  const v = t[from - 3];
  return t[from - 2]?.key === 'you' && v !== undefined && !v.fa && /^(?:sent|gave|emailed|messaged|left|dropped|wrote|forwarded|texted)$/.test(v.key) && (from < 4 || WE.has(t[from - 4].key) || t[from - 4].sentence !== v.sentence);
}

const ASK_OPEN = new Set(['please', 'pls', 'plz', 'kindly']);
/** An English contact verb asked of the company: "Please send the invoice again", "kindly email it again". */
export function askedOfUs(t: T, i: number): boolean {
  const x = t[i];
  if (x.fa) return false;
  return ASK_OPEN.has(t[i - 1]?.key ?? '') && x.key === x.lemma;
}

const TICKET_OTHER = /^(?:train|bus|plane|flight|concert|parking|lottery|raffle|return|single|season|rail|coach|ferry|theatre|theater|cinema|match|festival|event|speeding|e-ticket|paper|print)$/;
/** A ticket that is no helpdesk ticket: "the train ticket machine", "my concert tickets", "ticket office". */
export function notHelpdeskTicket(t: T, i: number): boolean {
  const x = t[i];
  if (x.fa || !/^tickets?$/.test(x.key)) return false;
  return TICKET_OTHER.test(t[i - 1]?.key ?? '') || /^(?:machine|machines|office|barrier|barriers|price|prices|inspector|collection|booth)$/.test(t[i + 1]?.key ?? '');
}
