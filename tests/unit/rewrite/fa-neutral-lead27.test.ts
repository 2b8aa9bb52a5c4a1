// @vitest-environment node
/**
 * Three Persian reassurances that were flagged (lead27), each with the negative it must still flag:
 * - a charge or cut-off held off until a time («تا پایان ماه هیچ مبلغی برداشت نمیشه») averts a harm (not «شارژ»: a top-up
 *   held off is a wanted thing delayed);
 * - a ticket closed together with its outcome («تیکت شما بسته شد و مبلغ … برگشت») is a done update;
 * - unsure of the customer's own choice («مطمئن نبودم کدوم رنگ رو ترجیح میدید») is asking.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';

const ids = (t: string) => suggestRewrites(t, builtinPacks, { cache: false }).map((s) => s.ruleId);

const SILENT = [
  'تا پایان ماه هیچ مبلغی برداشت نمیشه.',
  'تا فردا از حسابتون برداشت نمی‌شه، نگران نباشید.',
  'تا پایان ماه سرویس شما قطع نمیشه، خیالتون راحت.',
  'تیکت شما بسته شد و مبلغ به حسابتون برگشت.',
  'مطمئن نبودم کدوم رنگ رو ترجیح میدید، برای همین هر دو رو براتون کنار گذاشتم.',
  'مطمئن نیستم کدوم سایز رو میخواید، هر دو رو می‌فرستم که امتحان کنید.',
  'مطمئن نبودیم کدوم روز براتون بهتره، پنجشنبه و جمعه رو نگه داشتیم.',
];
const FLAGGED = [
  'تا دوشنبه نمی‌شه.',
  'تا فردا حسابتون شارژ نمیشه.',
  'تیکت شما بسته شد.',
  'مطمئن نیستم قطعه موجود باشه.',
  'مطمئن نیستم کی میرسه.',
  'مطمئن نیستم چی میخواید از من، من کارمو انجام دادم.',
];

describe('Persian reassurances read as such (lead27)', () => {
  for (const t of SILENT) it(`silent: ${t}`, () => expect(ids(t)).toEqual([]));
  for (const t of FLAGGED) it(`flags: ${t}`, () => expect(ids(t).length).toBeGreaterThan(0));
});
