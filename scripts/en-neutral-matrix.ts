/**
 * English neutral variant matrix (issue 12, false flags on fresh writers' neutrals; the sixteenth session's rwneu8
 * round). Every kind of risky neutral an agent writes is given as **parts** (subject, auxiliary with and without its
 * apostrophe, typos, lowercase chat, tense, object, what follows) and every combination is generated as a plain
 * sentence; a **negative matrix** of close contrasts that must stay flagged is built the same way. Written from the
 * kinds named in the task, not from any split's items.
 *
 *   npx tsx scripts/en-neutral-matrix.ts               per kind: neutral flagged / total, negative caught / total
 *   npx tsx scripts/en-neutral-matrix.ts --list=<kind> also list that kind's false flags (rule id) and negatives missed
 *   npx tsx scripts/en-neutral-matrix.ts --list=all    every kind's
 *   npx tsx scripts/en-neutral-matrix.ts --context='Hi Sam,\n\n'   every sentence after that text
 *
 * Decisions (documented, as the task asks):
 * - a question with "not" about a thing that failed, followed by help ("Can you not see it? Let me help", "Did the email
 *   not arrive? I'll resend it") is neutral; the contracted "Can't you see the button?", "Didn't you read the email?",
 *   "Haven't you checked …?" asks with an edge and stays negative, help after it or not;
 * - "You didn't pay for the return" (a past negation of a cost without a quantifier) can be blame as well as news: it is
 *   in neither matrix; "you don't pay for the return" (a general statement) and "you didn't pay a penny" are neutral;
 * - "we won't cancel your order / close your account" refuses as often as it reassures: in neither matrix;
 * - "Not a problem." and a bare "No problem!" are en-core's deliberate `no-problem-*` rules: listed, left flagged;
 * - "Don't forget to bring your ticket" is en-core's `dont-forget` hint on purpose (a chore): in the negative matrix; a
 *   benefit not to forget ("… to claim your free gift") is neutral;
 * - "That's not a problem at all" is en-core's `thats-no-problem` hint on purpose: listed under answer-no, left flagged;
 * - rwen9 (the recall holes, read by lib/rewrite/generic/kinds16.en.ts): the negative kinds loss-refusal, way-refusal,
 *   blame-question, tone-policing, telling-off, exasperation and threat, each with a neutral `*-contrast` kind on the line
 *   it draws ("you won't get a refund" vs "you won't get charged / receive any more emails"; "Didn't you read the email?"
 *   vs "Didn't the email arrive?"; "Don't let it happen again" vs "We'll make sure it doesn't happen again"; a threat vs
 *   "If you don't receive it by Monday, let me know"). Left out of the contrasts because en-core already flags them (not
 *   this round's to fix): "We won't change anything without asking you", "We don't bill you separately for the
 *   installation", "Please do not call us again", "I can't understand why you were charged twice";
 * - a footer or notice in the signature block ("Please do not reply to this address") is not the reply's words: neutral.
 */
import { pathToFileURL } from 'node:url';

export interface MatrixItem {
  kind: string;
  label: 'neutral' | 'negative';
  text: string;
}

/** Every combination of the parts, joined as they stand. */
export function combos(parts: readonly (readonly string[])[]): string[] {
  let out = [''];
  for (const p of parts) out = out.flatMap((a) => p.map((b) => a + b));
  return out;
}
/** The text with a capital first letter. */
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const NEG_FUT = ["won't", 'wont', 'will not', 'won’t', 'will never', 'shouldn’t', "shouldn't"];
const NEG_PRES = ["don't", 'dont', 'do not', 'don’t'];
const YOU = ['you ', 'You ', 'u '];

