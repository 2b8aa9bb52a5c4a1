// @vitest-environment node
/**
 * The English generic reader's second pass (lib/rewrite/generic/constructions.en.ts, twelfth session): negative
 * phrasing read by construction, with sentences of our own in several voices, registers and spellings (no
 * apostrophes, lower case, texting), and the neutral look-alikes that must stay silent in the whole engine.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { readConstructionsEn } from '../../../lib/rewrite/generic/constructions.en.ts';
import { readGeneric } from '../../../lib/rewrite/generic/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { draftNotOwnRanges } from '../../../lib/text/signature.ts';

/** The constructions the second pass finds in `s`. */
const kinds = (s: string) => readConstructionsEn(s).map((h) => h.construction);
/** Whether the engine flags anything in `s` (packs and generic advice). */
const flagged = (s: string) => suggestRewrites(s, builtinPacks, { exclude: draftNotOwnRanges(s) }).length > 0;
const expectEach = (sentences: string[], construction: string) => {
  for (const s of sentences) expect([s, kinds(s)]).toEqual([s, expect.arrayContaining([construction])]);
};
const expectSilent = (sentences: string[]) => {
  for (const s of sentences) expect([s, flagged(s)]).toEqual([s, false]);
};

describe('English generic reader, second pass: a rule as the reason', () => {
  it('reads every way of putting a rule in front of the answer', () => {
    expectEach(
      [
        "It's simply not our policy to price-match online retailers.",
        'its not company policy to hold rooms without a deposit',
        'As per regulations, deposits are kept for 90 days.',
        'per policy we dont refund opened software',
        'Under regulations we have to keep the original.',
        'Sorry, the guidelines are very clear on this, no refunds after 30 days.',
        'the rules are pretty strict about that, sorry',
        'Our policy is clear: no exchanges on sale items.',
        "Rules are rules, I'm afraid.",
        'policy is policy unfortunately',
        "The policy won't let me do that.",
        'because of our policy we have to charge the fee',
        "That's against regulations.",
        'Policy says we have to keep the deposit.',
        'We have a no-refund policy on custom orders.',
        "For policy reasons I can't share that.",
      ],
      'policy-shield',
    );
  });
  it('stays silent where the rule gives, protects or is only described', () => {
    expectSilent([
      "We don't charge for returns.",
      "Our policy is simple: if it breaks in the first year, we replace it.",
      "The guidelines are clear and easy to follow, and I've attached them.",
      'Under our price promise you get the difference back.',
      'Nothing will change on your policy.',
      'Not only is the repair free, it also comes with a new warranty.',
      'Your policy covers accidental damage, so you are all set.',
      'The policy allows one free change, which I have applied.',
      'Under the new terms you can cancel at any time.',
      "As per your insurance policy, you're fully covered for the repair.",
      'By law you are entitled to a full refund, which I have issued.',
    ]);
    expect(kinds("Our privacy policy won't let anyone share your data.")).toEqual([]);
    // Silent in this reader (a pack rule of tactful.en.core still flags them: the pack is at its size budget).
    expect(kinds("It's against our rules to charge you twice, so I've reversed the second payment.")).toEqual([]);
    expect(kinds('The policy says you are covered for theft abroad.')).toEqual([]);
  });
});

