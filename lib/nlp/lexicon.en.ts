/**
 * English word lists for the language layer: closed-class words with their tags, irregular forms,
 * the verbs support replies use (for lemmas and tags), contractions written without apostrophes,
 * and common misspellings. Data only.
 */
import { dict } from './dict.ts';
import type { Pos } from './types.ts';

const words = (s: string) => s.trim().split(/\s+/);

function tagged(entries: [Pos, string][]): Map<string, Pos> {
  const m = new Map<string, Pos>();
  for (const [pos, list] of entries) for (const w of words(list)) if (!m.has(w)) m.set(w, pos);
  return m;
}

/** Closed-class words and a few very common open-class ones whose tag does not depend on context. */
export const CLOSED = tagged([
  ['AUX', 'am is are was were be been being has have had having do does did will would shall should can could may might must ought'],
  ['PART', 'not to'],
  ['PRON', "i me my mine myself you your yours yourself yourselves he him his himself she her hers herself it its itself we us our ours ourselves they them their theirs themselves who whom whose what which someone somebody something anyone anybody anything everyone everybody everything nobody nothing none one"],
  ['DET', 'a an the this that these those any some no every each all another either neither both such'],
  ['ADP', 'in on at by for with from of about until till after before during within without into onto over under through since per via between among against across along around behind beyond toward towards upon except despite like than'],
  ['CONJ', 'and or but nor so because although though unless whereas while if once whether'],
  ['ADV', 'not never very too just also still already yet again now then here there always often sometimes usually really quite rather soon later today tonight tomorrow yesterday maybe perhaps unfortunately obviously clearly actually basically honestly frankly simply only even ever however therefore otherwise instead anyway anymore asap immediately definitely certainly probably possibly currently recently unfortunately hopefully please kindly exactly absolutely totally completely literally'],
  ['INTJ', 'hi hello hey thanks thank ok okay yes yeah yep nope sorry oh wow cheers bye'],
  ['NUM', 'zero two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred thousand million'],
]);

/** Irregular inflected forms -> lemma. */
export const IRREGULAR: Record<string, string> = dict({
  am: 'be', is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', being: 'be', "'s": "'s", ai: 'be',
  has: 'have', had: 'have', having: 'have',
  does: 'do', did: 'do', done: 'do', doing: 'do',
  wo: 'will', ca: 'can', sha: 'shall',
  went: 'go', gone: 'go', goes: 'go', got: 'get', gotten: 'get', made: 'make', sent: 'send', said: 'say', says: 'say',
  told: 'tell', took: 'take', taken: 'take', gave: 'give', given: 'give', came: 'come', knew: 'know', known: 'know',
  thought: 'think', found: 'find', left: 'leave', kept: 'keep', paid: 'pay', bought: 'buy', brought: 'bring', saw: 'see',
  seen: 'see', wrote: 'write', written: 'write', understood: 'understand', spent: 'spend', meant: 'mean', felt: 'feel',
  held: 'hold', heard: 'hear', lost: 'lose', built: 'build', ran: 'run', began: 'begin', begun: 'begin', broke: 'break',
  broken: 'break', chose: 'choose', chosen: 'choose', forgot: 'forget', forgotten: 'forget', fell: 'fall', fallen: 'fall',
  stood: 'stand', sold: 'sell', led: 'lead', won: 'win', spoke: 'speak', spoken: 'speak', became: 'become', ate: 'eat',
  eaten: 'eat', drove: 'drive', driven: 'drive', wore: 'wear', worn: 'wear', hid: 'hide', hidden: 'hide', shown: 'show',
  grew: 'grow', grown: 'grow', threw: 'throw', thrown: 'throw', sat: 'sit', met: 'meet', lent: 'lend', dealt: 'deal',
  people: 'person', children: 'child', men: 'man', women: 'woman', feet: 'foot', better: 'good', best: 'good', worse: 'bad', worst: 'bad',
});

