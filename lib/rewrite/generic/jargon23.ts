/**
 * The twenty-third session's jargon kinds that both languages share or that only Persian has (jargon23; matrix
 * scripts/jargon23-matrix.ts). The English roles of a code (a status set on a thing, a record raised, a procedure, an
 * "&" code in a hand-over) widen jargon21.en.ts.
 *
 * - A settlement day written "T+2": a trade's term in any sentence, English or Persian («پس از T+2 قابل برداشت»).
 * - A status label as the back office writes it, in Persian: in quotes after «وضعیت / سامانه / سیستم / پنل / مرحله»
 *   («با وضعیت «در انتظار ت۲»») or after «وضعیت …:» («وضعیت پرونده: ارجاع به واحد … جهت …»), when the label holds
 *   what only the office reads: a code (a Persian or Latin letter with digits, «کد ۳۱»), or a routing of the case to a
 *   unit, an officer or a desk («ارجاع / ارسال / برگشت به واحد / کارشناس / ارزیاب / کمیته / کارتابل …», «جهت …»). A
 *   plain step of the customer's order is no jargon: «ارسال شده», «در انتظار پرداخت», «تحویل به پست», «لغو شده».
 *
 * Advice only (`internal-jargon`, `status-label`): only the agent knows what the label means for the customer.
 */
import type { Token } from '../../nlp/index.ts';
import type { GenericHit } from './types.ts';

/** Whether tokens k..k+2 spell a settlement day, "T+2" written without spaces and standing alone. */
export function settlementDay(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const op = tokens[k + 1];
  const d = tokens[k + 2];
  if (!op || !d || t.text !== 'T' || op.text !== '+' || op.start !== t.end || d.start !== op.end) return false;
  if (!/^[0-9]{1,2}$/.test(d.text)) return false;
  const before = text.slice(Math.max(0, t.start - 1), t.start);
  const after = text.slice(d.end, d.end + 1);
  return !/[0-9A-Za-z]/.test(before) && !/[0-9A-Za-z]/.test(after);
}

/** Words that introduce a status as the system shows it (any Persian spelling: Arabic yeh, ZWNJ endings). */
const LABEL_HEAD = '(?:وضع[یي]ت|سامانه|س[یي]ستم|پنل|کارتابل|مرحله)';
/** A label in quotes within a few words after its head: «وضعیت پرونده‌ی جنابعالی در سامانه «…»». */
const QUOTED = new RegExp(`${LABEL_HEAD}[^«»"“”.!؟?\\n]{0,40}?([«"“])([^»"”\\n]{2,90})([»"”])`, 'g');
/** A label after «وضعیت …:» up to the sentence's end: «وضعیت پرونده: ارجاع به …». */
const COLON = new RegExp(`وضع[یي]ت[^:«».\\n]{0,30}:\\s*([^.\\n؛!؟?]{3,110})`, 'g');
/** What only the back office reads in a label: a code of letters and digits, «کد ۳۱». */
const LABEL_CODE = /(?:^|[\s\-–—/(])(?:[\u0600-\u06FF]{1,2}[0-9۰-۹٠-٩]{1,3}|[A-Za-z]{1,4}-?[0-9]{1,4}|کد\s*[0-9۰-۹٠-٩]+)(?=$|[\s\-–—/)])/;
/** A routing of the case to a unit, an officer or a desk, or the purpose of one: «ارجاع به واحد …», «… جهت رفع …». */
const LABEL_ROUTE = /(?:ارجاع|ارسال|برگشت|عودت|انتقال)\s+به\s+(?:واحد|کارشناس|ارز[یي]اب|کم[یي]ته|کارتابل|بخش|انبار|مبدا|مبدأ|م[یي]ز|دفتر|اداره|شعبه|ت[یي]م|مد[یي]ر|داور|ه[یي]ئت|ه[یي]ات)|(?:^|\s)جهت\s/;

/** Persian status labels of the back office (see the header), as `status-label` hits over the label. */
export function readStatusLabelFa(text: string): GenericHit[] {
  // The cheap gate: a head word at all.
  if (!/وضع[یي]ت|سامانه|س[یي]ستم|پنل|کارتابل|مرحله/.test(text)) return [];
  const out: GenericHit[] = [];
  const add = (start: number, end: number, label: string) => {
    if (!(LABEL_CODE.test(label) || LABEL_ROUTE.test(label))) return;
    if (out.some((h) => h.start < end && start < h.end)) return;
    out.push({ start, end, category: 'jargon', construction: 'status-label' });
  };
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const end = m.index + m[0].length;
    add(end - m[1].length - m[2].length - m[3].length, end, m[2]);
  }
  COLON.lastIndex = 0;
  for (let m = COLON.exec(text); m; m = COLON.exec(text)) {
    const label = m[1].replace(/\s+$/, '');
    const start = m.index + m[0].length - m[1].length;
    add(start, start + label.length, label);
  }
  return out;
}
