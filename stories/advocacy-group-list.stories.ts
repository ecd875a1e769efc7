import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/advocacy-group-list/define.js';

interface Args {
  country: string;
  kind: string;
  layout: string;
  filters: string | null;
  variant: string;
  heading: string;
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: 'Elements/advocacy-group-list',
  component: 'advocacy-group-list',
  parameters: { layout: 'padded' },
  args: {
    country: 'all',
    kind: 'all',
    layout: 'grid',
    filters: null,
    variant: 'full',
    heading: 'Advocacy organisations',
    headingLevel: 2,
  },
  argTypes: {
    country: { control: 'inline-radio', options: ['all', 'us', 'ca', 'int'] },
    kind: {
      control: 'select',
      options: ['all', 'consumer-advocacy', 'trade-association', 'research-society', 'coalition', 'education', 'recovery-support', 'media'],
    },
    layout: { control: 'inline-radio', options: ['grid', 'list'] },
    filters: { control: 'select', options: [null, '', 'country', 'kind'] },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) => html`
    <advocacy-group-list
      country=${args.country}
      kind=${args.kind}
      layout=${args.layout}
      filters=${args.filters ?? nothing}
      variant=${args.variant}
      heading=${args.heading || nothing}
      heading-level=${args.headingLevel}
    ></advocacy-group-list>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Grid: Story = {};
export const List: Story = { name: 'List layout', args: { layout: 'list' } };
export const WithFilters: Story = { name: 'With reader filters', args: { filters: '' } };
export const CountryFilterOnly: Story = { name: 'Country filter buttons only', args: { filters: 'country', variant: 'compact' } };
export const Compact: Story = { name: 'Compact cards', args: { variant: 'compact', filters: '' } };
export const CompactList: Story = { name: 'Compact cards, list layout', args: { variant: 'compact', layout: 'list' } };
export const UnitedStates: Story = { name: 'United States only', args: { country: 'us', heading: 'Groups in the United States' } };
export const Canada: Story = { name: 'Canada only', args: { country: 'ca', heading: 'Groups in Canada' } };
export const TradeAssociations: Story = { name: 'Kind: trade associations', args: { kind: 'trade-association' } };
export const Empty: Story = { name: 'Empty state', args: { country: 'ca', kind: 'media', filters: '' } };

export const CustomEmpty: Story = {
  name: 'Empty state, page text',
  render: () => html`
    <advocacy-group-list country="ca" kind="media">
      <p slot="empty">No Canadian media outlets are listed yet. <a href="https://example.org/contact">Tell us about one</a>.</p>
    </advocacy-group-list>
  `,
};

export const French: Story = { name: 'Locale: French (Canada)', args: { filters: '', heading: 'Organismes de défense' }, globals: { locale: 'fr' } };
export const Spanish: Story = { name: 'Locale: Spanish (US)', args: { filters: '', heading: 'Organizaciones de defensa' }, globals: { locale: 'es' } };
export const Dark: Story = { name: 'Theme: dark', args: { filters: '' }, globals: { theme: 'dark' } };
export const DarkList: Story = { name: 'Theme: dark, list layout', args: { layout: 'list', variant: 'compact' }, globals: { theme: 'dark' } };
