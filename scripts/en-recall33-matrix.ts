/**
 * Look-alike matrix of the thirty-third session's English kinds (rwen33: late32's misses and flagged signature neutrals
 * whose kind the older development splits hold in other forms; read by lib/rewrite/generic/kinds33.en.ts, en-core's
 * `apologize-again` and lib/text/signature33.en.ts): rows in other trades, spellings, registers and learners' English that
 * must be flagged, contrasts that must stay silent, and sign-off blocks whose lines must not be flagged while the reply
 * above them still is. No sentence of a development item.
 *
 *   npx tsx scripts/en-recall33-matrix.ts   per kind: rows as expected / rows, then each row that is not
 *
 * Exported for tests/unit/rewrite/en-recall33.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { runWrong30, type Kind30 } from './en-wrong30-matrix.ts';
import { printSeamResults, type SeamResult } from './en-seams28-matrix.ts';
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { analyzeSentenceTokens } from '../lib/nlp/index.ts';
import { readKinds33 } from '../lib/rewrite/generic/kinds33.en.ts';
import { draftNotOwnRanges } from '../lib/text/signature.ts';

export const RECALL33: readonly Kind30[] = [
  {
    kind: 'not-knowing-adverb',
    rows: [
      { text: "I really couldn't say how long the re-tiling will take, it depends what's under the old grout.", to: 'flagged' },
      { text: 'we honestly cant tell you when the pallet will land, the port is backed up', to: 'flagged' },
      { text: 'I genuinely could not say whether the hire van will be back in time.', to: 'flagged' },
      { text: 'i rly cant say when the vet will be free, shes in surgery', to: 'flagged' },
      { text: 'We simply cannot confirm when the replacement lens will be in stock.', to: 'flagged' },
      // Contrasts: praise or thanks, a question, nothing unknown after it.
      { text: 'I really cannot thank you enough for the lovely review.', to: 'silent' },
      { text: 'We really could not ask for a better customer, thank you!', to: 'silent' },
    ],
  },
  {
    kind: 'not-knowing-passive',
    rows: [
      { text: 'The cause of the outage is not known to us yet, the network team are on it.', to: 'flagged' },
      { text: 'the new delivery date is still unknown to me, sorry', to: 'flagged' },
      { text: 'The reopening date of the pool is not known at this time.', to: 'flagged' },
      { text: 'Madam, the arrival time of the container is not yet known to us.', to: 'flagged' },
      // Contrasts: what was known then (a story), the known, a question.
      { text: 'The fault was not known to us at the time of the sale, so we have refunded you in full.', to: 'silent' },
      { text: 'The new opening hours are known to all staff now.', to: 'silent' },
    ],
  },
  {
    kind: 'promise-nothing',
    rows: [
      { text: "I'll ask the chef if he can do it gluten free, but I promise nothing.", to: 'flagged' },
      { text: 'Will see if there is a late room, guarantee nothing though.', to: 'flagged' },
      { text: 'I try to move your lesson to Thursday, but I promise nothing.', to: 'flagged' },
      { text: 'we try and get a second fitter out tomorrow, but we promise nothing!', to: 'flagged' },
      // Contrasts: a reassurance (the clause goes on), a promise that nothing bad happens, a question.
      { text: 'I promise nothing will be lost when we move your account over.', to: 'silent' },
      { text: 'We guarantee nothing leaves the workshop until it has been tested.', to: 'silent' },
      { text: 'Can you promise nothing else will go wrong?', to: 'silent' },
    ],
  },
  {
    kind: 'slip-learner-present',
    rows: [
      { text: 'You forget to add the balcony on the form, so the cleaners only did the inside.', to: 'flagged' },
      { text: 'you forget to tick the gift wrap box so it was sent plain', to: 'flagged' },
      { text: 'Hi sir, you forget to sign page 2, that is why the bank did not accept the form.', to: 'flagged' },
      { text: 'u forget the postcode so the courier could not find the house', to: 'flagged' },
      // Contrasts: a condition, a habit, a reassurance, a question, a reminder.
      { text: 'If you forget to tick the box, so be it, we can add it later.', to: 'silent' },
      { text: 'When you forget to bring your card, so be it, reception can look you up.', to: 'silent' },
      { text: "Don't worry if you forget to bring the receipt, so long as you have the card.", to: 'silent' },
      { text: 'Did you forget to tick the box, so the order went plain?', to: 'silent' },
    ],
  },
  {
    kind: 'this-time-duty',
    rows: [
      { text: 'I trust you will read the care sheet this time before booking the next session.', to: 'flagged' },
      { text: "We hope you'll follow the instructions next time so the glaze doesn't crack.", to: 'flagged' },
      { text: 'i hope u will check the size guide this time', to: 'flagged' },
      { text: 'I expect you will fill in the whole form from now on.', to: 'flagged' },
      // Contrasts: a welcome, a treat, a plain hope, a question.
      { text: "I hope you'll enjoy the show this time, the new cast are brilliant!", to: 'silent' },
      { text: 'We hope you will check out our new menu next time you visit.', to: 'silent' },
      { text: 'I trust you will love the new colour, see you next time!', to: 'silent' },
      { text: 'I hope you will read the new book, it is lovely.', to: 'silent' },
    ],
  },
  {
    kind: 'rule-cited-expiry',
    rows: [
      { text: 'Kindly note that, in accordance with our terms and conditions, gift vouchers expire after six months.', to: 'flagged' },
      { text: 'As per our booking conditions, unused credits lapse at the end of the season.', to: 'flagged' },
      { text: 'however in line with our membership rules the guest passes are valid only for the month issued', to: 'flagged' },
      // Contrasts (the packs flag a cited rule heading a sentence themselves, so these are in READER33_SILENT).
    ],
  },
  {
    kind: 'choice-instead-of-as-cause',
    rows: [
      { text: "Looks like you ordered the 10mm bolts instead of the 12mm, so that's why they won't fit the bracket.", to: 'flagged' },
      { text: "You booked the standard room rather than the suite, which is why there's no balcony.", to: 'flagged' },
      { text: 'seems u ticked collection instead of delivery, thats why nobody came round', to: 'flagged' },
      { text: "You selected the monthly plan instead of the annual one, that's why the discount didn't apply.", to: 'flagged' },
      // Contrasts: a good outcome, a condition, a question, no cause drawn.
      { text: 'You chose collection instead of delivery, which is why there was no delivery charge.', to: 'silent' },
      { text: "You picked the express option instead of standard, so that's why it arrived a day early!", to: 'silent' },
      { text: "If you picked the small size instead of the large, that's why it feels tight, so just send it back for a swap.", to: 'silent' },
      { text: 'You picked the oak finish instead of the walnut, lovely choice!', to: 'silent' },
    ],
  },
  {
    kind: 'worry-waved-off-as-normal',
    rows: [
      { text: "a bit of itching is completely normal after the first session. don't worry about it", to: 'flagged' },
      { text: "Don't stress about it, some cloudiness in a new tank is totally normal.", to: 'flagged' },
      { text: 'oh dont fret about that, a little creaking is pretty common in the first week', to: 'flagged' },
      // Contrasts: the warm answer to an apology, a fix of ours, a result that came back fine.
      { text: "Don't worry about it, these things happen! See you next week.", to: 'silent' },
      { text: "Please don't worry about it, we've already sent a new one out.", to: 'silent' },
      { text: "Don't worry about it, Rex's x-rays came back completely normal.", to: 'silent' },
      { text: 'No need to apologise at all, dont stress about it.', to: 'silent' },
    ],
  },
  {
    kind: 'no-x-no-service',
    rows: [
      { text: 'Please bring your booking email. No email, no entry.', to: 'flagged' },
      { text: 'no wetsuit no dive, sorry folks', to: 'flagged' },
      { text: 'Bring the deposit on the day. No deposit - no tattoo.', to: 'flagged' },
      { text: 'ID needed at the desk, no ID no hire', to: 'flagged' },
      // Contrasts: a reassurance, an offer, a perk, a question.
      { text: 'No worries, no rush, pop in whenever suits.', to: 'silent' },
      { text: 'No fees, no booking needed, just turn up.', to: 'silent' },
      { text: 'Great news: no queues, no waiting at the new desk.', to: 'silent' },
    ],
  },
  {
    kind: 'regret-adverb-misspelt',
    rows: [
      { text: 'regretably the spring course is full this term', to: 'flagged' },
      { text: 'Regretably, the 9am ferry is cancelled because of the wind.', to: 'flagged' },
      { text: 'The spring course has spaces left, book whenever suits.', to: 'silent' },
    ],
  },
  {
    kind: 'apology-again-bother',
    rows: [
      { text: 'Your new keys are in the post, and apologies again for the bother.', to: 'flagged' },
      { text: 'sorry again for all the faff with the booking, see you sat', to: 'flagged' },
      { text: 'We apologise again for the fuss at check-in.', to: 'flagged' },
      // Contrasts: no apology, "bother" as a verb.
      { text: "Thanks again, it was no bother at all, see you Friday.", to: 'silent' },
      { text: "Don't bother printing the ticket again, the email is fine.", to: 'silent' },
    ],
  },
];

/**
 * Contrasts kinds33.en.ts itself must not read (a pack rule may still flag the sentence for something else): a grant, an
 * extension, a validity that is no limit, praise after "can't tell you how", the customer's slip as a habit of people.
 */
