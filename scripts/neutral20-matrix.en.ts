/**
 * Neutral English drafts that must not be flagged, twentieth session (neutral sentences flagged <= 5% on fresh writers).
 * Hand-written from the kinds named in the task, not from any split's items, in many trades and registers; each kind has
 * close negatives that must stay flagged:
 *
 * - **footer**: a company's legal/disclaimer/notice line after the sign-off is not the agent's words (liability, "cannot
 *   be held responsible", confidentiality, unmonitored mailbox, fraud warnings), in many layouts;
 * - **term**: a term the sentence explains, a head noun that says what an acronym is, a customer-facing term of the trade,
 *   one flag per term per draft; real internal jargon stays flagged;
 * - **not-just**: "doesn't just / not only … also / as well";
 * - **reassure-third**: a negation inside a reassurance about a third party or a thing ("your staff won't see it until …");
 * - **asked-outcome**: an outcome the customer asked for, phrased with a negative verb ("so it will be declined");
 * - **good-news**, **duration**, **condition**, **regret**: good news with a negative verb, time spans, conditional next
 *   steps, first-person regret.
 *
 *   npx tsx scripts/neutral20-matrix.en.ts [--list=<kind>|all]
 */
import { pathToFileURL } from 'node:url';
import { type N19Item, printN19, runN19 } from './neutral19-matrix.ts';

