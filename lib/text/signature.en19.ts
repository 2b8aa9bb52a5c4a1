/**
 * The English sign-off block with no closing above it, and the notices under it (nineteenth session; the family matrix is
 * scripts/neutral19-matrix.ts, kind `en-footer`). signature.ts step 3 reads a unit line ending in a unit noun ("Acme Support
 * Team") with at most two lines under it; writers also sign with a name, a role and a business whose name ends in any trade
 * noun, and put the shop's standing notices under it:
 *
 *   Sam                                   a name line (short, capitalised or not, no verb, no sentence punctuation)
 *   Senior Pharmacist                      a role line (a role noun ends it: pharmacist, advisor, coordinator, manager …)
 *   Westgate Pharmacy                      a business line (a trade noun ends it: pharmacy, coworking, motors, gym, hotel …)
 *   Tel: 0161 555 0192 | www.…             a contact line
 *   The pharmacy cannot be held responsible for advice given by third parties.     a notice, read only under the block
 *
 * Notices read here and nowhere else (under a role or business line, so the agent's own last sentence with no sign-off above
 * it stays the draft): liability ("… cannot be held responsible / liable for …"), never share a PIN or card, "… is
 * prohibited", calls recorded, company registration, closed days and opening hours, "subject to change", "terms and
 * conditions apply", "non-refundable", "please do not send cash / records by …", a standing limit of what the shop sends (rwen28:
 * "We regret we cannot send live bees outside mainland UK", "We do not ship to PO boxes": a whole line of its own, under the
 * block), and every wording footer.ts knows.
 * The block needs a role or business line (a bare name is no anchor), begins below the draft's first own line, and a
 * line with a first-person verb or a greeting ends it. Keys are signature.ts's (lower case, ’ as ').
 */
import { isDraftFooterKey } from './footer.ts';
import { EN_TRADE_UNIT_IMPERATIVE } from './unit-nouns19.en.ts';
import { signOffTailStart, type SignOffTests } from './signoff-tail.ts';
import { isStandingRuleEn33, SERVICE_DESK, withoutNote } from './signature33.en.ts';

/** A role noun ends a role line ("Senior Pharmacist", "Front Desk Team", "Service Desk | Level 2" is read by its unit). */
const ROLE_END =
  /\b(?:pharmacist|technician|advis[eo]r|consultant|coordinator|co-ordinator|manager|supervisor|specialist|agent|representative|rep|assistant|associate|officer|executive|administrator|admin|receptionist|concierge|engineer|nurse|doctor|dentist|hygienist|therapist|physiotherapist|optometrist|vet|veterinary surgeon|stylist|barber|trainer|instructor|coach|tutor|teacher|lecturer|registrar|clerk|analyst|accountant|bookkeeper|lead|director|owner|founder|partner|host|planner|dispatcher|driver|surveyor|inspector|adjuster|underwriter|broker|agent|caseworker|case worker|handler|controller|operator|secretary|librarian|curator|chef|sommelier)s?\.?$/;
/** A role line that names a desk or level ("Service Desk | Level 2", "Level 2 Support", "Front Desk"). */
const DESK = /\b(?:front desk|service desk|help ?desk|reception|front of house|level \d|tier \d|l\d support|team|support|services|care|desk|office|department|dept)\b/;
/** A trade or business noun ends a business line ("Westgate Pharmacy", "The Hive Coworking", "Northfield Motors Ltd"). */
const BUSINESS_END =
  /\b(?:pharmacy|chemist|chemists|clinic|surgery|practice|dental|dentistry|hospital|hospice|vets|veterinary|opticians?|salon|spa|barbers?|gym|fitness|studio|studios|coworking|co-working|workspace|hotel|hostel|inn|resort|lodge|restaurant|cafe|café|bakery|kitchen|bar|pub|garage|motors|autos|cars|tyres|tires|electrical|plumbing|heating|builders|roofing|removals|cleaning|cleaners|laundry|lettings|estates|estate agents|properties|property|homes|housing|insurance|bank|building society|credit union|finance|travel|tours|holidays|airways|airlines|air|rail|trains|buses|taxis|logistics|couriers|delivery|broadband|telecom|mobile|energy|power|water|utilities|school|academy|college|university|nursery|library|museum|gallery|theatre|theater|cinema|club|centre|center|council|trust|foundation|charity|store|stores|shop|boutique|market|outlet|supplies|solutions|systems|technologies|tech|labs|digital|media|agency|group|partners|associates|wines|cellars|brewery|distillery|aquatics|florists?|apiary|apiaries|farms?|dairy|butchers?|deli|ltd|limited|inc|llc|llp|plc|gmbh|co)\.?$/;
