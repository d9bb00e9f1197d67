//! The commands, run as processes against a temporary data folder: what they
//! print, what they store, and the exit codes scripts depend on.

use std::path::Path;

use serde_json::Value;

use crate::process::{balans_in, command, finish, EXIT_REFUSED, EXIT_USAGE};

struct Ran {
    code: i32,
    out: String,
    err: String,
}

fn balans(dir: &Path, words: &[&str]) -> Ran {
    let ran = balans_in(dir, words);
    Ran {
        code: ran.code,
        out: ran.out(),
        err: ran.err(),
    }
}

pub(crate) fn ok(dir: &Path, words: &[&str]) -> String {
    let ran = balans(dir, words);
    assert_eq!(ran.code, 0, "{words:?} failed: {}", ran.err);
    ran.out
}

pub(crate) fn json(dir: &Path, words: &[&str]) -> Value {
    serde_json::from_str(&ok(dir, words)).unwrap()
}

#[test]
fn people_are_added_and_listed_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let added = json(
        dir.path(),
        &[
            "people",
            "add",
            "Sanne de Vries",
            "--relationship",
            "prospect",
            "--tag",
            "bouw",
            "--tag=Utrecht",
            "--notes",
            "Netwerkborrel",
            "--cadence",
            "30",
            "--json",
        ],
    );
    assert_eq!(added["name"], "Sanne de Vries");
    assert_eq!(added["relationship"], "prospect");
    assert_eq!(added["cadence_days"], 30);
    ok(dir.path(), &["people", "add", "Piet"]);

    let listed = json(dir.path(), &["--json", "people", "list"]);
    let names: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["person"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Piet", "Sanne de Vries"]);
    assert_eq!(
        listed[1]["person"]["tags"],
        serde_json::json!(["bouw", "Utrecht"])
    );
    assert_eq!(listed[1]["balance"]["balance"], 0.0);

    let text = ok(dir.path(), &["people"]);
    assert!(text.starts_with("NAME"), "a bare `people` lists: {text}");
    assert!(text.contains("Sanne de Vries  prospect"), "{text}");
}

#[test]
fn an_edit_changes_only_what_it_names_and_a_refused_one_nothing() {
    let dir = tempfile::tempdir().unwrap();
    ok(
        dir.path(),
        &[
            "people",
            "add",
            "Karin",
            "--tag",
            "klant",
            "--email",
            "karin@mulder.nl",
        ],
    );
    let edited = json(
        dir.path(),
        &[
            "people",
            "edit",
            "karin",
            "--phone",
            "+31 6 1234 5678",
            "--phone",
            "030 123 4567",
            "--url",
            "mulder.nl",
            "--json",
        ],
    );
    assert_eq!(edited["tags"], serde_json::json!(["klant"]), "tags kept");
    assert_eq!(edited["emails"], serde_json::json!(["karin@mulder.nl"]));
    assert_eq!(
        edited["phones"],
        serde_json::json!(["+31 6 1234 5678", "030 123 4567"])
    );
    assert_eq!(edited["urls"], serde_json::json!(["https://mulder.nl"]));

    for refused in [
        ["--email", "karin"],
        ["--url", "javascript:alert(1)"],
        ["--phone", "bel me"],
        ["--cadence", "0"],
    ] {
        let mut words = vec!["people", "edit", "Karin"];
        words.extend(refused);
        let ran = balans(dir.path(), &words);
        assert_eq!(ran.code, EXIT_REFUSED, "{refused:?}: {}", ran.err);
    }
    let shown = ok(dir.path(), &["person", "Karin"]);
    assert!(
        shown.contains("Phone: +31 6 1234 5678, 030 123 4567"),
        "{shown}"
    );
    assert!(shown.contains("Web: https://mulder.nl"), "{shown}");

    let emptied = json(
        dir.path(),
        &["people", "edit", "Karin", "--phone", "", "--json"],
    );
    assert_eq!(emptied["phones"], serde_json::json!([]));
    assert_eq!(emptied["emails"], serde_json::json!(["karin@mulder.nl"]));
}

