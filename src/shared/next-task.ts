/**
 * Resolves in a task of its own, so that the browser can paint and answer
 * input before the code after it runs. Each element's first drawing waits
 * for one: a page of nine elements then renders in nine short tasks, not one
 * long one that holds the page (Lighthouse counts it as blocking time).
 * scheduler.yield() where the browser has it, else a message to itself;
 * never a timer, which a background tab slows to once a second.
 */
export const nextTask = (): Promise<void> =>
  (globalThis as { scheduler?: { yield?(): Promise<void> } }).scheduler?.yield?.() ??
  new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => (port1.close(), resolve());
    port2.postMessage(0);
  });
