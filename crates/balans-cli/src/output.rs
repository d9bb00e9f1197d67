//! Where the answers go, and how they look: text a person reads at a
//! terminal, in colour only when it is a terminal and `NO_COLOR` is not set
//! (see <https://no-color.org>), or JSON for scripts. Every piece of text
//! passes through [`visible`] on the way out, so no name or note can make a
//! terminal act; colour is added around text, never taken from it.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};

use crate::visible::visible;

/// Whether a stream gets colour: a terminal, `NO_COLOR` unset or empty, and
/// a terminal that understands colour (`TERM` not `dumb`).
pub fn colour_for(is_terminal: bool) -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    is_terminal && !set("NO_COLOR") && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
}

/// The styles Balans uses, by meaning.
pub mod style {
    use super::*;

    pub const HEADER: Style = Style::new().bold();
    pub const ERROR: Style = Style::new()
        .bold()
        .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)));
    pub const HIGH: Style = Style::new()
        .bold()
        .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)));
    pub const MEDIUM: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow)));
    pub const LOW: Style = Style::new().dimmed();
}

/// One output stream: text written to it is made [`visible`]; [`Out::styled`]
/// adds colour when the stream wants it.
pub struct Out<'a> {
    inner: &'a mut dyn Write,
    colour: bool,
}

impl<'a> Out<'a> {
    pub fn new(inner: &'a mut dyn Write, colour: bool) -> Out<'a> {
        Out { inner, colour }
    }

    /// `text`, made visible, in `style` when this stream is coloured.
    pub fn styled(&mut self, style: Style, text: &str) -> io::Result<()> {
        if self.colour {
            write!(self.inner, "{style}{}{style:#}", visible(text))
        } else {
            self.inner.write_all(visible(text).as_bytes())
        }
    }

    /// Bytes exactly as they are: JSON, and files exported to `-`.
    pub fn raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.inner.write_all(bytes)
    }

    pub fn colour(&self) -> bool {
        self.colour
    }
}

/// `write!` and `writeln!` on an [`Out`] go through [`visible`]. The
/// formatter hands over whole strings, so no character is ever split.
impl Write for Out<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner
            .write_all(visible(&String::from_utf8_lossy(buf)).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_only_when_asked_and_text_stays_visible() {
        let mut bytes = Vec::new();
        let mut out = Out::new(&mut bytes, false);
        out.styled(style::ERROR, "a\u{1b}[2Jb").unwrap();
        write!(out, " c\u{7}").unwrap();
        assert_eq!(String::from_utf8(bytes).unwrap(), "a\u{241b}[2Jb c\u{2407}");

        let mut bytes = Vec::new();
        Out::new(&mut bytes, true)
            .styled(style::HEADER, "NAME")
            .unwrap();
        assert_eq!(String::from_utf8(bytes).unwrap(), "\u{1b}[1mNAME\u{1b}[0m");
    }

    #[test]
    fn no_colour_off_a_terminal() {
        assert!(!colour_for(false));
    }
}
