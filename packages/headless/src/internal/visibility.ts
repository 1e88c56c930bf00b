// The core must import cleanly under SSR and in Node, so `document` is only read when a function
// here is called, never at module scope.

/** Visible unless a document exists and says otherwise. */
export function defaultIsPageVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState === 'visible';
}

/** Calls onVisible whenever the page becomes visible; a no-op where there is no document. */
export function watchVisibility(onVisible: () => void): () => void {
  if (typeof document === 'undefined' || typeof document.addEventListener !== 'function')
    return () => {};
  const listener = () => {
    if (document.visibilityState === 'visible') onVisible();
  };
  document.addEventListener('visibilitychange', listener);
  return () => document.removeEventListener('visibilitychange', listener);
}
