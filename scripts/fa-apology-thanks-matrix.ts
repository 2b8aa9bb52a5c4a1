/**
 * Family matrix of the Persian apology-for-trouble formula turned into thanks (lib/rewrite/apology-thanks.fa18.ts): the
 * clause orders («از/بابت/برای … پوزش می‌طلبیم»), the leads («با عرض پوزش از …،», «ضمن عذرخواهی از …،», «شرمنده بابت …،»)
 * × troubles × tails × verbs in three registers/persons × ZWNJ spellings, after good news or before it. Each must come
 * out as one rewrite whose applied sentence keeps the rest, in the draft's register and person, when the trouble is a
 * wait the customer had (تأخیر, تاخیر, معطلی; not «هرگونه …», not «… احتمالی»). Every other trouble, and the look-alikes (an
 * apology for a mistake, an apology with a clause, a formula inside a longer clause), must not become a thanks rewrite
 * (thirty-sixth session: thanks there dropped an apology the customer was owed).
 *
 *   npx tsx scripts/fa-apology-thanks-matrix.ts [--list]
 */
import { pathToFileURL } from 'node:url';

const TROUBLES = ['ناراحتی', 'مشکل', 'تأخیر', 'تاخیر', 'اختلال', 'وقفه', 'معطلی'];
const WAITS = ['تأخیر', 'تاخیر', 'معطلی'];
const TAILS = ['', ' ایجادشده', ' ایجاد شده', ' پیش‌آمده', ' پیش آمده', ' احتمالی'];
const FORS = ['از', 'بابت', 'از بابت', 'برای'];
const VERBS: [string, string][] = [['پوزش می‌طلبیم', 'از صبر و شکیبایی شما سپاسگزاریم'], ['عذرخواهی می‌کنیم', 'از صبر و شکیبایی شما سپاسگزاریم'], ['پوزش می‌طلبم', 'از صبر و شکیبایی شما سپاسگزارم'], ['عذرخواهی می‌کنم', 'از صبر و شکیبایی شما سپاسگزارم'], ['عذر میخوایم', 'ممنون از صبر و همراهیتون'], ['عذر میخوام', 'ممنون از صبر و همراهیتون']];
const NEWS = ['سفارش شما امروز ارسال شد.', 'نوبت جدید شما برای دوشنبه ثبت شد.', 'پیک تو راهه، ده دقیقه دیگه میرسه.'];
const LEADS: [string, string][] = [['با عرض پوزش', 'با سپاس از صبر و شکیبایی شما'], ['ضمن عذرخواهی', 'با سپاس از صبر و شکیبایی شما'], ['با پوزش', 'با سپاس از صبر و شکیبایی شما']];
const COLLOQUIAL_LEADS = ['شرمنده بابت', 'عذر میخوام بابت'];

interface Item { kind: string; text: string; want?: string }
function items(): Item[] {
  const out: Item[] = [];
  let n = 0;
  for (const t of TROUBLES) for (const tail of TAILS) {
    n++;
    const np = `${n % 3 === 0 ? 'هرگونه ' : n % 3 === 1 ? 'بروز هرگونه ' : ''}${t}${tail}`;
    const [verb, thanks] = VERBS[n % VERBS.length];
    const forw = FORS[n % FORS.length];
    const news = NEWS[n % NEWS.length];
    const wait = WAITS.includes(t) && tail !== ' احتمالی' && !np.includes('هرگونه');
    const tag = wait ? '' : ' (not a wait)';
    out.push({ kind: 'clause-after-news' + tag, text: `${news} ${forw} ${np} ${verb}.`, want: wait ? `${news} ${thanks}.` : undefined });
    const [lead, lthanks] = LEADS[n % LEADS.length];
    out.push({ kind: 'formal-lead' + tag, text: `${lead} ${n % 2 ? 'از' : 'بابت'} ${np}، ${news}`, want: wait ? `${lthanks}، ${news}` : undefined });
    const cl = COLLOQUIAL_LEADS[n % COLLOQUIAL_LEADS.length];
    const cwait = WAITS.includes(t);
    out.push({ kind: 'colloquial-lead' + (cwait ? '' : ' (not a wait)'), text: `${cl} ${t}${tail ? ' پیش اومده' : ''}، ${news}`, want: cwait ? `ممنون از صبر و همراهیتون، ${news}` : undefined });
  }
  return out;
}
const LOOKALIKES = [
  'بابت اشتباه پیش‌آمده عذر می‌خواهیم.',
  'بابت خطای همکارمان در ثبت آدرس پوزش می‌طلبیم.',
  'پوزش می‌طلبیم که مشکل پیش آمد و سفارش دیر رسید.',
  'اگر از تأخیر ناراحت شدید، پوزش می‌طلبیم.',
  'همکار ما بابت تأخیر پیش‌آمده با شما تماس خواهد گرفت.',
  'از تأخیر پیش‌آمده در پرواز، مسافران مطلع شدند.',
];

async function main() {
  const { builtinPacks } = await import('../lib/packs/index.ts');
  const { suggestRewrites } = await import('../lib/rewrite/index.ts');
  const tally = new Map<string, { n: number; ok: number }>();
  const bad: string[] = [];
  const all: Item[] = [...items(), ...LOOKALIKES.map((text) => ({ kind: 'lookalike', text }))];
  for (const it of all) {
    const s = suggestRewrites(it.text, builtinPacks, { generic: true });
    const ap = s.find((x) => x.ruleId === 'apology-reflex' && x.kind === 'rewrite');
    let ok: boolean;
    let got = '';
    if (it.want) {
      // Any apology rewrite (the pack's own or this family's) whose applied text is the wanted one.
      const any = s.find((x) => x.category === 'over-apology' && x.kind === 'rewrite');
      got = any ? it.text.slice(0, any.start) + any.replacements[0] + it.text.slice(any.end) : s.map((x) => `${x.ruleId}(${x.kind})`).join(' ') || 'no flag';
      // The pack's own rules may answer first («… بابت تأخیر» -> «ممنون از صبرتون»): any thanks that keeps the rest whole.
      const rest = it.kind === 'clause-after-news' ? it.want.slice(0, it.want.indexOf('.') + 1) : it.want.slice(it.want.indexOf('، ') + 2);
      ok = got === it.want || (!!any && (it.kind === 'clause-after-news' ? got.startsWith(rest) : got.endsWith(rest)) && /سپاس|ممنون/.test(got) && !/پوزش|عذر|شرمنده/.test(got));
    } else {
      const thanks = ap ?? s.find((x) => x.category === 'over-apology' && x.kind === 'rewrite' && /سپاس|ممنون/.test(x.replacements[0] ?? ''));
      ok = !thanks;
      got = thanks ? `${thanks.original} -> ${thanks.replacements[0]}` : '';
    }
    const e = tally.get(it.kind) ?? { n: 0, ok: 0 };
    e.n++;
    if (ok) e.ok++;
    else bad.push(`${it.kind}: ${it.text}  ->  ${got}`);
    tally.set(it.kind, e);
  }
  for (const [k, e] of tally) console.log(`${k.padEnd(20)} ${e.ok}/${e.n}`);
  if (process.argv.includes('--list')) for (const b of bad) console.log('  FAIL ' + b);
}
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
