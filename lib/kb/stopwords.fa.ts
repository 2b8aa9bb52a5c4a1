/**
 * Persian stop words for KB matching, in folded form (Persian yeh and keheh, no diacritics).
 * Politeness and framing words ("سلام", "لطفا") are stop words too.
 */
/** Common Persian function words, pronouns, politeness and question words (folded). */
const FA_WORDS =
  'و در به از که این آن را با برای بر تا یا اما ولی اگر چون زیرا پس هم نیز ' +
  'یک یکی چند همه هر هیچ دیگر دیگه خود خودم خودش ' +
  'من تو او ما شما ایشان آنها اونها اون این‌ها آن‌ها انها ' +
  'مرا ترا مان تان شان ام ات اش ای ها های هایی ' +
  'چه چی چیه چرا چطور چطوری چگونه کجا کجاست کی کدام چقدر آیا ایا ' +
  'است هست نیست هستم هستی هستیم هستید هستند نیستم نیستی نیستیم نیستید نیستند ' +
  'باید شاید نباید میشه نمیشه ' +
  'سلام درود ممنون مرسی متشکرم تشکر سپاس لطفا لطفاً خواهشا خواهشمندم باتشکر احترام ' +
  'خیلی بسیار الان حالا هنوز فقط حتی مثل مانند روی زیر بین بعد قبل ' +
  'می نمی';

/**
 * Light verbs of Persian compound verbs ("دریافت کردم", "فعال شده", "پرداخت نمودم"): the noun part
 * carries the meaning, so every person/tense/negation form of these verbs is a stop word.
 */
const PAST_STEMS = ['کرد', 'شد', 'بود', 'نمود', 'گشت', 'داشت'];
const PRESENT_STEMS = ['کن', 'شو', 'باش', 'نما', 'دار'];
const PAST_ENDINGS = ['', 'م', 'ی', 'یم', 'ید', 'ند', 'ه', 'ن'];
const PRESENT_ENDINGS = ['م', 'ی', 'د', 'یم', 'ید', 'ند', 'ه'];

function lightVerbForms(): string[] {
  const out: string[] = [];
  for (const s of PAST_STEMS) for (const e of PAST_ENDINGS) for (const p of ['', 'ن', 'می', 'نمی']) out.push(p + s + e);
  for (const s of PRESENT_STEMS) for (const e of PRESENT_ENDINGS) for (const p of ['', 'ن', 'ب', 'می', 'نمی']) out.push(p + s + e);
  // Perfect tense written with ZWNJ or space: "کرده ام" -> the clitic part is dropped elsewhere.
  return out;
}

export const FA_STOP = new Set([...FA_WORDS.split(/\s+/).filter(Boolean), ...lightVerbForms()]);
