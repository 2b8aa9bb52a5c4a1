/**
 * English back-office vocabulary by trade (rwen10): the codes, acronyms and in-house words agents of many trades paste
 * into replies, which a customer reading the reply would not know. Each entry says why a customer would not know it and
 * what to say instead (`plain`): the advice shown is "say “plain”, or explain it". Read by `readJargonEn` (jargon.ts)
 * in one call, `enTradeJargonAt`, before its own tables.
 *
 * Written from how these back offices talk, not from any split's misses. Trust before coverage: a listed word is jargon
 * in every sentence it appears in, or it carries a condition (written in capitals, after a determiner, in a sentence
 * about a ticket or a payment). Left out on purpose, because customers use them or see them on their own paperwork:
 * PIN, PDF, Wi-Fi, OTP, SMS, IBAN, sort code, SWIFT, BACS and CHAPS alone (on UK statements and payslips), ISA and "ISA
 * transfer", "excess" and "deductible" (the policy's own words), "no-show", "chargeback", "customs", "held at customs",
 * "estimated reading", "copay", words printed on the customer's own statements and order pages and used in good-news
 * updates ("backordered", "provisional credit", "ex gratia payment", "value date", "comped"), HMO/PPO/PCP, FAFSA, UTR, P45/P60, PCN, SSO and "rate limit" (the words of the admins and
 * developers who write to a SaaS desk), "sandbox", "cache", "ticket", "escalate", "pre-order", "cut-off", "tenant" alone (a landlord's tenant), "cot", "mop", "bar".
 *
 * An entry the agent already explains ("your RMA (return authorisation) number", "the MPAN, the number on your meter")
 * is left alone by the reader (jargon.ts: `explainedAt`).
 */
import type { Token } from '../../nlp/index.ts';

/**
 * How an entry is read. `caps`: one token written in capitals (digits allowed), never after a number ("5 LB"); `word`:
 * one token in any case (no everyday English reading); `det`: in capitals and after the, your, our, a, this; `phrase`:
 * tokens in any case, slots split by spaces, `a|b` alternatives; `ctx`: only in a
 * sentence about a ticket, a team, a payment or an account (the words have everyday readings too).
 */
type Kind = 'caps' | 'word' | 'det' | 'phrase';
export interface TradeTerm {
  /** Lower-case key (a token's norm) or, for a phrase, its slots. */
  key: string;
  kind: Kind;
  /** What to say instead, in words a customer knows. */
  plain: string;
  /** Why a customer would not know it (documentation; not shown). */
  why: string;
  ctx?: true;
}
export interface Trade {
  trade: string;
  terms: readonly TradeTerm[];
}

const c = (key: string, plain: string, why: string, ctx?: true): TradeTerm => ({ key, kind: 'caps', plain, why, ctx });
const w = (key: string, plain: string, why: string, ctx?: true): TradeTerm => ({ key, kind: 'word', plain, why, ctx });
const d = (key: string, plain: string, why: string, ctx?: true): TradeTerm => ({ key, kind: 'det', plain, why, ctx });
const p = (key: string, plain: string, why: string, ctx?: true): TradeTerm => ({ key, kind: 'phrase', plain, why, ctx });

