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
