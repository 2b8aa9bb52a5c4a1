/**
 * Stop words for KB matching, in folded form (lower case). Words that only frame a support message
 * ("hi", "please", "thanks") are stop words here too: they say nothing about which article fits.
 */
export const EN_STOP = new Set(
  (
    'a an the and or but if then else so than that this these those there here ' +
    'i me my mine myself we us our ours you your yours yourself he him his she her hers it its itself they them their theirs ' +
    'am is are was were be been being have has had having do does did doing done ' +
    "i'm i've i'd i'll you're you've we're we've they're it's that's there's what's " +
    'of at by for with about against between into through during before after above below to from up down in out on off over under ' +
    'again further once all any both each few more most other some such only own same too very just ' +
    's t d ll m o re ve y ' +
    'will would shall should can could may might must ' +
    'what which who whom whose when where why how ' +
    'also still yet even ever already anyway ' +
    'hi hello hey dear thanks thank thx please pls plz regards cheers ok okay yes ' +
    'im ive id dont doesnt didnt cant wont isnt arent wasnt werent havent hasnt hadnt ' +
    'get got cannot need want know help tell think like let seem something anything actually really now today able possible way'
  ).split(/\s+/).filter(Boolean),
);
