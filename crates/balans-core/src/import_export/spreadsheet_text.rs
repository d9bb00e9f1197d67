//! Files as spreadsheets and address books save them, read into one string,
//! and the separator a CSV was saved with. Excel saves "CSV" in the code
//! page of the region (Windows-1252 in the Netherlands and most of western
//! Europe) and "Unicode text" as UTF-16 with a byte-order mark; Google,
//! Outlook and phones write UTF-8, some with a byte-order mark. Excel
//! separates with the region's list separator: `;` where the decimal mark is
//! a comma, as in Dutch, `,` elsewhere; its Unicode text uses tabs.

use encoding_rs::{Encoding, WINDOWS_1252};

/// The text of `bytes`: as its byte-order mark says (UTF-8, UTF-16 LE or
/// BE); else as UTF-8 when it is valid UTF-8; else as Windows-1252, which
/// gives every byte a character, so reading never fails and never guesses
/// a character that was not there.
pub fn decode(bytes: &[u8]) -> String {
    if let Some((encoding, mark)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[mark..]);
        return text.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// `text` with every CR LF as LF. Spreadsheets on Windows end lines with
/// CR LF, also the line breaks inside a cell, where Balans keeps LF (a CR
/// is refused in a note); and the CSV reader counts lines by LF, so a line
/// number in a message is the file's own.
pub fn with_lf_lines(text: &str) -> String {
    text.replace("\r\n", "\n")
}

/// The separators a CSV may use, the usual one first.
const SEPARATORS: [u8; 3] = [b',', b';', b'\t'];

/// The separator of the CSV whose header is the first line of `text`: the
/// one of `,`, `;` and tab found most often outside quotes there (`,` when
/// none is, or on a tie).
pub fn separator(text: &str) -> u8 {
    let mut counts = [0usize; SEPARATORS.len()];
    let mut quoted = false;
    for byte in text.bytes() {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            _ if !quoted => {
                if let Some(at) = SEPARATORS.iter().position(|s| *s == byte) {
                    counts[at] += 1;
                }
            }
            _ => {}
        }
    }
    let most = counts.iter().copied().max().unwrap_or(0);
    let at = counts.iter().position(|count| *count == most).unwrap_or(0);
    SEPARATORS[at]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_encoding_a_spreadsheet_writes_reads_the_same() {
        let text = "Naam;Functie\r\nJosé Müller;Directeur €\r\n";
        let windows_1252: Vec<u8> = WINDOWS_1252.encode(text).0.into_owned();
        assert!(
            std::str::from_utf8(&windows_1252).is_err(),
            "the fixture is not UTF-8"
        );
        let with_mark = |mark: &[u8], body: &[u8]| [mark, body].concat();
        let utf16 = |big: bool| -> Vec<u8> {
            text.encode_utf16()
                .flat_map(|unit| {
                    if big {
                        unit.to_be_bytes()
                    } else {
                        unit.to_le_bytes()
                    }
                })
                .collect()
        };
        for bytes in [
            text.as_bytes().to_vec(),
            with_mark(b"\xEF\xBB\xBF", text.as_bytes()),
            windows_1252,
            with_mark(b"\xFF\xFE", &utf16(false)),
            with_mark(b"\xFE\xFF", &utf16(true)),
        ] {
            assert_eq!(decode(&bytes), text);
        }
    }

    #[test]
    fn the_separator_is_read_from_the_header_outside_quotes() {
        assert_eq!(separator("name,notes\nAnna;Bakker,x"), b',');
        assert_eq!(separator("Naam;Notities;Functie\r\nAnna,x"), b';');
        assert_eq!(separator("Name\tE-mail\nAnna"), b'\t');
        assert_eq!(separator("\"Bakker, Anna\";Notities\n"), b';');
        assert_eq!(separator("name\nAnna"), b',');
        assert_eq!(separator(""), b',');
    }
}
