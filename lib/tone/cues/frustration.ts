/**
 * Frustration: the customer says how they feel ("fed up", «کلافه شدم»), judges the service
 * ("ridiculous", «افتضاحه»), is sarcastic (praise around a failure: "Brilliant, another delay",
 * «دمتون گرم، … هنوز نرسیده», "thanks for nothing", ironic quotes), demands escalation (manager,
 * lawyer, bad review), swears, or complains in known patterns ("why do I keep", "nobody answers").
 * Negation cancels a feeling ("I'm not angry") and makes a good one count ("not happy"); "not X,
 * just Y" softens Y; hedges lower, intensifiers, capitals, "!!!" and angry emoji raise.
 * Function words, greetings and thanks are never evidence: only these phrases are.
 */
import { absentFault, againByChoice, pleaNotDoubt, praiseAfterConcession, companysEscalation, disownedFeeling, faultPutRight, feelingAtOthers, helpAskedAnywhere, namedCharge, pointedJudgement, waitTold } from './frustration.scope.ts';
import { anchor, has, perMessage } from '../anchors.ts';
import { audited, gated } from '../readergate.ts';
import { type CueContext, type CueModule, cue, hitsIn, MOD, negatedHit, NONE, quotedSpans, weigh, type WeighOptions } from '../cue.ts';
import type { Hit } from '../tokens.ts';
import { implicitLexicon, readImplicit } from './frustration.implicit.ts';
import { faKindsExamples, faKindsLexicon, readFaKinds } from './frustration.fa.kinds.ts';
import { enKindsExamples, enKindsLexicon, readEnKinds } from './frustration.en.kinds.ts';
import { enKinds12Lexicon } from './frustration.en.kinds12.ts';
import { enKinds13Lexicon, readEnKinds13 } from './frustration.en.kinds13.ts';
import { faKinds12Lexicon, readFaKinds12 } from './frustration.fa.kinds12.ts';
import { dropFaNotMeant, dropFaOtherProvider, faLitotes, faQuoteOfOthers, faStillFond, readFaFp16 } from './frustration.fa.fp16.ts';
import { blameLaid22, conditionOnYou22, dropMovedByOthers22, dropOwnConduct22, dropPassivePerfect22, excessiveWait22 } from './frustration.kinds22.ts';
import { dropFaSilenceOfOthers, dropFaThirdParty, faAgainByChoice, faEmojiAtThirdParty, faEscalationNotThreat, faHowLongAsked, faNotRhetorical, faNotTheirFault, faPraiseAfterConcession, faSystemQuote, prune } from './frustration.fa.fp15.ts';
import { atThirdParty, describesFault, enFp14Lexicon, feelingAboutOther, feelingAtSelf, joyTears, lateOfTheDead, ownSlipAgain, putRightBefore, quickTook, roleAtWork, shortTime, systemQuote, thanksAgain } from './frustration.en.fp14.ts';
import { namedQuote, readEnKinds16 } from './frustration.en.kinds16.ts';
import { afraidFormula, angerWithdrawn, aweInPraise, dateIsNow, enKinds15Lexicon, readEnKinds15, checkedWhether, feelingBesideOther, complaintDisowned, laughedOff, otherFirmSetAside, placedOther } from './frustration.en.kinds15.ts';
import { conceded, conditionalFault, praisingIntensifier, resolvedSince, theirPerson, contactAgain, enCalmLexicon, formerCompany, hypotheticalFeeling, sincerePraise, processQuestion, roleParty, scamReported, selfDirected, statusQuote } from './frustration.en.calm.ts';
import type { Evidence } from '../types.ts';
import { calmReading16 } from './frustration.calm16.ts';
import { arrivingCustom, escalationDeclined, feelingAtCircumstance, feelingPutRight, judgedCircumstance, kinFeeling, ownChoice, ownResolution, selfJudged, sharedAtCompany, enMatrix17Lexicon, mistreatmentNotMeant, ownWaste, litotes, statusHeld } from './frustration.en.matrix17.ts';
import { enoughEvidence16, type Piece, trace16 } from './frustration.fa.evidence16.ts';
import { enoughEvidenceEn16 } from './frustration.en.evidence16.ts';
import { calmKinds18, readEnKinds18 } from './frustration.en.kinds18.ts';
import { calmKinds19, readEnKinds19 } from './frustration.en.kinds19.ts';
import { dropFaMatrix17, faSincere17, readFaMatrix17 } from './frustration.fa.matrix17.ts';
import { calmFa19, readFaKinds19 } from './frustration.fa.kinds19.ts';
import { calmFa19b } from './frustration.fa.calm19b.ts';
import { dropKinds20, KINDS20_GATE, labelQuote20, readKinds20, stillConceded20, thanksAgain20 } from './frustration.kinds20.ts';
import { calmKinds21, KINDS21_GATE, readKinds21 } from './frustration.kinds21.ts';
import { calmKinds23, KINDS23_GATE, readKinds23 } from './frustration.kinds23.ts';
import { calmKinds25, KINDS25_GATE, readKinds25 } from './frustration.kinds25.ts';
import { calmKinds26, KINDS26_GATE, readKinds26 } from './frustration.kinds26.ts';
import { firstContact27, KINDS27_GATE, readKinds27, restoredAgain27 } from './frustration.kinds27.ts';
import { KINDS28_GATE, praiseAsked28, praiseOfFix28, readKinds28 } from './frustration.kinds28.ts';
import { calmKinds24, enKinds24Lexicon, nowIs24, roleTelling24, youReported24 } from './frustration.kinds24.ts';
import { faultCountedCalm25, readFaSarcasm25, remedyPraised25 } from './frustration.fa.kinds25.ts';
import { readFaKinds26 } from './frustration.fa.kinds26.ts';
import { readFaKinds28 } from './frustration.fa.kinds28.ts';
import { readKinds29 } from './frustration.kinds29.ts';
import { calmKinds30, readConceded30, readEchoed30 } from './frustration.kinds30.ts';
import { calmKinds31, plainQuote31, readFinglish31, readIronicPraise31, readSourThanks31, readWhatKind31 } from './frustration.kinds31.ts';
import { calmKinds32, readMockDelight32, readNotAnswered32 } from './frustration.kinds32.ts';
import { readDemand33, readMockOpener33, readUnderstated33 } from './frustration.kinds33.ts';
import { readAlreadyDone35, readIronicPraise35, readMockSure35 } from './frustration.kinds35.ts';
import { readFaKinds32 } from './frustration.fa.kinds32.ts';
import { calmKinds39 } from './frustration.en.fp39.ts';
import { readVerdict39 } from './frustration.en.kinds39.ts';
import { readFaKinds33 } from './frustration.fa.kinds33.ts';
import { dropFaKinds23, faFaultDenied23 } from './frustration.fa.kinds23.ts';
import { finglishLexicon23 } from './frustration.finglish23.ts';
import { calmFa39 } from './frustration.fa39.ts';
import { dropFaKinds18, faAskedNotRhetorical18, faDoubtAtParty18, faKinds18Examples, faKinds18Lexicon, faLabelQuote18, faNoWait18, faSincere18, faWorriedAsk18, readFaKinds18 } from './frustration.fa.kinds18.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const DIGITS = /^\d+$/;
/**
 * What a kinds reader behind a closed gate reads: what it returns when it finds nothing, made as the readers make theirs (an
 * object and an array of the same shapes). A shared frozen object's other shapes made the module's read, which spreads every
 * reader's evidence, drop its optimised code and be compiled again (seconds of the JIT's time on a 2-core machine).
 */
const noKinds = (): { score: number; evidence: Evidence[] } => ({ score: 0, evidence: [] });

const C = {
  emotion: 'frustration',
  judgement: 'frustration.judgement',
  complaint: 'frustration.complaint',
  escalation: 'frustration.escalation',
  rude: 'frustration.rude',
  sarcasm: 'frustration.sarcasm',
  praise: 'frustration.praise',
  thanks: 'frustration.thanks',
  failure: 'frustration.failure',
  positive: 'frustration.positive',
  report: 'frustration.report',
  preface: 'frustration.preface',
  rhetorical: 'frustration.rhetorical',
  /** Patience, tolerance, trust: counted only when the customer says they have none («تحمل این وضعو ندارم»). */
  lacking: 'frustration.lacking',
  /** Worry and panic ("I'm worried my payment failed", «نگرانم»): a customer afraid, not displeased; lowers what a plain report adds. */
  worry: 'frustration.worry',
} as const;

export const THRESHOLD = 1;
const STRONG = 2.5;