export const EN_TRADES: readonly Trade[] = [
  {
    trade: 'airlines and travel',
    terms: [
      w('pnr', 'booking reference', 'the reservation system’s record locator; the customer sees "booking reference" on the ticket'),
      c('adm', 'a charge the airline made to the travel agent', 'Agency Debit Memo: a billing document between airline and agent'),
      w('irop', 'flight disruption', 'irregular operations: the airline’s word for delays and cancellations'),
      w('irops', 'flight disruption', 'irregular operations, plural'),
      c('ssr', 'special request (a wheelchair, a meal)', 'Special Service Request: a code in the booking'),
      c('emd', 'receipt for the extra service', 'Electronic Miscellaneous Document: what seat and bag fees are issued on'),
      c('tktl', 'the deadline to pay for the ticket', 'ticketing time limit, a GDS field'),
      p('ticketing time limit', 'the deadline to pay for the ticket', 'a GDS field'),
      c('oal', 'another airline', 'other airline: interline shorthand'),
      c('apis', 'passport details for the flight', 'Advance Passenger Information System'),
      c('mct', 'the shortest time allowed between flights', 'minimum connecting time'),
      c('wchr', 'wheelchair assistance', 'the SSR code for a wheelchair'),
      c('umnr', 'travelling-alone service for children', 'the SSR code for an unaccompanied minor'),
      w('pax', 'passengers', 'the trade’s shorthand for passengers'),
      w('invol', 'a change the airline made', 'involuntary: the airline changed or cancelled the flight'),
      p('involuntary refund|reroute|reissue|change|downgrade', 'a change the airline made', 'fare-rule word for a change the airline caused'),
      p('fare basis', 'the fare type', 'the fare’s code in the tariff'),
      p('married segment|segments', 'flights booked together as one fare', 'a revenue-management word'),
      p('waiver code', 'the airline’s permission to change the ticket for free', 'a GDS field'),
      c('gds', 'the booking system', 'Global Distribution System (Amadeus, Sabre)'),
    ],
  },
  {
    trade: 'telecom and broadband',
    terms: [
      c('pac', 'the code to keep your number when you switch', 'Porting Authorisation Code: regulator’s name for it'),
      c('stac', 'the code to end your contract when you switch', 'Service Termination Authorisation Code'),
      w('port-in', 'moving your number to us', 'the porting system’s direction word'),
      w('port-out', 'moving your number to your new provider', 'the porting system’s direction word'),
      p('porting authority|window|reject|rejection', 'moving your number', 'the porting desk’s workflow words'),
      p('imei lock|locked|block|blocked|barred|blacklist|blacklisted|bar', 'the phone is blocked on the network', 'the network’s block list by handset serial'),
      w('cpe', 'your router or equipment', 'customer premises equipment'),
      c('dslam', 'the equipment at the exchange', 'exchange equipment a customer never sees'),
      c('ont', 'the fibre box on your wall', 'optical network terminal'),
      c('rfs', 'the date your service goes live', 'ready for service'),
      c('llu', 'our equipment at the exchange', 'local loop unbundling'),
      c('wlr', 'the phone line we rent from the network', 'wholesale line rental'),
      p('donor|recipient|losing|gaining network|operator|carrier', 'your old (new) network', 'the porting process’s names for the two networks'),
      c('noc', 'our network team', 'network operations centre'),
      p('soft|hard cease', 'closing the line', 'the network’s words for ending a line'),
      c('hlr', 'our network’s register of your SIM', 'home location register'),
      c('imsi', 'your SIM’s network identity', 'the SIM’s subscriber identity'),
    ],
  },
  {
    trade: 'banking and payments',
    terms: [
      c('ach', 'bank transfer', 'Automated Clearing House: the interbank network, not the customer’s word'),
      c('addacs', 'a Direct Debit cancellation message from your bank', 'a Bacs messaging code'),
      c('auddis', 'Direct Debit set-up message', 'a Bacs messaging code'),
      c('arucs', 'a returned Direct Debit message', 'a Bacs messaging code'),
      c('ddi', 'Direct Debit', 'Direct Debit Instruction'),
      p('bacs cycle|recall|return|run|file|submission|rejection', 'bank transfer', 'the clearing cycle’s internal steps'),
      c('fps', 'Faster Payments', 'the scheme’s abbreviation'),
      w('mt103', 'the bank’s confirmation of the payment', 'a SWIFT message type'),
      c('uetr', 'the payment’s tracking number', 'SWIFT gpi reference'),
      c('arn', 'the refund’s tracking number from the card network', 'acquirer reference number'),
      c('rrn', 'the transaction reference', 'retrieval reference number'),
      d('tid', 'the card machine’s number', 'terminal ID'),
      w('nostro', 'our account at the other bank', 'interbank settlement account'),
      w('vostro', 'the other bank’s account with us', 'interbank settlement account'),
      p('chargeback code|reason', 'the reason the card company gave', 'the card scheme’s dispute code'),
      // ACH return codes (R01 insufficient funds, R02 account closed, …), in a sentence about a payment.
      ...['r01', 'r02', 'r03', 'r04', 'r07', 'r08', 'r10', 'r16', 'r20', 'r29'].map((r) => c(r, 'the reason your bank sent the payment back', 'a NACHA return code', true)),
      c('edd', 'extra identity checks', 'enhanced due diligence (also "estimated delivery date")', true),
      w('kyc', 'identity checks', 'know your customer'),
      c('aml', 'anti-money-laundering checks', 'the compliance team’s acronym'),
      p('reg e|regulation e', 'your rights to dispute a card payment', 'the US rule’s name'),
    ],
  },
  {
    trade: 'insurance',
    terms: [
      w('fnol', 'your first report of the claim', 'first notification of loss'),
      w('subrogation', 'recovering the cost from the other side’s insurer', 'the insurer’s legal term'),
      c('ncd', 'no-claims discount', 'the abbreviation on the insurer’s screen'),
      c('ncb', 'no-claims bonus', 'the abbreviation on the insurer’s screen'),
      c('tpa', 'the company that handles claims for us', 'third-party administrator'),
      c('tpi', 'the other driver’s insurer', 'third-party insurer'),
      d('tp', 'the other driver', 'third party'),
      c('mta', 'a change to your policy', 'mid-term adjustment'),
      c('dol', 'the date of the incident', 'date of loss'),
      p('cue check|database|search|record', 'the shared claims database', 'Claims and Underwriting Exchange'),
      w('declinature', 'the refusal of the claim', 'the claims desk’s word for a refusal'),
      p('uw|u/w review|team|referral|approval|decision', 'our underwriters', 'underwriting shorthand'),
      p('underwriting referral', 'a check by our underwriters', 'the insurer’s internal step'),
      p('reserve|reserves on|for the claim', 'the amount set aside for the claim', 'a claims accounting figure', true),
    ],
  },
  {
    trade: 'logistics and delivery',
    terms: [
      p('dim|dimensional weight|weights|wt', 'the weight charged for the parcel’s size', 'carriers’ volumetric pricing'),
      c('ddp', 'import duties paid by the sender', 'an Incoterm'),
      c('dap', 'import duties paid by you on delivery', 'an Incoterm'),
      c('ddu', 'import duties paid by you on delivery', 'an Incoterm'),
      c('exw', 'collected from the seller', 'an Incoterm'),
      w('incoterm', 'who pays shipping and duties', 'trade terms'),
      w('incoterms', 'who pays shipping and duties', 'trade terms'),
      p('hs code|codes|classification', 'the customs code for the item', 'Harmonised System tariff code'),
      c('ltl', 'a shared lorry load', 'less than truckload'),
      c('ftl', 'a full lorry load', 'full truckload'),
      c('bol', 'the shipping document', 'bill of lading'),
      w('3pl', 'our warehouse partner', 'third-party logistics'),
      w('last-mile', 'the local delivery', 'the carrier’s final leg'),
      w('first-mile', 'the collection', 'the carrier’s first leg'),
      p('last|first mile carrier|partner|depot|team|courier|delivery|provider', 'the local delivery', 'the carrier’s legs'),
      w('sortation', 'sorting', 'the depot’s word'),
      w('cross-dock', 'the transfer depot', 'the depot’s word'),
      p('exception scan|status|code', 'a delivery problem', 'a tracking event code'),
      c('ofd', 'out for delivery', 'a tracking status code'),
      w('consignee', 'the person receiving the parcel', 'the carrier’s legal word'),
      w('consignor', 'the sender', 'the carrier’s legal word'),
      c('rts', 'sent back to us', 'return to sender'),
      c('ndr', 'a failed delivery report', 'non-delivery report'),
      c('awb', 'the tracking number', 'air waybill'),
      w('demurrage', 'port storage charges', 'a shipping charge term'),
      w('drayage', 'the lorry trip from the port', 'a shipping term'),
      c('pudo', 'pick-up point', 'pick-up / drop-off'),
      c('etd', 'departure date', 'estimated time of departure'),
      c('cfs', 'the port warehouse', 'container freight station'),
    ],
  },
  {
    trade: 'SaaS and IT',
    terms: [
      c('scim', 'automatic user set-up from your sign-in provider', 'a provisioning protocol'),
      c('saml', 'your company sign-in', 'the sign-in protocol'),
      c('jwt', 'the sign-in token', 'JSON Web Token'),
      c('cors', 'a browser security setting', 'cross-origin resource sharing'),
      c('ttl', 'how long the old setting is kept', 'time to live'),
      p('dns propagation', 'the time the new setting takes to reach everyone', 'a network engineer’s word'),
      p('tenant id|migration|level|admin|isolation|config', 'your account', 'the platform’s multi-tenant architecture'),
      w('multi-tenant', 'shared', 'architecture word'),
      w('hotfix', 'a quick fix', 'an engineering word for an urgent patch'),
      w('rollback', 'undoing the update', 'an engineering word'),
      w('repro', 'steps to make it happen again', 'clipped "reproduction"'),
      p('repro steps|case', 'steps to make it happen again', 'clipped "reproduction"'),
      p('next|current|upcoming|following|this sprint', 'an upcoming update', 'the team’s two-week planning cycle'),
      p('in|on|to|into prod', 'the live system', 'clipped "production"'),
      p('the|a|our regression', 'a fault our last update caused', 'a tester’s word', true),
      c('eol', 'no longer supported', 'end of life'),
      c('idp', 'your sign-in provider', 'identity provider'),
      p('root-caused|root caused', 'found the cause', 'an engineering verb'),
    ],
  },
  {
    trade: 'e-commerce and retail',
    terms: [
      w('rma', 'return number', 'return merchandise authorisation'),
      w('sku', 'the product code', 'stock keeping unit'),
      w('skus', 'the product codes', 'stock keeping units'),
      w('drop-ship', 'sent straight from the supplier', 'a fulfilment model'),
      w('drop-shipped', 'sent straight from the supplier', 'a fulfilment model'),
      w('dropship', 'sent straight from the supplier', 'a fulfilment model'),
      w('dropshipped', 'sent straight from the supplier', 'a fulfilment model'),
      w('drop-shipper', 'the supplier who sends it', 'a fulfilment model'),
      c('wismo', '"where is my order" enquiry', 'the contact centre’s tag'),
      c('moq', 'minimum order quantity', 'the buyer’s abbreviation'),
      p('cycle count', 'a stock check', 'the warehouse’s word'),
      c('oos', 'out of stock', 'the stock system’s status'),
      c('asn', 'the delivery notice', 'advance shipping notice'),
      c('pdp', 'the product page', 'product detail page'),
      c('plp', 'the product list', 'product listing page'),
      c('nps', 'our feedback survey', 'net promoter score'),
    ],
  },
  {
    trade: 'energy and water',
    terms: [
      w('mpan', 'the electricity supply number on your bill', 'Meter Point Administration Number'),
      w('mprn', 'the gas supply number on your bill', 'Meter Point Reference Number'),
      w('smets1', 'first-generation smart meter', 'the meter’s technical specification'),
      w('smets2', 'second-generation smart meter', 'the meter’s technical specification'),
      c('dcc', 'the smart meter network', 'Data Communications Company'),
      c('dno', 'the local network operator', 'distribution network operator'),
      c('mop', 'the meter operator', 'meter operator (also "mop")'),
      c('ppm', 'prepayment meter', 'the billing system’s code'),
      c('solr', 'the supplier appointed when your old one closed', 'supplier of last resort'),
      c('eac', 'your estimated yearly use', 'estimated annual consumption (also Easy Anti-Cheat)'),
      p('cot process|form|date|read|reading|flag', 'moving-home update', 'change of tenancy'),
      p('d0010|d10 flow|read|reading', 'meter reading', 'an industry data flow'),
    ],
  },
  {
    trade: 'healthcare administration',
    terms: [
      w('eob', 'the statement from your insurer', 'explanation of benefits'),
      c('cpt', 'the procedure code', 'Current Procedural Terminology'),
      c('icd', 'the diagnosis code', 'International Classification of Diseases'),
      w('hcpcs', 'the procedure code', 'Healthcare Common Procedure Coding System'),
      c('drg', 'the hospital billing group', 'diagnosis-related group'),
      c('oon', 'out of network', 'the claim system’s abbreviation'),
      c('abn', 'a notice that your plan may not pay', 'Advance Beneficiary Notice'),
      c('ndc', 'the drug code', 'National Drug Code'),
      w('superbill', 'an itemised receipt', 'a billing office word'),
      c('mrn', 'your patient number', 'medical record number'),
      c('ehr', 'our medical record system', 'electronic health record'),
      c('emr', 'our medical record system', 'electronic medical record'),
      p('prior auth', 'approval from your insurer before treatment', 'the payer’s process name'),
      p('coordination of benefits', 'which insurer pays first', 'the payer’s process name'),
      w('formulary', 'the list of medicines your plan covers', 'the pharmacy-benefit word'),
      p('step therapy', 'trying a cheaper medicine first', 'the payer’s rule name'),
      c('daw', 'dispense as written (no generic)', 'a prescription code'),
    ],
  },
  {
    trade: 'games and online platforms',
    terms: [
      p('ban wave', 'a round of account bans', 'the anti-cheat team’s word'),
      w('hwid', 'a ban on your device', 'hardware ID'),
      c('rmt', 'real-money trading', 'the trust team’s abbreviation'),
      p('hardware ban|id', 'a ban on your device', 'the anti-cheat team’s word'),
      w('shadowbanned', 'limited without notice', 'a moderation word'),
      w('shadowban', 'a hidden limit on your account', 'a moderation word'),
    ],
  },
  {
    trade: 'hotels',
    terms: [
      // Not "the folio edition" of a book: only the hotel's own readings.
      p('your|guest|room|master|final|hotel folio', 'your bill', 'the property system’s word for the guest bill'),
      d('pms', 'our booking system', 'property management system'),
      p('bar rate', 'our standard rate', 'best available rate'),
      p('city ledger', 'our accounts team’s billing', 'a hotel accounting word'),
      p('rack rate', 'the full price', 'a hotel pricing word'),
    ],
  },
  {
    trade: 'education',
    terms: [
      p('bursar|bursar’s|bursars hold', 'a hold for unpaid fees', 'the finance office’s account block'),
      p('registrar hold', 'a hold on your registration', 'the records office’s account block'),
      c('coa', 'the estimated cost of attendance', 'cost of attendance'),
      c('isir', 'your processed aid application', 'Institutional Student Information Record'),
      c('efc', 'your expected family contribution', 'expected family contribution'),
      w('r2t4', 'the return of federal aid when you withdraw', 'the Return of Title IV calculation'),
      c('sis', 'the student records system', 'student information system'),
    ],
  },
  {
    trade: 'government and public services',
    terms: [
      c('nino', 'National Insurance number', 'the department’s abbreviation'),
      w('sa302', 'your tax calculation', 'a form number'),
      d('mr', 'a request to look at the decision again', 'mandatory reconsideration'),
      c('crn', 'customer reference number', 'the department’s abbreviation'),
    ],
  },
  {
    trade: 'car hire and motoring',
    terms: [
      c('cdw', 'damage cover', 'collision damage waiver'),
      c('ldw', 'damage and theft cover', 'loss damage waiver'),
      c('scdw', 'extra damage cover', 'super collision damage waiver'),
      c('dtc', 'the fault code', 'diagnostic trouble code'),
    ],
  },
  {
    trade: 'collections and lettings',
    terms: [
      c('dca', 'the debt collection agency', 'the creditor’s abbreviation'),
      w('charge-off', 'written off as a loss', 'the lender’s accounting term'),
      w('charged-off', 'written off as a loss', 'the lender’s accounting term'),
      c('ast', 'your tenancy agreement', 'assured shorthold tenancy'),
    ],
  },
  {
    trade: 'any back office',
    terms: [
      c('pfa', 'attached', 'please find attached: office shorthand'),
      c('nfa', 'no further action', 'office shorthand'),
      c('bau', 'as usual', 'business as usual'),
      c('eod', 'end of the day', 'office shorthand'),
      c('cob', 'close of business', 'office shorthand'),
      c('ooo', 'out of office', 'office shorthand'),
      c('tat', 'turnaround time', 'office shorthand'),
      c('wip', 'work in progress', 'office shorthand'),
    ],
  },
];

