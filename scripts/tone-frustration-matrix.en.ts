/**
 * English frustration matrix (issue 13, seventeenth session, tfren10): messages assembled from parts, in the style of
 * scripts/tone-calm-matrix.ts and scripts/tone-repeat-matrix.ts, written from the labelling rule (tests/fixtures/tone-eval/
 * README.md, "Labels (one rule for all)") and not from any split's misses.
 *
 * (a) frustrated, each with the words that carry it (`carrier`): a fired cue must hold evidence inside those words, or the
 *     item counts as read wrong (`evidence` column):
 *     - feeling × intensifier × target ("I am absolutely furious with your company"), typed in plain, lowercase chat,
 *       no-apostrophe, capitals and typo forms;
 *     - judgement × intensifier × target ("your service is a complete joke", "this company is utterly useless");
 *     - sarcasm: a positive word around a failure ("Brilliant, charged twice again.", "the app crashed again. great job");
 *     - broken promises ("You promised a refund by Friday. It is now Tuesday.", "I was told 48 hours. That was 3 weeks ago.");
 *     - escalation demands and threats ("I want to speak to a manager.", "I will be disputing the charge with my bank.").
 * (b) calm look-alikes from parts that must stay quiet: worry and panic asking for help, strong fault words about the
 *     product ("totally dead", "completely broken"), negated anger ("not angry, just …"), anger at a third party or at
 *     oneself, a calm cancellation, "complaint" as a form name, thanks with "!!!", quoted angry history around a calm latest
 *     message, disappointment about the weather or an event, urgent but polite requests.
 *
 *   npx tsx scripts/tone-frustration-matrix.en.ts            per kind: read frustrated / total (and evidence misses)
 *   npx tsx scripts/tone-frustration-matrix.en.ts --misses   also the messages read wrong
 */
import { pathToFileURL } from 'node:url';
import { readCustomerTone } from '../lib/tone/index.ts';

export interface FrustrationItem {
  kind: string;
  frustrated: boolean;
  text: string;
  /** Words that carry the frustration: a fired cue must have evidence overlapping them. */
  carrier?: string;
}

type Form = 'plain' | 'lower' | 'noapos' | 'caps' | 'typo';
const FORMS: Form[] = ['plain', 'lower', 'noapos', 'caps', 'typo'];

/** Typos customers make when typing fast (first match only, so the message stays readable). */
const TYPOS: [RegExp, string][] = [
  [/\bfrustrated\b/, 'fustrated'], [/\bdisappointed\b/, 'dissapointed'], [/\bannoyed\b/, 'anoyed'], [/\bridiculous\b/, 'rediculous'],
  [/\bunacceptable\b/, 'unacceptible'], [/\bterrible\b/, 'terible'], [/\bbecause\b/, 'becuase'], [/\breceived\b/, 'recieved'],
  [/\bthe\b/, 'teh'], [/\byour\b/, 'yuor'], [/\bweek\b/, 'wek'], [/\bagain\b/, 'agian'],
];

function typo(s: string): string {
  for (const [re, to] of TYPOS) if (re.test(s)) return s.replace(re, to);
  return s;
}