const en = {
  [C.emotion]: {
    'frustrat*': 1.2, 'annoy*': 1, angry: 1.2, furious: 1.5, livid: 1.5, fuming: 1.4, outraged: 1.4, mad: 0.8, 'upset*': 1,
    disappointed: 1, 'fed up': 1.3, 'sick of': 1.2, 'sick and tired': 1.4, 'tired of': 1, 'had enough': 1.2, 'losing patience': 1.2,
    'lost patience': 1.2, 'out of patience': 1.2, 'losing my patience': 1.2, unhappy: 1, dissatisfied: 1.1, 'irritat*': 1, 'exasperat*': 1.2,
    pissed: 1.2, appalled: 1.3, hate: 0.9, ugh: 0.9, argh: 0.9, smh: 0.8, confused: 0.4, stressed: 0.6, 'let down': 0.9, unimpressed: 1,
    disgusted: 1.3, heartbroken: 1, 'at my wits end': 1.3, 'beyond frustrated': 1.5, 'last straw': 1.3, 'had it with': 1.2,
    // Common misspellings ("realy dissapointed"): customers type fast when upset.
    dissapointed: 1, disapointed: 1, dissappointed: 1, fustrated: 1.2, frustated: 1.2, anoyed: 1,
    "i've had it": 1.2, 'i have had it': 1.2, 'dissatisfaction': 1.1, 'kidding me': 1.2, 'are you kidding': 1.2, 'you must be joking': 1.2,
    'enough is enough': 1.3, "i'm done": 1, 'i am done': 1, 'tired of repeating': 1.3,
    'gutted': 1.1, 'irate': 1.3, 'incensed': 1.4, 'seething': 1.4, 'infuriat*': 1.3, 'enrag*': 1.3, 'peeved': 1, 'miffed': 0.9, 'ticked off': 1.1,
    'hacked off': 1.1, 'cheesed off': 1.1, 'pissed off': 1.3, 'aggravated': 1, 'aggravating': 1, 'upsetting': 0.9, 'angered': 1.1, 'angrier': 1.2,
    'angrily': 1, 'devastated': 1, 'distraught': 1, 'horrified': 1.1, 'offended': 0.9, 'insulted': 1, 'fed-up': 1.3, 'fedup': 1.3,
    'had it up to here': 1.3, 'at the end of my tether': 1.3, 'end of my rope': 1.2, "at my wit's end": 1.3, 'wits end': 1.3, 'losing my mind': 1,
    'driving me crazy': 1.2, 'driving me mad': 1.2, 'driving me nuts': 1.2, 'drives me crazy': 1.1, 'drives me mad': 1.1, 'drives me nuts': 1.1,
    'driven me crazy': 1.2, 'driven me mad': 1.2, 'pulling my hair out': 1.2, 'tearing my hair out': 1.2, 'patience has run out': 1.3,
    'patience is running out': 1.2, 'patience is wearing thin': 1.2, 'patience ran out': 1.3, 'run out of patience': 1.2, 'ran out of patience': 1.2,
    'running out of patience': 1.2, 'dismayed': 1, 'disheartened': 0.9, 'displeased': 1, 'disappointment': 1, 'speechless': 0.8,
    'lost for words': 0.8, 'so done': 1, 'done with this': 1.1, 'done with you': 1.2, 'done waiting': 1.1, 'sick to death': 1.4,
    'tired of waiting': 1.2, 'tired of chasing': 1.3, 'fed up of': 1.3, 'stressing me out': 0.9, 'stressed out': 0.7, 'grr*': 0.9, 'argh*': 0.9,
    'ugh*': 0.9, 'rage': 1, 'mad at': 1.1, 'beyond angry': 1.5, 'beyond annoyed': 1.4, 'not impressed': 1, 'not amused': 1, 'really let down': 1.2,
    'badly let down': 1.2,
    // Trust lost: "I don't believe a word you say anymore" (not "I can't believe how fast that was").
    "don't believe a word": 1.1, "don't believe you": 0.8, "don't trust you": 0.9, 'no longer trust': 1, "can't trust you": 1, 'lost all trust': 1.2,
    'lost faith': 1, 'lost all faith': 1.2, "can't take it anymore": 1.2, "can't take this anymore": 1.2, "can't stand it": 1,
    'no patience left': 1.1,
    // Formal and understated displeasure ("I must express my displeasure", "less than thrilled"), the kind other
    // writers use where a helper would write "angry".
    // Finglish: «خسته شدم»، «عصبانی‌ام»، «اعصابم خورده»، «کلافه‌ام».
    'khaste shodam': 1.2, 'khasteh shodam': 1.2, 'asabani*': 1.2, asabam: 1.2, 'kalafe*': 1.2, 'narahat*': 1, 'narazi*': 1,
    displeasure: 1.1, 'exhausted by': 1.1, exhausting: 1, 'worn out by': 1.1, 'considerable displeasure': 1.3, maddening: 1.2, 'less than thrilled': 1.1, 'less than impressed': 1.1,
    'less than happy': 1.1, 'less than satisfied': 1.1, 'less than pleased': 1.1, 'deeply unhappy': 1.3,
  },
  [C.judgement]: {
    // Finglish (Persian in Latin letters, read by the English layer): «مسخره»، «افتضاح»، «خیلی بده».
    maskhare: 1.1, maskharas: 1.1, eftezah: 1.3, eftezahe: 1.3, mozakhraf: 1.2, 'kheili bade': 0.9, 'kheyli bade': 0.9, 'ghabel ghabool nist': 1.3,
    ridiculous: 1.2, unacceptable: 1.4, absurd: 1, outrageous: 1.3, pathetic: 1.3, terrible: 1.1, horrible: 1.1, awful: 1.1, worst: 1.2,
    useless: 1.2, incompetent: 1.3, 'a joke': 1, 'what a joke': 1.2, scam: 1.2, 'rip off': 1.2, 'ripped off': 1.2, 'disgrace*': 1.2,
    disgusting: 1.3, shameful: 1.1, 'shame on': 1.2, 'waste of time': 1.2, 'wasting my time': 1.2, 'wasted my': 0.8, disappointing: 0.9,
    'not acceptable': 1.2, 'not good enough': 1.1, appalling: 1.3, shocking: 0.9, nightmare: 1, rubbish: 1, garbage: 1, sucks: 1.1,
    worthless: 1.2, unprofessional: 1.1, rude: 1, lied: 1, 'liar*': 1.1, "can't believe": 0.6, 'cannot believe': 0.6, 'expected better': 0.6,
    'expected much better': 0.7, 'with all due respect': 0.6, seriously: 0.7, 'for god sake': 1, "for god's sake": 1, 'poor service': 0.9,
    'terrible service': 1.3, unbelievable: 0.8, insane: 0.8, 'too much to ask': 1.2, 'expected far better': 1, 'expected more': 0.9,
    'expected much more': 1, 'expected a lot more': 1, 'anyone actually': 1, 'anybody actually': 1, 'you people': 0.7,
    'not the level of service': 1.2, 'not what i expected': 0.9, 'not what i paid for': 1.1, 'gone on long enough': 1.2, 'long enough': 0.6,
    'enough of': 0.7, 'beyond a joke': 1.2, 'no excuse': 1, 'inexcusable': 1.3, 'unreal': 0.7,
    'total joke': 1.2, 'complete joke': 1.2, 'absolute joke': 1.2, 'joke of a': 1.2, 'laughable': 1.1, 'laughing stock': 1.1, 'shambles': 1.2,
    'shambolic': 1.2, 'farce': 1.2, 'farcical': 1.2, 'clown show': 1.2, 'amateurish': 1.1, 'shoddy': 1.2, 'substandard': 1.1, 'sub-standard': 1.1,
    'subpar': 1, 'inept': 1.2, 'hopeless': 1, 'abysmal': 1.3, 'atrocious': 1.3, 'dreadful': 1.1, 'deplorable': 1.2, 'lousy': 1.1, 'crappy': 1.2,
    'fiasco': 1.1, 'debacle': 1.1, 'incompetence': 1.3, 'negligence': 1, 'negligent': 1.1, 'daylight robbery': 1.3, 'robbery': 1, 'scammers': 1.3,
    'scammed': 1.2, 'false advertising': 1.1, 'bait and switch': 1.2, 'get your act together': 1.3, 'get it together': 1, 'do your job': 1.2,
    'do your jobs': 1.2, 'sort yourselves out': 1.2, 'waste of money': 1.2, 'waste of my time': 1.3, 'wasted my time': 1.2, 'wasted hours': 1,
    'worst experience': 1.3, 'worst company': 1.3, 'worst customer service': 1.4, 'poor customer service': 1.1, 'terrible customer service': 1.4,
    'awful service': 1.3, 'shocking service': 1.2, 'appalling service': 1.4, 'an embarrassment': 1.1, 'embarrassing': 0.9, 'total mess': 1.1,
    'complete mess': 1.1, 'screwed up': 1, 'botched': 1.1, 'not fit for purpose': 1.2, 'a disaster': 1, 'disastrous': 1.1, 'insulting': 1.1,
    'beyond ridiculous': 1.5, 'unacceptably': 1.3, 'ridiculously': 0.9, 'absolutely ridiculous': 1.5, 'treated like': 0.8, 'like dirt': 1.1,
    'sort it out': 0.9, 'unreliable': 0.7, 'misleading': 0.9, 'cowboys': 1, 'cowboy outfit': 1.2, 'mickey mouse': 1,
    // Typed fast: "rediculous", "unacceptible".
    rediculous: 1.2, ridiculus: 1.2, rediculus: 1.2, redicilous: 1.2, unacceptible: 1.4, unexceptable: 1.3, 'terible': 1.1, 'horible': 1.1,
    // Formal and understated judgements: "wholly inadequate", "not ideal", "far from satisfactory".
    inadequate: 1.1, 'wholly inadequate': 1.4, unsatisfactory: 1.1, 'not ideal': 0.9, 'far from ideal': 1.1, 'less than ideal': 1,
    'far from satisfactory': 1.2, 'not satisfactory': 1.1, 'wholly unacceptable': 1.5, 'entirely unacceptable': 1.5,
    // How a person treated them: "condescending", "rolled her eyes", "never been spoken to like that".
    condescending: 1.1, patronising: 1.1, patronizing: 1.1, dismissive: 1, arrogant: 1, 'rolled her eyes': 1.1, 'rolled his eyes': 1.1,
    'rolled their eyes': 1.1, 'spoken to like that': 1.2, 'talked to like that': 1.2, 'treated like this': 1.1, 'treated like that': 1.1,
    "how i'm treated": 1, 'how i am treated': 1, "how we're treated": 1, 'how we are treated': 1, 'how you treat': 0.8,
    'a con': 1, 'what a con': 1.3, 'zero stars': 1.2, 'no stars': 1, '0 stars': 1.2, 'in circles': 0.7, 'round in circles': 0.9,
    'made a mess': 1, 'a mess of': 1, 'no way to run': 1.2, 'no way to treat': 1.2, 'how disappointing': 1.1,
    'ruined my': 1.1, 'ruined our': 1.1, 'waste of an hour': 1.2, 'waste of a day': 1.2, 'waste of a morning': 1.2, 'waste of my day': 1.2, 'bad service': 1, 'how bad': 0.5, 'strongest terms': 1.2, 'in the strongest': 1.2,
  },
  [C.complaint]: {
    still: 0.3, 'still not': 0.5, 'still waiting': 0.6, 'still no': 0.5, 'nobody answer': 0.6, 'no one answer': 0.6, 'nobody answers': 0.6, 'nobody answered': 0.6, 'no one answers': 0.6,
    'nobody has answered': 0.7, 'no one has answered': 0.7, 'nobody did': 0.8, 'no one did': 0.8, 'nobody cares': 1, 'no one cares': 1,
    'on hold': 0.5, 'line went dead': 0.6, 'without even': 0.7, "didn't even": 0.6, 'did not even': 0.6, 'never arrived': 0.5,
    'why do i keep': 1, 'why does it keep': 0.8, 'why do you keep': 1, 'every single time': 0.6, 'how many times': 0.8, forever: 0.5,
    chasing: 0.3, 'yet again': 0.5, 'had to explain': 0.5, 'same problem': 0.3, "it's been": 0.2, 'its been': 0.2, 'been waiting': 0.5,
    'can you even': 0.6, 'do you even': 0.6, 'did you even': 0.6, 'how many times do i': 1.2, 'how often do i': 1.1, 'still nothing': 0.8,
    'still no word': 0.8, "it wasn't": 0.4, "it hasn't": 0.4,
    'could finally': 1, 'finally explain': 0.7, 'finally answer': 0.7, 'finally respond': 0.7, 'finally reply': 0.7, 'finally fix': 0.6,
    'finally sort': 0.7, 'finally resolve': 0.6, 'finally get back': 0.7, 'finally tell': 0.6, 'finally refund': 0.7, 'will you finally': 1,
    'for weeks': 0.4, 'for months': 0.5, 'weeks now': 0.5, 'months now': 0.6, 'every time i': 0.4, 'scripted answers': 1, 'scripted answer': 1,
    'scripted response': 1, 'copy and paste': 0.7, 'same answer': 0.6, 'same excuse': 1, 'excuses': 0.7, 'runaround': 1.1, 'run around': 0.6,
    'passed around': 0.8, 'pushed from': 0.6, 'fobbed off': 1.2, 'no one has bothered': 1, 'nobody has bothered': 1, 'nobody bothered': 1,
    'no one bothered': 1, 'still hasnt': 0.5, 'still havent': 0.5, 'still not fixed': 0.8,
    'in a row': 0.4,
    'thats what you said': 0.6, 'you said the same': 0.6, 'same thing last': 0.5,
    'nobody ever': 0.6, 'no one ever': 0.6,
    // Finglish «هیچکس جواب نمیده»، «هنوز هیچی».
    'hichkas javab': 0.7, 'hichki javab': 0.7, 'javab nemidid': 1, 'javab nemidin': 1, 'hanooz hichi': 0.8,
    // A plea for anyone at all to answer: with a counted contact it is exasperation.
    'someone please answer': 0.5, 'someone please reply': 0.5, 'somebody please answer': 0.5, 'somebody please reply': 0.5,
    'every single day': 0.6, 'every day i have to': 0.8, 'not one reply': 0.6, 'not a single reply': 0.6, 'not one response': 0.6,
    'not a single response': 0.6, 'not one answer': 0.6, 'not a single answer': 0.6,
    // "for once", "a straight answer", "get it right this time": pointed, never enough alone.
    'for once': 0.6, 'for nothing': 0.7, 'the least you could': 1, 'expected at least': 0.9, 'take ownership': 0.5, 'a straight answer': 0.6, 'get it right this time': 0.8, 'this time get it right': 0.8,
  },
  [C.escalation]: {
    manager: 0.7, supervisor: 0.7, 'speak to a human': 0.9, 'talk to a human': 0.9, 'real person': 0.7, lawyer: 1, solicitor: 1,
    'legal action': 1.1, 'consumer protection': 1, 'bad review': 1, 'one star': 0.8, '1 star': 0.8, chargeback: 0.9, 'filing a chargeback': 1.1,
    'file a chargeback': 1, 'report you': 0.9,
    'reporting this': 0.8, "i'm cancelling": 0.6, "i'm canceling": 0.6, "i'll cancel": 0.6, 'i will cancel': 0.6, 'take my business': 1,
    'never again': 1, 'never use': 0.8, 'small claims': 1, 'ombudsman': 1, 'another provider': 1, 'another company': 0.9,
    'another supplier': 1, 'another carrier': 1, 'different provider': 1, 'switching to': 0.6, 'my complaint': 0.8, 'formal complaint': 1,
    escalate: 0.8, 'escalate this': 1, escalation: 0.7, 'formally complain': 1.1,
    // Not "file a complaint": asking how to complain (Bitext's complaint intent) is calm.
    'trading standards': 1, 'your boss': 0.8, 'someone senior': 0.8,
    'bbb': 1, 'better business bureau': 1.1, 'trustpilot': 0.9, 'negative review': 1.1, 'terrible review': 1.1, 'bad reviews': 1, 'warn others': 1.1,
    'warn everyone': 1.1, 'going public': 1, 'your supervisor': 0.9, 'your manager': 0.9, 'someone in charge': 0.9, 'someone competent': 1.2,
    'someone who can actually': 1.1, 'charge back': 0.9, 'dispute the charge': 0.9, 'dispute this charge': 0.9, 'lawyers': 1, 'attorney': 1,
    'sue you': 1.1, 'will sue': 1.1, 'to sue': 1, 'sue your': 1.1, 'sue the': 1, 'regulator': 0.9, 'ftc': 1, 'fca': 1, 'ofcom': 1, 'ofgem': 1, 'consumer rights': 0.9, 'go elsewhere': 0.9, 'going elsewhere': 0.9,
    'switching providers': 1, 'your competitors': 1, 'lost a customer': 1.3, 'lost my business': 1.2, 'losing a customer': 1.2,
    'i want my money back': 0.9, 'want my money back': 0.9, 'demand a refund': 0.6, 'taking this further': 1, 'take this further': 1,
    'take it further': 1, 'public complaint': 1.1,
    'speak to a supervisor': 1, 'speak to a manager': 1, 'talk to a manager': 1, 'talk to a supervisor': 1, 'speak to your supervisor': 1.1,
    'speak to your manager': 1.1, 'speak to someone senior': 1.1,
    'i expect a written': 0.8, 'expect a written response': 0.8, 'i expect this to be': 0.6, 'i expect a full': 0.7,
    'disputing the charge': 0.9, 'dispute the payment': 0.9, 'disputing the payment': 0.9, 'disputing this': 0.8, 'one star review': 1.1, '1 star review': 1.1, 'one-star': 0.9, 'on social media': 0.7, 'post about this': 0.8, 'posting about this': 0.8,
    'taking my business': 1, 'my business elsewhere': 1.1, 'money elsewhere': 1, 'expect a chargeback': 1.1,
    'a competitor': 0.9, 'to a competitor': 1, 'cancelling my contract': 0.7, 'canceling my contract': 0.7,
    // Leaving, said as the customer's decision (the mechanism for "moving my mortgage to another lender" is leaving() below).
    escalated: 0.8, 'switching provider': 1, 'switch provider': 0.9, 'switching supplier': 1, 'switching banks': 1, 'switching networks': 1,
    "won't be renewing": 1, 'will not be renewing': 1, 'not be renewing': 1, "won't renew": 0.9, 'will not renew': 0.9,
    'lose a customer': 1.2, "you'll lose": 0.6, 'you will lose': 0.6, 'lose my business': 1.2, 'losing my business': 1.2, 'lose our business': 1.2,
    'put me through to': 0.4, 'transfer me to': 0.3, 'seeking legal advice': 1.1, 'legal advice': 0.7, 'an actual human': 0.8, 'a real human': 0.8,
  },
  // Courtesy that announces a complaint ("I'm not trying to be difficult, but…"): polite anger, never enough alone.
  [C.preface]: {
    'not trying to be difficult': 0.6, 'not to be difficult': 0.6, 'no offence': 0.5, 'no offense': 0.5, 'i hate to complain': 0.6,
    "i don't want to complain": 0.6, 'with respect': 0.5, 'to be blunt': 0.5, 'quite frankly': 0.5, 'frankly': 0.4, 'i have to say': 0.3,
    'i must say': 0.3, 'to put it mildly': 0.6, 'i regret to say': 0.5, 'to be honest': 0.3, honestly: 0.3,
    'dont mean to be rude': 0.6, 'not to be rude': 0.6, 'no disrespect': 0.6, 'i hate to say': 0.5, 'sorry but': 0.3, 'im sorry but': 0.3,
    'dont mean to complain': 0.6, 'not to complain': 0.5,
  },
  [C.rude]: {
    wtf: 1.2, damn: 0.6, crap: 0.8, bullshit: 1.3, bs: 0.7, 'fuck*': 1.4, 'shit*': 1, hell: 0.4, 'idiot*': 1.2, stupid: 1, morons: 1.3,
    clowns: 1, 'shut up': 1.2, 'screw you': 1.3, 'f*cking': 1.4,
  },
  [C.sarcasm]: {
    'thanks for nothing': 1.6, 'thank you for nothing': 1.6, 'great just great': 1.3, 'just great': 0.8, 'oh great': 0.6, 'yeah right': 0.9,
    'for wasting': 0.9, 'thanks a lot for wasting': 1.3, 'just what i needed': 0.6, 'how convenient': 0.8, 'what a surprise': 0.8, 'shocker': 0.8,
    'wow just wow': 1.3, 'just wow': 1, 'slow clap': 1.3, 'what else is new': 1.1, 'surprise surprise': 1.2, 'big surprise': 0.9,
    'cheers for nothing': 1.6, 'thanks for nothing at all': 1.6, 'love that for me': 1, 'thanks for the help not': 1.5, 'oh wonderful': 0.6,
    'oh fantastic': 0.6, 'oh brilliant': 0.6, 'oh perfect': 0.6, 'oh joy': 1, 'just perfect': 0.6, 'just brilliant': 0.6, 'as usual': 0.5,
    'typical': 0.6,
    'for absolutely nothing': 1.5,
  },
  [C.praise]: {
    brilliant: 1, great: 1, fantastic: 1, wonderful: 1, amazing: 1, awesome: 1, perfect: 1, lovely: 1, excellent: 1, superb: 1,
    'great job': 1, 'good job': 1, 'well done': 1, 'nice work': 1, 'super helpful': 1, 'very helpful': 1, helpful: 1, impressive: 1,
    'thanks a lot': 1, wow: 1, 'love how': 1, bravo: 1, 'just what i needed': 1, 'how nice': 1,
    'love that': 1, 'love it when': 1, 'thanks a bunch': 1, 'nice to know': 1, 'good to know': 1,
    'nice one': 1, 'way to go': 1, 'good going': 1, 'stellar': 1, 'top notch': 1, 'worth the': 1, 'worth every penny': 1, 'money well spent': 1,
    'really worth': 1, 'so helpful': 1, 'genius': 1, 'marvellous': 1, 'marvelous': 1, 'terrific': 1, 'splendid': 1,
    'oh good': 1, 'gee thanks': 1, 'thanks a million': 1, reassuring: 1,
  },
  // Thanks that read as sarcasm only when alone or beside ironic quotes ("Thanks for the 'help'."): a plain
  // "thanks for the reply, it still crashes" is a courteous report.
  [C.thanks]: { 'thanks for': 1, 'thank you for': 1, 'appreciate the': 1, 'cheers for': 1, 'thanks so much for': 1 },
  [C.failure]: {
    'another delay': 1, 'another cancellation': 1, 'another cancelled': 1, 'another problem': 1, 'another issue': 1, 'another error': 1,
    'another excuse': 1, 'another week': 1, 'another email': 1, 'another message': 1, 'another call': 1, 'another automated': 1, 'another form': 1,
    'another reply': 1, 'another day': 1, 'another month': 1, 'yet another': 1, 'delay*': 1, late: 1, broke: 1, broken: 1,
    cancelled: 1, canceled: 1, lost: 1, deleted: 1, 'closing my': 1, 'closed my': 1, without: 1, never: 1, wrong: 1, damaged: 1, missing: 1,
    crashed: 1, wasting: 1, wasted: 1, nothing: 1, failed: 1, 'not working': 1, "doesn't work": 1, 'stopped working': 1, overcharged: 1,
    'charged twice': 1, 'still waiting': 1, 'still not': 1, 'took': 1, wiped: 1, erased: 1, 'logged me out': 1, 'locked me out': 1,
    'kicked me out': 1, froze: 1, 'went dead': 1, 'got cancelled': 1, 'got canceled': 1, 'lose my': 1, 'managed to lose': 1, untouched: 1,
    'managed to break': 1, 'managed to delete': 1,
    'drops': 1, 'dropping': 1, 'crashes': 1, 'crashing': 1, 'freezes': 1, 'freezing': 1, 'disconnects': 1, 'disconnecting': 1, 'fails': 1,
    'failing': 1, 'stopped': 1, 'exactly the same': 1, 'same as before': 1, 'still the same': 1, 'no better': 1, 'worse': 1, 'useless': 1,
    'never works': 1, 'never worked': 1, 'doesnt work': 1, 'nothing works': 1, 'lost again': 1, 'down again': 1, 'broken again': 1,
    'another outage': 1, 'another breakdown': 1, 'another fault': 1, 'another mistake': 1, 'another glitch': 1, 'another bug': 1,
    'another charge': 1, 'another fee': 1, 'another price': 1, 'another increase': 1, 'another wrong': 1,
    'charged me twice': 1, 'charged me three times': 1, 'charged me': 1, "someone else's": 1, 'someone elses': 1, 'double charged': 1, 'charged me again': 1, 'still no': 1, 'no refund': 1,
  },
  // Questions that are complaints ("how hard can it be", "what am I paying you for").
  [C.rhetorical]: {
    'how hard can it be': 1.3, 'how difficult can it be': 1.3, 'what is wrong with you': 1.3, 'what is the point': 0.8, 'whats the point': 0.8,
    'are you serious': 1.1, 'why is it so hard': 1.2, 'why is it so difficult': 1.2, 'why on earth': 1.1, 'what on earth': 0.9, 'what the hell': 1.2,
    'what kind of company': 1.1, 'what kind of service': 1.1, 'what kind of business': 1.1, 'what kind of operation': 1.1,
    'is anyone listening': 1.1, 'is anybody listening': 1.1, 'is anyone there': 0.9, 'is anybody there': 0.9, 'anyone home': 0.9, 'do you people': 1,
    'when will this end': 1.1, 'how long do i have to': 1, 'how long must i': 1.1, 'how much longer': 0.9, 'what am i paying you for': 1.3,
    'why am i paying': 1.1, 'how is this acceptable': 1.4, 'how is that acceptable': 1.4, 'how is this ok': 1.3, 'how is this okay': 1.3,
    'how is this possible': 0.7, 'who does that': 0.8, 'why cant you just': 1, 'why is this so': 0.8, 'is this a joke': 1.3,
    'am i the only one': 0.6, 'why bother': 0.9, 'what does it take': 1.1, 'how many more times': 1.2, 'must i': 0.5,
    'what exactly am i paying for': 1.3,
    'why is it still': 0.6, 'why is this still': 0.6, 'why are you still': 0.6,
    'is it really that hard': 1.2, 'is it that hard': 1.1, 'is it so hard': 1.1, 'is that too much to ask': 1.2,
    'are you for real': 1.1, 'guys for real': 1.1, 'is this how you treat': 1.3, 'is that how you treat': 1.3, 'how you treat your customers': 1.1, 'why do i always have to': 1.1, 'why do i have to keep': 1.1,
    'why do i have to': 0.8, 'how is it possible': 0.7, 'how often must i': 1.1, 'how many times must i': 1.2, 'how often have i': 1,
    // "Why has nobody told me anything?": the Persian «چرا هیچکس».
    'why has nobody': 1, 'why has no one': 1, 'why did nobody': 1, 'why did no one': 1, 'why does nobody': 1, 'why does no one': 1,
    'why is nobody': 1, 'why is no one': 1,
  },
  [C.worry]: {
    'worried*': 1, worry: 1, worrying: 1, concerned: 1, anxious: 1, nervous: 1, 'panick*': 1, panic: 1, scared: 1, afraid: 1, 'freaking out': 1,
    stressing: 1,
  },
  [C.positive]: { happy: 1.1, satisfied: 1, pleased: 1, impressed: 1, thrilled: 1, 'ok with': 0.8, 'okay with': 0.8, amused: 1 },
  // A service failure the customer suffered: two of them, or one with a wait or a complaint, read as frustration.
  [C.report]: {
    delayed: 0.5, 'delayed again': 0.8, 'cancelled my': 0.5, 'canceled my': 0.5, 'got cancelled': 0.5, 'got canceled': 0.5, 'was cancelled': 0.5,
    'was canceled': 0.5, 'lost my': 0.5, 'lost our': 0.5, 'missed my connection': 0.7, 'missed connection': 0.6, 'missed my flight': 0.6, stuck: 0.5,
    stranded: 0.6, overbooked: 0.6, 'no one': 0.4, nobody: 0.4, 'never received': 0.5, 'never got': 0.5, 'never arrived': 0.5, waited: 0.4,
    'no response': 0.5, 'no help': 0.6, 'not helpful': 0.6, unhelpful: 0.7, 'hung up': 0.6, 'hang up': 0.5, 'charged twice': 0.5,
    overcharged: 0.6, 'double charged': 0.5, "won't let me": 0.4, "can't get through": 0.6, 'cannot get through': 0.6, "couldn't get through": 0.6,
    'no way to': 0.4, 'not cool': 0.9, 'not ok': 0.8, 'not okay': 0.8, fail: 0.8, 'epic fail': 1.2, 'still': 0.2, 'again': 0.3, 'wrong': 0.3,
    delay: 0.4, delays: 0.4, late: 0.3, cancelled: 0.4, canceled: 0.4, lost: 0.4, never: 0.3, waiting: 0.3, "didn't make it": 0.5,
    "hasn't arrived": 0.4, "didn't arrive": 0.4, 'not arrived': 0.4, 'no updates': 0.5, 'no update': 0.4, 'no information': 0.5, 'no info': 0.5,
    'no communication': 0.6, 'no explanation': 0.6, 'no apology': 0.7, 'no compensation': 0.6, impossible: 0.6, 'so hard': 0.4,
    "why can't": 0.5, "why won't": 0.5, 'why would': 0.4, 'why did you': 0.5, 'why is it so': 0.6, "can't even": 0.6, 'cannot even': 0.6,
    'hard to': 0.3, 'nobody knows': 0.6, 'no one knows': 0.6, 'left us': 0.4, 'left me': 0.4, 'sat on the tarmac': 0.6,
  },
};

