import { css } from 'lit';

export const mapStyles = css`
  :host {
    display: block;
    max-width: 100%;
    background: var(--_gr-bg);
    line-height: 1.4;
    --_gr-scale: 0.875;
  }
  .figure {
    margin: 0;
    min-width: 0;
  }
  .skeleton {
    width: 100%;
    height: auto;
  }
  .map {
    position: relative;
  }
  svg {
    display: block;
    /* Labels are placed for left-to-right text; an rtl page must not flip them onto their marks. */
    direction: ltr;
    width: 100%;
    height: auto;
    max-width: 100%;
    overflow: hidden;
    /* Pages keep scrolling and pinch-zooming over the map. */
    touch-action: manipulation;
    -webkit-tap-highlight-color: transparent;
  }
  .region {
    cursor: pointer;
    outline: none;
  }
  /* The SVG is drawn in a fixed space (viewBox) scaled by CSS: strokes keep their screen width. */
  path,
  circle,
  line,
  rect {
    vector-effect: non-scaling-stroke;
  }
  .shape,
  .callout {
    fill: var(--fill);
    stroke: var(--_gr-bg);
    stroke-width: 0.75;
    stroke-linejoin: round;
    transition: fill var(--_gr-transition) ease, fill-opacity var(--_gr-transition) ease;
  }
  .dot .shape,
  .callout {
    stroke: var(--_gr-text);
    stroke-width: 0.75;
  }
  .hit {
    fill: transparent;
    stroke: none;
  }
  .leader {
    stroke: var(--_gr-muted);
    stroke-width: 0.75;
  }
  .callout-label {
    fill: var(--_gr-text);
    pointer-events: none;
  }
  .dim .shape,
  .dim .callout {
    fill-opacity: 0.35;
  }
  .nodata-bg {
    fill: var(--_gr-no-data);
  }
  .nodata-stripe {
    stroke: var(--_gr-no-data-stripe);
    /* Sized in units with the tile (stroke-width attribute), like the pattern itself. */
    vector-effect: none;
  }
  .base-land path {
    fill: var(--_gr-surface);
    stroke: var(--_gr-border);
    stroke-width: 0.5;
  }
  .overlay .ring {
    fill: none;
    pointer-events: none;
    stroke-linejoin: round;
  }
  .ring.highlight {
    stroke: var(--_gr-highlight);
    stroke-width: 2;
  }
  .ring.selected {
    stroke: var(--_gr-selected);
    stroke-width: 2.5;
  }
  .ring.hover {
    stroke: var(--_gr-text);
    stroke-width: 1.5;
  }
  .ring.focus {
    stroke: var(--_gr-focus-ring);
    stroke-width: 3;
  }
  .inset .frame {
    fill: var(--_gr-bg);
    stroke: var(--_gr-border);
    stroke-width: 1;
  }
  .inset .neighbours {
    fill: var(--_gr-surface);
    stroke: none;
  }
  .inset .land {
    fill: var(--_gr-no-data);
    stroke: var(--_gr-border);
    stroke-width: 0.5;
  }
  .inset .dashes {
    fill: var(--_gr-muted);
    stroke: var(--_gr-muted);
    stroke-width: 0.5;
  }
  .inset .island {
    fill: var(--_gr-text);
    stroke: var(--_gr-text);
    stroke-width: 0.75;
  }
  .inset-label {
    fill: var(--_gr-muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-top: 0.5em;
  }
  .legend-title {
    font-weight: 600;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* Tier names come from the file: a long one wraps inside the map's width, never beyond it. */
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .legend li .count {
    white-space: nowrap;
  }
  /* Forced colours: regions keep their fills (the legend must keep them too) and get drawn borders. */
  @media (forced-colors: active) {
    .shape,
    .callout {
      stroke: CanvasText;
    }
    .swatch {
      forced-color-adjust: none;
    }
    .callout-label {
      fill: CanvasText;
    }
  }
  .swatch {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    border-radius: 2px;
    background: var(--fill);
    border: 1px solid var(--_gr-border);
    flex: none;
  }
  .swatch.nodata {
    background: repeating-linear-gradient(45deg, var(--_gr-no-data) 0 3px, var(--_gr-no-data-stripe) 3px 4.5px);
  }
  .count {
    color: var(--_gr-muted);
    font-variant-numeric: tabular-nums;
  }
  .off-map {
    margin-top: 0.4em;
    color: var(--_gr-text);
  }
  .off-map-title {
    font-weight: 600;
  }
  .off-map ul {
    display: inline;
    list-style: none;
    margin: 0;
    padding: 0 0 0 0.5em;
  }
  .off-map li {
    display: inline;
  }
  details.off-map ul {
    display: block;
    padding: 0 0 0 1em;
  }
  details.off-map li {
    display: list-item;
  }
  .caption {
    margin-top: 0.4em;
    color: var(--_gr-muted);
    font-size: calc(0.75 * var(--_gr-font-size));
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
  }
  .caption .title {
    color: var(--_gr-text);
    font-weight: 600;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .caption a {
    color: var(--_gr-accent);
    overflow-wrap: anywhere;
  }
  .table-toggle {
    margin-top: 0.5em;
    font: inherit;
    font-size: calc(0.8125 * var(--_gr-font-size));
    color: var(--_gr-text);
    background: var(--_gr-surface);
    border: 1px solid var(--_gr-border);
    border-radius: var(--_gr-radius);
    padding: 0.2em 0.8em;
    cursor: pointer;
    min-height: 24px;
  }
  .download {
    display: inline-flex;
    gap: 0.25em;
    margin-inline-start: 0.25em;
  }
  /* Server-rendered and not yet hydrated, or on a page with no script: the buttons need the
     script, so they keep their place (no shift when it arrives) but are not shown. */
  :host([defer-hydration]) .table-toggle {
    visibility: hidden;
  }
  .table-toggle[aria-expanded='true'] {
    background: var(--_gr-bg);
  }
`;
