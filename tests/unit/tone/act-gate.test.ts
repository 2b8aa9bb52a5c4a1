// @vitest-environment node
/**
 * The contact act's text gate (lib/tone/cues/repeat.matrix17.ts, narrowed by perf28) must stay a necessary condition of
 * its pattern: every text ACT matches holds one of the gate's words in lower case. Each alternative of ACT in its forms,
 * cases, curly quotes and channels; and look-alikes the old stems let through ("during", "5pm", "airline") that ACT never
 * matches (the gate may stay shut on them).
 */
import { describe, expect, it } from 'vitest';
import { CONTACT_ACT, CONTACT_ACT_GATE } from '../../../lib/tone/cues/repeat.matrix17.ts';
import { opens } from '../../../lib/tone/textgate.ts';

const ACTS = [
  'emailed', 'e-mailed', 'emailled', 'emaild', 'emailing', 'e-mailing', 'emialed', 'emaled', 'emaling',
  'called', 'calling', 'cald', 'rang', 'rung', 'ringing', 'phoned', 'phoning',
  'wrote', 'written', 'writing', 'writting',
  'messaged', 'messaging', 'messeged', "msg'd", 'msgd', 'msged', 'msging', 'texted', 'texting', "txt'd", 'txtd', 'txted',
  "dm'd", 'dmd', 'dmed', "dm'ing", 'dming', "pm'd", 'pm’d', 'pm‘d', 'pmd', 'pmed', 'inboxed',
  'contacted', 'contacting', 'contaced', 'conatcted',
  'reached out', 'reaching   out', 'got in touch', 'gotten in touch', 'been in touch', 'getting in touch',
  'chatted', 'chatting', 'complained', 'complaining', 'reported', 'reporting', 'chased', 'chasing', 'unsubscribed', 'opted out', 'asked for', 'requested',
  'asked you', 'asking u', 'told your', 'telling ur', 'reminded you', 'reminding u', 'explained this to you', 'explaining the issue to ur',
  'tried your live chat', 'used the chatbot', 'using ur helpline', 'been on the hotline', 'went on your support line', 'gone on the phone line',
  'going on your contact form', 'contacted the web chat', 'tried the webchat', 'used your online chat',
  'submitted a ticket', 'submitting another request', 'opened a new case', 'opening yet another complaint', 'raised two tickets',
  'raising the query', 'logged a support ticket', 'logging my claim', 'filed a complaint', 'filing an enquiry', 'lodged another report',
  'lodging a claim', 'sent you an email', 'sending u the form', 'put in a request', 'filled in the contact form', 'filling out a form',
  'completed the online form', 'submitted u 3 new refund requests',
  'left you a voicemail', 'left u two messages', 'left a voice note', 'left 3 voice messages',
  'raised it in the store', 'raised this with support', 'raised the problem with your staff',
  'spoken to you', 'spoke with someone', 'speaking to an agent', 'spoke to customer service',
];
const FRAMES = ['I {} twice', 'We have {} again.', "hi, I've {} three times now", 'so {} again today', 'Already {} yesterday!!'];
/** What ACT reads: repeat.matrix17.ts straightens curly single quotes and reads a joiner as a space. */
const straighten = (t: string) => t.replace(/[’‘]/g, "'").replace(/\u200c/g, ' ');
const actMatches = (t: string) => new RegExp(CONTACT_ACT.source, CONTACT_ACT.flags).test(straighten(t));

describe('the contact act gate (repeat.matrix17.ts)', () => {
  it('opens on every text ACT matches: each alternative, in lower, upper and title case', () => {
    const missed: string[] = [];
    for (const act of ACTS) {
      for (const frame of FRAMES) {
        for (const form of [act, act.toUpperCase(), act[0].toUpperCase() + act.slice(1)]) {
          const text = frame.replace('{}', form);
          expect(actMatches(text), text).toBe(true);
          if (!opens(text.toLowerCase(), CONTACT_ACT_GATE)) missed.push(text);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('look-alikes the old stems opened it on are no contact act (ACT reads nothing there)', () => {
    for (const text of ['during my airline trip at 5pm', 'recall the information', 'please call me back', 'can you email me', 'bring the form', 'the line was long', 'I will text you', 'open the app']) {
      expect(actMatches(text), text).toBe(false);
    }
  });
});