const fa = {
  [C.emotion]: {
    'عصبانی*': 1.2, 'عصبی*': 1, 'خشم*': 1.1, 'حرص میخورم': 1.2, 'حرص خوردم': 1.2, 'حرص خوردیم': 1.2, 'کلافه*': 1.2, 'خسته شدم': 1.2,
    'خسته شدیم': 1.2, 'خستهام': 0.7, 'ناراحت*': 1, 'ناراضی*': 1, 'دلخور*': 1,
    'ناامید*': 0.8, 'نارضایتی': 1.2, 'شوخیتون': 1.2, 'شوخی میکنید': 1.1, 'شوخی میکنین': 1.1, 'طاقتم': 1.2, 'حرصم': 1.2, 'حرص*': 0.9,
    'کارد به استخونم': 1.4, 'کارد به استخوانم': 1.4, 'منزجر*': 1.3,
    'اعصابخردکن': 1.4, 'اعصاب خردکن': 1.4, 'اعصابم': 1.2, 'اعصاب خرد': 1.3, 'اعصابم خرد': 1.4, 'صبرم': 1.1, 'حالم بهم میخوره': 1.4, 'حالم گرفته': 0.9,
    'کفری*': 1.3, 'شاکی*': 1.1, 'دلم خون': 1.2, 'بیزار*': 1, 'متنفر*': 1.1, 'گیج': 0.4, 'دیوونه شدم': 1.2, 'دیوانه شدم': 1.2,
    'ذله*': 1.3, 'کلافم': 1.2, 'کلافگی': 1.1, 'کفرم*': 1.3, 'جونم به لبم': 1.4, 'جانم به لبم': 1.4, 'جونمون به لب': 1.4, 'به ستوه': 1.3, 'بریدم': 1,
    'دیگه بریدم': 1.3, 'دیگه بسه': 1.2, 'بسه دیگه': 1.2, 'دیگر بس است': 1.2, 'دیگه کافیه': 1.1, 'دلسرد*': 0.9, 'سرخورده': 0.9, 'مستاصل*': 1,
    'مستأصل*': 1, 'دیوونم کرد*': 1.3, 'دیوانه ام کرد*': 1.3, 'دیوونه شدیم': 1.2, 'رو مخ*': 1.1, 'روی مخ*': 1.1, 'رو اعصاب*': 1.2, 'روی اعصاب*': 1.2,
    'پدرم دراومد': 1.3, 'پدرم درآمد': 1.3, 'پدرمون دراومد': 1.3, 'پدرمو دراوردین': 1.4, 'پدرمو درآوردین': 1.4, 'پدرمونو دراوردین': 1.4,
    'بیچارم کرد*': 1.3, 'بیچاره ام کرد*': 1.3, 'دهنم سرویس': 1.3, 'حالمو بهم': 1.3, 'اعصابم خورد*': 1.4, 'اعصابم خرد*': 1.4, 'اعصاب برام': 1.3,
    'اعصاب نمونده': 1.3, 'از دستتون خسته': 1.3, 'از دست شما خسته': 1.3, 'خسته شده ام': 1.1, 'خسته شدهام': 1.1, 'صبرم تموم': 1.4, 'صبرم تمام': 1.4,
    'صبرم لبریز': 1.4, 'کاسه صبرم': 1.4, 'ناامید شدم': 1.1, 'دیوونه کننده': 1.1, 'دلخوریم': 1,
    'اعصابمو': 1.3, 'اعصاب منو': 1.2, 'اعصابمونو': 1.3, 'حالم از': 0.6, 'بهم میخوره': 0.7,
    'بهم برخورد*': 1.1, 'به من برخورد*': 1.1, 'بهمون برخورد*': 1.1, 'حرصمو': 1.3, 'حرصم رو': 1.3, 'تحمل ندارم': 1.2, 'تحملم تموم': 1.3, 'طاقت ندارم': 1.2, 'حوصلهم سر رفت*': 1.1, 'حوصلم سر رفت*': 1.1, 'حوصله ام سر رفت*': 1.1, 'ناامیدم کرد*': 1.2, 'گلایه*': 1, 'اعصاب برام نذاشتین': 1.4, 'اعصاب برام نذاشتید': 1.4, 'اعصابی برام نمونده': 1.4,
    // Trust lost («دیگه حرفاتونو باور نمی‌کنم»); «باورم نمیشه» ("I can't believe it") is surprise, either way, and not here.
    'دیگه باور نمیکنم': 1.1, 'حرفاتونو باور نمیکنم': 1.1, 'حرفتونو باور نمیکنم': 1.1, 'اعتماد ندارم': 0.9,
    'بهتون اعتماد ندارم': 1.1, 'به شما اعتماد ندارم': 1.1, 'دیگه اعتماد ندارم': 1.1, 'دیگه اعتمادی ندارم': 1.1, 'اعتمادم سلب': 1.1, 'اعتمادم رو از دست': 1.1,
    // Tired of chasing: «دیگه حوصله‌ی پیگیری ندارم».
    'حوصله پیگیری ندارم': 1.1, 'حوصله ی پیگیری ندارم': 1.1, 'حوصله‌ی پیگیری ندارم': 1.1, 'حوصله پیگیری نمونده': 1.1,
    // "You wore my patience out" («حوصلمو سر بردید»), a broken heart («دلم شکست»), "oh come on" («ای بابا»), speechless.
    'حوصلمو سر برد*': 1.2, 'حوصلهمو سر برد*': 1.2, 'حوصلمونو سر برد*': 1.2, 'حوصله منو سر برد*': 1.2, 'دلم شکست': 1.1, 'دلمون شکست': 1.1,
    'دلشکسته*': 1, 'ای بابا': 0.7, 'ای بابا بابا': 0.9, 'نمیدونم چی بگم': 0.6, 'نمیدونم به چه زبونی': 1.2, 'به چه زبونی بگم': 1.2,
    'به چه زبانی بگویم': 1.2, 'به چه زبانی بگم': 1.2, 'تاسف بار': 1.1, 'تأسف بار': 1.1, 'تاسفبار': 1.1, 'تأسفبار': 1.1,
  },
  [C.judgement]: {
    'افتضاح*': 1.3, 'مسخره*': 1.1, 'وحشتناک*': 1.1, 'بدترین': 1.2, 'آشغال': 1.3, 'مزخرف*': 1.2, 'کلاهبردار*': 1.3, 'دزدی': 1,
    'دروغگو*': 1.2, 'دروغ': 0.8, 'بیشعور*': 1.4, 'بیعرضه*': 1.3, 'بیمسئولیت*': 1.2, 'بیادب*': 1, 'بیانصاف*': 1.1, 'بیکیفیت': 0.7,
    'شرم آور': 1.2, 'فاجعه': 1.1, 'غیرقابل قبول': 1.3, 'غیر قابل قبول': 1.3, 'قابل قبول نیست': 1.3, 'یعنی چی': 0.8, 'این چه وضعشه': 1.4,
    'این چه وضعیه': 1.4, 'چه وضعشه': 1.3, 'چه وضعیه': 1.3, 'این چه وضعی است': 1.3, 'این چه وضعیتیه': 1.3, 'یعنی چه': 0.8, 'واقعا که': 1.1,
    'به درد نمیخوره': 1.2, 'به درد نمیخورد': 1.1, 'جدی': 0.6, 'لعنتی': 1.2, 'گند': 1.1, 'گندش': 1.1, 'داغون': 0.8, 'اعصاب خرد کن': 1.4,
    'زشته': 0.8, 'زشت': 0.7, 'اینقدر سخته': 1.1, 'یعنی اینقدر': 1, 'اصلا کسی': 1, 'انتظار بیشتری': 1, 'انتظار خیلی بیشتری': 1.1,
    'انتظار بهتری': 1, 'انتظار خیلی بهتری': 1.1, 'خجالت بکشید': 1.3, 'خجالت بکشین': 1.3, 'غلط کرد*': 1.1, 'حیف پول': 1, 'حیف': 0.5, 'خیلی بده': 0.7,
    'مسخره بازی': 1.3,
    'چه خبره': 0.9, 'انتظار نمیرفت': 1.1, 'انتظار نداشتم': 0.7, 'شایسته نیست': 1, 'قابل قبول نمیباشد': 1.3, 'بی توجهی': 0.9, 'بیتوجهی': 0.9,
    'بی نظمی': 1.2, 'بینظمی': 1.2, 'بی نظم*': 1.1, 'بینظم*': 1.1, 'کابوس*': 1.1, 'بی کفایت*': 1.3, 'بیکفایت*': 1.3, 'سهل انگاری': 1, 'سهلانگاری': 1,
    'آبروریزی': 1.2, 'فاجعه*': 1.1, 'دزدا': 1.2, 'دزدها': 1.2, 'سر کار گذاشت*': 1.2, 'سرکار گذاشت*': 1.2, 'مسخره کرد*': 1.2, 'مسخرمون': 1.3,
    'وقتمو تلف': 1.2, 'وقتم رو تلف': 1.2, 'وقت منو تلف': 1.2, 'وقتمان را تلف': 1.2, 'پولمو هدر': 1.1, 'پول دور ریختن*': 1.1, 'ضایع*': 1,
    'گند زد*': 1.3, 'خرابکاری': 0.7, 'بی خاصیت*': 1.1, 'بیخاصیت*': 1.1, 'به درد نمیخورید': 1.3, 'به درد نخور*': 1.2, 'بدرد نمیخوره': 1.2,
    'بدرد نمیخورید': 1.3, 'شورشو': 1.3, 'شورش رو': 1.2, 'شورش را': 1.2, 'اینم شد': 1, 'پررو*': 1.1, 'ظلم*': 0.9, 'حق کشی': 1, 'حقکشی': 1,
    'غیرحرفه ای': 1.1, 'غیر حرفه ای': 1.1, 'غیرحرفهای': 1.1, 'کمکاری': 0.9, 'بد ترین': 1.2, 'درستش کنید دیگه': 0.8, 'درستش کنین دیگه': 0.8,
    'درست کنید دیگه': 0.8, 'دیگه شورش': 1.3, 'شوخی گرفتین': 1.2, 'شوخی گرفتید': 1.2, 'مسخره بازیه': 1.3, 'مسخرهبازیه': 1.3, 'مسخرهبازی': 1.3,
    'بی برنامگی': 1, 'بیبرنامگی': 1, 'هرج و مرج': 1.1, 'شلم شوربا': 1.2, 'شیر تو شیر': 1.2, 'کلاه برداری': 1.3, 'کلاه بردار*': 1.3, 'گرون فروشی': 1,
    'گرانفروشی': 1, 'بی احترامی': 0.9, 'بیاحترامی': 0.9, 'زورگویی': 1.1, 'بی عدالتی': 1,
    'حیف پولی': 1.1, 'حیف پولم': 1.1, 'حیف اون پول': 1.1, 'شیره مالید*': 1.2, 'سر کارمون گذاشت*': 1.2, 'سرکارمون گذاشت*': 1.2, 'سر کارم گذاشت*': 1.2,
    'حالیتون نیست': 1.3, 'حالیشون نیست': 1.2,
    'با این وضع': 0.9, 'با این وضعیت': 0.8,
    // A promise-breaker («بدقولید»), shame («شرم داره»), regret said formally («جای بسی تأسف است»), time wasted («وقتمو هدر دادید»).
    'بدقول*': 1.1, 'شرم داره': 1.1, 'شرم دارد': 1.1, 'شرم نمیکنید': 1.2, 'جای تاسف': 1.1, 'جای تأسف': 1.1, 'جای بسی تاسف': 1.3,
    'جای بسی تأسف': 1.3, 'وقتمو هدر': 1.2, 'وقتم رو هدر': 1.2, 'وقت منو هدر': 1.2, 'وقتمونو هدر': 1.2, 'هدر دادید': 0.9, 'هدر دادین': 0.9,
    'باور کردنی نیست': 0.9, 'کلاه سرم گذاشت*': 1.2, 'کلاه سرمون گذاشت*': 1.2, 'عجب کلاهی': 1.2,
    'در حد صفر*': 1.2, 'زیر صفر': 1, 'حرفه ای نیستید': 1.2, 'حرفهای نیستید': 1.2, 'حرفهای نیست': 1, 'توهین*': 1.1,
  },
  [C.complaint]: {
    'هیچ خبری نیست': 0.6, 'خبری نیست': 0.5, 'کسی جواب نمیده': 0.7, 'کسی پاسخگو نیست': 0.7, 'پاسخگو نیستید': 1, 'جواب نمیدید': 1, 'جواب نمیدین': 1,
    'هیچ کس جواب نداده': 0.7, 'هیچکس جواب نداده': 0.7, 'بدون جواب': 0.6, 'از بس': 0.4, 'چند بار باید بگم': 1, 'چرا هر': 0.5, 'هنوز': 0.25,
    'پشت خط': 0.4, 'چند بار باید': 1.1, 'هنوز هیچی': 0.8, 'هنوز هیچ خبری': 0.8, 'پولمو پس بدید': 0.6, 'پس بدید': 0.5, 'هیچ اتفاقی نیفتاد': 0.6,
    'هیچ کاری نکردید': 0.8,
    'بالاخره کسی': 1, 'بالاخره یکی': 0.8, 'بالاخره یه نفر': 0.7, 'بالاخره یک نفر': 0.7, 'بارها و بارها': 0.6, 'هر دفعه': 0.3, 'جواب های کلیشه': 1,
    'جوابهای کلیشه': 1, 'جواب کلیشه': 1, 'کلیشه ای': 0.8, 'کلیشهای': 0.8, 'سر میدوونید': 1.2, 'سر میدوانید': 1.2, 'سر دووندن': 1.2, 'پاس کاری': 1,
    'پاسکاری': 1, 'پاسمون میدید': 1, 'بهونه میارید': 1, 'بهانه میآورید': 1, 'بهونه نیارید': 1, 'یه بهونه میارید': 1.1, 'هنوز که هنوزه': 1,
    'هیچ کاری نکردین': 0.8, 'هیچ کاری نکرده': 0.6, 'کاری نکردید': 0.6, 'کاری نکردین': 0.6, 'از بس پیگیری': 0.8, 'هنوز درست نشده': 0.6,
    'پشت سر هم': 0.4,
    'اگر بالاخره': 1, 'اگه بالاخره': 1,
    'همینو گفتین': 0.6, 'همینو گفتید': 0.6, 'همین رو گفتین': 0.6, 'همین را گفتید': 0.6, 'هیچ جوابی نگرفتم': 0.8, 'جوابی نگرفتم': 0.6, 'پاسخی دریافت نکردم': 0.7, 'پاسخی دریافت نکرده ام': 0.7, 'پاسخی دریافت نکرده‌ام': 0.7, 'جوابی دریافت نکرده‌ام': 0.7,
    // With «هیچ» the negative verb is the same negation (Persian negative concord), so the phrase holds both.
    'هیچ پاسخی دریافت نکرده‌ام': 0.7, 'هیچ پاسخی دریافت نکردم': 0.7, 'هیچ جوابی دریافت نکرده‌ام': 0.7,
    // A plea for anyone at all to answer («یکی جواب بده»), and chasing every day («هر روز باید زنگ بزنم»).
    'یکی جواب بده': 0.5, 'یکی جواب بدید': 0.5, 'یه نفر جواب بده': 0.5, 'یک نفر جواب بدهد': 0.5, 'یک نفر پاسخ بدهد': 0.5,
    // «برای بار دوم عرض می‌کنم … این بار دقت بفرمایید»: saying it again, and "this time, get it right".
    'برای بار دوم عرض': 0.5, 'برای بار دوم میگم': 0.5, 'برای بار دوم میگویم': 0.5, 'این بار دقت': 0.7, 'این دفعه دقت': 0.7, 'این بار درست': 0.5,
    'باز که': 0.5, 'انتظار داشتم حداقل': 1.1, 'حداقل یه عذرخواهی': 0.9, 'حداقل یک عذرخواهی': 0.9, 'تا یکی جواب': 0.6, 'تا یه نفر جواب': 0.6,
    'هر روز باید': 0.6, 'هی باید': 0.6, 'مجبورم هر روز': 0.7, 'هر بار باید': 0.6, 'هر دفعه باید': 0.6,
  },
  [C.escalation]: {
    'مدیر*': 0.6, 'مدیریت': 0, 'مدیریتی': 0, 'مدیریتش': 0, 'شکایت': 0.6, 'شکایت میکنم': 1.3, 'شکایت دارم': 1, 'شکایت کنم': 1, 'لغو میکنم': 0.5, 'وکیل': 1, 'پیگیری قانونی': 1.2,
    'سازمان حمایت': 1, 'دیگه هیچوقت': 1, 'دیگر هرگز': 1, 'با یه آدم': 0.6, 'مسئول بالاتر': 0.9, 'مقام بالاتر': 0.9, 'شرکت دیگه': 0.9,
    'شرکت دیگر': 0.9, 'سراغ یه شرکت': 1.1, 'سراغ یک شرکت': 1.1, 'جای دیگه': 0.7,
    'شکایت اینجانب': 1, 'شکایت من': 0.9, 'شکایتم': 0.9, 'اعتراض': 0.9, 'مراتب اعتراض': 1.2, 'اعتراض دارم': 0.9, 'ارجاع دهید': 0.7, 'ارجاع بدید': 0.7,
    'ارجاع بدین': 0.7,
    'مسئولتون': 0.8, 'مسئولتان': 0.8, 'مسئول مربوطه': 0.5, 'سرپرست*': 0.7, 'رئیستون': 0.8, 'بالادستی*': 0.8, 'مافوق*': 0.8, 'اینماد': 1,
    'ای نماد': 1, 'تعزیرات': 1.2, 'پلیس فتا': 1.1, 'فتا': 0.9, 'دادگاه': 0.8, 'شکایت خواهم': 1.3, 'شکایت میکنیم': 1.3, 'شکایت کنیم': 1, 'شکایتمو': 1,
    'شکایتم رو': 1, 'پس گرفتن پول': 0.7, 'پولمو پس': 0.6, 'پولم رو پس': 0.6, 'پولم را پس': 0.6, 'پولمو برگردون*': 0.7, 'پولم رو برگردون*': 0.7,
    'پولم را برگردان*': 0.7, 'وجهم را': 0.5, 'دیگه خرید نمیکنم': 1.2, 'دیگه ازتون خرید': 1.2, 'دیگر از شما خرید': 1.2, 'دیگه سراغتون': 1.1,
    'نظر منفی': 0.9, 'امتیاز منفی': 0.8, 'یک ستاره': 0.8, 'یه ستاره': 0.8, 'آبروتونو': 1.3, 'آبروتون رو': 1.3, 'آبروی شما': 1, 'به همه میگم': 1,
    'همه جا میگم': 1, 'مراجع قانونی': 1.2, 'از طریق قانونی': 1.1, 'پیگیری حقوقی': 1.2, 'انتظار دارم': 0.5, 'رسیدگی فوری': 0.5,
    'مدیرتون': 0.9, 'با مدیرتون': 1, 'با مسئولتون': 1, 'دیگه ازتون خرید نمیکنم': 1.3, 'دیگر از شما خرید نمیکنم': 1.3, 'دیگه ازتون خرید نمیکنیم': 1.3,
    'با مدیر صحبت': 1, 'با مدیر حرف': 1, 'از طریق دادگاه': 1.1, 'اجتماعی مینویسم': 1.1, 'همه جا مینویسم': 1.1,
    'مشتری شما نیستم': 1.1, 'مشتریتون نیستم': 1.1, 'از این شرکت خرید نمیکنم': 1.2, 'از شما خرید نمیکنم': 1.2, 'ازتون خرید نمیکنم': 1.2,
    'یه جای دیگه': 0.9, 'از جای دیگه': 0.9, 'یک جای دیگر': 0.9, 'نمیخوام ادامه بدم': 0.8, 'ادامه نمیدم': 0.8, 'نمیخوام ادامه بدیم': 0.8,
    // «دیگه نمی‌خوام با این وضع ادامه بدم»: the negation is the threat's own.
    'نمیخوام با این وضع': 1, 'با این وضع ادامه نمیدم': 1, 'نمیخوام با این شرایط': 0.9,
    // Turning others away («همه رو منصرف میکنم»), a formal complaint to be lodged («طرح شکایت»), "I want my money" said flat.
    'منصرف میکنم': 1, 'طرح شکایت': 0.8, 'من پولمو میخوام': 1, 'پولمو میخوام': 0.8, 'پولم رو میخوام': 0.8,
  },
  [C.preface]: {
    'جسارت نباشه': 0.5, 'جسارت نباشد': 0.5, 'قصد جسارت ندارم': 0.6, 'بدقلقی': 0.6, 'راستشو بخواید': 0.4, 'رک بگم': 0.5, 'رک بگویم': 0.5,
    'با کمال احترام': 0.5, 'راستش': 0.3, 'راستشو بگم': 0.4,
    'قصد بی احترامی': 0.6, 'قصد بیاحترامی': 0.6, 'بی احترامی نباشه': 0.6, 'بیاحترامی نباشه': 0.6, 'متاسفانه باید عرض کنم': 0.5,
    'متأسفانه باید عرض کنم': 0.5, 'متاسفانه باید بگم': 0.5, 'متأسفانه باید بگم': 0.5, 'ناچارم بگم': 0.5, 'ناچارم بگویم': 0.5, 'مجبورم بگم': 0.5,
  },
  [C.rude]: { 'احمق*': 1.2, 'خفه': 1.2, 'گمشو': 1.3, 'گمشید': 1.3, 'گمشین': 1.3, 'کثافت': 1.3, 'زر نزن': 1.3, 'دهنتو ببند': 1.3 },
  [C.sarcasm]: { 'دستتون درد نکنه واقعا': 0.6, 'خسته نباشید واقعا': 0.6, 'خسته نباشید واقعاً': 0.6,
    'دمتون گرم واقعا': 0.8, 'دستتون درد نکنه با این': 1.3, 'دست مریزاد با این': 1.3, 'خیلی ممنون بابت هیچی': 1.6, 'مرسی بابت هیچی': 1.6,
    'ممنون بابت هیچی': 1.6, 'چه خدماتی': 1, 'چه پشتیبانی': 0.9, 'آفرین به شما': 0.6, 'آفرین بهتون': 0.6, 'طبق معمول': 0.5, 'مثل همیشه': 0.4,
    'واقعا خسته نباشید': 0.6, 'این همه سرعت': 0.8, 'چه سرعتی': 0.8, 'چه سرعت عملی': 0.8, 'ماشالا به این سرعت': 1,
    // «نه که خیلی سریعید!»: "as if you were so fast".
    'نه که خیلی': 1, 'نه اینکه خیلی': 1, 'نه که خیلیم': 1,
  },
  [C.praise]: {
    'دمتون گرم': 1, 'دمت گرم': 1, 'آفرین': 1, 'دستتون درد نکنه': 1, 'دستت درد نکنه': 1, 'عالی بود': 1,
    'چه عالی': 1, 'دستتون طلا': 1, 'دستت طلا': 1, 'به به': 1, 'بهبه': 1, 'ایول': 1, 'باریکلا': 1, 'بارک الله': 1, 'خدا خیرتون بده': 1,
    'دست مریزاد': 1, 'عالیه': 1,
    'عالیه واقعا': 1, 'واقعا عالی': 1, 'عالی شد': 1, 'چه خوب': 1, 'خیلی خوب': 1, 'ایول بابا': 1, 'احسنت': 1, 'نوش جونتون': 1, 'ارزش پول': 1,
    'ارزشش رو': 1, 'ارزشش را': 1, 'خوش به حالتون': 1, 'کارتون درسته': 1, 'حرف نداره': 1,
    'درخشان*': 1, 'فوق العاده*': 1, 'فوقالعاده*': 1, 'چه جالب': 1, 'مرسی واقعا': 1, 'ممنون واقعا': 1, 'چه نظمی': 1, 'چه سرویسی': 1, 'محشر*': 1, 'بی نظیر': 1, 'بینظیر': 1, 'لطف دارید': 1, 'لطف دارین': 1, 'به موقع بود': 1,
  },
  [C.thanks]: {
    'ممنون که': 1, 'مرسی که': 1, 'خیلی ممنون که': 1, 'مرسی بابت': 1, 'ممنون بابت': 1, 'خیلی ممنون بابت': 1, 'ممنون از': 1, 'مرسی از': 1,
    'ممنونم از': 1, 'ممنونم که': 1, 'سپاس از': 1, 'تشکر از': 1,
  },
  [C.failure]: {
    'هنوز': 1, 'نرسیده': 1, 'نرسید': 1, 'نیومده': 1, 'نیامده': 1, 'بدون': 1, 'اشتباه*': 1, 'بازم': 1, 'باز هم': 1, 'خراب*': 1,
    'هیچ خبری': 1, 'خبری نیست': 1, 'منتظرم': 1, 'قطع': 1, 'گم شده': 1, 'دیر': 1, 'تاخیر': 1, 'شکسته': 1, 'پاک کرد*': 1, 'پاک شد*': 1,
    'بیرون انداخت*': 1, 'پرت شدم': 1, 'گم کرد*': 1, 'دست نخورده': 1, 'لغو شد': 1, 'کنسل شد': 1, 'از کار افتاد*': 1,
    'قطع میشه': 1, 'قطع شد': 1, 'قطع و وصل': 1, 'هنگ*': 1, 'کرش': 1, 'خطا': 1, 'ارور': 1, 'برنگشته': 1, 'برنگشت': 1, 'کار نمیکنه': 1,
    'کار نمیکند': 1, 'ذخیره نمیکنه': 1, 'باز نمیشه': 1, 'وصل نمیشه': 1, 'لود نمیشه': 1, 'هیچی': 1, 'همونه که': 1, 'همان است': 1, 'هیچ فرقی': 1,
    'بدتر': 1, 'باطل': 1, 'پرید': 1,
    'گم شد': 1,
    'پول کم کردین': 1, 'پول کم کردید': 1, 'دوبار پول': 1, 'دو بار پول': 1,
    // What "you" did to them («کم کردید», «قطع کردین») and the wrong thing sent («به جای مشکی، صورتی فرستادید»).
    'به جای': 1, 'بجای': 1, 'جعبه خالی': 1, 'بسته خالی': 1, 'کم کردید': 1, 'کم کردین': 1, 'کسر کردید': 1, 'کسر کردین': 1, 'قطع کردید': 1, 'قطع کردین': 1, 'لغو کردید': 1,
    'لغو کردین': 1, 'مسدود کردید': 1, 'مسدود کردین': 1,
  },
  [C.rhetorical]: {
    'تا کی باید': 1.2, 'تاکی باید': 1.2, 'تا کی میخواید': 1.1, 'تا کی قراره': 1, 'چقدر باید': 0.9, 'مگه شوخیه': 1.2, 'مگه مسخره': 1.2, 'مگه الکیه': 1.2, 'مگه قرار نبود': 1, 'مگه نگفتین': 1,
    'مگه نگفتید': 1, 'مگر قرار نبود': 1, 'مگر نگفتید': 1, 'این چه کاریه': 1.2, 'این چه کاری است': 1.1, 'این چه طرز': 1.3, 'این چه رفتاریه': 1.3,
    'این چه سرویسیه': 1.3, 'این چه پشتیبانیه': 1.3, 'این چه خدماتیه': 1.3, 'این چه وضع': 1.3, 'این چه برخوردیه': 1.3,
    'چه مرگتونه': 1.4, 'چتونه': 1.1, 'کسی اونجا هست': 1, 'کسی اونجا نیست': 1, 'خوابید': 0.8, 'خوابین': 0.8, 'آخه چرا': 1, 'آخه این': 0.7,
    'پس کی': 0.6, 'پس کو': 0.8, 'پس چی شد': 0.7, 'دقیقا برای چی پول': 1.3, 'برای چی پول': 1.1, 'واسه چی پول': 1.1, 
    'انقدر سخته': 1.1, 'این همه سخته': 1.1, 'کار سختیه': 0.8, 'چرا هیچکس': 1, 'چرا هیچ کس': 1, 'کسی نیست': 0.7,
    'چرا هنوز': 0.5,
    'این بود قول*': 1.3, 'اینه قولتون': 1.2, 'پس کی میخواید': 1, 'پس کی میخوایید': 1, 'چرا هر بار باید': 1.1,
    // Is anybody there at all? «کسی هست اصلاً؟», «یعنی هیچ‌کس اونجا نیست؟»
    'کسی هست اصلا': 1, 'اصلا کسی هست': 1, 'کسی اینجا هست': 0.9, 'هیچکس اونجا نیست': 1, 'هیچ کس اونجا نیست': 1, 'هیچکس نیست': 0.7,
    'هیچ کس نیست': 0.7, 'بالاخره کی': 0.8, 'چند بار دیگه باید': 1.2, 'چندبار دیگه باید': 1.2, 'چند دفعه دیگه باید': 1.2, 'چند بار دیگه': 0.9,
    'چند دفعه دیگه': 0.9, 'پس کی میخواین': 1, 'پس کی میخوان': 0.9,
    // "How can it be that…": formal exasperation; never enough alone («چگونه ممکن است رمز را تغییر دهم؟» asks how).
    'چطور ممکنه': 0.8, 'چطور ممکن است': 0.8, 'چگونه ممکن است': 0.8, 'چطور ممکن هست': 0.8,
    // «این دیگه چه مدلشه؟», «یعنی واقعاً …؟», «حتماً باید … تا یکی جواب بده؟»: incredulous questions.
    'این دیگه چه': 1.2, 'یعنی واقعا': 0.5, 'حتما باید': 0.6,
  },
  // «در شأن یک شرکت معتبر نیست»: worthy, counted only when denied.
  [C.positive]: { 'راضی*': 1.1, 'خوشحال*': 1, 'رضایت': 0.9, 'در شان': 1, 'در خور': 0.9 },
  [C.worry]: { 'نگران*': 1, 'استرس*': 1, 'دلشوره*': 1, 'میترسم': 1, 'ترسیدم': 1, 'وحشت کردم': 1 },
  // Read like «راضی» in reverse: only with the customer's own negation («دیگه هیچ اعتمادی به شرکتتون ندارم», «تحمل این وضعو ندارم»).
  // Not «حوصله» alone: «حوصله‌شو ندارم» is as often boredom with a party as with a service.
  [C.lacking]: { 'تحمل*': 1.1, 'طاقت*': 1.1, 'اعتماد*': 1 },
  [C.report]: {
    'تاخیر': 0.5, 'لغو شد': 0.5, 'کنسل شد': 0.5, 'گم شد': 0.5, 'گم شده': 0.5, 'شکسته': 0.5, 'اشتباه': 0.3, 'قطع شد': 0.4, 'نرسیده': 0.4,
    'منتظرم': 0.4, 'پاک کردین': 0.5, 'پاک کردید': 0.5, 'کم کردین': 0.4, 'کم کردید': 0.4, 'جواب ندادید': 0.5, 'هیچ کس': 0.4, 'هیچکس': 0.4,
    'کسی جواب': 0.4, 'بازم': 0.3, 'باز هم': 0.3, 'خراب شد': 0.4,
    'نیومده': 0.4, 'نیامده': 0.4, 'پول کم میشه': 0.4, 'پول کم شده': 0.4, 'بدون هیچ': 0.3,
  },
};