#[test]
fn logged_exchanges_show_in_balances() {
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["people", "add", "Sanne"]);
    ok(dir.path(), &["people", "add", "Piet"]);
    let out = ok(
        dir.path(),
        &["log", "sanne", "gave", "advice", "--date", "2026-01-10"],
    );
    assert_eq!(
        out,
        "Recorded: advice given to Sanne on 2026-01-10 (2 credits).\nBalance with Sanne: +2.\n"
    );
    let logged = json(
        dir.path(),
        &[
            "log",
            "PIET",
            "received",
            "referral",
            "--value",
            "4.5",
            "--asked",
            "yes",
            "--acknowledged",
            "--third",
            "Sanne",
            "--follow-up",
            "2026-03-01",
            "--note",
            "Stuurde de aannemer door",
            "--json",
        ],
    );
    assert_eq!(logged["value"], 4.5);
    assert_eq!(logged["asked"], "yes");
    assert_eq!(logged["acknowledged"], true);
    assert_eq!(logged["follow_up"], "2026-03-01");
    assert_eq!(
        logged["date"],
        balans_core::clock::iso(balans_core::clock::today())
    );

    let balances = json(dir.path(), &["balances", "--json"]);
    let figures: Vec<(&str, f64)> = balances
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["name"].as_str().unwrap(), s["balance"].as_f64().unwrap()))
        .collect();
    assert_eq!(
        figures,
        [("Sanne", 2.0), ("Piet", -4.5)],
        "largest credit first"
    );
    let text = ok(dir.path(), &["balances"]);
    assert!(text.contains("Piet   0      4.5       -4.5"), "{text}");
}

#[test]
fn refused_and_misunderstood_commands_have_their_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["people", "add", "Sanne"]);

    let refused = balans(dir.path(), &["log", "Sanne", "gave", "bribe"]);
    assert_eq!(refused.code, EXIT_REFUSED);
    assert_eq!(refused.err, "error: \"bribe\" is not a known kind.\n");
    assert!(refused.out.is_empty());

    let as_json = balans(
        dir.path(),
        &["log", "Sanne", "gave", "advice", "--value", "0", "--json"],
    );
    assert_eq!(as_json.code, 1);
    let payload: Value = serde_json::from_str(&as_json.err).unwrap();
    assert_eq!(payload["code"], "invalid_input");
    assert_eq!(payload["field"], "value");

    for words in [
        &["peple"][..],
        &["log", "Sanne", "gave"],
        &["log", "Sanne", "took", "advice"],
        &["log", "Sanne", "gave", "advice", "--value", "lots"],
        &["people", "add", "X", "--colour", "red"],
        &["affiliate", "Sanne", "Bothof"],
        &["kinds", "extra"],
    ] {
        let ran = balans(dir.path(), words);
        assert_eq!(ran.code, EXIT_USAGE, "{words:?}: {}", ran.err);
        assert!(ran.err.starts_with("error: "), "{}", ran.err);
    }
    let usage = balans(dir.path(), &["peple", "--json"]);
    assert_eq!(
        serde_json::from_str::<Value>(&usage.err).unwrap()["code"],
        "usage"
    );
}

#[test]
fn names_resolve_exactly_or_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let first = json(dir.path(), &["people", "add", "Anna Smit", "--json"]);
    ok(dir.path(), &["people", "add", "anna smit"]);
    ok(dir.path(), &["orgs", "add", "Bothof BV"]);

    let ambiguous = balans(dir.path(), &["log", "Anna Smit", "gave", "advice"]);
    assert_eq!(ambiguous.code, 1);
    assert!(
        ambiguous.err.contains("names 2 people"),
        "{}",
        ambiguous.err
    );

    let unknown = balans(dir.path(), &["log", "anna", "gave", "advice"]);
    assert_eq!(unknown.code, 1);
    assert!(
        unknown
            .err
            .contains("No person has the name or id \"anna\". Did you mean: Anna Smit, anna smit?"),
        "{}",
        unknown.err
    );

    let id = first["id"].as_str().unwrap();
    ok(dir.path(), &["log", id, "gave", "advice"]);
    let affiliation = json(
        dir.path(),
        &[
            "affiliate",
            id,
            "bothof bv",
            "--power",
            "decides",
            "--role",
            "directeur",
            "--json",
        ],
    );
    assert_eq!(affiliation["person_id"], id);
    assert_eq!(affiliation["decision_power"], "decides");
    let orgs = json(dir.path(), &["orgs", "list", "--json"]);
    assert_eq!(
        orgs[0]["balance"], 2.0,
        "the organisation sums its people now"
    );
    let missing = balans(dir.path(), &["affiliate", id, "Nergens", "--power", "none"]);
    assert_eq!(missing.code, 1);
    assert!(
        missing.err.contains("No organisation has the name or id"),
        "{}",
        missing.err
    );
}

#[test]
fn search_finds_people_and_notes() {
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["people", "add", "José Álvarez"]);
    ok(
        dir.path(),
        &[
            "people",
            "add",
            "Bram",
            "--notes",
            "geïnteresseerd in samenwerking",
        ],
    );
    ok(
        dir.path(),
        &[
            "log",
            "Bram",
            "gave",
            "advice",
            "--note",
            "Offerte voor het magazijn",
        ],
    );

    let hits = json(dir.path(), &["search", "jose", "--json"]);
    assert_eq!(hits[0]["entity"], "person");
    assert_eq!(hits[0]["title"], "José Álvarez");
    let text = ok(dir.path(), &["search", "geinteresseerd"]);
    assert!(
        text.contains("person  Bram   geïnteresseerd in samenwerking"),
        "{text}"
    );
    let notes = json(dir.path(), &["search", "offerte", "magaz", "--json"]);
    assert_eq!(notes[0]["entity"], "exchange");
    assert_eq!(notes[0]["title"], "Bram");
    assert_eq!(
        ok(dir.path(), &["search", "AND", "("]),
        "Nothing found for \"AND (\".\n"
    );
    let too_long = "x".repeat(201);
    assert_eq!(balans(dir.path(), &["search", &too_long]).code, 1);
}

