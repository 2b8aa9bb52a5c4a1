// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../lib/nlp/index.ts';

const norms = (s: string) => tokenize(s).map((t) => t.norm).join(' ');

describe('English dialect and learner surface forms (lexen28)', () => {
  it('reads the Scots -nae negatives as "not" across verbs and trades', () => {
    expect(norms('we cannae fit the boiler till Monday')).toBe('we can not fit the boiler until monday');
    expect(norms('I dinnae have the keys')).toBe('i do not have the keys');
    expect(norms('the parcel didnae arrive')).toBe('the parcel did not arrive');
    expect(norms('it wouldnae fit in the van')).toBe('it would not fit in the van');
    expect(norms('the vet couldnae see her')).toBe('the vet could not see her');
    expect(norms('ye shouldnae have paid')).toBe('you should not have paid');
    expect(norms('that isnae covered, it wasnae booked')).toBe('that is not covered , it was not booked');
    expect(norms('the plumber willnae come, he winnae')).toBe('the plumber will not come , he will not');
    expect(norms('Cannae do that, sorry')).toBe('can not do that , sorry');
    // Offsets stay on the written word.
    const t = tokenize('we cannae');
    expect(t.map((x) => x.text)).toEqual(['we', 'can', 'nae']);
  });

  it('reads learner negatives written as one word', () => {
    expect(norms('we donot offer refunds')).toBe('we do not offer refunds');
    expect(norms('it doesnot work, it dosent load')).toBe('it does not work , it does not load');
    expect(norms('I cudnt find it and wudnt guess')).toBe('i could not find it and would not guess');
  });

  it('reads Scots pronouns and particles', () => {
    expect(norms("ye'll have tae bring it in")).toBe('you will have to bring it in');
    expect(norms("ye'd need tae speak tae the courier")).toBe('you would need to speak to the courier');
    expect(norms('sorry aboot that, the slot is greyed oot')).toBe('sorry about that , the slot is greyed out');
    expect(norms('it went tae yer old address, no oor fault')).toBe('it went to your old address , no our fault');
    expect(norms('yer welcome')).toBe('you are welcome');
    expect(norms("u'll get a text")).toBe('you will get a text');
  });

  it('reads chat "4" as "for" only between an apology or a thanks and what it is for', () => {
    expect(norms('sry 4 the inconvenience')).toBe('sorry for the inconvenience');
    expect(norms('Sorry 4 the wait, the van is out')).toBe('sorry for the wait , the van is out');
    expect(norms('thx 4 ur patience')).toBe('thanks for your patience');
    expect(norms('soz 4 the mix up')).toBe('sorry for the mix up');
    // Numbers stay numbers.
    expect(norms('sorry, 4 parcels are still at the depot')).toBe('sorry , 4 parcels are still at the depot');
    expect(norms('sorry 4 days late')).toBe('sorry 4 days late');
    expect(norms('room 4 the night, table 4 the party of six')).toBe('room 4 the night , table 4 the party of six');
    expect(norms('4 the record: 4 of them')).toBe('4 the record : 4 of them');
  });

  it('reads Scots "no" as "not" only after a copula and before a possessive', () => {
    expect(norms('thats no oor department')).toBe('that is not our department');
    expect(norms('it’s no my fault the van was late')).toBe('it is not my fault the van was late');
    expect(norms('that was no your doing')).toBe('that was not your doing');
    // English "no" stays "no".
    expect(norms("that's no problem, no worries")).toBe('that is no problem , no worries');
    expect(norms('no your order is fine')).toBe('no your order is fine');
    expect(norms('is it there? no, our team has it')).toBe('is it there ? no , our team has it');
    expect(norms('there is no charge and no fee')).toBe('there is no charge and no fee');
  });

  it('leaves look-alikes, names and initialisms alone', () => {
    expect(norms('the canna lilies are in stock')).toBe('the canna lilies are in stock');
    expect(norms('Hi Tae, thanks for waiting')).toBe('hi tae , thanks for waiting');
    expect(norms('TAE KWON DO class')).toBe('tae kwon do class');
    expect(norms('Dear Ye Jin, your order')).toBe('dear ye jin , your order');
    expect(norms('thanks ma, talk soon')).toBe('thanks ma , talk soon');
    expect(norms('Wi-Fi is down, bring it in wi the case')).toBe('wi-fi is down , bring it in with the case');
    expect(norms('the wi fi is down, the Wi Fi too')).toBe('the wi fi is down , the wi fi too');
    expect(norms('the WI meeting, call Wi on Monday')).toBe('the wi meeting , call wi on monday');
    expect(norms('the door was shut, the boot was open, a poor taekwondo tour')).toBe('the door was shut , the boot was open , a poor taekwondo tour');
    expect(norms('the yeti, yes, yearly, tea, toe, taxi, about, out, our')).toBe('the yeti , yes , yearly , tea , toe , taxi , about , out , our');
    expect(norms('a nae bother, nae worries')).toBe('a nae bother , nae worries');
    expect(norms('Kenny at the cantina')).toBe('kenny at the cantina');
  });
});