const WHY = {
  [C.emotion]: 'tone.why.feeling',
  [C.judgement]: 'tone.why.judgement',
  [C.complaint]: 'tone.why.complaint',
  [C.escalation]: 'tone.why.escalation',
  [C.rude]: 'tone.why.rude',
  [C.sarcasm]: 'tone.why.sarcasm',
  [C.positive]: 'tone.why.notHappy',
  [C.lacking]: 'tone.why.feeling',
  [C.preface]: 'tone.why.politeAnger',
  [C.rhetorical]: 'tone.why.rhetoricalQuestion',
} as const;

const WORDS = [C.emotion, C.judgement, C.complaint, C.escalation, C.rude, C.sarcasm, C.positive, C.preface, C.lacking];
const NUMBER_WORDS = new Set(
  'a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty ninety few several یک یه دو سه چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پونزده پانزده بیست سی چهل پنجاه چند'.split(' '),
);
const UNIT = new Set('hour hours hr hrs minute minutes min mins day days week weeks month months ساعت روز روزه هفته ماه ماهه دقیقه هفتهست ماهست روزست ساعتست دقیقهست'.split(' '));
/** «سه هفته‌ست»: a unit with «است» joined says "it has been" by itself. */
const SINCE = new Set('هفتهست ماهست روزست ساعتست دقیقهست'.split(' '));
const SINCE_COLLOQUIAL = new Set(['روزه', 'ماهه', 'هفتهس']);
const NOW = new Set(['الان', 'الآن', 'تقریبا', 'حدود', 'نزدیک']);
const WAITING = new Set('took waiting waited wait been after for over hold untouched منتظر منتظرم منتظریم بعد است هست ست مونده مانده طول راهه'.split(' '));
/**
 * How late something runs: a wait borne ("a 4 hour delay", «سه ساعت تاخیر داشت»), except in a question that plans around it
 * ("my flight's delayed 40 mins - can I still make the connection?", «۴۰ دقیقه تاخیر داره، به پرواز بعدی میرسم؟»).
 */
const DELAY = new Set(['late', 'delay', 'delayed', 'تاخیر']);

/** Whether token x lies in a question the customer asks. */
function inQuestion(ctx: CueContext, x: { start: number; end: number }): boolean {
  return ctx.questions.some((q) => q.start - ctx.offset <= x.start && x.end <= q.end - ctx.offset);
}
const isNumber = (k: string) => NUMBER_WORDS.has(k) || DIGITS.test(k);

const ORDINAL = /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|دومین|سومین|چهارمین|پنجمین|ششمین|هفتمین|هشتمین|نهمین|دهمین|\p{L}+مین)$/u;

/** "took twelve days", "waiting a week", «دو هفته است منتظر»; or a count of the wait: "day nine", "the third week", «نهمین روزه». */
const A_UNIT = anchor({ key: (k) => UNIT.has(k) });
const durations = perMessage((ctx: CueContext): Evidence[] => {
  const t = ctx.doc.tokens;
  const out: Evidence[] = [];
  if (!has(ctx.doc, A_UNIT)) return out;
  for (let i = 0; i + 1 < t.length; i++) {
    // "day 9", "week three"; not "last week (#20913)": a ticket or order number counts nothing.
    // (what counts the unit is read only after a unit: ORDINAL is no test to try on every word)
    // The count in the unit's own sentence ("one month. Second email …" counts no month).
    if (UNIT.has(t[i].key) && !t[i].fa && t[i + 1].sentence === t[i].sentence) {
      const counted = (isNumber(t[i + 1].key) && !/^\d{3,}$/.test(t[i + 1].key) && ctx.doc.text[t[i + 1].start - 1] !== '#') || ORDINAL.test(t[i + 1].key);
      if (counted && t[i + 1].key !== 'one' && t[i + 1].key !== 'a') {
        out.push(ctx.ev({ start: t[i].start, end: t[i + 1].end }, 'tone.why.complaint'));
        continue;
      }
    }
    if (!UNIT.has(t[i + 1].key)) continue;
    if (ORDINAL.test(t[i].key) && t[i].key !== 'second') {
      out.push(ctx.ev({ start: t[i].start, end: t[i + 1].end }, 'tone.why.complaint'));
      continue;
    }
    if (!isNumber(t[i].key)) continue;
    // «ده روزه جواب نمیدین», «سه روزه که تکرار میشه»: "it has been N days", at a clause's start or before «که»
    // (not «اشتراک یک ماهه», a one-month plan).
    // «بسته‌ای که … میاد دوازده روزه تو راهه»: a verb just before ends the clause it closes, as a comma would.
    const since = SINCE.has(t[i + 1].key) || (SINCE_COLLOQUIAL.has(t[i + 1].key) && (t[i + 2]?.key === 'که' || i === 0 || t[i - 1].clause !== t[i].clause || NOW.has(t[i - 1].key) || t[i - 1].verb));
    if (since) {
      out.push(ctx.ev({ start: t[i].start, end: t[i + 1].end }, 'tone.why.complaint'));
      continue;
    }
    // «مهلت دفاع ۱۰ روز دیگر است», «تا دو ساعت دیگه»: a time ahead (a deadline), not a wait borne.
    if (/^(?:دیگه|دیگر|دیگست|دیگهست|دیگرست)$/.test(t[i + 2]?.key ?? '')) continue;
    const near = [t[i - 1], t[i - 2], t[i + 2], t[i + 3]].some((x) => x && x.sentence === t[i].sentence && (WAITING.has(x.key) || (DELAY.has(x.key) && !inQuestion(ctx, x))));
    if (near) out.push(ctx.ev({ start: t[i].start, end: t[i + 1].end }, 'tone.why.complaint'));
  }
  return out;
});

/** People other than the customer whose feelings a message may tell of ("my son gets frustrated when…"). */
const OTHERS = new Set(['he', 'she', 'they', 'son', 'daughter', 'kid', 'kids', 'child', 'children', 'wife', 'husband', 'partner', 'mum', 'mom', 'dad', 'mother', 'father', 'friend', 'friends', 'people', 'customers', 'users', 'students', 'staff', 'colleague', 'colleagues', 'boss', 'clients', 'guests', 'passengers', 'travellers', 'travelers', 'parents']);
const SELF = new Set(['i', 'we', 'me', 'us', 'am', 'myself']);
/** Persian people other than the customer («همسرم خیلی عصبانیه»); keys as folded (no ZWNJ). */
const OTHERS_FA = new Set(['همسایه', 'همسایهمون', 'همسایهام', 'همسایم', 'همسایهها', 'مادربزرگم', 'پدربزرگم', 'برادرم', 'خواهرم', 'داداشم', 'آبجیم', 'شوهرخواهرم', 'همسرم', 'شوهرم', 'خانمم', 'پسرم', 'دخترم', 'بچهها', 'بچهام', 'بچم', 'مادرم', 'پدرم', 'مامانم', 'بابام', 'دوستم', 'دوستام', 'مشتریها', 'مشتریامون', 'مشتریهامون', 'کاربرا', 'کاربران', 'همکارم', 'همکارام', 'رئیسم', 'او', 'ایشون', 'ایشان']);
/** Things a judgement may be about that are not the service ("terrible weather", "the movie was a joke"). */
const NOT_SERVICE = new Set(['weather', 'storm', 'snow', 'rain', 'traffic', 'roads', 'road', 'flooding', 'floods', 'fog', 'ice', 'heatwave', 'roadworks', 'ending', 'movie', 'film', 'book', 'song', 'game', 'show', 'هوا', 'هوای', 'فیلم', 'فیلمش', 'کتاب', 'آهنگ', 'ترافیک', 'برف', 'بارون', 'باران']);
const DEFINITE = new Set(['the', 'these', 'those']);

/**
 * A feeling that is someone else's: a third person just before it in its clause ("my son gets frustrated",
 * "customers get annoyed") or, in Persian, a third-person «شدن» right after it («پسرم کلافه میشه») when
 * the words carry no first-person ending («اعصابم خورد شد» is the customer's own).
 */
function someoneElses(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  if (t[h.from].fa) {
    // «اعصابم» is the customer's own; «اعصاب‌خردکن میشه» ("it is getting infuriating") describes the thing.
    for (let k = h.from; k < h.to; k++) if (t[k].key.endsWith('م') || t[k].key.endsWith('کن') || t[k].key.endsWith('کننده')) return false;
    // «پدرم خیلی از دست بانک دیگه‌اش کلافه است»: the person may open a longer clause (eight words back).
    for (let k = h.from - 1; k >= 0 && k >= h.from - 8 && t[k].clause === t[h.from].clause; k--) if (OTHERS_FA.has(t[k].key)) return true;
    for (let k = h.to; k < t.length && k <= h.to + 1 && t[k].clause === t[h.from].clause; k++) {
      if (t[k].verb) return t[k].third && t[k].lemma === 'شدن';
    }
    return false;
  }
  // "the annoying pop-ups": a feeling word describing a thing, not the customer; "handling frustrated people".
  const next = t[h.to];
  if (next && OTHERS.has(next.key) && next.clause === t[h.from].clause) return true;
  if (h.from > 0 && DEFINITE.has(t[h.from - 1].key) && t[h.to - 1].key.endsWith('ing') && next && next.clause === t[h.from].clause) return true;
  for (let k = h.from - 1; k >= 0 && k >= h.from - 5 && t[k].clause === t[h.from].clause; k--) {
    if (SELF.has(t[k].key)) return false;
    if (OTHERS.has(t[k].key)) return true;
  }
  return false;
}

/** A judgement of something that is not the service: "terrible weather", "the movie was a joke", «فیلمش مسخره بود». */
function notAboutService(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  if (h.to < t.length && t[h.to].clause === t[h.from].clause && NOT_SERVICE.has(t[h.to].key)) return true;
  for (let k = h.from - 1; k >= 0 && k >= h.from - 4 && t[k].clause === t[h.from].clause; k--) if (NOT_SERVICE.has(t[k].key)) return true;
  return false;
}

/** Words that open a question asking whether or how ("Is it possible to speak to a manager…?", «میشه با مدیر … صحبت کنم؟»). */
const ASKING = new Set(['is', 'can', 'could', 'may', 'how', 'where', 'do', 'does', 'would', 'میشه', 'چطور', 'چطوری', 'چگونه', 'آیا', 'امکانش', 'امکان', 'کجا']);

/** An escalation word inside a question that asks how or whether: a request, not a demand. */
function askedAbout(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  let first = h.from;
  while (first > 0 && t[first - 1].sentence === t[h.from].sentence) first--;
  if (!ASKING.has(t[first].key)) return false;
  const at = t[h.from].start;
  return ctx.a.questions.some((q) => q.start <= at && at < q.end);
}

/** Words that open a request for help ("Can you rebook me?", "What are my options?"), unlike "Why…?" or "Where is it?". */
const REQUEST = new Set(['can', 'could', 'would', 'will', 'may', 'please', 'any', 'anything', 'is', 'are', 'do', 'what', 'whats']);

/** An English question that asks the company for help or an option. */
function helpAsked(ctx: CueContext): boolean {
  if (ctx.fa || ctx.questions.length === 0) return false;
  const t = ctx.doc.tokens;
  return ctx.questions.some((q) => {
    const first = t.find((x) => x.start + ctx.offset >= q.start);
    return !!first && first.start + ctx.offset < q.end && REQUEST.has(first.key);
  });
}

/** Whether hit h of the word lexicon is kept: someone else's feeling, a judgement of the weather and a question about a manager are not. */
function kept(ctx: CueContext, h: Hit): boolean {
  // «ناراحت نیستم‌ها»: the layer does not read «نیستم» with the emphatic «‌ها» as a negation.
  // A feeling about the weather, a death or someone else's event ("Bit disappointed it rained all week", ./frustration.en.matrix17.ts).
  // Someone named feels it ("My grandma is furious at…"), or it is told as past and put right (./frustration.en.matrix17.ts).
  if (h.category === C.emotion && (kinFeeling(ctx, h) || feelingPutRight(ctx, h) || mistreatmentNotMeant(ctx, h))) return false;
  // "not happy with the colour I picked": a choice of their own.
  if (h.category === C.positive && ownChoice(ctx, h)) return false;
  if (h.category === C.emotion) return !(someoneElses(ctx, h) && !sharedAtCompany(ctx, h)) && !feelingAtCircumstance(ctx, h) && !feelingAtOthers(ctx, h) && !/^نیست\S*ها$/.test(ctx.doc.tokens[h.to]?.key ?? '') && !hypotheticalFeeling(ctx, h) && !conceded(ctx, h) && !resolvedSince(ctx, h) && !theirPerson(ctx, h) && !feelingAboutOther(ctx, h, ctx.hits.filter((o) => o.category === C.judgement || o.category === C.rude)) && !feelingAtSelf(ctx, h, ctx.hits.filter((o) => o.category === C.rude && selfDirected(ctx, o))) && !feelingBesideOther(ctx, h, ctx.hits.filter((o) => o.category === C.judgement || o.category === C.rude));
  // "I'm terrible with technology", "worst cold of my life" (./frustration.en.matrix17.ts).
  if (h.category === C.judgement && (selfJudged(ctx, h) || judgedCircumstance(ctx, h) || ownWaste(ctx, h))) return false;
  if (h.category === C.judgement) return !(ctx.doc.tokens[h.to - 1].key === 'actually' && pleaNotDoubt(ctx, { start: ctx.doc.tokens[h.to - 1].start + ctx.offset, end: ctx.doc.tokens[h.to - 1].end + ctx.offset })) && !notAboutService(ctx, h) && !scamReported(ctx, h) && !formerCompany(ctx, h) && !resolvedSince(ctx, h) && !praisingIntensifier(ctx, h) && !atThirdParty(ctx, h) && !placedOther(ctx, h) && !otherFirmSetAside(ctx, h) && !aweInPraise(ctx, h) && !describesFault(ctx, h);
  if (h.category === C.rude) return !selfDirected(ctx, h) && !atThirdParty(ctx, h) && !placedOther(ctx, h);
  if (h.category === C.lacking) return ownNegation(ctx, h) && !ctx.hits.some((o) => o.category === C.emotion && o.from <= h.from && h.from < o.to);
  if (h.category === C.escalation) return !faEscalationNotThreat(ctx, h) && !ownResolution(ctx, h) && !arrivingCustom(ctx, h) && !escalationDeclined(ctx, h) && !askedAbout(ctx, h) && !roleParty(ctx, h) && !roleTelling24(ctx, h) && !processQuestion(ctx, h) && !companysEscalation(ctx, h) && !roleAtWork(ctx, h) && !complaintDisowned(ctx);
  return true;
}

/**
 * The customer's own negation of h: a first-person negative verb after it in its clause («ندارم», «نداریم»), or "I" / "we"
 * before an English negator ("I can't stand it"); «اعتماد نکنید» (don't trust unknown links) is advice, not a feeling.
 */
function ownNegation(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  if (t[h.from].fa) {
    for (let k = h.to; k < t.length && t[k].clause === t[h.from].clause; k++) if (t[k].neg || /^ن\S+م$/.test(t[k].key)) return t[k].key.endsWith('م');
    return false;
  }
  for (let k = h.from - 1; k >= 0 && k >= h.from - 4 && t[k].clause === t[h.from].clause; k--) if (t[k].key === 'i' || t[k].key === 'we') return true;
  return false;
}

/** A Persian negative past verb in the second person («نفرستادین»), outside set phrases («خسته نباشید») and conditions. */
const A_NOT_DONE = anchor({ token: (x) => x.fa && x.neg && x.second && x.past });
function notDone(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_NOT_DONE)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (!x.fa || !x.neg || !x.second || !x.past) continue;
    // «کم نذاشتید», «کوتاهی نکردید»: a failing denied is praise (./frustration.fa.fp16.ts).
    if (faLitotes(t, i)) continue;
    if (ctx.hits.some((h) => h.to - h.from > 1 && h.from <= i && i < h.to && !h.category.startsWith('mod.'))) continue;
    if (t.some((y, k) => k < i && y.sentence === x.sentence && (y.key === 'اگه' || y.key === 'اگر'))) continue;
    return ctx.ev(x, 'tone.why.failure');
  }
  return null;
}

/** "you" (or «شما») as the subject a few words before token i, in its clause ("You charged my card and then deleted"). */
function youBefore(ctx: CueContext, i: number): boolean {
  const t = ctx.doc.tokens;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    if (t[k].sentence !== t[i].sentence) return false;
    if (t[k].key === 'you') return true;
  }
  return false;
}

