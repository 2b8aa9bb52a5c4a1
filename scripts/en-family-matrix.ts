/**
 * English family matrix (rwen10): the families without a matrix so far, generated from their parts (who speaks, the
 * verb in every person and tense, with and without apostrophes, lowercase chat, typos, the target by trade, what
 * follows), each with a matching matrix of neutral look-alikes that must NOT fire. Written from knowledge of how agents
 * write, not from any split's items.
 *
 *   npx tsx scripts/en-family-matrix.ts                per kind: neutral flagged / total, negative caught / total
 *   npx tsx scripts/en-family-matrix.ts --list=<kind>  also list that kind's false flags and misses (--list=all: every kind)
 *
 * Families:
 * - not-my-dept: sending the customer elsewhere (another team handles it, contact X directly, we don't deal with that, a
 *   question for your bank, I only handle Y, wrong department, outside our remit, not my department), by trade;
 *   neutral: a good handover in which the agent acts ("I've passed this to our billing team, who will email you today"),
 *   "you won't need to contact anyone else", a third party that will contact the customer, what a team does in general.
 * - system: the system as the reason ("the system won't let me", "I'm not able to override it", "my hands are tied",
 *   "I don't have access / the permissions"); neutral: the system doing something for the customer, an override done.
 * - jargon: every term of lib/rewrite/generic/jargon.en.trades.ts in agent sentences; neutral: the same term explained
 *   in the sentence, the plain words alone, and the words customers know (PIN, PDF, Wi-Fi, OTP, …).
 */
import { pathToFileURL } from 'node:url';
import { cap, combos, type MatrixItem } from './en-neutral-matrix.ts';
import { EN_TRADES } from '../lib/rewrite/generic/jargon.en.trades.ts';



/** Other teams and outside parties, by trade. */
const TEAMS = ['another team', 'a different team', 'our billing team', 'the returns department', 'the accounts team', 'our claims department', 'the warehouse', 'the technical team', 'the bookings team', 'the finance office'];
const THIRD = ['your bank', 'the airline', 'the courier', 'your card issuer', 'the manufacturer', 'your insurer', 'the hotel', 'your network provider', 'the seller', 'your landlord', 'the council', 'your school'];
const TOPICS = ['refunds', 'billing', 'delivery issues', 'that', 'this', 'complaints', 'card payments', 'warranty claims', 'account changes'];
const LEAD = ['', 'Sorry, ', 'unfortunately ', "I'm afraid ", 'Hi, '];