export const READER33_SILENT: readonly string[] = [
  'In accordance with our terms, you are entitled to a voucher that never expires.',
  'As per our policy, your warranty has been extended and will not expire until 2027.',
  'In line with our terms, your points are valid for two years.',
  "I honestly can't say how happy we are with the new team.",
  'Lots of people forget to add the flat number, so we always double-check.',
  'When you forget to bring your card, so no problem, reception can look you up.',
];

/**
 * Sign-off blocks with a shop's standing rule, a note in brackets or a first-person no-reply note under them: nothing in
 * the block is flagged ('silent' of the whole draft); contrasts where the same words are the reply's own keep their flag.
 */
export const SIGNATURE33: readonly Kind30[] = [
  {
    kind: 'standing-rule-under-sign-off',
    rows: [
      { text: 'See you Saturday at 10!\n\nMo\nNorthside Barbers\nNo walk-ins on Sundays. We cannot hold chairs without a booking.', to: 'silent' },
      { text: 'Your pup is booked in for the 3rd.\n\nCheers,\nAmy\nPaws & Claws Grooming\nNo refunds on missed appointments.', to: 'silent' },
      { text: 'The drill is ready to collect.\n\nKen\nHilltop Tool Hire Ltd.\nPlease do not leave hired tools outside the depot after 5pm.', to: 'silent' },
      { text: 'Thanks for the donation, the receipt is attached.\n\nBev (Mon and Wed mornings)\nSt Anne’s Charity Shop\n\nPlease do not leave bags outside the shop door when we are closed.', to: 'silent' },
      { text: 'all booked for fri!!\n\ntom\nInkwell Tattoo Co.\nno walk-ins after 6pm. we dont take bookings without a deposit', to: 'silent' },
      // Contrasts: the same words to this customer above the sign-off, or under it speaking to them (you, this week).
      { text: "Sorry, we can't hold your chair without a booking.\n\nMo\nNorthside Barbers", to: 'flagged' },
      { text: "Thanks for your message.\n\nJo\nIronside Tattoo Co.\nSorry, we can't fit you in this week.", to: 'flagged' },
    ],
  },
  {
    kind: 'role-line-with-note',
    rows: [
      { text: 'Your bike is ready Friday.\n\nDot\nParts & Service (Tues-Thurs only)\nPlease do not send card details by email.', to: 'silent' },
      { text: 'The quote is attached.\n\nRaj\nCustomer Service (part-time)\nPlease do not send card details by email.', to: 'silent' },
    ],
  },
  {
    kind: 'no-reply-first-person',
    rows: [
      { text: 'ur parcel went out today!! tracking below x\n\nlou @ the bead box\n(we cant read replies sent to this inbox)', to: 'silent' },
      { text: 'Your booking is confirmed for Monday.\n\nPriya\nBookings\nWe do not monitor replies to this address, please use the chat on our site.', to: 'silent' },
      { text: 'Order shipped today.\n\nThanks,\nOla\nI can’t see replies sent to this mailbox, so ring the shop if you need me.', to: 'silent' },
    ],
  },
];

