/**
 * The default taxonomy and pure taxonomy operations. Every operation returns a new Taxonomy and
 * leaves its input untouched; invalid requests throw a TagError (the editor checks first).
 */
import type { ParseError, Tag, Taxonomy } from './types.ts';
import { COLOR, TAG_ID, TaxonomySchema, issuesToErrors } from './types.ts';

export class TagError extends Error {}

type Lang = 'en' | 'fa';

/** Known owner teams; the UI translates these ids (tags.team.<id>) and shows anything else as typed. */
export const OWNER_TEAMS = [
  'finance',
  'product-content',
  'logistics',
  'engineering-quality',
  'product-design',
  'it-security',
  'operations-policy',
  'support',
] as const;

function tag(
  order: number,
  id: string,
  ownerTeam: string,
  color: string,
  name: [string, string],
  description: [string, string],
  en: string[],
  fa: string[],
): Tag {
  return {
    id,
    name: { en: name[0], fa: name[1] },
    description: { en: description[0], fa: description[1] },
    ownerTeam,
    color,
    order,
    keywords: { en, fa },
  };
}

/**
 * Nine root causes (so Alt+1..9 reaches every button). Keyword lists: English tuned on half of the
 * Bitext customer-support corpus (see tests/bench/tags.bench.ts); Persian written by hand, formal
 * and colloquial. Multi-word keywords weigh more; a trailing * matches any ending; " ^0.5" marks a weak one.
 */