function deptNegatives(): Record<string, string[]> {
  const k: Record<string, string[]> = {};
  k['handled-elsewhere'] = combos([
    LEAD,
    ["that's handled by ", 'thats handled by ', 'This is handled by ', 'that is dealt with by ', "that's dealt with by ", 'this is managed by ', 'that falls under ', 'thats one for '],
    TEAMS,
    ['.', ', not us.', ', sorry.'],
  ]).map(cap);
  k['contact-directly'] = combos([
    LEAD,
    ["you'll need to contact ", 'youll need to contact ', 'you will need to contact ', "you'll have to contact ", 'you have to contact ', 'you need to contact ', 'u need to contact ', "you'll need to speak to ", 'you will have to call ', "you'll need to reach out to ", 'you need to get in touch with ', "you'll have to take it up with ", 'you will need to raise it with '],
    THIRD,
    [' directly.', ' yourself.', ' about that.', '.'],
  ]).map(cap);
  k['we-dont-deal'] = combos([
    LEAD,
    ["we don't deal with ", 'we dont deal with ', 'we do not deal with ', "we don't handle ", 'we dont handle ', 'we do not handle ', "our team doesn't deal with ", "this team doesn't handle ", "i don't deal with ", 'i dont handle ', "we don't cover ", "we don't look after "],
    TOPICS,
    ['.', ' here.', ' on this line.', ', sorry.'],
  ]).map(cap).concat(combos([
    LEAD,
    ["that's not something we deal with", 'thats not something we handle', 'that is not something our team handles', "that's not something i can help with", "that's not something we look after"],
    ['.', ' here.', ', sorry.'],
  ]).map(cap));
  k['question-for'] = combos([
    LEAD,
    ["that's a question for ", 'thats a question for ', 'that is a question for ', "that'd be a question for ", 'that would be a question for ', "that's one for ", "that's a matter for ", 'that is a matter for ', "you'd have to ask ", "that's something to ask ", "that's for "],
    THIRD.slice(0, 8),
    ['.', ', not us.', ' to answer.', ', sorry.'],
  ]).map(cap);
  k['only-handle'] = combos([
    LEAD,
    ['I only handle ', 'i only deal with ', 'I only deal with ', 'I just handle ', 'i just do ', 'we only handle ', 'We only deal with ', "I'm only able to help with ", 'I can only help with ', 'this line only handles ', 'our team only deals with ', 'I only look after '],
    ['billing', 'new orders', 'technical issues', 'bookings', 'UK accounts', 'card payments', 'online orders'],
    ['.', ', sorry.', ', not refunds.', ' here.'],
  ]).map(cap);
  k['should-ask'] = combos([
    LEAD,
    ['you should ask ', 'You should check with ', 'you would need to check with ', 'u should ask ', 'You must contact ', 'you would have to take it up with '],
    THIRD.slice(0, 8),
    [' about that.', '.', ', we only sell the tickets.'],
  ]).map(cap);
  k['only-sell'] = combos([
    ['We only sell ', 'we just do ', 'I only book ', 'We just provide '],
    ['the tickets', 'the deliveries', 'the flights', 'the parts'],
    [', the airline handles refunds.', ', so you will need to ask the shop.', ', please contact the manufacturer.'],
  ]);
  k['best-to-ask'] = combos([
    LEAD,
    ["I'd suggest reaching out to ", 'best to contact ', "it's best to call ", "you're better off calling ", 'youd be better off asking ', 'I would recommend contacting ', 'your best bet is to call '],
    THIRD.slice(0, 8),
    [' about that.', ' directly.', '.'],
  ]).map(cap).concat(combos([
    LEAD,
    THIRD.slice(0, 8).map((t) => `${t} `),
    ['is the one to talk to', 'would be the best people to ask', 'are the ones to ask', 'would know more than us', 'is who you need to speak to'],
    ['.', ' about that.'],
  ]).map(cap));
  k['middleman'] = combos([
    LEAD,
    ["we're just the marketplace", 'we are only the platform', "we're only the retailer", 'we are just the middleman', "we're just the booking agent", 'we are only the reseller', "we're just a third party"],
    ['.', ', the seller handles that.', ', so there is nothing we can do.'],
  ]).map(cap);
  k['their-responsibility'] = combos([
    LEAD,
    ["that's the courier's responsibility", "that is the seller's responsibility", "it's your bank's responsibility", "that's down to the airline", 'that is down to the manufacturer', "we're not responsible for the courier", 'we are not responsible for delays caused by the airline'],
    ['.', ', not ours.'],
  ]).map(cap);
  k['other-team-does'] = combos([
    LEAD,
    ["that's a different department", 'thats a different team', 'that is a separate department', 'refunds are a different team', 'claims go through ', 'that goes through ', 'that has to go through '],
    ['', 'the handling agent', 'the billing team', 'your bank'],
    ['.', ', not us.'],
  ]).filter((x) => !/(?:department|team)(?:the |your )/.test(x) && !/through [.,]/.test(x)).map(cap).concat(combos([
    LEAD,
    ['the billing team ', 'the airline ', 'your bank ', 'the courier '],
    ['handles that, not us', 'deals with that side', 'looks after that, not me', 'takes care of that part'],
    ['.', ', sorry.'],
  ]).map(cap));
  k['wrong-department'] = combos([
    LEAD,
    ["you've reached the wrong department", 'youve reached the wrong department', 'you have contacted the wrong team', "you've come to the wrong place", 'this is the wrong department', 'this is the wrong team for that', "you're through to the wrong department", 'u have the wrong dept', "you've got the wrong department", 'wrong department', 'this is the wrong place to ask'],
    ['.', ' for that.', ', sorry.', '!'],
  ]).map(cap);
  k['outside-remit'] = combos([
    LEAD,
    ["that's outside our remit", 'thats outside our remit', 'that falls outside our remit', 'this is outside my remit', "that's beyond our remit", "that's not within our remit", "that's outside my area", "that isn't in my remit", 'that is outside the scope of our team', "that's not within our scope", 'that falls outside what we cover', "that's out of our hands"],
    ['.', ', sorry.', ' I am afraid.'],
  ]).map(cap);
  k['not-my-dept'] = combos([
    LEAD,
    ["that's not my department", 'thats not my department', 'that is not our department', "that's not our area", "that isn't my area", "that's not our responsibility", 'that is not my responsibility', "it's not my job to", "that's not my job", "that's not up to us", 'thats not our problem'],
    ['.', ', sorry.', '!'],
  ]).map(cap);
  // The lead, session 19: the company or team disowning the matter ("that's not on us", "we have nothing to do with
  // the courier's schedule", "not our problem"), and a diagnosis that sends the customer elsewhere ("that's not a pharmacy
  // issue, you'd need to ring the surgery").
  k['not-ours'] = combos([
    LEAD,
    ["that's not on us", 'thats not on us', 'that is not on us', "it's not on us", "that isn't on us", "that's not on me", "that's not our problem", 'thats not our issue', "that isn't our responsibility", "it's not our fault", "that's not our concern", "that's not our call", "it isn't our doing", "that's nothing to do with us", 'thats got nothing to do with us', 'it has nothing to do with our team', 'we have nothing to do with that', "we've got nothing to do with the courier's schedule", 'we had nothing to do with the delay', 'not our department', 'not our problem'],
    ['.', ' once the courier has collected it.', ', sorry.', ', the seller sets that.', '!'],
  ]).map(cap);
  k['diagnosis-elsewhere'] = combos([
    LEAD,
    ["that's not a pharmacy issue", "it's not a billing problem", 'this is not a delivery matter', "that isn't a warranty issue", 'thats not a network fault', "it's not an account question"],
    [", you'd need to ring the surgery.", ', you will have to contact your bank.', ', so you need to speak to the manufacturer.', ', please contact your provider about it.', ' - ask the airline.', ', you should take it up with the landlord.'],
  ]).map(cap);
  return k;
}

