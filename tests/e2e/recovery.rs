//! A damaged data file as a user meets it: the window says what happened,
//! that the file was moved aside unchanged, and offers the newest good
//! backup; restoring it brings back what the backup held.

use std::path::Path;

use balans_core::files::backups::Reason;
use balans_core::store::DATABASE_FILE;
use balans_core::{clock, PersonInput, Store};

use crate::harness::Harness;
use crate::Outcome;

/// Anna is in the backup; Bram came after it.
fn ledger_with_backup(dir: &Path) -> Outcome {
    let mut store = Store::open_in_dir(dir)?;
    store.add_person(&PersonInput::named("Anna Backup"))?;
    store.backup_now(Reason::Manual, clock::now())?;
    store.add_person(&PersonInput::named("Bram After"))?;
    Ok(())
}

pub fn a_damaged_ledger_offers_its_backup(harness: &Harness) -> Outcome {
    let dir = tempfile::tempdir()?;
    ledger_with_backup(dir.path())?;
    let noise: Vec<u8> = (0..64 * 1024u32)
        .map(|n| (n.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(dir.path().join(DATABASE_FILE), &noise)?;

    let app = harness.launch(dir.path())?;
    let problem = app.find("#startup-problem")?;
    let said = app.text(&problem)?;
    for expected in [
        "The data file cannot be read safely",
        "moved aside, unchanged",
        "The newest good backup was made on",
    ] {
        if !said.contains(expected) {
            return Err(
                format!("the problem screen should say {expected:?}; it says {said:?}").into(),
            );
        }
    }
    app.screenshot(&harness.screenshot_path("en-damaged-ledger"))?;

    let moved: Vec<_> = std::fs::read_dir(dir.path().join("damaged"))?
        .flatten()
        .map(|entry| entry.path().join(DATABASE_FILE))
        .collect();
    if moved.len() != 1 || std::fs::read(&moved[0])? != noise {
        return Err(format!("the damaged file should be moved aside intact: {moved:?}").into());
    }

    app.click_on("#recovery-restore")?;
    app.click_on("#nav-people")?;
    app.wait_for_text(".person-row .person-name", "Anna Backup")?;
    let names = app.find_all(".person-row .person-name")?;
    if names.len() != 1 {
        return Err(format!(
            "only the backup's person should be back, found {}",
            names.len()
        )
        .into());
    }
    app.quit()?;
    Ok(())
}