export function defaultTaxonomy(): Taxonomy {
  return {
    formatVersion: 1,
    tags: [
      tag(1, 'billing', 'finance', '#d9480f',
        ['Billing or invoice error', 'خطای صورت‌حساب یا فاکتور'],
        ['A wrong charge, invoice, payment or refund.', 'مبلغ اشتباه، فاکتور نادرست، مشکل پرداخت یا بازگرداندن وجه.'],
        ['invoice*', 'bill', 'bills', 'billing', 'billed', 'charged', 'overcharg*', 'charged twice', 'double charged', 'payment*', 'pay', 'paid', 'paying', 'refund*', 'reimburs*', 'money back', 'receipt*', 'transaction*', 'credit card', 'debit*', 'compensation*', 'rebate*', 'wrong amount', 'restitution*', 'dollar*', 'euro*', 'price', 'amount'],
        ['فاکتور*', 'صورت حساب*', 'صورتحساب*', 'پرداخت*', 'مبلغ', 'وجه', 'پول*', 'بازگشت وجه', 'برگشت پول', 'استرداد', 'کسر شد', 'کسر شده', 'کم شده', 'دو بار', 'تراکنش*', 'درگاه', 'کارت', 'رسید', 'قبض', 'تومان', 'ریال'],
      ),
      tag(2, 'product-info', 'product-content', '#1971c2',
        ['Wrong or unclear product information', 'اطلاعات نادرست یا مبهم محصول'],
        ['The product page, catalogue or an earlier answer gave wrong or unclear details.', 'توضیحات صفحهٔ محصول، کاتالوگ یا پاسخ قبلی نادرست یا ناقص بوده است.'],
        ['description', 'specification*', 'specs', 'product page', 'website says', 'advertised', 'listed as', 'size chart', 'wrong information', 'misleading', 'picture', 'photo', 'different from', 'compatible', 'compatibility', 'ingredients', 'dimensions'],
        ['توضیحات', 'مشخصات', 'عکس', 'تصویر', 'با عکس', 'فرق داره', 'فرق دارد', 'جدول سایز', 'اطلاعات محصول', 'نوشته بود', 'نوشته بودید', 'گمراه کننده', 'سازگار', 'ابعاد'],
      ),
      tag(3, 'order-data', 'logistics', '#7048e8',
        ['Order or shipping data error', 'خطا در اطلاعات سفارش یا ارسال'],
        ['Wrong items, quantity, address or order details.', 'کالا، تعداد، نشانی یا جزئیات سفارش اشتباه ثبت شده است.'],
        ['address*', 'shipping address', 'delivery address', 'order ^0.5', 'orders ^0.5', 'purchase ^0.5', 'purchases ^0.5', 'cancel purchase', 'cancelling order', 'canceling order', 'wrong item', 'wrong size', 'wrong colour', 'wrong color', 'missing item', 'quantity', 'cancel order', 'change order', 'modify order', 'edit order', 'order details', 'items ^0.5', 'item ^0.5', 'buy', 'buying', 'shop', 'place an order', 'place order', 'acquire'],
        ['آدرس*', 'نشانی', 'سفارش*', 'کالای اشتباه', 'اشتباه ارسال', 'اشتباهی فرستاد*', 'سایز اشتباه', 'رنگ اشتباه', 'تعداد', 'کم بود', 'ناقص', 'لغو سفارش', 'تغییر سفارش', 'ویرایش سفارش', 'کد پستی'],
      ),
      tag(4, 'delivery-delay', 'logistics', '#f08c00',
        ['Delivery delay', 'تأخیر در تحویل'],
        ['The order arrived late or has not arrived yet.', 'سفارش دیر رسیده یا هنوز نرسیده است.'],
        ['deliver*', 'shipment*', 'shipping', 'ship', 'shipped', 'parcel*', 'package*', 'arriv*', 'not arrived', "hasn't arrived", 'late', 'delay*', 'still waiting', 'where is my order', 'where is my package', 'where is my parcel', 'where is my purchase', 'where is my item', 'where is my delivery', "where's my order", 'track*', 'courier', 'how long', 'when will', 'eta', 'order status', 'status of order', 'status of my order', 'status of the order', 'purchase status', 'status of purchase', 'how soon', 'status', 'when my', 'gonna arrive', 'ship to', 'shipping to', 'order from'],
        ['تحویل*', 'ارسال*', 'نرسیده*', 'هنوز نرسیده', 'دیر', 'تاخیر*', 'پیک', 'مرسوله*', 'بسته*', 'پست', 'رهگیری', 'کد رهگیری', 'کی میرسه', 'کی می رسه', 'کی می رسد', 'منتظر*', 'چند روز', 'هفته است'],
      ),
      tag(5, 'defect', 'engineering-quality', '#c92a2a',
        ['Product defect or bug', 'ایراد کالا یا باگ'],
        ['Something is broken, damaged or does not work as it should.', 'چیزی خراب یا آسیب‌دیده است یا درست کار نمی‌کند.'],
        ['broken', 'damaged', 'defect*', 'faulty', "doesn't work", 'doesnt work', 'not working', 'stopped working', 'crash*', 'bug', 'bugs', 'malfunction*', 'cracked', 'leak*', 'dead on arrival', 'glitch*', 'freez*'],
        ['خراب*', 'کار نمیکنه', 'کار نمی کنه', 'کار نمی کند', 'معیوب', 'شکسته*', 'ایراد', 'باگ', 'ارور', 'هنگ', 'آسیب دیده', 'سوخته', 'مشکل فنی', 'از کار افتاده', 'روشن نمیشه', 'روشن نمی شود', 'کار نمیده', 'قطع میشه'],
      ),
      tag(6, 'ux', 'product-design', '#0c8599',
        ['Hard-to-find feature or confusing interface', 'قابلیت دیریاب یا رابط گیج‌کننده'],
        ['The customer could not find how to do something, or the screens confused them.', 'مشتری راه انجام کاری را پیدا نکرده یا صفحه‌ها برایش گیج‌کننده بوده است.'],
        ["can't find", 'cant find', 'cannot find', 'where can i find', 'confusing', 'confused', 'hard to find', 'menu', 'button', 'navigate', 'interface', 'screen', 'settings'],
        ['پیدا نمیکنم', 'پیدا نمی کنم', 'پیدا نکردم', 'کجاست', 'گیج*', 'گزینه*', 'دکمه*', 'منو', 'سردرگم', 'رابط کاربری', 'تنظیمات'],
      ),
      tag(7, 'account', 'it-security', '#2f9e44',
        ['Account or access problem', 'مشکل حساب کاربری یا دسترسی'],
        ['Login, password, verification code, a locked or hacked account.', 'ورود، رمز عبور، کد تأیید، حساب مسدود یا هک‌شده.'],
        ['account*', 'login', 'log in', 'sign in', 'password*', 'pin', 'access key', 'profile*', 'signup', 'sign up', 'locked out', 'hacked', 'verification code', 'otp', 'username', 'two-factor', 'credential*', 'sign-up*', 'regist*', 'create account', 'creating account', 'new account', 'user', 'pwd', 'key', 'pin code', 'passcode'],
        ['حساب کاربری', 'حساب*', 'اکانت*', 'ورود', 'وارد شوم', 'وارد بشم', 'لاگین', 'رمز عبور', 'رمز*', 'پسورد', 'کد تایید', 'ثبت نام', 'پروفایل', 'نام کاربری', 'هک', 'مسدود*', 'دسترسی'],
      ),
      tag(8, 'policy', 'operations-policy', '#5c677d',
        ['Policy unclear', 'ابهام در قوانین و شرایط'],
        ['Returns, warranty, fees, cancellation or other rules were not clear.', 'شرایط مرجوعی، گارانتی، هزینه‌ها، لغو یا قوانین دیگر روشن نبوده است.'],
        ['policy', 'policies', 'terms', 'conditions', 'warranty', 'guarantee', 'return policy', 'money back guarantee', 'termination', 'early exit', 'fee', 'fees', 'in what cases', 'what situations', 'rules', 'eligible', 'allowed', 'in which cases', 'which cases', 'what circumstances', 'which circumstances', 'which situations', 'money back policy', 'reimbursement policy', 'refund policy', 'cancellation charge*', 'withdrawal charge*', 'termination charge*', 'early termination', 'exit charge*', 'exit penalt*', 'penalt*', 'termination fee*', 'cancellation fee*'],
        ['قانون', 'قوانین', 'شرایط', 'ضمانت', 'گارانتی', 'مرجوع*', 'جریمه', 'هزینه لغو', 'سیاست', 'مقررات', 'مهلت', 'طبق چه', 'چه شرایطی'],
      ),
      tag(9, 'other', 'support', '#868e96',
        ['Other', 'سایر'],
        ['None of the causes above.', 'هیچ‌کدام از علت‌های بالا.'],
        [],
        [],
      ),
    ],
  };
}

