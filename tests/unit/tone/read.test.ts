// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readCustomerTone, type Cue, type ToneReport } from '../../../lib/tone/index.ts';

function cue(r: ToneReport, kind: Cue['kind']): Cue | undefined {
  return r.cues.find((c) => c.kind === kind);
}

/** Every evidence span must be the exact text at its offsets in the original message. */
function checkSpans(message: string, r: ToneReport): void {
  for (const c of r.cues) {
    for (const e of c.evidence) {
      expect(message.slice(e.start, e.end), `${c.kind} evidence`).toBe(e.text);
      expect(e.end).toBeGreaterThan(e.start);
    }
  }
  for (const q of r.questions) expect(message.slice(q.start, q.end)).toBe(q.text);
}

function evidenceOf(message: string, r: ToneReport, kind: Cue['kind']): string[] {
  const c = cue(r, kind);
  expect(c, `cue ${kind}`).toBeDefined();
  checkSpans(message, r);
  return c!.evidence.map((e) => message.slice(e.start, e.end));
}

describe('readCustomerTone — English cues', () => {
  it('frustration: fires with the angry words, punctuation and capitals as evidence', () => {
    const msg = 'This is RIDICULOUS!!! I have been waiting two weeks and your support is useless.';
    const r = readCustomerTone(msg);
    expect(r.emotions.frustration).toBeGreaterThanOrEqual(0.5);
    const ev = evidenceOf(msg, r, 'frustrated');
    expect(ev).toEqual(expect.arrayContaining(['RIDICULOUS', '!!!', 'useless']));
    expect(r.style.apologiseFirst).toBe(true);
    expect(cue(r, 'frustrated')!.severity).not.toBe('info');
  });

  it('stays calm on a plain request', () => {
    const r = readCustomerTone('How do I change the delivery address on my order?');
    expect(r.emotions.frustration).toBeLessThan(0.5);
    expect(cue(r, 'frustrated')).toBeUndefined();
    expect(r.questions).toHaveLength(1);
  });

  it('repeat contact: "third time", "still no answer"', () => {
    const msg = 'This is the third time I am writing about my refund and there is still no answer.';
    const r = readCustomerTone(msg);
    expect(r.repeatContact).toBe(true);
    expect(evidenceOf(msg, r, 'repeat')).toEqual(['third time', 'still no answer']);
    expect(readCustomerTone('Can you send the invoice again?').repeatContact).toBe(false);
  });

  it('urgency', () => {
    const msg = 'Please fix this ASAP, our shop has been down since this morning and we need it back today.';
    const r = readCustomerTone(msg);
    expect(r.emotions.urgency).toBeGreaterThanOrEqual(0.5);
    expect(evidenceOf(msg, r, 'urgent')).toEqual(expect.arrayContaining(['ASAP', 'today']));
    expect(cue(r, 'caps')).toBeUndefined(); // ASAP is an acronym, not shouting
  });

  it('questions: marked, unmarked and requests, as sentence spans', () => {
    const msg = 'Where is my order? Can you check the tracking number. Also, the invoice is wrong.\nHow do I change my address';
    const r = readCustomerTone(msg);
    checkSpans(msg, r);
    expect(r.questions.map((q) => q.text)).toEqual(['Where is my order?', 'Can you check the tracking number.', 'How do I change my address']);
    const c = cue(r, 'questions')!;
    expect(c.message).toEqual({ key: 'tone.cue.questions', params: { count: 3 } });
    expect(c.evidence.map((e) => e.text)).toEqual(r.questions.map((q) => q.text));
    expect(readCustomerTone('When I tried to pay, the page froze.').questions).toHaveLength(0);
  });

  it('ALL CAPS and ??? are read as shouting', () => {
    const msg = 'WHY IS MY ACCOUNT STILL LOCKED???';
    const r = readCustomerTone(msg);
    expect(evidenceOf(msg, r, 'caps')).toEqual(['WHY IS MY ACCOUNT STILL LOCKED']);
    expect(evidenceOf(msg, r, 'frustrated')).toEqual(expect.arrayContaining(['???']));
    expect(cue(readCustomerTone('I sent the PDF and the VAT number.'), 'caps')).toBeUndefined();
  });

  it('emoji: counted, a warm-tone cue only for friendly emoji', () => {
    const msg = 'Love the new app 😍 thanks a lot!';
    const r = readCustomerTone(msg);
    expect(r.emoji.count).toBe(1);
    expect(evidenceOf(msg, r, 'emoji')).toEqual(['😍']);
    expect(r.style.emoji).toBe(true);
    const angry = readCustomerTone('My parcel is lost again 😡😡 unacceptable');
    expect(angry.emoji.count).toBe(2);
    expect(cue(angry, 'emoji')).toBeUndefined();
    expect(angry.style.emoji).toBe(false);
  });

  it('academic signature: formal, no emoji, evidence in the signature', () => {
    const msg = 'Hello,\nThe licence key you sent does not activate. 🙂\n\nBest regards,\nDr. Sara Karimi\nDepartment of Physics, University of Tehran';
    const r = readCustomerTone(msg);
    const ev = evidenceOf(msg, r, 'academic');
    expect(ev).toEqual(expect.arrayContaining(['Dr', 'University']));
    for (const e of cue(r, 'academic')!.evidence) expect(e.start).toBeGreaterThan(msg.indexOf('Best regards'));
    expect(r.style.formal).toBe(true);
    expect(r.style.emoji).toBe(false);
    expect(cue(r, 'emoji')).toBeUndefined();
    expect(r.latest.end).toBeLessThanOrEqual(msg.indexOf('Best regards'));
  });

  it('politeness', () => {
    const msg = 'Hello, could you please send me a copy of the invoice? Thank you so much, I really appreciate it.';
    const r = readCustomerTone(msg);
    expect(r.emotions.politeness).toBeGreaterThan(0.6);
    expect(evidenceOf(msg, r, 'polite')).toEqual(expect.arrayContaining(['please', 'Thank you', 'appreciate']));
    const rude = readCustomerTone('Why did you idiots delete my account? Fix it.');
    expect(rude.emotions.politeness).toBeLessThan(r.emotions.politeness);
    expect(cue(rude, 'polite')).toBeUndefined();
  });

  it('formal vs casual English', () => {
    const formal = 'Dear Sir or Madam,\nI am writing to request a refund for order 4411. I would be grateful for your assistance.\nYours faithfully,\nJohn Smith';
    const f = readCustomerTone(formal);
    expect(f.formality).toBe('formal');
    expect(f.formalityScore).toBeGreaterThan(0.3);
    expect(evidenceOf(formal, f, 'formal')).toEqual(expect.arrayContaining(['Dear Sir', 'I am writing to', 'Yours faithfully']));
    const casual = 'hey guys, u know when my stuff ships?? wanna know lol';
    const c = readCustomerTone(casual);
    expect(c.colloquial).toBe(true);
    expect(c.formality).toBe('casual');
    expect(c.formalityScore).toBeLessThan(0);
    expect(evidenceOf(casual, c, 'casual')).toEqual(expect.arrayContaining(['u', 'wanna', 'lol']));
  });

  it('length buckets', () => {
    expect(readCustomerTone('Refund please.').length).toMatchObject({ words: 2, bucket: 'short' });
    const long = Array.from({ length: 40 }, (_, i) => `Sentence ${i} explains one more detail of the problem.`).join(' ');
    const r = readCustomerTone(long);
    expect(r.length.bucket).toBe('long');
    expect(r.style.length).toBe('long');
    expect(cue(r, 'long')).toBeDefined();
    expect(r.length.chars).toBe(long.length);
  });
});