describe('English generic reader, second pass: the machine as the reason', () => {
  it('reads a machine that blocks, is not set up for, or has no option', () => {
    expectEach(
      [
        'The portal is blocking me from issuing a refund.',
        'Im locked out of editing your claim once its submitted',
        "We're locked out of the booking once it's ticketed.",
        'The booking engine rejects any change within 48 hours.',
        'Our system blocks any refund over £500.',
        'The portal automatically blocks uploads over 10MB.',
        'The tool prevents me from splitting the order.',
        'The system stops us from adding a second name.',
        "The system isn't set up to take split payments.",
        'our tool isnt built for that',
        'The portal is not designed to handle group bookings.',
        "The system doesn't have an option for that.",
        "There's no option in the system to change the name.",
        'there is no button on my screen for that',
        "I don't have the option on my end to reverse it.",
        "That's a system restriction.",
        "The system won't generate a second invoice.",
        'My screen only lets me refund the delivery fee.',
        "Our booking system doesn't go that far ahead.",
      ],
      'system-blocks',
    );
  });
  it('stays silent where the machine protects or helps', () => {
    expectSilent([
      'The system automatically blocks suspicious logins to keep your account safe.',
      'Our system prevents you from being charged twice.',
      'The app stops you from accidentally deleting your photos.',
      'The portal lets you change the date yourself.',
      'The app is set up to send you a reminder the day before.',
      'The new portal is designed to make this quicker.',
      "There's an option in the app to change the name.",
      'Our tool rejects fraudulent payments automatically, so your card is protected.',
      'The system blocks spam emails before they reach you.',
      "We've lifted the system restriction, so you can book now.",
    ]);
    expect(kinds("I don't understand why my application was rejected.")).toEqual([]);
  });
});

describe('English generic reader, second pass: time refusals', () => {
  it('reads the earliest, nothing until, only after, another N weeks, wait until, not expected until', () => {
    expectEach(
      [
        'The earliest is the 20th.',
        'the earliest slot is next Wednesday',
        'The earliest available appointment is on the 3rd.',
        'Friday at the earliest.',
        'nothing will happen till monday',
        'Nothing can be done until the investigation is finished.',
        'We only release funds after the 30-day hold.',
        'Refunds are only issued once the item is back with us.',
        'We can only reopen it after the audit.',
        "there's nothing available for another 6 weeks",
        'there are no slots for another fortnight',
        "u'll need to hang on till the patch drops friday",
        "You'll have to wait till the manager is back.",
        "The part isn't expected until April.",
        "It's not scheduled until the spring.",
        "It'll be another three weeks before it ships.",
      ],
      'time-refusal',
    );
  });
  it('stays silent on durations, reassurance, soon dates and counts', () => {
    expectSilent([
      'The refund takes 3-5 working days.',
      "We'll hold the room until Friday.",
      'Please wait until the light turns green, then press the button.',
      'You can cancel free of charge until the day before.',
      "You'll only be charged once.",
      "The earliest flight arrives at 9am, and I've booked you on it.",
      'Nothing will change until you tell us.',
      "It won't take longer than ten minutes.",
      'Nothing will be charged until you approve the quote.',
      "We'll get back to you at the earliest opportunity.",
    ]);
    expect(kinds("The earliest slot is tomorrow morning, shall I book it?")).toEqual([]);
    expect(kinds('Not pleased that I have to wait until Monday.')).toEqual([]);
    expect(kinds("You won't need to wait until Monday, it's already done.")).toEqual([]);
  });
});

describe('English generic reader, second pass: refusals in any person, candour, not my area', () => {
  it('reads third persons, the conditional, texting and impersonal "no … can be"', () => {
    expect(kinds("They won't accept the claim.")).toContain('negated-ability');
    expect(kinds("The manager wouldn't approve it.")).toContain('negated-ability');
    expect(kinds("The warehouse won't take it back.")).toContain('negated-ability');
    expect(kinds("I'm not going to be able to refund this.")).toContain('negated-ability');
    // (dialect32) Texting "r" after a subject is "are" in the language layer now: the reader before this one reads it.
    expect(suggestRewrites('we r unable to help with that', builtinPacks, { cache: false }).map((x) => x.ruleId)).toContain('negated-ability');
    expect(kinds('No refunds can be given on gift cards.')).toContain('passive-refusal');
    expect(kinds('not my area sorry, try the loans team')).toContain('handled-elsewhere');
    expectSilent(["They won't charge you for the swap.", "I'm not gonna be able to sit through that film.", 'No changes are needed on your side.']);
  });
  it('reads candour openers and leaves "honest" as a plain adjective alone', () => {
    expectEach(
      [
        "I'll be straight with you: the tour is full.",
        "I'll be honest, the delay is on our side.",
        'Let me be frank, your claim is weak.',
        'truth be told we lost the parcel',
        'Not gonna lie, the wait is long.',
        'ngl the queue is huge',
        'Hand on heart, it will be fine.',
        'Between you and me, the new model is better.',
        "i wont lie to you, it's a mess",
        'Being honest, the app is buggy.',
      ],
      'candour-opener',
    );
    expectSilent(["I'll be honest in my review.", 'Thank you for being honest with us.', 'Please be honest about the symptoms.', 'We value honest feedback.']);
  });
  it('goes through the generic entry point and gives way to the first reader', () => {
    expect(readGeneric('en', 'The booking engine rejects any change within 48 hours.').map((h) => h.construction)).toEqual(['system-blocks']);
    // Conditions and questions are not statements.
    expect(kinds("If the system isn't set up to take it, call us.")).toEqual([]);
    expect(kinds('Is the portal blocking you from uploading?')).toEqual([]);
  });
});

