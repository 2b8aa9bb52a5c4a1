export const strings = {
  en: {},
  fa: {},
} as const;
