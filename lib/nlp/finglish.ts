/**
 * (finglish31) Finglish: Persian typed in Latin letters ("motasefane nemitoonim ta hafte baad ersal konim", "bayad
 * khodetoon login konid", "ghavanin-e sherkat ine"). The tokenizer reads such a sentence as English; this module
 *
 * - tells a Finglish sentence from English, code, URLs, order numbers and names (`finglishSentence`): Persian function
 *   words no English word spells ("ke", "ro", "nist", "bayad", "khodetoon"), Persian verb morphology (mi- / nemi- / na- /
 *   be- with a person ending: "nemitoonim", "mikonam", "nadaram", "befrestim") and Persian words of the lexicon that are no
 *   English word, against English function words;
 * - spells each Finglish word in Persian letters (`transliterateFinglish`), with offsets back into the original text: a
 *   table of function words, then the Persian lexicon (lib/nlp/finglish.lexicon.ts: words of the Persian pack, the
 *   readers' tables and the Persian development splits) searched letter by letter with the letters each Latin spelling
 *   can stand for (kh خ, gh ق/غ, sh ش, ch چ, zh ژ, oo/u/ou و, ee/i ی, aa آ/ا, a ا or unwritten, e unwritten or ع, a final e
 *   ه; t ت/ط, s س/ص/ث, z ز/ذ/ض/ظ, h ه/ح), the cheapest and most frequent candidate kept; a word the lexicon lacks is read
 *   as a stem of it with a prefix (mi-, nemi-, na-, be-) or an ending (person, attached pronoun, plural, ezafe) the table
 *   spells, and otherwise spelt by the letter rules. The ezafe (-e, -ye after a hyphen, or a final e before another word
 *   of the clause) is left unwritten, as colloquial Persian writes it; a final e at the clause's end is the copula «ـه».
 *
 * English loanwords the agent types inside Finglish ("refund", "login", "email") and acronyms ("SSO"), names (a capital
 * inside the sentence), numbers, URLs and code stay as written. lib/nlp's folding then reads the Persian spelling as it
 * reads any Persian word (colloquial and formal alike). Pure, synchronous; the lexicon's trie is built at first use.
 */
import { FINGLISH_EN_WORDS, FINGLISH_FA_WORDS } from './finglish.lexicon.ts';

