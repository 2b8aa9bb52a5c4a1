/**
 * Look-alike matrix for the applied alternative (session 21, rwhon21): what Apply all leaves in the draft, by kind. Drafts
 * written for this matrix in many trades, positives and close contrasts; no dev wording. Run from the worktree root:
 *   npx tsx scripts/applied21-matrix.ts        (prints failures and a count by kind; exit 1 on any failure)
 *
 * Kinds:
 *  A  an offer blank ("What we can do is ___", "…, but what I can do is ___") where the draft already says the agent's next
 *     step in any verb and spelling ("ill flag it", "let me grab …", "escalating to … now", "will confirm tmrw"), offers an
 *     alternative as what is still free ("Tuesday still has spaces if that suits?"), or where the negation is a thing's
 *     behaviour under the customer's own condition ("won't do anything if you switch it off") or a wait on a step ("can't …
 *     yet"): advice. A plain refusal keeps its blank.
 *  B  a not-knowing template ("I don't have a confirmed answer yet on …, and ___", «فعلاً خبر دقیقی نیست و ___ تا مشخص بشه»)
 *     where the sentence goes on with the agent's own step or a guess follows: advice; a filler («والا») left after the
 *     frame goes; a blank run into "?" or "!" ends with a full stop instead; the idiom of thanks («نمی‌دانیم چگونه … تشکر
 *     کنیم») is no not-knowing.
 *  C  "won't/can't … till/until <a date or clock time>" is no "will … once <date>" ("once" wants an event): a state takes
 *     "from" ("will be free from Thursday"), anything else stays advice; an event ("until we receive the form") keeps "once".
 *  D  Persian: an offer blank where the draft already acts: a first-person verb after the refusal («بهتون خبر میدیم»,
 *     «میپرسم»), an imperative («برید شعبه»), a hand-over («دست شرکت …ه»), an offer question («میخواید … بفرستم»), or the
 *     next sentence's way forward («می‌توانید …», «خواهشمند است … اقدام فرمایید»); one blank per paragraph (the last).
 *  E  Persian: the letter formula «به اطلاع/استحضار می‌رساند» (bur35: its rule retired; before, deleted in a formal letter
 *     and made «خواستیم به شما اطلاع بدهیم که» in a plain draft) is left as written in both.
 *  G  "X isn't available/included …, but ___ is/are" where the subject is a person ("we are not available before May") or
 *     the sentence goes on after the blank (", the hall is booked", ", only in store"): advice; a sentence ending there keeps it.
 *  H  "it looks like" after a clause that names its evidence or gives a reason ("records show that", "because", "as"):
 *     dropped ("failed to X" still becomes "didn't X"), advice where nothing else changes; alone it stays
 *  J  a recap that leaves the old phrase's "now/already/again" at the seam takes it; "Dear customer" in a letter that
 *     closes "Yours sincerely" or has a second greeting under it is no "Hi there"
 *  R  Persian: «متأسفانه» before bad news said in words the reader missed («ته کشیده», «در مرخصی», «به تعویق افتاد», «عقب
 *     افتاد») stays (advice), before plain news it still goes
 *  K  Persian: «باید … کنی» run on into the next clause with no mark («… آپدیت کنی بعدش …», «… بپرسی من فقط …») is never
 *     «لطفاً … کنی»: the verb asked for takes the imperative («لطفاً … بپرس من …»), or the suggestion stays advice
 *  F  «مشکلی نیست، …» / "no problem, …" saying nothing is wrong (news that all is fine follows) is no «با کمال میل» / "of
 *     course": advice or nothing.
 */
import { runAppliedMatrix, type AppliedCase as Case } from './lib/applied-matrix.ts';

