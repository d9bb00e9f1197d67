//! What any command-line tool owes its users, checked on the real binary:
//! `--help` and `--version`, exit codes, errors on stderr, words that are not
//! commands, colour only on a terminal and never with `NO_COLOR`, the
//! completions and man page the packages install, and the window refused
//! with a reason where there is no display.

use std::process::Command;

use crate::process::{balans_in, command, finish, EXIT_REFUSED, EXIT_USAGE};

#[test]
fn version_and_help_answer_without_touching_a_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let version = balans_in(dir.path(), &["--version"]);
    assert_eq!(version.code, 0);
    assert_eq!(
        version.out(),
        format!("balans {}\n", env!("CARGO_PKG_VERSION"))
    );
    for words in [
        &["--help"][..],
        &["-h"],
        &["log", "--help"],
        &["people", "add", "--help"],
    ] {
        let help = balans_in(dir.path(), words);
        assert_eq!(help.code, 0, "{words:?}: {}", help.err());
        assert!(help.out().contains("Usage: balans"), "{words:?}");
        assert!(help.err().is_empty(), "{words:?}");
    }
    assert!(
        std::fs::read_dir(dir.path()).unwrap().next().is_none(),
        "nothing was written to the data folder"
    );
}

#[test]
fn a_word_that_is_no_command_is_not_understood_with_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    let typo = balans_in(dir.path(), &["peeple", "list"]);
    assert_eq!(typo.code, EXIT_USAGE);
    assert!(typo.out().is_empty(), "errors go to stderr only");
    let err = typo.err();
    assert!(err.starts_with("error: "), "{err}");
    assert!(
        err.contains("'peeple'") && err.contains("'people'"),
        "{err}"
    );

    let json = balans_in(dir.path(), &["--json", "peeple"]);
    let payload: serde_json::Value = serde_json::from_str(&json.err()).unwrap();
    assert_eq!(payload["code"], "usage");
    assert!(
        payload["message"].as_str().unwrap().contains("people"),
        "{payload}"
    );
    for words in [
        &["people", "--colour"][..],
        &["log"],
        &["search"],
        &["export", "pdf", "x"],
    ] {
        let ran = balans_in(dir.path(), words);
        assert_eq!(ran.code, EXIT_USAGE, "{words:?}");
        assert!(ran.out().is_empty(), "{words:?}");
    }
}

#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn without_a_command_and_without_a_display_the_window_is_refused_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let ran = finish(
        command()
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .arg("--data-dir")
            .arg(dir.path()),
    );
    assert_eq!(ran.code, EXIT_REFUSED);
    assert!(ran.err().contains("no display"), "{}", ran.err());
    assert!(ran.out().is_empty());
}

/// Runs `balans ARGS` on a pseudo-terminal (util-linux's `script`), as a
/// person at a terminal would, and returns what the terminal received.
#[cfg(target_os = "linux")]
fn on_a_terminal(dir: &std::path::Path, args: &str, no_color: Option<&str>) -> String {
    let line = format!(
        "{} --data-dir {} {args}",
        env!("CARGO_BIN_EXE_balans"),
        dir.display()
    );
    let mut script = Command::new("script");
    script.args(["--quiet", "--return", "--command", &line, "/dev/null"]);
    script.env("TERM", "xterm-256color").env_remove("NO_COLOR");
    // English, as `process::command` runs it, whatever the developer's locale.
    for name in ["LANGUAGE", "LC_ALL", "LC_MESSAGES"] {
        script.env_remove(name);
    }
    script.env("LANG", "C.UTF-8");
    if let Some(value) = no_color {
        script.env("NO_COLOR", value);
    }
    let output = script
        .output()
        .expect("`script` (util-linux, in every Debian) runs");
    String::from_utf8(output.stdout).unwrap()
}

