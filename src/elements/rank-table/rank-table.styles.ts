import { css } from 'lit';

export const tableStyles = css`
  :host {
    display: block;
    font-size: 0.875rem;
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
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    background: var(--gov-rank-bg);
  }
  .title {
    padding: 0 0 0.5em;
    font-weight: 600;
    font-size: 1rem;
    overflow-wrap: anywhere;
  }
  .title .sub {
    display: block;
    font-weight: 400;
    font-size: 0.8125rem;
    color: var(--gov-rank-muted);
  }
  .title .partial {
    color: var(--gov-rank-text);
    font-weight: 600;
  }
  th,
  td {
    height: 2.25rem;
    padding: 0.25em 0.75em;
    border-bottom: 1px solid var(--gov-rank-border);
    text-align: start;
    vertical-align: middle;
    white-space: nowrap;
  }
  thead th {
    border-bottom-width: 2px;
    font-weight: 600;
    color: var(--gov-rank-muted);
    font-size: 0.8125rem;
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
    border-radius: var(--gov-rank-radius);
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  th button:hover {
    color: var(--gov-rank-text);
    background: var(--gov-rank-surface);
  }
  th[aria-sort] button {
    color: var(--gov-rank-text);
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
    color: var(--gov-rank-muted);
    font-size: 0.8125em;
  }
  .missing {
    color: var(--gov-rank-muted);
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
    color: var(--gov-rank-muted);
    font-size: 0.8125em;
    white-space: normal;
  }
  .note {
    display: block;
    font-weight: 400;
  }
  tr.hl th,
  tr.hl td {
    background: color-mix(in srgb, var(--gov-rank-highlight) 12%, var(--gov-rank-bg));
  }
  tr.hl th {
    box-shadow: inset 3px 0 0 var(--gov-rank-highlight);
    font-weight: 700;
  }
  .trend svg {
    display: block;
    overflow: visible;
  }
  .trend path {
    fill: none;
    stroke: var(--gov-rank-accent);
    stroke-width: 1.25;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .trend circle {
    fill: var(--gov-rank-accent);
  }
  .trend circle.now {
    fill: var(--gov-rank-bg);
    stroke: var(--gov-rank-text);
    stroke-width: 1.5;
  }
  .footnote {
    margin-top: 0.5em;
    color: var(--gov-rank-muted);
    font-size: 0.75rem;
  }
  .footnote p {
    margin: 0.25em 0;
    overflow-wrap: anywhere;
  }
  .footnote .partial {
    color: var(--gov-rank-text);
  }
  .footnote a {
    color: var(--gov-rank-accent);
    overflow-wrap: anywhere;
  }
  .status.loading.skeleton {
    justify-content: flex-start;
    align-items: flex-start;
    border-radius: var(--gov-rank-radius);
    background:
      repeating-linear-gradient(
        to bottom,
        transparent 0 calc(2.25rem - 1px),
        var(--gov-rank-border) calc(2.25rem - 1px) 2.25rem
      )
      0 calc(2rem + 2.25rem) / 100% 100% no-repeat,
      var(--gov-rank-skeleton);
    color: var(--gov-rank-muted);
    padding: 0.5em 0.75em;
  }
  @media (forced-colors: active) {
    .chip {
      border: 1px solid CanvasText;
    }
  }
`;
