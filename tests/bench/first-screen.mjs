// In the page, from its start (`page.addInitScript(markFirstScreen)`): when
// the endpoint's state enters the document (`tcpSeen`), and when the frame
// showing it has been drawn, style, layout and paint (`tcpDrawn`). The
// figure Playwright sees also waits for its own polling, which backs off
// up to 100 ms between looks and so flatters whichever app is ready sooner.
export function markFirstScreen() {
  const seen = () => {
    if (globalThis.tcpSeen || !document.querySelector('[data-testid=client-state]')) return;
    globalThis.tcpSeen = performance.now();
    requestAnimationFrame(() => setTimeout(() => { globalThis.tcpDrawn = performance.now(); }, 0));
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
}