/** Function words and frequent forms, Latin spelling -> Persian (folded, joined). Spellings of one word share a line. */
const TABLE_SRC: Record<string, string> = {
  // particles, prepositions, conjunctions
  'ke ki': 'که', 'ro roo': 'رو', 'ra': 'را', 'ham': 'هم', 'va': 'و', 'ya': 'یا', 'na': 'نه', 'ba': 'با', 'be beh': 'به', 'az': 'از', 'ta': 'تا',
  'dar': 'در', 'too tu': 'تو', 'bara baraye baraie barye': 'برای', 'vase vaase vasse': 'واسه', 'age agar ageh': 'اگه', 'vali vaali': 'ولی',
  'amma ama': 'اما', 'chon choon chun': 'چون', 'inke': 'اینکه', 'hatta': 'حتی', 'faghat faqat': 'فقط', 'niz': 'نیز',
  'pas': 'پس', 'dige digeh': 'دیگه', 'hanooz hanuz hanoz': 'هنوز', 'aslan asan': 'اصلا', 'hich': 'هیچ', 'hichi': 'هیچی',
  'hamin': 'همین', 'hamoon hamun': 'همون', 'haman': 'همان', 'hamishe hamishe': 'همیشه', 'alan alaan': 'الان', 'bad baad': 'بعد',
  'ghabl': 'قبل', 'ghablan': 'قبلا', 'khahesh': 'خواهش', 'soal': 'سوال', 'soali': 'سوالی', 'kamelan': 'کاملا', 'vaghean vaghan': 'واقعا', 'beshe besheh': 'بشه', 'khob khb': 'خب', 'are areh': 'آره', 'baleh bale': 'بله', 'kheili kheyli khyli': 'خیلی', 'ye': 'یه', 'yek': 'یک',
  'chand': 'چند', 'chi': 'چی', 'chera chra': 'چرا', 'koja': 'کجا', 'key kei': 'کی', 'chetor chetori': 'چطور', 'mesle mesl': 'مثل',
  'tebghe tebgh tebq tebqe': 'طبق', 'motasefane motasefaneh mota2sefane': 'متاسفانه', 'lotfan lotfn': 'لطفا', 'hatman': 'حتما',
  'rastesh rastesho': 'راستش', 'dar morede': 'درمورد', 'inja': 'اینجا', 'oonja unja': 'اونجا',
  // pronouns and demonstratives
  'man': 'من', 'to': 'تو', 'oo': 'او', 'ma': 'ما', 'shoma': 'شما', 'oona una': 'اونا', 'anha': 'آنها', 'in een': 'این',
  'oon un': 'اون', 'an': 'آن', 'khodam': 'خودم', 'khodet': 'خودت', 'khodesh': 'خودش', 'khodemoon khodemun': 'خودمون',
  'khodetoon khodetun khodeton': 'خودتون', 'khodeshoon khodeshun': 'خودشون', 'khodetan': 'خودتان', 'khod': 'خود',
  'bande': 'بنده', 'ishoon ishun': 'ایشون', 'ishan': 'ایشان', 'inha': 'اینها', 'ina': 'اینا',
  // be, have, must, can
  'hast': 'هست', 'hastam': 'هستم', 'hasti': 'هستی', 'hastim': 'هستیم', 'hastid': 'هستید', 'hastin': 'هستین', 'hastand': 'هستند',
  'nist': 'نیست', 'nistam': 'نیستم', 'nisti': 'نیستی', 'nistim': 'نیستیم', 'nistid': 'نیستید', 'nistin': 'نیستین', 'nistand': 'نیستند',
  'ast': 'است', 'bood bud': 'بود', 'boodim budim': 'بودیم', 'boodam budam': 'بودم', 'ine': 'اینه', 'une oone': 'اونه',
  'bayad baiad bayd': 'باید', 'nabayad': 'نباید', 'shayad': 'شاید', 'mishe misheh': 'میشه', 'nemishe nemisheh': 'نمیشه',
  'shod': 'شد', 'shode shodeh': 'شده', 'nashod': 'نشد', 'nashode': 'نشده', 'bashe': 'باشه', 'bashid': 'باشید', 'bashin': 'باشین',
  'dare': 'داره', 'nadare': 'نداره', 'daram': 'دارم', 'nadaram': 'ندارم', 'darim': 'داریم', 'nadarim': 'نداریم', 'darid': 'دارید',
  'nadarid': 'ندارید', 'darin': 'دارین', 'nadarin': 'ندارین', 'dashtim': 'داشتیم', 'dashtid': 'داشتید', 'dashtin': 'داشتین',
  'mitoonim mitunim mitonim': 'میتونیم', 'nemitoonim nemitunim nemitonim': 'نمیتونیم', 'mitoonam mitunam mitonam': 'میتونم',
  'nemitoonam nemitunam nemitonam': 'نمیتونم', 'mitoonid mitunid mitonid': 'میتونید', 'mitoonin mitunin mitonin': 'میتونین',
  'nemitoonid nemitunid': 'نمیتونید', 'nemitoonin nemitunin': 'نمیتونین', 'mitoone mitune': 'میتونه', 'nemitoone nemitune': 'نمیتونه',
  'mitavanid': 'میتوانید', 'nemitavanim': 'نمیتوانیم', 'nemitavanam': 'نمیتوانم', 'mitavanim': 'میتوانیم',
  'mishavad': 'میشود', 'nemishavad': 'نمیشود', 'nemibashad': 'نمیباشد', 'mibashad': 'میباشد', 'nemidoonam nemidunam': 'نمیدونم',
  'midoonam midunam': 'میدونم', 'nemidonam': 'نمیدونم', 'konid': 'کنید', 'konin': 'کنین', 'konam': 'کنم', 'konim': 'کنیم',
  'kard': 'کرد', 'kardam': 'کردم', 'kardim': 'کردیم', 'kardid': 'کردید', 'kardin': 'کردین', 'karde': 'کرده', 'nakardid': 'نکردید',
  'nakardin': 'نکردین', 'nakardim': 'نکردیم', 'mikonam': 'میکنم', 'mikonim': 'میکنیم', 'mikone': 'میکنه', 'nemikone': 'نمیکنه',
  'mikonid': 'میکنید', 'mikonin': 'میکنین', 'nemikonim': 'نمیکنیم', 'nemikonam': 'نمیکنم', 'bede': 'بده', 'bedid': 'بدید', 'bedin': 'بدین',
  'midim': 'میدیم', 'nemidim': 'نمیدیم', 'mide': 'میده', 'nemide': 'نمیده', 'dadid': 'دادید', 'dadin': 'دادین', 'dadim': 'دادیم',
  'goftam': 'گفتم', 'goftim': 'گفتیم', 'gofte': 'گفته', 'begid': 'بگید', 'begin': 'بگین', 'miad': 'میاد', 'nemiad': 'نمیاد',
  // things of a support message
  'sherkat': 'شرکت', 'moshtari': 'مشتری', 'sefaresh': 'سفارش', 'ersal': 'ارسال', 'pool pul': 'پول', 'hesab': 'حساب',
  'system': 'سیستم', 'site': 'سایت', 'email': 'ایمیل', 'link': 'لینک', 'code': 'کد', 'app': 'اپ', 'online': 'آنلاین',
  'moshkel': 'مشکل', 'moshkeli': 'مشکلی', 'eshtebah eshtebahi': 'اشتباه', 'emkan': 'امکان', 'ghanoon ghanun': 'قانون',
  'ghavanin': 'قوانین', 'siasat siyasat': 'سیاست', 'zavabet': 'ضوابط', 'moshtarak': 'مشترک', 'gerami': 'گرامی', 'salam salaam slm': 'سلام',
  'mamnoon mamnun': 'ممنون', 'merci mersi': 'مرسی', 'bebakhshid bebakhshin': 'ببخشید', 'sharmande sharmandeh': 'شرمنده',
  'rooz ruz': 'روز', 'hafte hafteh': 'هفته', 'saat': 'ساعت', 'farda': 'فردا', 'emrooz emruz': 'امروز', 'mah maah': 'ماه',
};
/** Preverbs English also spells, read as Persian before a mi- / nemi- verb. */
const PREVERBS = new Map(Object.entries({ bar: 'بر', baz: 'باز', pas: 'پس', var: 'ور', dar: 'در', sar: 'سر', pish: 'پیش' }));
const TABLE = new Map<string, string>();
for (const [keys, fa] of Object.entries(TABLE_SRC)) for (const k of keys.split(' ')) if (!TABLE.has(k)) TABLE.set(k, fa);