describe('readCustomerTone — only the latest words', () => {
  it('ignores anger in quoted history and reads the calm reply', () => {
    const msg = [
      'Thanks, that solved it!',
      '',
      'On Mon, 3 Jun 2024 at 09:00, Sam <sam@example.com> wrote:',
      '> This is RIDICULOUS!!! Third time I ask, useless support, URGENT!!!',
    ].join('\n');
    const r = readCustomerTone(msg);
    expect(r.latest).toEqual({ start: 0, end: 'Thanks, that solved it!'.length });
    expect(r.emotions.frustration).toBeLessThan(0.5);
    expect(r.repeatContact).toBe(false);
    expect(r.emotions.urgency).toBeLessThan(0.5);
    expect(cue(r, 'caps')).toBeUndefined();
    for (const c of r.cues) for (const e of c.evidence) expect(e.end).toBeLessThanOrEqual(r.latest.end);
  });

  it('maps evidence to the original offsets when the latest words sit below a quote', () => {
    const msg = '> Your ticket was closed.\n\nWhy was it closed?? Nobody answered me, this is unacceptable.\n-- \nSam';
    const r = readCustomerTone(msg);
    expect(msg.slice(r.latest.start, r.latest.end)).toBe('Why was it closed?? Nobody answered me, this is unacceptable.');
    expect(evidenceOf(msg, r, 'frustrated')).toEqual(expect.arrayContaining(['unacceptable', '??']));
  });
});

