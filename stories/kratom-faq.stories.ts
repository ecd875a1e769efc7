import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/kratom-faq/define.js';

interface Args {
  topics: string;
  ids: string;
  mode: string;
  headingLevel: number;
  groupByTopic: boolean;
  searchable: boolean;
  noBuiltin: boolean;
  structuredData: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/kratom-faq',
  component: 'kratom-faq',
  args: {
    topics: 'advocacy basics safety law',
    ids: '',
    mode: 'multiple',
    headingLevel: 3,
    groupByTopic: false,
    searchable: false,
    noBuiltin: false,
    structuredData: false,
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['multiple', 'single'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) => html`
    <kratom-faq
      topics=${args.topics}
      ids=${args.ids}
      mode=${args.mode}
      heading-level=${args.headingLevel}
      ?group-by-topic=${args.groupByTopic}
      ?searchable=${args.searchable}
      ?no-builtin=${args.noBuiltin}
      ?structured-data=${args.structuredData}
    ></kratom-faq>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const AllTopics: Story = { name: 'All topics' };
export const AllTopicsGrouped: Story = { name: 'All topics, grouped by topic', args: { groupByTopic: true } };
export const Advocacy: Story = { name: 'Topic: advocacy', args: { topics: 'advocacy' } };
export const Basics: Story = { name: 'Topic: basics', args: { topics: 'basics' } };
export const Safety: Story = { name: 'Topic: safety', args: { topics: 'safety' } };
export const Law: Story = { name: 'Topic: law', args: { topics: 'law' } };
export const ChosenIds: Story = {
  name: 'Chosen entries (ids)',
  args: { ids: 'what-is-kratom is-kratom-legal-canada kratom-deaths' },
};
export const Searchable: Story = { args: { searchable: true, groupByTopic: true } };
export const SingleMode: Story = { name: 'Single mode', args: { mode: 'single', topics: 'basics safety' } };

const customItems = html`
  <kratom-faq-item question="Do you ship to Québec?" slug="shipping">
    <p>
      Not at the moment: Health Canada does not allow kratom to be sold for consumption. See our
      <a href="https://example.com/shipping">shipping page</a> for the places we do ship to.
    </p>
  </kratom-faq-item>
  <kratom-faq-item question="Do you test every batch?">
    <p>Yes. Each batch goes to an outside laboratory, and the certificate is on the product page.</p>
    <ul>
      <li>Heavy metals</li>
      <li>Salmonella and E. coli</li>
    </ul>
  </kratom-faq-item>
`;

export const CustomItems: Story = {
  name: 'Custom items (after the built-in ones)',
  render: () => html`<kratom-faq topics="law" searchable>${customItems}</kratom-faq>`,
};

export const NoBuiltin: Story = {
  name: 'Custom items only (no-builtin)',
  render: () => html`<kratom-faq no-builtin>${customItems}</kratom-faq>`,
};

export const DeepLink: Story = {
  name: 'Deep link (#faq-kratom-deaths)',
  render: () => {
    // The element reads the hash when it connects, and follows later changes.
    history.replaceState(null, '', '#faq-kratom-deaths');
    return html`
      <p>
        Links on the page:
        <a href="#faq-kratom-deaths">#faq-kratom-deaths</a>,
        <a href="#faq-interactions">#faq-interactions</a>,
        <a href="#faq-shipping">#faq-shipping</a> (a custom item)
      </p>
      <kratom-faq topics="safety">${customItems}</kratom-faq>
    `;
  },
};

export const StructuredData: Story = {
  name: 'Structured data (FAQPage JSON-LD in the head)',
  args: { structuredData: true, searchable: true, topics: 'basics' },
};

export const French: Story = { name: 'Locale: French (Canada)', args: { searchable: true }, globals: { locale: 'fr' } };
export const Spanish: Story = { name: 'Locale: Spanish (US)', args: { searchable: true }, globals: { locale: 'es' } };
export const Dark: Story = { name: 'Theme: dark', args: { searchable: true, groupByTopic: true }, globals: { theme: 'dark' } };

export const CustomTheme: Story = {
  name: 'Theme: custom properties and parts',
  render: () => html`
    <div class="faq-theme-demo">
      <kratom-faq topics="basics" searchable data-story-theme></kratom-faq>
    </div>
    <style>
      .faq-theme-demo {
        --kratom-font-family: Georgia, serif;
        --kratom-color-accent: #2e7d32;
        --kratom-color-background: #fbfdf7;
        --kratom-color-surface: #f1f8e9;
        --kratom-color-text: #1b2e1c;
        --kratom-color-border: #a5c79f;
        --kratom-color-mark: #ffe08a;
        --kratom-radius: 0;
        font-size: 1.125rem;
      }
      .faq-theme-demo kratom-faq::part(question) {
        font-weight: 700;
      }
    </style>
  `,
};
