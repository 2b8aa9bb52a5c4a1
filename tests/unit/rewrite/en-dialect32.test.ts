// @vitest-environment node
/**
 * dialect32: the packs and readers read dialect, chat and learner spellings through the language layer
 * (lib/nlp/dialect.en.ts), with no word list of their own: dialect refusals, not-knowing and commands in several trades
 * are flagged on the dialect word; dialect neutrals and look-alikes (names, codes, "wi fi", "mi casa", "login") stay silent.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { loadLearntModels } from '../../../lib/rewrite/engine.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';

/** [sentence, a written word the flag must cover]. */
const FLAG: Array<[string, string]> = [
  ['Sorry, we cyaan refund a ticket after the show.', 'cyaan'],
  ['Mi cyaan change the booking now.', 'cyaan'],
  ['The salon caan take walk-ins on a Saturday.', 'caan'],
  ['We kyaan ship fridges to the islands.', 'kyaan'],
  ['We divvent do deliveries past Morpeth.', 'divvent'],
  ['Mi understand it hard, but wi cyaan do di viewing on a Sunday.', 'cyaan'],
  ['Yuh need fi call the office before noon.', 'fi'],
  ['You have fi bring the receipt in person.', 'fi'],
  ['We r not able to extend the warranty.', 'not'],
  ["There's nothin' we can do about the fee.", 'nothin'],
  ['Nothin we can do, the policy is clear.', 'Nothin'],
  ['We are not possible to reschedule the delivery this week.', 'possible'],
  ['I am afraid we are not possible to refund the deposit.', 'possible'],
];

const SILENT: string[] = [
  "We're not tryin to be difficult, here is what we can do.",
  'Thanks, we are lookin into it and will be back b4 noon.',
  'Mornin! Your parcel is comin today.',
  'Mi casa su casa, enjoy the stay.',
  'The wi fi code is on the fridge.',
  "We're waitin on the courier, should be with you shortly.",
  'Please login to your account and tap Checkin.',
  'We have all the informations we need, your refund is on its way.',
  'Nah, no need to send it back, keep it with our compliments.',
  "I don't know of any other charge on your account, the fee is the only one.",
  'Di family nuh haffi worry bout nutten, everyting handle.',
  'BC Hydro confirmed the B4 invoice is paid.',
  'The Xiaomi Mi 11 is in stock in cyan and black.',
];

beforeAll(async () => {
  await loadLearntModels();
});

describe('dialect32: dialect forms are flagged through the layer', () => {
  for (const [s, word] of FLAG) {
    it(s, () => {
      const at = s.indexOf(word);
      const sg = suggestRewrites(s, builtinPacks, { generic: true });
      expect(
        sg.some((x) => x.flagged.start <= at && at < x.flagged.end),
        sg.map((x) => `${x.ruleId}: ${s.slice(x.flagged.start, x.flagged.end)}`).join('\n'),
      ).toBe(true);
    });
  }
});

describe('dialect32: dialect neutrals and look-alikes stay silent', () => {
  for (const s of SILENT) {
    it(s, () => {
      const sg = suggestRewrites(s, builtinPacks, { generic: true });
      expect(sg.map((x) => `${x.ruleId}: ${s.slice(x.flagged.start, x.flagged.end)}`)).toEqual([]);
    });
  }
});