/**
 * Latin words that are also everyday English words: read as Persian only inside a sentence the other words make Finglish,
 * never counted as its evidence ("man", "to", "be", "in", "ham", "mi", "bad", "are", "dare", "age").
 */
const AMBIGUOUS = new Set('alan begin pool mah un mane mean merci man to be beh in an ma mi na ham va ya ba az ta dar too tu bad baad are age key kei oo pas ye yek khob ast site system email link code app online hast bood bud dare chi ine une ra bara'.split(' '));
/** English function words: as many of them as Finglish evidence makes the sentence English. */
const EN_FUNCTION = new Set('the a is are was were am be been being my your our their his her its you we they he she it i me us them and or of for with this that these those have has had do does did please will would could should can cannot not no on at from there what when where how why an if but so just than then also any some all by as about into over after before up out'.split(' '));

/** Persian verb and word shapes no English word has. (The suffix shape reads three letters before its ending: the same words as "three or more", in one pass over a long word; "{3,}" unanchored was quadratic on a 100 KB word.) */
const SHAPE = /^(?:n?emi|nemi|mi)[a-z]{2,}(?:am|i|e|eh|im|id|in|and|an|ad|anad|ashe|esh)$|^na[bdgkrsmtfhz](?:[a-z]{2,})(?:am|im|id|in|and|ad|ade|adeh|ode|odeh|ide|ideh|are|ast)$|^be[bdgkrsmtfhzy][a-z]{2,}(?:am|i|e|eh|im|id|in|and|an|ad)$|[a-z]{3}(?:etoon|etun|eton|eshoon|eshun|emoon|emun|itoon|itun|ashoon)$|^[a-z]+-(?:e|ye|haye|ha|to|esho|ro|esh|am|id|im|in|ash)$/;

// ---- lexicon ------------------------------------------------------------------------------------------------------

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Frequency rank 1-9 when a word ends here, else 0. */
  rank: number;
}
let trie: TrieNode | null = null;
let english: Set<string> | null = null;

function lexicon(): TrieNode {
  if (trie) return trie;
  const root: TrieNode = { next: new Map(), rank: 0 };
  for (const entry of FINGLISH_FA_WORDS.split(' ')) {
    const colon = entry.lastIndexOf(':');
    const w = entry.slice(0, colon);
    let n = root;
    for (const ch of w) {
      let m = n.next.get(ch);
      if (!m) n.next.set(ch, (m = { next: new Map(), rank: 0 }));
      n = m;
    }
    n.rank = Math.max(n.rank, Number(entry.slice(colon + 1)) || 1);
  }
  for (const fa of TABLE.values()) {
    let n = root;
    for (const ch of fa) {
      let m = n.next.get(ch);
      if (!m) n.next.set(ch, (m = { next: new Map(), rank: 0 }));
      n = m;
    }
    n.rank = Math.max(n.rank, 5);
  }
  return (trie = root);
}

function englishWords(): Set<string> {
  return (english ??= new Set(FINGLISH_EN_WORDS.split(' ')));
}

// ---- letter rules ---------------------------------------------------------------------------------------------------

