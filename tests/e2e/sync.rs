//! Sync as a user sees it in the window: the window open on one computer's
//! ledger while another computer (the command line on a second data folder)
//! syncs with it through two real Syncthing instances
//! (tests/support/syncthing.rs). What the other computer records shows in
//! the open window without a click, what the window records reaches the
//! other computer, and the settings name the other computer.

use std::path::Path;
use std::process::Command;

use serde_json::{json, Value};

use crate::harness::Harness;
use crate::syncthing::{SyncthingPair, SYNC_TIMEOUT};
use crate::Outcome;

const PERSON: &str = "Ilse de Wit";

/// Runs the command line on `data`; fails with what it said when it fails.
fn balans(command_line: &Path, data: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new(command_line)
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .map_err(|e| e.to_string())?;
    if !output.status.success() {
        return Err(format!(
            "balans {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

pub fn changes_from_another_computer_show_in_the_open_window(harness: &Harness) -> Outcome {
    let (desk, laptop) = (tempfile::tempdir()?, tempfile::tempdir()?);
    let pair = SyncthingPair::start();
    let named = |folder: &Path| {
        folder
            .to_str()
            .map(str::to_owned)
            .ok_or("a folder is not UTF-8")
    };
    let (desk_folder, laptop_folder) = (named(pair.folder_a())?, named(pair.folder_b())?);
    let cli = harness.command_line()?;
    balans(&cli, desk.path(), &["sync", "setup", &desk_folder])?;
    let arrived = pair.wait_for(
        || {
            std::fs::read_dir(pair.folder_b().join("balans-sync"))
                .is_ok_and(|mut devices| devices.next().is_some())
        },
        SYNC_TIMEOUT,
    );
    assert!(arrived, "the desk's first file reached the laptop's folder");
    balans(&cli, laptop.path(), &["people", "add", PERSON])?;
    balans(&cli, laptop.path(), &["sync", "setup", &laptop_folder])?;

    let app = harness.launch(desk.path())?;
    app.click_on("#nav-people")?;
    app.wait_until("the laptop's person in the open window", || {
        let names = app.execute(
            "return [...document.querySelectorAll('#people-list .person-name')]\
             .map((n) => n.textContent)",
            json!([]),
        )?;
        Ok((names == json!([PERSON])).then_some(()))
    })?;
    app.click_on("#people-list .person-name")?;
    app.wait_for_text("#person-name", PERSON)?;

    balans(
        &cli,
        laptop.path(),
        &[
            "log",
            PERSON,
            "received",
            "referral",
            "--note",
            "Klant via Ilse",
        ],
    )?;
    balans(&cli, laptop.path(), &["sync"])?;
    app.wait_for_text("#timeline .exchange-note", "Klant via Ilse")?;

    app.click_on("#exchange-form input[name=direction][value=gave]")?;
    app.fill("#exchange-note", "Offerte nagelopen")?;
    app.click_on("#exchange-save")?;
    app.wait_for_text("#person-given", "2")?;
    let arrived = app.wait_until("the window's exchange on the laptop", || {
        balans(&cli, laptop.path(), &["sync"]).map_err(crate::webdriver::DriverError)?;
        let balances = balans(&cli, laptop.path(), &["balances", "--json"])
            .map_err(crate::webdriver::DriverError)?;
        let balances: Value = serde_json::from_str(&balances).unwrap_or(Value::Null);
        let given = balances[0]["given"].as_f64();
        Ok((given == Some(2.0)).then_some(()))
    });
    if let Err(waited) = arrived {
        let desk_said = balans(&cli, desk.path(), &["sync", "status", "--json"]);
        let laptop_said = balans(&cli, laptop.path(), &["balances"]);
        return Err(format!("{waited}\ndesk: {desk_said:?}\nlaptop: {laptop_said:?}").into());
    }

    app.click_on("#nav-settings")?;
    app.find("#sync-devices")?;
    let laptop_status: Value =
        serde_json::from_str(&balans(&cli, laptop.path(), &["sync", "status", "--json"])?)?;
    let laptop_id = laptop_status["device"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let listed = app.execute(
        "return [...document.querySelectorAll('#sync-devices tbody code')].map((c) => c.textContent)",
        json!([]),
    )?;
    assert_eq!(listed, json!([laptop_id]), "the settings name the laptop");
    app.execute(
        "document.getElementById('sync').scrollIntoView()",
        json!([]),
    )?;
    app.screenshot(&harness.screenshot_path("en-settings-sync"))?;
    app.quit()?;
    Ok(())
}
