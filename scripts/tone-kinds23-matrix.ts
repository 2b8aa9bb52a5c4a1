/**
 * Session 23's look-alike matrix for lib/tone/cues/frustration.kinds23.ts (English): per kind, messages that must show the
 * frustrated cue and close contrasts that must not (or the reverse for a calm kind), written from general knowledge
 * across trades as customers type them, never from a development sentence's nouns. tests/unit/tone/kinds23.test.ts runs
 * it; `npx tsx scripts/tone-kinds23-matrix.ts` prints each case that is wrong with the reader's evidence.
 */
import { cueMatrixWrong, type MatrixCase } from './tone-matrix-run.ts';

export const FRUSTRATION23: Record<string, readonly MatrixCase[]> = {
  'delight: exclamation marks, capitals and "seriously" inside praise': [
    ['Just picked up my glasses and they are PERFECT!! The optician was so patient with me!!!', false],
    ['Wow!! The cake was AMAZING, everyone at the party asked where it came from!!', false],
    ['THANK YOU SO MUCH!!! The plumber came within the hour and saved our kitchen floor.', false],
    ['Seriously, the best haircut I have had in years. Will be back!!', false],
    ['Honestly the easiest mortgage application ever!! Thank you Priya!!', false],
    ['Hey!! Got the new sofa yesterday and it looks INCREDIBLE in the lounge. Seriously comfy too.', false],
    ['The movers were brilliant!!! Made a stressful day so much easier. THANK YOU!!', false],
    ['Your nurse turned an awful morning into a good one!! So grateful.', false],
    ['Just wanted to say the engineer was fantastic!! What could have been a nightmare took twenty minutes. LOVE IT', false],
    ['Seriously impressed with how quick the refund was!! Thanks team', false],
    ['OMG the wedding flowers were STUNNING!!! Thank you thank you thank you', false],
    ['Best tattoo studio ever!! Seriously, the aftercare advice was spot on.', false],
    ['The new app update is SO much better!! Loving the dark mode.', false],
    ['Finally got to try the tasting menu and WOW!! Every course was perfect.', false],
    ['Can I just say the driver was LOVELY!! He carried everything up four flights.', false],
    // Close contrasts: the same marks with displeasure or a fault said to the company.
    ['Seriously?! The glasses you made are the wrong prescription AGAIN!!', true],
    ['THANK YOU for nothing!! Three weeks and still no refund.', true],
    ['Seriously, how hard is it to deliver a parcel to the right house?!', true],
    ['The movers were AWFUL!!! They dropped my mirror and laughed about it.', true],
    ['This is a horrible way to treat customers!! Nobody has called me back.', true],
    ['Wow!! Another missed appointment. Absolutely ridiculous.', true],
    ['Seriously, the best part was waiting 3 hours on hold!! Love it.', true],
    ['THANK YOU SO MUCH for nothing!! My boiler is still broken.', true],
    ['It would be lovely if someone ACTUALLY TURNED UP!! Third no-show this week and still no call.', true],
    ['I used to love this gym!! Now the showers are filthy and nobody cares. Seriously disappointed.', true],
  ],
  'a label a display shows, in capitals or quotes': [
    ['The boiler display is flashing LOW PRESSURE and there is no hot water. Can someone come out today?', false],
    ['My card reader keeps showing CARD DECLINED even with a new card. Is there an outage?', false],
    ['The router says NO INTERNET in red since this morning, what should I try?', false],
    ['The fridge panel reads DOOR OPEN ALARM but the door is shut. How do I reset it?', false],
    ['My order has been stuck in "awaiting dispatch" since Monday, is it still coming this week?', false],
    ['Our listing is stuck in "under review" and the launch is Friday. Could you check it?', false],
    ['The payment sat in "processing" overnight, has it gone through?', false],
    ['Washing machine shows ERROR E21 and will not drain. We go on holiday TOMORROW so need it sorted.', false],
    ['The gate intercom is showing SYSTEM LOCKED and the app says offline. Need someone out TONIGHT please.', false],
    ['Freezer display is flashing HIGH TEMP. We leave for Spain on Friday for three weeks and it is full of food. Need an engineer TODAY.', false],
    ['Every new booking is stuck in "needs sync" since yesterday and none reach the calendar. Is something down?', false],
    ['Half my invoices are stuck in "draft export" and the accountant needs them Monday. Any known issue?', false],
    ['The charger shows FAULT 3 and the car will not charge. I drive to Leeds tomorrow for a week, can someone come out tonight?', false],
    ['Our tills show OFFLINE MODE and cards will not go through. Busiest day of the week, please call ASAP.', false],
    // Close contrasts: shouting at the company, or a label beside a word of displeasure.
    ['The display says LOW PRESSURE again. This is RIDICULOUS, third engineer visit and STILL NOT FIXED.', true],
    ['Your app says "delivered" but nothing came. Absolutely useless.', true],
    ['I AM SO FED UP WITH THIS. The screen still says ERROR and nobody answers the phone.', true],
  ],
  'a length of time ahead is no wait': [
    ['We fly to Malaga tomorrow for two weeks and the alarm app shows offline. Can someone check it tonight?', false],
    ['I am away on a course for three weeks from Monday, can the delivery be held at the depot?', false],
    ['We are staying in the cottage for ten days next month, is there a cot available?', false],
    ['I start night shifts tomorrow for a month so please only call after 2pm.', false],
    ['My son goes to camp on Saturday for two weeks, could the dental check be before then?', false],
    ['The hot tub heater shows an error and we have guests arriving tomorrow for five days. Can an engineer come TODAY?', false],
    ['Our flight home is on the 9th and we will be gone for a month, so the boiler service has to be this week. Any slots?', false],
    ['Heading off tonight for three weeks, PLEASE can someone confirm the pet sitter booking is still on!', false],
    // Close contrasts: a length borne.
    ['We have been without heating for two weeks. Absolutely disgraceful, nobody has come.', true],
    ['I have waited three weeks for a callback that never came. Pathetic.', true],
    ['We were stuck at the airport for two days because of your cancellation. Disgraceful!!', true],
  ],
  'ironic praise or thanks beside a harm told': [
    ['Great. The courier threw my parcel over the fence and it landed in the pond. Really top service.', true],
    ['The bouquet arrived wilted and half the stems were snapped. Thanks for that.', true],
    ['Thanks for ruining my birthday dinner, the cake was squashed flat in the box.', true],
    ['Wonderful. My new sofa turned up with a ripped cushion and a scratched leg. Top work, guys.', true],
    ['Love how your painter managed to splash the carpet AND chip the skirting. Superb.', true],
    ['Brilliant. The pizza turned up stone cold and squashed flat. Fantastic effort.', true],
    ['Cheers for that 🙃 my suit came back from the cleaners with a burn mark on the sleeve.', true],
    ['Thanks SO much for the dented fridge. Truly outstanding delivery.', true],
    ['Fantastic. The hairdresser burnt my scalp with the bleach. Really nailed it.', true],
    ['Amazing work, guys. The removal crew cracked my TV screen and left the bed frame behind.', true],
    ['These trainers came in one size too small and now I have blisters. Thanks for that.', true],
    ['Superb. Two of the six wine glasses arrived shattered and the rest were soaked.', true],
    ['Well done, really. Your engineer drilled through a pipe and flooded the bathroom.', true],
    ['Thanks for the scratched phone case, just what I needed.', true],
    ['Cheers for that 🙄 the dry cleaner shrunk my only suit two days before the wedding.', true],
    ['Outstanding. The decorator splashed paint all over the new carpet and left without a word.', true],
    // Close contrasts: sincere praise beside a harm that was put right, that the customer caused, or a person praised.
    ['Brilliant service! I cracked my phone screen on Friday and you replaced it the same day.', false],
    ['Thanks so much for fixing my scratched car door, it looks brand new. Amazing job.', false],
    ['The parcel arrived a bit squashed but everything inside was fine. Great service as usual!', false],
    ['I dropped my laptop and dented the lid, your repair team were fantastic and sorted it in a day.', false],
    ['Great news, the dented fridge has been swapped for a new one. Thanks for that!', false],
    ['Wonderful service, the engineer noticed the cracked pipe and repaired it before it leaked.', false],
    ['Thanks for that, the burnt smell was just the dust on the heater. All good now.', false],
    ['Amazing! The torn jacket I sent in has come back invisible-mended. Thank you!', false],
    ['Thank you for the quick reply. My cushion was ripped when it arrived, can I send a photo?', false],
    ['Thanks for that. One more thing, the lid was cracked when it arrived, could you send a new one?', false],
    ['Great, thanks! Also my screen protector arrived cracked, can I get another?', false],
    ['Perfect, cheers. The second parcel came with a dented corner though, is that covered?', false],
    ['Thanks so much for repairing my torn jacket, it looks like new!', false],
    ['Thank you for mending the ripped seat so quickly. Fantastic work.', false],
    ['Amazing food as always. My son spilled his juice all over the table, so sorry about that!', false],
    ['Excellent course! I burnt more calories than I ever have. Brilliant instructor.', false],
    ['Great service. Unfortunately the vase arrived smashed, could you arrange a replacement?', false],
    ['Lovely. Our dog chewed the new lead already, do you sell a tougher one?', false],
    ['Brilliant, that worked. The old cable was bent so I have thrown it away.', false],
    ['Thanks for that! The scratch on the table was already there when we moved in, so no worries.', false],
    ['Brilliant news. Our claim for the flooded kitchen has been approved.', false],
    ['Fantastic. Quick question though, my order arrived with a cracked lid, is a refund or a replacement better?', false],
    ['Excellent, thank you. Separately, one of the plates came chipped, can I swap it in store?', false],
    ['Lovely service as always. The courier dropped off the parcel at 8am sharp.', false],
    ['Perfect! We lost the instructions when we moved, could you email a copy?', false],
    ['Great stuff. My husband broke the handle, do you sell spares?', false],
  ],
};

if (process.argv[1]?.endsWith('tone-kinds23-matrix.ts')) {
  const { cases, wrong } = cueMatrixWrong(FRUSTRATION23, 'frustrated');
  for (const l of wrong) console.log(l);
  console.log(`${cases - wrong.length}/${cases} right`);
}