const NB = ['___'];
const C: Case[] = [
  // A — the draft already gives the agent's next step, an alternative, or refuses nothing
  { kind: 'A', text: "cant reset the pin from my side, ill raise it with the card team", not: NB, flagged: true },
  { kind: 'A', text: "We can't waive the admin fee, I'll mention it to my manager though.", not: NB },
  { kind: 'A', text: "i cant move the booking on my screen, Ill ring the venue in the morning", not: NB },
  { kind: 'A', text: "We can't change the seat on this fare. Let me grab a colleague from the ticket desk.", not: NB },
  { kind: 'A', text: "I can't open the file you sent, let me fetch someone from IT.", not: NB },
  { kind: 'A', text: "We can't release the keys today. Passing this to the lettings manager now.", not: NB },
  { kind: 'A', text: "Can't unlock the account from here, escalating it to security now.", not: NB },
  { kind: 'A', text: "we cant refit the blinds this week, will confirm a date tmrw", not: NB },
  { kind: 'A', text: "We can't swap the size after dispatch, gonna ask the warehouse to hold it.", not: NB },
  { kind: 'A', text: "The 9am class is full so we can't add you to it. Thursday at 6 still has a few mats free if that suits?", not: NB },
  { kind: 'A', text: "The twin room is fully booked so we won't be able to upgrade you. The garden suite is free that night if you'd like it?", not: NB },
  { kind: 'A', text: "We can't deliver on Saturday, the van is full. Would Monday morning work instead?", not: NB },
  { kind: 'A', text: "The alarm won't do anything if you leave it unarmed overnight.", not: NB },
  { kind: 'A', text: "The thermostat won't respond if the batteries are flat.", not: NB },
  { kind: 'A', text: "The filter won't work properly unless you rinse it every month.", not: NB },
  { kind: 'A', text: "Your claim is still pending review so the payment can't be released yet.", not: NB },
  { kind: 'A', text: "The survey hasn't come back so we can't confirm the price yet.", not: NB },
  { kind: 'A', text: "no idea why the app logged you out, ill check with the devs", not: NB },
  { kind: 'A', text: "Not sure what caused the leak, sending a plumber round this afternoon.", not: NB },
  { kind: 'A', text: "I'm not sure who handles refunds for resold tickets, let me grab my supervisor.", not: NB },
  // A contrasts: a plain refusal keeps its blank
  { kind: 'A', text: "Changing the plan mid-term isn't possible, the price is locked when you subscribe", has: NB },
  { kind: 'A', text: "It isn't possible to freeze the membership if you have an unpaid balance.", has: NB },
  { kind: 'A', text: "We can't refund the deposit once the dress has been altered.", has: NB },
  { kind: 'A', text: "I'm not able to extend your parking permit past the end of the month.", has: NB },
  { kind: 'A', text: "We don't offer delivery to the islands.", has: NB },
  { kind: 'A', text: "The system won't let me change the name on the ticket.", has: NB },
  { kind: 'A', text: "We cannot reissue the certificate with a different date.", has: NB },
  { kind: 'A', text: "we cant do a partial refund on bundles", has: NB },
  { kind: 'A', text: "We can't refund the lesson, the instructor was ill and the class still ran.", has: NB },
  { kind: 'A', text: "We can't change the date after the deposit is paid, meaning the original fee stands.", has: NB },
  { kind: 'A', text: "We don't accept returns on earrings.", has: NB },
  { kind: 'A', text: "I can't issue a second voucher for the same booking.", has: NB },
  // B — a not-knowing template that does not fit
  { kind: 'B', text: 'lol no idea why it did that!! let me ask the dev team', not: NB, flagged: true },
  { kind: 'B', text: "I'm not sure if the warranty covers water damage? It may do.", not: ['___?'] },
  { kind: 'B', text: "I'm not sure whether the gym is open on bank holidays? I think so.", not: ['___?'] },
  { kind: 'B', text: 'no clue why the printer did that haha, ill get someone to look', not: NB },
  { kind: 'B', text: 'نمیدونم والا کی تخفیفا شروع میشه، از مدیر میپرسم بهتون میگم', not: NB, flagged: true },
  { kind: 'B', text: 'نمیدونم والا هنوز گارانتی داره یا نه، فردا از نمایندگی میپرسم', not: NB },
  { kind: 'B', text: 'نمیدونم والا کی باز میشه', not: ['___ تا مشخص بشه والا'], has: ['مشخص بشه کی باز'] },
  { kind: 'B', text: 'نمیدونم والله، کی تعمیرش تموم میشه', not: ['والله'] },
  { kind: 'B', text: 'نمیدونم، از همکارم میپرسم و خبرت میکنم', not: NB },
  { kind: 'B', text: 'مطمئن نیستم ولی احتمالا تا فردا بسته برسه', not: NB },
  { kind: 'B', text: 'مطمئن نیستم اما فکر کنم تا آخر هفته تعمیر تموم بشه', not: NB },
  { kind: 'B', text: 'نمی‌دانیم چگونه از صبوری شما تشکر کنیم.', not: NB },
  { kind: 'B', text: 'نمی‌دونیم چطوری از لطفتون تشکر کنیم', not: NB },
  { kind: 'B', text: "I'm not sure whether the pool is heated? It might be.", has: ['and ___.'], not: ['___?'] },
  { kind: 'B', text: "no idea why the screen went black!! sorry", not: ['___!'] },
  // B contrasts: a bare not-knowing keeps its template
  { kind: 'B', text: "I don't know why the invoice shows two lines.", has: NB },
  { kind: 'B', text: "I'm not sure when the new stock arrives.", has: NB },
  { kind: 'B', text: 'نمیدونم کی موجود میشه', has: NB },
  { kind: 'B', text: 'خبری نداریم فعلا، عصر دوباره زنگ بزنین', has: NB },
  { kind: 'B', text: 'نمیدونم والا کی تحویل میدن، دست پیک‌موتوریه', has: NB, not: ['بشه والا'] },
  // C — "till <date>" is no "once <date>"
  { kind: 'C', text: "Your glasses won't be ready till the 9th, sorry.", not: ['once the 9th'], flagged: true },
  { kind: 'C', text: "The bike won't be back from the workshop until Friday.", not: ['once Friday'], flagged: true },
  { kind: 'C', text: 'scaffold wont be down til weds pm now, the crew is short', not: ['once weds'], flagged: true },
  { kind: 'C', text: "The hall won't be free until 3pm on Sunday.", not: ['once 3pm'], flagged: true },
  { kind: 'C', text: "Your new card won't arrive until next Tuesday.", not: ['once next Tuesday'], flagged: true },
  { kind: 'C', text: "The plumber won't be able to come until the 22nd.", not: ['once the 22nd'], flagged: true },
  { kind: 'C', text: "Your account won't be credited till Monday morning.", not: ['once Monday'], flagged: true },
  { kind: 'C', text: "the courier wont collect until tomorrow am", not: ['once tomorrow'], flagged: true },
  { kind: 'C', text: "your boots won't be back from the cobbler till the 12th so we'll ring you after that", not: ['once the 12th'], flagged: true },
  { kind: 'C', text: "The parts won't be in until the 20th so we'll fit them after that.", not: ['once the 20th'], flagged: true },
  { kind: 'C', text: "The frames won't arrive till Thursday so the fitting moves to Friday.", not: ['once Thursday'], flagged: true },
  { kind: 'C', text: "the quote won't be ready until next week as the surveyor is away", not: ['once next week'], flagged: true },
  { kind: 'C', text: "Your passport won't be back until 3pm so you can collect it after that.", not: ['once 3pm'], flagged: true },
  { kind: 'C', text: "hey - trailer wont be free til sat am now, driver off. will confirm tmrw", not: ['once sat'], flagged: true },
  // C contrasts: an event keeps "once"
  { kind: 'C', text: "We don't post parcels until the bank holiday weekend is over.", has: ['once the bank holiday weekend is over'] },
  { kind: 'C', text: "The key won't be cut until we have your ID so bring it with you.", not: ['once the'] },
  { kind: 'C', text: "The parts won't be in until the 20th so we'll fit them after that.", has: ['will be in from the 20th'] },
  { kind: 'C', text: "The courier won't collect until Monday so we'll pack it on Sunday.", not: ['once Monday', 'from Monday'] },
  { kind: 'C', text: "Your refund won't be processed until we receive the item.", is: 'Your refund will be processed once we receive the item.' },
  { kind: 'C', text: "The order won't ship until the payment clears.", has: ['once the payment clears'] },
  { kind: 'C', text: "Your account won't be unlocked until you confirm your email.", has: ['once you confirm your email'] },
  // D — Persian offer blank where the draft already acts
  { kind: 'D', text: 'این کفش تو سایزتون دیگه نمیاد، ولی مدل مشابهش هست میخواید عکسشو بفرستم', not: NB },
  { kind: 'D', text: 'این رنگ دیگه تولید نمیشه، سری جدیدش اومده میخوای لینکشو بفرستم', not: NB },
  { kind: 'D', text: 'بلیط این سانس دیگه نداریم، سانس بعدی جا داره میخواید براتون رزرو کنم', not: NB },
  { kind: 'D', text: 'این کار از دست ما برنمیاد، برید دفتر مرکزی', not: NB },
  { kind: 'D', text: 'این به ما مربوط نیست، برید اداره پست', not: NB },
  { kind: 'D', text: 'به ما ربطی نداره، تعمیرش دست نمایندگیه', not: NB },
  { kind: 'D', text: 'گارانتی به ما مربوط نمیشه، دست شرکت سازنده‌ست', not: NB },
  { kind: 'D', text: 'تحویل زودتر از ۱۰ روز کاری امکان نداره، بسته که رسید انبار بهتون خبر میدیم', not: NB },
  { kind: 'D', text: 'کارت جدید زودتر از یک هفته صادر نمیشه، صادر که شد پیامک میزنیم', not: NB },
  { kind: 'D', text: 'استرداد وجه برای بلیت‌های تخفیف‌دار انجام نمی‌شود. جهت تغییر تاریخ سفر می‌توانید با واحد فروش تماس بگیرید.', not: NB },
  { kind: 'D', text: 'تمدید مهلت ثبت‌نام امکان‌پذیر نمی‌باشد. خواهشمند است نسبت به تکمیل مدارک اقدام فرمایید.', not: NB },
  { kind: 'D', text: 'نه نمیشه. هزینه‌ی کلاس که پرداخت شده برگشت نمیخوره', not: ['___.'], has: NB },
  { kind: 'D', text: 'نه متاسفانه. بیعانه برگشت داده نمیشه', not: ['___.'] },
  // D contrasts: a plain refusal keeps its blank (a verb after a modal is the refused action, not a step)
  { kind: 'D', text: 'شما نمی‌توانید قبل از تأیید حساب، وجه را انتقال دهید.', has: NB },
  { kind: 'D', text: 'نمی‌توانیم بدون رسید خرید، کالا را تعویض کنیم.', has: NB },
  { kind: 'D', text: 'بیعانه برگشت داده نمیشه', has: NB },
  { kind: 'D', text: 'تعویض کالا پس از استفاده امکان‌پذیر نیست.', has: NB },
  { kind: 'D', text: 'ما سفارش تلفنی قبول نمی‌کنیم.', has: NB },
  { kind: 'D', text: 'نمی‌تونم سفارشتونو کنسل کنم', has: NB },
  { kind: 'D', text: 'ارسال به شهرستان نداریم، متاسفم', has: NB },
  { kind: 'D', text: 'بعد از باز کردن پلمب مرجوع نمیشه، شرمنده', has: NB },
  // E — the letter formula (bur35: its rule fa-bureaucratic-inform retired): never rewritten, never deleted, in a formal
  // letter or a plain draft; bad news after it keeps its own flag
  { kind: 'E', text: 'با سلام و احترام، به استحضار می‌رساند وام جنابعالی تصویب و به حساب معرفی‌شده واریز گردید.', not: ['خواستیم'], has: ['به استحضار می‌رساند وام جنابعالی'] },
  { kind: 'E', text: 'به اطلاع می‌رساند کارت عضویت جنابعالی صادر و ارسال گردید.', is: 'به اطلاع می‌رساند کارت عضویت جنابعالی صادر و ارسال گردید.' },
  { kind: 'E', text: 'با کمال تأسف به اطلاع می‌رساند کلاس مورخ ۵ آبان به دلیل بیماری استاد لغو گردیده است.', not: ['خواستیم'], has: ['به اطلاع می‌رساند کلاس'] },
  { kind: 'E', text: 'عطف به درخواست مورخ ۱۰ مهر، به استحضار می‌رساند پرونده جنابعالی به واحد حقوقی ارجاع گردید.', not: ['خواستیم'], has: ['به استحضار می‌رساند پرونده'] },
  { kind: 'E', text: 'مشتری گرامی، به اطلاع می‌رساند تعویض کالا پس از گذشت هفت روز از تاریخ خرید مقدور نمی‌باشد.', not: ['خواستیم'], has: ['به اطلاع می‌رساند تعویض'], flagged: true },
  { kind: 'E', text: 'به استحضار می‌رساند درخواست جنابعالی در کمیسیون مربوطه مطرح و مورد موافقت قرار گرفت.', is: 'به استحضار می‌رساند درخواست جنابعالی در کمیسیون مربوطه مطرح و مورد موافقت قرار گرفت.' },
  { kind: 'E', text: 'به اطلاع می‌رساند سفارش شما ارسال شد.', is: 'به اطلاع می‌رساند سفارش شما ارسال شد.' },
  { kind: 'E', text: 'سلام، به اطلاع میرسانیم که کلاس فردا تشکیل نمیشه', not: ['خواستیم'], has: ['به اطلاع میرسانیم'] },
  // G — "but ___ are" where it cannot stand
  { kind: 'G', text: 'For the photo shoot we are not available before April, the studio is being refitted.', not: NB, flagged: true },
  { kind: 'G', text: 'Our fitters are not available on Saturdays, they only work weekdays.', not: NB },
  { kind: 'G', text: 'Gift boxes aren’t available for online orders, only in store.', not: NB },
  { kind: 'G', text: 'Evening slots are not available in December, the hall is booked for parties.', not: NB },
  { kind: 'G', text: 'REFILLS ARENT AVAILABLE IN THE SMALL SIZE, LARGE ONLY', not: NB },
  { kind: 'G', text: 'Batteries aren’t included with the remote, they come in the starter kit.', not: NB },
  { kind: 'G', text: 'Courtesy cars are not available this week, all three are out on hire.', not: NB },
  // G contrasts: the sentence ends at the blank
  { kind: 'G', text: 'Express slots aren’t available this week.', has: NB },
  { kind: 'G', text: 'Large sizes are not available in this style.', has: NB },
  { kind: 'G', text: 'Gift wrap isn’t available on this item, sorry.', has: NB },
  { kind: 'G', text: 'Evening appointments are not available in August.', has: NB },
  // H — the hedge after evidence or a reason
  { kind: 'H', text: 'The order was cancelled because you didn’t confirm the address.', not: ['because it looks like'], flagged: true },
  { kind: 'H', text: 'Our records show that you failed to return the van on time.', is: "Our records show that you didn't return the van on time." },
  { kind: 'H', text: 'The system shows you failed to upload the ID.', not: ['shows it looks like'] },
  { kind: 'H', text: "The claim was declined as you didn't send the receipts in time.", not: ['as it looks like'] },
  { kind: 'H', text: "Our logs show that you failed to update the firmware before unplugging the router.", not: ['that it looks like'], has: ["didn't update"] },
  { kind: 'H', text: 'According to the courier, you failed to collect the parcel from the depot.', not: ['courier, it looks like'] },
  { kind: 'H', text: "Your bill is estimated since you didn't submit a meter reading.", not: ['since it looks like'] },
  { kind: 'H', text: "The booking lapsed because you failed to pay the balance.", not: ['because it looks like'], has: ["didn't pay"] },
  // H contrasts: alone, the hedge stays
  { kind: 'H', text: 'You failed to attend your appointment.', has: ['It looks like'] },
  { kind: 'H', text: 'Hi Sam, you failed to sign the second page of the form.', has: ['it looks like'] },
  // J
  { kind: 'J', text: 'as I said several times now the deposit is non-refundable', not: ['recap, now'] },
  { kind: 'J', text: 'As mentioned a few times already, the shop closes at 5.', not: ['recap, already'] },
  { kind: 'J', text: 'Dear customer,\n\nYour refund has been processed.\n\nYours sincerely,\nAnna Reid', not: ['Hi there'] },
  { kind: 'J', text: 'Dear customer,\nبا سلام، سفارش شما ارسال شد.', not: ['Hi there'] },
  { kind: 'J', text: 'Dear customer, your parcel is on its way. Thanks, Sam', has: ['Hi there'] },
  // R
  { kind: 'R', text: 'متاسفانه این شامپو فعلا ته کشیده ولی میتونین سفارش بذارین', has: ['متاسفانه'] },
  { kind: 'R', text: 'متأسفانه استاد در تاریخ مذکور در مرخصی بوده و کلاس شما به هفته بعد منتقل گردید.', has: ['متأسفانه'] },
  { kind: 'R', text: 'متاسفانه کنسرت به ماه بعد به تعویق افتاد.', has: ['متاسفانه'] },
  { kind: 'R', text: 'متاسفانه جلسه‌تون یه هفته عقب افتاد', has: ['متاسفانه'] },
  { kind: 'R', text: 'متاسفانه اون رنگ ته کشید، آبیش هست', has: ['متاسفانه'] },
  { kind: 'R', text: 'متاسفانه سفارش شما فردا ارسال میشه', not: ['متاسفانه'] },
  // K
  { kind: 'K', text: 'اول باید برنامه رو آپدیت کنی بعدش ورود درست میشه', is: 'اول لطفاً برنامه رو آپدیت کن بعدش ورود درست میشه' },
  { kind: 'K', text: 'اینو باید از بخش فنی بپرسی من فقط انبارم', not: ['بپرسی من'] },
  { kind: 'K', text: 'باید رسید رو نشون بدی بعد میتونی تحویل بگیری', not: ['نشون بدی بعد'] },
  { kind: 'K', text: 'باید فرم رو امضا کنی بعدش برات میفرستیم', is: 'لطفاً فرم رو امضا کن بعدش برات میفرستیم' },
  { kind: 'K', text: 'باید اول کارت ملی بیاری من که نمیتونم بدون اون ثبت کنم', not: ['بیاری من'] },
  { kind: 'K', text: 'باید به من بگی کدوم سفارش', has: ['بگو'] },
  { kind: 'K', text: 'اول باید کش مرورگر رو پاک کنی بعدش صفحه باز میشه', is: 'اول لطفاً کش مرورگر رو پاک کن بعدش صفحه باز میشه' },
  { kind: 'K', text: 'باید بری بانک و کارتو بگیری', is: 'لطفاً برو بانک و کارتو بگیر' },
  // F — «مشکلی نیست» / "no problem" saying all is fine
  { kind: 'F', text: 'مشکلی نیست، سفارشتون ثبت شده و همه چی درسته', not: ['با کمال میل'] },
  { kind: 'F', text: 'مشکلی نیست، حسابتون فعاله و پرداخت هم انجام شده', not: ['با کمال میل'] },
  { kind: 'F', text: 'مشکلی نیست، رزروتون سر جاشه', not: ['با کمال میل'] },
  { kind: 'F', text: 'مشکلی نیست، بیمه‌تون هنوز اعتبار داره', not: ['با کمال میل'] },
  // F contrasts: a request answered keeps «با کمال میل»
  { kind: 'F', text: 'مشکلی نیست، براتون عوضش میکنم', has: ['با کمال میل'] },
  { kind: 'F', text: 'مشکلی نیست، همین الان براتون میفرستم', has: ['با کمال میل'] },
];

process.exit(runAppliedMatrix(C) ? 1 : 0);
