// @vitest-environment node
/**
 * The repeat cue's wider English families (lib/tone/cues/repeat.wide.ts), one block per family: each fires
 * with the words that carry it as evidence, and its look-alikes stay quiet (the fault said again, a previous
 * order, "thanks again", "as mentioned below", someone else's call). Written with the families, not taken
 * from the evaluation splits. Where an older reader of repeat.ts already shows words that overlap the family's,
 * those are the evidence (the shortest words are kept), so some examples check theirs.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';

type Family = { fires: readonly (string | { text: string; evidence?: readonly string[] })[]; quiet: readonly string[] };

const FAMILIES: Record<string, Family> = {
  'back again (a name or "back" before "again")': {
    fires: [
      { text: 'Hi team, Priya again regarding the refund for the blender.', evidence: ['Priya again'] },
      { text: 'Hello, it is Mark Jones again, about my pension transfer.', evidence: ['it is Mark Jones again'] },
      { text: 'Good morning, Dave here again with the meter reading issue.', evidence: ['Dave here again'] },
      { text: "It's me back again, sorry!", evidence: ["It's me back again"] },
    ],
    quiet: ['Hi, Paris again this summer? Do you fly there?', "Hello, Monday again and the bins still haven't been collected.", 'Back again to the same old problem: the app freezes on login.', 'The pain is back again after the treatment.', 'Once again the delivery van blocked our driveway.', 'Thanks again! You have been really helpful.'],
  },
  'as / like I said': {
    fires: [
      { text: 'As I have already said, the box was empty.', evidence: ['As I have already said'] },
      { text: 'As I previously explained, I was never sent the card.', evidence: ['previously explained'] },
      { text: 'As previously stated in my email, the account should be closed.', evidence: ['As previously stated'] },
      { text: 'Like I told your colleague on the phone, I moved house in May.', evidence: ['your colleague'] },
      { text: 'As explained to your agent yesterday, the fridge is still warm.', evidence: ['As explained'] },
    ],
    quiet: ['As mentioned on your website, delivery is free over £50.', "As stated in your terms, I'd like a refund within 14 days.", "Like I said to my wife, this phone is the best I've owned.", "As I explained to the courier, I wasn't home.", 'As I mention below, the order number is 4412.', 'As noted above, the lid is cracked.', 'Thanks for cancelling the order as I asked, much appreciated.'],
  },
  'my earlier messages, negated or not': {
    fires: [
      { text: "I'm not convinced my earlier emails were read.", evidence: ['emails'] },
      { text: 'Did anyone look at my original complaint?', evidence: ['anyone look at my'] },
      { text: "I haven't had an answer to my initial query.", evidence: ['my initial query'] },
    ],
    quiet: ['Please send the receipt to my other email.', 'My previous claim was paid out quickly, but now I have a new one.', "This is my first email to you, so sorry if it's in the wrong place.", 'My previous order arrived damaged too, but this is about a new one.', 'I bought my first phone from you in 2019.'],
  },
  'heard nothing': {
    fires: [
      { text: "We've heard nothing back from you since the 14th.", evidence: ['heard nothing back'] },
      { text: 'I have still heard nothing about my refund.', evidence: ['heard nothing'] },
      { text: 'Not heard a thing since my call last Tuesday.', evidence: ['heard a thing'] },
    ],
    quiet: ["I've heard nothing but good things about your service.", "I've heard nothing about the new model, when is it out?", 'I ordered two weeks ago and have heard nothing since.'],
  },
  "what the company's people said": {
    fires: [
      { text: 'I was assured the repair would be free.', evidence: ['I was assured'] },
      { text: 'Somebody at your call centre told me the refund was approved.', evidence: ['centre told'] },
      { text: 'One of your advisors promised me a callback.', evidence: ['promised me'] },
      { text: 'The previous agent told me something completely different.', evidence: ['The previous agent'] },
      { text: 'The lady I spoke to on Monday said it was sorted.', evidence: ['spoke to on Monday'] },
      { text: 'I spoke to one of your team yesterday and nothing has changed.', evidence: ['spoke'] },
    ],
    quiet: ['I was told by a friend that you offer student discounts.', 'I was told by the bank to contact you directly.', 'The seller assured me it was brand new.', 'The previous owner told me the boiler was serviced.', 'The man at the shop said it comes with a warranty.', 'I spoke to my bank yesterday and they say the payment went through.'],
  },
  'someone of the household in touch with the company': {
    fires: [
      { text: 'My husband called you last week about the same bill.', evidence: ['My husband called'] },
      { text: 'My daughter phoned on my behalf on Friday.', evidence: ['phoned'] },
    ],
    quiet: ['My husband bought this for me last Christmas.', 'My wife called the police after the break-in.'],
  },
  "a request's reference code": {
    fires: [
      { text: 'Case number: 4471-2209. Any progress?', evidence: ['Case number: 4471-2209'] },
      { text: 'My claim reference is HX/55812.', evidence: ['claim reference is HX/55812'] },
      { text: 'Incident ref INC7781234 is still open.', evidence: ['ref INC7781234'] },
    ],
    quiet: ['My booking reference is ZX81QP, can I change the date?', 'My order number is 77120045.', 'The flight ticket number is 125-2233441.', 'Invoice ref INV-20331 shows the wrong VAT.'],
  },
  'for the Nth time, fronted': {
    fires: [
      { text: 'For the third time, I did not sign up for this.', evidence: ['For the third time'] },
      { text: 'For the last time, please close my account.', evidence: ['For the last time'] },
    ],
    quiet: ['For the first time in years, the bill is correct!', 'For the second time this week the card reader failed.', 'For the third time, the parcel was left outside in the rain.'],
  },
  'papers provided before': {
    fires: [
      { text: "I've already sent you the receipts and the photos.", evidence: ['already sent'] },
      { text: 'I have previously supplied my ID twice.', evidence: ['previously supplied'] },
      { text: 'The documents were emailed on the 2nd of November.', evidence: ['emailed on the 2nd'] },
      { text: 'We have already provided the signed lease and bank statements.', evidence: ['already provided'] },
    ],
    quiet: ["I've already filled in the form but the button does nothing.", "I've already given the receipt to the shop.", "I've already tried restarting it twice.", "I've already paid the invoice in full.", 'The package was delivered on the 2nd to the wrong house.'],
  },
  'a reply owed "this time"': {
    fires: [{ text: 'Could someone actually reply this time please?', evidence: ['reply this time'] }],
    quiet: ['Could I get it in blue this time?', 'This time of year, are deliveries slower?'],
  },
  'first contacted, dealt with, counted after': {
    fires: [
      { text: 'Since I first contacted you in October, nothing has happened.', evidence: ['contacted'] },
      { text: 'When I first reported the fault, I was told it would take a week.', evidence: ['I first reported'] },
      { text: 'Please pass this to whoever handled my complaint in June.', evidence: ['handled my complaint'] },
      { text: 'Despite four phone calls, the engineer never came.', evidence: ['four phone calls'] },
      { text: 'I am writing once more regarding the late payment fee.', evidence: ['writing once more'] },
    ],
    quiet: ['Since I first bought it, the battery has been poor.', 'When I first opened the box, the screen was cracked.', 'Who handled the delivery of my order?', 'After two emails from you confirming the order, nothing arrived.', 'After several days the rash came back.', "Despite three attempts to log in, I'm locked out.", 'Once more the app crashed during checkout.', 'Please send me the form once more.'],
  },
  'a support reply quoted below, the matter outliving it': {
    fires: [
      { text: "Hi, any news on this?\n\nOn Mon, 30 Nov 2026 at 14:02, Acme Help <help@acme.example> wrote:\n> We're sorry to hear about the delay.", evidence: ['Help <help@acme.example> wrote:'] },
      { text: 'Still broken.\n\n-----Original Message-----\nFrom: Acme Customer Service\nSent: 20 November 2026\nThanks for contacting us. We will look into this for you.', evidence: ['Customer Service'] },
    ],
    quiet: [
      'Forwarding this so you can see it.\n\n-----Original Message-----\nFrom: Acme Orders\nSubject: Your order confirmation\nThanks for your order.',
      'Is this email genuine?\n\nFrom: Acme Customer Service <service@acme.example>\nSubject: Your account\nWe have noticed unusual activity on your account.',
      'Perfect, that worked. Thank you!\n\nOn Tue, 1 Dec 2026 at 14:02, Support <help@example.com> wrote:\n> Sorry for the trouble. Please try clearing the cache.',
    ],
  },
  'an earlier call or chat, nobody answering, the thread below': {
    fires: [
      { text: 'I was on the phone with your team for an hour yesterday.', evidence: ['on the phone'] },
      { text: 'I was on live chat with your team this morning and got cut off.', evidence: ['I was on live chat'] },
      { text: 'No-one has bothered to reply to my complaint.', evidence: ['No-one has bothered to reply'] },
      { text: 'Your customer service team assured me this would be sorted by now.', evidence: ['Your customer service team assured'] },
      { text: "Once again, I'm asking for the direct debit to be cancelled.", evidence: ['Once again, I'] },
      { text: 'Your reference: CS-10293', evidence: ['reference: CS-10293'] },
      { text: 'I sent you a DM yesterday, did you get it?' },
      { text: "I've made several attempts to contact you.", evidence: ['attempts to contact you'] },
      { text: 'Please see the email chain below.', evidence: ['email chain below'] },
      { text: "I've been going back and forth with your support for weeks.", evidence: ['back and forth with your'] },
    ],
    quiet: ['I was on the phone when the power went out.', "I'm on hold right now, can someone pick up?", "I've been on hold for an hour.", 'I was on the phone to my bank for an hour.', 'We were on a call with our accountant when the site went down.', 'I was on hold watching all the flights fill up.',
      'No one has been able to use the app since the update.', 'No one answers the phone at the branch.', 'Your website said delivery would take 3 days.', 'My reference for the payment is JONES2020.',
      'Once again, the parcel has been left outside.', 'Yet again, the train was cancelled.', 'I gave you five stars because the service was great.', 'Attempts to get through the security gate failed.', 'The email chain letter I received looks like spam.'],
  },
  'asked of the company, not the customer': {
    fires: [],
    quiet: ['Please send the invoice again with my company name on it.', 'Please email the invoice again to accounts@firm.example.', 'Third time this week the train ticket machine has swallowed my card.', 'Can you call me again tomorrow at 10?'],
  },
};

for (const [name, family] of Object.entries(FAMILIES)) {
  describe(`repeat, wider family: ${name}`, () => {
    for (const ex of family.fires) {
      const { text, evidence = [] } = typeof ex === 'string' ? { text: ex } : ex;
      it(`fires on ${JSON.stringify(text.slice(0, 70))}`, () => {
        const c = readCustomerTone(text).cues.find((x) => x.kind === 'repeat');
        expect(c).toBeDefined();
        for (const e of c!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
        const ev = c!.evidence.map((e) => e.text);
        for (const w of evidence) expect(ev).toContain(w);
      });
    }
    for (const text of family.quiet) {
      it(`stays silent on ${JSON.stringify(text.slice(0, 70))}`, () => {
        expect(readCustomerTone(text).cues.find((x) => x.kind === 'repeat')?.evidence.map((e) => e.text)).toBeUndefined();
      });
    }
  });
}
