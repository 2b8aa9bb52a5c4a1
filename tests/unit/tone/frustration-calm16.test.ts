// @vitest-environment node
/**
 * The calm reading over a message's parts (lib/tone/cues/frustration.calm16.ts), on a sample of the calm variant matrix
 * (scripts/tone-calm-matrix.ts: calm messages assembled from a greeting, a strong fault, worry, a feeling aimed at a third
 * party or at oneself, negated feelings, caps, emoji, "!!", signatures, quoted history; and frustrated close contrasts).
 * Kinds still open (see the matrix's own print) are left out of the sample and named below.
 */
import { describe, expect, it } from 'vitest';
import { readCustomerTone } from '../../../lib/tone/index.ts';
import { calmMatrix } from '../../../scripts/tone-calm-matrix.ts';

/**
 * Open, by part: sarcasm with praise after a bare fault ("Dead on arrival, again. Brilliant"), a one-star review threat, a
 * feeling at oneself whose sentence runs on into "Can you…" after an emoji; and by design, firms («بانک», «بیمه», "the bank",
 * "the airline": to a bank or an airline they are the company written to) and «راننده پیک» (the company's courier).
 */
const OPEN = /Dead on arrival|one-star|livid with myself|bank|airline|بانک|بیمه|راننده/;

const fires = (text: string) => readCustomerTone(text).cues.some((c) => c.kind === 'frustrated');

describe('calm variant matrix (a sample: every tenth message)', () => {
  const sample = calmMatrix().filter((m, i) => i % 10 === 0 && !OPEN.test(m.text));
  it('has calm and frustrated messages in both languages', () => {
    for (const lang of ['en', 'fa']) for (const f of [true, false]) expect(sample.filter((m) => m.lang === lang && m.frustrated === f).length).toBeGreaterThan(5);
  });
  it('reads every sampled message by its label', () => {
    const wrong = sample.filter((m) => fires(m.text) !== m.frustrated).map((m) => `${m.lang} ${m.kind}: ${m.text}`);
    expect(wrong).toEqual([]);
  });
});

describe('calm16 conditions', () => {
  it.each([
    'My landlord cut the power while it was charging, I am livid with him. Is it covered by the warranty?',
    'My neighbour knocked it off the table, so annoying of him. The router died again overnight. What are my options?',
    'I feel like an idiot, I deleted the account myself. Can it be fixed?',
    'Super stressed 😬. The printer is totally broken. Could you please help?',
    'The postman threw it over the fence, so annoying!! Can you send another?',
    "I'm a bit frustrated with myself, I forgot my password AGAIN 😅 can you reset it?",
    'سلام، صاحبخونه کلید رو نداد، خیلی آدم بی‌ملاحظه‌ایه. راهی برای تعویض هست؟',
    'سفارشم تحویل شده زده ولی دستم نرسیده 😐 راهی هست؟',
  ])('stays quiet: %s', (text) => expect(fires(text)).toBe(false));
  it.each([
    'The bank says you never sent the refund. I am furious with you.',
    "I'm so annoyed right now. The charger stopped working after two days.",
    'The driver was so rude to me!! I want a refund.',
    'I am furious with the delivery, three weeks late and nobody answers.',
    'بانک میگه شما پول رو برنگردوندید، واقعا از دستتون شاکی‌ام.',
    'پیکتون بسته رو انداخت تو حیاط همسایه، خیلی بی‌مسئولیتید.',
    "My neighbour's internet is down too and I'm really annoyed, three days now!",
    'This airline is a joke. Three times this happened now.',
    'I was furious with the driver you sent, he threw it over the gate. Can you refund me?',
    'Nobody picks up the phone and my flight is cancelled tonight 😡',
  ])('fires: %s', (text) => expect(fires(text)).toBe(true));
});
