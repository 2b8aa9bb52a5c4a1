/**
 * Family matrix of the Persian "you were told already / it is obvious" lead (lib/rewrite/repeat-lead.fa18.ts): openers ×
 * said-verbs in both registers × separators × rests, with an address before or not; every one must come out as a
 * rewrite that deletes the lead and leaves the rest whole. Look-alikes must stay advice (or unflagged): the lead in the
 * middle of a sentence, the lead that is the whole sentence, a condition, «گفتم که» reporting what was said, a rest that
 * points back («این», «اونجا») or opens with a conjunction, a bare «گفتم که» before a first-person commitment.
 * Written from the construction, not from any split's items.
 *
 * Known gap (a reader's recall, not this family's): «سلام، گفتم که، …» after a greeting is not flagged at all.
 *
 *   npx tsx scripts/fa-repeat-lead-matrix.ts [--list]
 */
import { pathToFileURL } from 'node:url';

const LEADS_FORMAL = ['همان‌طور که پیش‌تر نیز اعلام شد', 'همان‌گونه که قبلاً نیز عرض شد', 'چنانچه پیش‌تر نیز اعلام گردید', 'همان‌طور که در مکاتبه قبلی به استحضار رسید', 'همان‌گونه که در ایمیل قبلی نیز توضیح داده شد', 'برای بار سوم عرض می‌کنم', 'برای بار چندم عرض می‌کنم', 'مجدداً یادآوری می‌گردد', 'مجدداً تأکید می‌گردد', 'بدیهی است'];
const LEADS_COLLOQUIAL = ['گفتم که', 'خب گفتم که', 'قبلا هم براتون توضیح دادم', 'همونطور که تو پیام قبلی هم گفتم', 'بار سومه که میگم', 'بار سومه دارم میگم', 'دوباره میگم', 'بالا هم نوشتم', 'خب واضحه دیگه', 'خب معلومه دیگه', 'تو پیام قبلی هم نوشتم'];
const RESTS_FORMAL = ['مهلت ثبت اعتراض روز پنجشنبه به پایان می‌رسد.', 'هزینه ارسال در مبلغ سفارش لحاظ شده است.', 'تصویر کارت ملی جهت تکمیل پرونده مورد نیاز است.', 'استرداد وجه صرفاً به کارت ثبت‌شده انجام می‌شود.'];
const RESTS_COLLOQUIAL = ['کد تخفیف فقط روی خرید اول فعاله', 'برگشت وجه سه روز کاری طول میکشه', 'ارسال فقط شنبه‌ها و سه‌شنبه‌هاست.', 'رمز دوم از طریق اپ فعال میشه.'];
const ADDRESS_FORMAL = ['', 'با سلام، ', 'مشتری گرامی، '];
const ADDRESS_COLLOQUIAL = ['', 'سلام، ', 'ببینید، '];

interface Item { kind: string; text: string; expect: 'rewrite' | 'not-rewrite'; rest?: string }

function family(): Item[] {
  const out: Item[] = [];
  for (const [reg, leads, rests, addrs] of [['formal', LEADS_FORMAL, RESTS_FORMAL, ADDRESS_FORMAL], ['colloquial', LEADS_COLLOQUIAL, RESTS_COLLOQUIAL, ADDRESS_COLLOQUIAL]] as const) {
    for (const lead of leads) {
      for (const [si, sep] of ['، ', ' که '].entries()) {
        for (const [ai, addr] of addrs.entries()) {
          const rest = rests[(si + ai + lead.length) % rests.length];
          // «گفتم که» takes a comma, never a second «که».
          if (/که$/.test(lead) && sep !== '، ') continue;
          // «بدیهی است که …», «معلومه دیگه که …»: the pack's own `unless` (positive «معلومه که خوشحال می‌شیم»): no flag by design.
          if (/بدیهی|واضحه|معلومه/.test(lead) && sep === ' که ') continue;
          out.push({ kind: `lead-${reg}`, text: `${addr}${lead}${sep}${rest}`, expect: 'rewrite', rest });
        }
      }
    }
  }
  return out;
}

const LOOKALIKES: string[] = [
  'پول شما، همان‌طور که گفتم، تا سه روز کاری برمی‌گردد.',
  'موضوع در مکاتبات قبلی به‌طور کامل تشریح گردیده است.',
  'امید است این بار توضیحات به‌طور کامل مطالعه گردد.',
  'اگه پیامای قبلیو خونده باشین جوابش اونجا هست.',
  'گفتم که همکارم باهاتون تماس بگیره.',
  'قبلاً گفتم که فردا پیگیری می‌کنم.',
  'قبلا هم گفتم، این همون چیزیه که نوشتم.',
  'همان‌طور که پیش‌تر نیز اعلام شد، و در پیامک هم آمده، مهلت تمام شده است.',
  'بدیهی است.',
  'گفتم که، اونجا نوشته.',
  'قبلاً به همکارم گفتم که پیگیری کند.',
  'گفتم که، باید صبر کنید.',
  'همان‌طور که قبلاً عرض شد، باید مدارک را دوباره بارگذاری کنید.',
  'همان‌طور که در تصویر می‌بینید، گزینه سمت چپ است.',
  'سفارش شما، بدیهی است، تا فردا ارسال نمی‌شود.',
];

async function main() {
  const { builtinPacks } = await import('../lib/packs/index.ts');
  const { suggestRewrites, applyAll } = await import('../lib/rewrite/index.ts');
  const items: Item[] = [...family(), ...LOOKALIKES.map((text) => ({ kind: 'lookalike', text, expect: 'not-rewrite' as const }))];
  const tally = new Map<string, { n: number; ok: number }>();
  const bad: string[] = [];
  for (const it of items) {
    const s = suggestRewrites(it.text, builtinPacks, { generic: true });
    const lead = s.find((x) => /repeating-myself|fa-told-you-before|fa-already-explained|fa-explain-once-more|fa-obviously-lead/.test(x.ruleId));
    let ok: boolean;
    let why = '';
    if (it.expect === 'rewrite') {
      ok = !!lead && lead.kind === 'rewrite';
      if (ok && lead) {
        const applied = it.text.slice(0, lead.start) + lead.replacements[0] + it.text.slice(lead.end);
        ok = applied.endsWith(it.rest!) && !/\s\s|^\s|،\s*،/.test(applied);
        why = applied;
      } else why = lead ? `${lead.ruleId}(${lead.kind})` : 'no flag';
    } else {
      ok = !lead || lead.kind !== 'rewrite';
      why = lead ? `${lead.ruleId}(${lead.kind}) [${lead.original}]` : 'no flag';
    }
    void applyAll;
    const e = tally.get(it.kind) ?? { n: 0, ok: 0 };
    e.n++;
    if (ok) e.ok++;
    else bad.push(`${it.kind}: ${it.text}  ->  ${why}`);
    tally.set(it.kind, e);
  }
  for (const [k, e] of tally) console.log(`${k.padEnd(20)} ${e.ok}/${e.n}`);
  if (process.argv.includes('--list')) for (const b of bad) console.log('  FAIL ' + b);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