/** Display name in the UI language, falling back to the other language. */
export function tagName(tag: Tag, lang: Lang): string {
  const own = tag.name[lang].trim();
  return own !== '' ? own : tag.name[lang === 'en' ? 'fa' : 'en'];
}

export function tagDescription(tag: Tag, lang: Lang): string {
  const own = tag.description[lang].trim();
  return own !== '' ? own : tag.description[lang === 'en' ? 'fa' : 'en'];
}

export function findTag(tax: Taxonomy, id: string): Tag | undefined {
  return tax.tags.find((t) => t.id === id);
}

/** The tag events under `id` count under: follows mergedInto to the end (ids not in the taxonomy map to themselves). */
export function resolveTagId(tax: Taxonomy, id: string): string {
  let cur = id;
  for (let hops = 0; hops <= tax.tags.length; hops++) {
    const t = findTag(tax, cur);
    if (!t || t.mergedInto === undefined) return cur;
    cur = t.mergedInto;
  }
  return cur;
}

/** A resolver with a lookup table, for reports that resolve many events. */
export function tagResolver(tax: Taxonomy): (id: string) => string {
  const cache = new Map<string, string>();
  for (const t of tax.tags) cache.set(t.id, resolveTagId(tax, t.id));
  return (id) => cache.get(id) ?? id;
}

/** The tags offered as buttons: not retired, not merged, in order. */
export function offeredTags(tax: Taxonomy): Tag[] {
  return sortedTags(tax).filter((t) => !t.retired && t.mergedInto === undefined);
}

