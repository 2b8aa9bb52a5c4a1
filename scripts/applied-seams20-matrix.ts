/**
 * Look-alike matrix for the applied alternative (session 20): what Apply all leaves in the draft, by kind. Drafts written
 * for this matrix in many trades, positives and close contrasts; no dev wording. Run from the worktree root:
 *   npx tsx scripts/applied-seams20-matrix.ts        (prints failures and a count; exit 1 on any failure)
 *
 * Kinds:
 *  A  "until" inside a negated clause ("don't start until May, so we can't …") is no fronted "Until X, we can't …"
 *  B  "you must be at/home/ready …" is an instruction, not a feeling to imagine
 *  C  a candour phrase deleted whole ("to be honest with you"), and a parenthetical after an open verb takes its first comma
 *  D  "can't/won't … before" a deadline-like point (a holiday, the weekend, the 14th, "then", "your move") is no "from X"
 *  E  "your X failed the/its check" (a test failed) is no "didn't go through the check"
 *  F  no blank sentence where the draft already gives the way forward (only X, you'd need, set by, is needed, automatically,
 *     checking now, a request before the refusal), after a forecast, after a policy with nothing refused, or before an "It …"
 *     that explains the system
 *  G  Persian: «باید» + a past second-person verb («میومدین») is "should have", never «لطفاً …»
 *  H  Persian: a sentence template in the draft's register when its own sentence shows none
 *  J  Persian: a slip or a late word about the past made a request/thanks while the sentence goes on with what it caused
 *     («لذا», «به همین دلیل», «الان دیگه …»): advice
 *  K  Persian: «باید …» made «لطفاً …» asks with the imperative of the verb asked for, not of a later clause's verb
 *  I  an apology for the inconvenience heading a sentence that goes on: no "thank you for your understanding" before the
 *     news (thanks for bearing with us), and none before "but" (the apology and its "but" go)
 */
import { runAppliedMatrix, type AppliedCase as Case } from './lib/applied-matrix.ts';