/** One form of a core: lowercase chat drops the final full stop and writes "u"/"ur"; capitals shout the whole core. */
function form(core: string, f: Form): string {
  switch (f) {
    case 'plain':
      return core;
    case 'lower':
      return core.toLowerCase().replace(/\byour\b/g, 'ur').replace(/\byou\b/g, 'u').replace(/\.$/, '');
    case 'noapos':
      return core.replace(/'/g, '').replace(/’/g, '');
    case 'caps':
      return core.toUpperCase();
    case 'typo':
      return typo(core);
  }
}

const GREET = ['', 'Hi, ', 'hello ', 'Dear team, '];
const TAIL = ['', ' Order #48213.', '\n\nSent from my iPhone', '\n\nRegards,\nSam Patel\n07700 900123'];
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function cross<A, B, R = string>(as: readonly A[], bs: readonly B[], f: (a: A, b: B, i: number, j: number) => R): R[] {
  return as.flatMap((a, i) => bs.map((b, j) => f(a, b, i, j)));
}

/** Every core in a rotating form, greeting and tail; `carrier` (a part of the core) is carried through the same form. */
function add(out: FrustrationItem[], kind: string, frustrated: boolean, cores: readonly (string | [string, string])[], forms: readonly Form[] = FORMS) {
  cores.forEach((c, i) => {
    const [core, carrier] = typeof c === 'string' ? [c, undefined] : c;
    const f = forms[i % forms.length];
    const greet = GREET[(i * 3) % GREET.length];
    const tail = TAIL[(i * 5 + 1) % TAIL.length];
    let body = form(core, f);
    if (greet === '' && f !== 'lower') body = cap(body);
    const text = `${greet}${body}${tail}`;
    let car = carrier ? form(carrier, f) : undefined;
    // The carrier may sit at the start of the core and be capitalised with it.
    if (car && !text.includes(car) && text.includes(cap(car))) car = cap(car);
    out.push({ kind, frustrated, text, carrier: car && text.includes(car) ? car : carrier });
  });
}

// ---------------------------------------------------------------- parts
const FEEL = ['angry', 'furious', 'frustrated', 'fed up', 'disappointed', 'annoyed', 'livid', 'sick and tired', 'upset', 'fuming'];
const INTENS = ['', 'really ', 'so ', 'absolutely ', 'extremely ', 'beyond '];
const TARGET_WITH = ['with you', 'with your company', 'with this service', 'with your support team', 'with how this has been handled'];
const FAULT = [
  'my refund still has not arrived',
  'the router has been down for five days',
  'you charged me twice for one order',
  'my parcel was lost and nobody told me',
  'the engineer did not turn up again',
  'my account was closed without warning',
];
const JUDGE = ['ridiculous', 'unacceptable', 'pathetic', 'a joke', 'useless', 'a disgrace', 'appalling', 'shambolic', 'terrible', 'a complete shambles'];
const JUDGE_INT = ['', 'absolutely ', 'completely ', 'utterly ', 'totally '];
const JUDGE_TARGET = ['your service is', 'this company is', 'your customer service is', 'the way you handled this is', 'this is'];
const PRAISE = ['Great', 'Brilliant', 'Fantastic', 'Wonderful', 'Perfect', 'Amazing', 'Lovely', 'Superb'];
const FAILURE = [
  'another cancelled delivery',
  'charged twice again',
  'the app crashed again and wiped my basket',
  'third delay this week',
  'my order is late again',
  'still no refund after a month',
];
const PROMISE_WHAT = ['a refund', 'a call back', 'a replacement', 'an engineer', 'a reply'];
const PROMISE_WHEN = ['by Friday', 'within 48 hours', 'on Monday', 'this week'];
const PROMISE_OUTCOME = ['It is now Tuesday and nothing.', 'That was three weeks ago.', 'Still nothing.', 'It never happened.', "It's now the 19th."];
const ESCALATE = [
  ['I want to speak to a manager.', 'manager'],
  ['I demand to speak to your supervisor right now.', 'supervisor'],
  ['Escalate this now.', 'Escalate this'],
  ['I will be filing a formal complaint with the ombudsman.', 'ombudsman'],
  ['I will be disputing the charge with my bank.', 'disputing the charge'],
  ["I'm taking my business elsewhere.", 'my business elsewhere'],
  ['Expect a one star review.', 'one star review'],
  ['I will be contacting trading standards.', 'trading standards'],
  ["If this isn't fixed by Friday I'm going to my solicitor.", 'solicitor'],
] as const;

// Calm parts.
const PRODUCT_FAULT = [
  'my kettle is totally dead',
  'the headphones are completely broken',
  'the battery is absolutely dead after two years',
  'the screen on my tablet is totally smashed',
  'the zip on the bag is completely broken',
  "the printer is completely dead and won't turn on",
];
const ASK = ['Could you help me get it repaired?', 'What are my options?', 'Can you send a replacement?', 'How do I send it back?', 'Is it under warranty?'];
const WORRY = ["I'm really worried", "I'm panicking a bit", 'Really anxious about this', "I'm so scared I've lost everything", "I'm freaking out a little", "I'm quite concerned"];
const WORRY_WHAT = ['my payment went through twice', "I can't log in and my thesis is in there", 'my card was used abroad', 'the parcel with my passport shows lost'];
const NEGATED = ["I'm not angry, just confused", "Not complaining, just letting you know", "I'm not upset at all, just curious", "I'm not frustrated with you, just want to understand", "not annoyed, only asking", "No complaints here, just a question"];
const THIRD = [
  "I'm furious with the courier, he threw it over the fence",
  'my neighbour took the parcel and dropped it, so annoying of him',
  "I'm so angry with my landlord, he cut the power while it was charging",
  'the council towed my car for no reason, they are useless',
  'my ex changed the password out of spite, I am livid with him',
  "I'm so frustrated with myself, I ordered the wrong size again",
  "I'm annoyed with myself for typing the wrong address",
  'totally my own stupid fault, I deleted the account myself',
];
const CANCEL = [
  'Please cancel my subscription from next month, I am moving abroad.',
  "I'd like to close my account please. Thanks for everything over the years.",
  'Please cancel order 4471, I no longer need it.',
  'Can you cancel my membership? Money is tight at the moment, nothing to do with you.',
  'I want to cancel my plan at the end of the contract, please tell me what I need to do.',
];
const FORM_NAME = [
  'Where do I find the complaint form?',
  'I need your complaints procedure for my university coursework.',
  'Can you send me the complaint form? My mum wants to report her neighbour.',
  'Complaint reference 55102: could you tell me what stage it is at?',
  'How long does a complaint take to process? Just asking for my records.',
  'I filled in the complaints form on behalf of my father, is there anything else you need?',
];
const THANKS = [
  'Thank you so much!!! The refund arrived this morning!!',
  'THANK YOU!!! You saved my holiday!!',
  'Wow, that was fast!!! Thanks a million!!',
  'Brilliant, it works now!! Thank you so much!!!',
  'Amazing service!!! The engineer was lovely!!',
  'Just wanted to say thanks!!! Your team is fantastic!!',
];
const CALM_LATEST = ['Thanks, it is all sorted now.', 'The refund arrived today, thank you!', 'Got the replacement, works fine. Cheers.', 'Update: the engineer came and fixed it. Thank you.'];
const ANGRY_HISTORY = ['This is ridiculous, I want a manager NOW!!', 'Absolutely useless. Three weeks and nothing!!', 'I am furious, this is a disgrace.', 'Worst service ever, I will never use you again.'];
const DISAPPOINT_EVENT = [
  'I was so disappointed the weather ruined our trip',
  'Really disappointed my team lost last night',
  'Bit disappointed it rained all week on holiday',
  "I'm gutted the concert was postponed by the band",
  'So disappointed the school play was cancelled because of snow',
];
const URGENT_POLITE = [
  'I need this sorted urgently please, my flight is tomorrow morning. Thank you so much!',
  'URGENT: could you please reset my password before 5pm? Many thanks.',
  'Please could you treat this as urgent, the wedding is on Saturday. I really appreciate it.',
  'Sorry to rush you, but I need the invoice today for my accountant. Thanks!',
  'Could someone call me ASAP please? My card was stolen an hour ago. Thank you.',
  'Really need help quickly please!! My shop goes live in two hours 🙏',
];

const CIRCUMSTANCE_FEEL = [
  "I'm devastated, my dog died last week",
  'Really upset, my grandad passed away on Sunday',
  'Gutted I missed the live stream because of work',
  'Annoyingly the storm knocked out the power and the freezer defrosted',
  'Bit frustrating, the trains are off due to the strike',
  'So disappointed, the school play was cancelled because of the snow',
  "I'm heartbroken, my mum passed away last month",
];
const CIRCUMSTANCE_ASK = ['could you pause my deliveries for two weeks?', 'can I get a copy of my last invoice?', 'please cancel the subscription.'];

// Strong words in calm uses: the customer judging themself, a circumstance judged, a resolution about their own slip, an
// apology for their own earlier tone.
const SELF_JUDGE = ['terrible', 'useless', 'hopeless', 'rubbish', 'awful', 'pathetic'];
const SELF_AT = ['with technology', 'with apps', 'at remembering passwords', 'with computers', 'with these things', 'with forms'];
const CIRC_JUDGE = [
  'Worst cold of my life this week, so I missed the engineer',
  "There's a ridiculous amount of snow here",
  'Terrible storm last night and the power is only just back',
  'Awful flu all week, sorry for the slow reply',
  'Absolutely horrible weather here today',
];
const CIRC_ASK = ['can we rebook?', 'could you leave the parcel with a neighbour?', 'could you hold my order until Monday?'];
const RESOLVE = [
  'Never again will I forget my password, thanks for resetting it lol',
  'Never again am I leaving my charger in a hotel! Can I buy a new one from you?',
  'Never again will I order the wrong size without checking the chart, can I swap it?',
  'Sorry for my angry email yesterday, I was stressed. All good now, thank you.',
  'Apologies for my rant earlier, your colleague sorted it. Thanks!',
  'Please ignore my grumpy message above, it arrived this morning. Thank you!',
];

export function frustrationMatrix(): FrustrationItem[] {
  const out: FrustrationItem[] = [];
  // ---------------- (a) frustrated
  // Feeling × intensifier × target, then a fault: every feeling meets every intensifier once and the targets rotate.
  add(out, 'F:feeling', true, cross(FEEL, INTENS, (f, n, i, j) => {
    const feel = `${n}${f}`;
    const t = TARGET_WITH[(i + j) % TARGET_WITH.length];
    const fault = FAULT[(i * 2 + j) % FAULT.length];
    const core = (i + j) % 2 === 0 ? `I am ${feel} ${t}, ${fault}.` : `${cap(fault)} and I'm ${feel} ${t}.`;
    return [core, f] as [string, string];
  }));
  // Judgement × intensifier × target.
  add(out, 'F:judgement', true, cross(JUDGE, JUDGE_INT, (jd, n, i, j) => {
    const target = JUDGE_TARGET[(i + j) % JUDGE_TARGET.length];
    // "completely a joke" is not English: a noun judgement takes the adjective ("an absolute joke", "a total disgrace").
    const adj: Record<string, string> = { 'absolutely ': 'an absolute', 'completely ': 'a complete', 'utterly ': 'an utter', 'totally ': 'a total' };
    const phrase = jd.startsWith('a ') && n ? (jd.startsWith('a complete ') ? jd : `${adj[n]} ${jd.slice(2)}`) : `${n}${jd}`;
    const fault = FAULT[(i + j * 3) % FAULT.length];
    return [j % 2 === 0 ? `${cap(fault)}. ${cap(target)} ${phrase}.` : `${cap(target)} ${phrase}, ${fault}.`, jd.replace(/^a (?:complete )?/, '').split(' ').pop()!] as [string, string];
  }));
  // Sarcasm: a positive word around a failure, before or after it.
  add(out, 'F:sarcasm', true, cross(PRAISE, FAILURE, (p, f, i, j) => {
    const core = (i + j) % 3 === 0 ? `${p}, ${f}.` : (i + j) % 3 === 1 ? `${cap(f)}. ${p}.` : `${cap(f)}. ${p} job, well done.`;
    return [core, p] as [string, string];
  }));
  add(out, 'F:sarcasmThanks', true, [
    ['Thanks for nothing, my parcel is still missing.', 'Thanks for nothing'],
    ["Thanks for the 'help', the app still crashes.", "'help'"],
    ['Cheers for nothing, another week without internet.', 'Cheers for nothing'],
    ['Thank you for wasting my entire afternoon on hold.', 'for wasting'],
    ["Love how the tracking has said 'out for delivery' for four days.", 'Love how'],
    ['Oh great, another automated email telling me nothing.', 'great'],
    ['Wow, just wow. Charged twice and no reply for a week.', 'just wow'],
    ['Yeah right, "on its way". It has been on its way since June.', 'Yeah right'],
  ]);
  // Broken promise: who promised × what × when × how it ended.
  add(out, 'F:promise', true, cross(PROMISE_WHAT, PROMISE_WHEN, (w, n, i, j) => {
    const outcome = PROMISE_OUTCOME[(i + j) % PROMISE_OUTCOME.length];
    const opener = ['You promised me', 'Your agent promised', 'I was promised', 'You guaranteed'][(i + 2 * j) % 4];
    return [`${opener} ${w} ${n}. ${outcome}`, opener.split(' ').pop() === 'me' ? 'promised' : opener.split(' ').pop()!] as [string, string];
  }));
  // Escalation demands, after a fault.
  add(out, 'F:escalation', true, cross(ESCALATE, FAULT.slice(0, 4), (e, f, i, j) => [`${cap(f)}. ${e[0]}`, e[1]] as [string, string]));

  // ---------------- (b) calm look-alikes
  add(out, 'worry', false, cross(WORRY, WORRY_WHAT, (w, x) => `${w}, ${x}. Can you please help?`));
  add(out, 'worryBang', false, cross(WORRY.slice(0, 3), WORRY_WHAT, (w, x) => `${w}!! ${cap(x)}, please help me!!`), ['plain', 'lower', 'noapos']);
  add(out, 'productFault', false, cross(PRODUCT_FAULT, ASK, (f, a) => `${cap(f)}. ${a}`));
  add(out, 'negated', false, cross(NEGATED, PRODUCT_FAULT.slice(0, 4), (n, f) => `${n}: ${f}. What should I do?`), ['plain', 'lower', 'noapos']);
  add(out, 'thirdOrSelf', false, cross(THIRD, ASK.slice(1, 4), (t, a) => `${cap(t)}. ${a}`), ['plain', 'lower', 'noapos']);
  add(out, 'cancel', false, CANCEL, ['plain', 'lower', 'noapos']);
  add(out, 'complaintForm', false, FORM_NAME, ['plain', 'lower', 'noapos']);
  add(out, 'thanksBang', false, THANKS, ['plain', 'lower', 'noapos']);
  // Quoted angry history with a calm latest message: under it (top-posting) and above it (bottom-posting, "> " lines first).
  for (const [i, calm] of CALM_LATEST.entries()) {
    for (const [j, angry] of ANGRY_HISTORY.entries()) {
      const text = (i + j) % 2 === 0
        ? `${calm}\n\nOn Mon, 3 Jun 2024 at 10:02, Sam <sam@example.com> wrote:\n> ${angry}`
        : `On Mon, 3 Jun 2024 at 10:02, Sam <sam@example.com> wrote:\n> ${angry}\n\n${calm}`;
      out.push({ kind: 'quotedAnger', frustrated: false, text });
    }
  }
  add(out, 'eventDisappoint', false, cross(DISAPPOINT_EVENT, ['anyway, could you send me the invoice for the booking?', 'but could I change the delivery address to my work?', 'anyway, can I get a copy of my receipt?'], (d, a) => `${d}, ${a}`), ['plain', 'lower', 'noapos']);
  add(out, 'urgentPolite', false, URGENT_POLITE, ['plain', 'lower', 'noapos']);
  // A feeling about a loss in the family or a circumstance, beside a calm request.
  add(out, 'circumstance', false, cross(CIRCUMSTANCE_FEEL, CIRCUMSTANCE_ASK, (f, a) => `${f}, ${a}`), ['plain', 'lower', 'noapos']);
  // Capitals all through, asking for help with a fault (the labelling rule: caps asking for help are not frustration).
  add(out, 'capsHelp', false, cross(PRODUCT_FAULT, ASK.slice(0, 4), (f, a) => `${f}. ${a}`), ['caps']);
  add(out, 'selfJudged', false, cross(SELF_JUDGE, SELF_AT, (j, w, a) => `${['I am', "I'm", 'Honestly I am so'][a % 3]} ${j} ${w}, could you walk me through it?`), ['plain', 'lower', 'noapos']);
  add(out, 'circumstanceJudged', false, cross(CIRC_JUDGE, CIRC_ASK, (c, a) => `${c}, ${a}`), ['plain', 'lower', 'noapos']);
  add(out, 'ownResolution', false, RESOLVE, ['plain', 'lower', 'noapos']);
  // Custom arriving, or a former firm judged beside praise of this one.
  add(out, 'arriving', false, cross([
    "We're switching to your service from another provider",
    'I am moving over to you from my old bank',
    'Just switched to you from another supplier',
    'The last company I used was useless, you have been great',
    'My previous provider was a nightmare, so glad I joined you',
  ], ['how do we port our numbers?', 'could you send the welcome pack?', 'one question about billing.'], (a, b) => `${a}, ${b}`), ['plain', 'lower', 'noapos']);
  // Someone named feels it; a feeling told as past and put right; a choice of their own regretted; an escalation declined.
  add(out, 'kinFeeling', false, cross(['My grandma is furious at the new bus timetable lol', 'My flatmate is so annoyed with his boss', 'My sister is really upset about her exam results', 'My neighbour is fuming about the roadworks'], ['anyway, can I add her to my plan?', 'could you send the invoice to me instead?', 'can I change my delivery slot to Friday?'], (a, b) => `${a}, ${b}`), ['plain', 'lower', 'noapos']);
  add(out, 'putRight', false, cross(['Not gonna lie, I was annoyed at first', 'I got a bit frustrated yesterday', 'I was really upset on Monday', 'I was quite disappointed initially'], ['but the refund came through quickly. Thanks!', "but it's all sorted now, thank you so much.", 'but your engineer fixed it in ten minutes. Cheers!'], (a, b) => `${a}, ${b}`), ['plain', 'lower', 'noapos']);
  add(out, 'ownChoice', false, cross(["I'm not happy with the colour I picked", 'Not really happy with the size I ordered', "I'm not satisfied with the plan I chose"], ['can I exchange it?', 'could I swap it for the next one up?', 'what are my options?'], (a, b) => `${a}, ${b}`), ['plain', 'lower', 'noapos']);
  add(out, 'declined', false, ["I'd rather not escalate this, I'm sure we can sort it. The invoice is wrong by £20.", 'No need to escalate, just a small mistake on the bill: could you correct it?', "I don't want to escalate this, it's only a typo on my address. Could you fix it?"], ['plain', 'lower', 'noapos']);
  // Mistreatment denied or done by others; time wasted by one's own slip.
  add(out, 'mistreatCalm', false, [
    "I don't feel ignored at all, just wanted to check the order went through.",
    "I've been feeling so ignored by my friends lately lol, anyway can I change my plan?",
    'I felt a bit cheated by my brother in the card game haha. Anyway, what time do you open?',
    'I wasted a whole afternoon because I had it unplugged, my own fault! All working now, thanks.',
    'Sorry to waste your time, I found the code in my spam folder.',
    'Never felt ignored once, your team is brilliant. Could you add me to the newsletter?',
    "I think I've been scammed, someone called pretending to be you and I gave them my card number. What do I do?",
    "I've been robbed, my wallet and phone are gone. Can you block my card?",
    'My mum has been conned by a fake website using your logo, can you help her report it?',
    'I was a bit out of pocket last month, so could I pay the bill in two parts?',
    "I've been kept in the dark by my builder, could you tell me if the boiler was ordered on my account?",
    'I felt so let down by my old bank, so glad I switched to you! How do I set up a standing order?',
  ], ['plain', 'lower', 'noapos']);
  // Praise by litotes ("never had a problem") beside praise: no failure to mock.
  add(out, 'litotes', false, cross(['Never had a single problem in 5 years', "You've never let me down", 'Never had any issues with you', 'Never once been late'], ['brilliant service. Can I upgrade my plan?', 'amazing team. Could you send the invoice?', 'great company! How do I add a user?'], (a, b) => `${a}, ${b}`), ['plain', 'lower', 'noapos']);
  // ---------------- (a) close contrasts of the calm kinds, which must still fire
  add(out, 'F:statusPraised', true, cross(['Love how the tracking has said', 'Great to see the app has shown', 'Brilliant, my order has been stuck on'], ["'out for delivery' for four days.", "'processing' for two weeks."], (a, b) => [`${a} ${b}`, a.split(/[ ,]/)[0]] as [string, string]), ['plain', 'lower', 'noapos']);
  add(out, 'statusHeldCalm', false, ["I have been a customer for 10 years, love how easy the app is! Can I add my son?", "The tracking has said 'delivered' for an hour but I'm at work, no worries, I'll check later. Great service as always!", 'Love how the app has shown my savings for the whole year, brilliant feature. Can I export it?'], ['plain', 'lower', 'noapos']);
  add(out, 'F:praiseNever', true, [
    ['Brilliant, never arrived.', 'Brilliant'],
    ['Great service, my parcel never turned up.', 'Great'],
    ['Amazing, never had this many problems with a company.', 'Amazing'],
  ], ['plain', 'lower', 'noapos']);
  // Mistreatment felt × intensifier, time wasted, "why do I even bother".
  add(out, 'F:mistreated', true, cross(['I feel', 'I have been', "I've been", 'Honestly I felt'], ['ignored', 'cheated', 'let down', 'lied to', 'taken for a ride', 'strung along', 'kept in the dark', 'ghosted'], (v, m, i, j) => {
    const n = ['', 'completely ', 'so ', 'totally '][(i + j) % 4];
    return [`${v} ${n}${m} by your company. ${cap(FAULT[(i + j) % FAULT.length])}.`, m] as [string, string];
  }));
  add(out, 'F:timeWasted', true, cross(['I wasted my entire Saturday on this', "I've wasted a whole afternoon on hold", 'I have wasted my day off waiting in', 'wasted my whole lunch break again'], ['the engineer never came.', 'and still no refund.', 'nobody called back.'], (a, b) => [`${a}, ${b}`, 'wasted'] as [string, string]));
  add(out, 'F:bother', true, [
    ['Why do I even bother. Third email, no reply.', 'Why do I even bother'],
    ['You have made this so difficult, all I wanted was a refund.', 'made this so difficult'],
    ['Every single time I order something goes wrong.', 'something goes wrong'],
  ], ['plain', 'lower', 'noapos']);
  add(out, 'F:kinAtYou', true, [
    ['My wife is furious with you, and so am I. Third missed delivery.', 'furious'],
    ['I was annoyed at first, and it is still not fixed. Thanks for nothing.', 'Thanks for nothing'],
    ['I was really annoyed, the refund came through but only half of it.', 'annoyed'],
    ["I'm not happy with the colour you sent, it is nothing like the photo.", 'happy'],
    ["I don't want to escalate this, but I will if it's not fixed by Friday.", 'escalate'],
  ], ['plain', 'lower', 'noapos']);
  add(out, 'F:leaving', true, [
    ["I'm switching to your competitor, another provider is cheaper and actually answers.", 'switching to'],
    ["I'm moving to another provider. Your service is useless.", 'another provider'],
    ['The last courier you sent was useless, the box was soaked.', 'useless'],
  ], ['plain', 'lower', 'noapos']);
  add(out, 'F:judgedYou', true, [
    ['Your app is terrible with old phones, it crashes every time.', 'terrible'],
    ['Never again will I order from you. Three weeks for a kettle.', 'Never again'],
    ['I am useless? No, your website is useless, it logged me out four times.', 'useless'],
    ['Awful service again, the engineer never came and nobody called.', 'Awful service'],
    ['Sorry for my tone, but this is still unacceptable: no refund after a month.', 'unacceptable'],
  ], ['plain', 'lower', 'noapos']);
  add(out, 'F:circumstanceYou', true, [
    ["I'm disappointed that you cancelled my flight because of a little snow, other airlines flew.", 'disappointed'],
    ['Really upset that your driver left the parcel out in the rain again.', 'Really upset'],
    ['So annoyed, you lost my order again and it was for my mum\'s funeral.', 'annoyed'],
    ['Gutted. Your engineer did not turn up, and it was not because of the weather, nobody even called.', 'Gutted'],
  ]);
  add(out, 'F:capsAnger', true, [
    ['THIS IS RIDICULOUS. THE KETTLE IS DEAD AFTER A WEEK.', 'RIDICULOUS'],
    ['I AM FURIOUS WITH YOU, THE HEADPHONES ARE BROKEN AGAIN.', 'FURIOUS'],
    ['YOUR SERVICE IS A JOKE, THE PRINTER IS STILL DEAD.', 'A JOKE'],
  ], ['plain']);
  return out;
}

export interface MatrixRow {
  n: number;
  fired: number;
  /** Frustrated items whose cue held no evidence inside their carrier words. */
  evidenceMiss: number;
  misses: string[];
}

export function runFrustrationMatrix(items = frustrationMatrix()): Map<string, MatrixRow> {
  const rows = new Map<string, MatrixRow>();
  for (const it of items) {
    const key = `${it.frustrated ? 'frustrated' : 'calm'} ${it.kind}`;
    const row = rows.get(key) ?? { n: 0, fired: 0, evidenceMiss: 0, misses: [] };
    const c = readCustomerTone(it.text).cues.find((x) => x.kind === 'frustrated');
    row.n++;
    if (c) row.fired++;
    if (!!c !== it.frustrated) row.misses.push(it.text);
    else if (c && it.carrier) {
      const at = it.text.toLowerCase().indexOf(it.carrier.toLowerCase());
      const end = at + it.carrier.length;
      if (at < 0 || !c.evidence.some((e) => e.start < end && at < e.end)) {
        row.evidenceMiss++;
        row.misses.push(`[evidence ${c.evidence.map((e) => JSON.stringify(it.text.slice(e.start, e.end))).join(', ')}; carrier ${JSON.stringify(it.carrier)}] ${it.text}`);
      }
    }
    rows.set(key, row);
  }
  return rows;
}

/** Every a with every b, as pairs (the matrices 18 and 19 build their messages from them). */
export function pairs<A, B>(as: readonly A[], bs: readonly B[]): [A, B][] {
  const out: [A, B][] = [];
  as.forEach((a) => bs.forEach((b) => out.push([a, b])));
  return out;
}
/** The i-th of xs, round and round. */
export const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length];
/** Adders into a matrix's items: F a frustrated message (with the words that carry it), K a calm one. */
export function adders(items: FrustrationItem[]) {
  return {
    F: (kind: string, text: string, carrier?: string) => items.push({ kind, frustrated: true, text, carrier }),
    K: (kind: string, text: string) => items.push({ kind, frustrated: false, text }),
  };
}

