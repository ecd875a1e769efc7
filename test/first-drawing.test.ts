// A page of elements draws in short tasks: each element's first drawing
// waits for a task of its own (src/shared/next-task.ts), so the page can
// paint and answer input between them instead of waiting for all nine.
import { expect, waitUntil } from '@open-wc/testing';
import '../src/all.js';

const TAGS = ['kratom-disclaimer', 'kratom-status-badge', 'kratom-law-lookup', 'kratom-law-map'];

describe('first drawing', () => {
  it('never happens in the task that connected the element, and then happens for each', async () => {
    const wrap = document.createElement('div');
    wrap.innerHTML = TAGS.map((tag) => `<${tag}${tag === 'kratom-status-badge' ? ' jurisdiction="US-TX"' : ''}></${tag}>`).join('');
    document.body.append(wrap);
    const drawn = () => TAGS.filter((tag) => (wrap.querySelector(tag)!.shadowRoot?.childNodes.length ?? 0) > 0);
    // Microtasks only: still the task that connected them.
    for (let i = 0; i < 50; i++) await Promise.resolve();
    expect(drawn()).to.deep.equal([]);
    await waitUntil(() => drawn().length === TAGS.length, 'not every element drew', { timeout: 5000 });
    wrap.remove();
  });
});
