import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { asOf, dataVersion, groups, faq, jurisdictions, localize, statusInfo } from '../src/data/index.js';
import type { Locale, Source } from '../src/data/index.js';
import { safeHttpsUrl } from '../src/shared/safe-url.js';

// For reviewers: the whole dataset as tables, with status, confidence, dates
// sources, history and reviewers' notes (which no element shows), in the
// toolbar's locale. Plain markup, no element involved.

const sourceList = (sources: readonly Source[]) => html`
  <ul class="sources">
    ${sources.map(
      (s) => html`<li>
        ${safeHttpsUrl(s.url, 'Dataset story') ? html`<a href=${s.url} rel="noopener noreferrer">${s.title}</a>` : s.title} [${s.lang}], ${s.publisher}
        (${s.date ?? 'n.d.'}) · <strong>${s.kind}</strong>${s.stance ? ` (${s.stance})` : ''}${s.homepage ? ' · home page' : ''}
      </li>`,
    )}
  </ul>
`;

const styles = html`<style>
  .dataset { font: 0.875rem/1.4 system-ui, sans-serif; border-collapse: collapse; width: 100%; }
  .dataset th, .dataset td { border: 1px solid #8886; padding: 0.4em; vertical-align: top; text-align: start; }
  .dataset caption { text-align: start; font-weight: 600; padding: 0.5em 0; }
  .dataset .low { background: #f5c2c233; }
  .sources { margin: 0; padding-inline-start: 1.1em; }
</style>`;

const meta: Meta = {
  title: 'Dataset/Review tables',
  parameters: { layout: 'fullscreen' },
};
export default meta;

export const Jurisdictions: StoryObj = {
  render: (_args, { globals }) => {
    const locale = (globals.locale ?? 'en') as Locale;
    return html`${styles}
      <table class="dataset">
        <caption>
          ${jurisdictions().length} jurisdictions · dataset ${dataVersion().version}, as of ${asOf}
        </caption>
        <thead>
          <tr>
            <th scope="col">Code</th><th scope="col">Name</th><th scope="col">Status</th><th scope="col">Min. age</th>
            <th scope="col">Summary</th><th scope="col">Confidence</th><th scope="col">Checked through</th><th scope="col">History</th>
            <th scope="col">Sources</th><th scope="col">Reviewers' notes</th>
          </tr>
        </thead>
        <tbody>
          ${jurisdictions().map(
            (j) => html`<tr class=${j.confidence.level === 'low' ? 'low' : ''}>
              <th scope="row">${j.code}</th>
              <td>${localize(j.name, locale)}</td>
              <td>${localize(statusInfo(j.status)!.label, locale)}</td>
              <td>${j.minimumAge ?? '—'}</td>
              <td>
                ${localize(j.summary, locale)}
                ${j.conflict ? html`<p><strong>Conflict:</strong> ${localize(j.conflict, locale)}</p>` : nothing}
              </td>
              <td><strong>${j.confidence.level}</strong>: ${localize(j.confidence.reason, locale)}</td>
              <td>${j.checkedThrough}</td>
              <td>
                <ol class="sources">
                  ${j.events.map(
                    (e) => html`<li>${e.date} <strong>${e.type}</strong>: ${localize(e.title, locale)}${e.citation
                      ? ` (${e.citation})`
                      : ''}${e.status ? html` → <em>${e.status}</em>` : nothing}</li>`,
                  )}
                </ol>
              </td>
              <td>${sourceList(j.sources)}</td>
              <td>${j.notes ?? ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  },
};

export const Groups: StoryObj = {
  render: (_args, { globals }) => {
    const locale = (globals.locale ?? 'en') as Locale;
    return html`${styles}
      <table class="dataset">
        <caption>${groups().length} organisations</caption>
        <thead>
          <tr><th scope="col">Id</th><th scope="col">Name</th><th scope="col">Country</th><th scope="col">Kind</th>
          <th scope="col">Verification</th><th scope="col">Tagline and description</th><th scope="col">Sources</th>
          <th scope="col">Reviewers' notes</th></tr>
        </thead>
        <tbody>
          ${groups().map(
            (g) => html`<tr class=${g.verification.state === 'verified' ? '' : 'low'}>
              <th scope="row">${g.id}</th>
              <td>${g.name}${g.acronym ? ` (${g.acronym})` : ''}</td>
              <td>${g.country}</td>
              <td>${g.kind}</td>
              <td><strong>${g.verification.state}</strong>${g.verification.since ? ` since ${g.verification.since}` : ''}: ${localize(g.verification.note, locale)}</td>
              <td><strong>${localize(g.tagline, locale)}</strong><p>${localize(g.description, locale)}</p></td>
              <td>${sourceList(g.sources)}</td>
              <td>${g.notes ?? ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  },
};

export const Faq: StoryObj = {
  name: 'FAQ',
  render: (_args, { globals }) => {
    const locale = (globals.locale ?? 'en') as Locale;
    return html`${styles}
      <table class="dataset">
        <caption>${faq().length} FAQ entries</caption>
        <thead><tr><th scope="col">Id</th><th scope="col">Topic</th><th scope="col">Question and answer</th><th scope="col">Sources</th><th scope="col">Reviewers' notes</th></tr></thead>
        <tbody>
          ${faq().map(
            (e) => html`<tr>
              <th scope="row">${e.id}</th>
              <td>${e.topic}</td>
              <td><strong>${localize(e.question, locale)}</strong>${localize(e.answer, locale).split('\n\n').map((p) => html`<p>${p}</p>`)}</td>
              <td>${sourceList(e.sources)}</td>
              <td>${e.notes ?? ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  },
};