/** A verb or word of a sentence: the line is the reply's own. */
const SENTENCE = /\b(?:i|i'm|im|i've|ive|i'll|we|we're|we've|you|your|u|ur|is|are|was|were|will|can|can't|cannot|could|would|should|do|does|don't|did|has|have|had|please|thanks|thank|hi|hello|dear|sorry|if|when|because)\b|[.!?:;,]$/;
/** A contact line: phone, web, mail, address. */
const CONTACT = /^(?:t|tel|telephone|phone|mob|mobile|m|e|email|e-mail|w|web|website|fax|a|address|ext|direct(?: line| dial)?)\s*[.:]\s*\S|www\.|https?:|\S@\S|^\+?[\d(][\d\s()+\-.]{5,}\d$/;
/** Notices read only under a sign-off line. */
const NOTICE =
  /\b(?:cannot|can't|cant|can not|will not|won't|wont|shall not|is not|isn't|are not|aren't|does not|do not) (?:be )?(?:held )?(?:responsible|liable)\b|\b(?:accepts?|assumes?|takes?|bears?) no (?:responsibility|liability)\b|\b(?:must not|mustn't|mustnt|should not|shouldn't|may not|never|do not|don't|dont|please do not|please don't)(?: ever)? (?:share|give|disclose|reveal|tell|lend|pass on|send|write down)\b[^.!?\n]{0,60}\b(?:pin|pins|password|passwords|passcode|passcodes|code|codes|otp|card|cards|security|details|key|keys|fob|login|log-in)\b|\b(?:we|staff|our staff|the bank|the practice|the company|[a-z]+ staff)(?: will)? never (?:ask|call|text|email|e-mail|request)\b|\b(?:strictly )?(?:prohibited|forbidden|not permitted)\b|\bcalls? (?:may|will|might|are|can) be (?:recorded|monitored)|\bregistered (?:in|office|no|number|charity|company|address)\b|\b(?:company|vat|charity|registration|reg)\.? (?:no|number|reg)\b|\b(?:closed|not open|shut)\b[^.!?\n]{0,20}\b(?:sundays?|saturdays?|weekends?|bank holidays?|public holidays?|holidays)\b|\b(?:opening|office|surgery|clinic|shop|store|pharmacy|reception) (?:hours|times)\b|\bsubject to (?:change|availability|status)\b|\b(?:terms (?:and|&) conditions|t&cs|t & cs|t's & c's) apply\b|\bnot valid (?:with|in conjunction)\b|\bnon-?refundable\b|\bno refunds\b|\b(?:on site|on the premises|in the building)\b|\b(?:please )?(?:do not|don't|dont|never) (?:send|post|email|e-mail)\b[^.!?\n]{0,50}\b(?:by|via|through|over|in) (?:the )?(?:post|email|e-mail|whatsapp|text|sms|social media|chat|phone|message)\b|\bin an emergency\b|^we (?:regret (?:that )?(?:we )?|are sorry (?:that |but )?(?:we )?)?(?:cannot|can't|cant|can not|do not|don't|dont|are unable to|are not able to|regret we cannot)\s+(?:send|ship|post|deliver|dispatch|export|courier|mail)\b[^.!?\n]{0,60}[.!]?$/;

const hasLetters = (k: string) => /[a-z]/.test(k) && !/[\u0600-\u06ff]/.test(k);
/** Words of a line, the separators of a one-line signature ("Sam | Front Desk | Westgate Pharmacy") not counted; each part counts on its own. */
const partsOf = (k: string) => k.split(/\s+[|·•–—-]\s+|\s*\|\s*/).filter((p) => p !== '');
const shortLine = (k: string, words: number) =>
  k.length <= 80 && hasLetters(k) && partsOf(k).length <= 4 && partsOf(k).every((p) => p.split(/\s+/).length <= words) && !SENTENCE.test(k.replace(/[|,]\s*$/, ''));
const isRole = (k: string) => shortLine(k, 6) && partsOf(k).some((p) => ROLE_END.test(p) || (DESK.test(p) && !/\b(?:my|our|the) (?:team|office|desk)$/.test(p)));
const isBusiness = (k: string) => shortLine(k, 6) && partsOf(k).some((p) => BUSINESS_END.test(p));
// (not an instruction that ends in a business's name or a role: "Pop into Brightwater Vets" is the reply's own line)
// rwen33: read without a closing note in brackets ("Parts & Service (Tues-Thurs only)"); "service" ends a desk.
const isAnchor = (line: string) => {
  const k = withoutNote(line);
  return !EN_TRADE_UNIT_IMPERATIVE.test(k) && (isRole(k) || isBusiness(k) || (shortLine(k, 3) && SERVICE_DESK.test(k)));
};
const isContact = (k: string) => k.length <= 90 && hasLetters(k.replace(/[\d\s()+\-.]/g, 'x')) && CONTACT.test(k) && !/\b(?:i|we|you|please)\b/.test(k);
/** A name line ("Sam", "Dr Helen Marsh", "Priya Shah (she/her)"): in the block, never its anchor. */
const isNameLike = (line: string) => shortLine(withoutNote(line), 4) && !/\b(?:no|not|never|sorry|unfortunately|nothing|none)\b/.test(line);
const isNotice = (k: string) => k.length <= 400 && hasLetters(k) && !/\b(?:i|i'm|im|i've|ive|your order|your booking|your refund)\b/.test(k) && (NOTICE.test(k) || isDraftFooterKey(k) || isStandingRuleEn33(k));

const TESTS: SignOffTests = { isAnchor, isContact, isNameLike, isNotice, nameUnderContact: true, noticesAtBottom: true };

/**
 * Where the English sign-off block the draft ends with begins (an index into `keys`), or -1. `keys`: the own lines' keys,
 * '' for a blank line; `firstOwn`: the draft's first own line (never in the block).
 */
export function enSignOffTailStart(keys: readonly string[], firstOwn: number): number {
  return signOffTailStart(keys, firstOwn, TESTS);
}

