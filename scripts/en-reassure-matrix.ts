/**
 * English security and privacy reassurance matrix (the eighteenth session's rwen18 round). An agent who tells a customer
 * what the company can NOT see, will NEVER ask for or does NOT keep is reassuring, not refusing: "we don't have access to
 * your password", "we never ask for your PIN", "we can't see your card details", "our staff will never call you",
 * "we don't store your card number", "you won't be charged twice", "nothing has been shared". Every kind is given as
 * parts (subjects, the verb with and without its apostrophe, curly and lowercase chat, objects, what follows) and every
 * combination is generated; a matching matrix of refusals that look like them ("we can't reset your password for you",
 * "we don't offer refunds", "we can't change your PIN over the phone") must still fire. Written from the kinds named in
 * the task, not from any split's items.
 *
 *   npx tsx scripts/en-reassure-matrix.ts               per kind: neutral flagged / total, negative caught / total
 *   npx tsx scripts/en-reassure-matrix.ts --list=<kind> also that kind's false flags (rule id) and negatives missed
 *   npx tsx scripts/en-reassure-matrix.ts --list=all    every kind's
 *
 * Also (c) of the same round: a request our side sent to the wrong place, owned in the first person ("I sent it to the
 * wrong department, sorry", "your ticket was routed to the wrong queue", "sorry you were transferred to the wrong team")
 * is no not-my-dept; "you've come to the wrong department", "this is the wrong team", "you sent it to the wrong team" stay.
 *
 * Decisions:
 * - "we can't see your order / payment" is a problem report (the agent cannot find it), neither reassurance nor
 *   refusal: in neither matrix;
 * - "we don't have access to that" without a protected thing (password, PIN, card, data) is a way refusal or a
 *   not-my-department line, handled elsewhere: in neither matrix.
 */
import { pathToFileURL } from 'node:url';
import { cap, combos, runEnMatrix, type MatrixItem } from './en-neutral-matrix.ts';

