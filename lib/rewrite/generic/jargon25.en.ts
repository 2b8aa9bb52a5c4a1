/**
 * rwen25: an acronym the public does not know, read by inverting the list (issue 12). Fresh writers in every trade use
 * back-office acronyms no list of ours holds; instead of listing theirs, this reader lists the acronyms customers do know
 * (EVERYDAY_ACRONYMS below, with jargon.ts's KNOWN and jargon.caps.en.ts's KNOWN_CAPS_EN) and reads any other short code in
 * capitals as jargon where its sentence uses it as a thing of the business:
 *
 * - after a determiner or a possessive noun ("waiting on the HBL", "transfer the APA", "updated your mum's POC"), three or
 *   four capitals (an optional plural "s");
 * - as a modifier after "on / in / under / pending" with a lower-case word after it ("on RX verif hold");
 * - as a verb with "'d" ("got FF'd", "it was QC'd").
 *
 * Never: a word in capitals for emphasis (a dictionary word, EMPHASIS_WORDS or the lexicon's; "the SAME card", "do NOT"), a
 * code naming a team or a desk ("the XQT team will call you": the name of who calls), a code next to another word in capitals or a capitalised name (a label, a title, a brand: "the CHECK IN desk", "the AXA
 * policy team"), a code with digits (a model, an order or a booking number, a postcode: never read here), a code before a
 * number ("BA 245") or after one, a code the customer types or sees ("use code", "press", "the X button / key / app / code"),
 * the customer's own thing ("your CRM"), a code inside quotation marks, a sentence in capitals (the caller checks), a
 * code explained in the sentence (the caller checks). Advice, like every jargon hit: only the agent knows what it stands for.
 */
import type { Token } from '../../nlp/index.ts';
import { ADJECTIVES, CLOSED, NOUNS, VERBS } from '../../nlp/lexicon.en.ts';
import { words } from './en.ts';
import { KNOWN_CAPS_EN } from './jargon.caps.en.ts';

/**
 * Acronyms customers know, from general knowledge (not from development items): everyday life, health, money, school and
 * exams, work titles, vehicles, travel, media and big brands written in capitals, tech, units, currencies, time zones, US
 * states and Canadian provinces, countries, chat shorthand.
 */
export const EVERYDAY_ACRONYMS = words(`
  aka asap bbq byo diy eta etd faq fyi rsvp ps pps nb vip sos rip ufo ok tba aob pto pov ootd tldr
  lol lmk tbh imo imho idk ngl omg brb ty thx np ttyl irl gg afaik iirc smh fwiw rofl wtf jk bff dm dms pm im cc bcc
  gp nhs ae icu mri ct pet ecg ekg eeg iv bp hr bmi dna rna hiv aids covid sti std ivf pcr adhd ocd ptsd asd ibs copd
  uti cpr aed ent ob gyn obgyn hrt iud pms tb ms als rsv hpv mmr bcg pt ot ppe gps dds rn lpn np md do er or
  ssn itin ein dmv irs hmo ppo epo hsa fsa ira aca cobra va pip dla esa jsa uc dwp hmrc paye nic nino utr dbs crb
  atm pin iban bic swift bacs chaps sepa apr apy aer isa lisa sipp etf ipo nft ppi ccj iva vat gst hst pst cvv cvc
  emv pos bnpl dd rrp msrp bogo bogof po poa tos eula gdpr hipaa ccpa amex jcb visa paypal
  gcse gcses sat sats act gpa phd mba msc bsc ma ba llb llm ucas fafsa ielts toefl gre gmat lsat mcat ib ap sen ehcp
  pgce qts nvq btec hnd cpd ta pe it ict re pta ofsted sats ks
  ceo cfo coo cto cmo vp md hr pr pa llc ltd plc inc co gmbh llp b2b b2c sme smb ngo who nato un eu
  mot nct suv mpv ev evs phev hev vin abs esp awd fwd rwd 4wd 4x4 rv atv hgv lgv mpg mph kph rpm dpf ecu tpms
  esta etias ehic ghic tsa cbp iata bnb b&b
  bbc itv cnn hbo espn nba nfl mlb nhl ufc wwe mtv pbs npr cbs abc nbc fox sky
  ibm hp lg bmw vw kfc ikea hsbc rbs tsb axa aig asos jd ee bt aa rac ncp dfs ao hmv asda bp esso amc cvs rei usaa pnc
  td rbc bmo cibc ing bnp ubs nyse nasdaq imdb ymca gm ge ups dhl dpd tnt usps evri gls ctt rm
  html css js php sql xml json api url usb hdmi vga dvi cpu gpu ram rom ssd hdd nas lan wan wlan dns isp ip tcp udp
  smtp imap pop ftp ssh vpn dsl adsl vdsl fttp fttc ftth sim pin puk imei otp sms mms nfc rfid qr gps lte ai vr ar
  os pc mac tv hdtv uhd hdr oled qled led lcd bt wps wep wpa ssid bios uefi rgb dslr slr cctv dvr pvr iptv dab fm am
  cd dvd mp3 mp4 pdf jpg jpeg png gif zip doc docx xls xlsx ppt csv txt raw heic mov avi sd psu hvac ac dc
  www http https app apps ios usb-c ota pwa seo cms saas it
  mb gb tb kb mg mcg ml lb lbs oz ft yd kg km cm mm kw kwh btu cc hp dpi ppi fps bpm mah ah psi amp
  gmt bst utc est edt cst cdt mst mdt pst pdt cet cest aest aedt ist jst hkt sgt nzst nzdt ast
  hkd sgd nzd zar mxn brl rub krw thb idr myr php vnd sar qar kwd btc eth usdt
  al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri
  sc sd tn tx ut vt va wa wv wi wy dc on bc ab qc ns nb mb sk pe nl yt nt nu
  uk usa uae nz ksa prc drc dprk nyc ldn
  am pm bc ad ce bce xs xl xxl xxxl
  cdc fda epa nih nbn nbs ssa pcp nyu ucla mit usc lse ucl kcl
  ecb boe fed imf wto oecd opec wef
  shh hmm ugh argh brr psst grr zzz tsk hmmm pfft
  uv spf ir agm egm hoa dob pvc upvc mdf pla tpu hdpe abs
  caa fca fos ico asa cma cqc bbb ftc sec doj dot faa fcc cfpb ntsb osha hse tpo dvsa
  ewr lga dfw den sea bos mia phx iad dca mco las msp dtw phl clt yyz yvr yul syd mel bne akl hkg sin nrt hnd icn pek pvg
  del bom doh auh muc zrh vie cph arn osl hel dub lis bru mxp lin ath brs bhx ncl lpl ema abz bfs
  mkv wav aac flac epub mobi svg eps psd tiff bmp webp ogg wma
`);

