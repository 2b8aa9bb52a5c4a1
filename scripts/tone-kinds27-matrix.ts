/**
 * Session 27's look-alike matrix (toneen27, English frustration): per kind, messages that must show the cue and close
 * contrasts that must not, written from general knowledge across trades as customers type them, never from a development
 * sentence's nouns. tests/unit/tone/kinds27.test.ts runs it; `npx tsx scripts/tone-kinds27-matrix.ts` prints each case that
 * is wrong with the reader's evidence.
 */
import { printCueMatrices, type MatrixCase } from './tone-matrix-run.ts';

export const FRUSTRATION27: Record<string, readonly MatrixCase[]> = {
  'money the fault costs them (out of my own pocket, that was my rent money)': [
    ['Your courier keeps delivering the cakes late, so I am refunding my customers out of my own pocket.', true],
    ['You took £640 from my account for an order I cancelled. That was my rent money.', true],
    ['The app charged me twice for the same course. That money was for my rent and my kids\' food.', true],
    ['The payroll export failed again and I had to pay the staff out of my own pocket.', true],
    ['Your driver never showed, so we have been paying for taxis out of our own pocket all week.', true],
    ['You debited my account twice this month. It was my mortgage money.', true],
    // Close contrasts: money spent and asked back calmly, money set aside, a loss feared or undone, and an outage's lost
    // sales told to hurry a fix (the development splits read that as urgency, not anger).
    ['I paid for the taxi out of my own pocket, can I claim it back on my policy?', false],
    ['I have set aside my rent money, so could I pay the deposit next Friday instead?', false],
    ['How much would I lose if I cancelled the contract early?', false],
    ['Phew, I thought I had lost all my saved files, but they are back. Thank you!', false],
    ['I lost my card on the bus yesterday, could you block it and send a new one?', false],
    ['We lost power for an hour last night but everything is working again now.', false],
    ['Our online booking page is down and we are losing orders every minute. Please send someone now.', false],
    ['The card terminal has been offline since nine and we are losing sales every hour, can you escalate?', false],
    ['Was that money for the rent included in the statement? Just checking.', false],
  ],
  'time refused (I don\'t have time for this.)': [
    ['The router has dropped again and I have a client call at two. I don\'t have time for this.', true],
    ['Third password reset this week. I do not have time for this nonsense.', true],
    ['I really haven\'t got time for this. Just send the engineer.', true],
    ['We have no time for this, the refund was promised a month ago.', true],
    // Close contrasts: a schedule told, asked about, or the customer's own lack of time for a task.
    ['I don\'t have time for this today, could we do the call on Thursday?', false],
    ['Sorry, I don\'t have time for this survey, but the engineer was great.', false],
    ['Do I have time for this before the shop closes at six?', false],
    ['I didn\'t have time for this course last year but I would love to join the spring one.', false],
    ['I don\'t have time for this right now, can you call me after lunch?', false],
  ],
  'withholding payment as what follows an unmet condition, a formal notice of breach': [
    ['Unless the boiler is repaired this week, I will withhold my rent.', true],
    ['Absent a full refund by Monday, we will withhold payment of your remaining invoices.', true],
    ['If the software is still not working by Friday we will be withholding the next licence payment.', true],
    ['Please treat this letter as formal notice of breach of the service agreement.', true],
    ['This is formal notice that you are in breach of contract.', true],
    // Close contrasts: withholding told as a rule or asked about, a notice that cancels or resigns.
    ['Can I withhold the final payment until the snagging list is done?', false],
    ['Our tenants are threatening to withhold rent, so when can an engineer come?', false],
    ['Please treat this email as formal notice of my intention to cancel at the end of the term.', false],
    ['The contract says the client may withhold 5% until completion. Is that standard?', false],
    ['Please accept this as formal notice that I am moving out on the 30th. Thanks for everything.', false],
  ],
  'a weary "spare me" (spare me another apology, kindly spare me the script)': [
    ['Kindly spare me another apology and tell me when the parts will arrive.', true],
    ['Spare me the script, I have already restarted the router four times.', true],
    ['Please spare me the excuses. The van was booked and it never came.', true],
    ['Just spare me a fifth ticket number and send someone who can fix the lift.', true],
    // Close contrasts: a request for someone's time, a copy, a thought.
    ['Could you spare me five minutes on the phone tomorrow?', false],
    ['If you can spare me a copy of the manual, I would be grateful.', false],
    ['Thanks for sparing me the trip to the depot, the courier was lovely.', false],
    ['Please spare a thought for the delivery drivers in this weather, they have been great.', false],
  ],
  'a curt demand for the money (give me my money back)': [
    ['The blender burnt out on day three. Give me my money back.', true],
    ['Four calls, four different answers. Just give me my money back, please.', true],
    ['Your course videos have not loaded since March. Cancel my plan and give me my money back.', true],
    ['The seats we paid for were given away. Give us our money back.', true],
    ['Give me a refund. The tent leaked on the first night.', true],
    // Close contrasts: the refund asked for, asked about, or given.
    ['Could you give me my money back please? The jacket is too small.', false],
    ['If the part cannot be found, can you give me my money back instead?', false],
    ['Thanks for agreeing to give me my money back so quickly!', false],
    ['Will you give me a refund if I send the shoes back unworn?', false],
    ['I would like you to give me a refund for the duplicate order, whenever convenient.', false],
  ],
  'a rhetorical "what exactly is the … for?" beside a fault': [
    ['The seller has vanished and your team keeps closing my claim. What exactly is the guarantee for?', true],
    ['The alarm did not go off when the door was forced. What exactly is the monitoring for?', true],
    ['Nobody has picked up in three days. What exactly is the priority line for?', true],
    ['My parcel was left in the rain again. What exactly are the delivery notes for?', true],
    // Close contrasts: a plain question about a feature or a charge, or asked with thanks.
    ['What exactly is the reset button for? The manual does not say.', false],
    ['I do not recognise this line on my bill. What exactly is the service charge for?', false],
    ['What exactly is the second key for? Just curious, thanks!', false],
    ['Loving the new app. What exactly is the green badge for?', false],
  ],
  'a formal "with respect, this is mistaken"': [
    ['Your assessor says the damage was wear and tear. With respect, that is simply wrong.', true],
    ['With respect, your decision is mistaken. The pipe burst suddenly.', true],
    ['With respect, this is incorrect: I paid the invoice on the 3rd.', true],
    // Close contrasts: "with respect to" (about), the customer's own mistake, praise.
    ['With respect to my order, could you tell me the delivery date?', false],
    ['With respect, I think I may have been mistaken about the date, sorry!', false],
    ['With respect to the refund, that is fine, thank you.', false],
    ['I say this with respect: your engineer was wonderful.', false],
  ],
  'a demand to stop closing the matter as resolved (kindly stop closing it as "resolved" when …; session 19\'s reader, widened)': [
    ['Kindly stop closing it as "resolved" when the boiler is still cold.', true],
    ['Please stop marking my repair as fixed, the line is still dead.', true],
    ['Stop closing the case as resolved when nobody has called me back.', true],
    ['Can you stop marking the job as complete? The fence panels are still on my drive.', true],
    // Close contrasts: a closing asked for, or about how to stop an app doing something.
    ['All working now, thanks, you can close it as resolved.', false],
    ['How do I stop the app marking my messages as read?', false],
    ['Could you stop the ticket from closing automatically while I am away? Thanks.', false],
  ],
  'calm: a label a screen reports at a distance (the app says my plan is "monthly"; the site will not let me, saying "…")': [
    ['Hello, the app says my plan is "monthly" but I paid for the year. Could you check please?', false],
    ['The portal will not let me upload the form, saying "file type not supported". What format do you need?', false],
    ['The tracking page shows my parcel as "awaiting collection". Where do I collect it?', false],
    ['My account now lists the subscription as "paused", is that right? I did not change anything.', false],
    ['The machine at the gate keeps flashing and saying "card not valid". Can someone help me get in?', false],
    // Close contrasts: the company's word quoted back with a fault and feeling, which must keep the cue.
    ['Your agent told me my refund was "processed" three weeks ago. Still nothing. This is ridiculous.', true],
    ['So your "express" delivery took eleven days. Unbelievable.', true],
    ['Your website says "24/7 support" and nobody has answered in three days. What a joke.', true],
  ],
  'calm: a contact repeated on a date, a first contact ever (requested it on the 2nd and again on the 9th; never had to contact you before)': [
    ['We requested the transfer forms on the 2nd and again on the 9th. Please could you send them?', false],
    ['I reminded your team on Monday and again on Thursday. Could someone confirm the date?', false],
    ['I have never had to contact you before, but the dishwasher is leaking. Can an engineer come this week?', false],
    ['We have never had a problem with your service before. The latest bill looks high, could you check the reading?', false],
    // Close contrasts: a fault again, a thing that never came, which must keep the cue when anger is said.
    ['The heating has broken down again, the third time this month. This is ridiculous.', true],
    ['The refund never arrived and nobody answers the phone. I am absolutely furious.', true],
    ['The printer has stopped working again, the third replacement. This is ridiculous.', true],
  ],
};

if (process.argv[1]?.endsWith('tone-kinds27-matrix.ts')) printCueMatrices('session 27 kinds', [[FRUSTRATION27, 'frustrated']]);
