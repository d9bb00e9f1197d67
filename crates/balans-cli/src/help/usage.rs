//! clap's usage lines in the reader's language: clap writes
//! `Usage: balans log [OPTIONS] <PERSON> …` in English, with a second line
//! indented under the first; this says the heading and `[OPTIONS]` from the
//! catalogue and indents under the heading it wrote. Help and the errors
//! that show a usage line both go through here.

use anstyle::Style;
use balans_core::{phrase, Language};

/// The heading clap writes before a usage line, and what it calls options.
const CLAP_HEADING: &str = "Usage:";
const CLAP_OPTIONS: &str = "[OPTIONS]";

/// `usage` as clap writes it, its heading in `style`, in `lang` with the
/// heading in the same style. Text that does not start as clap's usage
/// does is left as it is.
pub(crate) fn in_language(usage: &str, style: Style, lang: Language) -> String {
    let clap_heading = format!("{}{CLAP_HEADING}{} ", style.render(), style.render_reset());
    let Some(lines) = usage.strip_prefix(&clap_heading) else {
        return usage.to_owned();
    };
    let heading = phrase!("cli-heading-usage").say(lang);
    let clap_indent = format!("\n{}", " ".repeat(CLAP_HEADING.len() + 1));
    let indent = format!("\n{}", " ".repeat(heading.chars().count() + 1));
    let lines = lines
        .replace(&clap_indent, &indent)
        .replace(CLAP_OPTIONS, &phrase!("cli-usage-options").say(lang));
    format!(
        "{}{heading}{} {lines}",
        style.render(),
        style.render_reset()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_heading_and_options_are_said_and_the_second_line_follows() {
        let clap = "Usage: balans reminders [OPTIONS]\n       balans reminders <COMMAND>";
        assert_eq!(in_language(clap, Style::new(), Language::En), clap);
        assert_eq!(
            in_language(clap, Style::new(), Language::Nl),
            "Gebruik: balans reminders [OPTIES]\n         balans reminders <COMMAND>"
        );
        let bold = Style::new().bold();
        let styled = format!("{bold}Usage:{bold:#} balans");
        assert_eq!(
            in_language(&styled, bold, Language::Nl),
            format!("{bold}Gebruik:{bold:#} balans")
        );
        assert_eq!(in_language("balans", bold, Language::Nl), "balans");
    }
}