/** Who did not answer: "nobody replied", "no one has called me back", «هیچکی جواب نداده», «کسی زنگ نزد». */
const NOBODY = new Set(['nobody', 'noone', 'هیچکس', 'هیچکی', 'کسی']);
/** Answering, by the start of its word: answer(ed), repl(ied|y), respond/response, «جواب», «پاسخ», «زنگ», «تماس». */
const ANSWER = /^(?:answer|repl|respon|got|get|call|ring|rang|phon|contact|bother|came|come|show|turn|جواب|پاسخ|زنگ|تماس|اومد|آمد|اومده|آمده)/;
/** What a customer goes "without": "without any response", «بدون هیچ توضیحی». */
const WITHOUT = new Set(['without', 'بدون', 'بی']);
const LACKED = /^(?:respon|repl|answer|explanation|notice|warning|apolog|update|word|telling|asking|consent|جواب|پاسخ|توضیح|اطلاع|هماهنگی|عذرخواهی|اجازه)/;
/** Negative Persian participles the verb morphology leaves unread («نداده», «نزده»). */
const NEG_PARTICIPLE = /^ن(?:داده|کرده|زده|گرفته|فرستاده|شده|گفته|نوشته|خونده|خوانده|دیده)$/;
const FILLER = new Set(['any', 'a', 'an', 'so', 'much', 'as', 'even', 'the', 'هیچ', 'یک', 'یه']);

/** Silence they complain of: nobody answered, or something done without a word. */
/** Two readings, each with two words it needs: WITHOUT and a LACKED word; nobody (or "no" one) and an ANSWER word. */
const A_WITHOUT = anchor({ key: WITHOUT });
const A_LACKED = anchor({ key: LACKED });
const A_NOBODY = anchor({ key: (k) => NOBODY.has(k) || k === 'no' });
const A_ANSWER = anchor({ key: ANSWER });
const silence = perMessage((ctx: CueContext): Evidence[] => {
  const t = ctx.doc.tokens;
  const out: Evidence[] = [];
  if (!(has(ctx.doc, A_WITHOUT) && has(ctx.doc, A_LACKED)) && !(has(ctx.doc, A_NOBODY) && has(ctx.doc, A_ANSWER))) return out;
  for (let i = 0; i < t.length; i++) {
    const k = t[i].key;
    if (WITHOUT.has(k)) {
      let j = i + 1;
      while (j < t.length && j <= i + 2 && FILLER.has(t[j].key)) j++;
      if (j < t.length && LACKED.test(t[j].key)) out.push(ctx.ev({ start: t[i].start, end: t[j].end }, 'tone.why.complaint'));
      continue;
    }
    const nobody = NOBODY.has(k) || (k === 'no' && t[i + 1]?.key === 'one');
    if (!nobody) continue;
    for (let j = i + 1; j < t.length && j <= i + 4 && t[j].clause === t[i].clause; j++) {
      if (!ANSWER.test(t[j].key)) continue;
      // Persian «کسی» is "nobody" only with a negative verb («کسی جواب نداد»), not «کسی جواب میده؟».
      // «نه کسی اومد، نه کسی زنگ زد»: «نه» before «کسی» denies it too.
      const denied = !t[i].fa || t[i - 1]?.key === 'نه' || t.slice(j, Math.min(t.length, j + 4)).some((x) => (x.neg || NEG_PARTICIPLE.test(x.key)) && x.clause === t[i].clause);
      if (denied) out.push(ctx.ev({ start: t[i].start, end: t[j].end }, 'tone.why.complaint'));
      break;
    }
  }
  return out;
});

const UNFULFILLED = new Set(['still', 'never', 'nothing', 'nobody', 'هنوز', 'هیچ', 'هیچی', 'هیچوقت']);
/** Words that report what the company said it would do: "was told", "your email said", «گفتن … میدیم», «قرار بود». */
const SAID = new Set(['told', 'said', 'assured', 'guaranteed', 'گفتن', 'گفتند', 'گفتید', 'گفتین', 'گفته', 'گفت', 'قرار', 'نوشته', 'نوشتید', 'نوشتین']);
const AGO = new Set(['ago', 'later', 'گذشته', 'گذشت', 'شده', 'شد']);

/**
 * A promise not kept: "I was promised a refund … I still don't have it", «قول دادین … هنوز پولم نیومده»; or what
 * they were told, then denied in a later sentence ("was told someone would email me. No email.") or outlived
 * ("your email said 3-5 days. That was two weeks ago.", «گفته بود ۳ تا ۵ روز. دو هفته گذشته.»); a plain "said …
 * nothing yet" in one sentence is a report.
 */
const REPORTED_KEY = /^(?:answer|repl|wrote|written|write|confirm|inform|respond)/;
const A_PROMISE = anchor({ key: (k) => k.startsWith('promis') || k === 'قول' || SAID.has(k) || REPORTED_KEY.test(k) });
function brokenPromise(ctx: CueContext): { weight: number; ev: Evidence } | null {
  if (!has(ctx.doc, A_PROMISE)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const k = t[i].key;
    const promised = k.startsWith('promis') || k === 'قول';
    // "You answered that the refund takes 5-7 days": what "you" answered or wrote reads as "you said" (./frustration.kinds24.ts).
    if (!promised && !SAID.has(k) && !youReported24(t, i)) continue;
    if ((k === 'قرار' || k === 'نوشته') && !t[i + 1]?.key.startsWith('بود')) continue;
    for (let j = i + 1; j < t.length && t[j].sentence <= t[i].sentence + 1; j++) {
      const denied = UNFULFILLED.has(t[j].key) || t[j].neg || NEG_PARTICIPLE.test(t[j].key);
      const gone = (AGO.has(t[j].key) && (UNIT.has(t[j - 1].key) || isNumber(t[j - 1].key))) || (t[j].sentence > t[i].sentence && todayIs(t, j));
      // "That was three days ago.", «الان ده روز گذشته.»: the time they outlived, told in a sentence of its own, is pointed
      // ("the card you promised two weeks ago" only dates the promise).
      // "It wasn't.", «نشد.»: the promise denied in a sentence of its own (not "Still waiting.", a status).
      const pointed = (gone && t[j].sentence > t[i].sentence) || (promised && t[j].neg && t[j].sentence > t[i].sentence && sentenceLength(t, t[j].sentence) <= 3);
      if (!(promised ? denied || pointed : (denied && t[j].sentence > t[i].sentence) || gone)) continue;
      // "Your rep promised a call back this morning. Still waiting." is a plain report: a denial weighs little.
      // A promise someone else made ("the man I spoke to promised…", "your colleague promised…") then denied curtly ("It never
      // came.") is a report of what happened: it takes one more sign; said to "you", or outlived ("It is Thursday."), it is pointed.
      const said = t.slice(Math.max(0, i - 4), i).some((x) => x.key === 'you' || x.key === 'شما' || x.second) || t[i + 1]?.second;
      // "I was told someone would email me within 24 hours. It is Thursday. Can you send it please?": what a customer was told
      // (not promised), by someone not named as "you", outlived, is a chase; it takes one more sign ("You said Tuesday. It's
      // Friday." and "I was promised a call within the hour. It is now 6pm." stay pointed).
      const byYou = t[i + 1]?.key === 'by' && (t[i + 2]?.key === 'you' || t[i + 2]?.key === 'your');
      const toldOnly = !promised && !said && !byYou && !t[i].fa && (k === 'told' || k === 'said');
      return { weight: pointed ? ((gone && !toldOnly) || said || t[i].fa ? 1 : 0.8) : 0.3, ev: ctx.ev({ start: t[i].start, end: t[i].end }, 'tone.why.brokenPromise') };
    }
  }
  return null;
}

const DAY = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Persian day names with a joined «است» or «ه» («شنبه‌ست», «پنجشنبه‌ست»). */
const FA_DAY = /^(?:یک|دو|سه|چهار|پنج)?شنبه(?:ست|س|است)?$|^جمعه(?:ست|س|است)?$/;
const TODAY = new Set(['now', 'today', 'its', 'امروز', 'الان']);
// Helpers at module level, not closures made per call (the hot path allocates none; tsx's keepNames wraps each in __name).
const day = (x: CueContext['doc']['tokens'][number] | undefined) => !!x && (DAY.has(x.key) || FA_DAY.test(x.key));

/** "6pm", "6 pm", "4:30pm": a clock time ("It is now 6pm." after a promise of "within the hour"). */
const clock = (t: CueContext['doc']['tokens'], j: number) => !!t[j] && (/^\d{1,2}(?:[:.]\d\d)?(?:am|pm)$/.test(t[j].key) || (/^\d{1,2}(?:[:.]\d\d)?$/.test(t[j].key) && /^(?:am|pm)$/.test(t[j + 1]?.key ?? '')));

/** "It's Friday", "now Tuesday", «امروز شنبه‌ست»: the day it is now, told after a promise, says the promise was outlived. */
function todayIs(t: CueContext['doc']['tokens'], j: number): boolean {
  const k = t[j].key;
  // "It's now the 19th." (./frustration.en.kinds15.ts).
  if (dateIsNow(t, j)) return true;
  // "It is now 3 March.", "It's now June.", "It is now one month." (./frustration.kinds24.ts).
  if (nowIs24(t, j)) return true;
  if (k === 'it' && t[j + 1]?.key === 'is') return day(t[j + 2]) || (t[j + 2]?.key === 'now' && (day(t[j + 3]) || clock(t, j + 3)));
  return TODAY.has(k) && (day(t[j + 1]) || (t[j + 1]?.key === 'is' && day(t[j + 2])));
}

/** What a curt sentence says is missing: "No email.", "No reply.", «هیچ ایمیلی نیومده.» */
const MISSING = /^(?:email|emails|reply|replies|response|answer|call|callback|refund|update|updates|word|technician|engineer|delivery|parcel|package|money|apology|explanation|ایمیل|جواب|پاسخ|تماس|زنگ|پیام|خبر|پول|تکنسین|بسته|مرسوله)/;

/** A curt sentence of what never came: "No email." "Still nothing." «هیچ ایمیلی نیومده.» (not "No worries."). */
const A_CURT = anchor({ key: (k) => k === 'no' || k === 'هیچ' || k === 'still' });
/** The opener is a common word: the reading also needs a MISSING word. */
const A_MISSING = anchor({ key: MISSING });
function curtDenial(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_CURT) || !has(ctx.doc, A_MISSING)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    if (i > 0 && t[i - 1].sentence === t[i].sentence) continue;
    let end = i;
    while (end < t.length && t[end].sentence === t[i].sentence) end++;
    if (end - i > 4 || end - i < 2) continue;
    const k = t[i].key;
    const opens = k === 'no' || k === 'هیچ' || (k === 'still' && (t[i + 1].key === 'no' || t[i + 1].key === 'nothing'));
    if (!opens) continue;
    const what = t[k === 'still' ? i + 2 : i + 1];
    if (!what || !MISSING.test(what.key)) continue;
    // Persian needs its negative verb («هیچ ایمیلی نیومده»); English "No email." stands alone.
    if (t[i].fa && !t.slice(i + 1, end).some((x) => x.neg || NEG_PARTICIPLE.test(x.key))) continue;
    return ctx.ev({ start: t[i].start, end: t[end - 1].end }, 'tone.why.complaint');
  }
  return null;
}

const SOMEONE = new Set(['anyone', 'anybody', 'someone', 'somebody', 'you', 'your']);

/** A question that doubts anyone is there: "Can someone actually read my emails?", "Do you even check?". */
const A_RHETORICAL = anchor({ key: (k) => k === 'actually' || k === 'even' || k === 'اصلا' || k === 'واقعا' });
function rhetorical(ctx: CueContext): Evidence | null {
  if (ctx.a.questions.length === 0 || !has(ctx.doc, A_RHETORICAL)) return null;
  const t = ctx.doc.tokens;
  for (const q of ctx.a.questions) {
    let who = false;
    for (let i = 0; i < t.length; i++) {
      const x = t[i];
      if (x.start < q.start || x.end > q.end) continue;
      if (SOMEONE.has(x.key)) who = true;
      else if (who && (x.key === 'actually' || x.key === 'even')) return ctx.ev(x, 'tone.why.rhetorical');
      // «اصلاً پیام‌ها رو می‌خونید؟»: "at all" in a question to the company, about what it does.
      else if (x.key === 'اصلا' && t.some((y) => y.second && y.start > x.start && y.end <= q.end)) return ctx.ev(x, 'tone.why.rhetorical');
      // «واقعاً کسی این پیاما رو می‌خونه؟», «کسی اصلاً هست؟»: "really" or "at all" beside "anyone" in a question.
      else if ((x.key === 'واقعا' || x.key === 'اصلا') && (t[i - 1]?.key === 'کسی' || t[i + 1]?.key === 'کسی')) return ctx.ev(x, 'tone.why.rhetorical');
    }
  }
  return null;
}

/** Words that ask when: "when", «کی», «چه زمانی» / «چه وقت» (read with the word after «چه»). */
const WHEN = new Set(['when', 'کی']);
const WHEN_AFTER_CHE = new Set(['زمانی', 'وقت', 'وقتی', 'موقع']);
/**
 * Who a when-question is about: the company ("you"), or the customer waiting on it ("do I get"); «قراره» ("is it meant
 * to"). Not "we": "when will we be able to charge our devices?!" asks about a feature.
 */
const ABOUT_US = new Set(['you', 'i', 'قراره', 'قرار']);
/** Words that press a when-question («پس این پول من کی برمیگرده؟؟؟», "when exactly…??"). */
const PRESSING = new Set(['پس', 'آخه', 'بالاخره', 'exactly', 'finally', 'ever']);

/**
 * An impatient question: asking when, about what the company will do, with "??" or "?!" ("When are you
 * going to fix this???", «کی قراره درستش کنید؟؟؟»). One question mark is a question («کی ارسال میشه؟»),
 * and so is "??" about something that is nobody's doing ("when does the sale start??").
 */
const A_WHEN = anchor({ key: (k) => WHEN.has(k) || k === 'چه' });
function impatient(ctx: CueContext): Evidence | null {
  const runs = ctx.a.punctuation;
  if (runs.length === 0 || !has(ctx.doc, A_WHEN)) return null;
  const t = ctx.doc.tokens;
  for (const q of ctx.a.questions) {
    const run = runs.find((r) => r.start >= q.start && r.end <= q.end + 1 && /[?؟]/.test(ctx.doc.text.slice(r.start, r.end)));
    if (!run) continue;
    let when: (typeof t)[number] | undefined;
    let ours = false;
    for (let i = 0; i < t.length; i++) {
      const x = t[i];
      if (x.start < q.start || x.end > q.end) continue;
      if (!when && (WHEN.has(x.key) || (x.key === 'چه' && WHEN_AFTER_CHE.has(t[i + 1]?.key ?? '')))) when = x;
      if (ABOUT_US.has(x.key) || x.second || PRESSING.has(x.key)) ours = true;
    }
    if (when && ours) return ctx.ev({ start: when.start, end: run.end }, 'tone.why.impatient');
  }
  return null;
}

/**
 * "I will" / "I'm going to" just before an escalation ("I will dispute the charge"); in Persian a first-person singular
 * verb just after it («نظر منفی می‌نویسم»), not a plural «اعتراض می‌کنیم» (a protest of many, not a customer's next step).
 */
const FA_FIRST_PRESENT = /^(?:می|نمی)\S+[^ی]م$/;
const FA_LIGHT = new Set(['ثبت', 'اقدام', 'پیگیری', 'گزارش']);

/** "I" or "we" one or two words before token k ("I will", "we are going"). */
const mine = (t: CueContext['doc']['tokens'], k: number) => t[k - 1]?.key === 'i' || t[k - 1]?.key === 'we' || t[k - 2]?.key === 'i' || t[k - 2]?.key === 'we';

/** An escalation said as the customer's own next step (a threat), not a word in passing ("the manager was nice"). */
function threat(ctx: CueContext, escalations: readonly Hit[]): Evidence | null {
  const t = ctx.doc.tokens;
  for (const h of escalations) {
    if (t[h.from].fa) {
      // «… شکایت خواهم کرد», «ناچار به طرح شکایت در سامانه ۱۲۴ خواهم بود»: the first-person future, a few words on.
      for (let k = h.to; k < t.length && k <= h.to + 4 && t[k].clause === t[h.from].clause; k++) {
        if (t[k].key === 'خواهم') return ctx.ev({ start: t[h.from].start, end: t[k].end }, 'tone.why.threat');
      }
      for (let k = h.to; k < t.length && k <= h.to + 2 && t[k].clause === t[h.from].clause; k++) {
        if (FA_FIRST_PRESENT.test(t[k].key)) return ctx.ev({ start: t[h.from].start, end: t[k].end }, 'tone.why.threat');
        if (!FA_LIGHT.has(t[k].key)) break;
      }
      continue;
    }
    for (let k = h.from - 1; k >= 0 && k >= h.from - 3 && t[k].clause === t[h.from].clause; k--) {
      if ((t[k].key === 'will' || t[k].key === 'going') && mine(t, k)) return ctx.ev({ start: t[k - 1].key === 'i' || t[k - 1].key === 'we' ? t[k - 1].start : t[k - 2].start, end: h.end }, 'tone.why.threat');
    }
  }
  return null;
}

/** Businesses a customer can take their custom to ("another lender", "a different host", «یه اپراتور دیگه»). */
const BUSINESS = new Set(['provider', 'providers', 'supplier', 'lender', 'bank', 'insurer', 'carrier', 'network', 'host', 'company', 'firm', 'airline', 'retailer', 'store', 'shop', 'agency', 'broker', 'operator', 'gym', 'courier', 'competitor', 'competitors', 'شرکت', 'اپراتور', 'بانک', 'فروشگاه', 'سایت', 'پیمانکار', 'بیمه', 'اپ', 'برنامه']);
const OTHER = new Set(['another', 'different', 'other', 'new', 'دیگه', 'دیگر', 'دیگری']);
const LEAVE = new Set(['move', 'switch', 'take', 'go', 'transfer', 'port']);
const WILL = new Set(['will', 'shall', 'going', 'gonna']);
/** A Persian first-person present or future verb, singular or plural («میبرم», «میبندیم», «خواهیم»). */
const FA_FIRST_ANY = /^(?:می|نمی)\S+م$|^خواه(?:م|یم)$/;

/**
 * Taking their custom elsewhere, said as their own next step: "I'm moving my mortgage to another lender", "considering moving
 * my pension elsewhere", «خطمو میبرم یه اپراتور دیگه», «با یه شرکت دیگه میبندیم». Not the past ("we moved to another bank
 * last year") nor a question ("can I transfer to another account?"), and only to a business, not "another city".
 */
const A_LEAVING = anchor({ key: (k) => k === 'elsewhere' || BUSINESS.has(k) });
function leaving(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_LEAVING)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const k = t[i].key;
    if (inQuestion(ctx, t[i])) continue;
    if (t[i].fa) {
      // «یه اپراتور دیگه» with a first-person present verb in its clause.
      if (!BUSINESS.has(k) || !OTHER.has(t[i + 1]?.key ?? '')) continue;
      for (let j = Math.max(0, i - 5); j < t.length && j <= i + 4; j++) {
        if (t[j].clause === t[i].clause && FA_FIRST_ANY.test(t[j].key) && !t[j].neg) return ctx.ev({ start: t[Math.min(i, j)].start, end: t[Math.max(i + 1, j)].end }, 'tone.why.threat');
      }
      continue;
    }
    const elsewhere = k === 'elsewhere';
    const other = BUSINESS.has(k) && (OTHER.has(t[i - 1]?.key ?? '') || (t[i - 1]?.key === 'a' && k.startsWith('competitor')));
    if (!elsewhere && !other) continue;
    for (let v = i - 1; v >= 0 && v >= i - 7 && t[v].sentence === t[i].sentence; v--) {
      // "switching": the layer has no lemma for every -ing form of these verbs (session 22).
      if (!(LEAVE.has(t[v].lemma) || (t[v].key.endsWith('ing') && LEAVE.has(t[v].key.slice(0, -3)))) || t[v].past) continue;
      // "I'm moving", "we're switching", "I will take", "I'm seriously considering moving".
      const ing = t[v].key.endsWith('ing');
      let who = false;
      for (let w = v - 1; w >= 0 && w >= v - 4 && t[w].sentence === t[i].sentence; w--) {
        if (t[w].key === 'i' || t[w].key === 'we') who = true;
        if (!ing && !WILL.has(t[w].key) && w === v - 1 && t[w].key !== 'to') break;
      }
      if (who) return ctx.ev({ start: t[v].start, end: t[i].end }, 'tone.why.threat');
    }
  }
  return null;
}

/** «انتظار پاسخگویی بهتری … داشتم», «انتظار برخورد بهتری»: a better service they expected, with words between. */
const A_EXPECTED = anchor({ key: (k) => k === 'انتظار' });
function expectedBetter(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_EXPECTED)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i].key !== 'انتظار') continue;
    for (let j = i + 2; j < t.length && j <= i + 4 && t[j].clause === t[i].clause; j++) {
      if (t[j].key === 'بهتری' || t[j].key === 'بیشتری') return ctx.ev({ start: t[i].start, end: t[j].end }, 'tone.why.judgement');
    }
  }
  return null;
}

/** Common words a customer capitalises for emphasis ("Can ONE person…", "I have NEVER…"), unlike acronyms (VAT, USB). */
const EMPHASIS = new Set(['one', 'any', 'anyone', 'anybody', 'not', 'never', 'still', 'again', 'nobody', 'nothing', 'every', 'always', 'single', 'once', 'ever']);

/** One emphasised word in capitals inside lower-case text; raises, never enough alone. */
const A_EMPHASIS = anchor({ key: EMPHASIS });
function emphasis(ctx: CueContext): Evidence | null {
  if (ctx.a.shoutWords >= 2 || !has(ctx.doc, A_EMPHASIS)) return null;
  for (const x of ctx.doc.tokens) {
    if (x.fa || !EMPHASIS.has(x.key)) continue;
    const w = ctx.doc.text.slice(x.start, x.end);
    if (w.length >= 3 && w === w.toUpperCase()) return ctx.ev(x, 'tone.why.caps');
  }
  return null;
}