const EN_HABITS: ((s: string) => string)[] = [(s) => s, (s) => s.replace(/['’]/g, ''), (s) => s.toLowerCase(), (s) => s.replace(/'/g, '’')];

function whole(kind: string, label: 'neutral' | 'negative', texts: readonly string[], habits = false): N19Item[] {
  return texts.map((t, i) => {
    const text = habits ? EN_HABITS[i % EN_HABITS.length](t) : t;
    return { kind, lang: 'en' as const, label, text, region: [0, text.length] as [number, number] };
  });
}

// ---- footers: body + sign-off + a company line; the region is the footer only (the body is neutral too, so whole) --------
const FOOT_BODY = [
  'Hi Leon,\n\nYour replacement kettle was posted today by tracked delivery.',
  'Dear Ms Varga,\n\nThe amended quote for the fence panels is attached.',
  'Hello Chris,\n\nYour gym membership has been moved to the off-peak plan from next month.',
  'Hi Amira, the alterations to your dress are done and it is ready to collect.',
  'Good morning Mr Osei,\n\nI have added the second driver to your hire agreement.',
  'Hi Jen,\n\nThe school trip payment of £35 has been received, thank you.',
];
const SIGN = ['Kind regards,\nTom Fletcher\nCustomer Care', 'Thanks,\nAisha', 'Best wishes,\nThe Support Team', 'Regards\nMarta | Orders', 'Cheers,\nBen'];
const FOOTERS = [
  'Greenway Hire Ltd cannot be held responsible for delays caused by third-party carriers.',
  'Brightside Travel is not liable for any loss arising from changes made by airlines.',
  'Oakhill Dental Practice accepts no responsibility for appointments missed due to incorrect contact details.',
  'The information contained in this message is confidential and may be privileged. If you are not the intended recipient, please do not read, copy or forward it.',
  'This mailbox is not monitored. Please do not reply to this email.',
  'Please note: we will never ask for your password or PIN by email or phone.',
  'Northbank Energy Ltd. Registered in Scotland SC123456. We cannot accept liability for viruses transmitted by email.',
  'Any views expressed in this email are those of the sender and do not necessarily reflect those of the company.',
  'Silverline Removals | Not responsible for items packed by the owner.',
  'Prices are subject to change and cannot be guaranteed until the order is confirmed.',
  'Under no circumstances will our staff ask you to move money to a "safe account".',
  'Falcon Couriers Ltd will not be liable for goods damaged in transit unless insured.',
  'IMPORTANT: This email may contain confidential information. Unauthorised use or disclosure is not permitted.',
  'We are unable to accept returns of opened cosmetics for hygiene reasons. See our returns policy at the link above.',
  'This is an automated notification. Replies to this address are not read.',
];
function footerItems(): N19Item[] {
  const out: N19Item[] = [];
  for (const [fi, foot] of FOOTERS.entries()) {
    for (let k = 0; k < 2; k++) {
      const body = FOOT_BODY[(fi + k) % FOOT_BODY.length];
      const sign = SIGN[(fi + 2 * k) % SIGN.length];
      const text = body + '\n\n' + sign + (k ? '\n' : '\n\n') + foot;
      out.push({ kind: 'footer', lang: 'en', label: 'neutral', text, region: [0, text.length] });
    }
  }
  // A sign-off with no name under it (a thanks for custom, a wish), then the company's own line in the third person.
  const bare = ['Thanks for shopping with Greenway!', 'Thank you for choosing Oakhill Dental.', 'Happy gardening!', 'See you on the slopes!', 'Enjoy your stay!', 'Thanks for being a Northbank customer.'];
  const entity = [
    'Greenway Garden Supplies Ltd cannot be held responsible for delays caused by couriers.',
    'Oakhill Dental Care Limited is not liable for appointments missed due to incorrect contact details.',
    'Fernleaf Nurseries Ltd. reserves the right to substitute plants of equal value.',
    'Alpine Escapes GmbH is registered in Munich, HRB 12345.',
    'Seaview Hotels plc will never ask you to pay by bank transfer over the phone.',
    'Northbank Energy Ltd is authorised and regulated by Ofgem.',
  ];
  for (const [i, b] of bare.entries()) {
    const text = FOOT_BODY[i % FOOT_BODY.length] + '\n\n' + b + '\n' + entity[i];
    out.push({ kind: 'footer-bare-signoff', lang: 'en', label: 'neutral', text, region: [0, text.length] });
    const t2 = FOOT_BODY[(i + 1) % FOOT_BODY.length] + '\n\n' + entity[i];
    out.push({ kind: 'footer-bare-signoff', lang: 'en', label: 'neutral', text: t2, region: [0, t2.length] });
  }
  // The agent's own refusal with the company as subject, in the body above the sign-off, stays flagged.
  for (const body of ["Hi Leon,\n\nGreenway Ltd cannot refund the delivery charge, I'm afraid.", 'Dear Ms Varga,\n\nOakhill Dental Care Limited cannot be held responsible for the lost crown, so we will not refund it.']) {
    const text = body + '\n\nKind regards,\nTom';
    out.push({ kind: 'footer-own-refusal', lang: 'en', label: 'negative', text, region: [0, body.length] });
  }
  // The same lines in the agent's own body, before the sign-off, stay flagged.
  const own = [
    "Hi Leon,\n\nWe cannot be held responsible for delays caused by the courier, so there's nothing more we can do.",
    "Dear Ms Varga,\n\nWe are not liable for any loss from the airline's changes and won't refund the fare.",
    'Hello Chris,\n\nWe are unable to accept returns of opened cosmetics.',
    "Hi Jen, we won't be liable for goods damaged in transit, you should have insured them.",
  ];
  for (const [i, body] of own.entries()) {
    const text = body + '\n\n' + SIGN[i % SIGN.length] + '\n\n' + FOOTERS[i];
    const end = body.length;
    out.push({ kind: 'footer-own-refusal', lang: 'en', label: 'negative', text, region: [0, end] });
  }
  return out;
}

// ---- terms --------------------------------------------------------------------------------------------------------------
const TERM_NEUTRAL = [
  'I have passed your recording to our QA team, who review every call.',
  'To keep your number, text PAC to 65075 and you will get a PAC code straight away.',
  'The £50 on your statement is a pre-authorisation hold, and it drops off on its own within 5 days.',
  'Your VAT invoice is attached; the VAT number is printed at the top.',
  'Please bring your NHS number if you have it, though your date of birth is enough.',
  'Your IBAN is the long account number starting with GB on your bank statement.',
  'I have asked our IT team to reset the password on your staff account.',
  'Your MOT certificate has been emailed, and the next MOT is due in March.',
  'The courier will send an ETA, which is the estimated arrival time, on the morning of delivery.',
  'Your PIN will arrive in a separate letter a few days after the card.',
  'Your booking reference (the six letters on your e-ticket) is all you need at check-in.',
  'I have sent the invoice to your finance team with the PO number in the subject line.',
  'Our HR team will send your P45 within two weeks of your last day.',
  'The CVV is the three-digit code on the back of your card.',
  'The FAQ page has pictures of each step, but I am happy to walk you through it too.',
  'The SKU, the code under the barcode, helps us find the exact colour you ordered.',
  'Your tax code is on your latest payslip, just under your name.',
  'Our UX team loved your suggestion and it is now on the list for the next release.',
  'We have emailed you the PDF of your policy schedule.',
  'You can pay by BACS transfer using the sort code and account number on the invoice.',
  'Your GP can send the referral letter straight to our clinic.',
  'The hold of £1 is a card check, not a charge, and it is released straight away.',
  'Your USB stick will be posted back with the repaired laptop.',
  'I have raised a purchase order (PO) for the extra chairs and sent a copy to your office manager.',
  'Your APR stays at 19.9% for the whole term of the loan.',
  'The SIM card is in the envelope with your welcome letter.',
  'Your order number and the postcode are all the driver needs.',
  'Our QA team tested the update on the same model of phone and it installs fine now.',
];
/** Read either way by people: reported, not counted as neutral or negative. */
const TERM_AMBIGUOUS = [
  'Please add your PO number to the invoice and I will resend it to your accounts team.',
  'Your PAC code is valid for 30 days, so there is plenty of time to switch.',
];
const TERM_NEGATIVE = [
  'Your switch failed because of a PAC mismatch, could you check the code?',
  'Please send us a PO number so we can release the order.',
  'That £80 is a pre-auth from the hotel.',
  'Our NOC team is on it.',
  'The SKU, which we discontinued, is out of stock.',
  'Your RMA number will follow by email.',
  'Your line failed the SNR margin check, so I have raised a T2.',
  'I have logged an RMA for the unit and the FNOL is with the underwriter.',
  'The ticket is in L2 queue pending triage by the NOC.',
  'Your claim is sat at FNOL stage until the loss adjuster picks it up.',
  'Your visa file is CAS pending.',
  'The order is stuck in WMS with an ASN mismatch.',
  'Your dispute has gone to pre-arb with the acquirer.',
  'The deposit is waiting on 6 confs.',
  'The case is with T2 and the SLA clock is paused.',
  'The package is showing RTS at the hub.',
  'Your payment is in the ACH return window.',
  'Your request failed KYC so it went to EDD.',
];

// ---- not just / not only ----------------------------------------------------------------------------------------------
const NOT_JUST = [
  "The premium plan doesn't just include cloud backup, it also gives you priority support.",
  'The service does not only cover the boiler, it covers the radiators as well.',
  "Your ticket doesn't only get you into the museum, it includes the garden tour too.",
  'The upgrade isnt just faster, it also uses less battery.',
  "It's not just the frame we replaced - the brakes were adjusted as well.",
  "The bundle doesn't just come with the tent; it also includes two sleeping mats.",
  'Not only did the plumber fix the leak, he also replaced the washer for free.',
  'The new card does not just work abroad, it also has no foreign transaction fees.',
  "The refund doesn't just cover the ticket, it includes the booking fee too.",
  "Membership isn't only for the pool, you can use the classes and the sauna as well.",
  "The warranty doesn't just cover parts, labour is included as well.",
  'The voucher is not just for food, you can use it at the bar too.',
];
const NOT_JUST_NEG = [
  "It's not just us, the courier doesn't deliver on Sundays either.",
  "The plan doesn't include roaming, and it also doesn't cover calls abroad.",
  "The premium plan doesn't include cloud backup.",
  "Your ticket doesn't include the garden tour, that is extra.",
  "The warranty doesn't cover labour.",
  'The voucher is not valid at the bar.',
];

// ---- reassurance about a third party / a thing ---------------------------------------------------------------------------
const REASSURE = [
  "Don't worry, your employees won't see the new rota until you press Publish.",
  'No need to worry, the other guests will not be able to see your booking details.',
  "Don't worry, your students won't see their grades until you release them.",
  "Rest assured, the seller won't see your card number.",
  'Your landlord will not be told anything about your claim.',
  "The recipient won't be notified until the gift is delivered, so the surprise is safe.",
  'Dont worry, your followers wont see the post until you make it public.',
  'Your previous employer will not be contacted without your permission.',
  "The other parents won't see your child's medical notes.",
  "Your team won't lose access while the licence renews.",
  'Don’t worry, the bride won’t see the guest list changes until you share the link.',
  'Nobody else in your household will be able to see your prescriptions.',
  "Your customers won't be charged until you approve the first invoice.",
  "Your old provider won't cut you off before the new line is live.",
  "Don't worry, your subscribers will not get the email until you hit Send.",
  'The interviewer will not see your test scores until after the interview.',
];
const REASSURE_NEG = [
  "The seller won't refund you, there is nothing we can do.",
  "Your landlord won't be told, we don't pass complaints on.",
  "Don't worry about it, it isn't our problem.",
  "You won't see the refund until Monday.",
  "We won't ship your order until the payment clears.",
  "The courier won't deliver until next week, nothing we can do.",
  "You won't get access until you pay the outstanding balance.",
  "The dentist can't see your son until Thursday.",
  "Your replacement won't be sent until we receive the old one.",
  "The engineer won't see the fault until he's on site next week.",
];

// ---- an outcome the customer asked for ----------------------------------------------------------------------------------
const ASKED = [
  'I have blocked that merchant on your card as you asked, so any future payments to them will be declined.',
  'As requested, the direct debit is cancelled, so no further payments will be taken.',
  'You have been unsubscribed and will not receive any more marketing emails from us.',
  'We have added a stop on the cheque, so it will be refused if anyone tries to cash it.',
  'Your old card is cancelled as you asked, so it will no longer work.',
  'Your number is now on the block list, so calls from it will be rejected.',
  'I have removed the saved card, so it cannot be used for future orders.',
  'Auto-renewal is switched off, so your subscription will not renew in June.',
  'As you asked, the gift message has been removed, so it will not be printed on the receipt.',
  'The spare key has been deactivated, so it will no longer open the door.',
  'We have turned off overdraft as requested, so payments that would take you below zero will be declined.',
  'The ex-tenant is removed from the account, so they can no longer log in.',
  'We have refunded the £12 and added the sender to your blocked list so their messages will be rejected from now on.',
  'I reversed the charge and cancelled the standing order so no more payments will be taken.',
];
const ASKED_NEG = [
  'Your payment will be declined.',
  'Your application has been rejected and we cannot reconsider it.',
  'Your card has been blocked and will no longer work.',
  'Any future orders from this account will be refused.',
  "We've blocked your account, so any payments will be declined.",
  'We have cancelled your booking, so the voucher cannot be used.',
  'Your application was reviewed, so it will be rejected.',
];

// ---- good news with a negative verb ----------------------------------------------------------------------------------
const GOOD = [
  'Good news: nothing was charged, the payment never went through.',
  'There is no fee for changing the date.',
  'Your voucher will not expire, so use it whenever you like.',
  "We checked the boiler and didn't find any fault.",
  'The blood test came back and nothing abnormal was found.',
  "You haven't been charged for the missed class.",
  'No damage was found on the car at return, so your deposit is released in full.',
  "Your points don't expire while your account is active.",
  'There was no problem with your tax return, it has been accepted.',
  'The scan did not find any viruses on the laptop.',
  "Delivery is free, so you won't pay anything extra.",
  'The late payment fee has not been applied.',
  "You won't lose your no-claims bonus, the other driver's insurer has accepted liability.",
  'Your credit score was not affected by the check.',
  'The inspector found no issues, so the sale can go ahead.',
  'Nothing needs to be returned, please keep the old one.',
  'There is no charge for the second fitting.',
  'Your warranty was not voided by the screen repair.',
  'We did not find any leaks when we pressure-tested the pipes.',
  'none of your files were lost in the migration',
];

const DURATION = [
  'The engineer will be with you between 8am and 12pm on Tuesday.',
  'Your order will be ready to collect from Friday until 6pm on Sunday.',
  "The pool is open to members until 9pm, and we won't close early this week.",
  'The sale runs until midnight on Sunday.',
  'Your room is held for you until 3pm, so no rush.',
  'The refund takes 3 to 5 working days to show on your statement.',
  'You can cancel free of charge up to 24 hours before the class.',
  'The new tyres are covered for 12 months or 20,000 miles.',
  'The discount code works until the end of the month.',
  'It usually takes about two weeks for the blinds to be made.',
];
const CONDITION = [
  "If the parcel hasn't arrived by Thursday, just reply and I'll chase the courier.",
  'If the cream does not help within a week, book another appointment with us.',
  "If you can't make Tuesday, let me know and I'll find another slot.",
  "If the screen still doesn't turn on, hold the power button for 10 seconds.",
  "If you don't see the email, check your spam folder.",
  'If the money is not back by Friday, call us and we will trace it.',
  "If the tiles don't match, we'll swap them free of charge.",
  "If you'd rather not wait, we can refund you today instead.",
];
const REGRET = [
  "I'm sorry I didn't call you back yesterday as promised.",
  'I should have checked the stock before confirming your order, sorry.',
  "We didn't send the reminder we said we would, and that's on us.",
  "I'm really sorry the room wasn't ready when you arrived.",
  'We got the delivery date wrong, I apologise.',
  "I wish I'd spotted the mistake on the invoice sooner.",
  "We didn't communicate the price change well, and I'm sorry.",
  'Sorry, I missed the note about the gluten allergy.',
];

export function neutral20EnMatrix(): N19Item[] {
  return [
    ...footerItems(),
    ...whole('term', 'neutral', TERM_NEUTRAL),
    ...whole('term-jargon', 'negative', TERM_NEGATIVE),
    ...whole('zz-term-ambiguous', 'neutral', TERM_AMBIGUOUS),
    ...whole('not-just', 'neutral', NOT_JUST, true),
    ...whole('not-just-neg', 'negative', NOT_JUST_NEG),
    ...whole('reassure-third', 'neutral', REASSURE),
    ...whole('reassure-third-neg', 'negative', REASSURE_NEG),
    ...whole('asked-outcome', 'neutral', ASKED),
    ...whole('asked-outcome-neg', 'negative', ASKED_NEG),
    ...whole('good-news', 'neutral', GOOD, true),
    ...whole('duration', 'neutral', DURATION),
    ...whole('condition', 'neutral', CONDITION, true),
    ...whole('regret', 'neutral', REGRET),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printN19(await runN19(neutral20EnMatrix()), 22);