export const runRecall33 = () => runWrong30(RECALL33);

/** kinds33's own readings of the contrasts that must stay unread (each a text it read). */
export const runReader33Silent = (): string[] => READER33_SILENT.filter((t) => readKinds33(analyzeSentenceTokens(t)).length > 0);

/** The sign-off rows as the panel reads a draft: the signature block and footer left out (draftNotOwnRanges). */
export function runSignature33(): SeamResult[] {
  const en = builtinPacks.filter((p) => p.languages[0] === 'en');
  return SIGNATURE33.map((k) => {
    const bad: string[] = [];
    for (const r of k.rows) {
      const exclude = draftNotOwnRanges(r.text);
      const s = suggestRewrites(r.text, en, exclude.length ? { exclude, cache: false } : { cache: false });
      const flagged = s.length > 0;
      if (flagged !== (r.to === 'flagged')) bad.push(`${r.text.replace(/\n/g, ' ⏎ ')}   wanted ${r.to}, got ${s.map((x) => `${x.ruleId}:${JSON.stringify(r.text.slice(x.flagged.start, x.flagged.end))}`).join(', ') || 'nothing'}`);
    }
    return { kind: k.kind, ok: k.rows.length - bad.length, rows: k.rows.length, bad };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printSeamResults([...runRecall33(), ...runSignature33()]);
  const read = runReader33Silent();
  console.log(`reader33-silent: ${READER33_SILENT.length - read.length}/${READER33_SILENT.length}`);
  for (const t of read) console.log(`  read: ${t}`);
}