/** The neutral kinds: name -> sentences. */
function neutrals(): Record<string, string[]> {
  const k: Record<string, string[]> = {};
  const lead = ['', "Don't worry, ", 'Good news: ', 'just so you know, '];
  const tail = ['.', ' when you switch plans.', ' if you cancel today.', ', it is all included.'];
  // reassuring negation: you won't be charged / lose / need / have to …
  k['reassure-future'] = combos([
    lead,
    YOU,
    NEG_FUT.map((a) => a + ' '),
    ['be charged', 'be charged anything', 'be billed twice', 'lose any data', 'lose your points', 'lose your progress', 'lose access to your account', 'need to do anything', 'have to pay anything', 'have to pay a cancellation fee', 'pay anything extra', 'miss out on the discount', 'be penalised', 'need to re-enter your details', 'have to wait again'],
    tail,
  ]).map((s) => cap(s));
  k['reassure-present'] = combos([
    lead,
    YOU,
    NEG_PRES.map((a) => a + ' '),
    ['need to do anything', 'have to pay anything', 'lose any data', 'lose your points', 'need to resend it', 'have to call us', 'pay for the return', 'need a new card'],
    tail,
  ]).map((s) => cap(s));
  // nothing changes / no action needed / no fee / it won't affect …
  k['nothing-changes'] = [
    ...combos([['Nothing ', 'nothing ', 'Nothing else '], ['will change', 'changes', 'is changing', "'s changing", 'needs to change', 'will be different', 'is needed from you'], ['', ' on your end', ' for you', ' with your plan'], ['.', '!']]),
    ...combos([['No action ', 'No further action ', 'no action ', 'No action at all '], ['is needed', 'needed', 'is required', 'required', 'is necessary', 'needs to be taken'], ['', ' on your part', ' from you', ' right now'], ['.']]),
    ...combos([["There's no ", 'There is no ', 'theres no ', "There won't be any ", 'There will be no ', "There's no extra "], ['fee', 'charge', 'cost', 'penalty'], ['', ' for this', ' for the swap', ' to change the date'], ['.']]),
  ].map(cap);
  k['wont-affect'] = combos([
    ['', 'Just so you know, ', "Don't worry, "],
    ['it ', 'this ', 'the change ', 'the update ', 'the refund '],
    ["won't ", 'wont ', 'will not ', "doesn't ", 'does not ', 'shouldn’t ', 'will never '],
    ['affect ', 'change ', 'impact '],
    ['your account', 'your bill', 'your credit score', 'your warranty', 'anything on your side', 'the delivery date', 'your booking'],
    ['.'],
  ]).map(cap);
  k['no-need-to'] = [
    ...combos([['No need to ', 'no need to ', "There's no need to ", 'theres no need to ', "You don't need to ", 'you dont need to ', 'There is no need for you to '], ['resend the form', 'call us', 'do anything else', 'reply', 'print the label', 'send it back', 'upload it again', 'apologise'], ['.', ", we've got it.", ", it's all sorted.", " — we'll handle it."]]),
    ...combos([['No rush', 'There is no rush', "There's no rush", 'no hurry', 'No rush at all', 'No need to rush'], [', take your time.', ' on this.', ', whenever suits you.', ' — reply when you can.']]),
    ...combos([["Don't worry about ", 'dont worry about ', 'Do not worry about ', "Please don't worry about ", 'No need to worry about '], ['the missing receipt', 'the fee', 'the old card', 'it', 'returning the box', 'the delay'], ['.', ", we've sorted it.", ", it's on us.", " — we'll take care of it."]]),
  ].map(cap);
  k['enthusiasm'] = [
    ...combos([["I can't wait ", 'I cant wait ', 'I can not wait ', "We can't wait ", 'cant wait ', 'We cannot wait '], ['to see you', 'to hear what you think', 'for you to try it', 'to welcome you aboard', 'to show you the new room'], ['!', '.']]),
    ...combos([["I couldn't be happier ", 'We couldn’t be happier ', 'couldnt be happier ', 'We could not be happier ', 'I could not be more pleased '], ['for you', 'with the result', 'to have you with us', 'that it worked'], ['!', '.']]),
    ...combos([["I can't recommend ", 'I cant recommend ', 'We cannot recommend ', "I can't thank ", 'We can’t thank '], ['them ', 'the team ', 'you ', 'this course '], ['enough', 'highly enough', 'enough, honestly'], ['!', '.']]),
  ].map(cap);
  k['not-only'] = [
    ...combos([['Not only ', 'not only '], ['is it free', 'will you get a refund', 'does it include delivery', 'did we fix it', 'is the new plan cheaper'], [', but ', ', ', ' but '], ['it also comes with a warranty', "you'll get a voucher too", "it's faster as well", 'we also upgraded your seat'], ['.', '!']]),
    ...combos([["It's not only ", 'It is not just ', "This isn't only ", 'its not just '], ['faster', 'a fix', 'cheaper'], [' but also ', ', it is also ', ' — it is also '], ['easier to use', 'an upgrade', 'greener'], ['.']]),
  ].map(cap);
  k['duration'] = combos([
    ['It can take ', 'It may take ', 'It should take ', 'It takes ', 'Refunds take ', "It'll take ", 'it usually takes '],
    ['up to ', 'within ', '', 'no more than '],
    ['3 working days', '5-7 business days', '48 hours', 'a few minutes'],
    [' to arrive.', ' to show in your account.', '.', ' for the refund to clear.'],
  ]).map(cap);
  k['within'] = combos([
    ["You'll receive it within ", 'The refund will land within ', "We'll reply within ", 'you should see it within ', 'It will be with you within '],
    ['3 working days', '5-7 business days', '48 hours', 'the hour'],
    ['.', ', often sooner.', ' of your return reaching us.'],
  ]).map(cap);
  k['condition'] = combos([
    ["If it doesn't arrive by Friday", "If it hasn't arrived by Friday", 'if it doesnt turn up by Friday', "If you don't receive it by Monday", "If you haven't heard from us by Monday", "If the code doesn't work", 'If the refund is not in your account by then', "if you don't see the email"],
    [', let me know.', ', just reply to this email.', ' please let us know and we will send another.', ", we'll send a replacement.", ', give us a call.', ', check your spam folder.'],
  ]).map(cap);
  k['first-person-blame'] = [
    ...combos([['We should have told you', 'I should have told you', "We should've told you", 'we shouldve told you', 'I should have explained', 'We ought to have mentioned it', 'I should have checked'], [' sooner', ' about the change', ' that earlier', ''], [", I'm sorry.", ', sorry about that.', ". That's on us.", '.']]),
    ...combos([["I didn't explain it well", 'I didnt explain it well', 'I did not explain that clearly', "We didn't make it clear", 'we didnt make that clear', "My earlier email wasn't clear", "Our instructions weren't clear", "I wasn't clear"], [', sorry.', ' — let me try again.', ", so here's a clearer version.", '.']]),
  ].map(cap);
  k['good-news-negative'] = [
    ...combos([['The fault ', 'The error ', 'the warning ', 'The issue ', 'That message '], ['is no longer showing', 'no longer shows', "isn't showing anymore", 'isnt appearing any more', 'has not come back', "hasn't returned", "won't appear again"], ['.', ' on our side.', ", so you're all set.", ' since the update.']]),
    ...combos([['You no longer need to ', 'you no longer have to ', "You won't have to ", "You don't need to "], ['enter the code', 'reset your password', 'call in', 'send the form'], ['.', ", it's automatic now.", " — we've removed that step.", ' anymore.']]),
  ].map(cap);
  k['question-help'] = combos([
    ['Can you not see it?', 'can u not log in?', 'Have you not received it yet?', "Haven't you received the code yet?", "Hasn't it arrived?", 'Are you not able to see the button?', 'Did the email not arrive?', 'Is the code not working?', 'Has the parcel not arrived yet?', 'Did the link not come through?', 'is the page not loading?', 'Are you unable to log in?'],
    [' Let me help.', " I'll resend it.", " Don't worry, I'll walk you through it.", ' Let me check for you.'],
  ]);

  // the same reassurance with the harmed thing as subject, other tenses, past and progressive
  k['reassure-thing'] = combos([
    ['', 'Good news, ', 'rest assured '],
    ['your data ', 'your points ', 'your order ', 'the fee ', 'your card ', 'your booking ', 'your balance ', 'your photos '],
    ["won't ", 'wont ', 'will not ', "hasn't ", "wasn't ", "didn't ", "isn't ", 'has not ', 'was not '],
    ['be lost', 'expire', 'been lost', 'been charged', 'be cancelled', 'been cancelled', 'apply', 'be affected', 'been affected', 'get deleted', 'lost'],
    ['.', ' during the move.', ', everything is safe.'],
  ]).map(cap);
  const pastLead = ['', 'Good news: ', "Don't worry, ", 'Luckily '];
  const pastTail = ['.', ', the payment was blocked.', ' — everything is still there.'];
  k['reassure-past'] = [
    ...combos([pastLead, YOU, ["didn't ", 'didnt ', 'did not ', 'didn’t '], ['lose any data', 'lose anything', 'get charged twice', 'lose your place', 'miss anything', 'pay a penny', 'need to do anything', 'pay anything extra'], pastTail]),
    ...combos([pastLead, YOU, ["haven't ", 'havent ', 'have not ', 'haven’t '], ['lost any data', 'lost anything', 'been charged', 'lost your points', 'missed anything', 'paid anything extra', 'been billed twice'], pastTail]),
    ...combos([pastLead, YOU, ["weren't ", 'were not ', "aren't ", 'are not ', 'arent '], ['charged', 'charged twice', 'billed for it', 'being charged', 'losing anything', 'penalised'], pastTail]),
  ].map(cap);
  k['costs-nothing'] = combos([
    ['', 'Good news, ', 'just so you know '],
    ['it ', 'this ', 'the swap ', 'the repair ', 'changing the date '],
    ["won't cost you ", 'wont cost u ', "doesn't cost ", 'will not cost you ', "shouldn't cost you "],
    ['anything', 'a penny', 'a thing', 'extra', 'any more'],
    ['.', ', it is covered.'],
  ]).map(cap);
  k['no-worry'] = combos([
    ["You needn't ", 'you neednt ', 'No worries, you don’t need to ', "Please don't ", 'dont ', 'Do not ', "You don't have to "],
    ['worry', 'stress about it', 'panic', 'feel bad', 'rush', 'apologise', 'be sorry'],
    ['.', ', it happens.', ", we've got it covered.", ' at all.'],
  ]).map(cap);
  k['we-own'] = combos([
    ["We didn't ", 'I didnt ', 'We failed to ', 'I forgot to ', "We haven't ", 'I did not '],
    ['send the confirmation', 'update your address', 'process it in time', 'let you know', 'tell you about the delay'],
    [', sorry.', ", that's our mistake.", ' — I apologise.', '.'],
  ]).map(cap);
  k['wont-happen-again'] = combos([
    ['It ', 'This ', 'That ', 'this '],
    ["won't happen again", 'will not happen again', "shouldn't happen again", 'wont happen again', "won't be a problem anymore", 'is no longer a problem'],
    ['.', ', we fixed the bug.', ' — we have changed the process.'],
  ]).map(cap);
  k['condition-offer'] = combos([
    ["If you can't make it", 'if you cant make it', "If you don't want the upgrade", "If you'd rather not", "If that doesn't suit", "If you're not happy with it", 'If you no longer need it'],
    [', just let us know.', ', simply ignore this email.', ", we'll rebook you.", ', you can return it for free.'],
  ]).map(cap);

  // the same reassurances said of what we (won't) do
  k['we-wont-harm'] = combos([
    ['', 'Rest assured, ', "Don't worry, ", 'just so you know '],
    ['we ', 'We ', 'I ', 'our team '],
    ["won't ", 'wont ', 'will not ', 'will never ', "don't ", 'do not ', "didn't ", 'never '],
    ['charge you', 'charge you for the swap', 'charge you twice', 'take any payment', 'share your details', 'bill you for this', 'pass your number on', 'charge for returns', 'need anything else from you', 'ask for your password', 'keep your card details'],
    ['.', ', I promise.', ' without asking you first.'],
  ]).map(cap);
  k['nothing-to'] = combos([
    ["There's nothing ", 'There is nothing ', 'theres nothing ', 'Nothing ', "There's absolutely nothing "],
    ['to pay', 'you need to do', 'to worry about', 'for you to do', 'else you need to send', 'wrong with your account', 'to sign'],
    ['.', ', we have it all.', ' on your side.'],
  ]).map(cap);
  k['not-your-fault'] = combos([
    ['', 'Honestly, ', 'Please know that '],
    ["it wasn't your fault", "this isn't your fault", 'it is not your fault', "you didn't do anything wrong", 'you did nothing wrong', "you're not to blame", "you're not in trouble", 'u didnt do anything wrong', 'none of this is on you', "this isn't on you", 'nothing here was your doing', 'you have nothing to apologise for'],
    ['.', ', the system glitched.', ' — it was a bug on our side.'],
  ]).map(cap);
  k['safe-state'] = combos([
    ['Your account ', 'Your card ', 'your data ', 'The account ', 'Your order '],
    ["isn't locked", "wasn't compromised", 'was not accessed', 'is not at risk', "hasn't been touched", "wasn't affected", "isn't cancelled", 'is not on hold any more'],
    ['.', ', everything is fine.', ' — we checked.'],
  ]).map(cap);
  k['idiom'] = combos([
    ["You can't miss it", "You can't go wrong with the blue one", 'No strings attached', 'No questions asked', "There's no catch", 'No obligation', "It's no trouble at all", 'Not a problem', "It won't take long", "It shouldn't take more than five minutes", "You won't have to wait long", "It won't be long now", 'Never a bother', 'No worries at all', 'No harm done'],
    ['.', '!', ', we are happy to help.'],
  ]);
  k['friendly-reminder'] = combos([
    ["Don't forget to ", 'dont forget to ', 'Do not forget to ', "Please don't forget to "],
    ['claim your free gift', 'use your voucher before it expires', 'collect your loyalty points', 'enjoy your stay'],
    ['!', '.', ' :)'],
  ]).map(cap);

  k['keep-until'] = combos([
    ['You can keep using ', "You'll be able to keep using ", 'feel free to keep using ', 'you can still use ', 'Keep using '],
    ['the old card', 'your current plan', 'the app', 'your voucher'],
    [' until ', ' right up until ', ' till '],
    ['the new one arrives', 'it expires', 'Friday', 'the end of the month'],
    ['.', ', nothing changes before then.'],
  ]).map(cap).concat(combos([
    ['Your old card ', 'The offer ', 'the discount ', 'Free delivery ', 'Your room '],
    ['will keep working until ', 'runs until ', 'is valid until ', 'will be held until ', 'lasts till '],
    ['Sunday', 'the new one arrives', '6pm', 'the end of March'],
    ['.', ', so there is plenty of time.'],
  ]).map(cap));
  k['without-cost'] = combos([
    ['You can cancel ', 'you can swap ', 'You can change the date ', 'You can return it '],
    ['at any time ', 'anytime ', 'free of charge ', ''],
    ['without penalty', 'without any extra cost', 'without losing your data', 'without paying a fee', 'with no fee', 'with no questions asked', 'without needing a receipt'],
    ['.', '!'],
  ]).map(cap);
  k['only-positive'] = combos([
    ['It only takes ', "It'll only take ", 'it should only take ', 'This takes only '],
    ['a minute', 'two minutes', 'a few seconds'],
    ['.', ' and you are done.'],
  ]).map(cap).concat(combos([["You'll only be charged ", 'You only pay ', 'you only pay '], ['once', 'for what you use', 'the lower price'], ['.', ', nothing more.']]).map(cap));
  k['must-try'] = combos([
    ['You must ', 'You have to ', "You've got to ", 'you gotta ', 'You really must '],
    ['try the chocolate cake', 'see the view from the roof terrace', 'check out the spa', 'visit the old town while you are here'],
    ['!', ', it is amazing.', ' — you will love it.', ". It's the best in town."],
  ]).map(cap);
  k['empathy-cant'] = combos([
    ["I can't imagine how ", 'I cant imagine how ', 'I cannot imagine how ', "We can't imagine how "],
    ['frustrating', 'stressful', 'worrying', 'upsetting'],
    [' that was', ' that must have been', ' this must be', ' it has been'],
    ['.', ' for you.', ', I am so sorry.'],
  ]).map(cap).concat(combos([["I don't blame you ", 'I dont blame you ', 'Who could blame you ', "I can't blame you "], ['for being upset', 'for asking', 'at all', 'for wanting a refund'], ['.', '!']]).map(cap));
  k['never-positive'] = combos([
    ["It's never too late to ", 'It is never too late to ', 'its never too late to '],
    ['join', 'upgrade', 'ask us'],
    ['.', '!'],
  ]).map(cap).concat(combos([["You'll never have to ", 'You will never need to ', 'u never have to '], ['queue again', 'print a ticket again', 'remember a password again'], ['.', ' with the new app.']]).map(cap));
  k['just-simply'] = combos([
    ['Just ', 'Simply ', 'just ', 'All you need to do is '],
    ['reply with a photo', 'click the link below', 'pop it in the post', 'show this email at the desk'],
    [" and we'll do the rest.", '.', ', easy as that.'],
  ]).map(cap);

  k['no-disruption'] = combos([
    ['', 'Good news, ', 'During the upgrade ', 'Just so you know, '],
    ["you won't ", 'you shouldnt ', "you shouldn't ", 'u wont ', 'You will not ', "you won't even "],
    ['notice a thing', 'notice any difference', 'see any change', 'experience any downtime', 'lose signal', 'be without internet', 'be disconnected', 'need to restart anything', 'have any interruption to your service'],
    ['.', ', it all happens overnight.', ' :)', ''],
  ]).map(cap).concat(combos([
    ["There won't be ", "There shouldn't be ", 'there wont be ', 'There will not be '],
    ['any downtime', 'any interruption', 'a gap in your cover', 'any disruption to your service', 'a break in service'],
    ['.', ' while we switch you over.'],
  ]).map(cap));
  k['chat-typos'] = combos([
    ['no worries ', 'np, ', 'dont worry ', 'all good, '],
    ['you wont be chrged', 'u dont have to pay nothing', 'ur data is safe, u wont lose it', 'you dont need to do nothing', 'theres no fee', 'nothing to pay', 'you wont need to resend it', 'u wont be billed twice'],
    ['', ' :)', '!', ' x'],
  ]);

  k['sorry-we-couldnt'] = combos([
    ["Sorry we couldn't ", "I'm sorry I couldn't ", 'Apologies that we were not able to ', 'sorry i wasnt able to ', "So sorry we didn't ", "I'm sorry we weren't able to "],
    ['reply sooner', 'call you back yesterday', 'answer over the weekend', 'get to this earlier', 'pick up your call'],
    [' — here is the update.', ', the refund is done now.', '.', ', thanks for waiting.'],
  ]).map(cap);
  k['we-dont-need'] = combos([
    ['No, ', '', 'Good news: ', 'Actually '],
    ["we don't need ", 'we dont need ', "we won't need ", 'we do not need ', "we no longer need ", "we don't require "],
    ['your receipt', 'anything else from you', 'to see your ID', 'the original box', 'a copy of the form', 'you to come in'],
    ['.', ' for that.', ', we have everything.'],
  ]).map(cap);
  k['answer-no'] = combos([
    ['No, ', 'Nope, ', 'No no, ', 'Not at all, '],
    ["you haven't done anything wrong", "that's not a problem at all", "it won't cost anything", "you're fine", 'it was a pleasure', 'your data is safe', 'thank you for asking'],
    ['.', '!', ' :)'],
  ]);

  k['cant-positive'] = combos([
    ["I can't believe how ", 'cant believe how ', 'I cannot believe how ', "We can't get over how "],
    ['quick that was', 'lovely your photos are', 'well it turned out', 'fast the team fixed it'],
    ['!', '.', ' :)'],
  ]).map(cap).concat(combos([["You can't beat ", 'you cant beat ', "You can't go wrong with ", "There's nothing like ", "We couldn't have asked for "], ['the express option', 'a fresh start', 'a better outcome'], ['!', '.']]).map(cap));
  k['negated-worry-adj'] = combos([
    ['', 'Good news: ', 'just so you know '],
    ["it's not serious", "it isn't anything serious", 'nothing is broken', "the scratch isn't deep", "it's not a big job", "it won't take long to fix", 'the damage is not permanent', "it's nothing to worry about"],
    ['.', ', we can fix it today.', ' — a quick swap and you are done.'],
  ]).map(cap);
  k['not-bad-news'] = combos([
    ["I'm not surprised ", 'Not surprised ', 'no wonder '],
    ['you loved it', 'it sold out, it is a great book', 'you picked that one, it is our best seller'],
    ['!', '.'],
  ]).map(cap);

  k['time-positive'] = combos([
    ["You'll have it ", 'It will arrive ', "We'll call you back ", 'your refund will land ', 'The engineer will be there '],
    ['no later than Friday', 'in no time', 'by Friday at the latest', 'not long after 9am', 'any minute now', 'within the hour, if not sooner', 'no more than two days from now'],
    ['.', '!', ', I have checked.'],
  ]).map(cap);
  k['not-long'] = combos([
    ['Not long now', 'not long to go', "It won't be long now", "It shouldn't be much longer", 'Nearly there, not much longer', 'Almost done, it wont be long'],
    ['!', '.', ', the van is on your street.', ' :)'],
  ]);

  k['welcome-done'] = combos([
    ['No problem at all', 'no problem at all', 'Not a problem at all'],
    ['', ', Sam', ' Sam'],
    [', happy to ', ' - happy to ', '! Happy to ', ', glad to ', ", I'm happy to ", ', always happy to '],
    ['help', 'add the extra suitcase', 'change the date for you', 'sort that out', 'send another copy'],
    ['.', '!', ' :)'],
  ]);
  const bodies = [
    'Thanks for your patience, your replacement is on its way.\n\nBest,\nSam\nSupport Team\n',
    'Your order has shipped.\n\n-- \nLee, Acme Support\n',
    'Hi Ana, all done!\n\nKind regards\nLee\n',
  ];
  k['footer'] = combos([
    bodies,
    ['\n', ''],
    ['Please do not reply to this email.', 'Replies to this address are not read.', 'You cannot reply to this email.', 'Do not share this code with anyone.', 'You are receiving this because you have an account with us.', 'If you did not request this, you can ignore this email.', 'Please do not print this email unless necessary.', 'Do not reply to this address.', 'This mailbox is not monitored.', "Please don't reply directly to this message.", 'This is an automated message, please do not reply.', 'Unauthorised use is prohibited.', 'Unauthorized use, disclosure or copying of this email is strictly prohibited.', 'If you are not the intended recipient, please delete this email.', 'Calls may be recorded for training purposes.', 'We cannot accept liability for any viruses in this email.'],
  ]);
  const said = ['you never answer your phone', "this is ridiculous, I can't log in", "Don't bother replying if you can't fix it", "Your app doesn't work and nobody cares", 'I will not pay this fee'];
  const reply = "Thanks for getting back to me, I've reset the password now.";
  k['quoted-inline'] = combos([
    ['You wrote: ', 'You said ', 'you said: ', 'In your message you wrote ', 'Quoting your email: ', 'You mentioned '],
    said.flatMap((c) => [`"${c}"`, `“${c}”`, `'${c}'`]),
    [' — I completely understand, and I have reset the password now.', '. I hear you, the password is reset now.'],
  ]);
  k['quoted-top'] = combos([
    said.flatMap((c) => [`> ${c}\n\n`, `On Mon, Jun 3, 2024 at 10:02 AM Ana Silva <ana@example.com> wrote:\n> ${c}\n\n`, `"${c}"\n\n`]),
    [reply, 'I understand, and I have sorted it now.'],
  ]);
  k['quoted'] = combos([
    [reply + '\n\n'],
    said.flatMap((c) => [
      `> ${c}`,
      `On Mon 3 Jun, Ana wrote:\n> ${c}`,
      `-----Original Message-----\nFrom: Ana\nSent: Monday\nSubject: help\n\n${c}`,
      `Ana <ana@example.com> wrote:\n>> ${c}`,
      `From: Ana\nSent: 3 June\nTo: Support\n\n${c}`,
    ]),
  ]);

  // rwen9: the neutral side of the families kinds16.en.ts reads (each is the contrast of a negative kind below)
  k['loss-contrast'] = combos([
    ['', 'Good news, ', 'just so you know '],
    ["you won't ", 'u wont ', 'You will not ', "you're not going to "],
    ['get charged', 'receive any more emails from us', 'get another reminder', 'receive a bill for this', 'get a penalty', 'receive a second invoice', 'lose your discount', 'need a replacement', 'have to return the old one'],
    ['.', ', it is all sorted.'],
  ]).map(cap).concat(combos([["You'll still get ", 'you will still receive ', 'You still qualify for ', 'You can still use ', "You'll get "], ['a full refund', 'the discount', 'your deposit back', 'a replacement'], ['.', '!']]).map(cap));
  k['question-contrast'] = combos([
    ["Didn't the email arrive?", "Haven't you received it yet?", 'Can you not find the button?', "Didn't you get my last email?", "Don't you love the new colour?", "Wouldn't you like to try it?", "Can't you log in?", "Isn't it working?", 'Did you get a chance to read the email?'],
    ['', " I'll resend it.", ' Let me help.'],
  ]);
  k['conduct-contrast'] = combos([
    ['No need to ', "There's no need to ", 'Feel free to ', 'You don\'t need to '],
    ['call us again', 'email us again', 'reply to this email', 'reach out again if anything changes', 'get in touch again'],
    ['.', ', we have it in hand.'],
  ]).map(cap).concat(combos([["We'll make sure it doesn't happen again", 'I will make sure this does not happen again', "We're making sure it won't happen again", "Don't let it put you off", "Don't let this stop you from ordering again", 'It will not happen again'], ['.', ', I promise.']]));
  k['exasperation-contrast'] = combos([
    ["I can't believe how long you had to wait", 'I cannot believe how long it took us', "I can't believe how quickly you sorted it", "I can't believe how many people came", "We can't wait to welcome you", "I can't wait for you to see it"],
    ['.', ", I'm so sorry.", '!'],
  ]);
  k['way-contrast'] = combos([
    ['', 'Rest assured, ', "Don't worry, "],
    ['we ', 'I ', 'We '],
    ["won't ", 'will not ', 'never ', "don't "],
    ['share your details with anyone else', 'share your details with any third parties', 'charge you twice', 'take any payment over the phone without your say-so', 'pass your number on'],
    ['.', ', I promise.'],
  ]).map(cap);
  k['threat-contrast'] = combos([
    ["If it doesn't arrive by Friday, ", "If you don't receive it by Monday, ", "If you don't want the upgrade, ", "If you don't pay by Monday, don't worry, ", 'If you pay by Monday, ', "If you can't make it, ", 'If you contact us, '],
    ["we'll send a replacement.", 'your booking will be kept.', "we'll cancel it for free.", 'the offer stays open.', 'your account will be unlocked.', "we'll rebook you.", 'let me know.'],
  ]);
  return k;
}

