import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/kratom-law-lookup/define.js';

interface Args {
  jurisdiction: string;
  country: string;
  remember: boolean;
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: 'Elements/kratom-law-lookup',
  component: 'kratom-law-lookup',
  args: { jurisdiction: '', country: 'both', remember: false, headingLevel: 3 },
  argTypes: {
    country: { control: 'inline-radio', options: ['both', 'us', 'ca'] },
    jurisdiction: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) => html`
    <kratom-law-lookup
      jurisdiction=${args.jurisdiction}
      country=${args.country}
      ?remember=${args.remember}
      heading-level=${args.headingLevel}
    ></kratom-law-lookup>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const NoPreselection: Story = { name: 'Without a preselection' };
export const Preselected: Story = { name: 'Preselected: Mississippi (local bans)', args: { jurisdiction: 'US-MS' } };
export const PreselectedTexas: Story = { name: 'Preselected: Texas', args: { jurisdiction: 'US-TX' } };
export const LowConfidence: Story = {
  name: 'Low confidence, sources disagree (District of Columbia)',
  args: { jurisdiction: 'US-DC' },
};
export const PendingChange: Story = { name: 'Pending change (Maryland)', args: { jurisdiction: 'US-MD' } };
export const UnitedStatesOnly: Story = { name: 'United States only', args: { country: 'us', jurisdiction: 'TX' } };
export const CanadaOnly: Story = { name: 'Canada only', args: { country: 'ca' } };
export const Remember: Story = {
  name: 'Remember the choice (opt-in storage)',
  args: { remember: true },
  parameters: {
    docs: {
      description: {
        story:
          'Choose a place, then reload the story: the choice comes back, with a "Forget my choice" button. ' +
          'Without `remember` nothing is stored or read.',
      },
    },
  },
};
export const UnknownCode: Story = { name: 'Bad input: unknown code', args: { jurisdiction: 'Texas' } };

export const Narrow: Story = {
  name: 'Narrow (280 px)',
  args: { jurisdiction: 'US-CA' },
  render: (args) => html`
    <div class="narrow-demo">
      <kratom-law-lookup jurisdiction=${args.jurisdiction}></kratom-law-lookup>
    </div>
    <style>
      .narrow-demo { width: 280px; }
    </style>
  `,
};

export const French: Story = {
  name: 'Locale: French (Canada)',
  args: { jurisdiction: 'CA-QC' },
  globals: { locale: 'fr' },
};
export const Spanish: Story = {
  name: 'Locale: Spanish (US)',
  args: { jurisdiction: 'US-FL' },
  globals: { locale: 'es' },
};
export const Dark: Story = { name: 'Theme: dark', args: { jurisdiction: 'US-MS' }, globals: { theme: 'dark' } };

export const CustomTheme: Story = {
  name: 'Theme: custom properties',
  render: () => html`
    <div class="custom-theme-demo">
      <kratom-law-lookup jurisdiction="US-CO" data-story-theme></kratom-law-lookup>
    </div>
    <style>
      .custom-theme-demo {
        --kratom-font-family: Georgia, serif;
        --kratom-color-surface: #f1f8e9;
        --kratom-color-text: #1b2e1c;
        --kratom-color-link: #1b5e20;
        --kratom-radius: 0;
        font-size: 1.125rem;
      }
    </style>
  `,
};
