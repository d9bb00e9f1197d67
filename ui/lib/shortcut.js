// The quick log's shortcut, Ctrl+N (Cmd+N on macOS), told from other keys
// apart from the dialog it opens, so it can be tested under Node.

/** Whether a key event is the quick-log shortcut on this platform. */
export function isQuickLogShortcut(event, platform = navigator.platform) {
  const mac = /mac/i.test(platform);
  const modifier = mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return modifier && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "n";
}
