import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/kratom-status-badge/define.js';

interface Args {
  jurisdiction: string;
  format: string;
}

const meta: Meta<Args> = {
  title: 'Elements/kratom-status-badge',
  component: 'kratom-status-badge',
  args: { jurisdiction: 'US-TX', format: 'short' },
  argTypes: {
    format: { control: 'inline-radio', options: ['short', 'long'] },
    jurisdiction: { control: 'text' },
  },
  render: (args) => html`
    <p>Kratom is <kratom-status-badge jurisdiction=${args.jurisdiction} format=${args.format}></kratom-status-badge> here.</p>
  `,
};
export default meta;

type Story = StoryObj<Args>;

// One story per status.
export const Banned: Story = { name: 'Status: banned (Alabama)', args: { jurisdiction: 'US-AL' } };
export const SaleProhibited: Story = { name: 'Status: sale prohibited (Ontario)', args: { jurisdiction: 'CA-ON' } };
export const Restricted7oh: Story = { name: 'Status: 7-OH restricted (Ohio)', args: { jurisdiction: 'US-OH' } };
export const Regulated: Story = { name: 'Status: regulated (Texas)', args: { jurisdiction: 'US-TX' } };
export const AgeLimitOnly: Story = { name: 'Status: age limit only (Illinois)', args: { jurisdiction: 'US-IL' } };
export const LegalUnregulated: Story = { name: 'Status: legal, unregulated (Alaska)', args: { jurisdiction: 'US-AK' } };
export const Unknown: Story = { name: 'Status: unknown (Guam)', args: { jurisdiction: 'US-GU' } };

// Formats.
export const Short: Story = { name: 'Format: short', args: { jurisdiction: 'US-MS', format: 'short' } };
export const Long: Story = { name: 'Format: long', args: { jurisdiction: 'US-MS', format: 'long' } };

export const AllStatuses: Story = {
  name: 'All seven statuses, both formats',
  render: () => html`
    <ul class="badge-list">
      ${['US-AL', 'CA-ON', 'US-OH', 'US-TX', 'US-IL', 'US-AK', 'US-GU'].map(
        (code) => html`<li>
          <kratom-status-badge jurisdiction=${code}></kratom-status-badge>
          <kratom-status-badge jurisdiction=${code} format="long"></kratom-status-badge>
        </li>`,
      )}
    </ul>
    <style>
      .badge-list { list-style: none; padding: 0; display: grid; gap: 0.5em; }
      .badge-list li { display: flex; flex-wrap: wrap; gap: 0.75em; align-items: baseline; }
    </style>
  `,
};

export const InSentenceAndTable: Story = {
  name: 'Inside a sentence and a table',
  render: () => html`
    <p class="badge-sentence">
      Kratom is <kratom-status-badge jurisdiction="US-AL"></kratom-status-badge> in Alabama, but
      <kratom-status-badge jurisdiction="US-FL" format="long"></kratom-status-badge> next door, where some
      counties still ban it.
    </p>
    <table class="badge-table">
      <thead><tr><th scope="col">Place</th><th scope="col">Status</th></tr></thead>
      <tbody>
        ${['US-CA', 'US-CO', 'US-DC', 'US-NC', 'CA-BC'].map(
          (code) => html`<tr><th scope="row">${code}</th><td><kratom-status-badge jurisdiction=${code}></kratom-status-badge></td></tr>`,
        )}
      </tbody>
    </table>
    <style>
      .badge-sentence { max-width: 36em; }
      .badge-table { border-collapse: collapse; }
      .badge-table th, .badge-table td { border: 1px solid #8888; padding: 0.3em 0.6em; text-align: start; }
    </style>
  `,
};

export const UnknownCode: Story = {
  name: 'Bad input: unknown code',
  args: { jurisdiction: 'US-ZZ' },
};

export const French: Story = { name: 'Locale: French (Canada)', args: { jurisdiction: 'US-NY', format: 'long' }, globals: { locale: 'fr' } };
export const Spanish: Story = { name: 'Locale: Spanish (US)', args: { jurisdiction: 'US-NY', format: 'long' }, globals: { locale: 'es' } };
export const Dark: Story = { name: 'Theme: dark', args: { format: 'long' }, globals: { theme: 'dark' } };

export const CustomColours: Story = {
  name: 'Theme: custom status colours',
  render: () => html`
    <p class="custom-status-demo">
      <kratom-status-badge jurisdiction="US-AL" format="long"></kratom-status-badge>
      <kratom-status-badge jurisdiction="US-TX" format="long"></kratom-status-badge>
    </p>
    <style>
      .custom-status-demo {
        --kratom-status-banned: #7b1f1f;
        --kratom-status-banned-ink: #ffffff;
        --kratom-status-regulated: #1b5e20;
        --kratom-status-regulated-ink: #ffffff;
        font-size: 1.25rem;
      }
    </style>
  `,
};