type Opt = readonly [string, number];
/** Latin units, longest first, with the Persian letters each can stand for and a cost. */
const UNITS: readonly string[] = ['kh', 'gh', 'sh', 'ch', 'zh', 'aa', 'oo', 'ou', 'ee', 'ei', 'ey', 'ow', 'ai', 'ay', "'", 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '2', '3', '5', '6', '7', '8'];
const MID: Record<string, readonly Opt[]> = {
  kh: [['خ', 0], ['خو', 0.4]], gh: [['ق', 0], ['غ', 0]], sh: [['ش', 0]], ch: [['چ', 0]], zh: [['ژ', 0]],
  aa: [['ا', 0], ['آ', 0.3], ['اع', 0.8], ['عا', 0.8], ['اعا', 0.6]], oo: [['و', 0], ['ئو', 0.8], ['ؤ', 1]], ou: [['و', 0], ['ئو', 0.8]], ee: [['ی', 0], ['ئی', 0.8]],
  ei: [['ی', 0], ['ئی', 0.5], ['عی', 0.8], ['ئ', 0.8]], ey: [['ی', 0], ['ئی', 0.5], ['عی', 0.8]], ow: [['و', 0], ['او', 0.5]], ai: [['ای', 0.2], ['ی', 0.3], ['عی', 0.4], ['ائ', 0.6], ['ئ', 0.6]], ay: [['ای', 0], ['ی', 0.3], ['عی', 0.5]],
  "'": [['ع', 0], ['ئ', 0.3], ['ء', 0.5], ['', 0.2]],
  // (fingl33) Digits for the letters Latin lacks, read only inside a word digitFinglish accepts: 2 the hamza (ئ, or its
  // seat as folding leaves it: «سوال», «متاسفانه»), 3 ع, 7 ح, 5 خ, 8 غ / ق, 6 ط.
  '2': [['ئ', 0], ['و', 0.2], ['ا', 0.3], ['ء', 0.3], ['ع', 0.4]], '3': [['ع', 0]], '7': [['ح', 0]], '5': [['خ', 0]], '8': [['غ', 0], ['ق', 0]], '6': [['ط', 0]],
  a: [['', 0.1], ['ا', 0.1], ['ع', 0.7], ['آ', 1], ['ئ', 1.2]], e: [['', 0], ['ع', 0.7], ['ی', 1.2], ['ئ', 1], ['ه', 1.4]],
  i: [['ی', 0], ['ئ', 0.8], ['ئی', 0.8], ['عی', 0.7]], o: [['', 0.1], ['و', 0.2], ['ع', 0.7], ['ئو', 1.2], ['ؤ', 1.2]], u: [['و', 0], ['ئو', 0.8]],
  b: [['ب', 0]], c: [['ک', 0], ['س', 0.6]], d: [['د', 0]], f: [['ف', 0]], g: [['گ', 0]], h: [['ه', 0], ['ح', 0.1], ['', 1]], j: [['ج', 0]],
  k: [['ک', 0]], l: [['ل', 0]], m: [['م', 0]], n: [['ن', 0]], p: [['پ', 0]], q: [['ق', 0], ['غ', 0.2]], r: [['ر', 0]], s: [['س', 0], ['ص', 0.2], ['ث', 0.4]],
  t: [['ت', 0], ['ط', 0.2]], v: [['و', 0]], w: [['و', 0]], x: [['کس', 0], ['خ', 0.3]], y: [['ی', 0]], z: [['ز', 0], ['ذ', 0.3], ['ض', 0.3], ['ظ', 0.3]],
};
const START: Record<string, readonly Opt[]> = {
  kh: [['خ', 0], ['خو', 0.4]],
  a: [['ا', 0], ['آ', 0.2], ['ع', 0.4]], aa: [['آ', 0], ['عا', 0.5]], e: [['ا', 0], ['ع', 0.4], ['ای', 1]], i: [['ای', 0], ['ا', 0.6], ['ع', 0.8]],
  ee: [['ای', 0]], ei: [['ای', 0]], ey: [['ای', 0]], o: [['ا', 0], ['او', 0.3], ['ع', 0.4]], oo: [['او', 0], ['ع', 0.6]], ou: [['او', 0]], u: [['او', 0], ['ع', 0.6]], ow: [['او', 0]],
  ai: [['ای', 0]], ay: [['ای', 0]], "'": [['ع', 0]],
};
const END: Record<string, readonly Opt[]> = {
  e: [['ه', 0], ['', 0.4], ['ی', 1], ['ع', 0.8], ['عه', 0.5]], a: [['ا', 0], ['ه', 0.2], ['ع', 0.6], ['', 1]], o: [['و', 0], ['ه', 0.6]],
  i: [['ی', 0]], ee: [['ی', 0]], u: [['و', 0]], oo: [['و', 0]],
};

/** The word cut into units (longest first). */
function units(w: string): string[] {
  const out: string[] = [];
  let k = 0;
  while (k < w.length) {
    let u = '';
    for (const cand of UNITS) {
      if (w.startsWith(cand, k)) {
        u = cand;
        break;
      }
    }
    if (!u) return [];
    out.push(u);
    k += u.length;
  }
  return out;
}

function optionsAt(us: readonly string[], i: number): readonly Opt[] {
  const u = us[i];
  if (i === 0 && START[u]) return START[u];
  if (i === us.length - 1 && END[u]) return END[u];
  // "eh" at the end: the final ه.
  if (i === us.length - 2 && u === 'e' && us[i + 1] === 'h') return [['', 0]];
  if (i === us.length - 1 && u === 'h' && us[i - 1] === 'e') return [['ه', 0]];
  // A doubled consonant ("motashakker", "mohemme"): one letter (a shadda, unwritten).
  if (i > 0 && us[i - 1] === u && !/^[aeiou]/.test(u)) return [['', 0], ...(MID[u] ?? [])];
  return MID[u] ?? [];
}

