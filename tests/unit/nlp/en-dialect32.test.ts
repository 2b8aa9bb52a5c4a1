// @vitest-environment node
/**
 * dialect32: English dialect, chat and learner spellings read in the language layer (lib/nlp/dialect.en.ts): the normal
 * forms every reader and pack rule sees, the offsets kept on the written word, and the look-alikes that must stay as
 * written (names, codes, ordinary words that end in "-in", "wi fi", "mi casa").
 */
import { describe, expect, it } from 'vitest';
import { DIALECT_CONTEXT } from '../../../lib/nlp/dialect.en.ts';
import { analyze, tokenize } from '../../../lib/nlp/index.ts';

const norms = (s: string) =>
  tokenize(s)
    .filter((t) => t.word)
    .map((t) => t.norm)
    .join(' ');

describe('dialect32: dropped g', () => {
  it('reads the -in of a known verb as -ing, with or without the apostrophe', () => {
    expect(norms('we are tryin to fix it')).toBe('we are trying to fix it');
    expect(norms("there's nothin' we can do")).toBe('there is nothing we can do');
    expect(norms('the courier is runnin late, still waitin on the depot')).toBe('the courier is running late still waiting on the depot');
    expect(norms("we're not gettin a refund through, somethin' went wrong")).toBe('we are not getting a refund through something went wrong');
    expect(norms('I was chargin the card and sayin so')).toBe('i was charging the card and saying so');
    expect(norms('Mornin, we are lookin into it')).toBe('morning we are looking into it');
  });
  it('keeps words that end in -in on their own', () => {
    expect(norms('please login to the plugin at the checkin desk')).toBe('please login to the plugin at the checkin desk');
    expect(norms('a raisin, a cabin, a pin, the margin, within, again, begin')).toBe('a raisin a cabin a pin the margin within again begin');
    expect(norms('Kevin and Erin win a violin made of thin tin')).toBe('kevin and erin win a violin made of thin tin');
  });
  it('makes "nothin" a negator and "tryin" a verb', () => {
    const d = analyze("it's nothin' we can change");
    expect(d.tokens.find((t) => t.text === 'nothin')?.neg).toBe(true);
    expect(analyze('we are tryin').tokens.find((t) => t.text === 'tryin')?.lemma).toBe('try');
  });
  it('keeps the offsets on the written word', () => {
    const text = "nothin' doin";
    const t = tokenize(text).filter((x) => x.word);
    expect(t.map((x) => [x.text, x.norm, text.slice(x.start, x.end)])).toEqual([
      ['nothin', 'nothing', 'nothin'],
      ['doin', 'doing', 'doin'],
    ]);
  });
});

describe('dialect32: Caribbean, Geordie and chat negatives and function words', () => {
  it('reads can\'t, don\'t and don\'t know in dialect as negations', () => {
    expect(norms('we cyaan refund that')).toBe('we can not refund that');
    expect(norms('the shop caan open Sunday')).toBe('the shop can not open sunday');
    expect(norms('we divvent do callouts, we divn\'t')).toBe('we do not do callouts we do not');
    const d = tokenize('we cyaan');
    expect(d.map((x) => [x.text, x.norm, x.start, x.end])).toEqual([
      ['we', 'we', 0, 2],
      ['cya', 'can', 3, 6],
      ['an', 'not', 6, 8],
    ]);
    // "dunno" stays one word: pack rules list it ("[idk|dunno] …"), and read as "do not know" such a rule would match
    // every "don't know of any other charge".
    expect(norms('I dunno')).toBe('i dunno');
  });
  it('reads Caribbean pronouns, "fi" and "nah"/"nuh" in context only', () => {
    expect(norms('yuh need fi call di office')).toBe('you need to call di office');
    expect(norms('Mi cyaan help yuh wid dat')).toBe('i can not help you wid dat');
    expect(norms('but wi cyaan do di viewing, wi nah gonna')).toBe('but we can not do di viewing we not going to');
    expect(norms('come in wi the keys')).toBe('come in with the keys');
    expect(norms('we nah gonna refund it')).toBe('we not going to refund it');
    expect(norms('it nuh work so')).toBe('it not work so');
    expect(norms('we r closed bc of the storm, back b4 noon')).toBe('we are closed because of the storm back before noon');
  });
  it('leaves the same spellings alone where they mean something else', () => {
    expect(norms('the wi fi is down')).toBe('the wi fi is down');
    expect(norms('mi casa es su casa')).toBe('mi casa es su casa');
    expect(norms('the Xiaomi Mi 11 and the Mi band')).toBe('the xiaomi mi 11 and the mi band');
    expect(norms('Nah, that is fine')).toBe('nah that is fine');
    expect(norms('nah we are good')).toBe('nah we are good');
    expect(norms('BC Hydro sent a B4 sheet, see COS 12')).toBe('bc hydro sent a b4 sheet see cos 12');
    expect(norms('R is a language; Fi is on shift')).toBe('r is a language fi is on shift');
    expect(norms('the cyan cartridge')).toBe('the cyan cartridge');
    expect(norms('sci fi and hi fi')).toBe('sci fi and hi fi');
  });
});

describe('dialect32: learner forms', () => {
  it('reads uncountable plurals as the noun', () => {
    expect(norms('the informations you sent and some advices')).toBe('the information you sent and some advice');
  });
  it('reads "not possible to" of a person as "not able to", never of "it"', () => {
    expect(norms('we are not possible to refund it')).toBe('we are not able to refund it');
    expect(norms("we're not possible to change it")).toBe('we are not able to change it');
    expect(norms('it is not possible to refund it')).toBe('it is not possible to refund it');
    expect(norms('we are not sure it is possible to refund')).toBe('we are not sure it is possible to refund');
  });
});

describe('dialect32: the context words', () => {
  it('are at most four letters long, or eight (en.ts tests the length before the set)', () => {
    expect([...DIALECT_CONTEXT].filter((w) => !(w.length <= 4 || w.length === 8))).toEqual([]);
  });
});
