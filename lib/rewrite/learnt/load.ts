/**
 * Both learnt readers' weights, loaded (tests/setup.ts and the harnesses await it: a synchronous caller reads without
 * them until they are in). A module of its own, so a caller that needs only the weights does not import the engine.
 */
import { loadNegEnModel } from './neg.en.ts';
import { loadNegFaModel } from './neg.fa.ts';

export const loadLearntModels = (): Promise<unknown> => Promise.all([loadNegFaModel(), loadNegEnModel()]);