describe('readCustomerTone — Persian', () => {
  it('formal written Persian', () => {
    const msg = 'با سلام و احترام\nخواهشمند است نسبت به بررسی سفارش اینجانب اقدام فرمایید. این سفارش هنوز ارسال نشده است.\nبا تشکر\nعلی رضایی';
    const r = readCustomerTone(msg);
    expect(r.language).toBe('fa');
    expect(r.formality).toBe('formal');
    expect(r.colloquial).toBe(false);
    expect(evidenceOf(msg, r, 'formal')).toEqual(expect.arrayContaining(['با سلام و احترام', 'خواهشمند است', 'اینجانب', 'فرمایید']));
    expect(cue(r, 'language')!.message.key).toBe('tone.cue.language.fa');
  });

  it('colloquial Persian, whatever the spelling of ZWNJ and Arabic letters', () => {
    for (const verb of ['میخوام', 'می‌خوام', 'می خوام', 'مي‌خوام']) {
      const msg = `سلام، ${verb} سفارشمو لغو کنم ولی نمیدونم چطوری`;
      const r = readCustomerTone(msg);
      expect(r.colloquial, verb).toBe(true);
      expect(r.formality, verb).toBe('casual');
      expect(evidenceOf(msg, r, 'casual')).toEqual(expect.arrayContaining([verb, 'نمیدونم']));
      expect(cue(r, 'casual')!.message.key).toBe('tone.cue.casualFa');
    }
  });

  it('scores the written form above the colloquial form of the same sentence', () => {
    const casual = readCustomerTone('نمی‌دونم چرا سفارشم هنوز نرسیده، میشه بگین کجاست؟');
    const formal = readCustomerTone('نمی‌دانم چرا سفارشم هنوز نرسیده است، ممکن است بفرمایید کجاست؟');
    expect(formal.formalityScore).toBeGreaterThan(casual.formalityScore);
  });

  it('repeat contact and frustration', () => {
    const msg = 'چندمین بار است که پیام می‌دهم و هنوز جواب نگرفتم! واقعا که، این چه وضعشه؟';
    const r = readCustomerTone(msg);
    expect(r.repeatContact).toBe(true);
    expect(evidenceOf(msg, r, 'repeat')).toEqual(expect.arrayContaining(['چندمین بار', 'هنوز جواب نگرفتم']));
    expect(r.emotions.frustration).toBeGreaterThanOrEqual(0.5);
    expect(evidenceOf(msg, r, 'frustrated')).toEqual(expect.arrayContaining(['واقعا که', 'این چه وضعشه']));
    // A repeated fault is not a repeated contact (issue #13): "again my order came late" is not "I write again".
    expect(readCustomerTone('بازم سفارشم دیر رسید').repeatContact).toBe(false);
    expect(readCustomerTone('بازم پیام میدم چون کسی جواب نداد').repeatContact).toBe(true);
  });

  it('Persian academic signature', () => {
    const msg = 'سلام\nلایسنس نرم‌افزار فعال نمی‌شود 🙂\nبا احترام\nدکتر مریم حسینی\nدانشکده فیزیک، دانشگاه تهران';
    const r = readCustomerTone(msg);
    expect(evidenceOf(msg, r, 'academic')).toEqual(expect.arrayContaining(['دکتر', 'دانشکده', 'دانشگاه']));
    expect(r.style).toMatchObject({ emoji: false, formal: true });
    expect(cue(r, 'emoji')).toBeUndefined();
    expect(cue(readCustomerTone('لایسنس فعال نمی‌شود 🙂'), 'emoji')).toBeDefined();
  });

  it('questions without a question mark', () => {
    const msg = 'سفارشم کجاست\nچرا کسی جواب نمیده';
    const r = readCustomerTone(msg);
    expect(r.questions.map((q) => q.text)).toEqual(['سفارشم کجاست', 'چرا کسی جواب نمیده']);
    expect(readCustomerTone('سفارش را دیروز تحویل گرفتم.').questions).toHaveLength(0);
  });

  it('mixed script', () => {
    const msg = 'سلام، my order هنوز نرسیده و tracking code کار نمی‌کند';
    const r = readCustomerTone(msg);
    expect(r.language).toBe('mixed');
    expect(cue(r, 'language')!.message.key).toBe('tone.cue.language.mixed');
    checkSpans(msg, r);
  });
});

describe('readCustomerTone — general', () => {
  it('extraLexicon merges into the built-in lists', () => {
    const msg = 'The checkout is kafkaesque.';
    const base = readCustomerTone(msg);
    const extra = { frustration: { kafkaesque: 3 }, urgency: { 'checkout is': 2 } };
    const r = readCustomerTone(msg, { extraLexicon: extra });
    expect(r.emotions.frustration).toBeGreaterThan(base.emotions.frustration);
    expect(r.emotions.urgency).toBeGreaterThan(base.emotions.urgency);
    expect(evidenceOf(msg, r, 'urgent')).toEqual(['checkout is']);
  });

  it('sorts cues most severe first and gives stable ids', () => {
    const r = readCustomerTone('THIS IS THE THIRD TIME!!! Fix my account NOW, this is a disgrace. Can you even read? Why no reply?');
    const rank = { strong: 0, warning: 1, info: 2 };
    const ranks = r.cues.map((c) => rank[c.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(r.cues[0].severity).toBe('strong');
    for (const c of r.cues) expect(c.id).toBe(c.kind);
    expect(new Set(r.cues.map((c) => c.id)).size).toBe(r.cues.length);
  });

  it('a message with words that are also JavaScript object names still reads ("constructor")', () => {
    const msg = 'Why does the constructor fail?? This is ridiculous.';
    const r = readCustomerTone(msg);
    expect(r.cues.find((c) => c.kind === 'frustrated')?.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['ridiculous']));
    expect(r.questions.map((q) => q.text)).toEqual(['Why does the constructor fail??']);
  });

  it('an empty message gives no cues', () => {
    const r = readCustomerTone('   ');
    expect(r.cues).toEqual([]);
    expect(r.emotions).toEqual({ frustration: 0, urgency: 0, politeness: 0 });
    expect(r.formality).toBe('neutral');
  });
});
