// The one door to the Rust side: commands, and the events the app sends on
// its own. Errors come back as {code, message, field}; they are rethrown as
// Error objects that keep those fields.

export class CommandError extends Error {
  constructor(payload) {
    super(payload?.message ?? String(payload));
    this.code = payload?.code ?? "unknown";
    this.field = payload?.field ?? null;
  }
}

export async function call(command, args = {}) {
  try {
    return await window.__TAURI__.core.invoke(command, args);
  } catch (payload) {
    throw new CommandError(payload);
  }
}

/**
 * `call` for a command that reports how far it has come on a `progress`
 * channel: `onProgress(report)` runs for each report.
 */
export function callWithProgress(command, args, onProgress) {
  const progress = new window.__TAURI__.core.Channel();
  progress.onmessage = onProgress;
  return call(command, { ...args, progress });
}

/** Calls `handler(payload)` each time the app emits `event`. */
export function listen(event, handler) {
  return window.__TAURI__.event.listen(event, (message) => handler(message.payload));
}
