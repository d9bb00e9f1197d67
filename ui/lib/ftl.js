// The window's words come from the same catalogue as every other sentence
// Balans says (crates/balans-core/catalogue/*/window.ftl, handed to the page
// by the desktop shell before any script runs). The window reads only the
// small part of Fluent that file keeps to: one message per line with
// `{ $name }` placeholders, or a choice on `$count` between `[one]` and
// `*[other]`. Anything else is refused by name, so a message the window
// cannot say is found by the tests, not by a user.

const MESSAGE_START = /^([a-zA-Z][\w-]*) = (.*)$/;
const COUNT_CHOICE = /^\{ \$count ->\n\[one\] (.*)\n\*\[other\] (.*)\n\}$/;
const PLACEHOLDER = /\{ \$(\w+) \}/g;

/** A message's text with `{ $name }` written as `{name}`, the window's placeholders. */
function template(key, text) {
  const plain = text.replace(PLACEHOLDER, "{$1}");
  if (/\{\s|\{\$|\s\}|\n/.test(plain)) throw new Error(`${key}: not in the part of Fluent the window reads`);
  return plain;
}

/** The value of one message: a template, or `{ one, other }` for a choice on a count. */
function message(key, text) {
  const choice = COUNT_CHOICE.exec(text);
  if (choice) return { one: template(key, choice[1]), other: template(key, choice[2]) };
  return template(key, text);
}

/** Every message in `source`, by key. Comments and blank lines are skipped. */
export function parseMessages(source) {
  const messages = {};
  let key = null;
  let lines = [];
  const finish = () => {
    if (key !== null) messages[key] = message(key, lines.join("\n"));
    key = null;
  };
  for (const line of source.split(/\r?\n/)) {
    const start = MESSAGE_START.exec(line);
    if (start) {
      finish();
      [, key] = start;
      lines = [start[2]];
    } else if (key !== null && (/^\s+\S/.test(line) || line === "}")) {
      lines.push(line.trim());
    } else {
      finish();
    }
  }
  finish();
  return messages;
}