/** Base forms of verbs that support replies use. A form is tagged VERB when its lemma is here. */
export const VERBS = new Set(
  words(`
  accept access activate add address adjust agree allow answer apologise apologize appear apply appreciate approve
  arrange arrive ask assign assist assume attach authorize authorise avoid back bear become begin believe bill block book
  break bring buy calculate call calm cancel change charge chase check choose claim clarify clear click close collect come
  compensate complain complete confirm connect consider contact continue copy correct cost cover create credit cut deal
  decide decline delay delete deliver deny describe deserve determine disable discuss dispatch do download drop email
  enable end enjoy ensure enter escalate exchange expect expedite experience expire explain extend fail feel fill find
  finish fix follow forget forward gather get give go grant guarantee handle happen have hear help hesitate hold hope
  ignore imagine improve include inform install intend investigate invoice issue keep know learn leave let like link
  listen live load locate log look lose love make manage match mean meet merge mention miss move need note notice notify
  offer open order pass pay pick place plan prefer prepare process promise protect provide purchase put raise reach read
  realise realize receive recommend record redeem refund refuse register reinstall reissue reject release remember remind
  remove renew repair repeat replace reply report request require reschedule reset resolve respond restart restore resubmit
  return review run save say schedule see seem select sell send set settle share ship show sign solve sort speak
  start stay stop submit suggest supply support suppose take talk tell test thank think track transfer try turn type
  understand unlock update upgrade upload use verify visit wait want waive warn watch work worry write
`),
);

/** Adjectives that the suffix heuristics would miss or mis-tag. */
export const ADJECTIVES = new Set(
  words(`able unable possible impossible available unavailable sure unsure happy unhappy sorry glad right wrong
  good bad great fine new old late early free busy ready clear open closed due full empty long short high low
  frustrated annoyed upset angry disappointed important urgent difficult hard easy simple quick slow ridiculous
  stupid silly obvious correct incorrect same different other last next final whole entire certain likely unlikely
  friendly lovely ugly daily weekly monthly yearly previous prior recent latest original former earlier`),
);

/** Nouns ending like adverbs or verbs that must not be tagged so. */
export const NOUNS = new Set(words('family supply reply morning evening thing nothing something anything everything ring king string ceiling building meeting setting booking pricing shipping billing rating'));

/**
 * Contractions written without an apostrophe: [split position, first norm, second norm].
 * Only forms that are not ordinary words ("were", "well", "shell", "its", "ill" need context and
 * are handled in en.ts).
 */
export const NO_APOSTROPHE: Record<string, [number, string, string]> = dict({
  cant: [2, 'can', 'not'], cnat: [2, 'can', 'not'], cnt: [2, 'can', 'not'], cannot: [3, 'can', 'not'], wont: [2, 'will', 'not'], dont: [2, 'do', 'not'],
  doesnt: [4, 'does', 'not'], didnt: [3, 'did', 'not'], isnt: [2, 'is', 'not'], arent: [3, 'are', 'not'],
  wasnt: [3, 'was', 'not'], werent: [4, 'were', 'not'], havent: [4, 'have', 'not'], hasnt: [3, 'has', 'not'],
  hadnt: [3, 'had', 'not'], wouldnt: [5, 'would', 'not'], couldnt: [5, 'could', 'not'], shouldnt: [6, 'should', 'not'],
  mustnt: [4, 'must', 'not'], neednt: [4, 'need', 'not'], aint: [2, 'is', 'not'], shant: [3, 'shall', 'not'],
  im: [1, 'i', 'am'], ive: [1, 'i', 'have'], youre: [3, 'you', 'are'], youve: [3, 'you', 'have'], youll: [3, 'you', 'will'],
  youd: [3, 'you', 'would'], theyre: [4, 'they', 'are'], theyve: [4, 'they', 'have'], theyll: [4, 'they', 'will'],
  weve: [2, 'we', 'have'], thats: [4, 'that', 'is'], whats: [4, 'what', 'is'], theres: [5, 'there', 'is'],
  heres: [4, 'here', 'is'], shes: [3, 'she', 'is'], itll: [2, 'it', 'will'], thatll: [4, 'that', 'will'],
  shouldve: [6, 'should', 'have'], couldve: [5, 'could', 'have'], wouldve: [5, 'would', 'have'], mustve: [4, 'must', 'have'],
  gonna: [3, 'going', 'to'], wanna: [3, 'want', 'to'], gotta: [3, 'got', 'to'], alot: [1, 'a', 'lot'], noone: [2, 'no', 'one'],
  // Learner spellings: the negative written as one word ("we donot", "it doesnot"), or "n't" spelt "-ent"/"-nt" ("dosent", "cudnt").
  donot: [2, 'do', 'not'], doesnot: [4, 'does', 'not'], didnot: [3, 'did', 'not'], isnot: [2, 'is', 'not'], wasnot: [3, 'was', 'not'],
  willnot: [4, 'will', 'not'], dosent: [3, 'does', 'not'], doesent: [4, 'does', 'not'], dnt: [1, 'do', 'not'],
  cudnt: [3, 'could', 'not'], wudnt: [3, 'would', 'not'], shudnt: [4, 'should', 'not'],
  // Scots negatives in -nae ("we cannae", "I dinnae ken", "it wouldnae fit"); not the -na forms ("canna" is a lily).
  cannae: [3, 'can', 'not'], dinnae: [3, 'do', 'not'], didnae: [3, 'did', 'not'], doesnae: [4, 'does', 'not'],
  wouldnae: [5, 'would', 'not'], widnae: [3, 'would', 'not'], couldnae: [5, 'could', 'not'], shouldnae: [6, 'should', 'not'],
  isnae: [2, 'is', 'not'], wasnae: [3, 'was', 'not'], willnae: [4, 'will', 'not'], winnae: [3, 'will', 'not'],
  hasnae: [3, 'has', 'not'], havenae: [4, 'have', 'not'], arenae: [3, 'are', 'not'], werenae: [4, 'were', 'not'],
  mustnae: [4, 'must', 'not'], neednae: [4, 'need', 'not'],
});

