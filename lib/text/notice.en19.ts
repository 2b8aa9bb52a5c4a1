/**
 * A stock notice a draft may end with even without a sign-off above it ("Unauthorised use is prohibited.", "Unauthorized
 * access to this system is strictly prohibited", the Persian wordings are FOOTER_FA's): impersonal, no object the reply is about. Read by footer.ts's
 * isDraftFooterKey (the lines a draft ends with only).
 */
const STOCK_NOTICE_EN = /^[*\s]*(?:any )?unauthori[sz]ed (?:use|access|entry|copying|reproduction|distribution|disclosure|parking)(?: (?:or|and) (?:use|access|entry|copying|reproduction|distribution|disclosure))?(?: (?:of|to) (?:this|these|the|our) (?:system|systems|service|services|site|premises|building|account|network|material|content|information|portal))? (?:is|are|will be) (?:strictly )?(?:prohibited|forbidden|not permitted)(?: and (?:may be|will be) (?:prosecuted|unlawful|reported))?[.!]?$/;
export const isStockNoticeEn19 = (k: string): boolean => k.length <= 160 && STOCK_NOTICE_EN.test(k);