export function sortedTags(tax: Taxonomy): Tag[] {
  return [...tax.tags].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function replaceTag(tax: Taxonomy, id: string, change: (t: Tag) => Tag): Taxonomy {
  const i = tax.tags.findIndex((t) => t.id === id);
  if (i < 0) throw new TagError(`unknown tag "${id}"`);
  const tags = tax.tags.slice();
  tags[i] = change(tags[i]);
  return { ...tax, tags };
}

function slug(text: string): string {
  const s = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return s === '' ? 'tag' : s;
}

export interface NewTag {
  id?: string;
  name: Partial<{ en: string; fa: string }>;
  description?: Partial<{ en: string; fa: string }>;
  ownerTeam?: string;
  color?: string;
  keywords?: { en: string[]; fa: string[] };
}

/** Adds a tag at the end. Without an id, one is made from the English name (or "tag"), made unique. */
export function addTag(tax: Taxonomy, input: NewTag): Taxonomy {
  const name = { en: (input.name.en ?? '').trim(), fa: (input.name.fa ?? '').trim() };
  if (name.en === '' && name.fa === '') throw new TagError('a name is required');
  let id = input.id ?? slug(name.en);
  if (!TAG_ID.test(id)) throw new TagError(`invalid id "${id}"`);
  if (input.id !== undefined && findTag(tax, id)) throw new TagError(`duplicate id "${id}"`);
  if (input.id === undefined) {
    const base = id;
    for (let n = 2; findTag(tax, id); n++) id = `${base}-${n}`;
  }
  const color = input.color ?? '#495057';
  if (!COLOR.test(color)) throw new TagError(`invalid colour "${color}"`);
  const order = tax.tags.reduce((m, t) => Math.max(m, t.order), 0) + 1;
  const tag: Tag = {
    id,
    name,
    description: { en: input.description?.en ?? '', fa: input.description?.fa ?? '' },
    ownerTeam: input.ownerTeam ?? '',
    color,
    order,
    ...(input.keywords ? { keywords: input.keywords } : {}),
  };
  return { ...tax, tags: [...tax.tags, tag] };
}

/** Renames in one or both languages; a missing language keeps its name. */
export function renameTag(tax: Taxonomy, id: string, name: Partial<{ en: string; fa: string }>): Taxonomy {
  return replaceTag(tax, id, (t) => {
    const next = { en: name.en !== undefined ? name.en.trim() : t.name.en, fa: name.fa !== undefined ? name.fa.trim() : t.name.fa };
    if (next.en === '' && next.fa === '') throw new TagError('a name is required');
    return { ...t, name: next };
  });
}

export function describeTag(tax: Taxonomy, id: string, description: Partial<{ en: string; fa: string }>): Taxonomy {
  return replaceTag(tax, id, (t) => ({ ...t, description: { ...t.description, ...description } }));
}

export function recolorTag(tax: Taxonomy, id: string, color: string): Taxonomy {
  if (!COLOR.test(color)) throw new TagError(`invalid colour "${color}"`);
  return replaceTag(tax, id, (t) => ({ ...t, color: color.toLowerCase() }));
}

export function setOwnerTeam(tax: Taxonomy, id: string, ownerTeam: string): Taxonomy {
  return replaceTag(tax, id, (t) => ({ ...t, ownerTeam: ownerTeam.trim() }));
}

export function setKeywords(tax: Taxonomy, id: string, keywords: { en: string[]; fa: string[] }): Taxonomy {
  return replaceTag(tax, id, (t) => ({ ...t, keywords: { en: [...keywords.en], fa: [...keywords.fa] } }));
}

/** Puts the listed ids first, in that order; the rest follow in their current order. Orders become 1..n. */
export function reorderTags(tax: Taxonomy, ids: readonly string[]): Taxonomy {
  for (const id of ids) if (!findTag(tax, id)) throw new TagError(`unknown tag "${id}"`);
  const first = ids.map((id) => findTag(tax, id)!);
  const rest = sortedTags(tax).filter((t) => !ids.includes(t.id));
  const position = new Map([...first, ...rest].map((t, i) => [t.id, i + 1]));
  return { ...tax, tags: tax.tags.map((t) => ({ ...t, order: position.get(t.id)! })) };
}

/** Moves one tag up (-1) or down (+1) among all tags in display order. */
export function moveTag(tax: Taxonomy, id: string, delta: number): Taxonomy {
  const ids = sortedTags(tax).map((t) => t.id);
  const i = ids.indexOf(id);
  if (i < 0) throw new TagError(`unknown tag "${id}"`);
  const j = Math.max(0, Math.min(ids.length - 1, i + delta));
  ids.splice(i, 1);
  ids.splice(j, 0, id);
  return reorderTags(tax, ids);
}

/**
 * Merges `fromId` into `intoId`: from is marked mergedInto (its events then count under the
 * target) and leaves the buttons. Tags already merged into `from` follow it to the target.
 */
export function mergeTags(tax: Taxonomy, fromId: string, intoId: string): Taxonomy {
  if (!findTag(tax, fromId)) throw new TagError(`unknown tag "${fromId}"`);
  if (!findTag(tax, intoId)) throw new TagError(`unknown tag "${intoId}"`);
  const target = resolveTagId(tax, intoId);
  if (target === fromId) throw new TagError('a tag cannot be merged into itself');
  return {
    ...tax,
    tags: tax.tags.map((t) =>
      t.id === fromId || (t.mergedInto !== undefined && resolveTagId(tax, t.id) === fromId) ? { ...t, mergedInto: target } : t,
    ),
  };
}

/** Undoes a merge: the tag is offered again and its events count under it again. */
export function unmergeTag(tax: Taxonomy, id: string): Taxonomy {
  return replaceTag(tax, id, (t) => {
    const { mergedInto: _drop, ...rest } = t;
    return rest;
  });
}

export function retireTag(tax: Taxonomy, id: string): Taxonomy {
  return replaceTag(tax, id, (t) => ({ ...t, retired: true }));
}

export function unretireTag(tax: Taxonomy, id: string): Taxonomy {
  return replaceTag(tax, id, (t) => {
    const { retired: _drop, ...rest } = t;
    return rest;
  });
}

export type TaxonomyParse = { ok: true; taxonomy: Taxonomy } | { ok: false; errors: ParseError[] };

/** Validates a taxonomy file (JSON text or an already parsed value). Nothing is returned on error. */
export function parseTaxonomy(json: string | unknown): TaxonomyParse {
  let value: unknown = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json.replace(/^\uFEFF/, ''));
    } catch (e) {
      return { ok: false, errors: [{ path: '$', message: `not valid JSON: ${(e as Error).message}` }] };
    }
  }
  const r = TaxonomySchema.safeParse(value);
  if (!r.success) return { ok: false, errors: issuesToErrors(r.error.issues) };
  return { ok: true, taxonomy: r.data as Taxonomy };
}

export function exportTaxonomy(tax: Taxonomy): string {
  return JSON.stringify({ formatVersion: 1, tags: sortedTags(tax) }, null, 2) + '\n';
}
