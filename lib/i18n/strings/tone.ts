import { cueStrings } from '../../tone/cues/index.ts';

/** The cue bar's own strings; each cue's strings live in its module (lib/tone/cues). */
export const strings = {
  en: {
    ...cueStrings.en,

    'tone.bar.label': 'Tone cues',
    'tone.bar.empty': 'Tone cues appear when there is a customer message.',
    'tone.bar.none': 'No tone cues for this message.',
    'tone.bar.dismiss': 'Dismiss “{cue}”',
    'tone.bar.because': 'Because the message says:',
    'tone.bar.noEvidence': 'Based on the message as a whole.',
    'tone.bar.wrong': 'Wrong cue',
    'tone.bar.wrongDone': 'Noted as wrong',
    'tone.severity.strong': 'Important',
    'tone.severity.warning': 'Take note',
    'tone.severity.info': 'For information',
  },
  fa: {
    ...cueStrings.fa,

    'tone.bar.label': 'نشانه‌های لحن',
    'tone.bar.empty': 'وقتی پیامی از مشتری باشد، نشانه‌های لحن اینجا می‌آیند.',
    'tone.bar.none': 'این پیام نشانهٔ لحن خاصی ندارد.',
    'tone.bar.dismiss': 'بستن «{cue}»',
    'tone.bar.because': 'چون در پیام آمده:',
    'tone.bar.noEvidence': 'بر پایهٔ کل پیام.',
    'tone.bar.wrong': 'این نشانه اشتباه است',
    'tone.bar.wrongDone': 'به‌عنوان اشتباه ثبت شد',
    'tone.severity.strong': 'مهم',
    'tone.severity.warning': 'توجه',
    'tone.severity.info': 'برای اطلاع',
  },
} as const;