/** The close contrasts that must stay flagged. */
function negatives(): Record<string, string[]> {
  const k: Record<string, string[]> = {};
  k['reassure-future'] = combos([['', 'Sorry, ', 'just so you know, '], YOU, ["won't ", 'wont ', 'will not '], ['get a refund', 'be refunded', 'be able to cancel', 'receive a replacement', 'get your deposit back'], ['.', ' if you cancel today.']]).map(cap);
  k['reassure-present'] = combos([YOU, ['need to ', 'have to ', 'must '], ['send the form', 'call us', 'pay the fee first', 'wait until Monday'], ['.', ' before we can help.']]).map(cap);
  k['no-need-to'] = combos([['No need to ', 'no need to ', "There's no need to "], ['shout', 'be rude', 'get upset', 'take that tone', 'use that language'], ['.', ', we are trying to help.']]).map(cap);
  k['nothing-changes'] = combos([['Nothing ', 'There is nothing ', 'nothing '], ['we can do', 'more we can do', 'can be done'], ['.', ' about the fee.']]).map(cap);
  k['wont-affect'] = combos([['We ', 'we '], ["won't ", 'will not ', "can't "], ['refund ', 'change ', 'cover '], ['the fee', 'your booking', 'the delivery cost'], ['.']]).map(cap);
  k['question-help'] = combos([["Can't you see the button?", "Didn't you read the email?", "Haven't you read the instructions?", "Didn't you check your spam folder?"], ['', ' Let me help.']]);
  k['first-person-blame'] = combos([['You should have told us', 'You should’ve read the terms', "You didn't explain it well", 'you didnt read the email', "You weren't clear"], ['.', ', sorry.']]);
  k['good-news-negative'] = combos([['You no longer qualify for ', 'You can no longer use ', 'you can no longer get '], ['the discount', 'the voucher', 'a refund'], ['.']]).map(cap);
  k['reassure-thing'] = combos([['your refund ', 'your data ', 'the fee '], ["won't be ", 'will not be ', "can't be "], ['returned', 'recovered', 'waived', 'refunded'], ['.']]).map(cap);
  k['reassure-past'] = combos([YOU, ["didn't ", 'did not ', "haven't "], ['pay the fee', 'read the terms', 'send the form', 'follow the instructions'], ['.', ', so we cannot help.']]).map(cap);
  k['costs-nothing'] = combos([['It ', 'this '], ["won't ", 'will not '], ['be free', 'be refunded', 'be covered'], ['.']]).map(cap);
  k['no-worry'] = combos([["Don't ", 'Please do not ', 'dont '], ['call us again', 'email us again about this', 'ask again', 'raise your voice'], ['.']]).map(cap);
  k['we-own'] = combos([["We won't ", 'I will not ', "We can't "], ['send the confirmation', 'update your address', 'process it'], ['.', ' today.']]).map(cap);
  k['wont-happen-again'] = combos([["Don't let it ", 'Make sure it does not ', 'Please make sure this does not '], ['happen again'], ['.']]).map(cap);
  k['condition-offer'] = combos([["If you can't follow the instructions", "If you don't read the email"], [", we can't help you.", ', that is not our problem.']]);
  k['we-wont-harm'] = combos([['We ', 'we ', 'I '], ["won't ", "don't ", 'will not '], ['refund you', 'bill you separately', 'take your payment over the phone', 'share your details with your husband', 'replace it', 'accept returns'], ['.']]).map(cap);
  k['not-your-fault'] = combos([['Honestly, ', 'To be honest, ', 'Frankly, '], ["it's not our fault", 'it is your fault', 'you should have read the terms', 'we cannot do anything'], ['.']]);
  k['idiom'] = combos([["You can't miss ", 'you cant miss '], ['the deadline', 'another payment', 'the appointment again'], ['.']]).map(cap);
  k['friendly-reminder'] = combos([["Don't forget to ", 'Do not forget to '], ['bring your receipt', 'sign the form', 'pay the balance'], ['.']]);
  k['must-try'] = combos([['You must ', 'You have to ', "You've got to "], ['visit the branch in person', 'try again later', 'see a manager first', 'check your spam folder'], ['.', '!']]).map(cap);
  k['empathy-cant'] = combos([["I can't ", 'I cannot '], ['help you with that', 'imagine why you did that', 'change the booking'], ['.']]).map(cap);
  k['we-dont-need'] = combos([['We no longer ', 'we no longer '], ['offer refunds', 'accept cash', 'ship to your area', 'cover that model'], ['.', ', sorry.']]).map(cap);
  k['answer-no'] = combos([['No, ', 'Nope, '], ["you can't have a refund", "we won't replace it", "you didn't send the form"], ['.']]);
  k['cant-positive'] = combos([["I can't believe how ", "We can't get over how "], ['long this took', 'rude that message was', 'many times you have called'], ['.']]).map(cap);
  k['welcome-done'] = combos([['No problem at all', 'No problem'], ['!', '.', ", I've passed your comments on."]]);
  k['condition'] = combos([["If you don't send it by Friday", "If you don't pay by Monday"], [", we'll close the case.", ', your account will be suspended.']]);
  k['enthusiasm'] = combos([["I can't help you", "We can't wait all day", "I can't do anything about it", 'We cannot recommend it'], ['.', ' with that.']]);
  k['not-only'] = combos([['Not only did you miss the deadline', 'Not only was the form wrong'], [', but you also sent it to the wrong address.', ', you also forgot to sign it.']]);

  // rwen9: the recall holes by family, each over its parts (subject, auxiliary with and without apostrophe, chat, tense, object)
  k['loss-refusal'] = combos([
    ['', 'Sorry, ', 'unfortunately ', 'just so you know, '],
    ["you won't ", 'u wont ', 'You will not ', "you're not going to ", "you aren't ", 'you will no longer '],
    ['get ', 'receive ', 'be getting ', 'be given '],
    ['a refund', 'a full refund', 'your deposit back', 'a replacement', 'any compensation', 'the discount', 'a voucher', 'your money back'],
    ['.', ' for this order.'],
  ]).map(cap).concat(combos([
    ['You no longer qualify for ', 'u no longer qualify for ', "You're no longer eligible for ", 'You are no longer entitled to ', 'You can no longer use ', 'you can no longer claim '],
    ['the discount', 'a refund', 'free delivery', 'the voucher'],
    ['.', ', sorry.'],
  ]).map(cap)).concat(combos([['It ', 'this ', 'That '], ["won't be free", 'will not be free', "isn't going to be free", "won't be refundable"], ['.']]).map(cap));
  k['blame-question'] = combos([
    ["Can't you ", 'cant u ', "Didn't you ", 'didnt you ', "Haven't you ", "Couldn't you ", "Why didn't you ", "Don't you "],
    ['see the button', 'read the email', 'check your spam folder', 'follow the instructions', 'read the instructions', 'look at the FAQ'],
    ['?', '? Let me help.'],
  ]).map(cap).concat(combos([['Did you not ', 'did u not '], ['read the email', 'follow the instructions', 'bother to check'], ['?']]).map(cap)).concat(combos([['You ', 'u '], ["weren't clear", 'were not very clear', "weren't specific"], ['.', ', sorry.']]).map(cap));
  k['tone-policing'] = combos([
    ['No need to ', 'no need to ', "There's no need to ", 'theres no need to ', 'There is no need for you to ', "Please don't ", 'dont ', 'Do not '],
    ['take that tone', 'use that language', 'shout', 'raise your voice', 'be rude', 'get so upset', 'be so aggressive', 'swear'],
    ['.', ', we are trying to help.', ' with me.'],
  ]).map(cap).concat(combos([["There's no need for ", 'No need for '], ['that tone', 'that language', 'this attitude'], ['.', ', thank you.']]).map(cap)).concat(combos([["Don't ", 'Please do not ', 'dont ', 'Never '], ['call us again', 'email us again about this', 'ask again', 'contact us again', 'chase us again'], ['.', ', we heard you.']]).map(cap));
  k['telling-off'] = combos([
    ["Don't let it ", 'dont let this ', 'Please do not let that ', 'Make sure it does not ', "Please make sure this doesn't ", "just make sure it doesn't ", 'Ensure that this does not '],
    ['happen again'],
    ['.', ', thanks.', '!'],
  ]).map(cap).concat(combos([["Don't do that again", 'dont do it again', 'Please do not do this again'], ['.', '!']]).map(cap));
  k['exasperation'] = combos([
    ["I can't believe how ", 'i cant believe how ', 'I cannot believe how ', "We can't get over how ", "I couldn't believe how "],
    ['long this took', 'rude that message was', 'many times you have called', 'often this happens', 'late the form was', 'careless that was'],
    ['.', '!'],
  ]).map(cap).concat(combos([["We can't wait ", 'we cant wait ', 'I cannot wait ', "I won't wait "], ['all day', 'forever', 'around', 'on you'], ['.', '!']]).map(cap)).concat(combos([["We don't have all day", 'I dont have all day', "I can't imagine why you did that", "I can't understand why you would do that"], ['.', '!']]));
  k['way-refusal'] = combos([
    ['', 'Sorry, ', 'unfortunately '],
    ['we ', 'I ', 'our team '],
    ["won't ", 'will not ', "don't ", 'do not '],
    ['take your payment over the phone', 'accept payment in cash', 'bill you monthly', 'share your details with your husband', 'discuss the account with your son', 'send the invoice by email', 'bill you separately'],
    ['.', '!'],
  ]).map(cap).concat(combos([["I won't ", 'I will not ', 'i wont '], ['update your address', 'refund the fee', 'replace it', 'reopen the case', 'change the booking'], ['.', ' today.']]).map(cap));
  k['threat'] = combos([
    ["If you don't pay by Monday, ", 'If you do not send it by Friday, ', 'if u dont reply by Friday, ', 'Unless you pay the balance, ', 'If you fail to return the item, ', "If you haven't paid by the 5th, "],
    ['your account will be suspended.', 'your service will be disconnected.', 'the booking will be cancelled.', "we'll close your account.", 'we will pass it to collections.', 'you will be charged the full price.'],
  ]).map(cap).concat(combos([['Pay by Friday', 'Please send it today', 'Return the item within 14 days'], [' or your account will be suspended.', ' or we will cancel the order.', ', or you will be charged.']]));
  return k;
}

