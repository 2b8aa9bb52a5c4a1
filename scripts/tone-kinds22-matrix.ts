/**
 * Session 22's look-alike matrix for lib/tone/cues/frustration.kinds22.ts and urgency.kinds22.ts (English): per kind,
 * messages that must show the cue and close contrasts that must not (or the reverse), written from general knowledge
 * across trades, never from a development sentence's nouns. tests/unit/tone/kinds22.test.ts runs it;
 * `npx tsx scripts/tone-kinds22-matrix.ts` prints what is wrong with the reader's evidence.
 */
import { cueMatrixWrong, type MatrixCase } from './tone-matrix-run.ts';

export const FRUSTRATION22: Record<string, readonly MatrixCase[]> = {
  'a need over a time is no time gone by': [
    ["Honestly I can't go a day without your coffee, best cafe in town!", false],
    ["I can't go a week without checking your app, love it.", false],
    ['The vet says another 5 days for the order. Is there a smaller pack I could collect meanwhile?', false],
    ['We have gone three days without heating and nobody has come. Disgraceful.', true],
    ['Another week has passed and still nothing. Unbelievable.', true],
  ],
  "one's own tone apologised for": [
    ['Please ignore my last email, the parcel turned up this morning. Sorry for the angry message!', false],
    ['Apologies if I sounded rude on the phone earlier, it is all sorted now. Thanks!', false],
    ['Sorry for my angry email yesterday, the refund has come through. Have a nice weekend.', false],
    ["Hi again, sorry for being so grumpy with your colleague this morning, I'd had no sleep. The boiler's working now.", false],
    ['Sorry about the annoyed tone of my last message, the engineer rang and explained everything. All good.', false],
    ['I apologise if my previous email came across as rude. I was stressed about the move. The keys arrived today, thank you.', false],
    ['Forgive me for the frustrated voicemail last night, the app is working again this morning.', false],
    ['Sorry for the angry email, but honestly this is still unacceptable and I want a refund.', true],
    ["Sorry for the rant, but I am furious. Third missed delivery this week and nobody picks up the phone.", true],
    ["I'm sorry but I'm angry. This is the third time the order has been wrong.", true],
    ["Apologies if I sound rude, but your service has been appalling from start to finish.", true],
    ['Sorry to say it, but I am really disappointed with how my claim was handled.', true],
  ],
  'a business someone else moved a thing to': [
    ['Someone transferred my number to another carrier this morning without my permission. Can you reverse it?', false],
    ['My parcel was handed to another courier at the depot, can you give me their tracking number?', false],
    ['The seller passed my order to a different company for shipping. Who should I contact about the delivery date?', false],
    ['My pension was moved to another provider when the firm merged. Do you still hold any of my paperwork?', false],
    ['If we move house next year we will switch to another provider, what is the exit fee?', false],
    ['We are retiring abroad in the spring and will be switching to another bank there. How do I close the joint account?', false],
    ['If you open a branch in our town I would move my account to your bank.', false],
    ["If you can't deliver to my island I will use another courier, no problem at all. Thanks anyway!", false],
    ['If this is not fixed by Friday I will take my business to another company.', true],
    ["I'm moving my mortgage to another lender. Three months of excuses is enough.", true],
    ['Honestly I am switching to another provider as soon as my contract ends. Appalling service.', true],
  ],
  'leaving on a condition the company fails': [
    ['My premium went from 30 to 65 a month and nothing changed. If you not explain this I will go to other company.\n\nThank you\nPiotr', true],
    ['If nobody explains this increase I will move to another insurer.\n\nThanks\nAnna', true],
    ['Unless you refund the fee I am moving my account to another bank.', true],
    ["If you don't sort the signal out this month I'm switching to another network.", true],
    ['If you still can\'t send an engineer this week we will take our contract to another company. Regards, Tom', true],
    ['If we ever need a bigger van we will probably go to another company, but this one was perfect. Thanks!', false],
    ['If your price is still the best next year we will not move to another supplier. Happy customer!', false],
  ],
  '"again" of a contact or of naming oneself': [
    ['This is Maria again. I rang on Tuesday and again on Thursday about my mother\'s ring. Could you let me know if it has been found?', false],
    ['Hi, I called on Monday and again Wednesday about the missing charger. Could you check if it turned up?', false],
    ['It is Tom again, about the garden gate quote. Could you send it over when ready? Thanks.', false],
    ['I emailed on the 2nd and again last week about the invoice address, could someone update it please?', false],
    ['The heating broke on Monday and again on Thursday. This is ridiculous, third engineer visit and nothing is fixed.', true],
    ['This is Maria again. Your courier has lost my parcel AGAIN. Absolutely useless.', true],
  ],
  '"it\'s been" of a thing done, not of a wait': [
    ["Could you check whether my refund has been processed? I'd just like to know if it's been sent.", false],
    ["Hi, the courier said he'd leave it with a neighbour. Do you know if it's been delivered to number 12?", false],
    ["It's been three weeks and nothing has happened. This is ridiculous.", true],
    ["It's been delayed again and nobody tells me why. Absolutely useless.", true],
  ],
  "harm laid at the company's door": [
    ["You cut off the alarm line for non-payment while my direct debit was active. If there is a break-in tonight, that's on you.", true],
    ["If my father falls and the pendant doesn't work, I will hold you personally responsible.", true],
    ['The freezer van arrived warm. You will be held liable for any spoilt stock.', true],
    ['Is that on you or on the courier if it gets lost?', false],
    ["No worries about the mix-up, that one's on me!", false],
    ["That's on you to decide, I'm happy either way.", false],
    ['Who is responsible for the fence between our gardens, you or the council?', false],
    ['I am responsible for the booking on behalf of my team, could you add two more names?', false],
  ],
  'a wait judged out of measure': [
    ['Eight weeks is excessive for a simple refund. Please advise when it will be paid.', true],
    ['Three months is far too long to wait for a warranty repair on a fridge.', true],
    ['I was quoted 5 working days for the certificate. It has now been seven weeks, which is unreasonable.', true],
    ['Six weeks for a passport photo reprint is excessive by any standard. When will it be sent?', true],
    ['This claim is taking way too long. I sent every document in January.', true],
    ['Frankly an unreasonable delay for a £20 refund. I would like it processed this week.', true],
    ["It's been far too long since my loft insulation was meant to be finished. Please give me a date.", true],
    ['Is two weeks too long to wait before I chase the landlord reference?', false],
    ['Three weeks is not unreasonable for a made-to-order sofa, I am happy to wait. Just checking it is on track.', false],
    ['The charging cable is far too long for my desk, can I swap it for the shorter one?', false],
    ['The fee seemed excessive to me at first, but after your explanation I understand. Thanks.', false],
    ['Six weeks is the usual turnaround for the visa letter, is that right?', false],
    ["The queue at the counter was too long so I'll pop in tomorrow instead. What time do you open?", false],
    ['If the wait is too long I might just collect it myself, could you let me know?', false],
  ],
};

