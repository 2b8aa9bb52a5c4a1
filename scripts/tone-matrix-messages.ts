/**
 * Message builders shared by the urgency and repeat-contact matrices (scripts/tone-urgency-matrix18/19.ts,
 * scripts/tone-repeat-matrix18/19.ts): each core sentence becomes an English message (a greeting, the core, a tail,
 * chosen in turn) or Persian messages in four spellings (tone-fa-frust-matrix17.ts's `spellings`), each with a greeting
 * and a tail in turn. A greeting that ends its own line is followed by a capitalised core.
 */
import { spellings } from './tone-fa-frust-matrix17.ts';

export { cross } from './tone-fa-frust-matrix17.ts';

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Four greetings and four tails per language. */
export interface MessageFrames {
  enGreet: readonly string[];
  enTail: readonly string[];
  faGreet: readonly string[];
  faTail: readonly string[];
}

/** The English message of each core, in order. */
export function enMessages(f: MessageFrames, cores: readonly string[]): string[] {
  return cores.map((c, i) => {
    const g = f.enGreet[i % 4];
    return `${g}${g && !g.endsWith('\n') ? c : cap(c)}${f.enTail[(i * 3) % 4]}`;
  });
}

/** The Persian messages of each core, four spellings each, in order. */
export function faMessages(f: MessageFrames, cores: readonly string[]): string[] {
  return cores.flatMap((c, i) => spellings(c).map((s, k) => `${f.faGreet[(i + k) % 4]}${s}${f.faTail[(i * 3 + k) % 4]}`));
}
