/** Typings of lit-ssr.js: the few @lit-labs/ssr values renderElement uses. */
export type RenderResult = Iterable<string | Promise<RenderResult>>;
export declare function render(value: unknown): RenderResult;
export declare function collectResultSync(result: RenderResult): string;
export declare const LitElementRenderer: {
  /** Called with each element before its willUpdate; an options object or undefined. */
  renderOptions: Array<(element: HTMLElement) => { disableSsr?: boolean; connectedCallback?: boolean } | undefined>;
};