function deptNeutrals(): Record<string, string[]> {
  const k: Record<string, string[]> = {};
  k['good-handover'] = combos([
    ["I've passed this to ", 'I have passed this to ', "I've forwarded your request to ", 'I have sent your details to ', "I've asked ", 'I have shared this with '],
    ['our billing team', 'the returns department', 'the accounts team', 'our claims department', 'the technical team'],
    [', who will email you today.', ' and they will be in touch shortly.', ', so you will hear from them directly.', '.'],
  ]);
  k['no-need-to-contact'] = combos([
    ["You won't need to contact ", 'you wont need to contact ', "You don't need to contact ", "There's no need to contact ", 'No need to call ', "You don't have to speak to "],
    ['anyone else', 'your bank', 'the airline', 'the courier', 'the manufacturer'],
    ['.', ', I have sorted it.', ', we will handle it.'],
  ]).map(cap);
  k['they-will-contact'] = combos([
    ['Our billing team ', 'The courier ', 'The airline ', 'Your insurer ', 'The warehouse '],
    ['will contact you directly', 'will be in touch directly', 'will email you directly', 'will call you tomorrow'],
    [' to arrange the details.', '.', ' with the next steps.'],
  ]);
  k['i-will-contact'] = combos([
    ["I'll contact ", 'I will get in touch with ', "I'll speak to ", "I'll chase ", 'We will contact '],
    ['the warehouse', 'the courier', 'our billing team', 'the airline', 'the manufacturer'],
    [' directly for you.', ' on your behalf.', ' today.'],
  ]);
  k['team-does'] = [
    ...combos([
      ['Our billing team ', 'The returns team ', 'Our claims department '],
      ['handles refunds', 'looks after refunds', 'deals with this every day'],
      [', and I have already sent them your details.', ", so you're in good hands.", '.'],
    ]),
    ...combos([
      ["I handle all billing questions", 'I look after your account', 'I deal with refunds myself'],
      [', so I can sort this for you.', ', so I will take care of it.', '.'],
    ]),
    ...combos([['I only need ', 'We only need ', 'i just need '], ['your order number', 'a photo of the label', 'the card’s last four digits'], ['.', ' to finish this.']]),
  ].map(cap);
  // Look-alikes of the new forms (rwen10's reader, dept.en.ts): a handover in which someone acts, "only" of quality or
  // privacy, "for your records", the agent's own mistake with a wrong team, access the customer keeps.
  k['lookalike'] = [
    ...combos([
      ["That's handled by our billing team", 'This is all handled by our team', 'It is dealt with by the returns department', 'That falls under our claims team'],
      [', who will email you today.', ', so you do not need to do anything.', " and I've already passed it on.", ', and they will call you tomorrow.'],
    ]),
    ...combos([['We only deal with ', 'We only work with ', 'we only handle '], ['trusted couriers', 'approved suppliers', 'your data securely', 'registered engineers'], ['.', ', so you are in safe hands.']]),
    ...combos([["That's for your ", 'This is for your ', 'That one is for your '], ['records', 'bank statement', 'landlord to sign, and I have attached it', 'insurer’s form, which I have filled in for you'], ['.']]),
    ...combos([["We don't have access to ", 'We have no access to ', 'I do not have access to '], ['your password', 'your card details', 'your personal data'], [', so it stays private.', '.']]),
    ...combos([['You can ask ', 'Feel free to ask ', 'You are welcome to ask '], ['the hotel for a late checkout', 'your bank for a statement', 'the airline for a special meal'], ['.', ', they are very helpful.']]),
    ...combos([['We only ship to ', 'We only sell ', 'We just deliver '], ['UK addresses', 'genuine parts', 'within the EU'], ['.', ', so your order is covered.']]),
    'It is a system update, so everything will be faster from Monday.',
    'The system works that way for everyone: your payment is safe.',
    ...combos([["I'll reach out to ", 'I will contact ', "I've asked "], ['the courier', 'your bank', 'the airline'], [' for you and let you know what they say.', ' on your behalf today.']]),
    ...combos([['We are the marketplace, so ', "As the retailer, "], ['we will refund you ourselves.', "we'll handle the return for you."]]),
    "We're responsible for the delivery, so I've reordered it for you.",
    'The courier is the one who will bring your parcel tomorrow.',
    'Your refund goes through the same card you paid with.',
    'Returns are handled by our warehouse team.',
    "I'm just the agent who can sort this for you.",
    'The billing team handles that, and I have already asked them to refund you today.',
    'Our courier takes care of the rest, so you do not need to do anything.',
    ...combos([["I'd recommend contacting your bank directly ", 'Best to call your bank directly ', 'I suggest you contact your card issuer directly '], ['to block the card.', 'to freeze the account, and I have flagged it here too.']]),
    'Your bank is the one who sent the code, so it is genuine.',
    "It's down to you which date you pick.",
    'That is on your account page, under Orders.',
    'We sent it to the wrong department at first, sorry about that.',
    'You have the wrong size? I can swap it for you.',
    'My hands are full today, but I will call you back at three.',
    "It isn't up to you to fix this: we'll take care of it.",
  ];
  // Look-alikes of the lead's session-19 forms: reassurance about the customer ("that's not on you", "it has nothing to
  // do with anything you did"), "not a problem", a diagnosis the agent acts on, scams disowned, "nothing to do with it" of
  // a cause, and our own fault owned.
  k['not-ours-lookalike'] = [
    ...combos([
      LEAD.slice(0, 2),
      ["that's not on you", 'thats not on you at all', "it's not your fault", 'that is not your fault', 'it has nothing to do with anything you did', "it's nothing to do with your account", 'that has nothing to do with your payment'],
      ['.', ', we will sort it.', ', happy to help!'],
    ]),
    ...combos([
      ["That's not a billing issue, ", "It isn't a hardware fault, ", "It's not a network problem, "],
      ["it's the app, so I've pushed a fix to your phone.", 'it was a setting on our side, which I have changed.', 'so I have sent you a new router.'],
    ]),
    ...combos([
      ['We have nothing to do with ', 'we have nothing to do with '],
      ['those scam texts', 'these phishing emails', 'that fake website'],
      [', so please delete them.', ', never click the link.', '.'],
    ]),
    "It's on us: I've refunded the fee.",
    "That one's on us, sorry, the refund is on its way.",
    'The delay had nothing to do with the weather, it was our mistake and I have fixed it.',
    "That's on us to fix, and we will today.",
    "It's not our intention to leave you waiting.",
    'That is not a question I mind at all!',
    "Nothing to do with the card you used, it's a bank holiday delay.",
  ].map(cap);
  k['question-welcome'] = combos([
    ["That's a great question", 'Good question', "That's a fair question"],
    ['!', ', and the answer is yes.', ': here is how it works.'],
  ]);
  return k;
}