/** Words written in capitals for emphasis, not in the lexicon's closed classes: the adjectives, adverbs and nouns agents stress. */
const EMPHASIS_WORDS = words(`
  all any bad big due few fun hot low new odd old one own red sad top two ten six yes yet non max min lot lots
  best last full must just only what this that with back sent lost kept held help stop call shop ship hold most much
  such both from then them when each long soft hard cold warm dark pink gold west next fast slow high kind plus cash
  card gift list text pack test deal sale free same fine sure till west east north south left right wrong first still
  whole exact extra total final real main once twice new fresh clean dry wet open shut done paid sold void late early
  end not now ask pay use try fix get got put run see set buy did how why who via per off out way day job key box tax
  fee bin bag cap car van bus cup tip sum net gross spam urgent today never ever also soon dont wont cant isnt
  cat dog pet egg arm leg eye ear hat bed pen mug fan gas oil tea sun sea sky map art age aid air bar bat bee bit bow
  boy bug cab cow cry cut dad mum mom den dip dot dye elf era fog fox fur gap gel gem gum gun gut guy gym ham hen hip
  hug hut ice ink inn jam jar jaw jet jog joy kid kit lab lap law lid lip log mat mop mud nap nut oak owl pad pan pat
  paw pea pie pig pit pod pop pot pub pup rag ram rat ray rib rod row rug rum rye sap saw sir ski son spa spy sub tab tag
  tan tap tar tie tin toe ton toy tub tug vet war wax web wig wok yam zoo fab wow yay boo
`);

/** ("this / that X" is left out: a student's "this DBQ", a fan's "that TKAM" talk of their own world, not ours.) */
const DETERMINERS = words('the a an our their his her its any each no every another');
/** Words after a code that make it a thing the customer types, presses or runs: a label on their screen or a product's name. */
const LABEL_NEXT = words(`
  button key tab menu option field box code app website site page store shop brand model series version plan edition
  range kit pack line collection logo sign card number ref reference account login portal channel network file format
  team teams department dept desk office
`);
/** Words before a code that make it a code the customer types or sees. */
const LABEL_BEFORE = words('code use enter type press select click tap text reply key button option menu dial choose hit tick');
/** Participles of a thing ended or taken away. */
const ENDED = words('cancelled canceled withdrawn removed waived refunded voided dropped lifted closed quashed overturned rescinded');
/** The customer's own thing: "your CRM". */
const OWN = words('your ur yr yours');
/** Prepositions before a code used as a modifier ("on RX verif hold", "in QA review"). */
const MODIFIER_BEFORE = words('on in under pending awaiting into');

const isCapsCode = (s: string) => /^[A-Z]{2,4}s?$/.test(s) && /[A-Z]{2}/.test(s.slice(0, 2));
const capitalised = (t: Token | undefined) => !!t && t.word && /^[A-Z]/.test(t.text);

