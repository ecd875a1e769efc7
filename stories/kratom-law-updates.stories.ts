import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/kratom-law-updates/define.js';
import '../src/elements/kratom-law-map/define.js';

interface Args {
  country: string;
  jurisdiction: string;
  kinds: string;
  since: string;
  limit: number;
  headingLevel: number;
  mapLinks: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/kratom-law-updates',
  component: 'kratom-law-updates',
  args: { country: 'both', jurisdiction: '', kinds: '', since: '', limit: 10, headingLevel: 2, mapLinks: false },
  argTypes: {
    country: { control: 'inline-radio', options: ['both', 'us', 'ca'] },
    kinds: { control: 'text', description: 'Any of enacted effective rule ruling repealed introduced failed' },
    since: { control: 'text', description: 'YYYY-MM-DD, YYYY-MM or YYYY' },
    limit: { control: { type: 'number', min: 1 } },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (a) => html`<kratom-law-updates
    country=${a.country}
    jurisdiction=${a.jurisdiction}
    kinds=${a.kinds}
    since=${a.since}
    limit=${a.limit}
    heading-level=${a.headingLevel}
    ?map-links=${a.mapLinks}
  ></kratom-law-updates>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = { name: 'Newest changes and what is coming' };
export const OnePlace: Story = { name: 'One place (Tennessee)', args: { jurisdiction: 'US-TN' } };
export const Bills: Story = { name: 'Bills introduced or failed since 2026', args: { kinds: 'introduced failed', since: '2026' } };
export const Canada: Story = { name: 'Canada only (no dated legal events yet)', args: { country: 'ca' } };
export const Short: Story = { name: 'Three at a time', args: { limit: 3 } };
export const WithMap: Story = {
  name: 'Linked to a map on the same page',
  render: () => html`<kratom-law-map view="map" link-hash></kratom-law-map>
    <kratom-law-updates map-links limit="5" heading-level="3"></kratom-law-updates>`,
};
export const Unknown: Story = { name: 'Bad input: an unknown place', args: { jurisdiction: 'Atlantis' } };
export const French: Story = { name: 'Locale: French (Canada)', globals: { locale: 'fr' } };
export const Spanish: Story = { name: 'Locale: Spanish (US)', globals: { locale: 'es' } };
export const Dark: Story = { name: 'Theme: dark', globals: { theme: 'dark' } };