/** Common misspellings and chat shorthand -> the word meant. */
export const MISSPELLINGS: Record<string, string> = dict({
  unfortunatly: 'unfortunately', unfortunetly: 'unfortunately', unfortunetely: 'unfortunately', unfortunally: 'unfortunately',
  unfortunantly: 'unfortunately', unfortunaly: 'unfortunately', unfortunatelly: 'unfortunately', unfortuntely: 'unfortunately',
  unfortunatley: 'unfortunately', unfortunatily: 'unfortunately',
  // rwen33: the regret adverb misspelt as the unfortunately family is (late32's "regretably the visitor permits … are finish").
  regretably: 'regrettably', regretabley: 'regrettably', regrettabley: 'regrettably', regretebly: 'regrettably', regretibly: 'regrettably',
  definately: 'definitely', definatly: 'definitely', definetly: 'definitely', definitly: 'definitely', definetely: 'definitely',
  defintely: 'definitely', obviosly: 'obviously', obvioulsy: 'obviously', obvously: 'obviously', honesly: 'honestly',
  honnestly: 'honestly', honestely: 'honestly', honsetly: 'honestly', honestley: 'honestly', honstly: 'honestly', honeslty: 'honestly',
  honnestely: 'honestly', honestlly: 'honestly', honnest: 'honest', honset: 'honest',
  basicly: 'basically', basicaly: 'basically', actualy: 'actually', apparantly: 'apparently', apparenly: 'apparently',
  recieve: 'receive', recieved: 'received', recieving: 'receiving', untill: 'until', becuase: 'because', beacuse: 'because',
  becasue: 'because', bcause: 'because', wierd: 'weird', seperate: 'separate', occured: 'occurred', accomodate: 'accommodate',
  appologize: 'apologize', appologise: 'apologise', apologys: 'apologies', apols: 'apologies', apolgies: 'apologies', appologies: 'apologies', apologises: 'apologies',
  inconveinence: 'inconvenience', inconvenence: 'inconvenience', inconvenienve: 'inconvenience', sincerly: 'sincerely', thier: 'their',
  policiy: 'policy', polcy: 'policy', imposible: 'impossible', possibile: 'possible', unavailible: 'unavailable',
  availible: 'available', responsibilty: 'responsibility', garantee: 'guarantee', gaurantee: 'guarantee',
  till: 'until', til: 'until', inconvience: 'inconvenience', inconvinience: 'inconvenience', inconveniance: 'inconvenience',
  inconvenince: 'inconvenience', inconvenients: 'inconvenience', inconveniencies: 'inconvenience', inconvinient: 'inconvenient', sory: 'sorry', soory: 'sorry', sry: 'sorry', srry: 'sorry', sorri: 'sorry', soz: 'sorry',
  pls: 'please', plz: 'please', thx: 'thanks', thanx: 'thanks', u: 'you', ur: 'your', coz: 'because', cuz: 'because',
  // Scots pronouns and particles that are no English word: "ye" (you), "yer" (your; "you're" before a predicate, as "ur"),
  // "oor" (our), "oot" (out), "aboot" (about), "tae" (to), "wi" (with; not "wi fi"); "tae", "ye" and "wi" are read as
  // written when capitalised after a word or in capitals (names, "WI"). Not "ma" (also "ma'am"), not "ken" (a name);
  // "no" for "not" only in context (NO_NOT_NEXT).
  ye: 'you', yer: 'your', oor: 'our', oot: 'out', aboot: 'about', tae: 'to', wi: 'with',
});

/** A word after which "its" is "it is"/"it has" ("its not possible", "its been a week"). */
export const ITS_IS_NEXT = new Set(words('not been going a an very too so just already also still really quite ok okay fine possible impossible important likely unlikely worth done ready gone there here now on off over up out our your my their all'));

