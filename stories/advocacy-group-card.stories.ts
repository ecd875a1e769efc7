import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { groupIds } from '../src/data/groups.js';
import '../src/elements/advocacy-group-card/define.js';

interface Args {
  group: string;
  variant: string;
  headingLevel: number;
  hide: string;
  newTab: boolean;
}

// A stand-in logo for the own-group stories: an inline SVG, so no request leaves the page.
const LOGO =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#2e7d32"/>' +
      '<path d="M32 12c10 8 14 18 12 28-1 8-7 12-12 12s-11-4-12-12c-2-10 2-20 12-28z" fill="#e8f5e9"/></svg>',
  );

const meta: Meta<Args> = {
  title: 'Elements/advocacy-group-card',
  component: 'advocacy-group-card',
  args: { group: 'aka', variant: 'full', headingLevel: 2, hide: '', newTab: false },
  argTypes: {
    group: { control: 'select', options: groupIds() },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    hide: { control: 'text' },
  },
  render: (args) => html`
    <advocacy-group-card
      group=${args.group}
      variant=${args.variant}
      heading-level=${args.headingLevel}
      hide=${args.hide || nothing}
      ?new-tab=${args.newTab}
    ></advocacy-group-card>
  `,
};
export default meta;

type Story = StoryObj<Args>;

// One story per organisation in the dataset (verified, inactive and unconfirmed ones alike).
export const Aka: Story = { name: 'AKA (verified)', args: { group: 'aka' } };
export const Bea: Story = { name: 'BEA (inactive since 2017)', args: { group: 'bea' } };
export const Bae: Story = { name: 'BAE (verified)', args: { group: 'bae' } };
export const Kta: Story = { name: 'KTA (inactive since 2018)', args: { group: 'kta' } };
export const Cka: Story = { name: 'CKA (unconfirmed)', args: { group: 'cka' } };
export const Nhprs: Story = { name: 'NHPRS (unconfirmed)', args: { group: 'nhprs' } };
export const Gkc: Story = { name: 'GKC (verified)', args: { group: 'gkc' } };
export const Hart: Story = { name: 'HART (verified)', args: { group: 'hart' } };
export const KratomScience: Story = { name: 'Kratom Science (verified)', args: { group: 'kratom-science' } };
export const Kcac: Story = { name: 'KCAC (verified)', args: { group: 'kcac' } };
export const Kri: Story = { name: 'KRI (verified)', args: { group: 'kri' } };
export const Nkc: Story = { name: 'NKC (inactive)', args: { group: 'nkc' } };

export const Compact: Story = { name: 'Compact', args: { group: 'aka', variant: 'compact' } };

export const AllCompact: Story = {
  name: 'Every organisation, compact',
  render: () => html`
    <div class="story-stack">
      ${groupIds().map((id) => html`<advocacy-group-card group=${id} variant="compact" heading-level="3"></advocacy-group-card>`)}
    </div>
    <style>
      .story-stack { display: grid; gap: 1em; }
    </style>
  `,
};

export const HiddenParts: Story = { name: 'Hide sources and actions', args: { group: 'aka', hide: 'sources actions' } };
export const NewTab: Story = { name: 'Links open in a new tab', args: { group: 'gkc', newTab: true } };

export const Narrow: Story = {
  name: 'Narrow container (300px)',
  render: () => html`<div class="story-narrow"><advocacy-group-card group="bea"></advocacy-group-card></div>
    <style>
      .story-narrow { inline-size: 300px; }
    </style>`,
};

export const OwnGroup: Story = {
  name: 'Own group: attributes and slots',
  render: () => html`
    <advocacy-group-card
      name="Kratom Friends of Ohio"
      acronym="KFO"
      country="us"
      kind="coalition"
      website="https://example.org/"
    >
      <p slot="description">
        Volunteers who meet monthly in Columbus, write to state lawmakers and testify at committee hearings.
      </p>
      <a slot="actions" href="https://example.org/join">Join us</a>
      <a slot="actions" href="https://example.org/newsletter">Get the newsletter</a>
    </advocacy-group-card>
  `,
};

export const OwnGroupLogo: Story = {
  name: 'Own group: with a logo',
  render: () => html`
    <advocacy-group-card name="Leaf Literacy Project" country="ca" kind="education" website="https://example.org/">
      <img slot="logo" src=${LOGO} alt="" />
      <p slot="description">A reading group that summarises new kratom research in plain language.</p>
    </advocacy-group-card>
  `,
};

export const OwnGroupCompact: Story = {
  name: 'Own group: compact, initials',
  render: () => html`
    <advocacy-group-card variant="compact" name="Friends of the Leaf Society" country="int" kind="media"></advocacy-group-card>
  `,
};

export const Overrides: Story = {
  name: 'Dataset group with overrides',
  render: () => html`
    <advocacy-group-card group="aka" name="American Kratom Association — Ohio volunteers" website="https://example.org/ohio">
      <p slot="description">Our local volunteers work with the AKA on Ohio bills.</p>
      <a slot="actions" href="https://example.org/ohio/join">Volunteer in Ohio</a>
    </advocacy-group-card>
  `,
};

export const UnknownWithFallback: Story = {
  name: 'Unknown id, with fallback content',
  render: () => html`
    <advocacy-group-card group="not-a-group">
      <p>See our <a href="https://example.org/partners">partners page</a>.</p>
    </advocacy-group-card>
  `,
};

export const UnknownNotice: Story = { name: 'Unknown id, no fallback', args: { group: 'not-a-group' } };

export const French: Story = { name: 'Locale: French (Canada)', args: { group: 'bea' }, globals: { locale: 'fr' } };
export const Spanish: Story = { name: 'Locale: Spanish (US)', args: { group: 'cka' }, globals: { locale: 'es' } };
export const Dark: Story = { name: 'Theme: dark', args: { group: 'aka' }, globals: { theme: 'dark' } };
export const DarkUnconfirmed: Story = { name: 'Theme: dark, unconfirmed', args: { group: 'nhprs' }, globals: { theme: 'dark' } };

export const CustomTheme: Story = {
  name: 'Theme: custom properties and parts',
  render: () => html`
    <div class="custom-card-demo">
      <advocacy-group-card group="gkc" data-story-theme></advocacy-group-card>
    </div>
    <style>
      .custom-card-demo {
        --kratom-font-family: Georgia, serif;
        --kratom-color-accent: #2e7d32;
        --kratom-color-on-accent: #ffffff;
        --kratom-color-surface: #f1f8e9;
        --kratom-color-text: #1b2e1c;
        --kratom-color-link: #1b5e20;
        --kratom-radius: 0;
      }
      .custom-card-demo advocacy-group-card::part(name) {
        font-variant: small-caps;
      }
    </style>
  `,
};
