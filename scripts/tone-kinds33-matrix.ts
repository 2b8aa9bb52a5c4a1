/**
 * Session 33's tone kinds (lib/tone/cues/frustration.kinds33.ts, urgency.kinds33.ts): look-alike sets written from general
 * knowledge across trades (banks, couriers, clinics, telecoms, airlines, shops, garages, schools, utilities, councils,
 * insurers, gyms, landlords, games), registers and spellings, typed as customers type, never from a development sentence's
 * nouns. [text, shown]: whether the cue must show. Each kind carries its close contrasts.
 * Run: `npx tsx scripts/tone-kinds33-matrix.ts` (prints the rows that disagree); tests/unit/tone/kinds33.test.ts runs it.
 */
import { printCueMatrices, type MatrixCase } from './tone-matrix-run.ts';

export const FRUSTRATION33: Record<string, readonly MatrixCase[]> = {
  // A bare order to put it right: the cue shows.
  bareOrder: [
    ['my parcel says delivered but its not here. nobody answers the phone. SORT IT OUT', true],
    ['the app logged me out and wiped my saved cards. fix it.', true],
    ['You took the annual fee after I closed the account in May. Refund it.', true],
    ['3 days no hot water in the flat. just fix it', true],
    ['my loyalty points vanished overnight, 4000 of them. put them back', true],
    ['the update deleted my save file. restore it or im uninstalling', true],
    ['Your system blocked my card abroad for no reason. Unblock it now.', true],
    ['charged twice for one haircut booking. refund me and sort your system out', true],
    ['u suspended my account for nothing. literally just reinstate it', true],
    ['The new tariff went on without me agreeing. Switch it back.', true],
    // Contrasts: a courteous request, a question, the customer's own doing, a plain cancellation, a thanks for a fix.
    ['Hi, the app logged me out and my saved cards are gone. Could you fix it please?', false],
    ['The door handle on my new wardrobe is loose. Can you send someone to fix it?', false],
    ['I was charged twice for one booking, please refund it when you get a chance. Thanks!', false],
    ['No worries, I managed to fix it myself by restarting the router.', false],
    ["I'll sort it out with my bank tomorrow, thanks for the help.", false],
    ['Cancel my subscription from the end of this month. Thanks for everything.', false],
    ['Thanks for sorting it so fast, the engineer fixed it in ten minutes.', false],
    ['The tap in the bathroom drips a little. Not urgent, fix it whenever you are next in the building.', false],
    ['Hi, I moved house, could you put my direct debit back to the 1st of the month? Thank you', false],
    ['My son changed the language to German by mistake. How do I change it back?', false],
  ],
  // Displeasure said by understatement: the cue shows.
  understatement: [
    ['Three missed collections in a month. I must say I find this rather shoddy.', true],
    ['I was told the refund would take five days; it has taken five weeks. Frankly, rather poor.', true],
    ['Dear Sir, the engineer left without testing the boiler and without a word. I consider that rather unprofessional.', true],
    ['charged me a fee to pay my own bill online. bit of a joke tbh', true],
    ['The hotel gave our pre-paid room away and offered us a sofa bed. It was all a bit of a shambles.', true],
    ['I work early shifts, so I am sure you can appreciate how frustrating it is to be given an all-day delivery window.', true],
    ['I was pleased to see my new passport arrive. I was less pleased to find that my surname is misspelt on it.', true],
    ['I paid for express delivery. I was less than impressed to discover it went by second class post.', true],
    // Contrasts: a mild feeling made small, a thing's own quality, praise, a joke of one's own, sympathy for the agent.
    ['I was a little disappointed the jumper is a shade darker than the photo, but I will keep it.', false],
    ['The signal is rather poor in my village. Is there a booster you can recommend?', false],
    ['The delivery was rather quick, thank you, the driver was lovely.', false],
    ['My son set up the account as a bit of a joke, sorry. Can you change the name back?', false],
    ['The kids are thrilled with the bunk beds (I am less thrilled, they are using them as a climbing frame). All good!', false],
    ['The picture quality is pretty poor on my old TV, is that the TV or the box?', false],
    ['Not your fault at all, my own mistake, but it was a bit of a farce at the airport. Could I get the receipt?', false],
  ],
  // A harm opened with mock delight, the let-down in the opener's own sentence: the cue shows.
  mockOpener: [
    ["Lovely to receive a 'next day' parcel on day six. Could you refund the delivery charge?", true],
    ["Great to see my broadband bill go up again when I've been a customer for twelve years.", true],
    ['Delighted to report that the new boiler has now been silent for longer than the old one ever was. When is the engineer coming back?', true],
    ['Dear Sir,\n\nI was thrilled to be charged twice for a single gym induction. Please reverse one of the payments.', true],
    ['Nice to find my seat reservation was given to someone else instead of me. What can you offer?', true],
    ["Wonderful to wake up to a 'your account is suspended' email when I never missed a payment.", true],
    // Contrasts: sincere delight, delight to hear from someone, a turn with "but", warm thanks, delight then a plain question.
    ['Lovely to hear from you, thanks for the quick reply. Could you send the invoice as a PDF?', false],
    ['Delighted to receive my new glasses today, they fit perfectly. Thank you!', false],
    ['Great to see the new vegan options in the app. Is the lentil box still available next week?', false],
    ['Great to receive the new catalogue, but could you take my old address off the mailing list?', false],
    ["Hi,\n\nI was pleased to find the hotel had upgraded our room. Thank you so much, we weren't expecting it.", false],
    ['So pleased to see my daughter passed her driving test with your instructor! Not a single minor fault.', false],
    ['Nice to see the parcel tracker working again. Can I change the delivery day to Friday?', false],
  ],
};

