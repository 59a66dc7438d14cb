import { css } from 'lit';

/**
 * Four rows of a minimum height (label, figure, change, date and source) so the loading, loaded and
 * error states are the same box; the figure reserves the final value's width (a hidden copy in
 * the same grid cell) and uses tabular numerals, so counting never makes the layout jitter.
 */
export const counterStyles = css`
  :host {
    display: block;
    /* Rows grow (never clip) when a narrow box or user text spacing makes a line wrap. */
    --_rows: minmax(1.3em, auto) minmax(2.9em, auto) minmax(1.3em, auto) minmax(1.15em, auto);
    --_gap: 0.2em;
    min-height: calc(1.3em + 2.9em + 1.3em + 1.15em + 3 * 0.2em);
    line-height: 1.3;
  }
  /* A forced theme (own or an ancestor's) may differ from the page's: then the counter paints its
     own background. */
  :host([theme='light' i]),
  :host([theme='dark' i]) {
    background: var(--_gr-bg);
  }
  :host(:state(theme-light)),
  :host(:state(theme-dark)) {
    background: var(--_gr-bg);
  }
  .counter {
    display: grid;
    grid-template-rows: var(--_rows);
    row-gap: var(--_gap);
    min-width: 0;
  }
  .counter > * {
    min-width: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .label {
    font-size: 0.875em;
    color: var(--_gr-muted);
    align-self: end;
  }
  .label,
  .change,
  .meta {
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .figure {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.25em;
    align-self: center;
    line-height: 1.1;
  }
  .approx,
  .unit {
    font-size: 1.125em;
    color: var(--_gr-muted);
    flex: 0 0 auto;
  }
  .unit {
    flex: 0 1 auto;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .value {
    display: inline-grid;
    flex: 0 0 auto;
    font-size: 2.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.01em;
  }
  /* The final value and the counting value share one cell: the cell is as wide as the final text. */
  .value > span {
    grid-area: 1 / 1;
    justify-self: end;
  }
  .value > .ghost {
    visibility: hidden;
  }
  /* A printed page (or a PDF) shows what the screen shows once counted: the final value, also
     for a counter never scrolled into view (print fires no IntersectionObserver). */
  @media print {
    .value > .ghost {
      visibility: visible;
    }
    .value > .current {
      visibility: hidden;
    }
  }
  .change {
    font-size: 0.875em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    align-self: center;
  }
  .meta {
    font-size: 0.75em;
    color: var(--_gr-muted);
    align-self: center;
  }
  .meta a {
    color: inherit;
  }
  .meta a:hover {
    color: var(--_gr-accent);
  }

  /* Loading: the same four rows as bars. */
  .counter.skeleton > * {
    background: var(--_gr-skeleton);
    border-radius: var(--_gr-radius);
    align-self: stretch;
  }
  .counter.skeleton > .label {
    width: 60%;
  }
  .counter.skeleton > .figure {
    width: 40%;
  }
  .counter.skeleton > .change {
    width: 35%;
  }
  .counter.skeleton > .meta {
    width: 50%;
  }
  .status {
    min-height: inherit;
  }
`;
