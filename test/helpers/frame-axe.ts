/**
 * axe in a frame: chai-a11y-axe runs the axe it loaded first, and axe only
 * accepts elements of its own window. Importing this module puts a stand-in
 * on the test page's window that hands each run to the axe loaded into the
 * frame under test by loadAxe().
 */
let frameAxe: { run: (...args: unknown[]) => unknown } | undefined;
(window as unknown as { axe: unknown }).axe = {
  run: (...args: unknown[]) => {
    if (!frameAxe) throw new Error('no axe in the framed page: call loadAxe(frame.contentDocument) first');
    return frameAxe.run(...args);
  },
};

/** Loads axe-core into the frame's document (once) and makes it the one the stand-in runs. */
export async function loadAxe(doc: Document): Promise<void> {
  const win = doc.defaultView as Window & { axe?: typeof frameAxe };
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', () => reject(new Error('axe-core could not be loaded into the page')), { once: true });
    });
    doc.head.append(script);
    await loaded;
  }
  frameAxe = win.axe;
}