function systemNegatives(): Record<string, string[]> {
  const k: Record<string, string[]> = {};
  k['system-wont-let'] = combos([
    LEAD,
    ["the system won't let me ", 'the system wont let me ', 'the system will not let me ', "the system doesn't let me ", 'the system doesnt allow me to ', 'the system does not allow me to ', "our system won't allow me to ", "my system won't let me ", 'the computer wont let me ', "the tool won't let me ", "the system isn't letting me ", 'the system wouldnt let me '],
    ['refund this', 'change the date', 'issue a credit', 'cancel it', 'remove the fee', 'do that', 'update your address'],
    ['.', ', sorry.', ' I am afraid.'],
  ]).map(cap).concat(combos([
    LEAD,
    ["the system won't allow that", "our system doesn't allow it", "the system can't do that", 'the system cannot process that', "it's a system thing", "the system just doesn't work that way", 'computer says no', "it's automated so i can't change it", "it's all automated, I can't change it"],
    ['.', ', sorry.'],
  ]).map(cap));
  k['cant-override'] = combos([
    LEAD,
    ["I'm not able to override ", 'im not able to override ', 'I am not able to override ', "I can't override ", 'i cant override ', 'I cannot override ', "I'm unable to override ", "there's no way for me to override ", "I don't have the ability to override ", 'We are not able to override ', "we can't override "],
    ['it', 'the system', 'that', 'the decision', 'the charge', 'the block'],
    ['.', ', sorry.', ' I am afraid.'],
  ]).map(cap);
  k['hands-tied'] = combos([
    LEAD,
    ['my hands are tied', 'our hands are tied', 'my hands r tied', 'my hands are tied on this', 'our hands are tied here', 'my hands are kind of tied', 'my hand are tied'],
    ['.', ', sorry.', '!', ' I am afraid.'],
  ]).map(cap);
  k['no-access'] = combos([
    LEAD,
    ["I don't have access to ", 'i dont have access to ', 'I do not have access to ', "I don't have the permissions to change ", "I don't have the authority to change ", 'I have no access to ', "I'm not authorised to change ", "I'm not authorized to touch "],
    ['that', 'the billing system', 'refunds', 'that part of the system'],
    ['.', ', sorry.'],
  ]).map(cap);
  return k;
}

