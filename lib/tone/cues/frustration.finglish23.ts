/**
 * Persian frustration typed in Latin letters (Finglish), session 23 (tonefa23). The English layer reads a Finglish
 * message (no Persian letter), so before this only a handful of Finglish words (khaste shodam, asabani, eftezah, maskhare,
 * javab nemidid) could carry the cue, and fresh writers' Finglish complaints were missed whole. This part of the lexicon
 * holds the Persian reader's core constructions in their common Latin spellings, each weighed as its Persian original:
 *
 * - rhetorical questions: «این چه وضعشه/وضعیه» in che vaz…, «این چه کاریه/سرویسیه/پشتیبانیه» in che kari…, «این چیه آخه»
 *   chie akhe, «آخه چرا» akhe chera, «مگه شوخیه/مسخره‌ست» mage shookhie;
 * - feelings: «حالم به هم می‌خوره» be ham mikhore, «ذله شدم» zele shodam;
 * - judgements of the company: «بی‌کلاس» bi kelas…, «بی‌شعور» bishoor…, «بدقول» badghol…, «کلاهبردار» kolahbardar…;
 * - complaints: «جواب نمیده/ندادید» javab nemide / nadadid, «هیچ فرقی نکرده» hich farghi nakarde, «هنوز درست نشده»;
 * - escalation: «پولمو پس بدید» poolamo pas bed…, «شکایت می‌کنم» shekayat mikonam (announced; not «می‌خوام شکایت کنم از …», which
 *   asks how, often of another party), «دیگه ازتون خرید نمی‌کنم».
 *
 * Never a procedure asked («ta key bayad madarek ro befrestam?» asks a deadline, so «تا کی باید» is not here) nor a thing
 * returned («poolamo pas dadid» thanks: only the imperative «pas bedid» asks for it). Spelling variants are listed, not
 * guessed by pattern: a last word ending in * matches as a prefix (the matcher's rule). Look-alikes in
 * scripts/tone-kinds23-fa-matrix.ts (finglish).
 */
import type { LexiconPart } from '../tokens.ts';

const IN_CHE = ['in che', 'in chi'];
const each = (heads: readonly string[], tails: readonly string[], w: number) => Object.fromEntries(heads.flatMap((h) => tails.map((t) => [`${h} ${t}`, w])));

export const finglishLexicon23: LexiconPart = {
  'frustration.rhetorical': {
    ...each(IN_CHE, ['vaz*', 'vaze*', 'vazi*', 'servis*', 'service*', 'poshtibani*', 'khadamat*', 'rafter*', 'barkhord*', 'modeli*', 'tarz*'], 1.3),
    ...each(IN_CHE, ['kari*', 'karie*', 'kariye*'], 1.2),
    'chie akhe': 0.9, 'chie aakhe': 0.9, 'chiye akhe': 0.9, 'chiye aakhe': 0.9, 'chie akheh': 0.9,
    'akhe chera': 1, 'aakhe chera': 1, 'akheh chera': 1, 'akhe in': 0.7, 'aakhe in': 0.7,
    'mage shookhie': 1.2, 'mage shokhie': 1.2, 'mage shookhiye': 1.2, 'mage shokhiye': 1.2, 'mage maskhare*': 1.2, 'mage alakie': 1.2, 'mage alakiye': 1.2,
    'kasi oonja hast': 1, 'kasi unja hast': 1, 'kasi onja hast': 1, 'kasi oonja nist': 1, 'kasi unja nist': 1,
  },
  frustration: {
    'be ham mikhore': 1, 'beham mikhore': 1, 'be ham mikhoreh': 1, 'beham mikhoreh': 1, 'be ham khord': 1, 'beham khord': 1,
    'zele shodam': 1.2, 'zeleh shodam': 1.2, 'zele shodim': 1.2, 'zeleh shodim': 1.2, 'zelam kardid': 1.2, 'zelam kardin': 1.2,
    'khaste shodim': 1.2, 'khasteh shodim': 1.2,
  },
  'frustration.judgement': {
    'bi kelas*': 1.1, 'bikelas*': 1.1, 'bishoor*': 1.2, 'bi shoor*': 1.2, 'bishur*': 1.2, 'bi shur*': 1.2,
    'badghol*': 1.1, 'bad ghol*': 1.1, 'badqol*': 1.1, 'bad qol*': 1.1, 'kolahbardar*': 1.2, 'kolah bardar*': 1.2, 'kolahbardari*': 1.2,
    'ghabel ghabul nist': 1.3, 'ghabele ghabool nist': 1.3, 'ghabele ghabul nist': 1.3,
  },
  'frustration.complaint': {
    'javab nemide': 0.6, 'javab nemidan': 0.6, 'javab nemidanad': 0.6, 'javab nadadid': 0.7, 'javab nadadin': 0.7, 'javabi nadadid': 0.7, 'javabi nadadin': 0.7,
    'hich farghi nakarde': 0.6, 'hich fargi nakarde': 0.6, 'hich farqi nakarde': 0.6, 'hanooz dorost nashode': 0.6, 'hanuz dorost nashode': 0.6,
    'hanooz hich khabari': 0.8, 'hanuz hich khabari': 0.8, 'hanuz hichi': 0.8,
  },
  'frustration.escalation': {
    ...each(['poolamo', 'pulamo', 'pool mano', 'pul mano', 'poolam ro', 'pulam ro', 'poolamoo', 'pool mo', 'pul mo'], ['pas bed*', 'bargardoonid', 'bargardunid', 'bargardoonin', 'bargardunin'], 0.6),
    'shekayat mikonam': 1.3, 'shekayat mikonim': 1.3, 'shekayat mikonm': 1.3,
    'dige azatoon kharid nemikonam': 1.3, 'dige azatun kharid nemikonam': 1.3, 'dige kharid nemikonam': 1.2, 'dige azatoon kharid nemikonim': 1.3,
    'modiretoon': 0.9, 'modiretun': 0.9,
  },
};
