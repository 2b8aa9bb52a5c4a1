export * from './normalize.ts';
export * from './script.ts';
