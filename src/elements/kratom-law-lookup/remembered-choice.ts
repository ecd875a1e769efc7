/**
 * The reader's last choice, kept in localStorage only when the site owner
 * opted in with `remember`. Every call is guarded: storage can be missing or
 * throw (sandboxed iframes, some private modes, a full quota), and that must
 * never break the element.
 */
export const STORAGE_KEY = 'kratom-widgets:lookup';

export function readChoice(): string | undefined {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Saves the code; false when the browser refused. */
export function saveChoice(code: string): boolean {
  try {
    window.localStorage.setItem(STORAGE_KEY, code);
    return true;
  } catch {
    return false;
  }
}

export function forgetChoice(): void {
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
