/**
 * What the page-script modules need from WXT's ContentScriptContext: listeners that go away when
 * the extension is updated or reloaded. Unit tests pass a small fake (tests/unit/page/fakes.ts).
 */
export interface Lifetime {
  readonly isInvalid: boolean;
  addEventListener(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void;
  onInvalidated(cb: () => void): unknown;
}