export const URGENCY22: Record<string, readonly MatrixCase[]> = {
  'a cause after "due to" is no deadline': [
    ['Due to a work trip I cannot make my appointment on the 14th. Could you move it to the 21st?', false],
    ['Due to office renovations I will be working from home next week, please send the invoice by email.', false],
    ['The class was cancelled due to staff illness on Tuesday. Will it be rescheduled?', false],
    ['Owing to a family wedding we would like to move our cleaning slot from Saturday to Monday.', false],
    ['My rent is due tomorrow and the transfer still has not gone through.', true],
    ['The medicine is due to arrive today and I have none left for tonight, please check where the driver is.', true],
    ['My assignment is due on Friday and the library system keeps logging me out. Please help.', true],
  ],
  'hours left said roughly': [
    ['The sale ends in about 4 hours and the checkout keeps failing. Is there another way to pay?', true],
    ['The auction closes in roughly 2 hours and I still cannot log in!', true],
    ['My boarding closes in around 40 minutes and the app will not show the pass.', true],
    ['The exam portal shuts in less than an hour and my upload is stuck at 90%.', true],
    ['The webinar yesterday ran for about 2 hours, is the recording available?', false],
    ['The engineer fixed it in about an hour this morning, thank you so much.', false],
    ['How long does delivery take? Is it usually in about 3 hours?', false],
  ],
  'damage or money loss going on now': [
    ['Water is coming through our ceiling from the flat above and dripping onto the sofa.', true],
    ['The kitchen is flooding from under the dishwasher, what do I do?', true],
    ["The washing machine is leaking all over the floor and won't stop.", true],
    ['There is water pouring out of the boiler cupboard into the hallway.', true],
    ['Someone keeps charging my card, four payments since lunch that I did not make.', true],
    ['Your system is taking money out of my account again and again for the same order.', true],
    ['The tap has been dripping slowly for a month, can someone come next week?', false],
    ['There is a bit of a leak under the bathroom sink, could a plumber pop round sometime?', false],
    ['The roof leaked in the storm last winter, do you do inspections?', false],
    ['Does my home cover include damage if a pipe is leaking?', false],
    ['My phone is not charging since the update, is there a fix?', false],
    ['You keep charging me every month for a plan I cancelled in May. Please refund it.', false],
    ['The soup container is leaking a little in the bag, just so you know.', false],
    ['The car is charging really slowly at your station, is the unit faulty?', false],
    ['The fridge is leaking again from the bottom drawer, could an engineer come next week?', false],
    ['My neighbour keeps taking my deliveries in and not passing them on. Can I set a safe place?', false],
    ['The coffee machine is dripping from the spout even when it is off, is that normal?', false],
  ],
  'a necessity someone cannot go without': [
    ['The pharmacy says another 5 days. My dog cannot go 5 days without his heart tablets.', true],
    ["My son can't be without his insulin over the weekend and the delivery still hasn't come.", true],
    ["Mum is 90 and can't last another night without heating, the engineer didn't turn up.", true],
    ["The chemist sent Dad's tablets to the wrong branch and says Monday now. He can't go the weekend without them.", true],
    ["Honestly I can't go a day without your coffee, best cafe in town!", false],
    ["I can't go a week without checking your app, love it.", false],
    ["Your new protein bars are great, I honestly can't go a day without them.", false],
    ['We went two weeks without the gym during the refit, is there a discount for that month?', false],
  ],
  'a day word of a done thing, "now" of a changed state': [
    ['I collected my laptop this afternoon and there is a crack on the screen that was NOT there before. The charger is now missing too. What are you going to do?', false],
    ['We picked up the rental car this morning and the windscreen is now chipped where it was fine at the counter. Who pays for this?', false],
    ['I dropped the dress off this morning and the hem is now uneven. Not happy.', false],
    ['I need my laptop back this afternoon for an exam and the repair is not done. Can you hurry?', true],
    ['My card was stolen this morning and someone is now using it in shops. Please block it.', true],
    ['I picked the keys up this morning and the flat is now flooding from the boiler. Please send someone.', true],
  ],
};

if (process.argv[1]?.endsWith('tone-kinds22-matrix.ts')) {
  const runs = [cueMatrixWrong(FRUSTRATION22, 'frustrated'), cueMatrixWrong(URGENCY22, 'urgent')];
  for (const l of runs.flatMap((r) => r.wrong)) console.log(l);
  const n = runs.reduce((t, r) => t + r.cases, 0);
  console.log(`${n - runs.reduce((t, r) => t + r.wrong.length, 0)}/${n} as meant`);
}
