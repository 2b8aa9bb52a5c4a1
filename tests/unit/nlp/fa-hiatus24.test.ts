// @vitest-environment node
/**
 * rwfa24: the wide Persian verb reading (analyzeFaWordWide) knows نشستن، افتادن، بردن، خریدن, and reads the hiatus as a rule
 * of the language: a stem that begins with آ/ا takes ی after ب/ن («بیاورید», «نیاوردین», «بیفتد», «بیافتد», «نیامد»), and
 * the colloquial drops the ا after می («میفته»). Nouns spelt like a bare stem stay nouns («خرید», «نشست», «برد»).
 */
import { describe, expect, it } from 'vitest';
import { analyzeFaWord, analyzeFaWordWide } from '../../../lib/nlp/index.ts';

const read = (w: string) => {
  const a = analyzeFaWordWide(w);
  return a?.verb ? `${a.verb.lemma} ${a.verb.negative ? 'neg' : 'pos'} ${a.verb.progressive ? 'mi' : a.verb.subjunctive ? 'be' : '-'} ${a.verb.tense} ${a.verb.person.person}${a.verb.person.plural ? 'p' : 's'}` : null;
};

describe('Persian verb morphology, widened (rwfa24)', () => {
  it.each([
    ['نیاوردین', 'آوردن neg - past 2p'],
    ['نیاوردید', 'آوردن neg - past 2p'],
    ['بیاورید', 'آوردن pos be present 2p'],
    ['نیامد', 'آمدن neg - past 3s'],
    ['نیامدند', 'آمدن neg - past 3p'],
    ['بیفتد', 'افتادن pos be present 3s'],
    ['بیافتد', 'افتادن pos be present 3s'],
    ['نیفتاد', 'افتادن neg - past 3s'],
    ['نمیفته', 'افتادن neg mi present 3s'],
    ['نمیافتد', 'افتادن neg mi present 3s'],
    ['میفتن', 'افتادن pos mi present 3p'],
    ['نمیشینه', 'نشستن neg mi present 3s'],
    ['نمینشیند', 'نشستن neg mi present 3s'],
    ['ببرم', 'بردن pos be present 1s'],
    ['نمیبریم', 'بردن neg mi present 1p'],
    ['بخرم', 'خریدن pos be present 1s'],
    ['نمیخرن', 'خریدن neg mi present 3p'],
    ['خریدین', 'خریدن pos - past 2p'],
  ])('%s → %s', (w, expected) => expect(read(w)).toBe(expected));

  it('keeps what it read before: colloquial رفتن, preverbs, nouns', () => {
    expect(read('بره')).toBe('رفتن pos be present 3s');
    expect(read('برم')).toBe('رفتن pos be present 1s');
    expect(read('برمیگردونیم')?.startsWith('برگرداندن')).toBe(true);
    for (const noun of ['خرید', 'خریدی', 'نشست', 'برد', 'بیمه', 'بیست', 'نیاز', 'نیما', 'میز', 'میوه', 'میلیون']) expect(read(noun), noun).toBeNull();
  });

  it('leaves the narrow table (packs, tone) as it was tuned', () => {
    for (const w of ['نمیشینه', 'نمیفته', 'ببرم', 'بخرم', 'نیومد', 'نیاوردین', 'بیفتد']) expect(analyzeFaWord(w), w).toBeNull();
  });
});
