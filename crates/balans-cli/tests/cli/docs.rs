//! Every example in docs/cli.md, run as documented. The examples there are
//! one story on one ledger, so they run in order: one working folder for the
//! whole page, one new data folder (`BALANS_DATA_DIR`), the built `balans`
//! first on `PATH`, and the clock pinned with `faketime` so "today" and every
//! date printed from it are those of the page. The first command runs at
//! [`NOW`] and every next one a second later, as a person types them: times
//! and the ids made from them (UUIDv7) follow the page's order, so what is
//! listed by id is listed in the same order on every run.
//!
//! The format (docs/cli.md, "How the examples are checked", says the same for
//! people who edit the page):
//!
//! - a fenced block whose first line starts with `$ ` is a transcript;
//! - a line starting with `$ ` is a command, run with `bash -c`; the lines up
//!   to the next command are its stdout and stderr together, in the order
//!   they were written (both go to one file), with trailing blank lines and
//!   trailing spaces ignored;
//! - a last line `[exit N]` is the exit code (none means 0);
//! - a line `...` stands for any number of lines;
//! - ids (UUIDs, and eight-hex-digit words with a digit, the end of a journal
//!   account) are compared as "some id"; the same id on the page must stand
//!   for the same id in the run, and an id the page shows in an earlier
//!   output is replaced in later commands by the id the run printed there.

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The moment the first example happens, as `faketime` takes it (local
/// time; the test sets `TZ=UTC`).
const NOW: &str = "2026-03-02 12:00:00";
/// How `faketime` and chrono write a moment.
const MOMENT: &str = "%Y-%m-%d %H:%M:%S";
/// The day Balans must see as today under [`NOW`].
const TODAY: &str = "2026-03-02";
/// Fewer transcripts or commands than this means the page was not read right.
const MIN_TRANSCRIPTS: usize = 25;
const MIN_COMMANDS: usize = 60;
/// A command that takes longer than this is stopped and reported.
const TIMEOUT: Duration = Duration::from_secs(60);
/// What every id is compared as.
const UUID_PLACEHOLDER: &str = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
const SHORT_PLACEHOLDER: &str = "xxxxxxxx";

/// One command of a transcript and what the page says it prints.
struct Example {
    /// 1-based line of the `$ ` line in docs/cli.md.
    line: usize,
    command: String,
    expected: Vec<String>,
    exit: i32,
}

/// The transcripts of the page, in order, each a list of examples.
fn transcripts(doc: &str) -> Vec<Vec<Example>> {
    let lines: Vec<&str> = doc.lines().collect();
    let mut found = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        if !is_fence(lines[index]) {
            index += 1;
            continue;
        }
        let body_start = index + 1;
        let mut end = body_start;
        while end < lines.len() && !is_fence(lines[end]) {
            end += 1;
        }
        let body = &lines[body_start..end.min(lines.len())];
        if body.first().is_some_and(|line| line.starts_with("$ ")) {
            found.push(examples(body, body_start));
        }
        index = end + 1;
    }
    found
}

fn is_fence(line: &str) -> bool {
    line.trim_start().starts_with("```")
}

/// The examples of one transcript body; `first` is the 0-based index of its
/// first line in the page.
fn examples(body: &[&str], first: usize) -> Vec<Example> {
    let mut examples: Vec<Example> = Vec::new();
    for (offset, line) in body.iter().enumerate() {
        if let Some(command) = line.strip_prefix("$ ") {
            examples.push(Example {
                line: first + offset + 1,
                command: command.to_owned(),
                expected: Vec::new(),
                exit: 0,
            });
        } else if let Some(example) = examples.last_mut() {
            example.expected.push(line.trim_end().to_owned());
        }
    }
    for example in &mut examples {
        trim_blank_end(&mut example.expected);
        if let Some(code) = example
            .expected
            .last()
            .and_then(|last| last.strip_prefix("[exit "))
            .and_then(|rest| rest.strip_suffix(']'))
            .and_then(|code| code.parse().ok())
        {
            example.exit = code;
            example.expected.pop();
            trim_blank_end(&mut example.expected);
        }
    }
    examples
}

fn trim_blank_end(lines: &mut Vec<String>) {
    while lines.last().is_some_and(|line| line.is_empty()) {
        lines.pop();
    }
}

