// Which of the palette's commands fit what was typed: every typed word must
// start a word of the command's label, ignoring case and accents ("exp b"
// finds "Export a backup"). Kept apart from the dialog so it runs under Node.

import { fold } from "./name-match.js";

/** The commands ({label, …}) whose label fits `typed`, in their own order; all of them for nothing typed. */
export function matchCommands(commands, typed) {
  const words = fold(typed).split(/\s+/).filter(Boolean);
  if (words.length === 0) return commands;
  return commands.filter((command) => {
    const labelWords = fold(command.label).split(/[\s\-']+/);
    return words.every((word) => labelWords.some((labelWord) => labelWord.startsWith(word)));
  });
}
