// The window's shortcuts, Ctrl+N to log, Ctrl+K (or `/`) to find anything
// and Ctrl+Z to undo (Cmd on macOS), told from other keys apart from what
// they open, so they can be tested under Node.

/** Whether `event` is the platform's command key with `key` and nothing else. */
function isCommandKey(event, key, platform) {
  const mac = /mac/i.test(platform);
  const modifier = mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return modifier && !event.altKey && !event.shiftKey && event.key.toLowerCase() === key;
}

/** Whether a key event is the quick-log shortcut on this platform. */
export function isQuickLogShortcut(event, platform = navigator.platform) {
  return isCommandKey(event, "n", platform);
}

/** Whether the key event happened while typing in a field. */
function typing(event) {
  return /^(INPUT|TEXTAREA|SELECT)$/.test(event.target?.tagName ?? "") || Boolean(event.target?.isContentEditable);
}

/**
 * Whether a key event asks the window to undo: not while typing, where the
 * field's own undo comes first.
 */
export function isUndoShortcut(event, platform = navigator.platform) {
  return !typing(event) && isCommandKey(event, "z", platform);
}

/** Whether a key event opens the command palette: Ctrl+K anywhere, `/` outside fields. */
export function isPaletteShortcut(event, platform = navigator.platform) {
  const slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event);
  return slash || isCommandKey(event, "k", platform);
}
