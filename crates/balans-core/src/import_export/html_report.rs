//! A printable HTML report of one person or of the whole network: one
//! self-contained file (no scripts, no outside resources) that prints well
//! and opens in any browser. Every value placed in the page (user text,
//! dates, numbers, the report's own words) goes through [`Html`], so nothing
//! stored, however it got there, can become markup.

use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::error::Result;
use crate::language::Language;
use crate::phrase;
use crate::store::Store;

/// Text made safe to place inside HTML elements and attributes.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// A value to place in the page, escaped when written.
struct Html<'a>(&'a str);

impl std::fmt::Display for Html<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&escape_html(self.0))
    }
}

/// User text with its line breaks kept as `<br>`.
fn paragraph(text: &str) -> String {
    escape_html(text).replace('\n', "<br>")
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2rem;color:#1d2624}\
h1{margin-bottom:.2rem}table{border-collapse:collapse;width:100%;margin:1rem 0}\
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ccc;vertical-align:top}\
td.n{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#56625f}\
@media print{body{margin:0}}";

/// The words of the report in the chosen language.
fn words(lang: Language) -> [String; 12] {
    [
        phrase!("report-title"),
        phrase!("report-balance"),
        phrase!("report-you-gave"),
        phrase!("report-you-received"),
        phrase!("report-style"),
        phrase!("report-signals"),
        phrase!("report-exchanges"),
        phrase!("report-date"),
        phrase!("report-direction"),
        phrase!("report-kind"),
        phrase!("report-value"),
        phrase!("report-note"),
    ]
    .map(|phrase| phrase.say(lang))
}

fn start(out: &mut String, title: &str, lang: Language, today: NaiveDate) {
    let code = match lang {
        Language::En => "en",
        Language::Nl => "nl",
    };
    let _ = writeln!(
            out,
            "<!doctype html>\n<html lang=\"{code}\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head><body>\n<h1>{}</h1><p class=\"muted\">{}</p>",
        Html(title),
        Html(title),
        Html(&lang.date(&crate::clock::iso(today)))
    );
}

fn signals_list(out: &mut String, signals: &[crate::signals::Signal], heading: &str) {
    if signals.is_empty() {
        return;
    }
    let _ = write!(out, "<h2>{}</h2><ul>", Html(heading));
    for s in signals {
        let _ = write!(
            out,
            "<li>{} <em>{}</em></li>",
            Html(&s.explanation),
            Html(&s.action)
        );
    }
    out.push_str("</ul>\n");
}

impl Store {
    /// The whole network: everyone's balance and style, and every signal.
    pub fn report_network(&self, today: NaiveDate) -> Result<Vec<u8>> {
        let lang = self.settings()?.language_or_system();
        let w = words(lang);
        let mut out = String::new();
        start(&mut out, &w[0], lang, today);
        let style = self.user_style()?;
        let _ = writeln!(
            out,
            "<p><strong>{}:</strong> {}</p>",
            Html(&w[4]),
            Html(&style.reason)
        );
        signals_list(&mut out, &self.signals(today)?, &w[5]);
        let _ = write!(
            out,
            "<table><thead><tr><th></th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            Html(&w[2]),
            Html(&w[3]),
            Html(&w[1])
        );
        for s in self.people_summaries(today)? {
            let _ = write!(
                out,
                "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                Html(&s.person.name),
                Html(&lang.credits(s.balance.given)),
                Html(&lang.credits(s.balance.received)),
                Html(&lang.credits(s.balance.balance))
            );
        }
        out.push_str("</tbody></table>\n</body></html>\n");
        Ok(out.into_bytes())
    }

    /// One person: balance, style, signals and every live exchange.
    pub fn report_person(&self, person_id: &str, today: NaiveDate) -> Result<Vec<u8>> {
        let lang = self.settings()?.language_or_system();
        let w = words(lang);
        let page = self.person_page(person_id, today)?;
        let mut out = String::new();
        start(
            &mut out,
            &format!("{}: {}", w[0], page.person.name),
            lang,
            today,
        );
        let b = &page.balance;
        let _ = writeln!(
            out,
            "<p><strong>{}:</strong> {} · {} {} · {} {}</p>",
            Html(&w[1]),
            Html(&lang.credits(b.balance)),
            Html(&w[2]),
            Html(&lang.credits(b.given)),
            Html(&w[3]),
            Html(&lang.credits(b.received))
        );
        let style = self.style_of(person_id)?;
        let _ = writeln!(
            out,
            "<p><strong>{}:</strong> {}</p>",
            Html(&w[4]),
            Html(&style.reason)
        );
        if !page.person.notes.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", paragraph(&page.person.notes));
        }
        signals_list(&mut out, &self.signals_for(person_id, today)?, &w[5]);
        let _ = write!(
            out,
            "<h2>{}</h2><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            Html(&w[6]),
            Html(&w[7]),
            Html(&w[8]),
            Html(&w[9]),
            Html(&w[10]),
            Html(&w[11])
        );
        for e in self.exchanges_of(person_id)? {
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
                Html(&lang.date(&e.date)),
                Html(if e.direction == crate::Direction::Gave {
                    &w[2]
                } else {
                    &w[3]
                }),
                Html(&e.kind),
                Html(&lang.credits(e.value)),
                paragraph(&e.note)
            );
        }
        out.push_str("</tbody></table>\n</body></html>\n");
        Ok(out.into_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_that_is_not_a_date_is_escaped_too() {
        let hostile = "<script>alert(1)</script>";
        assert_eq!(
            Html(&Language::En.date(hostile)).to_string(),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
    }

    #[test]
    fn markup_in_user_text_is_escaped() {
        assert_eq!(
            escape_html("<img src=x onerror='a'>&\""),
            "&lt;img src=x onerror=&#39;a&#39;&gt;&amp;&quot;"
        );
    }
}