#[cfg(target_os = "linux")]
#[test]
fn colour_only_on_a_terminal_and_never_with_no_color() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(balans_in(dir.path(), &["kinds"]).code, 0);
    let bold = "\u{1b}[1m";

    let terminal = on_a_terminal(dir.path(), "kinds", None);
    assert!(terminal.contains(&format!("{bold}KIND")), "{terminal:?}");
    let error = on_a_terminal(dir.path(), "log nobody gave advice", None);
    assert!(
        error.contains("\u{1b}["),
        "errors are coloured too: {error:?}"
    );

    let asked_not_to = on_a_terminal(dir.path(), "kinds", Some("1"));
    assert!(!asked_not_to.contains('\u{1b}'), "{asked_not_to:?}");
    assert!(asked_not_to.contains("KIND"), "{asked_not_to:?}");
    let empty = on_a_terminal(dir.path(), "kinds", Some(""));
    assert!(empty.contains(bold), "an empty NO_COLOR counts as unset");

    let piped = balans_in(dir.path(), &["kinds"]);
    assert!(!piped.out().contains('\u{1b}'), "no colour into a pipe");
    let help = on_a_terminal(dir.path(), "--help", Some("1"));
    assert!(!help.contains('\u{1b}'), "help honours NO_COLOR: {help:?}");
}

#[test]
fn completions_and_the_manual_come_from_the_same_definitions() {
    let dir = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish"] {
        let ran = balans_in(dir.path(), &["completions", shell]);
        assert_eq!(ran.code, 0, "{shell}: {}", ran.err());
        let script = ran.out();
        // fish spells options without their dashes (`-l data-dir`).
        for word in ["reminders", "business", "data-dir", "relationship"] {
            assert!(script.contains(word), "{shell} completes {word}");
        }
    }
    let bash = balans_in(dir.path(), &["completions", "bash"]).out();
    let checked = Command::new("bash")
        .args(["-n", "-c", &bash])
        .status()
        .expect("bash runs");
    assert!(checked.success(), "the bash completion is valid bash");
    assert_eq!(
        balans_in(dir.path(), &["completions", "tcsh"]).code,
        EXIT_USAGE
    );

    let pages = tempfile::tempdir().unwrap();
    let manual = balans_in(
        dir.path(),
        &[std::ffi::OsStr::new("manual"), pages.path().as_os_str()],
    );
    assert_eq!(manual.code, 0, "{}", manual.err());
    let page = std::fs::read_to_string(pages.path().join("balans.1")).unwrap();
    assert!(page.contains(".TH balans 1"), "{page}");
    for named in [
        "balans\\-reminders(1)",
        "balans\\-person(1)",
        "\\-\\-data\\-dir",
    ] {
        assert!(page.contains(named), "balans.1 names {named}");
    }
    for command in ["reminders", "person", "log", "people-add", "export"] {
        let own = pages.path().join(format!("balans-{command}.1"));
        let text = std::fs::read_to_string(&own).unwrap_or_default();
        assert!(text.contains(".TH balans-"), "{} is a page", own.display());
    }
    assert!(
        !pages.path().join("balans-manual.1").exists(),
        "the hidden command has no page"
    );
}

#[test]
fn a_reader_that_goes_away_stops_the_output_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;

    let dir = tempfile::tempdir().unwrap();
    let contacts = dir.path().join("contacts.csv");
    let names: String = (0..3000).map(|n| format!("Contact {n}\n")).collect();
    std::fs::write(&contacts, format!("name\n{names}")).unwrap();
    let imported = balans_in(
        dir.path(),
        &[
            std::ffi::OsStr::new("import"),
            "csv".as_ref(),
            contacts.as_os_str(),
        ],
    );
    assert_eq!(imported.code, 0, "{}", imported.err());

    let mut child = command()
        .arg("--data-dir")
        .arg(dir.path())
        .arg("people")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("NAME"), "{first}");
    // The reader is gone, as `head -1` would be.
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(EXIT_REFUSED));
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