/// Where an id starts and ends in a line, and whether it is a UUID.
struct Id {
    start: usize,
    end: usize,
    uuid: bool,
}

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// The ids in `line`, in order: UUIDs (8-4-4-4-12 hex digits, any case) and
/// words of eight lowercase hex digits with at least one digit.
fn ids(line: &str) -> Vec<Id> {
    let bytes = line.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let starts_word = at == 0 || !is_word_byte(bytes[at - 1]);
        let ends_word = |end: usize| end == bytes.len() || !is_word_byte(bytes[end]);
        if starts_word {
            if is_uuid(&bytes[at..]) && ends_word(at + 36) {
                found.push(Id {
                    start: at,
                    end: at + 36,
                    uuid: true,
                });
                at += 36;
                continue;
            }
            if is_short_id(&bytes[at..]) && ends_word(at + 8) {
                found.push(Id {
                    start: at,
                    end: at + 8,
                    uuid: false,
                });
                at += 8;
                continue;
            }
        }
        at += 1;
    }
    found
}

fn is_uuid(bytes: &[u8]) -> bool {
    bytes.len() >= 36
        && bytes[..36].iter().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => *b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
}

fn is_short_id(bytes: &[u8]) -> bool {
    bytes.len() >= 8
        && bytes[..8]
            .iter()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
        && bytes[..8].iter().any(u8::is_ascii_digit)
}

/// `line` with every id replaced by its placeholder.
fn normalised(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut copied = 0;
    for id in ids(line) {
        out.push_str(&line[copied..id.start]);
        out.push_str(if id.uuid {
            UUID_PLACEHOLDER
        } else {
            SHORT_PLACEHOLDER
        });
        copied = id.end;
    }
    out.push_str(&line[copied..]);
    out
}

/// How the expected lines (with `...`) line up with the actual ones: the
/// pairs (expected, actual) that matched line for line, or `None`.
fn align(expected: &[String], actual: &[String]) -> Option<Vec<(usize, usize)>> {
    let expected: Vec<Option<String>> = expected
        .iter()
        .map(|line| (line != "...").then(|| normalised(line)))
        .collect();
    let actual: Vec<String> = actual.iter().map(|line| normalised(line)).collect();
    let mut failed = HashSet::new();
    let mut pairs = Vec::new();
    matches(&expected, &actual, 0, 0, &mut failed, &mut pairs).then_some(pairs)
}

fn matches(
    expected: &[Option<String>],
    actual: &[String],
    e: usize,
    a: usize,
    failed: &mut HashSet<(usize, usize)>,
    pairs: &mut Vec<(usize, usize)>,
) -> bool {
    if failed.contains(&(e, a)) {
        return false;
    }
    let found = match expected.get(e) {
        None => a == actual.len(),
        Some(None) => {
            (a..=actual.len()).any(|skip| matches(expected, actual, e + 1, skip, failed, pairs))
        }
        Some(Some(line)) => {
            if actual.get(a) == Some(line) {
                pairs.push((e, a));
                let rest = matches(expected, actual, e + 1, a + 1, failed, pairs);
                if !rest {
                    pairs.pop();
                }
                rest
            } else {
                false
            }
        }
    };
    if !found {
        failed.insert((e, a));
    }
    found
}

/// Which id in the page stands for which id in this run, both ways.
#[derive(Default)]
struct Ids {
    run_for_page: HashMap<String, String>,
    page_for_run: HashMap<String, String>,
}

impl Ids {
    /// Learns the ids of a line the page and the run agree on; an id that
    /// already stood for another is a mistake in the page.
    fn learn(&mut self, page: &str, run: &str) -> Result<(), String> {
        for (p, r) in ids(page).iter().zip(ids(run).iter()) {
            let (p, r) = (&page[p.start..p.end], &run[r.start..r.end]);
            if let Some(known) = self.run_for_page.get(p).filter(|known| *known != r) {
                return Err(format!(
                    "the page's id {p} stood for {known} earlier, but here for {r}"
                ));
            }
            if let Some(known) = self.page_for_run.get(r).filter(|known| *known != p) {
                return Err(format!(
                    "the run's id {r} was shown as {known} earlier, but here as {p}"
                ));
            }
            self.run_for_page.insert(p.to_owned(), r.to_owned());
            self.page_for_run.insert(r.to_owned(), p.to_owned());
        }
        Ok(())
    }