interface Found {
  fa: string;
  cost: number;
  rank: number;
}

/** Every lexicon word the units can spell within a cost of `budget`, found by a walk of the trie. */
function searchLexicon(us: readonly string[], budget = 2.2): Found[] {
  const out: Found[] = [];
  const root = lexicon();
  let visits = 0;
  const walk = (i: number, node: TrieNode, acc: string, cost: number) => {
    if (++visits > 20000) return;
    if (i === us.length) {
      if (node.rank) out.push({ fa: acc, cost, rank: node.rank });
      return;
    }
    for (const [letters, c] of optionsAt(us, i)) {
      if (cost + c > budget) continue;
      let n: TrieNode | undefined = node;
      for (const ch of letters) {
        n = n.next.get(ch);
        if (!n) break;
      }
      if (n) walk(i + 1, n, acc + letters, cost + c);
    }
  };
  walk(0, root, '', 0);
  return out;
}

const best = (fs: readonly Found[]): Found | null => {
  let b: Found | null = null;
  for (const f of fs) if (!b || f.cost - 0.25 * f.rank < b.cost - 0.25 * b.rank) b = f;
  return b;
};

/** The letter rules alone: the first option of each unit. */
function spellByRules(us: readonly string[]): string {
  let s = '';
  for (let i = 0; i < us.length; i++) s += optionsAt(us, i)[0]?.[0] ?? '';
  return s;
}

/** Endings the table spells, longest first: [Latin, Persian]. */
const ENDINGS: readonly (readonly [string, string])[] = [
  ['etoon', 'تون'], ['etun', 'تون'], ['eton', 'تون'], ['itoon', 'یتون'], ['itun', 'یتون'], ['eshoon', 'شون'], ['eshun', 'شون'], ['emoon', 'مون'], ['emun', 'مون'],
  ['toon', 'تون'], ['tun', 'تون'], ['shoon', 'شون'], ['moon', 'مون'], ['haye', 'های'], ['hay', 'های'], ['ha', 'ها'],
  ['esho', 'شو'], ['amo', 'مو'], ['aro', 'ارو'], ['ro', 'رو'], ['esh', 'ش'], ['ash', 'ش'], ['sh', 'ش'], ['am', 'م'], ['et', 'ت'], ['at', 'ت'],
  ['and', 'ند'], ['and', 'ند'], ['im', 'یم'], ['id', 'ید'], ['in', 'ین'], ['ei', 'ه‌ای'], ['ye', 'ی'], ['e', ''], ['i', 'ی'], ['o', 'و'], ['an', 'ا'],
];
const PREFIXES: readonly (readonly [string, string])[] = [['nemi', 'نمی'], ['mi', 'می'], ['na', 'ن'], ['ne', 'ن'], ['be', 'ب'], ['bi', 'بی']];

/** One Latin word (lower case, letters only) in Persian letters, and whether the lexicon or the table knew it. */
export function spellFinglishWord(word: string, atClauseEnd = false): { fa: string; known: boolean } {
  const w = word.toLowerCase();
  const t = TABLE.get(w);
  if (t) return { fa: t, known: true };
  const us = units(w);
  if (!us.length) return { fa: word, known: false };
  // A final e before another word of the clause is the ezafe (unwritten): "ghavanine site", "sherkate gaz".
  const whole = best(searchLexicon(us));
  // ... unless the whole word (with its final «ه») is the more frequent: "amade", "baste", "beshe".
  if (!atClauseEnd && w.length > 3 && w.endsWith('e') && !w.endsWith('ee')) {
    const stem = best(searchLexicon(units(w.slice(0, -1))));
    if (stem && stem.cost <= 1.6 && !(whole && whole.cost <= 1.6 && whole.rank >= stem.rank)) return { fa: stem.fa, known: true };
  }
  if (whole && whole.cost <= 1.6) return { fa: whole.fa, known: true };
  // A stem the lexicon knows with an ending or a prefix the table spells.
  for (const [lat, fa] of ENDINGS) {
    if (w.length - lat.length < 3 || !w.endsWith(lat)) continue;
    const stemUnits = units(w.slice(0, -lat.length));
    const stem = best(searchLexicon(stemUnits, 1.6));
    if (stem && stem.rank >= 2) return { fa: stem.fa + fa, known: true };
  }
  for (const [lat, fa] of PREFIXES) {
    if (w.length - lat.length < 3 || !w.startsWith(lat)) continue;
    const rest = spellFinglishWord(w.slice(lat.length), true);
    if (rest.known) return { fa: fa + (fa === 'ب' && rest.fa.startsWith('ا') ? 'ی' + rest.fa.slice(1) : rest.fa), known: true };
  }
  if (whole) return { fa: whole.fa, known: true };
  return { fa: spellByRules(us), known: false };
}

