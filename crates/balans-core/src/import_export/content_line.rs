//! Content lines as vCard (RFC 6350) and iCalendar (RFC 5545) both write
//! them: `NAME;PARAMS:value`, every text value escaped (backslash, comma,
//! semicolon, line breaks) and every line folded at 75 octets. Both
//! exporters write through here, so a value can never end its line early
//! and start a property of its own.

/// Escapes a text value: backslash, comma, semicolon and line breaks; other
/// control characters have no place in a content line and are left out.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.push_str("\\n"),
            c if c.is_control() => {}
            other => out.push(other),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a character.
pub(super) fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// Writes `name` (with any parameters) and one text value, escaped and folded.
pub(super) fn property(out: &mut String, name: &str, value: &str) {
    fold(&format!("{name}:{}", escape(value)), out);
}

/// Writes `name` and a list of text values, each escaped, separated by commas.
pub(super) fn list_property(out: &mut String, name: &str, values: &[String]) {
    let escaped: Vec<String> = values.iter().map(|v| escape(v)).collect();
    fold(&format!("{name}:{}", escaped.join(",")), out);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_cannot_start_a_line_of_its_own() {
        let mut out = String::new();
        property(&mut out, "FN", "Evil\r\nEND:VCARD\nBEGIN:VCARD;x,y\\\u{1b}");
        assert_eq!(out, "FN:Evil\\nEND:VCARD\\nBEGIN:VCARD\\;x\\,y\\\\\r\n");
    }

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let mut out = String::new();
        property(&mut out, "NOTE", &"é".repeat(100));
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        assert_eq!(
            out.replace("\r\n ", ""),
            format!("NOTE:{}\r\n", "é".repeat(100))
        );
    }
}
