// @ts-check
// What the scripts that drive demo pages in Chromium (screenshots, the print check) wait for:
// every gov-* element registered and rendered — shadow content, no loading or error box.

/** Runs in the page: the state of every gov-* element. */
export function elementStates() {
  const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('gov-'));
  return all.map((el) => {
    const root = el.shadowRoot;
    const status = root?.querySelector('[part~="status"]');
    const label = `<${el.localName}${[...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>`;
    return {
      label,
      defined: !!customElements.get(el.localName),
      rendered: !!root && root.childElementCount > 0 && !status,
      error: status && /error/.test(status.getAttribute('part') ?? '') ? status.textContent.replace(/\s+/g, ' ').trim() : null,
    };
  });
}

/**
 * Polls a Playwright page until every element has rendered, one shows an error, or `timeout`
 * ms pass; returns the problems (unregistered, error box, not rendered), empty when all is well.
 */
export async function waitForElements(tab, timeout) {
  const start = Date.now();
  let states = await tab.evaluate(elementStates);
  while (states.some((s) => !s.rendered) && Date.now() - start < timeout) {
    if (states.some((s) => s.error)) break;
    await tab.waitForTimeout(100);
    states = await tab.evaluate(elementStates);
  }
  const problems = [];
  for (const s of states) {
    if (!s.defined) problems.push(`not registered: ${s.label}`);
    else if (s.error) problems.push(`error box: ${s.label}: ${s.error}`);
    else if (!s.rendered) problems.push(`not rendered after ${timeout / 1000} s: ${s.label}`);
  }
  return { states, problems };
}
