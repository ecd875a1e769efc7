import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/kratom-shipping-notice/define.js';
import { briefs } from '../src/data/briefs.js';
import { isSaleAllowed } from '../src/data/sale.js';

interface Args {
  destination: string;
  country: string;
}

const meta: Meta<Args> = {
  title: 'Elements/kratom-shipping-notice',
  component: 'kratom-shipping-notice',
  args: { destination: 'US-AL', country: 'both' },
  argTypes: {
    destination: { control: 'select', options: ['', ...briefs().map((b) => b.code)] },
    country: { control: 'inline-radio', options: ['both', 'us', 'ca'] },
  },
  render: (args) => html`
    <kratom-shipping-notice destination=${args.destination} country=${args.country}></kratom-shipping-notice>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Prohibited: Story = { name: 'Verdict: prohibited (Alabama)', args: { destination: 'US-AL' } };
export const ProhibitedCanada: Story = { name: 'Verdict: prohibited (Ontario, sale prohibited)', args: { destination: 'CA-ON' } };
export const Conditions: Story = { name: 'Verdict: conditions (Mississippi: 21+, local bans)', args: { destination: 'US-MS' } };
export const LocalBansOnly: Story = { name: 'Verdict: conditions (Missouri: no state law, local bans)', args: { destination: 'US-MO' } };
export const Allowed: Story = { name: 'Verdict: allowed (Alaska)', args: { destination: 'US-AK' } };
export const Unknown: Story = { name: 'Verdict: unknown (Guam)', args: { destination: 'US-GU' } };
export const BareCode: Story = { name: 'Bare code with country="us"', args: { destination: 'AL', country: 'us' } };
export const UnknownCode: Story = { name: 'Bad input: unknown destination', args: { destination: 'Alabama' } };

/** A checkout where the shopper picks the state: the notice follows, and the page reads `answer.verdict`. */
export const Checkout: Story = {
  name: 'Checkout: choose a destination',
  render: () => {
    const update = (event: Event) => {
      const form = (event.target as HTMLElement).closest('form')!;
      const notice = form.querySelector('kratom-shipping-notice')!;
      notice.destination = (event.target as HTMLSelectElement).value;
      void notice.updateComplete.then(() => {
        form.querySelector('button')!.disabled = notice.answer?.verdict === 'prohibited';
      });
    };
    return html`
      <form class="checkout-demo" @submit=${(e: Event) => e.preventDefault()}>
        <label>Ship to
          <select @change=${update}>
            <option value="">Choose…</option>
            ${briefs().filter((b) => b.kind !== 'federal').map((b) => html`<option value=${b.code}>${b.name.en}</option>`)}
          </select>
        </label>
        <kratom-shipping-notice></kratom-shipping-notice>
        <button type="submit">Place order</button>
      </form>
      <style>
        .checkout-demo { display: grid; gap: 0.75em; max-width: 36em; }
      </style>
    `;
  },
};

/** The developer recipe: isSaleAllowed() in plain JavaScript, no element. */
export const Recipe: Story = {
  name: 'Recipe: isSaleAllowed() in plain JS',
  render: () => {
    const answer = isSaleAllowed('US-AL');
    const line =
      answer.verdict === 'prohibited'
        ? `We can't ship kratom to ${answer.jurisdiction?.name.en}: ${answer.reason.en} ` +
          `(${answer.sources[0]?.publisher}), as of ${answer.asOf}.`
        : `Verdict: ${answer.verdict}`;
    return html`<p class="recipe-demo" role="note">${line}</p>
      <pre><code>import { isSaleAllowed } from 'kratom-widgets/data';
const answer = isSaleAllowed('US-AL');
if (answer.verdict === 'prohibited') showNotice(answer.reason.en);</code></pre>`;
  },
};

export const French: Story = { name: 'Locale: French (Canada)', args: { destination: 'US-MS' }, globals: { locale: 'fr' } };
export const Spanish: Story = { name: 'Locale: Spanish (US)', args: { destination: 'US-MS' }, globals: { locale: 'es' } };
export const Dark: Story = { name: 'Theme: dark', args: { destination: 'US-MS' }, globals: { theme: 'dark' } };