describe('English generic reader, second pass: hedged effort, orders of everyone, talking down, internal codes', () => {
  it('reads them', () => {
    expect(kinds('I might be able to get the meter swap moved forward.')).toEqual(['hedged-effort']);
    expect(kinds('we may be able to squeeze you in')).toEqual(['hedged-effort']);
    expect(kinds('Customers are required to return the set-top box within 30 days.')).toEqual(['customer-obligation']);
    expect(kinds('Passengers will be expected to show ID at the gate.')).toEqual(['customer-obligation']);
    expect(kinds('All tenants must give two months notice.')).toEqual(['customer-obligation']);
    expect(kinds('As you can clearly see on the bill, VAT is already included.')).toEqual(['talking-down']);
    expect(kinds('Sending it to a PO box is something the registry has never done.')).toEqual(['negated-ability']);
    expect(kinds('We have never offered refunds on digital items.')).toEqual(['negated-ability']);
    expect(kinds('Your claim is on SIU hold for now.')).toEqual(['internal-jargon']);
    expect(kinds('The shipment is sitting at the hub with status EXC-04.')).toEqual(['internal-jargon']);
    expect(kinds('Your application is at stage 4b (AQ) in the admissions workflow.')).toEqual(['internal-jargon']);
    expect(kinds("It's waiting in the QC queue.")).toEqual(['internal-jargon']);
  });
  it('leaves the look-alikes alone', () => {
    expectSilent([
      'You might be able to find it in your spam folder.',
      'Customers are welcome to bring their own bags.',
      'Customers are entitled to a full refund.',
      "As you can imagine, we're busy, but your order is on its way.",
      'As you can see in the attached invoice, the credit has been applied.',
      "We've never charged for that.",
      'Our HR team will call you.',
      'The IT team fixed it.',
      'Step 2: click Save.',
      'Your order status is Delivered.',
      'The PIN is on the letter.',
      'Please call the NHS helpline.',
      'Your booking reference is ABC123.',
    ]);
    // Calm writers promise their effort this way: not flagged by this reader.
    expect(kinds("I'll do my best to get through these hard times.")).toEqual([]);
    expect(kinds("We've never done this before, so bear with us.")).toEqual([]);
  });
});

describe('English generic reader, second pass: a second writer\'s wordings of the same families', () => {
  it('reads them', () => {
    expect(kinds('The checkout system automatically rejects orders over 20kg.')).toEqual(['system-blocks']);
    expect(kinds('The dashboard locks the account for editing after 5pm.')).toEqual(['system-blocks']);
    // What the machine did once is news, not a standing refusal.
    expect(kinds('I topped up your card but the app rejected it.')).toEqual([]);
    expect(kinds('A human agent will be available to assist you at the earliest.')).toEqual([]);
    expect(kinds('The soonest we can do is next Thursday.')).toEqual(['time-refusal']);
    expect(kinds('the next available slot is in three weeks')).toEqual(['time-refusal']);
    expect(kinds('Refunds are processed only after inspection.')).toEqual(['time-refusal']);
    expect(kinds("There's no availability for at least a month.")).toEqual(['time-refusal']);
    expect(kinds("Your order isn't due to ship until the 22nd.")).toEqual(['time-refusal']);
    expect(kinds("It's going to be at least two weeks before we hear back.")).toEqual(['time-refusal']);
    expect(kinds('A refund is not on the cards.')).toEqual(['refusal-idiom']);
  });
  it('leaves their look-alikes alone', () => {
    expectSilent([
      "The soonest slot is today at 4pm, I've booked it for you.",
      'The next available slot is tomorrow morning.',
      "There's no charge for another six weeks.",
      "We'll only need your name once.",
      'The terms are clear and we are happy to explain them.',
      'Due to the new rules, you can now return items for 60 days.',
      'Our system automatically refunds duplicate payments.',
      'The guidelines are very clear and helpful.',
      "Your payment isn't due until the 30th.",
    ]);
  });
});