function systemNeutrals(): Record<string, string[]> {
  const k: Record<string, string[]> = {};
  k['system-helps'] = [
    ...combos([
      ['The system will ', 'Our system will ', 'the system automatically ', 'Our system '],
      ['email you a receipt', 'send you a reminder', 'refund the difference', 'update your balance overnight'],
      ['.', ' once it is done.'],
    ]),
    ...combos([['The system lets you ', 'The app lets you ', 'The portal allows you to '], ['change the date yourself', 'download your invoice', 'update your address'], ['.', ' at any time.']]),
  ].map(cap);
  k['override-done'] = combos([
    ["I've overridden ", 'I was able to override ', 'I have overridden ', "I've manually removed "],
    ['the fee', 'the charge', 'the block', 'the late fee'],
    [' for you.', ', so you are all set.', '.'],
  ]);
  k['access-good'] = combos([
    ["You'll have access to ", 'You now have access to ', "You'll still have access to ", 'You will keep access to '],
    ['your account', 'all your files', 'the premium features'],
    [' until the end of the month.', '.', ' right away.'],
  ]);
  k['hands-literal'] = ['Please wash your hands before handling the device.', 'The cables are tied together with a clip.', 'Our hands-on team will visit on Monday.'];
  return k;
}

/** Three agent sentences per listed term, and the same terms explained, plus the plain words alone. */
function jargonItems(): { neg: Record<string, string[]>; neu: Record<string, string[]> } {
  const neg: Record<string, string[]> = {};
  const neu: Record<string, string[]> = {};
  const FRAMES = ['Your X is still pending on our side.', 'i checked the X and its been updated', 'We are waiting on the X from the team.', 'Just so you know, the X came back this morning.'];
  for (const tr of EN_TRADES) {
    const kind = `jargon:${tr.trade}`;
    neg[kind] = [];
    neu[kind] = [];
    for (const t of tr.terms) {
      const surface = t.kind === 'phrase' ? t.key.split(' ').map((s) => s.split('|')[0]).join(' ') : t.kind === 'word' ? t.key : t.key.toUpperCase();
      const s = t.kind === 'phrase' ? surface : surface;
      // `ctx` terms need a sentence about a ticket or a payment: the frames carry one.
      const frames = t.ctx ? ['Your payment was returned: the X came back from the bank.', 'I have logged the X on your ticket.'] : FRAMES;
      for (const f of frames) neg[kind].push(f.replace('X', s));
      neu[kind].push(`Your ${s} (${t.plain}) is still pending on our side.`, `Your ${t.plain} (${s}) is still pending on our side.`, `Here is what that means: ${t.plain}.`);
    }
  }
  neu['jargon:known-words'] = combos([
    ['Your ', 'Please send the ', 'I have reset the '],
    ['PIN', 'PDF', 'Wi-Fi', 'OTP', 'SMS', 'IBAN', 'sort code', 'ISA transfer', 'excess', 'booking reference', 'tracking number', 'VAT receipt', 'SIM', 'IMEI number', 'postcode'],
    ['.', ' today.'],
  ]);
  neu['jargon:everyday'] = [
    'The bar is open until midnight.',
    'We can bring a cot to your room.',
    'Your tenant can ask the landlord for repairs.',
    'The sprint finish was amazing!',
    'Please mop up any spills before returning the unit.',
    'Our rack of bikes is by the door.',
    'The folio edition of the book is back in stock.',
    'I have added 2 PAC units to your order.',
    'There is a small excess to pay on this claim.',
    'Mr Jones will call you tomorrow.',
    'The order was dispatched from our warehouse today.',
    'Your refund has been processed and will show in 3 to 5 days.',
    "I've escalated this to our senior technician, who will call you today.",
    'Good news: your backordered item has now shipped!',
    "We've made an ex gratia payment of £50 to your account.",
    "I've issued a provisional credit of $40 while we look into it.",
  ];
  return { neg, neu };
}

