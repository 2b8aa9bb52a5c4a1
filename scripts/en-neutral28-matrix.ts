/**
 * Look-alike matrix of the twenty-eighth session's English neutrals (rwen28, lib/rewrite/neutral28.en.ts and the sign-off
 * notices of lib/text/signature.en19.ts): for each kind of neutral sentence late27's writers had flagged, sentences agents in
 * other trades, spellings and registers would write (`neg`: must stay unflagged), and close negatives that must still be
 * flagged over the words in [[ ]] (`pos`). Written before the readers; no trade or proper noun of a late27 item.
 *
 *   npx tsx scripts/en-neutral28-matrix.ts [--kind=know-of-none]   per kind: negatives caught, neutrals flagged, failures
 * Read as the panel reads a plain-text draft: quoted mail and the signature block are not the reply's words.
 * Exported for tests/unit/rewrite/neutral28-en.test.ts.
 *
 * Decisions: "There's no problem with your card" (en-core-more `theres-no-problem`'s own bad example) and "Dear Customer, your
 * order has shipped" (`dear-customer`'s own bad example) are deliberate hints and stay flagged; "no problem" answering a
 * complaint stays dismissive (the issue's list), only the answer to thanks with a warm word beside it is read here.
 */
import { pathToFileURL } from 'node:url';
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { draftNotOwnRanges } from '../lib/text/signature.ts';
import { printMarked, unmark, type Kind21, type Kind21Result } from './en-kinds21-matrix.ts';