// ---- sentences -----------------------------------------------------------------------------------------------------

/** A Latin word of a sentence, with what the reading made of it. */
export interface FinglishWord {
  start: number;
  end: number;
  /** Persian spelling, or null: the word stays as written (English, a name, an acronym, code). */
  fa: string | null;
  /** Evidence the sentence is Finglish (a table word no English word spells, a Persian shape, a lexicon word that is no English word). */
  evidence: boolean;
  /** An English function word. */
  english: boolean;
  /**
   * For a lower-case word left as written that is no English word either (a place, a brand): its spelling by the letter rules, which the reading
   * uses so that the sentence stays one Persian run for the readers (a Latin word between Persian ones would cut a
   * pattern's slot); a hit on such words alone is the older Finglish readers' to judge.
   */
  kept?: string;
  /** (fingl33) A word with digits for letters ("sa3y"), read by digitFinglish: never evidence, not counted by the detector. */
  digits?: true;
}

/** (fingl33) The letters each digit stands for in a spelling (2: the hamza or its seat). */
const DIGIT_LETTERS: Record<string, readonly string[]> = { '2': ['ئ', 'ا', 'و', 'ء', 'ع', 'آ'], '3': ['ع'], '5': ['خ'], '6': ['ط'], '7': ['ح'], '8': ['غ', 'ق'] };

/**
 * (fingl33) A Latin word with digits for the letters Latin lacks ("mot2asefane", "sa3y", "7atman", "mas2ool"), spelt in
 * Persian letters, or null. Only: letters with 2 / 3 / 5 / 6 / 7 / 8 (never 0, 1, 4, 9), one digit at a time and at most
 * two, three letters or more; a digit opening the word stands before a vowel ("3adi", not "3shanbe", "5ruz"), one closing
 * it is 3 after a letter and the spelling's last letter «ع» ("sari3"); lower case (a capital first letter only as the
 * sentence's first word); the spelling a known Persian word (lexicon or table) in which each digit is a letter. Codes, models, times, ordinals ("A4", "B2B", "mp3", "H2O",
 * "x86", "2FA", "7am", "3rd", "utf8", "web3", "dota2", "log2") fail one of these. The caller reads it only inside a Finglish sentence.
 * Linear: fixed checks over the word, one spelling (the lexicon walk is bounded).
 */
export function digitFinglish(raw: string, isFirst: boolean, atEnd = false): string | null {
  if (raw.length > 30 || !/[0-9]/.test(raw)) return null;
  const lower = raw.toLowerCase();
  if (raw !== lower && !(isFirst && raw.slice(1) === lower.slice(1))) return null;
  if (!/^[a-z235678]+$/.test(lower) || /[0-9]{2}/.test(lower)) return null;
  const digits = lower.replace(/[a-z]/g, '').length;
  if (digits > 2 || lower.length - digits < 3) return null;
  if (/^[0-9]/.test(lower) && !/^[0-9][aeiou]/.test(lower)) return null;
  if (/[0-9]$/.test(lower) && !/[a-z]3$/.test(lower)) return null;
  // Each digit must be a letter of the spelling ("dar2", "man3" are not «در», «من»; "log2" is not «لوگو»), a closing 3 its last.
  const holds = (fa: string) => [...lower.replace(/[a-z]/g, '')].every((d) => DIGIT_LETTERS[d].some((l) => fa.includes(l))) && (!lower.endsWith('3') || fa.endsWith('ع'));
  // The table's own spelling first, with each digit as the Latin it stands for ("7atman" hatman, "ba3d" bad, "so2al" soal).
  const t = TABLE.get(lower.replace(/[23]/g, '').replace(/7/g, 'h').replace(/5/g, 'kh').replace(/8/g, 'gh').replace(/6/g, 't'));
  if (t) return holds(t) ? t : null;
  const s = spellFinglishWord(lower, atEnd);
  return s.known && holds(s.fa) ? s.fa : null;
}

const WORD_RE = /[A-Za-z0-9][A-Za-z0-9'\u2019]*(?:[-_.@/:][A-Za-z0-9'\u2019]+)*/g;
/** A URL, an e-mail address, a path or a file name, an order number or a code: never read. */
const NOT_A_WORD = /[0-9@/:_]|^www\.|\.[a-z]{2,4}$|[a-z]\.[a-z]/i;

