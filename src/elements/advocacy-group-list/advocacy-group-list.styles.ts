import { css } from 'lit';

export const listStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_on-accent: var(--kratom-color-on-accent, light-dark(#ffffff, #10161c));
  }
  /*
   * The list paints its own background: its heading, labels and count sit
   * between the cards, and must stay readable when the element's colour
   * scheme differs from the page's (theme="dark" on a light page).
   */
  .list {
    padding: calc(var(--_space) * 0.4);
    background: var(--_background);
    border-radius: var(--_radius);
  }
  .heading {
    margin: 0 0 0.6em;
    font-size: 1.35em;
    line-height: 1.25;
  }

  .filters {
    display: flex;
    flex-direction: column;
    gap: 0.6em;
    margin-block-end: 0.75em;
  }
  .filter-group {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.4em 0.75em;
  }
  .filter-label {
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.03em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .filter-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .filter {
    font: inherit;
    font-size: 0.9em;
    line-height: 1.3;
    padding: 0.3em 0.8em;
    border: 1px solid var(--_accent);
    border-radius: 1em;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .filter:hover {
    text-decoration: underline;
  }
  .filter[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  /* A tick as well as the fill, so the pressed state does not rest on colour alone. */
  .check {
    display: none;
    margin-inline-end: 0.3em;
  }
  .filter[aria-pressed='true'] .check {
    display: inline;
  }

  .status {
    margin: 0 0 0.75em;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .cards.grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 19em), 1fr));
  }
  .cards > li {
    display: grid;
    min-inline-size: 0;
    /*
     * A card out of sight is neither laid out nor painted until the reader
     * scrolls near it: a dozen cards cost a page about 30 ms of layout at
     * load. Until then it holds about a typical card's height (in em, so it
     * follows the font size), and afterwards the height it last had.
     */
    content-visibility: auto;
    contain-intrinsic-size: auto 38em;
  }
  .cards.compact > li {
    contain-intrinsic-size: auto 15em;
  }

  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .empty p,
  .empty ::slotted(*) {
    margin: 0;
  }


  /* Room to breathe once the container has room to give. */
  @container (min-width: 30em) {
    .list {
      padding: calc(var(--_space) * 0.75);
    }
  }

  @media (forced-colors: active) {
    .filter {
      border-color: ButtonText;
    }
    .filter[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }

  @media print {
    .filters,
    .status {
      display: none;
    }
    .cards.grid {
      grid-template-columns: 1fr;
    }
  }
`;
