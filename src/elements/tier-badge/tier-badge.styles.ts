import { css } from 'lit';

/**
 * Badge geometry: one height and font size per `size`, a min-width per size and variant that the
 * loading skeleton fills (so the loaded badge does not push the page around), and a minimum card
 * height. Colours only through the tokens; a tier's colours arrive as `--_bg` / `--_fg`.
 */
export const badgeStyles = css`
  :host {
    --_h: 20px;
    --_gr-scale: 0.75; /* 12px at the default 16px */
    --_px: 6px;
    /* What the loading skeleton reserves: about the shortest usual badge (a label and one short
       part), so loading only ever grows an inline badge and never leaves a hole after it. */
    --_min: 14em;
    display: inline-block;
    vertical-align: middle;
    /* Room for the punctuation after an inline badge: a badge wrapped over the whole line would
       push the sentence's full stop onto a line of its own. */
    max-width: calc(100% - 2em);
    min-height: var(--_h);
    line-height: 1;
  }
  :host([size='small']) {
    --_h: 18px;
    --_gr-scale: 0.6875;
    --_px: 5px;
  }
  :host([size='large']) {
    --_h: 28px;
    --_gr-scale: 0.875;
    --_px: 9px;
  }
  :host(:lang(en)) {
    --_min: 19em;
  }
  /* The card has a fixed width and a minimum height: loading, loaded and error are the same box. */
  :host {
    --_card-h: calc(2 * var(--_h) + 4.75em);
    --_card-w: 21em;
  }
  :host(:lang(en)) {
    --_card-w: 22em;
  }
  :host([variant='card']) {
    --_min: var(--_card-w);
    max-width: 100%;
    width: var(--_card-w);
    min-height: var(--_card-h);
  }

  /* One line of the badge's height; in a box narrower than the badge the message moves under the
     label and the label wraps, rather than cutting text off (WCAG 1.4.10). */
  .badge {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: stretch;
    max-width: 100%;
    min-height: var(--_h);
    border-radius: var(--_gr-radius);
    overflow: hidden;
    white-space: nowrap;
    text-decoration: none;
    color: inherit;
    vertical-align: top;
  }
  /* A link badge's hit area is at least 24 px high (WCAG 2.5.8): transparent borders around the
     drawn badge, also on the skeleton so loading and loaded stay the same size. */
  :host([href]) .badge:not(.card) {
    border-block: max(0px, calc((24px - var(--_h)) / 2)) solid transparent;
    background-clip: padding-box;
  }
  .badge.pill {
    border-radius: calc(var(--_h) / 2);
  }
  .badge.pill .label {
    padding-inline-start: calc(var(--_px) * 1.6);
  }
  .badge.pill .message {
    padding-inline-end: calc(var(--_px) * 1.6);
  }

  .label,
  .message {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.35em;
    padding: 0.15em var(--_px);
    min-width: 0;
    min-height: var(--_h);
    box-sizing: border-box;
    line-height: 1.15;
  }
  /* Grow: on one line there is no spare width (the badge is as wide as its text); wrapped onto
     two lines, label and message each fill the row, a tidy block. */
  .label {
    background: var(--_gr-muted);
    color: var(--_gr-bg);
    flex: 1 1 auto;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .message {
    flex: 1 1 auto;
    font-weight: 600;
    background: var(--_bg, var(--_gr-surface));
    color: var(--_fg, var(--_gr-text));
  }
  .message.neutral {
    box-shadow: inset 0 0 0 1px var(--_gr-border);
    border-start-end-radius: inherit;
    border-end-end-radius: inherit;
  }
  .sep {
    opacity: 0.85;
    font-weight: 400;
  }
  .part {
    font-variant-numeric: tabular-nums;
  }
  a.badge:hover .label {
    text-decoration: underline;
  }

  /* Card: label bar, region, message chip, source line; grows only when its text needs it. */
  .badge.card {
    display: inline-flex;
    flex-direction: column;
    flex-wrap: nowrap;
    width: 100%;
    min-height: var(--_card-h);
    background: var(--_gr-bg);
    color: var(--_gr-text);
    box-shadow: inset 0 0 0 1px var(--_gr-border);
  }
  .badge.card .label {
    flex: 0 0 var(--_h);
    display: flex;
  }
  .badge.card .body {
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
    justify-content: space-evenly;
    align-items: flex-start;
    padding: 0.25em var(--_px);
    padding-inline: calc(var(--_px) * 1.5);
    min-width: 0;
  }
  .badge.card .region {
    font-size: 1.25em;
    font-weight: 600;
    line-height: 1.2;
  }
  .badge.card .message {
    flex: 0 0 auto;
    max-width: 100%;
    border-radius: var(--_gr-radius);
  }
  /* The card grows rather than cut its text: the region, message and sources may wrap. */
  .badge.card .region,
  .badge.card .source {
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .badge.card .source {
    color: var(--_gr-muted);
    font-size: 0.85em;
    line-height: 1.2;
    max-width: 100%;
  }

  /* Loading: an empty box of the reserved width (the host is only ever as wide as its content,
     so once loaded the badge is as wide as its text). */
  .badge.skeleton {
    display: block;
    width: var(--gov-rank-badge-reserve, var(--_min));
    max-width: 100%;
    background: var(--_gr-skeleton);
    box-shadow: none;
  }

  /* Error: a badge-sized box saying what is missing, all of it: the message wraps. */
  .badge.error {
    background: var(--_gr-error-bg);
    color: var(--_gr-error);
    box-shadow: inset 0 0 0 1px currentColor;
  }
  .badge.error .label {
    background: none;
    color: inherit;
    font-weight: 600;
    flex: 0 0 auto;
  }
  .badge.error .message {
    background: none;
    color: var(--_gr-text);
    font-weight: 400;
    flex: 0 1 auto;
    display: block;
    white-space: normal;
    overflow-wrap: anywhere;
    line-height: 1.3;
  }
  .badge.card.error {
    white-space: normal;
  }
  .badge.card.error .label {
    flex: 0 0 var(--_h);
  }
  .badge.card.error .message {
    line-height: 1.3;
    padding-block: 0.25em;
  }

  /* Forced colours (Windows High Contrast) repaint backgrounds: draw the edges as borders. */
  @media (forced-colors: active) {
    .badge:not(.skeleton) {
      border: 1px solid CanvasText;
    }
    .message {
      border-inline-start: 1px solid CanvasText;
    }
    .badge.card .message {
      border: 1px solid CanvasText;
    }
  }
`;