/** The auxiliaries as writers type them: apostrophe, none, curly, spelled out. */
const DONT = ["don't", 'dont', 'don’t', 'do not'];
const CANT = ["can't", 'cant', 'can’t', 'cannot'];
const WONT = ["won't", 'wont', 'won’t', 'will not', 'will never'];
const WE = ['we ', 'We ', 'I ', 'our team ', 'Our staff ', 'our agents ', 'The bank ', 'Acme '];
/** The subject's present "does not" for a third-person singular subject. */
const agree = (subj: string, aux: string) => (/^(the bank|acme) $/i.test(subj) ? aux.replace(/^do(n['’]?t| not)$/i, (m) => (m.toLowerCase().startsWith('don') ? m.replace(/^do/i, 'does') : 'does not')).replace(/^dont$/i, 'doesnt') : aux);

/** Things a customer guards. */
const SECRET = ['your password', 'your PIN', 'your card details', 'your full card number', 'your bank details', 'your login details', 'your security answers', 'your CVV', 'your one-time code', 'your account password'];
const TAIL = ['.', ', so it stays private.', ' at any point.', ' — only you do.', ', so please keep it to yourself.'];

function neutrals(): Record<string, string[]> {
  const k: Record<string, string[]> = {};
  const out = (subj: string[], aux: string[], verb: string[], obj: string[], tail = TAIL) =>
    subj.flatMap((s) => aux.flatMap((a) => combos([[s + agree(s, a) + ' '], verb, obj, tail]))).map(cap);
  // we don't have access to / can't see / never see … your password
  k['no-access'] = out(WE, DONT, ['have access to ', 'have any access to ', 'ever see '], SECRET.slice(0, 6))
    .concat(combos([['We have no access to ', 'we have no way to see ', 'Nobody here has access to ', 'no one at Acme can see ', 'None of our staff can see '], SECRET.slice(0, 6), ['.', ', so it stays private.']]).map(cap));
  k['cant-see'] = out(WE, CANT, ['see ', 'view ', 'access ', 'read '], SECRET.slice(0, 6));
  // we never ask for / will never ask you for … your PIN
  k['never-ask'] = combos([WE, ['never ask for ', 'never ask you for ', 'will never ask for ', 'will never ask you for ', "won't ever ask for ", 'wont ever ask you for ', 'won’t ever ask for ', 'would never ask for ', 'do not ask for ', "don't ask for ", 'never request '], SECRET, ['.', ' by email or phone.', ' over the phone.', ', so please ignore that message.']]).map(cap);
  // our staff will never call you / text you / ask you to …
  k['never-contact'] = combos([WE, ['will never ', 'never ', "won't ever ", 'wont ever ', 'would never '], ['call you', 'text you', 'email you', 'message you', 'phone you'], [' to ask for ' , ' asking for '], SECRET.slice(0, 5), ['.', ', so that call was not us.']]).map(cap)
    .concat(combos([WE, ['will never ', 'never ', "won't ever ", 'would never '], ['ask you to move money', 'ask you to transfer money to a new account', 'ask you to share your screen', 'ask you to install an app', 'ask you to read out a code'], ['.', ', so please hang up if anyone does.']]).map(cap));
  // we don't store / keep / save … your card details
  k['dont-store'] = out(WE, [...DONT, 'never'], ['store ', 'keep ', 'save ', 'hold on to ', 'sell ', 'share '], ['your card details', 'your full card number', 'your password', 'your payment details', 'your personal data', 'your data', 'your details', 'card numbers'], ['.', ' on our servers.', ' after the payment.', ' with anyone.', ', so it stays private.']).filter((s) => !/hold on to card numbers/.test(s));
  // you won't be charged twice / again / for this
  k['not-charged'] = combos([['', "Don't worry, ", 'Just to reassure you, ', 'rest assured, '], ['you ', 'You ', 'u '], [...WONT.map((w) => w + ' '), "haven't been ", 'have not been ', 'havent been ', 'weren’t ', "weren't ", 'were not '], ['charged twice', 'charged again', 'charged for this', 'billed twice', 'billed for the replacement', 'double charged'], ['.', ', the second payment was only a hold.', '!']]).map(cap).filter((s) => !/(have|haven|were|weren)[^ ]* be /.test(s));
  // nothing has been shared / your data hasn't been shared …
  k['nothing-shared'] = combos([['Nothing ', 'nothing ', 'None of your data ', 'None of your details ', 'No personal data ', 'No card details '], ['has been shared', 'was shared', 'has been passed on', 'was leaked', 'has been exposed', 'was accessed', 'has left our system'], ['', ' with anyone', ' with third parties', ' outside the company'], ['.', ', your account is safe.']]).map(cap)
    .concat(combos([['Your data ', 'your details ', 'Your card details ', 'Your password ', 'your information '], ["hasn't been shared", 'has not been shared', 'hasnt been shared', 'was not shared', "wasn't shared", 'wasn’t affected', "wasn't accessed", 'will never be shared', "won't be shared", 'wont be sold', 'is never shared', "isn't stored", 'is not visible to us'], ['', ' with anyone', ' with third parties'], ['.', ', so you are safe.']]).map(cap));
  // (c) a request sent to the wrong place by our side, owned in the first person: not not-my-dept
  const PLACE = ['the wrong department', 'the wrong team', 'the wrong queue', 'the wrong desk', 'the wrong dept'];
  const OWN = [', sorry.', ', my mistake.', ', my apologies.', " — that's on me.", ', sorry about that. It is with billing now.', '.', ' earlier, sorry!'];
  const noDouble = (x: string) => !(/^(?:sorry|apologies|so sorry),/i.test(x) && /(?:sorry|apologies|that's on me)[^,]*$/i.test(x));
  k['owned-misroute'] = combos([['', 'Sorry, ', 'apologies, ', 'So sorry, '], ['I ', 'i ', 'We ', 'My colleague ', 'our team ', 'I accidentally ', 'we mistakenly ', "I'd ", 'I have ', "we've "], ['sent it', 'passed it', 'forwarded your email', 'routed your request', 'transferred you', 'assigned your ticket', 'put your case', 'moved your ticket', 'escalated it', 'sent your return'], [' to '], PLACE, OWN]).map(cap).filter((s) => !/(?:'d|have|'ve) (?:sent|passed|forwarded|routed|transferred|assigned|put|moved|escalated)\b/.test(s) || !/ earlier/.test(s)).filter(noDouble)
    .concat(combos([['Your ticket ', 'your request ', 'Your email ', 'It ', 'your case '], ['was sent', 'got sent', 'was passed', 'was routed', 'went', 'has been assigned', 'was forwarded', 'ended up going'], [' to '], PLACE, OWN]).map(cap))
    .concat(combos([['Sorry you were ', 'I am sorry you were ', "Sorry you've been ", 'sorry u got '], ['transferred', 'sent', 'put through', 'passed'], [' to '], PLACE, ['.', ' earlier.', ', that should not have happened.']]).map(cap))
    .concat(combos([['I ', 'We ', 'i '], ['emailed', 'called', 'contacted', 'messaged'], [' '], PLACE, [' by mistake, sorry.', ', my mistake.', ' first, sorry about that.']]).map(cap));
  return k;
}

function negatives(): Record<string, string[]> {
  const k: Record<string, string[]> = {};
  // refusals of a service that look like the reassurance (the same subjects, a secret as object)
  k['refuse-secret'] = combos([['', 'Sorry, ', 'unfortunately '], ['we ', 'I ', 'our team '], [...CANT.map((c) => c + ' '), "won't ", 'will not '], ['reset your password for you', 'change your PIN over the phone', 'update your card details for you', 'unlock your account for you', 'remove the security question', 'resend your one-time code'], ['.', ' over chat.', ', you will have to do it yourself.']]).map(cap);
  k['refuse-offer'] = combos([['', 'Sorry, ', 'unfortunately '], ['we ', 'We ', 'I ', 'our team '], ["don't ", 'dont ', 'don’t ', 'do not ', 'never '], ['offer refunds', 'give refunds', 'accept returns', 'do exchanges', 'offer compensation', 'refund delivery fees', 'price match'], ['.', ' on sale items.', ', sorry.']]).map(cap);
  k['refuse-store'] = combos([['', 'Sorry, ', 'unfortunately '], ['we ', 'I '], ["don't ", 'dont ', 'do not '], ['keep copies of old invoices', 'store old tickets', 'keep call recordings'], [', so you will need to find it yourself.', ', so there is nothing we can do.']]).map(cap);
  // the same protected object, given as the reason the agent can't help, or the customer's own request to share it
  k['limit-reason'] = combos([['', 'Sorry, '], ["I don't have access to ", 'i dont have access to ', 'We do not have access to ', "I can't see ", 'I cannot view '], ['your card details', 'your bank details', 'your payment details'], [', so I can’t issue the refund.', ", so we can't check the payment.", ", so I'm unable to process it.", ", you'll need to call your bank.", ' from here, you will need to contact billing.']]).map(cap);
  k['share-refusal'] = combos([['', 'Sorry, ', 'unfortunately '], ["we can't ", 'we cant ', "I won't ", 'we will not ', "we don't "], ['share your details', 'share your account details', 'give out your details', 'pass your information', 'disclose your data'], [' with your husband', ' with your son', ' to your landlord', ' with anyone on your behalf'], ['.', ' without their consent.']]).map(cap);
  // the customer sent away, or the customer's own misroute held against them
  k['sent-away'] = combos([['', 'Sorry, ', 'unfortunately '], ["You've come to ", 'You have emailed ', "you're through to ", 'You have reached ', "You've got ", 'This is ', "That's ", 'u have come to '], ['the wrong department', 'the wrong team', 'the wrong desk'], ['.', ', please contact billing.', ' for that.']]).map(cap)
    .concat(combos([['You sent it to ', 'You sent your claim to ', 'you emailed ', 'You forwarded it to '], ['the wrong department', 'the wrong team'], ['.', ', so it was delayed.']]).map(cap));
  return k;
}

export function reassureMatrix(): MatrixItem[] {
  const out: MatrixItem[] = [];
  for (const [kind, xs] of Object.entries(neutrals())) for (const text of new Set(xs)) out.push({ kind, label: 'neutral', text });
  for (const [kind, xs] of Object.entries(negatives())) for (const text of new Set(xs)) out.push({ kind, label: 'negative', text });
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void runEnMatrix(reassureMatrix());
