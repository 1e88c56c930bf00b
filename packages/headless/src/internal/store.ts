// Writable atoms stay inside the core; apps get the same atom typed as ReadableAtom. Every write
// goes through set(), which does nothing once the core is destroyed, so late SDK replies from
// in-flight actions cannot change what an app still holds.
import { atom, type ReadableAtom } from 'nanostores';

export interface Store<T> {
  readonly $: ReadableAtom<T>;
  get(): T;
  set(value: T): void;
}

export function createStore<T>(initial: T, isAlive: () => boolean): Store<T> {
  const $ = atom<T>(initial);
  return {
    $,
    get: () => $.get(),
    set(value) {
      if (isAlive()) $.set(value);
    },
  };
}