export const NEUTRAL28: readonly Kind21[] = [
  {
    // "no problem (at all)" answering thanks, with a warm word beside it: "you're welcome" before, or gladness about the
    // customer's good outcome after ("glad the X worked out / is back"). Never a bare "No problem at all!", a brush-off of a
    // fault ("these things happen", a fault told), a "but / though" after.
    kind: 'no-problem-thanks',
    neg: [
      'Not a problem at all, glad the tent poles fitted in the end. Enjoy the campsite!',
      'no problem at all, glad the new hinge sorted it',
      'No problem at all – glad the printer is talking to your laptop again.',
      'Not a problem at all, so glad the cake arrived in one piece for the party.',
      "you're welcome, no problem at all!",
      'youre welcome, no problem at all, enjoy the new bike',
      'Ur welcome, not a problem at all!! glad the wifi is back',
      "You're very welcome - no problem at all.",
      'You are most welcome, no problem at all. Have a lovely weekend.',
      'No problem at all!! Glad the kids loved the climbing wall 🙌',
      'No problem at all, really glad the boots fit.',
      "Not a problem at all, pleased the quote made sense. I'll book the fitter once you say go.",
      'no problem at all, happy the dog settled in so quickly',
      'No problem at all, delighted the colours came out as you hoped.',
      "No problem at all, glad you're back up and running.",
      'not a problem at all!!! glad it all worked out in the end',
      'No problem at all, glad we could get you on the earlier ferry.',
      "Thanks Jo! You're welcome, not a problem at all.",
      'cheers, no problem at all, glad the radiator is warm again',
      'No problem at all… glad the voucher code went through!',
      "No problem at all, I'm glad the new glasses are comfier.",
      'No problem at all, so pleased the garden is looking good again.',
      'Not a problem at all, glad the recipe box was a hit with your mum.',
      "you're welcome!! no problem at all x",
      'No problem at all, glad the transfer went smoothly. Safe travels!',
    ],
    pos: [
      '[[Not a problem at all]]!',
      '[[No problem at all]].',
      '[[No problem at all]], these things happen.',
      "[[No problem at all]], but next time please use the form.",
      '[[no problem at all]], just read the manual next time',
      "Sorry the bread arrived stale. [[No problem at all]], glad you told us.",
      '[[No problem at all]], I know the cake was squashed but glad you enjoyed it anyway.',
      '[[Not a problem at all]], the delay is only a day.',
      '[[No problem at all]], it happens.',
      '[[No problem at all]], Sara.',
      '[[not a problem at all]] mate',
      '[[No problem at all]], the scratch is only cosmetic.',
      '[[No problem at all]] - the missing item is on its way.',
      '[[No problem]], the broken lamp is not covered.',
      '[[No problem at all]], you just need to log in again.',
      "[[No problem at all]], that's how it works.",
      "[[Not a problem at all]], we get that question a lot.",
      '[[No problem at all]], though it is in the FAQ.',
      "[[No problem at all]]. Shame the heel snapped though.",
      '[[Not a problem at all]], as I said before, it is on the website.',
      '[[No problem at all]], these things happen with old boilers.',
      '[[No problem at all]], but please check the address next time.',
      '[[No problem at all]], just be patient.',
      '[[No problem at all]], you should have received it by now.',
      '[[No problem at all]], the charge still stands.',
      '[[No problem at all]], glad the money came through.',
      '[[no problem at all]], glad the deposit is back in your account',
    ],
  },
  {
    // "Unfortunately / sadly for the <thing>": a figure of speech whose regret falls on a thing in a story, not the opener
    // of bad news for the customer. Never "for you / your …", "for all of us", a person or a customer's transaction, nor a
    // sentence with a negation or a word of bad news ("late", "cancelled", "lost").
    kind: 'regret-on-a-thing',
    neg: [
      'Unfortunately for the old boiler, its days are numbered: the new one goes in on Monday and you will be toasty.',
      'Unfortunately for the moths, we have steam-cleaned the whole rug and it looks brand new.',
      'Sadly for the weeds, our gardener is back on Thursday and will give the borders a proper tidy.',
      'Unfortunately for the snow, the gritters were out early and the roads to the lodge are clear.',
      'Unfortunately for the squirrels, the new feeder is squirrel-proof, and the birds love it.',
      'Unfortunately for the rust, the blasting took it right back to bare metal and the frame is sound.',
      'Unfortunately for the cake, the kids spotted it first and it was gone in minutes!',
      'Sadly for the old carpet, it is off to the tip and the oak floor is going down tomorrow.',
      'unfortunately for the mice, the new seals on the shed door are tight as a drum',
      'Unfortunately for the stain, our cleaner had the right solution and it lifted completely.',
      'Unfortunately for the wasps, the nest is gone and the garden is all yours again.',
      'Unfortunately for the old van, it has been retired, and your move will be in our brand new lorry.',
      'Unfortunately for the fog, the sun came out by ten and the crossing was smooth.',
      'Sadly for the chocolate, the team found the box of samples you sent and it lasted about an hour.',
      'Unfortunately for the ivy, it has all been cut back and the brickwork is in great shape.',
      'Unfortunately for the limescale, the descaler did its job and the kettle is like new.',
      'Unfortunately for the old sofa, the kids have claimed the new one already.',
      'Unfortunately for the puddles, the new drainage has them all gone.',
      'Unfortunately for the woodworm, the treatment has worked and the beams are sound.',
      'Sadly for the rain, the barbecue went ahead and everyone had a great time.',
      'Unfortunately for this old printer, it met its match in our engineer, and it is printing again.',
      'Unfortunately for the dust bunnies, the deep clean is booked for Friday.',
      'unfortunately for the slugs the raised beds are copper-taped now, so your lettuces are safe',
      'Unfortunately for the leak, the plumber found it in ten minutes and it is fixed.',
      'Unfortunately for the hedge, it got a very short haircut, and the view from your window is back.',
    ],
    pos: [
      '[[Unfortunately]] for you, the sale ended yesterday.',
      '[[Unfortunately]] for all of us, the car park is being resurfaced that week.',
      '[[Unfortunately]] for the courier, the road was closed, so your parcel is a day late.',
      '[[Unfortunately]] for your order, the warehouse ran out of the blue one.',
      '[[Unfortunately]], the piano tuner is off sick this week.',
      '[[Unfortunately]] for the delivery, the van broke down and it will be late.',
      '[[Unfortunately]] for the boiler, we cannot get the part until March.',
      '[[Sadly]] for the garden party, the marquee was damaged and we have had to cancel.',
      '[[Unfortunately]] for the booking, we cannot hold the room past noon.',
      '[[Unfortunately]] for the rug, the stain did not come out.',
      '[[unfortunately]] for the cake the oven broke and it is delayed till tomorrow',
      '[[Unfortunately]] for your refund, it was declined by the bank.',
      '[[Unfortunately]] for the repair, the part is out of stock.',
      '[[Unfortunately]] for the customers, the shop will not open on Sunday.',
      '[[Unfortunately]] for the trip, the ferry was cancelled.',
      '[[Unfortunately]] for the parcel, it was lost in transit.',
      '[[Sadly]] for you, we have no rooms left that weekend.',
      '[[Unfortunately]] for the appointment, the dentist is unavailable.',
      '[[Unfortunately]], we are fully booked.',
      '[[Unfortunately]] for the concert, it has been postponed.',
      '[[Unfortunately]] for the frame, it arrived cracked.',
      '[[Unfortunately]] for the sofa, it failed the fire test, so we cannot sell it.',
      '[[Unfortunately]] for the flight, there is a delay of three hours.',
      '[[Unfortunately]] for the event, the venue has refused our booking.',
      '[[Unfortunately]] for the plants, they will not survive the journey, so we cannot ship them.',
    ],
  },
  {
    // "I don't know of / I'm not aware of any other <charge, fee, problem …>": the agent denies that more of a bad thing
    // exists, a reassurance. Never a way, option, discount or date the customer wants, nor with a limit after it ("so I
    // can't"), and never the bare not-knowing ("I don't know when").
    kind: 'know-of-none',
    neg: [
      "I don't know of any other charges on your card, the deposit was the only one.",
      'I dont know of any other fees for the course, the £40 covers everything.',
      "We don't know of any other problems with that model, yours is the first we've seen.",
      "I'm not aware of any other charges on the account, the June invoice was the last.",
      'I am not aware of any other payments taken this month; the one on the 3rd is the only one.',
      "I don't know of any further costs, sir; the quote includes fitting and disposal.",
      "I don't know of any hidden fees at all, the price you see is the price you pay.",
      "We're not aware of any outages in your area, the network shows green.",
      'i dont know of any other bookings under your name, just the one for friday',
      "I don't know of any other debits on the account, madam; the standing order is the only one.",
      "I don't know of any extra charges for parking, it's included with the room.",
      "I'm not aware of any other faults on the car, the MOT came back clean.",
      "I don't know of any other invoices outstanding, you're fully paid up.",
      "We don't know of any additional fees, the visa fee is the only one.",
      "I don't know of any problems with the flight, it's showing on time.",
      "Not that I know of any other charges, the £9.99 is your plan.",
      "I don't know of any other issues with your order, everything is packed.",
      "I'm not aware of any further costs, the survey fee covers the visit.",
      "I don't know of any other transactions pending, the refund has cleared.",
      "I don't know of any delays on the line today, the trains are running to time.",
      "we're not aware of any other complaints about the flat, the inspection was fine",
      "I don't know of any other subscriptions on your account, only the monthly box.",
      "I'm not aware of any other penalties, the late fee was waived last week.",
      "I don't know of any more charges coming, the final bill was the last one.",
      "I don't know of any errors on the form, it all looks complete.",
    ],
    pos: [
      "[[I don't know of any way]] to get it there sooner.",
      "[[I don't know of any other discount]] we can offer.",
      "[[I don't know]] when the refund will land.",
      "[[I don't know of any]] other way to book it.",
      "[[I don't know of any]] other option, sorry.",
      "[[I don't know]] of any other charges, sorry, you will have to call the bank.",
      "[[I don't know of any]] reason for the charge, so I can't refund it.",
      "[[I don't know of any]] other slots this week.",
      "[[I don't know]] if there are other charges.",
      "[[I don't know]] about any other charges, you'll have to ask billing.",
      "[[I don't know of any]] alternatives to the ferry.",
      "[[I don't know of any]] other dates we could do.",
      "[[I dont know of any]] way round it",
      "[[I don't know of any]] solution for that model.",
      "[[No idea]] about other charges.",
      "[[I don't know of any]] other stockists near you.",
      "[[I don't know]] what the other charges are.",
      "[[I don't know of any]] other way to pay.",
      "[[I don't know of any]] shop that sells that part.",
      "[[I don't know]] why you were charged twice.",
      "[[I don't know of any]] other offers at the moment.",
      "[[I don't know of any]] cheaper tickets.",
      "[[I don't know of any]] other engineer who could come.",
      "[[I don't know of any]] other route that avoids the toll.",
      "[[I don't know]] whether there are hidden fees.",
    ],
  },
  {
    // A shop's standing restriction under its sign-off (a name, a business line, then the notice): "We regret we cannot send
    // X outside Y", "We do not ship to PO boxes", "We are unable to deliver on Sundays". The same words in the body of a
    // reply, with no sign-off above them, stay the reply's refusal.
    kind: 'footer-restriction',
    neg: [
      'Hi Tom, your seeds went out today.\n\nJo\nGreenleaf Nursery\nWe regret we cannot send live plants outside mainland UK.',
      'Hello Priya, the hamper is on its way.\n\nMark\nHillside Bakery\nWe are unable to deliver on Sundays.',
      'Hi Dev, the cartridges shipped this morning.\n\nAmy\nInkwell Supplies\nWe do not ship to PO boxes.',
      'Hi Lou, your order is packed.\n\nBen\nNorthfield Pharmacy\nWe cannot post medicines overseas.',
      'Dear Mrs Grant,\n\nThe replacement filter has been dispatched.\n\nKind regards,\nSandra\nRiverside Aquatics\nWe regret that we cannot ship livestock to Northern Ireland.',
      'Hi Raj, your boots went out first class.\n\nCarla\nPeak Outdoor Store\nWe are unable to ship to the Channel Islands.',
      'Hi Sue, tracking is on its way to you.\n\nOmar\nBrookside Wines\nWe cannot deliver alcohol outside England and Wales.',
      'Hi Kim, the frames are in the post.\n\nLiz\nCentral Opticians\nWe do not send glasses abroad.',
      'Hiya, the cake is booked in for Saturday.\n\nDan\nSugarplum Bakery\nWe regret we cannot deliver outside a 10 mile radius.',
      'Hi Ali, your fish food is on its way.\n\nNina\nCoral Aquatics\nWe are unable to post live fish.',
      'Hello Jo, your refill has shipped.\n\nPaul\nMeadow Chemists\nWe do not dispatch on bank holidays.',
      'Hi Chris, all sent!\n\nSam\nOrchard Garden Centre\nWe cannot ship trees over 2m.',
      'Hi Ella, your tickets are attached.\n\nTom\nRiverside Theatre\nWe regret we cannot post tickets outside the UK.',
      'Hi Fran, the parts went out today.\n\nLee\nHarbour Motors\nWe are not able to ship batteries by air.',
      'Morning Alex, the lamp is on the van.\n\nGeorgia\nWillow Electrical\nWe cannot deliver to addresses outside the M25.',
      'Hi Beth, your order is on its way.\n\nMo\nCastle Tea Supplies\nWe do not deliver to Ireland.',
      'Hi Zoe, the kit was posted.\n\nIan\nFell Running Club\nWe regret we cannot send kit overseas.',
      'Hi Ray, packed and sent.\n\nTess\nHighland Honey Supplies\nWe cannot ship honey outside the EU.',
      'Hello Max, the prints are in the post.\n\nRuth\nMill Studio\nWe are unable to ship framed prints internationally.',
      'Hi Ana, the bulbs went out today.\n\nPete\nRose Nursery\nWe regret that we are unable to send bulbs abroad.',
      'Hi Hal, your order left us this morning.\n\nIvy\nHarbour Fish Supplies\nWe do not ship frozen goods on Fridays.',
      'Hi Gus, your vitamins are on their way.\n\nJune\nLakeside Pharmacy\nWe cannot deliver to PO boxes.',
      'Hi Dot, the paint went out today.\n\nKit\nBarn Decorating Supplies\nWe regret we cannot send paint by air.',
      'Hi Em, the chairs are booked for Tuesday.\n\nNed\nOak Furniture Store\nWe are unable to deliver to the Scottish islands.',
      'Hi Roy, your chicks are booked.\n\nMay\nHilltop Poultry Supplies\nWe cannot send live birds outside mainland UK.',
    ],
    pos: [
      '[[We regret we cannot send]] live plants outside mainland UK.',
      'Hi Tom, [[we cannot send]] live plants outside mainland UK, sorry.',
      'Hello Priya, [[we are unable to]] deliver on Sundays.',
      'Hi Dev, [[we do not ship]] to PO boxes, so please give a street address.',
      "Hi Lou, [[we can't post]] medicines overseas.\n\nBen\nNorthfield Pharmacy",
      'Dear Mrs Grant,\n\n[[We regret that we cannot]] ship livestock to Northern Ireland.\n\nKind regards,\nSandra\nRiverside Aquatics',
      'Hi Raj, [[we are unable to]] ship to the Channel Islands.',
      'Sorry Sue, [[we cannot deliver]] alcohol outside England and Wales.',
      "Hi Kim, [[we don't send]] glasses abroad.",
      'Hiya, [[we cannot deliver]] outside a 10 mile radius I am afraid.',
      'Hi Ali, [[we are unable to]] post live fish.',
      'Hi Chris, [[we cannot ship]] trees over 2m.',
      'Hi Ella, [[we cannot post]] tickets outside the UK, you will need to collect them.',
      'Hi Fran, [[we are not able to]] ship batteries by air.',
      'Morning Alex, [[we cannot deliver]] to you, your address is outside the M25.',
      'Hi Beth, [[we do not deliver]] to Ireland, sorry.',
      'Hi Zoe, [[we cannot send]] kit overseas.',
      'Hi Ray, [[we cannot ship]] honey outside the EU.',
      'Hello Max, [[we are unable to]] ship framed prints internationally.',
      'Hi Ana, [[we are unable to]] send bulbs abroad.\n\nPete\nRose Nursery',
      'Hi Gus, [[we cannot deliver]] to PO boxes.',
      'Hi Dot, [[we cannot send]] paint by air.',
      'Hi Em, [[we are unable to]] deliver to the Scottish islands.',
      'Hi Roy, [[we cannot send]] live birds outside mainland UK.',
      'Hi Sam,\n\n[[We cannot send]] the bees to Jersey.\n\nSue\nHilltop Apiary Supplies',
    ],
  },
];