/** "Seriously?" or "Hello??" as a question of its own: disbelief at what came before, or calling out to nobody. */
const A_DISBELIEF = anchor({ key: (k) => k === 'seriously' || k === 'hello' || k === 'helloo' || k === 'hellooo' });
function disbelief(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_DISBELIEF)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const k = t[i].key;
    if ((k !== 'seriously' && k !== 'hello' && k !== 'helloo' && k !== 'hellooo') || (i > 0 && t[i - 1].sentence === t[i].sentence) || t[i + 1]?.sentence === t[i].sentence) continue;
    // "Hello?" opens many a calm message; "Hello??" after the rest does not.
    if ((k === 'seriously' ? /^\s*[?؟]/ : /^\s*[?؟][?؟!]/).test(ctx.doc.text.slice(t[i].end)) && i > 0) return ctx.ev(t[i], 'tone.why.rhetoricalQuestion');
  }
  return null;
}

/** A Persian word drawn out for emphasis: «چراااا», «لطفاااا», «هیچیییی» (a letter three times in a row). */
const A_DRAWN = anchor({
  key: (k) => {
    for (let i = 2; i < k.length; i++) if (k.charCodeAt(i) === k.charCodeAt(i - 1) && k.charCodeAt(i) === k.charCodeAt(i - 2)) return true;
    return false;
  },
});
const DIGIT = /\p{Nd}/u;
function drawnOut(ctx: CueContext): Evidence | null {
  if (!has(ctx.doc, A_DRAWN)) return null;
  for (const x of ctx.doc.tokens) {
    if (!x.fa) continue;
    const k = x.key;
    // A letter held («چراااا»), not a number («۹۹۹۰», «۱۱۱»).
    for (let i = 2; i < k.length; i++) if (k.charCodeAt(i) === k.charCodeAt(i - 1) && k.charCodeAt(i) === k.charCodeAt(i - 2) && !DIGIT.test(k[i])) return ctx.ev(x, 'tone.why.emphasis');
  }
  return null;
}

const WAIT_WORDS = new Set(['waiting', 'waited', 'wait', 'took', 'راهه', 'منتظر', 'منتظرم', 'منتظریم', 'منتظرشم', 'منتظرشیم', 'منتظرش', 'طول']);

/** A duration said as a wait: «سه هفته‌ست», «سه روزه که», or a wait word within three words of it in its sentence. */
function saidWait(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  if (SINCE.has(t[h.to - 1].key) || (t[h.to]?.key === 'که' && t[h.to - 1].fa)) return true;
  // "for four days now": a length of time that has gone by up to now.
  if (t[h.to]?.key === 'now' && t[h.from - 1]?.key === 'for') return true;
  // "after a month", «بعد از یه ماه»
  const before = t[h.from - 1]?.key;
  // «فقط ده دقیقه طول کشید»: a short time, praised, is no wait borne.
  if (before === 'فقط' || before === 'تنها' || before === 'همش') return false;
  if (before === 'after' || (before === 'از' && t[h.from - 2]?.key === 'بعد')) return true;
  // "has said 'out for delivery' for four days" (./frustration.en.matrix17.ts).
  if (statusHeld(ctx, h)) return true;
  for (let k = Math.max(0, h.from - 3); k < t.length && k < h.to + 3; k++) if (t[k].sentence === t[h.from].sentence && WAIT_WORDS.has(t[k].key)) return true;
  return false;
}

/** The sentence of the token where evidence w (message offsets) starts. */
function sentenceAt(ctx: CueContext, w: Evidence): number {
  const base = ctx.parts.latest.start;
  const x = ctx.doc.tokens.find((y) => y.start + base >= w.start);
  return x ? x.sentence : -1;
}

function sentenceLength(t: CueContext['doc']['tokens'], s: number): number {
  let n = 0;
  for (const x of t) if (x.sentence === s) n++;
  return n;
}

/** A wait's evidence span as a hit (its tokens), for sarcasm's pairing of praise with a failure. */
function waitHit(ctx: CueContext, w: Evidence): Hit {
  const t = ctx.doc.tokens;
  const base = ctx.parts.latest.start;
  const from = t.findIndex((x) => x.start + base >= w.start);
  let to = from;
  while (to < t.length && t[to].end + base <= w.end) to++;
  return { category: C.failure, weight: 1, from, to: Math.max(to, from + 1), start: w.start - base, end: w.end - base };
}

/** A sentence that is only praise ("Brilliant.", "Well done.", «عالیه.»): read against the whole message. */
function praiseAlone(ctx: CueContext, p: { from: number; to: number }): boolean {
  const t = ctx.doc.tokens;
  const s = t[p.from].sentence;
  let n = 0;
  for (const x of t) if (x.sentence === s) n++;
  return n - (p.to - p.from) <= 1;
}

/** Verbs whose negation says something failed: "it doesn't save", "the parcel didn't arrive", "it never loads". */
const FAIL_VERBS = new Set(['work', 'save', 'load', 'open', 'arrive', 'connect', 'sync', 'start', 'print', 'send', 'respond', 'reply', 'answer', 'deliver', 'help', 'refund', 'update', 'install', 'boot', 'charge', 'turn', 'show', 'come', 'fix', 'solve', 'resolve']);

/** English failures told by a negated verb ("doesnt save anything"), as token indices; read only when praise is present. */
function negatedFailures(ctx: CueContext): number[] {
  const t = ctx.doc.tokens;
  const out: number[] = [];
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i].fa || (t[i].key !== 'not' && t[i].key !== 'never')) continue;
    for (let j = i + 1; j <= i + 2 && j < t.length && t[j].clause === t[i].clause; j++) {
      if (FAIL_VERBS.has(t[j].lemma)) {
        out.push(j);
        break;
      }
    }
  }
  return out;
}

/** Nominals of a harm done to the customer with «کردن» («کنسل کردین», «معطلمون کردید», «حسابمو مسدود کردین»). */
const HARM_FA = /^(?:کنسل|لغو|کم|کسر|قطع|مسدود|معطل|معطلم|معطلمون|علاف|علافم|علافمون|الاف|جریمه|جریمم|جریممون|رد|گم|خراب|بلوکه|سرکار|اذیت|ضایع|سرگردون|سرگردان)$/;
const A_HARM_FA = anchor({ key: HARM_FA });
/** The customer asked for it, or it was put right: «همونطور که خواستم کنسل کردید», «… لغو کردید و پولمو برگردوندید». */
const ASKED_OR_RIGHTED = /^(?:خواستم|خواسته|خواستیم|درخواستم|درخواستمون|برگردوندید|برگردوندین|برگرداندید|برگشت|برگشته|جبران|راحت)$/;
const PART = /^(?:نصفه|نصف|نیمی|ناقص|فقط|کمتر|بخشی)$/;
function askedOrRightedFa(t: CueContext['doc']['tokens']): boolean {
  for (let i = 0; i < t.length; i++) {
    const k = t[i].key;
    if (!ASKED_OR_RIGHTED.test(k) || t[i].neg) continue;
    // «خیالم راحت شد» (relieved), «طبق / به درخواستم» (as asked); a request of one's own named otherwise is no consent.
    // «نصفه برگردوندین»: a part given back is no fault put right.
    let part = false;
    for (let j = i - 1; j >= 0 && j >= i - 4 && t[j].clause === t[i].clause && t[j].sentence === t[i].sentence; j--) if (PART.test(t[j].key)) part = true;
    if (part) continue;
    if (k === 'راحت' ? t[i - 1]?.key.startsWith('خیال') : k.startsWith('درخواست') ? t[i - 1]?.key === 'طبق' || t[i - 1]?.key === 'به' : true) return true;
  }
  return false;
}

/** A failure hit that is a harm act the customer asked for or that the message says was put right («همونطور که خواستم لغو کردید»). */
function harmAskedOrRightedFa(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  return ctx.fa && HARM_FA.test(t[h.from].key) && has(ctx.doc, A_HARM_FA) && askedOrRightedFa(t);
}

function harmsDoneFa(ctx: CueContext, praise: readonly Hit[]): number[] {
  const t = ctx.doc.tokens;
  const out: number[] = [];
  if (askedOrRightedFa(t)) return out;
  for (let i = 1; i < t.length; i++) {
    const x = t[i];
    if (!x.fa || !x.verb || !x.second || !x.past || x.neg || x.lemma !== 'کردن' || !HARM_FA.test(t[i - 1].key) || inQuestion(ctx, x)) continue;
    // In a clause of its own: "thanks for cancelling it" is thanks for the act.
    if (praise.some((p) => t[p.from].sentence === x.sentence && t[p.from].clause === x.clause)) continue;
    out.push(i - 1);
  }
  return out;
}

/** Praise within a sentence of a failure ("Brilliant, another delay"); scare quotes around a word. */
function sarcasm(ctx: CueContext): { score: number; evidence: Evidence[] } {
  const t = ctx.doc.tokens;
  const praise = ctx.hits.filter((h) => h.category === C.praise);
  const thanks = ctx.hits.filter((h) => h.category === C.thanks);
  // Failures are read beside praise or scare quotes only (most messages hold neither: no guard is tried on their failures).
  const quotes = quotedSpans(ctx.doc.text);
  const failures = praise.length > 0 || quotes.length > 0 ? ctx.hits.filter((h) => h.category === C.failure && h.weight > 0 && !conditionalFault(ctx, h) && !faultPutRight(ctx, h) && !againByChoice(ctx, h) && !namedCharge(ctx, h) && !lateOfTheDead(ctx, h) && !thanksAgain(ctx, h) && !thanksAgain20(ctx, h) && !stillConceded20(ctx, h) && !putRightBefore(ctx, h) && !quickTook(ctx, h) && !ownSlipAgain(ctx, h) && !formerCompany(ctx, h) && !litotes(ctx, h)) : [];
  // «دیگه قطع نمی‌شم»: a fault word whose light verb is negative tells good news (./frustration.fa.kinds23.ts).
  prune(failures, (h) => faAgainByChoice(ctx, h) || faNotTheirFault(ctx, h) || faStillFond(ctx, h) || faFaultDenied23(ctx, h) || harmAskedOrRightedFa(ctx, h));
  // «دمتون گرم، یه هفته‌ست منتظرم»: a wait they tell beside praise is the failure praised (a wait said as one:
  // "helped me for two hours, amazing" is thanks).
  if (praise.length > 0) for (const w of durations(ctx)) {
    const h = waitHit(ctx, w);
    if (saidWait(ctx, h) && !shortTime(ctx, h) && !putRightBefore(ctx, h)) failures.push(h);
  }
  // Persian: "you didn't" (a negative 2nd-person past verb: «ندادید», «نفرستادین») is a failure too,
  // unless it belongs to a set phrase («خسته نباشید», «دستتون درد نکنه»); English: a negated verb of use.
  const told: number[] = [];
  if (praise.length > 0 && ctx.fa) {
    for (let i = 0; i < t.length; i++) {
      const x = t[i];
      if (x.fa && x.neg && /(?:دید|تید|دین|تین)$/.test(x.key) && !faLitotes(t, i) && !ctx.hits.some((h) => h.to - h.from > 1 && h.from <= i && i < h.to && !h.category.startsWith('mod.'))) told.push(i);
    }
    // «دستتون درد نکنه واقعاً. پرواز رو کنسل کردین», «دمتون گرم، دو ساعت معطلمون کردید»: praise, then in a clause of its own a
    // harm "you" did (a positive second-person past «کردن» whose nominal is a harm: cancelled, blocked, kept waiting, deducted),
    // not asked for by the customer, not asked about, and nothing put right in the message (session 24).
    if (has(ctx.doc, A_HARM_FA)) told.push(...harmsDoneFa(ctx, praise));
    // «… ساعت ۱۰ شب جواب نمیده. واقعاً دستتون درد نکنه»: praise said with «واقعاً» as the last sentence, after a sentence
    // (not a question) whose verb is negative and not the customer's own, closes a complaint with sarcasm.
    const last = t[t.length - 1].sentence;
    const closing = praise.find((p) => t[p.from].sentence === last && [t[p.from - 1], t[p.to]].some((x) => x?.key === 'واقعا') && t[p.from].sentence > 0);
    if (closing) {
      const i = t.findIndex((x) => x.sentence < last && x.neg && x.verb && !x.key.endsWith('م') && !inQuestion(ctx, x));
      if (i >= 0) told.push(i);
    }
  } else if (praise.length > 0) told.push(...negatedFailures(ctx));
  const evidence: Evidence[] = [];
  let score = 0;
  for (const p of praise) {
    const s = t[p.from].sentence;
    const alone = praiseAlone(ctx, p);
    const f = failures.find((h) => (alone || Math.abs(t[h.from].sentence - s) <= 1) && (h.to <= p.from || h.from >= p.to) && !sincerePraise(ctx, p, h) && !praiseAfterConcession(ctx, p, h) && !faPraiseAfterConcession(ctx, p, h) && !faSincere17(ctx, p, h) && !faSincere18(ctx, h) && !praiseOfFix28(ctx, p, h) && !praiseAsked28(ctx, p));
    const fi = f ? -1 : told.find((i) => (alone || Math.abs(t[i].sentence - s) <= 1) && !faSincere17(ctx, p, i) && !faSincere18(ctx, i));
    if (!f && fi === undefined) continue;
    score = Math.max(score, 1.2);
    evidence.push(ctx.ev(p, 'tone.why.sarcasm'));
    if (f) evidence.push(ctx.ev(f, 'tone.why.sarcasm'));
    else if (fi !== undefined && fi >= 0) evidence.push(ctx.ev(t[fi], 'tone.why.sarcasm'));
  }
  // "Thanks for cancelling my order without telling me", «ممنون که بدون هماهنگی کنسل کردین»: thanks for what was done
  // without a word is sarcasm.
  if (thanks.length > 0) {
    for (const w of silence(ctx)) {
      const th = thanks.find((h) => t[h.from].sentence === sentenceAt(ctx, w));
      if (!th) continue;
      score = Math.max(score, 1.2);
      evidence.push(ctx.ev(th, 'tone.why.sarcasm'), w);
      break;
    }
  }
  // Ironic quotes: one or two words in quotes inside a sentence about a failure or a wait, or beside
  // praise; thanks or praise in the quote's own sentence ("Thanks a lot for the 'help'") is sarcasm itself.
  for (const q of quotes) {
    const at = t.findIndex((x) => x.start > q.start);
    if (at < 0 || statusQuote(ctx, q) || systemQuote(ctx, q) || namedQuote(ctx, q)) continue;
    if (faSystemQuote(ctx, q) || faQuoteOfOthers(ctx, q) || faLabelQuote18(ctx, q) || labelQuote20(ctx, q) || plainQuote31(ctx, q)) continue;
    const s = t[at].sentence;
    const kind = (h: { from: number }) => t[h.from].sentence === s;
    const thanked = thanks.find(kind) ?? praise.find(kind);
    // Persian quotes name a feature as often as they mock one («ممنون از «ارسال رایگان»تون، خیلی به کارم اومد»): thanks
    // beside them is sarcasm when that is all the sentence says («مرسی بابت «پشتیبانی»تون.») or with a failure, a wait or silence.
    if (thanked && (!t[at].fa || sentenceLength(t, s) <= 5 || failures.length > 0 || durations(ctx).length > 0 || silence(ctx).length > 0)) {
      score += 1;
      evidence.push(ctx.ev(thanked, 'tone.why.sarcasm'), ctx.ev(q, 'tone.why.irony'));
    } else if (failures.some(kind) || durations(ctx).length > 0 || praise.length > 0) {
      score += 0.6;
      evidence.push(ctx.ev(q, 'tone.why.irony'));
    }
  }
  return { score, evidence };
}

/** No sentence (most messages hold no feeling word: no set made for them). */
const NO_SENTENCES: ReadonlySet<number> = new Set();

/**
 * The category lists and weighing options read() passes on every message, made once (constants: the readers and weigh()
 * only read them), where literals in the calls made a few dozen small arrays and objects per message (speed, issue 13).
 */
const ONE_EMOTION: readonly string[] = [C.emotion];
const ONE_RHETORICAL: readonly string[] = [C.rhetorical];
const ONE_COMPLAINT: readonly string[] = [C.complaint];
const ONE_REPORT: readonly string[] = [C.report];
const ONE_FAILURE: readonly string[] = [C.failure];
const ONE_WORRY: readonly string[] = [C.worry];
const THIRD_PARTY_CATS: readonly string[] = [C.emotion, C.judgement, C.rude, C.complaint, C.escalation];
const OTHER_PROVIDER_CATS: readonly string[] = [C.emotion, C.judgement, C.complaint];
const NOT_MEANT_JUDGED: readonly string[] = [C.judgement, C.rude, C.escalation];
const NOT_MEANT_COMPLAINED: readonly string[] = [C.emotion, C.complaint];
const FEELING_CATS: readonly string[] = [C.emotion, C.judgement];
const DEMAND_CATS: readonly string[] = [C.escalation, C.complaint];
const WORDS_WEIGH: WeighOptions = { why: WHY, flip: [C.positive, C.lacking], hedgeFree: [C.emotion], correctionKeeps: 0.9 };
const KEEP_NEGATED_WEIGH: WeighOptions = { why: WHY, keepNegated: true };
const REPORT_WEIGH: WeighOptions = { why: { [C.report]: 'tone.why.failure' }, plain: true };

