//! Contacts from a spreadsheet as Excel saves it in the Netherlands, and CSV
//! written for Excel in either style, through the real binary.

use crate::commands::{json, ok};

#[test]
fn a_dutch_excel_list_comes_in_and_csv_goes_out_as_dutch_excel_reads_it() {
    let dir = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    // As Excel saves "CSV" in the Netherlands: Windows-1252, `;`, CR LF.
    let list = files.path().join("klanten.csv");
    let mut bytes = b"Naam;Organisatie;Functie\r\n".to_vec();
    bytes.extend(b"Jos\xe9 \xc1lvarez;Ge\xefnteresseerd BV;Inkoper\r\n");
    std::fs::write(&list, &bytes).unwrap();
    let added = json(
        dir.path(),
        &["import", "csv", list.to_str().unwrap(), "--json"],
    );
    assert_eq!(added["added"], 1);
    assert!(ok(dir.path(), &["people", "list"]).contains("José Álvarez"));

    ok(
        dir.path(),
        &["log", "José Álvarez", "gave", "advice", "--value", "2.5"],
    );
    let read = |style: &str| {
        let folder = files.path().join(style);
        ok(
            dir.path(),
            &[
                "export",
                "csv",
                folder.to_str().unwrap(),
                "--csv-style",
                style,
            ],
        );
        std::fs::read(folder.join("balances.csv")).unwrap()
    };
    let semicolon = read("semicolon");
    let text = String::from_utf8(semicolon).unwrap();
    assert!(
        text.starts_with("\u{feff}person_id;person;given;received;balance"),
        "{text}"
    );
    assert!(text.contains(";José Álvarez;2,5;0;2,5"), "{text}");
    let comma = String::from_utf8(read("comma")).unwrap();
    assert!(comma.contains(",José Álvarez,2.5,0,2.5"), "{comma}");
}

#[test]
fn a_contacts_preview_names_who_and_what_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    ok(dir.path(), &["people", "add", "Karin Mulder"]);
    let list = files.path().join("contacts.csv");
    std::fs::write(
        &list,
        "Voornaam;Achternaam;Bedrijf\nkarin;mulder;Mulder Advies\nJosé;Álvarez;Bothof BV\n",
    )
    .unwrap();
    let file = list.to_str().unwrap();
    let said = ok(dir.path(), &["import", "csv", file, "--preview"]);
    assert_eq!(
        said,
        "1 person would be added:\n  José Álvarez\n1 is already there:\n  karin mulder\n\
         1 organisation would be made:\n  Bothof BV\nNothing was changed: this was a preview.\n"
    );
    let would = json(dir.path(), &["import", "csv", file, "--preview", "--json"]);
    assert_eq!(would["people"], serde_json::json!(["José Álvarez"]));
    assert_eq!(would["organisations"], serde_json::json!(["Bothof BV"]));
    let people = ok(dir.path(), &["people", "list"]);
    assert!(!people.contains("José"), "{people}");
    let backups = dir.path().join("backups");
    let copies = || {
        std::fs::read_dir(&backups).map_or(0, |entries| {
            entries
                .filter(|e| {
                    e.as_ref()
                        .is_ok_and(|e| e.file_name().to_string_lossy().contains("import"))
                })
                .count()
        })
    };
    assert_eq!(copies(), 0, "a preview makes no copy");
    let done = json(dir.path(), &["import", "csv", file, "--json"]);
    assert_eq!(
        (done["added"].as_u64(), done["skipped"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(copies(), 1, "the import itself is copied before");
}
