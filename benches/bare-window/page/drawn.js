// Says the page was drawn, after two frames, as Balans does after its first
// screen (which also waits for its font; this page has none of its own).
requestAnimationFrame(() => requestAnimationFrame(() => window.__TAURI__.core.invoke("drawn")));