    /// A command of the page with the ids it shows replaced by this run's.
    fn in_run(&self, command: &str) -> String {
        let mut out = String::with_capacity(command.len());
        let mut copied = 0;
        for id in ids(command) {
            let page = &command[id.start..id.end];
            out.push_str(&command[copied..id.start]);
            out.push_str(self.run_for_page.get(page).map_or(page, String::as_str));
            copied = id.end;
        }
        out.push_str(&command[copied..]);
        out
    }
}

/// The folders and environment every command runs in.
struct Stage {
    root: tempfile::TempDir,
    work: PathBuf,
    data: PathBuf,
    path: String,
}

impl Stage {
    fn new() -> Stage {
        let root = tempfile::tempdir().unwrap();
        let work = root.path().join("work");
        let data = root.path().join("data");
        std::fs::create_dir(&work).unwrap();
        let binary = Path::new(env!("CARGO_BIN_EXE_balans"));
        let folder = binary.parent().unwrap().display().to_string();
        let path = match std::env::var("PATH") {
            Ok(rest) if !rest.is_empty() => format!("{folder}:{rest}"),
            _ => format!("{folder}:/usr/local/bin:/usr/bin:/bin"),
        };
        Stage {
            root,
            work,
            data,
            path,
        }
    }

    /// `bash -c script` under `faketime`, stdout and stderr into one file:
    /// the exit code and what was written.
    fn run(&self, script: &str, data: &Path, at: &str) -> (i32, String) {
        let output = self.root.path().join("output");
        let file = File::create(&output).unwrap();
        let mut command = Command::new("faketime");
        command
            .arg(at)
            .args(["bash", "-c", script])
            .current_dir(&self.work)
            .env_clear()
            .env("PATH", &self.path)
            .env("HOME", self.root.path())
            .env("LANG", "C.UTF-8")
            .env("TZ", "UTC")
            .env("BALANS_DATA_DIR", data)
            // Only the wall clock is pinned; timeouts keep running.
            .env("FAKETIME_DONT_FAKE_MONOTONIC", "1")
            .stdin(Stdio::null())
            .stdout(file.try_clone().unwrap())
            .stderr(file);
        let mut child = match command.spawn() {
            Ok(child) => child,
            Err(error) if error.kind() == ErrorKind::NotFound => panic!(
                "faketime is not installed, and the examples in docs/cli.md happen on {TODAY}: \
                 install it (Debian, Ubuntu: apt-get install faketime; or \
                 scripts/install-deps.sh test)"
            ),
            Err(error) => panic!("faketime could not be started: {error}"),
        };
        let started = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if started.elapsed() > TIMEOUT {
                let _ = child.kill();
                let _ = child.wait();
                panic!("`{script}` did not finish within {TIMEOUT:?}");
            }
            std::thread::sleep(Duration::from_millis(5));
        };
        let written = std::fs::read(&output).unwrap();
        (
            status.code().unwrap_or(-1),
            String::from_utf8_lossy(&written).into_owned(),
        )
    }

    /// Fails unless `faketime` sets the day `balans` itself sees as today
    /// (chrono's `Local::now`), on a ledger of its own.
    fn check_the_clock(&self) {
        let ledger = self.root.path().join("clock");
        let script = "balans people add Klok >/dev/null && balans log Klok gave advice --json";
        let (code, said) = self.run(script, &ledger, NOW);
        assert!(
            code == 0 && said.contains(&format!("\"date\": \"{TODAY}\"")),
            "faketime {NOW:?} did not make balans see {TODAY} as today, so the examples in \
             docs/cli.md cannot run as written. balans said (exit {code}):\n{said}"
        );
    }
}

fn lines_of(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text.lines().map(|l| l.trim_end().to_owned()).collect();
    trim_blank_end(&mut lines);
    lines
}

/// What went wrong with one example, for the report.
fn mismatch(example: &Example, ran: &str, code: i32, actual: &[String], why: &str) -> String {
    let mut report = format!(
        "docs/cli.md line {}: {why}\n$ {}\n",
        example.line, example.command
    );
    if ran != example.command {
        report.push_str(&format!("(ran as: {ran})\n"));
    }
    report.push_str(&format!(
        "--- expected (exit {}):\n{}\n--- actual (exit {code}):\n{}\n",
        example.exit,
        example.expected.join("\n"),
        actual.join("\n")
    ));
    if actual.iter().any(|line| line.contains("command not found")) {
        report.push_str("(a program this example uses is not installed)\n");
    }
    report
}