/** The Latin words of `text` and what each reads as, in a Finglish reading (the caller decides whether the sentence is one). */
export function finglishWords(text: string): FinglishWord[] {
  const out: FinglishWord[] = [];
  const en = englishWords();
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let first = true;
  while ((m = WORD_RE.exec(text))) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const isFirst = first;
    first = false;
    const around = text.slice(Math.max(0, start - 1), end + 1);
    if (/[0-9]/.test(raw) && !/[\u0600-\u06ff#@$]/.test(around)) {
      // "3asr-e", "sa3at-e": the word, then its ezafe (unwritten).
      const ezafe = /^([A-Za-z0-9]+)-(?:e|ye)$/.exec(raw);
      const fa = digitFinglish(ezafe ? ezafe[1] : raw, isFirst, !ezafe && /^\s*(?:[.!?;:،؛؟\n]|$)/.test(text.slice(end)));
      if (fa !== null) {
        out.push({ start, end, fa, evidence: false, english: false, digits: true });
        continue;
      }
    }
    if (NOT_A_WORD.test(raw) || /[\u0600-\u06ff#@$]/.test(text.slice(Math.max(0, start - 1), end + 1))) {
      out.push({ start, end, fa: null, evidence: false, english: false });
      continue;
    }
    const lower = raw.toLowerCase().replace(/\u2019/g, "'");
    // An acronym ("SSO", "CTR") or a name (a capital inside the sentence, not a table word): left as written.
    if ((raw.length >= 2 && raw === raw.toUpperCase() && /[A-Z]/.test(raw)) || (!isFirst && /^[A-Z]/.test(raw) && !TABLE.has(lower) && !SHAPE.test(lower))) {
      out.push({ start, end, fa: null, evidence: false, english: EN_FUNCTION.has(lower) });
      continue;
    }
    const parts = lower.split('-');
    const english = EN_FUNCTION.has(lower);
    // "check-in", "no-show", "size-ha", "non-refundable": an English word with its hyphen stays as written.
    if (parts.length > 1 && parts.some((p, k) => (en.has(p) || EN_FUNCTION.has(p)) && !TABLE.has(p) && !(k > 0 && (p === 'e' || p === 'ye' || p === 'i' || ENDINGS.some(([lat]) => lat === p))))) {
      out.push({ start, end, fa: null, evidence: false, english: false });
      continue;
    }
    const atEnd = /^\s*(?:[.!?;:،؛؟\n]|$)/.test(text.slice(end));
    if (parts.length > 1) {
      // "hoze-ye", "code-e", "gooshi-to", "farmoode-id": the stem, then its ezafe (unwritten) or its ending.
      let fa = '';
      let known = true;
      for (let k = 0; k < parts.length; k++) {
        const p = parts[k];
        if (k > 0 && (p === 'e' || p === 'ye' || p === 'i')) continue;
        if (k > 0) {
          const ending = ENDINGS.find(([lat]) => lat === p);
          if (ending) {
            // After a final «ه» a person ending takes its «ا» ("farmoode-id" «فرموده‌اید», "karde-im" «کرده‌ایم»).
            fa += fa.endsWith('ه') && /^ی[مدن]?$|^ید$|^یم$|^ین$/.test(ending[1]) ? 'ا' + ending[1] : ending[1];
            continue;
          }
        }
        const s = spellFinglishWord(p, k < parts.length - 1 || atEnd);
        known &&= s.known;
        fa += (fa ? ' ' : '') + s.fa;
      }
      out.push({ start, end, fa, evidence: SHAPE.test(lower) || (known && !en.has(parts[0]) && parts[0].length >= 3), english });
      continue;
    }
    if (english) {
      out.push({ start, end, fa: TABLE.get(lower) ?? null, evidence: false, english: true });
      continue;
    }
    const inTable = TABLE.has(lower);
    const shape = SHAPE.test(lower);
    // A preverb before a mi- / nemi- verb ("bar nemiad", "baz mishe", "pas midim") is Persian, whatever English spells it.
    const preverb = PREVERBS.get(lower);
    if (preverb && /^\s+(?:ne)?mi[a-z]/i.test(text.slice(end))) {
      out.push({ start, end, fa: preverb, evidence: false, english: false });
      continue;
    }
    if (en.has(lower) && !inTable && !shape) {
      // An English word (a loanword in a Finglish sentence, or English).
      out.push({ start, end, fa: null, evidence: false, english: false });
      continue;
    }
    const s = spellFinglishWord(lower, atEnd);
    const evidence = !AMBIGUOUS.has(lower) && (inTable || (!en.has(lower) && (shape || (s.known && lower.length >= 4))));
    const fa = s.known || inTable || shape ? s.fa : null;
    out.push({ start, end, fa, evidence, english: false, kept: fa === null && /^[a-z]+$/.test(lower) ? s.fa : undefined });
  }
  return out;
}

/**
 * A cheap gate (no spelling, no lexicon walk): whether `text` has a word finglishSentence could count as strong evidence
 * (a table word no English word spells, or a Persian shape that is no English word). English sentences stop here.
 */
export function mayBeFinglish(text: string): boolean {
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text))) {
    const word = m[0];
    let strong = strongWords.get(word);
    if (strong === undefined) {
      strong = strongWord(word.toLowerCase());
      if (strongWords.size >= MAX_STRONG_WORDS) strongWords.clear();
      strongWords.set(word, strong);
    }
    if (strong) return true;
  }
  return false;
}

