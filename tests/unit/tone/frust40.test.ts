// @vitest-environment node
/**
 * The fortieth session's frustration readers (lib/tone/cues/frustration.kinds40.ts), sentences written for this test (no
 * eval split): each kind with true cases that show the cue with the kind read and its own words in the evidence (`alone`:
 * quiet with the reader off, the older readers miss it), and
 * look-alikes of the same shape that stay quiet (sincere praise or thanks, a thing put right, a move or a question).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { kinds40Switch } from '../../../lib/tone/cues/frustration.kinds40.ts';

const frustrated = (t: string) => readCustomerTone(t).cues.find((c) => c.kind === 'frustrated');
const read = (t: string) => {
  kinds40Switch.fired = [];
  const c = frustrated(t);
  const kinds = kinds40Switch.fired;
  kinds40Switch.fired = null;
  return { shown: c !== undefined, evidence: c?.evidence.map((e) => e.text) ?? [], kinds };
};

interface Fires { kind: string; text: string; ev: string; alone?: true }

const FIRES: Fires[] = [
  { kind: 'mockVerdict', text: 'the courier left my parcel in the rain and the box is soaked through. great work. can i get a refund on the delivery', ev: 'great work' },
  { kind: 'mockVerdict', text: 'Your app charged me twice for one order. Wow thanks. Which one do I cancel?', ev: 'Wow' },
  { kind: 'mockVerdict', text: 'the heater you sold me died after two days. 10/10. how do i send it back', ev: '10/10' },
  { kind: 'mockVerdict', text: 'Ordered a blue kettle, got a pink toaster. Marvellous. I\'d like the kettle or a refund.', ev: 'Marvellous' },
  { kind: 'bitterThanks', text: 'دمتون گرم واقعا 👏 سه روزه گاز خونه قطعه و هیچکس هم خبر نداده. کی وصل میشه؟', ev: 'دمتون گرم' },
  { kind: 'bitterThanks', text: 'کیکی که سفارش دادم رسید، نصفش له شده بود و خامه‌ش ریخته بود. واقعاً عالیه 👌 پولمو برگردونید', ev: 'واقعاً عالیه' },
  { kind: 'bitterThanks', text: 'دست شما درد نکنه، کولری که نصب کردین از دیروز کار نمیکنه. یکی رو بفرستید', ev: 'دست شما درد نکنه' },
  { kind: 'leaveThreat', text: 'اینترنت از دیروز قطعه، اگه تا فردا درست نشه میرم یه اپراتور دیگه.', ev: 'میرم یه اپراتور دیگه', alone: true },
  { kind: 'leaveThreat', text: 'salam, 2 rooze ghazam nayoomade, age emrooz nayad app ro pak mikonam.', ev: 'app ro pak mikonam', alone: true },
  { kind: 'leaveThreat', text: 'salam, otagh e ma hanooz tamiz nashode, dirooz ham goftim. age emrooz dorost nashe to google review minevisam.', ev: 'google review minevisam', alone: true },
];

const QUIET: { kind: string; text: string }[] = [
  // Sincere praise, praise after a fix or a thank-you, praise as the first sentence, praise of a person.
  { kind: 'mockVerdict', text: 'The engineer came this morning and the boiler works again. Great work. Could you send the invoice?' },
  { kind: 'mockVerdict', text: 'Thanks for sorting the double charge so quickly. Brilliant. Can I also update my address?' },
  { kind: 'mockVerdict', text: 'Great work. Could you also send me the manual for the new model?' },
  { kind: 'mockVerdict', text: "Just to say the new app is lovely. Honestly didn't expect it after the old one. Amazing work." },
  { kind: 'mockVerdict', text: 'My parcel was late but the driver was lovely and apologised. Nice. Can I book the next one for Monday?' },
  // Sincere thanks: a thing put right, arrived well, warm faces, a reservation after praise.
  { kind: 'bitterThanks', text: 'دمتون گرم واقعا، برق دیروز قطع بود ولی امروز صبح وصل شد 🙏' },
  { kind: 'bitterThanks', text: 'دستتون درد نکنه، بسته سالم رسید. فقط رسیدشو هم میفرستید؟' },
  { kind: 'bitterThanks', text: 'دمتون گرم، اپتون خیلی خوبه ولی گاهی موقع پرداخت کند میشه 😅' },
  { kind: 'bitterThanks', text: 'سلام، آقای رضایی خیلی با حوصله بود. دمش گرم 🌸' },
  // A move or a question about where else to go.
  { kind: 'leaveThreat', text: 'سلام، ماه بعد دارم میرم یه شهر دیگه. اشتراکمو چطوری منتقل کنم؟' },
  { kind: 'leaveThreat', text: 'این شعبه موجودی نداره، برم یه شعبه دیگه؟' },
  { kind: 'leaveThreat', text: 'salam, age inja nadarid miram ye ja ye dige?' },
];

afterEach(() => {
  kinds40Switch.on = true;
  kinds40Switch.fired = null;
});

describe('frust40 readers: true cases', () => {
  for (const r of FIRES) {
    it(`${r.kind}: ${r.text.slice(0, 50)}`, () => {
      if (r.alone) {
        kinds40Switch.on = false;
        expect(read(r.text).shown).toBe(false);
        kinds40Switch.on = true;
      }
      const got = read(r.text);
      expect(got.shown).toBe(true);
      expect(got.kinds).toContain(r.kind);
      expect(got.evidence.some((e) => e.includes(r.ev))).toBe(true);
    });
  }
});

describe('frust40 readers: look-alikes stay quiet', () => {
  for (const r of QUIET) {
    it(`${r.kind}: ${r.text.slice(0, 50)}`, () => {
      const got = read(r.text);
      expect(got.kinds).not.toContain(r.kind);
      expect(got.shown).toBe(false);
    });
  }
});