export const frustration: CueModule = {
  name: 'frustration',
  kinds: ['frustrated'],
  lexicon: [en, fa, ...implicitLexicon, faKindsLexicon, enKindsLexicon, enCalmLexicon, enKinds12Lexicon, faKinds12Lexicon, enKinds13Lexicon, enFp14Lexicon, enKinds15Lexicon, enMatrix17Lexicon, faKinds18Lexicon, finglishLexicon23, enKinds24Lexicon],
  examples: {
    fires: [
      { text: "I'm really upset, the parcel never came.", evidence: ['really upset'] },
      { text: 'This is ridiculous, I want a manager.', evidence: ['ridiculous', 'manager'] },
      { text: 'Thanks for nothing.', evidence: ['Thanks for nothing'] },
      { text: 'Brilliant, another delay.', evidence: ['Brilliant', 'another delay'] },
      { text: 'I am not happy at all with this.', evidence: ['happy'] },
      { text: 'واقعاً عصبانی‌ام.', evidence: ['واقعاً عصبانی‌ام'] },
      { text: 'دمتون گرم، سفارشم هنوز نرسیده.', evidence: ['دمتون گرم'] },
      { text: "I'm not trying to be difficult, but I was promised a refund three weeks ago and I still don't have it.", evidence: ['not trying to be difficult', 'promised'] },
      { text: "Yet another 'temporary outage'. Third one this month. Brilliant.", evidence: ['Brilliant'] },
      { text: 'Does anyone over there actually read these messages?', evidence: ['actually'] },
      { text: 'سه بار ایمیل زدم هیچکی جواب نداده، چه خبره؟', evidence: ['هیچکی جواب'] },
      // Kinds other writers use (issue 13, sixth round): formal and understated displeasure, leaving, the day it is now.
      { text: 'I must register my displeasure at how the claim was handled.', evidence: ['displeasure'] },
      { text: 'Pay by Friday or I am moving my account to another bank.', evidence: ['moving my account to another bank'] },
      { text: 'The technician was booked for Monday, you assured me. It is Thursday.', evidence: ['assured'] },
      { text: 'The new manager at the branch was condescending and dismissive.', evidence: ['condescending', 'dismissive'] },
      { text: 'خطمو میبرم یه اپراتور دیگه، دیگه بسه.', evidence: ['میبرم یه اپراتور دیگه'] },
      { text: 'وای که چقدر بدقولید! گفتین دوشنبه میاد.', evidence: ['بدقولید'] },
      { text: 'انتظار رفتار بهتری از شما داشتم.', evidence: ['انتظار رفتار بهتری'] },
      { text: 'کلاس آنلاین ساعت ۸ شب قطع میشه. واقعا دستتون درد نکنه', evidence: ['دستتون درد نکنه'] },
      ...faKindsExamples.fires,
      ...faKinds18Examples.fires,
      ...enKindsExamples.fires,
    ],
    quiet: [
      "I'm not angry, just confused.",
      "I'm not angry.",
      'Thanks so much, everything works now!',
      'Hi, could you tell me how to change my address? Thanks!\n\nSent from my iPhone',
      'The app crashed again. Is there a fix?',
      "I'm a little disappointed with the colour, but it's fine.",
      'عصبانی نیستم، فقط گیج شدم.',
      'دمتون گرم، خیلی سریع جواب دادید.',
      "If I'm not happy with it, I'll send it back.",
      'How do I file a complaint?',
      'I am a bit upset.',
      "I'm a bit worried my payment didn't go through - the page froze. Could you check?",
      "My flight's delayed 40 mins, will I still make the connection?",
      'We moved our savings to another bank last year, please close this account.',
      'Can I transfer my plan to another provider?',
      'Still waiting on my ticket from last week (#20913). Any news?',
      'یه کم نگرانم، جواب آزمایشم هنوز تو سامانه نیومده. چند روز طول میکشه؟',
      'اپلیکیشن رو نصب کردم و همه چی درسته. واقعا دستتون درد نکنه',
      ...faKindsExamples.quiet,
      ...faKinds18Examples.quiet,
      ...enKindsExamples.quiet,
    ],
  },
  read(ctx) {
    if (ctx.empty) return NONE;
    // "every time I open the app": a weak complaint on the words of a counted contact (third or more) is weighed once, as the
    // count (below); a complaint that says it alone ("how often do I need to remind you") keeps its weight.
    const counted = (ctx.got.repeat?.detail?.count ?? 0) >= 1.1;
    const countedAt = counted ? (ctx.got.repeat?.cues ?? []).flatMap((c) => c.evidence.filter((e) => e.why === 'tone.why.contactCount')) : [];
    // "Furious with them honestly 😤 but not your fault": a feeling aimed at someone else takes the prefaces and emoji of its sentence with it.
    const emotions = hitsIn(ctx, ONE_EMOTION);
    const elsewhere: ReadonlySet<number> = emotions.length === 0 ? NO_SENTENCES : new Set(emotions.filter((h) => feelingAtOthers(ctx, h)).map((h) => ctx.doc.tokens[h.from].sentence));
    const said = hitsIn(ctx, WORDS).filter((h) => kept(ctx, h) && !(h.category === C.preface && elsewhere.has(ctx.doc.tokens[h.from].sentence)) && !(h.category === C.complaint && h.weight < THRESHOLD && countedAt.some((e) => e.start < h.end + ctx.offset && h.start + ctx.offset < e.end)));
    // Persian words aimed at a third party (a neighbour, a landlord, «اداره پست»), not at the company (./frustration.fa.fp15.ts).
    dropFaThirdParty(ctx, said, THIRD_PARTY_CATS);
    // Persian feelings aimed at another or a former provider («از یک شرکت باربری دیگر ناراضی بودم») or at a circumstance («از این ترافیک کلافه شدم»; ./frustration.fa.fp16.ts).
    dropFaOtherProvider(ctx, said, OTHER_PROVIDER_CATS, ONE_EMOTION);
    // «وحشتناک خوبه» (a degree adverb), «نمی‌خواهم گلایه کنم» (a complaint disowned; ./frustration.fa.fp16.ts).
    dropFaNotMeant(ctx, said, NOT_MEANT_JUDGED, NOT_MEANT_COMPLAINED);
    // «از دست این هوا کلافه شدم», «بانکم کارتمو مسدود کرده، خسته شدم از دستشون» (./frustration.fa.matrix17.ts).
    dropFaMatrix17(ctx, said, FEELING_CATS, DEMAND_CATS);
    // «فرم اعتراض کجاست؟» (a procedure), «هنوز دارم … نگاه می‌کنم» (one's own doing; ./frustration.fa.kinds18.ts).
    dropFaKinds18(ctx, said);
    // "the papers have to reach the court by two", «مدارک رو برسونه دادگاه»: a legal place in an errand, no threat; «با کمال تأسف پدرم فوت کرده»: grief (./frustration.kinds20.ts).
    dropKinds20(ctx, said, C.escalation, FEELING_CATS);
    // "sorry for the angry email", "someone ported my number to another carrier": one's own tone apologised for, a firm someone else moved a thing to (./frustration.kinds22.ts).
    dropOwnConduct22(ctx, said);
    dropMovedByOthers22(ctx, said);
    dropPassivePerfect22(ctx, said);
    // «دمتون گرم واقعا» with no fault told, «اگه نمی‌رسه بگید برم از جای دیگه بگیرم», «ممنون، انتظار نداشتم به این زودی …» (./frustration.fa.kinds23.ts).
    // Praise around a failure, read before the drops below: a formula of thanks is sincere only where it found none.
    const sarc = sarcasm(ctx);
    dropFaKinds23(ctx, said, sarc.score > 0);
    // "so I wouldn't have to deal with this kind of nonsense": a judgement pointed at keeps its weight under a negated verb.
    const pointedAt = said.filter((h) => h.category === C.judgement && pointedJudgement(ctx, h));
    const words = weigh(ctx, pointedAt.length ? said.filter((h) => !pointedAt.includes(h)) : said, WORDS_WEIGH);
    if (pointedAt.length) {
      const kept = weigh(ctx, pointedAt, KEEP_NEGATED_WEIGH);
      words.score += kept.score;
      words.evidence.push(...kept.evidence);
    }
    // A rhetorical question keeps its own negation ("why does nobody answer", «چرا هیچکس جواب نمیده؟»).
    // «میزبان تا کی باید تأیید کنه؟», «حتماً باید … یا …؟»: questions that ask (./frustration.fa.kinds18.ts).
    const asks = weigh(ctx, hitsIn(ctx, ONE_RHETORICAL).filter((h) => !faAskedNotRhetorical18(ctx, h)), KEEP_NEGATED_WEIGH);
    let score = words.score + asks.score;
    const evidence = [...words.evidence, ...asks.evidence];
    score += sarc.score;
    evidence.push(...sarc.evidence);
    // Complaint patterns read from the tokens: silence, a broken promise, a question doubting anyone reads.
    // Silence the lexicon already weighed ("بدون جواب") counts once.
    const complained = hitsIn(ctx, ONE_COMPLAINT);
    const silent = silence(ctx).filter((e) => !complained.some((h) => h.start + ctx.parts.latest.start < e.end && e.start < h.end + ctx.parts.latest.start)).slice(0, 2);
    dropFaSilenceOfOthers(ctx, silent);
    const promise = brokenPromise(ctx);
    // "Can you check if the ticket was actually raised?": a check asked for, not doubt (./frustration.en.kinds15.ts).
    const asked = faNotRhetorical(ctx, rhetorical(ctx));
    // «همسایه‌مون … اصلاً هم گردن نمی‌گیره»: a doubt about a party of the customer's own (./frustration.fa.kinds18.ts).
    const doubt = asked && !checkedWhether(ctx, asked) && !faDoubtAtParty18(ctx, asked) ? asked : null;
    // "can someone actually look at it?": a request for a human, unlike "can someone actually read my emails?" (doubt that anyone
    // attends to what was written): a weak sign, never enough alone.
    const doubtWeight = doubt ? (pleaNotDoubt(ctx, doubt) ? 0.7 : 1) : 0;
    const curt = silent.length === 0 ? curtDenial(ctx) : null;
    const asking = impatient(ctx);
    // "I will dispute the charge", «نظر منفی می‌نویسم»: an escalation the customer says they are about to take (not cancelled by a negation).
    const threatens = words.score > 0 ? threat(ctx, said.filter((h) => h.category === C.escalation && !words.cancelled.includes(h))) : null;
    // Taking their custom elsewhere (0.8: a calm switcher says it too; with any other sign, or an ultimatum, it shows).
    const leaves = leaving(ctx);
    // "… or I'm moving", and "if you don't explain, I will go to another company", "unless you refund me I'll switch" (./frustration.kinds22.ts).
    const ultimatum = leaves !== null && (ctx.doc.tokens.some((x) => (x.key === 'or' || x.key === 'otherwise' || x.key === 'وگرنه') && x.start < leaves.start - ctx.offset) || conditionOnYou22(ctx, leaves));
    const better = ctx.fa ? expectedBetter(ctx) : null;
    const unbelieving = disbelief(ctx);
    // "eight weeks is excessive", "far too long to wait": a wait judged out of measure (./frustration.kinds22.ts).
    const measured = excessiveWait22(ctx);
    // "that's on you", "I will hold you personally responsible": harm laid at the company's door (./frustration.kinds22.ts).
    const blame = blameLaid22(ctx);
    const patterns = (measured ? 1.1 : 0) + (blame ? 1.1 : 0) + 0.5 * silent.length + (promise?.weight ?? 0) + doubtWeight + (curt ? 0.5 : 0) + (asking ? 0.7 : 0) + (threatens ? 0.4 : 0) +
      (leaves ? (ultimatum ? 1.1 : 0.8) : 0) + (better ? 1 : 0) + (unbelieving ? 0.5 : 0);
    score += patterns;
    evidence.push(...silent);
    if (promise) evidence.push(promise.ev);
    if (asking) evidence.push(asking);
    if (threatens) evidence.push(threatens);
    if (doubt) evidence.push(doubt);
    if (curt) evidence.push(curt);
    // In this order (no array of the three made per message).
    if (leaves) evidence.push(leaves);
    if (better) evidence.push(better);
    if (unbelieving) evidence.push(unbelieving);
    if (measured) evidence.push(measured);
    if (blame) evidence.push(blame);
    // Failure reports: capped, and halved when the message is courteous ("could you please…").
    // Words a complaint already weighed ("still waiting") are not a failure report a second time.
    const weighed = said.filter((h) => h.category === C.complaint);
    // A fault inside a condition ("if it arrives late again") has not happened; "again" of writing again is a contact (./frustration.en.calm.ts).
    const reportHits = hitsIn(ctx, ONE_REPORT).filter((h) => !weighed.some((w) => w.from <= h.from && h.to <= w.to) && !conditionalFault(ctx, h) && !contactAgain(ctx, h) && !absentFault(ctx, h) && !namedCharge(ctx, h) && !againByChoice(ctx, h) && !faultPutRight(ctx, h) && !lateOfTheDead(ctx, h) && !thanksAgain(ctx, h) && !thanksAgain20(ctx, h) && !stillConceded20(ctx, h) && !ownSlipAgain(ctx, h) && !firstContact27(ctx, h) && !restoredAgain27(ctx, h));
    prune(reportHits, (h) => faAgainByChoice(ctx, h) || faNotTheirFault(ctx, h));
    const reports = weigh(ctx, reportHits, REPORT_WEIGH);
    const courteous = ctx.hits.some((h) => h.category === 'politeness' && h.weight >= 0.5);
    // A report that ends in a question ("My flight was cancelled and I'm stuck. Can you rebook me?") asks for help: alone it stays under the threshold.
    const reported = Math.min(1, reports.score) * (courteous ? 0.5 : helpAsked(ctx) ? 0.9 : 1);
    score += reported;
    evidence.push(...reports.evidence);
    const waits = durations(ctx).filter((e) => !faHowLongAsked(ctx, e) && !faNoWait18(ctx, e));
    if (waits.length) {
      score += 0.5;
      evidence.push(...waits);
    }
    const a = ctx.a;
    const punct = a.punctuation.slice(0, 2);
    score += 0.35 * punct.length;
    evidence.push(...punct.map((s) => ctx.ev(s, 'tone.why.punctuation')));
    if (a.shoutWords >= 2) {
      score += 0.5;
      evidence.push(...a.caps.map((s) => ctx.ev(s, 'tone.why.caps')));
    }
    const stressed = emphasis(ctx);
    if (stressed) {
      score += 0.3;
      evidence.push(stressed);
    }
    // The praise and faults joyTears weighs, gathered only for a message with an emoji (most have none: no arrays made).
    const glad = a.emoji.spans.length === 0 ? NO_HITS_HERE : ctx.hits.filter((h) => h.category === C.praise || h.category === C.thanks);
    const faults = a.emoji.spans.length === 0 ? NO_HITS_HERE : ctx.hits.filter((h) => h.category === C.failure && h.weight > 0);
    const angry = a.emoji.spans.filter((s) => NEG_EMOJI.test(ctx.doc.text.slice(s.start, s.end)) && !joyTears(ctx, s, glad, faults) && !(elsewhere.size > 0 && elsewhere.has(ctx.doc.tokens.find((x) => x.start >= s.start)?.sentence ?? ctx.doc.tokens[ctx.doc.tokens.length - 1].sentence))).slice(0, 2);
    prune(angry, (s) => faEmojiAtThirdParty(ctx, s));
    score += 0.6 * angry.length;
    evidence.push(...angry.map((s) => ctx.ev(s, 'tone.why.emoji')));
    // A third contact or more ("third time I write", "several times") is a complaint in itself: with any
    // other sign (nobody answered, "had to explain") it is exasperation; a second one is not counted.
    //
    // Why a count and not a second contact or a wait alone (issue 13, fifth round): a customer who counts three
    // contacts and says nothing came back («سه بار پیام دادم هنوز هیچی», "Third email and still nothing") is
    // keeping score of being let down, and a careful agent opens with an apology for the chase. A second contact
    // («ببخشید دوباره مزاحم میشم، هنوز حل نشده»), a polite follow-up or a long wait told plainly is a customer
    // waiting, not an upset one: the repeat cue already says "don't make them repeat themselves", and calling
    // them frustrated would teach the agent to over-apologise and to distrust the cue (a false alarm costs more
    // than a miss). So the count adds 0.8, below the threshold: it takes one more sign (nothing came back, a plea
    // for anyone to answer, a wait, "!!") to show the cue, and the count is then part of its evidence.
    if (counted) {
      score += 0.8 + 0.2 * Math.max(0, Math.min(2, (ctx.got.repeat?.detail?.counts ?? 1) - 1));
      for (const c of ctx.got.repeat?.cues ?? []) evidence.push(...c.evidence.filter((e) => e.why === 'tone.why.contactCount' || e.why === 'tone.why.unanswered'));
    }
    // «چراااا»: a drawn-out word raises what the words say, like capitals; never enough alone.
    const drawn = drawnOut(ctx);
    if (drawn) {
      score += 0.3;
      evidence.push(drawn);
    }
    // "You deleted the order": a failure the company is said to have caused.
    const blamed = hitsIn(ctx, ONE_FAILURE).filter((h) => youBefore(ctx, h.from));
    // «جنس نفرستادین», «پولمو برنگردوندید»: what the company did not do, said to it (Persian negative second-person past).
    const undone = ctx.fa ? notDone(ctx) : null;
    if (blamed.length > 0 || undone) {
      score += 0.4;
      evidence.push(...blamed.map((h) => ctx.ev(h, 'tone.why.failure')));
      if (undone) evidence.push(undone);
    }
    // Frustration said without feeling words: exasperated questions, paid-for against got, waits with nothing done… (./frustration.implicit.ts).
    const implicit = readImplicit(ctx);
    score += implicit.score;
    evidence.push(...implicit.evidence);
    // Persian kinds read from the tokens: "so much for your X" («اینم از نظرسنجی‌تون»), a bare «خب؟» (./frustration.fa.kinds.ts).
    const faKinds = readFaKinds(ctx);
    score += faKinds.score;
    evidence.push(...faKinds.evidence);
    // Session 12's Persian kinds: praise of «پیگیری عالیتون» beside a fault, a count of the same fault, saying it again (./frustration.fa.kinds12.ts).
    const fa12 = readFaKinds12(ctx);
    score += fa12.score;
    evidence.push(...fa12.evidence);
    // Session 16's: thanks said to a unilateral act («دستتان درد نکند که … بی‌خبر … جلو انداختید»; ./frustration.fa.fp16.ts).
    // Thanks for what was done without a word, already read as sarcasm above, counts once.
    const fa16 = sarc.score > 0 ? { score: 0, evidence: [] } : readFaFp16(ctx);
    score += fa16.score;
    evidence.push(...fa16.evidence);
    // Session 17's family: sarcastic praise beside a failure, a promise named and nothing since, going public, «واقعاً دیگه!»
    // (./frustration.fa.matrix17.ts). Counted once with the sarcasm already read.
    const fa17 = sarc.score > 0 || fa16.score > 0 ? { score: 0, evidence: [] } : readFaMatrix17(ctx);
    score += fa17.score;
    evidence.push(...fa17.evidence);
    // Session 18's kinds: a mocking «لابد …، نه؟», «به به!» before a failure, «خجالت داره واقعاً», waiting in a queue (./frustration.fa.kinds18.ts).
    const fa18 = readFaKinds18(ctx);
    score += fa18.score;
    evidence.push(...fa18.evidence);
    // Session 19's: a threat to go to an authority, a fault said to recur, «این چه شرکتیه؟», «این انصافه؟» (./frustration.fa.kinds19.ts).
    const fa19 = readFaKinds19(ctx, evidence);
    score += fa19.score;
    evidence.push(...fa19.evidence);
    // English constructions: a count of the same fault, a curt time since a promise, "not angry with you personally, but" (./frustration.en.kinds.ts).
    const kinds = readEnKinds(ctx);
    // Session 13's: "I need a date, not another apology", "does anyone … read the tickets?" (./frustration.en.kinds13.ts).
    const kinds13 = readEnKinds13(ctx);
    // Session 15's: an ultimatum ("if i dont get a refund by end of week im doing a chargeback"), "actually answer it this time" (./frustration.en.kinds15.ts).
    const kinds15 = readEnKinds15(ctx, said.filter((h) => h.category === C.escalation && !words.cancelled.includes(h)));
    // Session 16's: the company's system laughed at ("lol your app just told me … 'delivered' 🙃"), ironic praise after a loss
    // ("after you lost a £400 coffee machine. Very generous.") (./frustration.en.kinds16.ts).
    const kinds16 = readEnKinds16(ctx);
    // Session 18's: "not gonna lie I'm fuming", "ur anticheat is trash", "how is that fair", ironic praise with a mark beside a
    // failure ("Fantastic service as always 👏"), "This is my fourth message regarding …" (./frustration.en.kinds18.ts).
    // Counted only where the older readers did not already read the same words or the same sarcasm (severity stays honest).
    const kinds18 = readEnKinds18(ctx, { evidence, sarcasm: sarc.score >= 0.8 || kinds16.score > 0, rhetorical: asks.score >= 0.8 });
    // Session 19's: "this is literally the 3rd time im messaging", "stop telling me its sorted", "love paying for 4K and getting …" (./frustration.en.kinds19.ts).
    // The older readers' evidence, made once: kinds19 reads it, then kinds20 reads it with kinds19's added (both read it at once, keep none of it).
    const prior = [...evidence, ...kinds.evidence, ...kinds13.evidence, ...kinds15.evidence, ...kinds16.evidence, ...kinds18.evidence];
    const kinds19 = readEnKinds19(ctx, prior);
    // Session 20's, both languages: an ultimatum with a step after "or", "I find it rather poor", hyperbolic praise beside a
    // fault, «… که بقیه گول نخورن», «این بود هتل چهار ستاره؟» (./frustration.kinds20.ts).
    for (let i = 0; i < kinds19.evidence.length; i++) prior.push(kinds19.evidence[i]);
    // Readers behind a closed gate (../readergate.ts) are not called, and the lists they would read are not made.
    const kinds20 = gated(ctx, KINDS20_GATE) ? audited(KINDS20_GATE, readKinds20(ctx, prior)) : noKinds();
    // Session 21's, English: "nobody told us", "want me to just fix it myself?", "Progress, I guess." (./frustration.kinds21.ts).
    // It reads the older readers' evidence (prior holds them and kinds19's) and kinds20's.
    const kinds21 = gated(ctx, KINDS21_GATE) ? audited(KINDS21_GATE, readKinds21(ctx, [prior, kinds20.evidence])) : noKinds();
    // Session 23's, English: ironic praise or thanks beside a harm told ("Brilliant. … squashed flat.") (./frustration.kinds23.ts).
    const kinds23 = gated(ctx, KINDS23_GATE) ? audited(KINDS23_GATE, readKinds23(ctx, [prior, kinds20.evidence, kinds21.evidence])) : noKinds();
    // Session 25's, English: "Please can someone actually look at this" (./frustration.kinds25.ts).
    const kinds25 = gated(ctx, KINDS25_GATE) ? audited(KINDS25_GATE, readKinds25(ctx, prior)) : noKinds();
    // Session 26's, English: a glowing rating given to a failure, a low rating, "so tedious", "… we will review our use of your services" (./frustration.kinds26.ts).
    const kinds26 = gated(ctx, KINDS26_GATE) ? audited(KINDS26_GATE, readKinds26(ctx, [prior, kinds20.evidence, kinds21.evidence, kinds23.evidence, kinds25.evidence])) : noKinds();
    // Session 27's, English: money lost to the fault, "I don't have time for this.", withholding payment, "spare me …" (./frustration.kinds27.ts).
    const kinds27 = gated(ctx, KINDS27_GATE) ? audited(KINDS27_GATE, readKinds27(ctx, [prior, kinds20.evidence, kinds21.evidence, kinds23.evidence, kinds25.evidence, kinds26.evidence])) : noKinds();
    // Session 28's, English: a demand in capitals to put right at once what the company did ("… restore it NOW please"; ./frustration.kinds28.ts).
    const kinds28 = gated(ctx, KINDS28_GATE) ? audited(KINDS28_GATE, readKinds28(ctx, [prior, kinds20.evidence, kinds21.evidence, kinds23.evidence, kinds25.evidence, kinds26.evidence, kinds27.evidence])) : noKinds();
    const kindsScore = kinds.score + kinds13.score + kinds15.score + kinds16.score + kinds18.score + kinds19.score + kinds20.score + kinds21.score + kinds23.score + kinds25.score + kinds26.score + kinds27.score + kinds28.score;
    score += kindsScore;
    evidence.push(...kinds.evidence, ...kinds13.evidence, ...kinds15.evidence, ...kinds16.evidence, ...kinds18.evidence, ...kinds19.evidence);
    // A piece inside a longer reading of session 20 (a bare «مرسی» inside «مرسی بابت کیک له‌شده») is shown as that reading.
    if (kinds20.evidence.length) prune(evidence, (e) => e.why === 'tone.why.sarcasm' && kinds20.evidence.some((k) => k.why === 'tone.why.sarcasm' && e.start >= k.start && e.end <= k.end && e.end - e.start < k.end - k.start));
    // An older reader's piece inside a fuller session-27 reading ("With respect" inside "With respect, this is mistaken") is shown as it.
    if (kinds27.evidence.length) prune(evidence, (e) => kinds27.evidence.some((k) => e.start >= k.start && e.end <= k.end && e.end - e.start < k.end - k.start));
    evidence.push(...kinds20.evidence, ...kinds21.evidence, ...kinds23.evidence, ...kinds25.evidence, ...kinds26.evidence, ...kinds27.evidence, ...kinds28.evidence);
    // Session 25, Persian: praise or thanks around a harm told, where no older reader read sarcasm (./frustration.fa.kinds25.ts).
    const fa25 = readFaSarcasm25(ctx, evidence, score);
    score += fa25.score;
    // An older reader's sarcasm piece inside this fuller reading (a bare «ممنون» inside «ممنون بابت این همه سرعت») is shown as it.
    if (fa25.evidence.length) prune(evidence, (e) => e.why === 'tone.why.sarcasm' && fa25.evidence.some((k) => e.start >= k.start && e.end <= k.end && e.end - e.start < k.end - k.start));
    evidence.push(...fa25.evidence);
    // Session 26, Persian: leaving or going public on the company's failure, «چرا … فرستادید؟!», «این چه سیستمیه؟», «… میدم، اونوقت …» (./frustration.fa.kinds26.ts).
    const fa26 = readFaKinds26(ctx, evidence);
    score += fa26.score;
    evidence.push(...fa26.evidence);
    // Session 28, Persian: lofty praise («بی‌نظیره», «مثل همیشه بی‌نقصه») beside a harm, thanks marked as irony over money taken (./frustration.fa.kinds28.ts).
    const fa28 = readFaKinds28(ctx, evidence);
    score += fa28.score;
    evidence.push(...fa28.evidence);
    // Session 29: Persian and Finglish thanks or praise with a sour mark (🙃 😐, «لابد», 👏 👌) over a harm told loosely; English
    // displeasure in a lawyer's register ("I reserve my client's position", "minded to refer the matter"; ./frustration.kinds29.ts).
    const fa29 = readKinds29(ctx, evidence);
    score += fa29.score;
    evidence.push(...fa29.evidence);
    // A calm marker ("no harm done") or a feeling disowned ("not mad, just hungry") halves what no word of displeasure said.
    // Not when the calm marker is turned against the company ("how is that my fault", "my mistake was trusting you", ./frustration.en.kinds18.ts).
    if ((implicit.calm || disownedFeeling(ctx, words.cancelled, C.emotion)) && words.score + asks.score < THRESHOLD && !kinds18.mistakeTurned) score *= 0.5;
    // A softener a longer phrase weighs 0 («براتون مهم نیست»: "you don't care", not «مهم نیست») does not soften.
    if (ctx.hits.some((h) => h.category === MOD.softener && h.weight > 0)) score *= 0.5;
    // Worry and panic without a word of displeasure ("I'm a bit worried my payment didn't go through", «نگرانم، جواب
    // آزمایشم هنوز نیومده»): the waits and failures they tell are what they fear, not a complaint.
    const worried = words.score + asks.score < THRESHOLD && hitsIn(ctx, ONE_WORRY).some((h) => !negatedHit(ctx, h) && !afraidFormula(ctx, h, said.filter((o) => o.category === C.judgement || o.category === C.emotion)));
    if (worried) score *= 0.5;
    // Anger at a third party ("The council are being hopeless (three days and nobody has even come), but that's a separate
    // fight"): with no word of displeasure left for the company, the waits and faults told are that party's, not a complaint.
    const atOthers = !ctx.fa && words.score + asks.score < THRESHOLD && ctx.hits.some((h) => (h.category === C.judgement || h.category === C.rude) && (atThirdParty(ctx, h) || placedOther(ctx, h) || otherFirmSetAside(ctx, h)));
    if (atOthers) score *= 0.5;
    // A fault laughed off ("crashed AGAIN lol … any fix?? 😅") with no word of displeasure nor sarcasm (./frustration.en.kinds15.ts).
    if (words.score + asks.score + sarc.score < THRESHOLD && !kinds16.laughedAt && laughedOff(ctx) && (helpAsked(ctx) || helpAskedAnywhere(ctx))) score *= 0.5;
    // A wait told plainly, then a request ("It's been a month and still no refund. Can you look into it?", "its been 2 hrs
    // and my food still hasnt come, can u check?"): how long they waited, however many words tell it, is a customer waiting,
    // not an upset one. With nothing else said, it stays under the threshold (the repeat and urgency cues say the rest).
    if (!ctx.fa && (helpAsked(ctx) || courteous || helpAskedAnywhere(ctx))) {
      const told = said.filter((h) => h.category === C.complaint && waitTold(ctx, h));
      const toldW = told.length ? weigh(ctx, told, WORDS_WEIGH).score : 0;
      // A fault report beside it ("still hasnt arrived", "stuck on 'out for delivery'") is the same plain report, asked about.
      const rest = words.score - toldW + asks.score + sarc.score + patterns + implicit.score + faKinds.score + fa12.score + kindsScore + (counted ? 0.8 : 0) +
        (blamed.length || undone ? 0.4 : 0) + punct.length + (a.shoutWords >= 2 ? 1 : 0) + angry.length + (stressed ? 1 : 0) + (drawn ? 1 : 0);
      if (told.length > 0 && rest < 0.05) score = Math.min(score, 0.9);
    }
    // "please ignore my angry email above … sorry for the tone": anger the customer withdraws (./frustration.en.kinds15.ts).
    if (angerWithdrawn(ctx)) score = Math.min(score, 0.9);
    // Punctuation, capitals and emoji alone are not enough: a cue needs words that say it.
    const hasWords = words.score + asks.score + sarc.score + patterns + reported + (waits.length ? 0.5 : 0) + (counted ? 0.8 : 0) + (blamed.length || undone ? 0.4 : 0) + implicit.score + faKinds.score + fa12.score + fa16.score + fa17.score + fa18.score + fa19.score + kindsScore + fa25.score + fa26.score + fa28.score + fa29.score >= 0.3 || angry.length > 0;
    // How much evidence is enough: the pieces and their kinds, read as a shape (./frustration.fa.evidence16.ts).
    // English: only an angry emoji can make a decision the English rule changes (./frustration.en.evidence16.ts).
    if ((score >= THRESHOLD && (ctx.fa || angry.length > 0)) || trace16.on) {
      const wordPieces: Piece[] = [];
      const live = said.filter((h) => !words.cancelled.includes(h));
      for (const k of WORDS) {
        const hs = live.filter((h) => h.category === k);
        if (hs.length) wordPieces.push({ kind: k.replace('frustration.', '').replace('frustration', 'emotion'), w: weigh(ctx, hs, { why: WHY, flip: [C.positive, C.lacking], hedgeFree: [C.emotion], correctionKeeps: 0.9, keepNegated: pointedAt.some((h) => hs.includes(h)) }).score });
      }
      const pieces: Piece[] = [
        ...wordPieces,
        { kind: 'rhetorical', w: asks.score }, { kind: 'sarcasm+', w: sarc.score }, { kind: 'silence', w: 0.5 * silent.length },
        { kind: 'promise', w: promise?.weight ?? 0 }, { kind: 'doubt', w: doubtWeight }, { kind: 'curt', w: curt ? 0.5 : 0 }, { kind: 'impatient', w: asking ? 0.7 : 0 },
        { kind: 'threat', w: threatens ? 0.4 : 0 }, { kind: 'leaving', w: leaves ? (ultimatum ? 1.1 : 0.8) : 0 }, { kind: 'expectedBetter', w: better ? 1 : 0 },
        { kind: 'disbelief', w: unbelieving ? 0.5 : 0 }, { kind: 'report', w: reported }, { kind: 'wait', w: waits.length ? 0.5 : 0 },
        { kind: 'punct', w: 0.35 * punct.length }, { kind: 'caps', w: a.shoutWords >= 2 ? 0.5 : 0 }, { kind: 'emphasis', w: stressed ? 0.3 : 0 },
        { kind: 'emoji', w: 0.6 * angry.length }, { kind: 'count', w: counted ? 0.8 : 0 }, { kind: 'drawn', w: drawn ? 0.3 : 0 },
        { kind: 'blamed', w: blamed.length || undone ? 0.4 : 0 }, { kind: 'implicit', w: implicit.score }, { kind: 'faKinds', w: faKinds.score },
        { kind: 'fa12', w: fa12.score }, { kind: 'fa16', w: fa16.score }, { kind: 'fa17', w: fa17.score }, { kind: 'fa18', w: fa18.score }, { kind: 'fa19', w: fa19.score }, { kind: 'enKinds', w: kindsScore }, { kind: 'fa25', w: fa25.score }, { kind: 'fa26', w: fa26.score }, { kind: 'fa28', w: fa28.score }, { kind: 'fa29', w: fa29.score },
      ];
      score = enoughEvidence16(ctx.fa, pieces, score);
      // A worried customer telling what happened and asking, with no stance (./frustration.fa.kinds18.ts).
      score = faWorriedAsk18(ctx, pieces, score);
      if (!ctx.fa) score = enoughEvidenceEn16(pieces, score); // English (./frustration.en.evidence16.ts)
    }
    // Nothing aimed at the company, and every word of displeasure left aimed elsewhere or at oneself (or none, and an emoji tips it): calm (./frustration.calm16.ts).
    if (score >= THRESHOLD && calmReading16(ctx, { live: said.filter((h) => !words.cancelled.includes(h)), other: asks.score + sarc.score + patterns + implicit.score + faKinds.score + fa12.score + fa16.score + fa17.score + fa18.score + fa19.score + kindsScore + fa25.score + fa26.score + fa28.score + fa29.score + (counted ? 0.8 : 0) + (blamed.length || undone ? 0.4 : 0), score, emoji: angry.map((e) => ctx.doc.text.slice(e.start, e.end)) })) score = Math.min(score, 0.9);
    // Sincere thanks or praise, "not your fault at all", one's own mistake or a plea, a troubleshooting report, the buyer's
    // solicitor: when every piece of evidence is a mark of intensity or lies inside that calm construction (./frustration.en.kinds18.ts).
    if (score >= THRESHOLD && calmKinds18(ctx, evidence)) score = Math.min(score, 0.9);
    // «اولش فکر کردم کلاهبرداریه ولی …», «بازم ممنون», «چجوری اعتراض بدم؟», «عجله‌ای نیست» (./frustration.fa.kinds19.ts).
    if (score >= THRESHOLD && calmFa19(ctx, evidence)) score = Math.min(score, 0.9);
    // «کولر اصلاً کار نمی‌کنه، کی می‌تونید بیاید؟», «شرکت قبلی افتضاح بود، …», «دیوونه‌م کردید انقدر خوشگله» (./frustration.fa.calm19b.ts).
    if (score >= THRESHOLD && calmFa19b(ctx, evidence)) score = Math.min(score, 0.9);
    // A procedure asked as alternatives, thanks as the message's act, a third party's doing, a victim asking, a plea for what is due today (./frustration.en.kinds19.ts).
    if (score >= THRESHOLD && calmKinds19(ctx, evidence)) score = Math.min(score, 0.9);
    // A negated stop of a doing, "Hello again", praise of a person, an absence with a time, a plea's marks, a heads-up, a feeling
    // made small and conceded: every piece explained (./frustration.kinds21.ts).
    if (score >= THRESHOLD && calmKinds21(ctx, evidence)) score = Math.min(score, 0.9);
    // Delight's marks, a label a display shows, a length of time ahead: every piece explained (./frustration.kinds23.ts).
    if (score >= THRESHOLD && calmKinds23(ctx, evidence)) score = Math.min(score, 0.9);
    // An apologetic novice ("not very good with computers, so forgive me if this is a silly question"), "while it is still …" (./frustration.kinds24.ts).
    if (score >= THRESHOLD && calmKinds24(ctx, evidence)) score = Math.min(score, 0.9);
    // A charge questioned for an explanation, "actually" of a fact asked about, a feeling shrugged off (./frustration.kinds25.ts).
    if (score >= THRESHOLD && calmKinds25(ctx, evidence)) score = Math.min(score, 0.9);
    // A request hedged as not too much to ask ("I hope it isn't too much to ask, but could you …"; ./frustration.kinds26.ts).
    if (score >= THRESHOLD && calmKinds26(ctx, evidence)) score = Math.min(score, 0.9);
    // A chase told plainly then a courteous request, or help asked in trouble, with nothing pointed said (./frustration.kinds30.ts).
    if (score >= THRESHOLD && calmKinds30(ctx, evidence)) score = Math.min(score, 0.9);
    // Sincere thanks to a person, a scam asked about or someone else's, anger disowned (./frustration.kinds31.ts).
    if (score >= THRESHOLD && calmKinds31(ctx, evidence)) score = Math.min(score, 0.9);
    // "Will it still work or do I need to pay again?": a sincere check asked as the alternative to redoing it (./frustration.kinds32.ts).
    if (score >= THRESHOLD && calmKinds32(ctx, evidence)) score = Math.min(score, 0.9);

    // A fault counted and told plainly with a plea for help («این هفته سومین باره که … راهی هست؟»; ./frustration.fa.kinds25.ts).
    if (score >= THRESHOLD && faultCountedCalm25(ctx, evidence)) score = Math.min(score, 0.9);
    // Praise around a harm told and then put right («… خراب شده بود و تعمیرکارتون تو یه روز درستش کرد»; ./frustration.fa.kinds25.ts).
    if (score >= THRESHOLD && remedyPraised25(ctx, evidence)) score = Math.min(score, 0.9);
    // The company's words in quotes echoed back in mockery ("Guaranteed indeed.", "… for whom, exactly?"; ./frustration.kinds30.ts): enough alone.
    // A courtesy conceded before a complaint ("I'm sure you're busy, but …", "I'm not trying to be difficult, but …"; the same module).
    // Each adds what the older readers did not already read: at most its own score, its pieces only where no shown word is.
    const conceded = readConceded30(ctx);
    const echoed = readEchoed30(ctx);
    // Ironic praise closing a harm ("Impressive yield.", "Loyalty really pays, huh."; ./frustration.kinds31.ts): the same.
    const ironic31 = readIronicPraise31(ctx);
    // Thanks for a deed of "you" turned sour («ممنون که … نگهمون داشتید 👌»; the same module): the same.
    const sourThanks31 = readSourThanks31(ctx);
    // «این چه بساطیه؟», «این چه جنسیه به ما دادید؟» of any noun not asked about plainly (the same module): the same.
    const whatKind31 = readWhatKind31(ctx);
    // "That doesn't answer my question at all. I asked WHY …" (./frustration.kinds32.ts): the same.
    const notAnswered32 = readNotAnswered32(ctx);
    // "I am delighted to report that your … Any plans to fix it?" (./frustration.kinds32.ts): the same.
    const delight32 = readMockDelight32(ctx);
    // "FIX IT"; "I find this practice rather underhand"; "Lovely to receive a box for four when I've been on the single plan" (./frustration.kinds33.ts): the same.
    const demand33 = readDemand33(ctx), understated33 = readUnderstated33(ctx), opener33 = readMockOpener33(ctx);
    // "Love it." / "Truly a bargain." after "day 19 of …"; "I'm sure it's an easy thing to miss three times in a row"; "I have already restarted it. Twice." (./frustration.kinds35.ts): the same.
    const ironic35 = readIronicPraise35(ctx), sure35 = readMockSure35(ctx), done35 = readAlreadyDone35(ctx);
    // "Truly seamless." / "Very useful." after a harm told or before its remedy asked (./frustration.en.kinds39.ts): the same.
    const verdict39 = readVerdict39(ctx);
    for (const r of [conceded, echoed, ironic31, sourThanks31, whatKind31, notAnswered32, delight32, demand33, understated33, opener33, ironic35, sure35, done35, verdict39]) {
      if (!r.score) continue;
      score = Math.max(score, r.score);
      evidence.push(...r.evidence.filter((e) => !evidence.some((o) => o.start < e.end && e.start < o.end)));
    }
    // Persian complaint typed in Latin letters: exasperation, an ultimatum, a third contact, capitals (./frustration.kinds31.ts).
    const finglish31 = readFinglish31(ctx);
    if (finglish31.score) (score += finglish31.score), evidence.push(...finglish31.evidence.filter((e) => !evidence.some((o) => o.start < e.end && e.start < o.end)));
    // An expectation let down, said formally («انتظار می‌رفت … پایبند باشد», «ابراز تأسف از روند …»; ./frustration.fa.kinds32.ts): enough alone.
    const fa32 = readFaKinds32(ctx);
    if (fa32.score) (score = Math.max(score, fa32.score)), evidence.push(...fa32.evidence.filter((e) => !evidence.some((o) => o.start < e.end && e.start < o.end)));
    // Mock praise beside a harm («واقعاً عالیه، فقط چاله هنوز سر جاشه 👌», "dasteton dard nakone vaghean 👏 … nashode"; ./frustration.fa.kinds33.ts): the same.
    // Not when the harm was put right and thanked for (remedyPraised25 above, read on these words too).
    const fa33 = readFaKinds33(ctx);
    if (fa33.score && !remedyPraised25(ctx, [...evidence, ...fa33.evidence])) (score = Math.max(score, fa33.score)), evidence.push(...fa33.evidence.filter((e) => !evidence.some((o) => o.start < e.end && e.start < o.end)));
    // A job title, quotes that correct or ask, "even" / "actually" asked of a thing: every piece a look-alike (./frustration.en.fp39.ts).
    if (score >= THRESHOLD && calmKinds39(ctx, evidence)) score = Math.min(score, 0.9);
    // A lawyer's trade in a letter for a client, «وکیل» of a place name: no threat (./frustration.fa39.ts).
    if (score >= THRESHOLD && calmFa39(ctx, evidence)) score = Math.min(score, 0.9);
    if ((!hasWords && !echoed.score && !conceded.score && !finglish31.score && !ironic31.score && !sourThanks31.score && !whatKind31.score && !notAnswered32.score && !delight32.score && !demand33.score && !understated33.score && !opener33.score && !ironic35.score && !sure35.score && !done35.score && !verdict39.score && !fa32.score && !fa33.score) || score < THRESHOLD) return { score: hasWords ? score : Math.min(score, 0.5), cues: [] };
    const strong = score >= STRONG;
    return { score, cues: [cue('frustrated', strong ? 'strong' : 'warning', strong ? 'tone.cue.frustratedStrong' : 'tone.cue.frustrated', evidence)] };
  },
};

