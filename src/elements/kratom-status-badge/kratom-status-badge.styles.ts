import { css } from 'lit';

export const badgeStyles = css`
  /* Sits inside a sentence or a table cell: inline, on the text's baseline, at the text's size. */
  :host {
    display: inline-flex;
    vertical-align: baseline;
    font-size: inherit;
    max-inline-size: 100%;
    position: relative;
  }
  .pill {
    /* Shorter labels stay on one line; long ones (format="long" in a narrow cell) may wrap. */
    white-space: normal;
  }
`;
