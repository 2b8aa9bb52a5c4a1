/**
 * Session 28's look-alike matrix (toneen28, English frustration): per kind, messages that must show the cue and close
 * contrasts that must not, written from general knowledge across trades as customers type them, never from a development
 * sentence's nouns. tests/unit/tone/kinds28.test.ts runs it; `npx tsx scripts/tone-kinds28-matrix.ts` prints each case that
 * is wrong with the reader's evidence.
 */
import { printCueMatrices, type MatrixCase } from './tone-matrix-run.ts';

export const FRUSTRATION28: Record<string, readonly MatrixCase[]> = {
  'a demand in capitals to put right at once what the company did (… restore it NOW please)': [
    ['Your courier has lost the birthday cake I ordered and the party is at three. Send a replacement NOW.', true],
    ['your booking system cancelled my table for tonight without asking me. reinstate it NOW please', true],
    ['Your payroll update has frozen every staff account. I need this fixed IMMEDIATELY.', true],
    ['You cancelled my taxi to the airport and my flight boards in an hour. What do I do RIGHT NOW?', true],
    ['I was charged four times for one gym month and my rent leaves tomorrow. Refund the extra NOW.', true],
    ['Your plumber cracked the cistern and the bathroom is under water. I need someone here NOW, not tomorrow.', true],
    ['ur app has blocked my card at the till with a full trolley, unblock it NOW pls', true],
    ['Your removal men came this morning. They dropped my piano down the stairs. Send your manager NOW.', true],
    ['ur courier smashed my tv screen on the doorstep, refund me NOW', true],
    ['You have double charged our school trip deposit and parents are ringing me. Reverse it IMMEDIATELY.', true],
    ['Your gardener cut through the cable to our pond pump. Pay for an electrician NOW.', true],
    // Close contrasts: a stranger's doing (an account taken over, a card stolen), a plea without the company's fault, a
    // message shouted whole, NOW telling a time or a state, a fault put right, lower-case "now".
    ['Someone has logged into my account from abroad and changed the password. Please lock it NOW.', false],
    ['My wallet was stolen at the station an hour ago. Please block my cards NOW.', false],
    ['A hacker has taken over my page and is posting spam. Take it down NOW please.', false],
    ['The pipe under the sink has burst and water is everywhere. Please send a plumber NOW.', false],
    ['Our shop card reader is offline and customers are queuing, please send someone NOW.', false],
    ['The storm has cut the power to the whole street and my freezer is full. Can an engineer come NOW?', false],
    ['Your app cancelled my order last week, but it is all sorted NOW, thank you for the quick help.', false],
    ['Your engineer cracked a tile last month and fixed it the same day, so all good. Can I book the next service NOW for June?', false],
    ['Your system cancelled my order by mistake. Could you restore it now please? No rush.', false],
    ['You cancelled my appointment, which is fine as I am away. The tracking page NOW says collected, is that right?', false],
    ['Your engineer came this morning and was lovely. He replaced the fuse and the boiler works. Could you send the invoice NOW so I can claim it?', false],
    ['My neighbour called your helpline yesterday. He cancelled his contract. Can I take over his number NOW?', false],
    ['Your app cancelled my subscription as I asked. Can you confirm NOW that no more payments will go out?', false],
    ['If your driver has lost the parcel, please refund me NOW so I can buy another.', false],
    ['Did your app cancel my order? I need to know NOW as the shop closes at five.', false],
    ['Your team fixed the leak yesterday, thank you. Now the bill: can you send it over?', false],
    ['Is it possible to pay the balance NOW rather than at collection?', false],
    ['I locked myself out of the app, could you reset my access NOW? My fault entirely, sorry.', false],
  ],
  'ironic praise standing alone beside a fault the older words do not name (… rejects it. Genuinely impressive work.)': [
    ['The booking form rejects every postcode with a space in it. Truly impressive engineering.', true],
    ['My new kettle switches off before the water boils and the lid refuses to close. Superb design.', true],
    ['Brilliant. The replacement charger you sent does not fit the laptop either.', true],
    ['Marvellous. The lift at the station has stopped between floors again and nobody answers the alarm.', true],
    ['the banking app logged me out mid transfer three times tonight. really impressive stuff', true],
    ['Your sat nav update deleted every saved address in the car. Outstanding work, as always.', true],
    ['Lovely. The new dishwasher leaks onto the kitchen floor every single cycle.', true],
    // Close contrasts: praise after a fault put right, praise with thanks or a turn to a new matter, "Great." answering,
    // praise of something else, one's own fault, praise asked or supposed.
    ['The heater stopped working on Monday and your engineer fixed it the same afternoon. Brilliant service.', false],
    ['My order arrived damaged, but you sent a new one the next day. Excellent work, thank you.', false],
    ['Great. Could you also tell me when the second parcel will arrive? It has not been shipped yet.', false],
    ['I dropped my phone in the bath last night. Brilliant move on my part! Can you tell me the repair price?', false],
    ['Superb. The cake did not last long at the party, everyone loved it.', false],
    ['The previous company refused to fix the roof. Your roofer was superb, it has not leaked since.', false],
    ['The app was rejecting my card at first. Genuinely helpful advice from your agent, it goes through now.', false],
    ['The fridge was delivered with a dent in the door. You replaced it the next morning. Excellent service.', false],
    ['The courier lost my first parcel, but the team sent a replacement within two days. Brilliant work.', false],
    // The older sarcasm reader keeps a fix told back as the fault again, or in quotes.
    ['The boiler broke down again, your engineer fixed it on Monday and now it is leaking. Brilliant service.', true],
    ['The washer stopped working and your man "fixed" it twice. Brilliant service.', true],
    ['The tap leaked for a week and nobody came, so in the end I repaired it myself. Superb service.', true],
    ['Superb. Your driver dropped off both boxes before nine and carried them upstairs.', false],
    ['Is the new model really impressive? My old one stopped working after ten years.', false],
  ],
};

