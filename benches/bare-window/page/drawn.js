// Says the page was drawn, after two frames, as Balans does after its first screen.
requestAnimationFrame(() => requestAnimationFrame(() => window.__TAURI__.core.invoke("drawn")));
