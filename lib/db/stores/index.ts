/**
 * Every store, in backup order (tests/unit/db/stores.test.ts checks that each file here is
 * registered once, owns its tables alone, and has a test of its own).
 */
import type { Store } from '../store.ts';
import { prefsStore } from './prefs.ts';
import { sitesStore } from './sites.ts';
import { packsStore } from './packs.ts';
import { kbStore } from './kb.ts';
import { tagsStore } from './tags.ts';
import { toneFeedbackStore } from './toneFeedback.ts';

export const stores = [prefsStore, sitesStore, packsStore, kbStore, tagsStore, toneFeedbackStore] as const satisfies readonly Store[];
