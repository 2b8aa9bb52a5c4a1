// @vitest-environment node
/**
 * The fortieth session's urgency kinds (urg40, lib/tone/cues/urgency.kinds40.ts), sentences written for this test (no eval
 * split): each kind with true cases that show the cue with the words that carry it, and look-alikes that stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { kinds40Switch } from '../../../lib/tone/cues/urgency.kinds40.ts';

const shows = (t: string) => readCustomerTone(t).cues.some((c) => c.kind === 'urgent');
const evidence = (t: string) => readCustomerTone(t).cues.filter((c) => c.kind === 'urgent').flatMap((c) => c.evidence.map((e) => e.text));

const FIRES: { kind: 'takeover' | 'line' | 'stranded' | 'health'; text: string; ev: string[] }[] = [
  { kind: 'takeover', text: "Just had an alert that my card's been used in Porto. I'm at home in Derby. please block it", ev: ["card's been used in Porto"] },
  { kind: 'takeover', text: 'I think someone has got into my account, there are posts I never made on it. What should I do?', ev: ['someone has got into my account', 'posts I never made'] },
  { kind: 'takeover', text: 'my login details have been changed and i didnt do it. cant log in', ev: ['login details have been changed', 'i didnt do'] },
  { kind: 'line', text: 'A telegraph pole has come down on our road in the storm and the wire is hanging over the pavement. Can someone come out?', ev: ['telegraph pole has come down'] },
  { kind: 'line', text: 'سلام. تیر برق سر کوچه ما کج شده و داره میفته، بچه‌ها از کنارش رد میشن. یکی رو بفرستید.', ev: ['تیر برق سر کوچه ما کج شده'] },
  { kind: 'stranded', text: "We're at the campsite now and the warden says there is no booking under our name. We have two kids in the car. What do we do?", ev: ["We're at the campsite now", 'no booking under'] },
  { kind: 'stranded', text: 'at the depot now, nobody here and the shutter is down. booked the 9am collection', ev: ['at the depot now', 'nobody here'] },
  { kind: 'health', text: 'Hi, my rabbit has not peed since last night and keeps sitting hunched. Can I bring him in today?', ev: ['has not peed', 'today'] },
  { kind: 'health', text: 'My daughter has toothache and her cheek is swollen on one side. Can she be seen tomorrow morning?', ev: ['cheek is swollen', 'tomorrow morning'] },
  { kind: 'line', text: 'سلام، باد شاخه درخت رو انداخته روی سیم برق و سیم افتاده روی زمین. لطفا کسی رو بفرستید', ev: ['سیم برق و سیم افتاده'] },
];

const QUIET: string[] = [
  // A card used where the customer is, nothing disowned.
  'My card was used in Tesco yesterday and the payment went through twice. Can you look at it?',
  // A change the customer made.
  'My email address has been changed to my new one as I asked, thanks. Can you also update my phone number?',
  // A takeover told as over.
  'Someone got into my account last year and you sorted it. How do I turn on two-step sign-in?',
  // At a place now with nothing wrong; a past trouble of an animal's told with its claim.
  "We're at the hotel now and the room is lovely. Could we book a table for dinner?",
  'My dog ate chocolate last week, the vet sorted him out and he is fine now. How do I claim for the bill?',
  // A telephone line down is a fault, a pole put right is over.
  'Our phone line is down since Monday, can you book an engineer?',
  'سلام، برق خونه ما از صبح رفته. کی وصل میشه؟',
  'سلام، تیر برق کوچه که کج شده بود رو دیروز درست کردند، ممنون از همکاراتون.',
];

describe('urgency kinds40: an account or card in someone else\'s hands, a power line down, stranded now, a body in trouble now', () => {
  for (const r of FIRES) {
    it(`${r.kind}: ${r.text.slice(0, 50)}`, () => {
      expect(shows(r.text)).toBe(true);
      const ev = evidence(r.text);
      for (const w of r.ev) expect(ev).toContain(w);
      for (const w of ['please', 'thanks', 'you', 'لطفا']) expect(ev).not.toContain(w);
      kinds40Switch[r.kind] = false;
      try {
        expect(shows(r.text)).toBe(false);
      } finally {
        kinds40Switch[r.kind] = true;
      }
    });
  }
  for (const t of QUIET) it(`quiet: ${t.slice(0, 50)}`, () => expect(shows(t)).toBe(false));
});