const flags = (s: string) => {
  const exclude = draftNotOwnRanges(s);
  return suggestRewrites(s, builtinPacks, exclude.length ? { exclude } : {}).map((x) => ({ start: x.flagged.start, end: x.flagged.end, id: x.ruleId }));
};
const show = (s: string, f: { start: number; end: number; id: string }[]) => f.map((x) => `${x.id}:"${s.slice(x.start, x.end)}"`).join(' ');

/** Each kind: `pos` caught when every [[ ]] stretch is touched by a flag, `neg` flagged when anything is. */
export function runNeutral28(kinds: readonly Kind21[] = NEUTRAL28): Kind21Result[] {
  return kinds.map((k) => {
    const misses: string[] = [];
    for (const p of k.pos) {
      const { text, spans } = unmark(p);
      const f = flags(text);
      if (!spans.every(([a, b]) => f.some((x) => x.start < b && x.end > a))) misses.push(`${text}   ${show(text, f)}`);
    }
    const falses = k.neg.map((s) => ({ s, f: flags(s) })).filter((x) => x.f.length).map((x) => `${x.s}   ${show(x.s, x.f)}`);
    return { kind: k.kind, caught: k.pos.length - misses.length, pos: k.pos.length, flagged: falses.length, neg: k.neg.length, misses, falses };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const only = process.argv.find((a) => a.startsWith('--kind='))?.slice(7);
  for (const r of runNeutral28(NEUTRAL28.filter((k) => !only || k.kind === only))) printMarked(r.kind, r);
}