describe('English generic reader, second pass: the formal register and typos', () => {
  it('reads them', () => {
    expect(kinds('Pursuant to policy, the deposit is retained.')).toEqual(['policy-shield']);
    expect(kinds('the sytem wont let me')).toEqual(['system-blocks']);
    expect(kinds('No further action will be taken until we hear from the bank.')).toEqual(['time-refusal']);
    expect(kinds('Your replacement will only be dispatched once we receive the faulty unit.')).toEqual(['time-refusal']);
    expect(kinds('The underwriters would not authorise cover.')).toEqual(['negated-ability']);
    expect(kinds('No extensions will be granted.')).toEqual(['passive-refusal']);
    expect(kinds('I will be candid with you: the application is weak.')).toEqual(['candour-opener']);
  });
  it('leaves their look-alikes alone', () => {
    expectSilent([
      'In accordance with your wishes, we have closed the account.',
      "The regulations permit one free resit, which I've booked.",
      "Our guidelines are explicit about your right to a refund, which I've processed.",
      'The earliest appointment we can offer is today at 3pm.',
      'No action is needed from you.',
      'No one will call you until the engineer is on the way.',
      'No extensions are needed; you have until June.',
      'We will be candid in our report.',
    ]);
  });
});

describe('English generic reader, second pass: the agent as a go-between, legal openers', () => {
  it('reads them and leaves the offers of help alone', () => {
    expect(kinds("Thats a question for the restaurant, we're just the delivery platform.")).toContain('handled-elsewhere');
    expect(kinds("I'm just the chat team, so I can't see the lease.")).toContain('handled-elsewhere');
    expect(kinds('We are merely the booking agent.')).toEqual(['handled-elsewhere']);
    expect(kinds("we're only the marketplace, the seller handles returns")).toEqual(['handled-elsewhere']);
    expect(kinds('For the avoidance of doubt, the tenancy ends on 31 March.')).toEqual(['talking-down']);
    expectSilent([
      "We're just the team to help with that!",
      "I'm just the person you need.",
      "We're only a phone call away.",
      "I'm just the agent who can sort this for you.",
      "For the avoidance of any delay, I've sent it by courier.",
    ]);
  });
});

describe('English generic reader, second pass: where a flag starts', () => {
  it('never inside a contracted word', () => {
    const words = (s: string) => readConstructionsEn(s).map((h) => s.slice(h.start, h.end));
    expect(words('its not policy to refund postage')).toEqual(['its not policy']);
    expect(words("That's against regulations.")).toEqual(["That's against regulations"]);
    expect(words("It's not scheduled until the spring.")).toEqual(["It's not scheduled until"]);
  });
});