#[test]
fn every_example_in_the_cli_docs_runs_as_documented() {
    let page = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/cli.md");
    let doc = std::fs::read_to_string(&page)
        .unwrap_or_else(|error| panic!("{} cannot be read: {error}", page.display()));
    let transcripts = transcripts(&doc);
    let commands: usize = transcripts.iter().map(Vec::len).sum();
    assert!(
        transcripts.len() >= MIN_TRANSCRIPTS && commands >= MIN_COMMANDS,
        "docs/cli.md has {} transcripts with {commands} commands; at least {MIN_TRANSCRIPTS} \
         and {MIN_COMMANDS} were expected. Is the example format (a fenced block starting \
         with `$ `) still the one the test reads?",
        transcripts.len()
    );

    let stage = Stage::new();
    stage.check_the_clock();
    let mut known = Ids::default();
    let mut failures = Vec::new();
    let start = chrono::NaiveDateTime::parse_from_str(NOW, MOMENT).unwrap();
    for (index, example) in transcripts.iter().flatten().enumerate() {
        let ran = known.in_run(&example.command);
        let at = start + chrono::Duration::seconds(i64::try_from(index).unwrap());
        let (code, output) = stage.run(&ran, &stage.data, &at.format(MOMENT).to_string());
        let actual = lines_of(&output);
        let why = match align(&example.expected, &actual) {
            None => Some("the output differs".to_owned()),
            Some(_) if code != example.exit => Some("the exit code differs".to_owned()),
            Some(pairs) => pairs
                .iter()
                .try_for_each(|&(e, a)| known.learn(&example.expected[e], &actual[a]))
                .err(),
        };
        if let Some(why) = why {
            failures.push(mismatch(example, &ran, code, &actual, &why));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of the {commands} examples in docs/cli.md do not run as documented \
         (on {TODAY}, in order, on one new ledger):\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_comparison_sees_ids_as_ids_and_dots_as_any_lines() {
    let line = "Piet Jansen (019cae6b-6819-73a1-8500-57287ebe2e9f) people:Piet 7ebe2e9f deadbeef";
    assert_eq!(
        normalised(line),
        "Piet Jansen (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx) people:Piet xxxxxxxx deadbeef"
    );
    assert_eq!(
        normalised("2026-03-02 20260302T120000Z"),
        "2026-03-02 20260302T120000Z"
    );

    let lines = |text: &str| -> Vec<String> { text.lines().map(str::to_owned).collect() };
    let expected = lines("[\n...\n]");
    assert_eq!(
        align(&expected, &lines("[\n  1,\n  2\n]")),
        Some(vec![(0, 0), (2, 3)])
    );
    assert_eq!(align(&expected, &lines("[\n]")), Some(vec![(0, 0), (2, 1)]));
    assert_eq!(align(&expected, &lines("[\n  1")), None);

    let mut known = Ids::default();
    known
        .learn(
            "id 019cae6b-6819-73a1-8500-57287ebe2e9f",
            "id 01a203a8-d4b2-746f-826c-b61b41f23bf1",
        )
        .unwrap();
    assert_eq!(
        known.in_run("balans person 019cae6b-6819-73a1-8500-57287ebe2e9f"),
        "balans person 01a203a8-d4b2-746f-826c-b61b41f23bf1"
    );
    assert!(known
        .learn(
            "019cae6b-6819-73a1-8500-57287ebe2e9f",
            "01a203a8-d4ae-748b-b708-12f6734dca44"
        )
        .is_err());

    let parsed =
        transcripts("text\n```\nbalans COMMAND\n```\n```\n$ a\none\n\n$ b\n[exit 2]\n```\n");
    assert_eq!(parsed.len(), 1);
    let (a, b) = (&parsed[0][0], &parsed[0][1]);
    assert_eq!((a.line, a.command.as_str(), a.exit), (6, "a", 0));
    assert_eq!(a.expected, ["one"]);
    assert_eq!((b.line, b.command.as_str(), b.exit), (9, "b", 2));
    assert!(b.expected.is_empty());
}