/** The lower-case acronym (without a plural "s"), when it is no known acronym and no word. */
function unknownAcronym(t: Token): string {
  const core = t.text.endsWith('s') ? t.text.slice(0, -1) : t.text;
  const lower = core.toLowerCase();
  if (EVERYDAY_ACRONYMS.has(lower) || KNOWN_CAPS_EN.has(lower) || EMPHASIS_WORDS.has(lower)) return '';
  if (EVERYDAY_ACRONYMS.has(t.norm) || KNOWN_CAPS_EN.has(t.norm) || EMPHASIS_WORDS.has(t.norm)) return '';
  if (CLOSED.has(lower) || VERBS.has(lower) || ADJECTIVES.has(lower) || NOUNS.has(lower)) return '';
  // A word in capitals ("BEST", "TOYS", "BOMB", "SAME"): four letters count only with no vowel after the first ("ANPR", "FSCS").
  if (core.length === 4 && /[AEIOUY]/.test(core.slice(1))) return '';
  if (/(?:ED|ING|LY)$/.test(core)) return '';
  return lower;
}

/** Whether token k sits between quotation marks in its sentence (quoted words are someone else's). */
function quoted(text: string, t: Token): boolean {
  const before = text.slice(0, t.start);
  const straight = (before.match(/"/g)?.length ?? 0) % 2 === 1;
  const curly = before.lastIndexOf('“') > before.lastIndexOf('”');
  return straight || curly;
}

/** The previous and next tokens that are words, skipping none but punctuation-free neighbours. */
const at = (tokens: readonly Token[], k: number): Token | undefined => (k >= 0 && k < tokens.length ? tokens[k] : undefined);

/**
 * Whether token k is an acronym the public does not know, used as a thing of the business (see the header). Cheap gate
 * first: two capital letters at the start of the token.
 */
export function unknownAcronymAt(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const c0 = t.text.charCodeAt(0);
  const c1 = t.text.charCodeAt(1);
  if (!(c0 >= 65 && c0 <= 90 && c1 >= 65 && c1 <= 90) || t.lang !== 'en' || !isCapsCode(t.text)) return false;
  if (!unknownAcronym(t)) return false;
  const p1 = at(tokens, k - 1);
  const n1 = at(tokens, k + 1);
  const n2 = at(tokens, k + 2);
  // "FF'd", "QC'd": the code used as a verb (the layer reads "'d" as "would"; the text says "'d").
  const verbed = !!n1 && n1.start === t.end && /^['’]d$/i.test(n1.text) && !(n2 && n2.word && /^(?:like|love|prefer|rather|be|have)$/.test(n2.norm));
  const core = t.text.replace(/s$/, '');
  if (!verbed && core.length < 3 && !(p1 && MODIFIER_BEFORE.has(p1.norm))) return false;
  // A neighbour in capitals or a name: a label, a title, a brand ("the CHECK IN desk", "AXA Insurance", "Samsung QLED").
  if (n1 && n1.word && n1.start - t.end <= 1 && capitalised(n1) && !verbed) return false;
  if (p1 && p1.word && capitalised(p1) && k - 1 > 0 && !/^(?:I|The|A|An|Our|This|That|On|In)$/.test(p1.text)) return false;
  // A number before or after: a flight, a model, a unit, a reference ("BA 245", "5 LBS").
  if ((n1 && /^\d/.test(n1.text)) || (p1 && /^\d/.test(p1.text)) || (n1 && n1.start === t.end && /^[-/#\d]/.test(n1.text) && !verbed)) return false;
  if (p1 && (OWN.has(p1.norm) || LABEL_BEFORE.has(p1.norm))) return false;
  // A grade or a variant glued on ("PLA+", "HDR10", "XYZ/2"): a product's name.
  if (/^[+&/*#@\d]/.test(text.slice(t.end, t.end + 1))) return false;
  // The customer's own notice or record ended ("the PCN cancelled", "the CCJ removed"): good news, in their own word.
  if (n1 && n1.word && ENDED.has(n1.norm)) return false;
  if (n1 && n1.word && LABEL_NEXT.has(n1.norm)) return false;
  if (quoted(text, t)) return false;
  if (verbed) return true;
  if (!p1 || !p1.word) return false;
  // After a determiner or a possessive noun ("the HBL", "your mum's POC"), three or four capitals.
  if (DETERMINERS.has(p1.norm)) return true;
  if (p1.norm === "'s" && at(tokens, k - 2)?.word && !OWN.has(at(tokens, k - 2)!.norm)) return true;
  // A modifier: "on RX verif hold", "in QA review" (a lower-case word after it that is no function word).
  if (MODIFIER_BEFORE.has(p1.norm) && n1 && n1.word && /^[a-z]{3,}$/.test(n1.text) && !CLOSED.has(n1.norm)) return true;
  return false;
}
