import { css } from 'lit';

export const tableStyles = css`
  :host {
    display: block;
    --_gr-scale: 0.875;
    line-height: 1.4;
    max-width: 100%;
  }
  .scroll {
    /* Positioned, so visually hidden cell text (absolutely placed) stays inside the scroll box. */
    position: relative;
    max-width: 100%;
    overflow-x: auto;
    -webkit-overflow-scrolling: touch;
  }
  /* A shade at each edge beyond which columns are scrolled out of view (see rank-table.ts). */
  .scroll-frame {
    position: relative;
  }
  .scroll-hint {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 1.25em;
    pointer-events: none;
    opacity: 0;
    --_shade: color-mix(in srgb, var(--_gr-text) 24%, transparent);
  }
  .scroll-hint.on {
    opacity: 1;
  }
  .scroll-hint[data-side='start'] {
    inset-inline-start: 0;
    background: linear-gradient(to right, var(--_shade), transparent);
  }
  .scroll-hint[data-side='end'] {
    inset-inline-end: 0;
    background: linear-gradient(to left, var(--_shade), transparent);
  }
  .scroll-frame:dir(rtl) .scroll-hint {
    transform: scaleX(-1);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    background: var(--_gr-bg);
  }
  .title {
    padding: 0 0 0.5em;
    font-weight: 600;
    font-size: var(--_gr-font-size);
    overflow-wrap: anywhere;
  }
  .title .sub {
    display: block;
    font-weight: 400;
    font-size: calc(0.8125 * var(--_gr-font-size));
    color: var(--_gr-muted);
  }
  .title .partial {
    color: var(--_gr-text);
    font-weight: 600;
  }
  th,
  td {
    height: calc(2.25 * var(--_gr-font-size));
    padding: 0.25em 0.75em;
    border-bottom: 1px solid var(--_gr-border);
    text-align: start;
    vertical-align: middle;
    white-space: nowrap;
  }
  thead th {
    border-bottom-width: 2px;
    font-weight: 600;
    color: var(--_gr-muted);
    font-size: calc(0.8125 * var(--_gr-font-size));
  }
  tbody th {
    font-weight: 500;
  }
  .num {
    text-align: end;
  }
  thead th.num button {
    flex-direction: row-reverse;
  }
  th button {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    min-height: 24px;
    margin: 0 -0.35em;
    padding: 0.2em 0.35em;
    border: 0;
    border-radius: var(--_gr-radius);
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  th button:hover {
    color: var(--_gr-text);
    background: var(--_gr-surface);
  }
  th[aria-sort] button {
    color: var(--_gr-text);
  }
  .arrow {
    display: inline-block;
    width: 0.8em;
    font-size: 0.75em;
    opacity: 0.45;
  }
  th[aria-sort] .arrow {
    opacity: 1;
  }
  .tie {
    color: var(--_gr-muted);
    font-size: 0.8125em;
  }
  .missing {
    color: var(--_gr-muted);
  }
  .chip {
    display: inline-block;
    padding: 0.1em 0.55em;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
    line-height: 1.5;
  }
  .group,
  .note {
    color: var(--_gr-muted);
    font-size: 0.8125em;
    white-space: normal;
  }
  .note {
    display: block;
    font-weight: 400;
  }
  /* A count's printed change against the year before, under its value. */
  .score .change {
    display: block;
    color: var(--_gr-muted);
    font-size: 0.8125em;
  }
  tr.hl th,
  tr.hl td {
    background: color-mix(in srgb, var(--_gr-highlight) 12%, var(--_gr-bg));
  }
  tr.hl th {
    box-shadow: inset 3px 0 0 var(--_gr-highlight);
    font-weight: 700;
  }
  .trend svg {
    display: block;
    overflow: visible;
  }
  .trend path {
    fill: none;
    stroke: var(--_gr-accent);
    stroke-width: 1.25;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .trend circle {
    fill: var(--_gr-accent);
  }
  .trend circle.now {
    fill: var(--_gr-bg);
    stroke: var(--_gr-text);
    stroke-width: 1.5;
  }
  .footnote {
    margin-top: 0.5em;
    color: var(--_gr-muted);
    font-size: calc(0.75 * var(--_gr-font-size));
  }
  .footnote p {
    margin: 0.25em 0;
    overflow-wrap: anywhere;
  }
  .footnote .partial {
    color: var(--_gr-text);
  }
  .footnote a {
    color: var(--_gr-accent);
    overflow-wrap: anywhere;
  }
  .status.loading.skeleton {
    justify-content: flex-start;
    align-items: flex-start;
    border-radius: var(--_gr-radius);
    background:
      repeating-linear-gradient(
        to bottom,
        transparent 0 calc(2.25 * var(--_gr-font-size) - 1px),
        var(--_gr-border) calc(2.25 * var(--_gr-font-size) - 1px) calc(2.25 * var(--_gr-font-size))
      )
      0 calc(2 * var(--_gr-font-size) + 2.25 * var(--_gr-font-size)) / 100% 100% no-repeat,
      var(--_gr-skeleton);
    color: var(--_gr-muted);
    padding: 0.5em 0.75em;
  }
  @media (forced-colors: active) {
    .chip {
      border: 1px solid CanvasText;
    }
  }
`;
