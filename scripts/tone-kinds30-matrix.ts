/**
 * Session 30's tone kinds (lib/tone/cues/frustration.kinds30.ts): look-alike sets written from general knowledge across
 * trades (telecoms, couriers, clinics, banks, shops, hotels, garages, schools, utilities, software, airlines, councils),
 * both registers, typed as customers type (no apostrophes, lower case, typos now and then), never from a development
 * sentence's nouns. [text, shown]: whether the frustrated cue must show. Each kind carries its close contrasts: the same
 * chase or trouble said with an edge, a cost, a demand, capitals or a rhetorical question, which must keep the cue.
 * Run: `npx tsx scripts/tone-kinds30-matrix.ts` (prints the rows that disagree); tests/unit/tone/kinds30.test.ts runs it.
 */
import { printCueMatrices, type MatrixCase } from './tone-matrix-run.ts';

export const FRUSTRATION30_EN: Record<string, readonly MatrixCase[]> = {
  // A chase told plainly (a promise said, nobody came or answered, "still", a count of contacts), then a courteous request.
  plainChase: [
    ['I phoned on Tuesday and was told the new SIM would be posted the same day. It has not arrived. Could you please check the address you have for me?', false],
    ['The plumber you booked was supposed to come this morning. Nobody came. Can you let me know when he can come instead?', false],
    ['I emailed on 3 and 10 March about my exam certificate and was promised it within a week. Still nothing. Could someone confirm it has been posted?', false],
    ['Dear Sir or Madam, I wrote twice in April regarding the duplicate council tax bill and was assured it would be cancelled. I still receive reminders. Kindly confirm the account has been corrected. Yours faithfully, R. Osei', false],
    ['hi, the chat agent said my refund would be back on my card in 3 days. thats 6 days now and its not there. can you see where it is please', false],
    ['My mother rang twice last week about her hearing aid repair and was told someone would call her back. Nobody has called yet. I would like to know whether it is ready to collect.', false],
    ['The school office said the uniform order would be in by Friday. It hasnt come. Could you tell me if there is a new date?', false],
    ['This is my third message about the parcel to Leeds. Could you please check whether it is still at the depot?', false],
    ['Hello, the clinic said my results would be sent within ten days and I have not received them. Please confirm which address they went to. Thanks', false],
    ['We were promised a quote for the roof repair last Monday. We have not had it yet. We would appreciate it if you could send it this week.', false],
    ['Good morning, I rang the surgery on Monday and the receptionist said the doctor would call me about my blood test. No call so far. Could you ask her to ring me after 3pm?', false],
    ['hello, i sent my passport photos twice through the app and it says pending. could someone check they uploaded ok', false],
    ['Your driver was due between 8 and 12 for the fridge collection and nobody came. Can we rebook for Saturday?', false],
    // Contrasts that must keep the cue: an edge word, what it cost, a demand, capitals, a rhetorical question, a request
    // that is itself the complaint, a plain line with no request.
    ['I was told on Tuesday the SIM would be posted the same day. It has not arrived. Could someone finally check the address?', true],
    ['The plumber was supposed to come this morning. Nobody came and I wasted a day off work waiting. Can you tell me what happened?', true],
    ['I emailed twice and was promised the certificate within a week. Still nothing. Could you actually answer this time?', true],
    ['The engineer was meant to come today. Nobody came. I want a new date and an explanation.', true],
    ['I was told someone would call me back. NOBODY has called. Can you check what is going on?', true],
    ['How many times do I have to ask for the same invoice? I was told it would be sent last week.', true],
    ['Can you please stop sending me renewal letters? I asked for the account to be closed in May and again in June.', true],
    ['Your colleague said the repair would be done by Friday. It is Wednesday. Still nothing.', true],
    ['I was told someone would ring me. Nobody did. Could you just tell me whether my claim was approved?', true],
    ['Fourth email about my deposit and still no reply!! Could someone please look at this?', true],
    ['I rang twice and was told the technician would call. Nobody called. Can I speak to a manager please?', true],
  ],
  // Help asked in trouble: faults and alarm marks ("??", "!!!", a crying face), and the customer asks what to do.
  helpAsked: [
    ['my flight got cancelled and im stuck at the gate, can i use my ticket on the next one tomorrow?? 😭', false],
    ['The hotel key card has stopped working and I am locked out of my room at midnight!!! Do I go back to reception or call you?', false],
    ['our heating has cut out and the baby is cold 😢 should i reset the boiler myself or wait for an engineer??', false],
    ['The app will not let me pay for parking and the warden is on the street. What should I do?', false],
    ['The card machine is declining every card and we open in 20 minutes. Who do I call??', false],
    ['i missed my connection because the first train was delayed and now the ticket machine says my ticket is invalid?? can i still travel 🙏', false],
    // Contrasts: the same trouble with an angry face, a judgement, capitals, a demand, an ironic "?!", a rhetorical ask.
    ['my flight got cancelled and im stuck at the gate, can i use my ticket on the next one?? 😡', true],
    ['The hotel key card stopped working AGAIN and I am locked out at midnight. Absolutely useless. What do I do?', true],
    ['The app will not let me pay for parking and the warden is on the street. This is ridiculous. What should I do?', true],
    ['my train got cancelled and im stuck at the station. sort it out NOW, can i get a taxi on you??', true],
    ['my flight got cancelled and im stuck at the gate. great service as always. can i use my ticket tomorrow??', true],
  ],
  // A label the company gave, in quotes, echoed back in a later sentence that mocks it.
  echoedLabel: [
    ['Your "premium broadband" dropped out four times during my work call. Premium, apparently, means buffering.', true],
    ["The gym's 'flexible membership' needs three months' notice to cancel. Flexible for whom, exactly?", true],
    ['Booked your "express cleaning" for 9am, the cleaner arrived at 2pm. Express indeed.', true],
    ['My invoice lists a “convenience fee” of £4.50 for paying online. Convenient for whom, exactly?', true],
    ['The hotel advertised a "sea view room". The sea, for the record, is a car park with a puddle in it. I would like a partial refund.', true],
    ['Your "lifetime warranty" lasted fourteen months. I would love to know what "lifetime" means to you.', true],
    ['the "instant transfer" took 3 days lol. instant, apparently, is a state of mind', true],
    // Contrasts: a label asked about plainly, a quote repeated with no mockery, a quote of the customer's own words,
    // praise echoed sincerely, "indeed" and "exactly" in plain use.
    ['The form asks for my "reference number". Which reference exactly? The one on the letter or the one on the email?', false],
    ['Tracking says "delivered" but it has not been delivered to me. Could you check with the driver?', false],
    ['My account shows "pending verification". Does pending mean you still need a document from me?', false],
    ['I searched for "blue velvet sofa" and found exactly the one I wanted, thanks. Is the blue velvet one in stock?', false],
    ['Your "express delivery" really was express, the parcel came the same afternoon. Excellent indeed.', false],
    ['I wrote "leave with neighbour" in the notes. Indeed, the neighbour had it, so all good.', false],
    ['The app says "update required". Apparently I need version 5, but my phone only has 4. Is there an older version?', false],
    ['The app says "update required". Apparently the update is required for security, so how do I install it on an older phone?', false],
    ["The letter mentions a 'service charge'. The service charge, for the record, was agreed in writing with your colleague in May, so could you confirm it still applies?", false],
    ['Your advert said "free installation". Free for whom, exactly? I was charged £60.', true],
  ],
  // A courtesy conceded, then "but" and a statement of what went wrong.
  concededCourtesy: [
    ["I'm sure you're very busy, but this is the second month my direct debit has been taken twice.", true],
    ["Im not trying to be difficult but the replacement blender has the same crack as the first one.", true],
    ["I don't want to complain, but the physio has cancelled my last three sessions the night before.", true],
    ["I understand you're busy, but I have now been waiting five weeks for my deposit.", true],
    ["I appreciate that the roads were bad, but the driver left the wardrobe in the rain on the drive.", true],
    ["No offence, but your new booking page has lost my class reservation twice this week.", true],
    // Contrasts: what follows "but" asks, thanks or hopes; the courtesy alone; "but" far away.
    ["I know you're busy, but could someone tell me when the tiles will arrive?", false],
    ["I'm sure you're busy, but I just wanted to say thank you to the fitter, he was brilliant.", false],
    ["I don't want to be a pain, but is there any chance of an earlier appointment?", false],
    ["I understand that the sale has ended, but I was hoping the code might still work?", false],
    ["I appreciate you're busy. My order number is 55821, I'd like to change the delivery address please.", false],
    ["I'm not trying to be difficult, but can I swap the medium for a large?", false],
  ],
  // Plain reports, questions and thanks that nothing here may touch (already quiet before).
  quiet: [
    ['Could you please confirm my appointment is still on for Thursday at 10?', false],
    ['Thanks for sorting the refund so quickly. Can I use the same card for my next order?', false],
    ['Is it safe to keep using the kettle if the light flickers?', false],
  ],
};

/**
 * Printed, not tested, what someone should fix next: contrasts the older readers (not session 30's) miss (the cue should
 * show and did not before this session either), and one case session 30's echo reading gets wrong.
 */
export const KNOWN30_EN: Record<string, readonly MatrixCase[]> = {
  // Session 30's own echo reading: a label echoed with "indeed" and no harm told reads as mockery.
  echoNoHarm: [
    ["My son's school calls it the 'homework club'. Homework club indeed. Could I book him in for Tuesdays?", false],
  ],
  olderReaders: [
    ['ive messaged the support bot three times and it keeps sending me the same help article. i DID clear the cache. can i please talk to a human', true],
    ['The plumber was supposed to come this morning. Nobody came and I took the morning off work for it. Can you tell me what happened?', true],
    ['The card machine declined every card all day and cost us a days takings. What are we supposed to do?!', true],
  ],
};

if (process.argv[1]?.endsWith('tone-kinds30-matrix.ts')) {
  printCueMatrices('kinds30', [[FRUSTRATION30_EN, 'frustrated']]);
  printCueMatrices('kinds30 known', [[KNOWN30_EN, 'frustrated']]);
}
