//! What the terminal is sent: text that shows, never text that acts. A name
//! or note can hold characters a terminal obeys instead of printing (ESC
//! starts colour changes, cursor moves, window titles and worse; CR and BS
//! overwrite what was printed; bidirectional controls reorder the line), and
//! text output from every command passes through [`visible`] on its way out
//! (in `Context::emit` and for error messages), so no command can forget.
//! JSON output is left exact: serde escapes control characters itself.
//!
//! - C0 controls except line feed and tab, and DEL, become their Unicode
//!   Control Pictures (ESC shows as `␛`, CR as `␍`, DEL as `␡`), one
//!   character for one, so columns stay aligned.
//! - C1 controls (U+0080 to U+009F) and the bidirectional embeddings,
//!   overrides and isolates U+202A to U+202E, U+2066 and U+2067 are written
//!   as `\u{9b}`, `\u{202e}`: they have no picture.
//! - U+2068 and U+2069 (first strong isolate, pop directional isolate) are
//!   left out: Balans wraps every name in its own sentences in this pair for
//!   the window and reports, and in a terminal they would only add noise.
//!   Input refuses them, so the only ones that reach here are Balans's own.

use std::borrow::Cow;

/// `text` with every character a terminal would act on made visible.
pub(crate) fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(acts) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\t' => out.push(c),
            '\u{0}'..='\u{1f}' => {
                out.push(char::from_u32(0x2400 + u32::from(c)).unwrap_or('\u{fffd}'))
            }
            '\u{7f}' => out.push('\u{2421}'),
            '\u{2068}' | '\u{2069}' => {}
            '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}' | '\u{2067}' => {
                out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
            }
            other => out.push(other),
        }
    }
    Cow::Owned(out)
}

/// Whether [`visible`] changes this character.
fn acts(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        && c != '\n'
        && c != '\t'
}

#[cfg(test)]
mod tests {
    use super::visible;

    #[test]
    fn escape_sequences_show_instead_of_acting() {
        assert_eq!(visible("a\u{1b}[31mb"), "a\u{241b}[31mb");
        assert_eq!(visible("x\ry\u{8}\u{7f}"), "x\u{240d}y\u{2408}\u{2421}");
        assert_eq!(visible("\u{9b}2J"), "\\u{9b}2J");
        assert_eq!(visible("abc\u{202e}def"), "abc\\u{202e}def");
        assert_eq!(visible("Thank \u{2068}Sanne\u{2069}."), "Thank Sanne.");
        assert_eq!(visible("two\nlines\tand a tab"), "two\nlines\tand a tab");
        let once = visible("\u{1b}\u{85}\u{2066}");
        assert_eq!(visible(&once), once, "showing twice changes nothing");
    }
}
