// Buttons that start work which takes a moment (an export, an import, a
// backup, a restore) show it: disabled and marked busy until the work ends,
// so a second click cannot start it twice.

/** A click handler that runs `work(event)` with the clicked button busy. */
export function busyWhile(work) {
  return async (event) => {
    const button = event?.currentTarget ?? null;
    if (button?.disabled) return;
    if (button) {
      button.disabled = true;
      button.setAttribute("aria-busy", "true");
    }
    try {
      await work(event);
    } finally {
      if (button) {
        button.disabled = false;
        button.removeAttribute("aria-busy");
      }
    }
  };
}