export const URGENCY28: Record<string, readonly MatrixCase[]> = {
  'a deadline of the customer\'s on a near or named day, the company\'s part still pending': [
    ['My planning permission lapses on Friday and the surveyor\'s report has still not arrived.', true],
    ['The grant deadline is 14 March. Could you confirm whether my bank letter was received?', true],
    ['My work visa expires on the 30th and the sponsor letter is still pending with your HR team.', true],
    ['The scholarship offer lapses at the end of this month if the transcript is not sent by your registry.', true],
    ['my insulin runs out tomorrow and the repeat prescription still shows as in progress', true],
    ['Our export licence expires in five days and the renewal you promised has not been issued.', true],
    // Close contrasts: the company's sale or trial ending, a contract or plan ending told calmly, a deadline asked about,
    // one passed, time to spare, nothing pending.
    ['Your summer sale ends on Sunday, is the blue jacket still available in a medium?', false],
    ['My contract ends on 30 April, please do not renew it. Thanks.', false],
    ['When is the deadline for the spring intake? Is it 1 March?', false],
    ['The deadline passed on Monday and I missed it, so I will apply next year. Could you send the new dates?', false],
    ['The application deadline is 1 December, but there is no rush, I will send the form next month.', false],
  ],
};

/**
 * Calm look-alikes the OLDER urgency readers show the cue on (at 6df288e2 and after this session): noticed while writing
 * URGENCY28, not changed here (printed by this script, not asserted by the unit test). A deadline or a trial's end said
 * beside a question that asks for no haste.
 */
export const URGENCY28_NOTICED: Record<string, readonly MatrixCase[]> = {
  'older readers: a deadline or a trial ending beside an unhurried question': [
    ['My free trial ends on Friday. How do I cancel before I am charged?', false],
    ['The essay deadline is Friday. Do you have a guide on referencing?', false],
    ['Could you confirm whether references should be uploaded before the deadline on 31 January?', false],
  ],
};

if (process.argv[1]?.endsWith('tone-kinds28-matrix.ts')) {
  printCueMatrices('session 28 kinds', [[FRUSTRATION28, 'frustrated'], [URGENCY28, 'urgent']]);
  printCueMatrices('noticed, older readers (not asserted)', [[URGENCY28_NOTICED, 'urgent']]);
}
