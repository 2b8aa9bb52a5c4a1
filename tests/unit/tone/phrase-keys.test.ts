// @vitest-environment node
/**
 * The phrase keys read at build time (lib/tone/phrase-keys.ts) are what the language layer gives today: the committed
 * table is exactly what scripts/tone-phrase-keys.ts writes from the built-in lexicons, every built-in phrase reads its
 * layer keys from it, and a phrase outside it (a trainer's extra lexicon) still reads through the layer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordNorms } from '../../../lib/nlp/index.ts';
import { readDoc } from '../../../lib/tone/layer.ts';
import { lexiconPhrases, tabledKeys } from '../../../lib/tone/phrase-keys.ts';
import { PHRASE_KEYS_TABLE } from '../../../lib/tone/phrase-keys.generated.ts';
import { BUILTIN_LEXICONS, matcherFor } from '../../../lib/tone/read.ts';
import { phraseKeys } from '../../../lib/tone/tokens.ts';
import { phraseKeysSource } from '../../../scripts/tone-phrase-keys.ts';

describe("the built-in phrases' keys read at build time", () => {
  it('are the committed table, current with the lexicons and the language layer (else: npx tsx scripts/tone-phrase-keys.ts)', () => {
    expect(readFileSync(new URL('../../../lib/tone/phrase-keys.generated.ts', import.meta.url), 'utf8') === phraseKeysSource()).toBe(true);
  });

  it('give every built-in phrase its layer keys, spelt out where they are not its lower-cased words', () => {
    const phrases = lexiconPhrases(BUILTIN_LEXICONS);
    expect(phrases.length).toBeGreaterThan(5000);
    let spelt = 0;
    const wrong: string[] = [];
    for (const p of phrases) {
      const keys = tabledKeys(p);
      if (keys === undefined || keys.join('\t') !== wordNorms(p).join('\t')) wrong.push(p);
      if (keys !== undefined && keys.join(' ') !== p.toLowerCase().split(/\s+/).filter(Boolean).join(' ')) spelt++;
    }
    expect(wrong).toEqual([]);
    // Both kinds are there: spellings, contractions and Persian folds spelt out, plain words not.
    expect(spelt).toBeGreaterThan(50);
    expect(tabledKeys('pls')).toEqual(['please']);
    expect(PHRASE_KEYS_TABLE.includes('\npls\tplease\n')).toBe(true);
  });

  it('leave a phrase outside the table to the layer, and the matcher finds it as before', () => {
    const phrase = 'cant believe this again';
    expect(tabledKeys(phrase)).toBeUndefined();
    expect(phraseKeys(phrase)).toEqual(wordNorms(phrase));
    const doc = readDoc(`I ${phrase}`);
    const hits = matcherFor({ extraLexicon: { frustration: { [phrase]: 2 } } }, doc.text).match(doc.tokens, doc.text);
    expect(hits.filter((h) => h.category === 'frustration').map((h) => [h.from, h.to])).toContainEqual([1, doc.tokens.length]);
  });
});
