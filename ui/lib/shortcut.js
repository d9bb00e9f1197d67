// The window's shortcuts, Ctrl+N to log, Ctrl+K (or `/`) to find anything,
// Ctrl+Z to undo (Cmd on macOS) and `?` to list them, told from other keys
// apart from what they open, and labelled as each platform writes them, so
// they can be tested under Node.

function isMac(platform) {
  return /mac/i.test(platform);
}

/** The command key with `key` as this platform writes it: Ctrl+N, or ⌘N on macOS. */
export function commandLabel(key, platform = navigator.platform) {
  return isMac(platform) ? `⌘${key.toUpperCase()}` : `Ctrl+${key.toUpperCase()}`;
}

/** The command key with `key` as `aria-keyshortcuts` names it. */
export function commandAria(key, platform = navigator.platform) {
  return `${isMac(platform) ? "Meta" : "Control"}+${key.toUpperCase()}`;
}

/** Whether `event` is the platform's command key with `key` and nothing else. */
function isCommandKey(event, key, platform) {
  const modifier = isMac(platform) ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
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

/** Whether a key event opens the list of shortcuts: `?` outside fields. */
export function isShortcutListKey(event) {
  return event.key === "?" && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event);
}

/** Whether a key event opens the command palette: Ctrl+K anywhere, `/` outside fields. */
export function isPaletteShortcut(event, platform = navigator.platform) {
  const slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event);
  return slash || isCommandKey(event, "k", platform);
}