#[test]
fn help_lists_every_command_and_each_command_has_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let help = ok(dir.path(), &["--help"]);
    assert_eq!(help, ok(dir.path(), &["help"]), "`help` is `--help`");
    for command in [
        "people",
        "person",
        "orgs",
        "affiliate",
        "log",
        "balances",
        "business",
        "signals",
        "styles",
        "reminders",
        "search",
        "kinds",
        "export",
        "import",
        "completions",
    ] {
        assert!(
            help.contains(&format!("\n  {command} ")),
            "help mentions {command}:\n{help}"
        );
        let own = ok(dir.path(), &[command, "--help"]);
        assert!(own.contains("Usage: balans "), "{command} --help:\n{own}");
    }
    assert!(
        !dir.path().join(balans_core::store::DATABASE_FILE).exists(),
        "help opens no ledger"
    );
    assert!(ok(dir.path(), &["kinds"]).contains("referral      5"));
}

#[test]
fn signals_and_styles_read_the_ledger() {
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["people", "add", "Sanne"]);
    let quiet = ok(dir.path(), &["signals"]);
    assert!(
        quiet.starts_with("No signals"),
        "an empty ledger has no signals: {quiet}"
    );
    for day in ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04"] {
        ok(
            dir.path(),
            &[
                "log", "Sanne", "gave", "advice", "--asked", "no", "--date", day,
            ],
        );
    }
    let signals = json(dir.path(), &["signals", "Sanne", "--json"]);
    let kinds: Vec<&str> = signals
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"one_sided_giving"),
        "four gifts in a row show: {kinds:?}"
    );
    assert!(
        kinds.contains(&"unasked_advice"),
        "four unasked gifts show: {kinds:?}"
    );
    let text = ok(dir.path(), &["signals"]);
    assert!(
        text.contains("Suggestion: Pause your giving to Sanne"),
        "{text}"
    );

    let styles = json(dir.path(), &["styles", "--json"]);
    assert_eq!(styles[0]["name"], "You", "your own style comes first");
    assert_eq!(styles[0]["style"]["kind"], "giver");
    assert_eq!(styles[1]["name"], "Sanne");
    assert_eq!(styles[1]["style"]["kind"], "taker");
    let one = json(dir.path(), &["styles", "Sanne", "--json"]);
    assert_eq!(
        (one[0]["name"].as_str(), one[1]["name"].as_str()),
        (Some("You"), Some("Sanne")),
        "with one person too, as the help promises"
    );
    assert_eq!(one.as_array().unwrap().len(), 2);
    let unknown = balans(dir.path(), &["styles", "Nobody"]);
    assert_eq!(unknown.code, 1, "an unknown person is refused");
}

#[test]
fn export_and_import_move_a_ledger_and_never_overwrite_unasked() {
    let from = tempfile::tempdir().unwrap();
    let to = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    ok(
        from.path(),
        &["people", "add", "Sanne de Vries", "--tag", "=cmd"],
    );
    ok(
        from.path(),
        &[
            "log",
            "Sanne de Vries",
            "gave",
            "advice",
            "--date",
            "2026-11-01",
        ],
    );
    let backup = files.path().join("balans.json");
    let backup_arg = backup.to_str().unwrap();
    ok(from.path(), &["export", "json", backup_arg]);
    let again = balans(from.path(), &["export", "json", backup_arg]);
    assert_eq!(
        again.code, EXIT_REFUSED,
        "an existing file is not overwritten"
    );
    ok(from.path(), &["export", "json", backup_arg, "--replace"]);

    let preview = json(
        to.path(),
        &[
            "import",
            "json",
            backup_arg,
            "--merge",
            "--preview",
            "--json",
        ],
    );
    let people = preview
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["table"] == "person")
        .unwrap();
    assert_eq!(people["added"], 1);
    assert!(
        ok(to.path(), &["people", "list"]).contains("No people"),
        "a preview writes nothing"
    );
    assert_eq!(
        balans(to.path(), &["import", "json", backup_arg]).code,
        EXIT_USAGE,
        "merge or replace must be said"
    );
    ok(to.path(), &["import", "json", backup_arg, "--replace"]);
    assert!(ok(to.path(), &["balances"]).contains("Sanne de Vries"));

    let folder = files.path().join("csv");
    ok(to.path(), &["export", "csv", folder.to_str().unwrap()]);
    let people_csv = std::fs::read_to_string(folder.join("people.csv")).unwrap();
    assert!(
        people_csv.contains("'=cmd"),
        "a formula-like tag is neutralised: {people_csv}"
    );
    for name in ["organisations.csv", "exchanges.csv", "balances.csv"] {
        assert!(folder.join(name).is_file(), "{name} is written");
    }
}