const C: Case[] = [
  // A
  { kind: 'A', text: "The new evening classes don't start until May, so we can't enrol you any earlier.", not: ["can enrol you any earlier", "don't start from"], flagged: true },
  { kind: 'A', text: "Lessons don't resume until the spring term, so we can't book you in sooner.", not: ['can book you in sooner', "don't resume from"] },
  { kind: 'A', text: "The pool isn't open until 9, so we can't take bookings before then.", not: ['once then', 'can take bookings before'] },
  { kind: 'A', text: 'The depot won’t reopen until Monday, so we can’t release the parcel today.', not: ['can release the parcel today', 'won’t reopen from'] },
  { kind: 'A', text: "Until the payment clears, you can't download the invoice.", is: 'Once the payment clears, you can download the invoice.' },
  { kind: 'A', text: 'Hi Tom, until we hear back from the courier, we are unable to send a replacement.', is: 'Hi Tom, once we hear back from the courier, we can send a replacement.' },
  { kind: 'A', text: "Until the vet signs the form, we can't release the medication.", is: 'Once the vet signs the form, we can release the medication.' },
  // B
  { kind: 'B', text: 'you MUST be at the terminal 40 minutes before boarding with your passport', not: ['imagine'], flagged: true },
  { kind: 'B', text: 'You must be home between 8 and 12 so the fitter can get in.', not: ['imagine'] },
  { kind: 'B', text: 'You must be present at the viewing with photo ID.', not: ['imagine'] },
  { kind: 'B', text: 'You must be the named driver on the hire agreement to collect the van.', not: ['imagine'] },
  { kind: 'B', text: 'You must be ready at the gate when the shuttle arrives.', not: ['imagine'] },
  { kind: 'B', text: 'You must be frustrated by the delay.', is: "I imagine you're frustrated by the delay." },
  { kind: 'B', text: 'You must be exhausted after the overnight flight.', is: "I imagine you're exhausted after the overnight flight." },
  { kind: 'B', text: 'You must be fed up with the noise from the works.', has: ['I imagine you'] },
  // C
  { kind: 'C', text: 'to be honest with you the fees are the same in the app and on the website', is: 'The fees are the same in the app and on the website' },
  { kind: 'C', text: 'To be honest with you, the cheaper frame is just as strong.', is: 'The cheaper frame is just as strong.' },
  { kind: 'C', text: 'The evening slot is, to be frank, the one most people forget to book.', is: 'The evening slot is the one most people forget to book.' },
  { kind: 'C', text: 'The basic plan was, honestly, the better fit for a team your size.', is: 'The basic plan was the better fit for a team your size.' },
  { kind: 'C', text: 'Hi Zoe, to be honest, the blue one is more popular.', is: 'Hi Zoe, the blue one is more popular.' },
  { kind: 'C', text: 'The update, unfortunately, did not fix the crash.', not: ['update,  did', 'update, did'] },
  // D
  { kind: 'D', text: "We can't deliver the sofa before Christmas.", not: ['from Christmas'], flagged: true },
  { kind: 'D', text: "We can't deliver before the 14th, the depot is closed for stocktake.", not: ['from the 14th'], flagged: true },
  { kind: 'D', text: "The parts won't arrive before the 20th.", not: ['from the 20th'], flagged: true },
  { kind: 'D', text: "We can't fit the boiler before the weekend.", not: ['from the weekend'], flagged: true },
  { kind: 'D', text: "The engineer won't be there before then.", not: ['from then', 'once then'], flagged: true },
  { kind: 'D', text: "I can't book you in before the 3rd.", not: ['from the 3rd'], flagged: true },
  { kind: 'D', text: 'we cant do it before your move date', not: ['from your move'], flagged: true },
  { kind: 'D', text: "Housekeeping can't come before 11am on Sundays, I'm afraid.", has: ['can come from 11am'] },
  { kind: 'D', text: "We can't book you in before March, the diary is full.", has: ['from March'] },
  { kind: 'D', text: "The documents won't be ready before Thursday.", has: ['will be ready from Thursday'] },
  { kind: 'D', text: "Your refund won't be processed until we receive the item.", is: 'Your refund will be processed once we receive the item.' },
  // E
  { kind: 'E', text: 'Your boiler failed its gas safety check, so the engineer has capped it off.', not: ["didn't go through"], flagged: false },
  { kind: 'E', text: 'Your line failed the noise margin test, so I have raised a fault.', not: ["didn't go through"] },
  { kind: 'E', text: 'Your car failed its MOT on the brake discs.', not: ["didn't go through"] },
  { kind: 'E', text: 'Your upload failed verification because the photo was blurred.', not: ["didn't go through verification"] },
  { kind: 'E', text: 'It looks like your payment failed because the card expired.', is: "It looks like your payment didn't go through because the card expired." },
  { kind: 'E', text: 'Your transfer has failed, so the money is back in your account.', has: ["didn't go through"] },
  // F
  { kind: 'F', text: "hi jo, we dont support multi-currency invoices on the Basic plan, only GBP. you'd need Plus for that", not: ['___'] },
  { kind: 'F', text: 'we dont print on canvas, only paper and card stock', not: ['___'] },
  { kind: 'F', text: "My screen won't let me cancel the late fee. It greys the button out once an account is in arrears!", not: ['___'] },
  { kind: 'F', text: "The booking tool won't let me move the lesson. It locks 24 hours before the start.", not: ['___'] },
  { kind: 'F', text: "You need to send the form through the portal, we don't accept attachments by email.", not: ['___'] },
  { kind: 'F', text: 'system wont let me put the refund on a new card, it only goes back to the original payment', not: ['___'] },
  { kind: 'F', text: "That isn't something we deal with here, the exam board sets the dates.", not: ['___'] },
  { kind: 'F', text: 'The van cannot stop on a red route, so a parking permit is needed.', not: ['___'] },
  { kind: 'F', text: "Our system won't let me release the £60 hold, it drops off automatically once the hotel settles.", not: ['___'] },
  { kind: 'F', text: 'no idea why the app shows that, checking now', not: ['___'] },
  { kind: 'F', text: 'honestly the premium cable won’t make much difference on that tv', not: ['___'] },
  { kind: 'F', text: "The deposit is returned once the keys are handed back. It's company policy and applies to every tenant.", not: ['___'] },
  { kind: 'F', text: "The scratch counts as wear and tear, it's company policy not to compensate for those", has: ['___'] },
  { kind: 'F', text: "We can't swap the kettle for a different colour once it has been used.", has: ['___'] },
  { kind: 'F', text: "I'm not able to extend the trial past 30 days.", has: ['___'] },
  { kind: 'F', text: "We don't offer cash refunds on sale items.", has: ['___'] },
  { kind: 'F', text: "Please note we can't refund delivery charges.", has: ['___'] },
  { kind: 'F', text: 'Having looked at the dates though, we can’t backdate the tariff change to March.', has: ['___'] },
  { kind: 'F', text: 'Thanks for waiting, we are unable to reopen the claim.', has: ['___'] },
  { kind: 'F', text: "The system won't let me change the delivery day.", has: ['___'] },
  // I
  { kind: 'I', text: 'Sorry for the inconvenience, your booking has been moved to the other branch.', is: 'Thank you for bearing with us, your booking has been moved to the other branch.' },
  { kind: 'I', text: "We’re sorry for any inconvenience, but the reference you sent doesn't match any order.", is: "The reference you sent doesn't match any order." },
  { kind: 'I', text: 'Apologies for any inconvenience caused, the phone lines were down this morning.', not: ['understanding, the'] },
  { kind: 'I', text: 'Hi Sam, sorry for the inconvenience, the engineer is now booked for Friday.', is: 'Hi Sam, thank you for bearing with us, the engineer is now booked for Friday.' },
  { kind: 'I', text: 'Apologies for the inconvenience, but the gym will be closed on Monday for repairs.', is: 'The gym will be closed on Monday for repairs.' },
  { kind: 'I', text: 'Your parcel is now on its way. Sorry for any inconvenience caused.', is: 'Your parcel is now on its way. Thank you for your understanding.' },
  { kind: 'I', text: 'We apologise for any inconvenience. Your new reference is AB123.', is: 'Thank you for your understanding. Your new reference is AB123.' },
  { kind: 'I', text: 'The class has moved to room 4, apologies for the inconvenience.', not: ['bearing with us, '] },
  // G
  { kind: 'G', text: 'باید زودتر میومدین، ساعت ۱۰ نوبتتون رد شد', not: ['لطفاً'], flagged: true },
  { kind: 'G', text: 'شما باید دیروز میومدید دفتر، الان دیگه دیر شده', not: ['لطفاً'] },
  { kind: 'G', text: 'باید صبح زود می‌آمدید تا نوبت بگیرید.', not: ['لطفاً'] },
  { kind: 'G', text: 'باید همون روز اول میومدی که درستش کنیم', not: ['لطفاً'] },
  { kind: 'G', text: 'باید زودتر بیاین تا نوبتتون رد نشه', has: ['لطفاً زودتر بیاین'] },
  { kind: 'G', text: 'برای تعویض گوشی باید بیاید حضوری دفتر', has: ['لطفاً'] },
  // J
  { kind: 'J', text: 'شما در مهلت مقرر مدارک را بارگذاری نکرده‌اید؛ لذا پرونده شما بررسی نشده است.', not: ['لطفاً'], flagged: true },
  { kind: 'J', text: 'شما باید زودتر خبر میدادید، الان دیگه کنسلی هزینه داره', not: ['لطف کردید'], flagged: true },
  { kind: 'J', text: 'باید زودتر خبر میدادین، رزرو میز که دیگه الان فایده نداره', not: ['لطف کردید'] },
  { kind: 'J', text: 'شما کد تخفیف را وارد نکرده‌اید، به همین دلیل مبلغ کامل کسر شده است.', not: ['لطفاً'] },
  { kind: 'J', text: 'شما فرم را امضا نکرده‌اید.', is: 'لطفاً فرم را امضا کنید.' },
  { kind: 'J', text: 'باید زودتر خبر میدادین', has: ['لطف کردید'] },
  // K
  { kind: 'K', text: 'باید شماره سریال رو بفرستی تا سفارش رو پیدا کنم', is: 'لطفاً شماره سریال رو بفرست تا سفارش رو پیدا کنم' },
  { kind: 'K', text: 'کار من نیست، باید بری دفتر فروش', is: 'کار من نیست، لطفاً برو دفتر فروش' },
  { kind: 'K', text: 'باید بری بانک و کارتو بگیری', is: 'لطفاً برو بانک و کارتو بگیر' },
  { kind: 'K', text: 'اول باید فرم رو پر کنی.', is: 'اول لطفاً فرم رو پر کن.' },
  { kind: 'K', text: 'باید رمزتون رو عوض کنید.', is: 'لطفاً رمزتون رو عوض کنید.' },
  { kind: 'K', text: 'باید رسید رو بیاری که تحویل بگیری', is: 'لطفاً رسید رو بیار که تحویل بگیری' },
  // H
  { kind: 'H', text: 'یخچال ساید کی میاد؟ هیچی معلوم نیست فعلا', not: ['آنچه می‌توانیم'] },
  { kind: 'H', text: 'سفارشتون کی میرسه؟ فعلا اطلاعی در دست نیست', not: ['آنچه می‌توانیم'] },
  { kind: 'H', text: 'مشتری گرامی، زمان ارسال محموله؟ در حال حاضر اطلاعی در دست نیست.', not: ['کاری که می‌شه'] },
  { kind: 'H', text: 'با سلام، تاریخ بلیت پس از صدور قابل تغییر نیست.\n\nدر تاریخ ۱۲ مرداد، مریم نوشت:\n> نمیتونم این تاریخ بیام، عوضش کنین دیگه', not: ['کاری که می‌شه'] },
  { kind: 'J', text: 'باید همون موقع که بسته رسید چک میکردین، الان دیگه پیگیریش سخته', has: ['دفعه‌ی بعد'] },
];

process.exit(runAppliedMatrix(C) ? 1 : 0);