export function neutralMatrix(): MatrixItem[] {
  const out: MatrixItem[] = [];
  for (const [kind, xs] of Object.entries(neutrals())) for (const text of xs) out.push({ kind, label: 'neutral', text });
  for (const [kind, xs] of Object.entries(negatives())) for (const text of xs) out.push({ kind, label: 'negative', text });
  return out;
}

/**
 * Runs a labelled matrix through the engine with the built-in packs and prints, per kind, the neutrals flagged and the
 * negatives caught (and with `--list=<kind>|all` the false flags and misses); `prefix` goes before every sentence (a
 * greeting, a first sentence). Shared by the English matrices (en-reassure-matrix.ts).
 */
export async function runEnMatrix(items: readonly MatrixItem[], prefix = ''): Promise<void> {
  const { builtinPacks } = await import('../lib/packs/index.ts');
  const { evaluateItem } = await import('../tests/bench/rewrite-quality.ts');
  const list = process.argv.find((a) => a.startsWith('--list='))?.slice('--list='.length);
  const per = new Map<string, { neu: number; flagged: number; neg: number; caught: number }>();
  const lines: string[] = [];
  for (const it of items) {
    const r = evaluateItem('en', { id: 'm', label: it.label, category: 'other', text: prefix + it.text, spans: [], hard: [], register: [], source: 'matrix' }, builtinPacks);
    const t = per.get(it.kind) ?? { neu: 0, flagged: 0, neg: 0, caught: 0 };
    per.set(it.kind, t);
    if (it.label === 'neutral') {
      t.neu++;
      if (r.flagged) {
        t.flagged++;
        if (list === 'all' || list === it.kind) lines.push(`FALSE ${it.kind}: ${JSON.stringify(it.text)}  <${r.suggestions.map((s) => `${s.ruleId}:${s.original}`).join(' | ')}>`);
      }
    } else {
      t.neg++;
      if (r.flagged) t.caught++;
      else if (list === 'all' || list === it.kind) lines.push(`MISS  ${it.kind}: ${JSON.stringify(it.text)}`);
    }
  }
  let a = 0, b = 0, c = 0, d = 0;
  console.log('kind\tneutral flagged\tnegative caught');
  for (const [kind, t] of per) {
    console.log(`${kind}\t${t.flagged}/${t.neu}\t${t.neg ? `${t.caught}/${t.neg}` : '-'}`);
    a += t.flagged; b += t.neu; c += t.caught; d += t.neg;
  }
  console.log(`TOTAL\t${a}/${b}\t${c}/${d}`);
  if (lines.length) console.log(lines.join('\n'));
}

// --context=<text>: every sentence after that text (a greeting, a first sentence), to find guards that hold only at a message's start.
const context = () => (process.argv.find((a) => a.startsWith('--context='))?.slice('--context='.length) ?? '').replace(/\\n/g, '\n');

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void runEnMatrix(neutralMatrix(), context());