export const URGENCY33: Record<string, readonly MatrixCase[]> = {
  // A living stopped by the fault: the cue shows.
  livelihood: [
    ['my van wont start after your mechanic fixed it yesterday. im a plumber i cant work without it', true],
    ['The card terminal keeps rejecting every card, we cannot take bookings or orders at all.', true],
    ['my taxi app account got suspended this morning, cant take fares until its sorted', true],
    ['Internet down since Monday. I work from home and I have already lost three days of wages.', true],
    ['the booking site shows us as closed, we are losing bookings every hour', true],
    ['my payroll login is locked and if i cant submit my hours my staff dont get paid', true],
    // Contrasts: "work out", a need with nothing stopped, a plain payout question, no rush, a past loss made good.
    ["I can't work out how to change my address in the app, can you tell me where it is?", false],
    ['When do I get paid for the tickets I sold last week? First time selling here.', false],
    ['My laptop keeps freezing, I kinda need it for work. Any idea when the repair will be done?', false],
    ['No rush, but the card reader sometimes drops a payment, could someone look next week?', false],
    ['I can work from the office until my broadband is fixed, so no hurry at all.', false],
    ['Last year I lost two days of work because of the outage, but you made it good. This year I just want to renew.', false],
  ],
  // Someone vulnerable left without heat or a telephone: the cue shows.
  vulnerable: [
    ['My gran is 91 and her boiler has stopped, the house is freezing. Can someone come?', true],
    ['I am 80 and live alone and my telephone has been dead for three days. My son cannot reach me.', true],
    ['Power has been off since this morning and my dad uses an oxygen concentrator. When will it be back?', true],
    ['Our landline is down and my wife has a pendant alarm that goes through it. Please help.', true],
    ['The heating is not working and my mother, who is 86, is staying with us this week.', true],
    // Contrasts: an age beside a question with nothing out, a service booked ahead, a gadget, no hurry, an age of a thing.
    ['Hello, I am 82 and new to computers. How do I see my bill online?', false],
    ['I am 84 and live alone, so a morning slot for the annual boiler service would suit best.', false],
    ['My doorbell camera has stopped ringing inside. I am 79 and not good with gadgets. What should I try?', false],
    ['My elderly mum would like to switch to paperless billing. Can I do that for her?', false],
    ['The boiler has stopped again. I am 81 but my son can light it for me, so there is no hurry, next week is fine.', false],
    ['Will the power be off on Tuesday during the works? My neighbour is elderly and I want to warn her.', false],
    ['On 3 March your fitter left my elderly father without heating for two days. I would like an explanation and a goodwill gesture.', false],
  ],
};

/** Printed, not tested: what session 33's readings leave (the mock delight of a harm without a fixed frame, a flat consequence). */
export const KNOWN33: Record<string, readonly MatrixCase[]> = {
  mockPleasure: [
    ['Lovely to open my renewal letter and find the price up by 40%. Please put me back on last year\u2019s rate.', true],
    ['Your van driver has achieved the impossible: a parcel delivered to a field. Tracking 88123. Could someone collect it?', true],
  ],
};

/** Printed, not tested: urgency and frustration rows read wrong before session 33 and left as they were. */
export const KNOWN33_OLDER: Record<string, readonly MatrixCase[]> = {
  // Sympathy for the agent read as the customer's own feeling ("frustrating"; an older reader's false alarm).
  sympathy: [['I understand how frustrating this must be for your team. Thanks for all your help.', false]],
  // Sincere delight, then a fault after "but": session 31's irony reader reads praise around a failure.
  delightThenFault: [['Lovely to receive the flowers today, but one stem was broken. Could you let the florist know?', false]],
};
export const KNOWN33_URGENT: Record<string, readonly MatrixCase[]> = {
  // "cannot take payments": session 27's reader reads it as money, and session 14's money-taken guard ("payment") then hides it.
  payments: [['The card terminal keeps rejecting every card, we cannot take payments at all.', true]],
};

if (process.argv[1]?.endsWith('tone-kinds33-matrix.ts')) {
  printCueMatrices('kinds33 frustration', [[FRUSTRATION33, 'frustrated']]);
  printCueMatrices('kinds33 urgency', [[URGENCY33, 'urgent']]);
  printCueMatrices('kinds33 known', [[KNOWN33, 'frustrated'], [KNOWN33_OLDER, 'frustrated'], [KNOWN33_URGENT, 'urgent']]);
}