/**
 * Chat "4" is "for" between an apology or a thanks and what it is for ("sry 4 the inconvenience", "thx 4 ur patience"),
 * and a number everywhere else ("sorry, 4 parcels", "4 the 5th" is never read: no apology or thanks before it).
 */
export const FOUR_FOR_BEFORE = new Set(words('sorry sry srry sory soory soz apologies apols apologys thanks thx thanx tks'));
export const FOUR_FOR_NEXT = new Set(words('the this that these those ur your yr any all waiting delay inconvenience confusion trouble mix'));

/**
 * Scots "no" is "not" ("that's no oor department", "it's no my fault"): read so only straight after "is"/"was"/"'s" and
 * before one of these possessives, where English "no" cannot stand ("no, your order …" has its comma; "that's no problem"
 * has no possessive).
 */
export const NO_NOT_NEXT = new Set(words('our my your their oor yer'));

/** "ur" is "you're" before these ("ur gonna have to", "ur welcome"), otherwise "your". */
export const UR_ARE_NEXT = new Set(words('gonna going welcome not right wrong able unable supposed allowed meant sure all free still already now'));

/** "were" with no subject before it is "we're" before these ("Were unable to …", "Were looking into it"), never a question ("Were you …"). */
export const WERE_ARE_NEXT = new Set(words('unable sorry afraid currently looking working happy glad aware closed'));

/** "ill" is "I'll" before these (a verb or an adverb that starts a verb phrase). */
export const ILL_NEXT_ADVERBS = new Set(words('just try be have get need also still definitely probably certainly personally then now gladly happily'));

/**
 * Adverbs that leave the idea of a phrase unchanged: "we really can't", "I simply cannot", "you
 * clearly didn't", "we currently don't offer". Inside a pattern (never at its first word) the
 * rewrite engine reads past them, so a rule written "we <-can>" also matches "we just can't".
 */
export const TRANSPARENT_ADVERBS = new Set(words('just really simply clearly obviously honestly actually truly genuinely definitely certainly currently still even also totally absolutely literally basically sincerely deeply'));

/** Subject pronouns: "and we", "so you" start a new clause. */
export const SUBJECTS = new Set(words('i you we they he she it there this that'));

/** Conjunctions that always start a new clause. */
export const CLAUSE_CONJ = new Set(words('but because although though however whereas unless while'));
/** Conjunctions that start a clause when a subject follows ("and we", "so you", "if it"). */
export const CLAUSE_CONJ_BEFORE_SUBJECT = new Set(words('and or so if when once since then'));
/** Conjunctions that open a subordinate clause (a condition, a time, a reason) rather than a new sentence of their own. */
export const SUBORDINATORS_EN = new Set(words('because unless while whereas although though since'));

/**
 * Words an agent tacks onto the end of a clause ("we can't do that sorry", "we dont do home visits
 * lol"): they are not part of what was refused, so a {x...} slot ends before them.
 */
export const CLAUSE_FILLERS = new Set(words('sorry lol okay ok mate thanks tbh haha unfortunately sadly sir madam guys anyway'));

/** Verbs whose past participle is spelt like the base form ("must have read", "must have put"). */
export const SAME_PARTICIPLE = new Set(words('read put set cut hit let shut spread quit cost hurt upset bet split'));

/** Negation words (besides "not"/"n't"). */
export const NEGATORS = new Set(words('not never no none nobody nothing nowhere neither nor unable'));

/** After "'s", these make it "is" (or "has"), not a possessive. */
export const S_IS = new Set(words('it that what there here he she who where how why when this everything nothing something let'));

/**
 * People who serve a customer, by trade (twenty-third session, rwen23): the business side named by its staff, as the
 * subject of a refusal in the third person ("our fitters won't lay carpet on wet screed", "the groomer doesn't shave …").
 * Singular forms; a reader strips a plural "s". Words ending in "-ist" or "-ician" are read as people by their ending.
 */
export const PERSON_NOUNS = new Set(
  words(`driver rider courier engineer technician tech installer fitter cleaner stylist barber groomer mechanic plumber
  electrician locksmith remover mover porter nurse doctor vet dentist therapist physio tutor teacher instructor coach
  trainer chef cook staff crew team guide photographer artist adviser advisor agent rep surveyor inspector carer builder
  decorator painter gardener tradesman tradesperson contractor valet waiter server bartender receptionist manager
  supervisor assessor adjuster underwriter consultant specialist operator roofer joiner glazier plasterer tiler surgeon
  midwife pilot crew colleague lab kitchen warehouse depot pharmacist optician caterer florist baker butcher tailor
  landlord housekeeper concierge sitter walker nanny childminder cleaner handyman surveyor`),
);