#[test]
fn every_export_format_is_written_and_contacts_come_in() {
    let dir = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let contacts = files.path().join("contacts.csv");
    std::fs::write(
        &contacts,
        "name,organisation,role\n<b>Zoë</b>,Mulder Groep,inkoop\n",
    )
    .unwrap();
    let added = json(
        dir.path(),
        &["import", "csv", contacts.to_str().unwrap(), "--json"],
    );
    assert_eq!(
        (
            added["added"].as_u64(),
            added["organisations_added"].as_u64()
        ),
        (Some(1), Some(1))
    );
    ok(
        dir.path(),
        &[
            "log",
            "<b>Zoë</b>",
            "gave",
            "advice",
            "--date",
            "2026-11-01",
            "--follow-up",
            "2026-12-01",
        ],
    );

    for (format, name) in [
        ("vcard", "out.vcf"),
        ("ics", "out.ics"),
        ("journal", "out.journal"),
        ("html", "network.html"),
    ] {
        let path = files.path().join(name);
        ok(dir.path(), &["export", format, path.to_str().unwrap()]);
        assert!(std::fs::metadata(&path).unwrap().len() > 0, "{format}");
    }
    let person = files.path().join("person.html");
    ok(
        dir.path(),
        &[
            "export",
            "html",
            person.to_str().unwrap(),
            "--person",
            "<b>Zoë</b>",
        ],
    );
    let html = std::fs::read_to_string(&person).unwrap();
    assert!(
        html.contains("&lt;b&gt;Zoë&lt;/b&gt;") && !html.contains("<b>Zoë"),
        "user text is escaped in the report"
    );
    assert!(std::fs::read_to_string(files.path().join("out.ics"))
        .unwrap()
        .contains("DTSTART;VALUE=DATE:20261201"));
}

#[test]
fn a_file_that_cannot_be_read_is_a_read_error_and_dash_is_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["people", "add", "Sanne de Vries"]);
    for format in ["json", "csv", "vcard", "linkedin"] {
        let missing = dir.path().join("missing.file").display().to_string();
        let mut words = vec!["--json", "import", format, missing.as_str()];
        if format == "json" {
            words.push("--merge");
        }
        let ran = balans(dir.path(), &words);
        assert_eq!(ran.code, 1, "{format}: {}", ran.err);
        let error: Value = serde_json::from_str(&ran.err).unwrap();
        assert_eq!(error["code"], "read", "{format}: {error}");
        assert!(
            error["message"]
                .as_str()
                .unwrap()
                .contains("does not exist"),
            "{format}: {error}"
        );
    }
    let exported = ok(dir.path(), &["export", "json", "-"]);
    let backup: Value = serde_json::from_str(&exported).unwrap();
    assert_eq!(backup["tables"]["person"][0]["name"], "Sanne de Vries");
    let ran = balans(dir.path(), &["export", "csv", "-"]);
    assert_eq!(ran.code, 2, "CSV is a folder: {}", ran.err);
}

#[test]
fn a_search_limit_outside_one_to_five_hundred_is_not_understood() {
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["people", "add", "Sanne de Vries"]);
    for limit in ["0", "501"] {
        let ran = balans(dir.path(), &["search", "sanne", "--limit", limit]);
        assert_eq!(ran.code, 2, "--limit {limit}: {}", ran.out);
        assert!(ran.err.contains("1..=500"), "{}", ran.err);
    }
    let hits = json(dir.path(), &["search", "sanne", "--limit", "500", "--json"]);
    assert_eq!(hits.as_array().unwrap().len(), 1);
}

#[cfg(unix)]
#[test]
fn a_word_that_is_not_utf8_is_not_understood_and_changes_nothing() {
    use std::ffi::OsString;
    use std::os::unix::ffi::OsStringExt;

    let dir = tempfile::tempdir().unwrap();
    let latin1 = OsString::from_vec(b"Ren\xe9e".to_vec());
    let ran = finish(
        command()
            .arg("--data-dir")
            .arg(dir.path())
            .args(["people", "add"])
            .arg(latin1),
    );
    let (code, err) = (ran.code, ran.err());
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("not UTF-8"), "{err}");
    assert!(
        !dir.path().join(balans_core::store::DATABASE_FILE).exists(),
        "nothing ran: not even a ledger was made"
    );
}