/** The lead's session-19 families (lib/rewrite/generic/remind19.en.ts): a pointed reminder, "you weren't supposed to". */
function remindItems(): { neg: Record<string, string[]>; neu: Record<string, string[]> } {
  const WHAT = ['the booking terms were sent with your confirmation', 'you agreed to the terms at checkout', 'our returns policy is 30 days', 'this was explained in my last email', 'the deposit is non-refundable, as stated in your contract', 'you were told the install date on the phone'];
  const neg: Record<string, string[]> = {};
  neg['pointed-reminder'] = combos([
    ['', 'Hi Dana, ', 'As I said, '],
    ['May I remind you that ', "I'd kindly remind you that ", 'I would kindly remind you that ', 'Let me remind you that ', 'I must remind you that ', 'i have to remind u that ', 'Can I just remind you that ', 'I feel I should remind you that ', 'Please be reminded that ', 'Kindly be reminded that ', 'You are reminded that ', "I'd like to remind you that ", 'I just wanted to remind you that ', 'Allow me to remind you that '],
    WHAT,
    ['.'],
  ]).map(cap);
  neg['not-supposed-to'] = combos([
    ['The router was reset to factory settings, which ', 'The seal was broken, and ', 'The app was sideloaded, which ', ''],
    ["you weren't supposed to do", 'you were not supposed to do', 'you werent meant to do', "you're not allowed to do", 'u were not supposed to do', "you weren't permitted to do"],
    ['.', ' under the warranty.'],
  ]).map(cap).concat(combos([["You weren't supposed to ", "You're not meant to ", 'you are not allowed to '], ['open the seal', 'share the account', 'reset the router', 'book two rooms on one voucher'], ['.', ', that voids the cover.']]).map(cap));
  const neu: Record<string, string[]> = {};
  neu['reminder-lookalike'] = [
    ...combos([["I'd like to remind you that ", 'I just wanted to remind you that ', 'Just a reminder that ', 'A quick reminder: ', 'Friendly reminder that '], ['your appointment is tomorrow at 10', 'the sale ends on Sunday', 'your new card arrives this week', 'the engineer will call before arriving'], ['.', '!']]),
    ...combos([["I'll remind you ", 'We will remind you ', 'I can remind you '], ['nearer the time', 'the day before', 'by text on Monday'], ['.', ', no need to note it down.']]),
    'Can I remind you to bring your ID on the day?',
    'This is just to remind you of your appointment tomorrow.',
    'Your reminder is set for 9am.',
    'We send a reminder email three days before renewal.',
  ].map(cap);
  neu['supposed-lookalike'] = [
    ...combos([["You weren't supposed to ", "You're not meant to ", 'You were never supposed to '], ['be charged for that', 'get that email', 'have to wait this long', 'receive two parcels', 'pay the delivery fee', 'need to call us again', 'lose your booking'], [", that's our mistake and I've fixed it.", ', sorry about that.', '.']]),
    'We were not supposed to cancel it, and I have restored it.',
    "The driver wasn't supposed to leave it outside, I've raised it with the courier.",
    'You are allowed to return it within 30 days.',
    "It's supposed to arrive on Friday.",
  ].map(cap);
  return { neg, neu };
}