/** (perf37) mayBeFinglish's verdict on one word as written: a pure function of the word, kept per word. */
const strongWords = new Map<string, boolean>();
const MAX_STRONG_WORDS = 20_000;
function strongWord(lower: string): boolean {
  if (AMBIGUOUS.has(lower) || EN_FUNCTION.has(lower)) return false;
  return TABLE.has(lower) || (SHAPE.test(lower) && !englishWords().has(lower));
}

/**
 * Whether `text` (a sentence or a clause, in Latin letters) is Finglish: at least two words of evidence, one of them a table
 * word or a Persian shape (one such word is enough in a sentence of one to three words), more evidence than English
 * function words, and at least half of its readable words read as Persian.
 */
export function finglishSentence(text: string, words: readonly FinglishWord[] = finglishWords(text)): boolean {
  let evidence = 0;
  let english = 0;
  let persian = 0;
  let readable = 0;
  // Code ("const ke = ro.map(…)", "<div>", "`npm i`"): never Finglish.
  if (/[{}=<>`]|\(\)/.test(text)) return false;
  let strong = 0;
  const seen = new Set<string>();
  for (const w of words) {
    // (fingl33) Digit-Finglish words are read once the other words make the sentence Finglish; they never decide it.
    if (w.digits) continue;
    const lower = text.slice(w.start, w.end).toLowerCase();
    if (w.english) english++;
    if (w.fa === null && !w.english && (NOT_A_WORD.test(lower) || /^[A-Z]/.test(text.slice(w.start, w.end)))) continue;
    readable++;
    if (w.fa !== null) persian++;
    if (w.evidence && !seen.has(lower)) {
      seen.add(lower);
      evidence++;
      if (SHAPE.test(lower) || TABLE.has(lower)) strong++;
    }
  }
  if (readable === 0 || strong === 0) return false;
  // A lexicon word alone is weak evidence (an English word the English list lacks can spell a Persian one: "died", "plane").
  const enough = evidence >= 2 || (readable >= 2 && readable <= 3 && evidence === 1);
  return enough && evidence > english && persian * 2 >= readable;
}

/** A Finglish sentence spelt in Persian letters, with each piece's place in the original. */
export interface FinglishReading {
  /** The Persian-letter text (Latin words kept where they stay as written, punctuation and digits as written). */
  text: string;
  /** Pieces: [faStart, faEnd, origStart, origEnd, kept], in order; kept is 1 for a word left as written (or spelt by the letter rules only). */
  pieces: number[][];
}

/**
 * `text` with its Finglish words in Persian letters, or null when it is not a Finglish sentence. Every other character
 * (spaces, punctuation, digits, words left as written) is copied; `mapBack` turns an offset range of the reading into
 * the original words it came from.
 */
export function transliterateFinglish(text: string): FinglishReading | null {
  if (typeof text !== 'string' || !/[a-z]/i.test(text) || !mayBeFinglish(text)) return null;
  const words = finglishWords(text);
  if (!finglishSentence(text, words)) return null;
  let out = '';
  const pieces: number[][] = [];
  let k = 0;
  const copy = (to: number) => {
    if (to <= k) return;
    let chunk = text.slice(k, to);
    // Latin question marks and commas in Persian: the readers read both, the Persian ones as the Persian text does.
    chunk = chunk.replace(/\?/g, '؟');
    pieces.push([out.length, out.length + chunk.length, k, to, 0]);
    out += chunk;
    k = to;
  };
  for (const w of words) {
    copy(w.start);
    const fa = w.fa ?? w.kept ?? text.slice(w.start, w.end);
    pieces.push([out.length, out.length + fa.length, w.start, w.end, w.fa === null ? 1 : 0]);
    out += fa;
    k = w.end;
  }
  copy(text.length);
  return { text: out, pieces };
}

/** Whether the reading's [a, b) covers only words left as written (and the spaces and marks between them). */
export function onlyKept(reading: FinglishReading, a: number, b: number): boolean {
  let any = false;
  for (const [fs, fe, os, oe, kept] of reading.pieces) {
    if (fe <= a || fs >= b) continue;
    if (kept) any = true;
    else if (/[a-z0-9\u0600-\u06ff]/i.test(reading.text.slice(Math.max(a, fs), Math.min(b, fe))) && oe > os) return false;
  }
  return any;
}

/** The original range of the reading's [a, b): from the piece holding a to the piece holding b - 1. */
export function mapBack(reading: FinglishReading, a: number, b: number): [number, number] {
  let start = -1;
  let end = -1;
  for (const [fs, fe, os, oe] of reading.pieces) {
    if (fe <= a || fs >= b) continue;
    if (start < 0) start = fe - fs === oe - os ? os + (Math.max(a, fs) - fs) : os;
    end = fe - fs === oe - os ? os + (Math.min(b, fe) - fs) : oe;
  }
  return [start, end];
}
