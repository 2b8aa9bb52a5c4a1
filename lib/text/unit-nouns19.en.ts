/**
 * The trade nouns that end an English business's name on the line that opens its sign-off block without a closing
 * above it (rwen19): "Westgate Pharmacy", "The Hive Coworking", "Northside Dental Practice", "Brightwater Vets",
 * "Kingfisher Removals", "Oakfield Lettings". signature.ts's unit line ends in a unit noun ("… Support", "… Team",
 * "… Ltd"); a small business signs with its own name, whose last word is its trade. The lines under such a name (at
 * most two, signature.ts) are the mail's house notices ("The pharmacy cannot be held responsible for advice given by
 * third parties.", "Members must not share access cards."), not this reply's words. The other tests of a unit line
 * still hold: capitalised, at most seven words, no sentence punctuation, no verb, not an instruction.
 */
export const EN_TRADE_UNIT_END = new RegExp(
  '\\b(?:' +
    [
      'pharmacy', 'chemists?', 'clinic', 'surgery', 'practice', 'dental', 'dentistry', 'opticians?', 'vets?', 'veterinary',
      'hospital', 'physio', 'physiotherapy', 'health', 'healthcare', 'hotel', 'hostel', 'inn', 'resort', 'spa', 'salon',
      'barbers?', 'studio', 'studios', 'gallery', 'coworking', 'co-working', 'workspace', 'workspaces', 'gym', 'fitness',
      'club', 'academy', 'school', 'college', 'university', 'nursery', 'library', 'council', 'agency', 'estates',
      'lettings', 'removals', 'storage', 'motors', 'garage', 'autos', 'travel', 'tours', 'airlines?', 'airways', 'rail',
      'insurance', 'energy', 'broadband', 'telecom', 'mobile', 'print', 'printing', 'printers', 'bakery', 'kitchen',
      'cafe', 'café', 'restaurant', 'catering', 'florist', 'florists', 'books', 'bookshop', 'pets', 'payroll',
      'accountants', 'solicitors', 'law', 'mortgages', 'finance', 'lending', 'plumbing', 'heating', 'electrical',
      'builders', 'roofing', 'solar', 'cleaning', 'laundry', 'logistics', 'couriers', 'events', 'weddings', 'venue',
      'venues', 'farm', 'cycles', 'bikes', 'games', 'gaming', 'tech', 'admissions', 'reception', 'housing',
    ].join('|') +
    ')\\.?$',
);

/** Instructions that may end in a business's name ("Collect it from Westgate Pharmacy"): the reply's words. */
export const EN_TRADE_UNIT_IMPERATIVE = /^[\s\-–—]*(?:collect|pop|come|bring|drop|head|pick|book|ring|phone|text|message|return|take|send|pay|order|find|check|speak|talk|wait|see|visit|call|meet|go|ask|contact|email|join)\b/;