/** No hits (glad and faults of a message without emoji: never read). */
const NO_HITS_HERE: Hit[] = [];

const NEG_EMOJI = /[\u{1f610}\u{1f611}\u{1f620}\u{1f621}\u{1f92c}\u{1f624}\u{1f612}\u{1f644}\u{1f61e}\u{1f629}\u{1f62b}\u{1f622}\u{1f62d}\u{1f44e}\u{1f4a9}]|^[:;=8][-'^]?[(\[\/\\|]$/u;

export const strings = {
  en: {
    'tone.cue.frustrated': 'Frustrated: acknowledge that first',
    'tone.cue.frustratedStrong': 'Very upset: apologise and own the problem before anything else',
    'tone.why.feeling': 'says how they feel',
    'tone.why.judgement': 'judges the service',
    'tone.why.complaint': 'complains of a wait or silence',
    'tone.why.escalation': 'asks to escalate or threatens to leave',
    'tone.why.rude': 'swears',
    'tone.why.sarcasm': 'sarcasm: praise around a failure',
    'tone.why.irony': 'ironic quotes',
    'tone.why.notHappy': 'says they are not happy',
    'tone.why.punctuation': 'repeated ! or ?',
    'tone.why.caps': 'writes in capitals',
    'tone.why.emoji': 'angry or sad emoji',
    'tone.why.failure': 'reports a failure they suffered',
    'tone.why.politeAnger': 'courtesy that announces a complaint',
    'tone.why.brokenPromise': 'a promise that was not kept',
    'tone.why.rhetorical': 'asks whether anyone is reading',
    'tone.why.rhetoricalQuestion': 'asks a question that is really a complaint',
    'tone.why.impatient': 'asks when, with ?? or ?!',
    'tone.why.threat': 'says they will escalate or leave',
    'tone.why.emphasis': 'draws a word out for emphasis',
  },
  fa: {
    'tone.cue.frustrated': 'کلافه است: اول ناراحتی‌اش را به رسمیت بشناسید',
    'tone.cue.frustratedStrong': 'خیلی ناراحت است: پیش از هر چیز عذرخواهی کنید و مسئولیت را بپذیرید',
    'tone.why.feeling': 'از حالش می‌گوید',
    'tone.why.judgement': 'دربارهٔ خدمات قضاوت تندی دارد',
    'tone.why.complaint': 'از انتظار یا بی‌جوابی شاکی است',
    'tone.why.escalation': 'مدیر یا شکایت می‌خواهد یا تهدید به رفتن می‌کند',
    'tone.why.rude': 'ناسزا گفته',
    'tone.why.sarcasm': 'کنایه: تعریف در کنار یک خرابی',
    'tone.why.irony': 'نقل‌قول کنایه‌آمیز',
    'tone.why.notHappy': 'می‌گوید راضی نیست',
    'tone.why.punctuation': '«!» یا «؟» پشت سر هم',
    'tone.why.caps': 'با حروف بزرگ نوشته',
    'tone.why.emoji': 'شکلک خشم یا ناراحتی',
    'tone.why.failure': 'از خرابی‌ای که به او آسیب زده می‌گوید',
    'tone.why.politeAnger': 'تعارفی که پیش از شکایت می‌آید',
    'tone.why.brokenPromise': 'قولی که عمل نشده',
    'tone.why.rhetorical': 'می‌پرسد اصلاً کسی پیامش را می‌خواند یا نه',
    'tone.why.rhetoricalQuestion': 'سؤالی می‌پرسد که در واقع گلایه است',
    'tone.why.impatient': 'با ؟؟ یا ؟! می‌پرسد کی',
    'tone.why.threat': 'می‌گوید شکایت می‌کند یا می‌رود',
    'tone.why.emphasis': 'برای تأکید حرفی را کشیده',
  },
} as const;
