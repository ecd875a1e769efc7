import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/kratom-disclaimer/define.js';

interface Args {
  variant: string;
  topics: string;
  country: string;
  headingLevel: number;
  open: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/kratom-disclaimer',
  component: 'kratom-disclaimer',
  args: { variant: 'full', topics: 'medical legal regulatory', country: 'both', headingLevel: 2, open: false },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'short'] },
    country: { control: 'inline-radio', options: ['both', 'us', 'ca'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) => html`
    <kratom-disclaimer
      variant=${args.variant}
      topics=${args.topics}
      country=${args.country}
      heading-level=${args.headingLevel}
      ?open=${args.open}
    ></kratom-disclaimer>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Full: Story = {};
export const Short: Story = { args: { variant: 'short' } };
export const ShortOpen: Story = { name: 'Short, expanded', args: { variant: 'short', open: true } };
export const UnitedStates: Story = { name: 'United States only', args: { country: 'us' } };
export const Canada: Story = { name: 'Canada only', args: { country: 'ca' } };
export const MedicalOnly: Story = { name: 'Medical topic only', args: { topics: 'medical' } };
export const LegalOnly: Story = { name: 'Legal topic only', args: { topics: 'legal' } };
export const RegulatoryOnly: Story = { name: 'Regulatory topic only', args: { topics: 'regulatory' } };

export const WithSiteText: Story = {
  name: 'With site-specific text',
  render: () => html`
    <kratom-disclaimer country="us">
      <p>We sell only to adults aged 21 and over, and we do not ship to states where kratom is banned.</p>
    </kratom-disclaimer>
  `,
};

export const French: Story = { name: 'Locale: French (Canada)', globals: { locale: 'fr' } };
export const Spanish: Story = { name: 'Locale: Spanish (US)', globals: { locale: 'es' } };
export const Dark: Story = { name: 'Theme: dark', globals: { theme: 'dark' } };

export const CustomTheme: Story = {
  name: 'Theme: custom properties',
  render: () => html`
    <div class="custom-theme-demo">
      <kratom-disclaimer variant="short" open data-story-theme></kratom-disclaimer>
    </div>
    <style>
      .custom-theme-demo {
        --kratom-font-family: Georgia, serif;
        --kratom-color-accent: #2e7d32;
        --kratom-color-surface: #f1f8e9;
        --kratom-color-text: #1b2e1c;
        --kratom-radius: 0;
        font-size: 1.125rem;
      }
    </style>
  `,
};
