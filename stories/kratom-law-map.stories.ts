import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/kratom-law-map/define.js';

interface Args {
  region: string;
  view: string;
  selected: string;
  statuses: string;
  noLegend: boolean;
  noSummary: boolean;
  date: string;
  timeline: boolean;
  downloadable: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/kratom-law-map',
  component: 'kratom-law-map',
  args: { region: 'us', view: 'auto', selected: '', statuses: '', noLegend: false, noSummary: false, date: '', timeline: false, downloadable: false },
  argTypes: {
    region: { control: 'inline-radio', options: ['us', 'ca', 'na'] },
    view: { control: 'inline-radio', options: ['auto', 'map', 'grid', 'table'] },
  },
  render: (args) => html`
    <kratom-law-map
      region=${args.region}
      view=${args.view}
      selected=${args.selected}
      statuses=${args.statuses}
      ?no-legend=${args.noLegend}
      ?no-summary=${args.noSummary}
      date=${args.date}
      ?timeline=${args.timeline}
      ?downloadable=${args.downloadable}
    ></kratom-law-map>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const UnitedStates: Story = { name: 'Map: United States' };
export const Canada: Story = { name: 'Map: Canada', args: { region: 'ca', view: 'map' } };
export const NorthAmerica: Story = { name: 'Map: North America', args: { region: 'na', view: 'map' } };
export const Grid: Story = { name: 'Tile grid', args: { region: 'na', view: 'grid' } };
export const Table: Story = { name: 'Table', args: { region: 'na', view: 'table' } };
export const Narrow: Story = {
  name: 'Auto view in a narrow column (tiles)',
  render: () => html`<div class="narrow-column"><kratom-law-map></kratom-law-map></div>
    <style>
      .narrow-column {
        max-inline-size: 360px;
      }
    </style>`,
};
export const FilterBanned: Story = { name: 'Filter: banned', args: { view: 'map', statuses: 'banned' } };
export const FilterRegulated: Story = { name: 'Filter: regulated or age limit', args: { view: 'map', statuses: 'regulated age-limit-only' } };
export const SelectedState: Story = { name: 'Selected: Kentucky (pending change)', args: { view: 'map', selected: 'US-KY' } };
export const SelectedLowConfidence: Story = { name: 'Selected: Kansas (low confidence)', args: { view: 'map', selected: 'US-KS' } };
export const SelectedProvince: Story = { name: 'Selected: Quebec', args: { region: 'na', view: 'map', selected: 'CA-QC' } };
export const Bare: Story = { name: 'Without legend or summary', args: { view: 'map', noLegend: true, noSummary: true } };
export const French: Story = { name: 'Locale: French (Canada)', args: { region: 'na', view: 'map' }, globals: { locale: 'fr' } };
export const Spanish: Story = { name: 'Locale: Spanish (US)', args: { view: 'map' }, globals: { locale: 'es' } };
export const Dark: Story = { name: 'Theme: dark', args: { view: 'map' }, globals: { theme: 'dark' } };
export const DarkTable: Story = { name: 'Theme: dark, table', args: { region: 'na', view: 'table' }, globals: { theme: 'dark' } };
export const PastDate: Story = { name: 'At a past date: January 1, 2019', args: { view: 'map', date: '2019-01-01' } };
export const PastDateTable: Story = { name: 'At a past date: table', args: { view: 'table', date: '2019-01-01' } };
export const Timeline: Story = { name: 'Timeline (year slider and Play)', args: { view: 'map', timeline: true } };
export const TimelineFrench: Story = { name: 'Timeline: French', args: { view: 'map', timeline: true, date: '2017-01-01' }, globals: { locale: 'fr' } };
export const TimelineSpanish: Story = { name: 'Timeline: Spanish', args: { view: 'map', timeline: true, date: '2017-01-01' }, globals: { locale: 'es' } };
export const Downloadable: Story = { name: 'Download image (SVG, social-card PNGs)', args: { view: 'map', downloadable: true } };
export const DownloadableFrench: Story = { name: 'Download image: French, North America', args: { region: 'na', view: 'map', downloadable: true }, globals: { locale: 'fr' } };
export const TimelineDark: Story = { name: 'Timeline: dark', args: { view: 'map', timeline: true, date: '2020-01-01' }, globals: { theme: 'dark' } };
