import { css } from 'lit';

export const sparklineStyles = css`
  :host {
    display: block;
    position: relative;
    min-height: var(--gov-rank-sparkline-height, 40px);
    --_gr-scale: 0.6875; /* 11px at the default 16px */
    line-height: 1.2;
  }
  .chart {
    position: relative;
    width: 100%;
    height: var(--gov-rank-sparkline-height, 40px);
  }
  svg {
    display: block;
    overflow: visible;
    /* Labels are placed for left-to-right text; an rtl page must not flip them onto their marks. */
    direction: ltr;
  }
  .line {
    fill: none;
    stroke: var(--gov-rank-sparkline-color, var(--_gr-accent));
    stroke-width: 1.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .dot {
    fill: var(--gov-rank-sparkline-color, var(--_gr-accent));
    stroke: var(--_gr-bg);
    stroke-width: 1;
    outline: none;
    cursor: default;
    transition: r var(--_gr-transition);
  }
  .dot.on {
    r: 4px;
  }
  .ring {
    fill: none;
    stroke: var(--_gr-focus-ring);
    stroke-width: 2;
  }
  .marker {
    fill: none;
    stroke-width: 1.25;
  }
  .marker.best {
    stroke: var(--gov-rank-sparkline-color, var(--_gr-accent));
  }
  .marker.worst {
    stroke: var(--_gr-muted);
    stroke-dasharray: 2 1.5;
  }
  .band {
    opacity: 0.18;
  }
  .label {
    fill: var(--_gr-text);
    /* LABEL_PX in trend-sparkline.ts; central: the text's box is centred on its y. */
    font-size: 11px;
    font-variant-numeric: tabular-nums;
    dominant-baseline: central;
  }
  .tip {
    position: absolute;
    bottom: calc(100% + 4px);
    z-index: 1;
    transform: translateX(-50%);
    padding: 0.3em 0.55em;
    border-radius: var(--_gr-radius);
    background: var(--_gr-text);
    color: var(--_gr-bg);
    font-size: 12px;
    white-space: nowrap;
    pointer-events: none;
    font-variant-numeric: tabular-nums;
  }
  .tip .sub {
    opacity: 0.8;
    font-size: 11px;
  }
  .skeleton {
    position: relative;
    height: var(--gov-rank-sparkline-height, 40px);
    border-radius: var(--_gr-radius);
    background: var(--_gr-skeleton);
  }
  @media (forced-colors: active) {
    .label {
      fill: CanvasText;
    }
  }
`;