/** Prints a matrix's rows and its totals per label (`--misses`: the items read wrong); used by matrix18 and matrix19. */
export function printFrustrationMatrix(items: readonly FrustrationItem[]): void {
  const rows = runFrustrationMatrix([...items]);
  const misses = process.argv.includes('--misses');
  const total: Record<string, [number, number, number]> = {};
  for (const [key, r] of rows) {
    console.log(`${key.padEnd(40)} read frustrated ${String(r.fired).padStart(3)} / ${String(r.n).padEnd(3)}${r.evidenceMiss ? `  evidence outside the carrier ${r.evidenceMiss}` : ''}`);
    const t = key.split(' ')[0];
    const was = total[t] ?? [0, 0, 0];
    total[t] = [was[0] + r.fired, was[1] + r.n, was[2] + r.evidenceMiss];
    if (misses) for (const m of r.misses) console.log(`    ${JSON.stringify(m)}`);
  }
  for (const [t, [f, n, e]] of Object.entries(total)) console.log(`TOTAL ${t}: read frustrated ${f} / ${n}${t === 'frustrated' ? `, evidence outside the carrier ${e}` : ''}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = runFrustrationMatrix();
  const misses = process.argv.includes('--misses');
  const total: Record<string, [number, number, number]> = {};
  for (const [key, r] of rows) {
    console.log(`${key.padEnd(28)} read frustrated ${String(r.fired).padStart(3)} / ${String(r.n).padEnd(3)}${r.evidenceMiss ? `  evidence outside the carrier ${r.evidenceMiss}` : ''}`);
    const t = key.split(' ')[0];
    const was = total[t] ?? [0, 0, 0];
    total[t] = [was[0] + r.fired, was[1] + r.n, was[2] + r.evidenceMiss];
    if (misses) for (const m of r.misses) console.log(`    ${JSON.stringify(m)}`);
  }
  for (const [t, [f, n, e]] of Object.entries(total)) console.log(`TOTAL ${t}: read frustrated ${f} / ${n}${t === 'frustrated' ? `, evidence outside the carrier ${e}` : ''}`);
}