describe('English generic reader, second pass: impersonal refusals said another way', () => {
  it('reads them', () => {
    expect(kinds('That option is no longer available.')).toEqual(['not-available']);
    expect(kinds('The order can no longer be changed.')).toEqual(['passive-refusal']);
    expect(kinds('Your account doesn\'t qualify for an upgrade.')).toEqual(['not-available']);
    expect(kinds("You'd not be eligible for a refund.")).toEqual(['not-available']);
    expect(kinds('that cant happen sorry')).toEqual(['refusal-idiom']);
    expect(kinds('that wont be happening')).toEqual(['refusal-idiom']);
    expect(kinds("That's not how we do things.")).toEqual(['refusal-idiom']);
  });
  it('leaves reassurance, hypotheticals and disbelief alone', () => {
    expectSilent([
      "That won't happen again.",
      "That can't happen to you, the card is blocked.",
      'The old fee is no longer charged.',
      'The issue is no longer a problem.',
      "Small orders don't qualify for the delivery fee.",
    ]);
    expect(kinds('Your order can no longer be charged twice.')).toEqual([]);
    expect(kinds("this cant be happening")).toEqual([]);
    expect(kinds("If the form were signed, this wouldn't happen.")).toEqual([]);
  });
});

describe('English generic reader, second pass: chat register', () => {
  it('reads clipped chat wordings of the same families', () => {
    expect(kinds('sorry hun its policy')).toEqual(['policy-shield']);
    expect(kinds('our hands r tied on this one, rules')).toEqual(['policy-shield']);
    expect(kinds('my system wont budge on that')).toEqual(['system-blocks']);
    expect(kinds("system's not letting me")).toEqual(['system-blocks']);
    expect(kinds('earliest i can do is thursday')).toEqual(['time-refusal']);
    expect(kinds('thurs at the earliest')).toEqual(['time-refusal']);
    expect(kinds("we're not gonna get to it till next week")).toEqual(['time-refusal']);
  });
  it('leaves chat good news alone', () => {
    expectSilent(["policy updated, you're all set", "the system's back up, try now", 'i can do thursday or friday, which suits?', "it'll be with you friday", 'its policy number is on the letter']);
  });
});

describe('English generic reader, second pass: a formal register', () => {
  it('reads a rule cited at the tail, "under our team", recaps that reproach, formulas', () => {
    expect(kinds('Late check-outs are charged at half the nightly rate in line with hotel policy.')).toEqual(['policy-shield']);
    expect(kinds('Resits are only offered in August; this is university policy.')).toEqual(['policy-shield']);
    expect(kinds('It applies to every student without exception, and only in August.')).toEqual(['policy-shield']);
    expect(kinds('Sir, this issue does not come under our team, kindly raise a ticket with the technical team.')).toContain('handled-elsewhere');
    expect(kinds('Card disputes are not handled by this unit.')).toEqual(['handled-elsewhere']);
    expect(kinds('As already informed in the previous mail, the refund has been initiated.')).toEqual(['talking-down']);
    expect(kinds('As earlier stated, the original receipt is needed.')).toEqual(['talking-down']);
    expect(kinds('Just to reiterate what I mentioned yesterday, the upgrade starts next cycle.')).toEqual(['talking-down']);
    expect(kinds('We will try our level best to resolve the issue.')).toEqual(['hedged-effort']);
    expect(kinds("I'll do my best anyway")).toEqual(['hedged-effort']);
    expect(kinds('Regret the inconvenience caused, your issue has been taken up.')).toEqual(['non-apology']);
    expect(kinds('The transfer failed at NIP level.')).toEqual(['internal-jargon']);
  });
  it('leaves friendly recaps, rules that give and the assistants\' formulas alone', () => {
    expectSilent([
      "As already agreed, I've refunded the full amount.",
      "That's our policy, and it means you get a full refund.",
      'As per company policy, we offer a free repair for two years.',
      'Everyone gets the upgrade without exception.',
      'No exceptions are needed for your case.',
      'As discussed, I have booked the engineer for Friday.',
      'As promised, here is your refund.',
      'This is our privacy policy, attached for reference.',
      "Your refund was processed in line with our returns policy, and it's on its way.",
    ]);
    // How a calm assistant promises and apologises (the Bitext responses): left to the packs.
    expect(kinds("Rest assured, we'll do our best to resolve the issues you're facing.")).toEqual([]);
    expect(kinds('I apologize for any inconvenience this may have caused.')).toEqual([]);
    expect(kinds("I'll do my best to get through these hard times.")).toEqual([]);
  });
});
