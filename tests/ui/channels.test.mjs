// Unit tests of how a person's addresses become links, run with `node --test`.

import assert from "node:assert/strict";
import test from "node:test";

import { channelLinks, splitAddresses } from "../../ui/lib/channels.js";

test("each address becomes the link that opens it, e-mail first", () => {
  const links = channelLinks({
    urls: ["https://www.linkedin.com/in/karin", "https://mulder.nl"],
    phones: ["+31 (6) 1234-5678"],
    emails: ["karin@mulder.nl"],
  });
  assert.deepEqual(
    links.map(({ kind, href }) => [kind, href]),
    [
      ["email", "mailto:karin@mulder.nl"],
      ["phone", "tel:+31612345678"],
      ["linkedin", "https://www.linkedin.com/in/karin"],
      ["url", "https://mulder.nl"],
    ],
  );
});

test("a look-alike host is not LinkedIn", () => {
  const [link] = channelLinks({ urls: ["https://linkedin.com.example.nl/in/karin"] });
  assert.equal(link.kind, "url");
});

test("a person without addresses has no links", () => {
  assert.deepEqual(channelLinks({}), []);
});

test("typed addresses split on commas, semicolons and new lines", () => {
  assert.deepEqual(splitAddresses(" a@b.nl, c@d.nl;\ne@f.nl ,, "), ["a@b.nl", "c@d.nl", "e@f.nl"]);
});