export function familyMatrix(): MatrixItem[] {
  const out: MatrixItem[] = [];
  const add = (label: 'neutral' | 'negative', fam: string, r: Record<string, string[]>) => {
    for (const [kind, xs] of Object.entries(r)) for (const text of xs) out.push({ kind: `${fam}/${kind}`, label, text });
  };
  add('negative', 'dept', deptNegatives());
  add('neutral', 'dept', deptNeutrals());
  add('negative', 'system', systemNegatives());
  add('neutral', 'system', systemNeutrals());
  const r = remindItems();
  add('negative', 'remind', r.neg);
  add('neutral', 'remind', r.neu);
  const j = jargonItems();
  add('negative', 'jargon', j.neg);
  add('neutral', 'jargon', j.neu);
  return out;
}

async function main(): Promise<void> {
  const { builtinPacks } = await import('../lib/packs/index.ts');
  const { evaluateItem } = await import('../tests/bench/rewrite-quality.ts');
  const list = process.argv.find((a) => a.startsWith('--list='))?.slice('--list='.length);
  const per = new Map<string, { neu: number; flagged: number; neg: number; caught: number }>();
  const lines: string[] = [];
  for (const it of familyMatrix()) {
    const r = evaluateItem('en', { id: 'm', label: it.label, category: 'other', text: it.text, spans: [], hard: [], register: [], source: 'matrix' }, builtinPacks);
    const t = per.get(it.kind) ?? { neu: 0, flagged: 0, neg: 0, caught: 0 };
    per.set(it.kind, t);
    const show = list === 'all' || (list && it.kind.startsWith(list));
    if (it.label === 'neutral') {
      t.neu++;
      if (r.flagged) {
        t.flagged++;
        if (show) lines.push(`FALSE ${it.kind}: ${JSON.stringify(it.text)}  <${r.suggestions.map((s) => `${s.ruleId}:${s.original}`).join(' | ')}>`);
      }
    } else {
      t.neg++;
      if (r.flagged) t.caught++;
      else if (show) lines.push(`MISS  ${it.kind}: ${JSON.stringify(it.text)}`);
    }
  }
  const fam = new Map<string, number[]>();
  console.log('kind\tneutral flagged\tnegative caught');
  for (const [kind, t] of per) {
    console.log(`${kind}\t${t.neu ? `${t.flagged}/${t.neu}` : '-'}\t${t.neg ? `${t.caught}/${t.neg}` : '-'}`);
    const f = kind.split('/')[0];
    const a = fam.get(f) ?? [0, 0, 0, 0];
    a[0] += t.flagged; a[1] += t.neu; a[2] += t.caught; a[3] += t.neg;
    fam.set(f, a);
  }
  for (const [f, a] of fam) console.log(`FAMILY ${f}\tneutral flagged ${a[0]}/${a[1]}\tnegative caught ${a[2]}/${a[3]}`);
  if (lines.length) console.log(lines.join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