/** One listed entry compiled: its slots (a phrase) or single key, with the construction id it is read as. */
interface Compiled {
  slots: ReadonlySet<string>[];
  kind: Kind;
  ctx: boolean;
  plain: string;
  construction: string;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Construction id of an entry: one per plain wording, so the advice names it and an agent can silence one term's kind. */
const constructionOf = (t: TradeTerm) => `trade-jargon-${slug(t.plain)}`;

const COMPILED: Compiled[] = [];
for (const tr of EN_TRADES)
  for (const t of tr.terms) {
    const slots = t.kind === 'phrase' ? t.key.split(' ').map((s) => new Set(s.split('|'))) : [new Set([t.key])];
    COMPILED.push({ slots, kind: t.kind, ctx: t.ctx === true, plain: t.plain, construction: constructionOf(t) });
  }
const BY_FIRST = new Map<string, Compiled[]>();
for (const x of COMPILED)
  for (const k of x.slots[0]) {
    const l = BY_FIRST.get(k);
    if (l) l.push(x);
    else BY_FIRST.set(k, [x]);
  }
// Longest phrases first, so "ticketing time limit" wins over a shorter reading.
for (const l of BY_FIRST.values()) l.sort((a, b) => b.slots.length - a.slots.length);

/** Construction id -> the plain wording to offer (for the advice text). */
export const EN_TRADE_PLAIN: ReadonlyMap<string, string> = new Map(COMPILED.map((x) => [x.construction, x.plain]));

const ACH_RETURN = 'trade-jargon-the-reason-your-bank-sent-the-payment-back';
const RETURN_WORDS = new Set(['return', 'returned', 'returns', 'back', 'code', 'codes', 'reason', 'bounced', 'bounce', 'rejected', 'reversed', 'ach', 'nacha', 'unpaid', 'failed', 'declined', 'dishonoured', 'dishonored']);
const AMOUNT_WORDS = new Set(['paid', 'pay', 'charge', 'charged', 'charges', 'cost', 'costs', 'fee', 'fees', 'deposit', 'price', 'balance', 'owe', 'owing', 'total', 'per', 'each', 'refund', 'refunded', 'spent', 'spend']);

const DETERMINERS = new Set(['the', 'your', 'our', 'a', 'an', 'this', 'that', 'their', 'its', 'my']);

const capsWritten = (t: Token) => /[A-Z]/.test(t.text) && t.text === t.text.toUpperCase();

/**
 * The trade jargon read at token k of an English sentence: the token index where it ends and its construction, or null.
 * `context`: whether the sentence is about a ticket, a team, a payment or an account (for entries marked `ctx`).
 */
export function enTradeJargonAt(tokens: readonly Token[], k: number, context: () => boolean): { end: number; construction: string } | null {
  const t = tokens[k];
  if (!t.word || t.lang !== 'en') return null;
  const cands = BY_FIRST.get(t.norm);
  if (!cands) return null;
  const prev = k > 0 ? tokens[k - 1] : undefined;
  for (const x of cands) {
    if (x.kind === 'phrase') {
      let j = k + 1;
      let ok = true;
      for (let i = 1; i < x.slots.length; i++) {
        const u = tokens[j];
        if (!u || !u.word || !x.slots[i].has(u.norm)) {
          ok = false;
          break;
        }
        j++;
      }
      if (!ok || (x.ctx && !context())) continue;
      return { end: j, construction: x.construction };
    }
    // A unit or a quantity after a number ("5 LB", "2 PAC"), never a back-office code.
    if (prev && /^\d/.test(prev.norm) && x.kind !== 'word') continue;
    if ((x.kind === 'caps' || x.kind === 'det') && !capsWritten(t)) continue;
    if (x.kind === 'det' && !(prev && DETERMINERS.has(prev.norm))) continue;
    if (x.ctx && !context()) continue;
    // rwen29: "the R20 from March, which is paid now" is an amount in rand: an R-code without a leading zero, in a sentence
    // of amounts (paid, fee, deposit, per …) and no word of a payment sent back, is no return code.
    if (x.construction === ACH_RETURN && !/^r0/.test(t.norm) && tokens.some((u) => AMOUNT_WORDS.has(u.norm)) && !tokens.some((u) => RETURN_WORDS.has(u.norm))) continue;
    return { end: k + 1, construction: x.construction };
  }
  return null;
}
