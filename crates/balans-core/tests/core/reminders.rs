//! Reminders on a real SQLite file, with the day moved by hand: each kind
//! becomes due on its day and not before; done, dismissed and snoozed stick,
//! also after the file is opened again; each is announced once.

use balans_core::{
    Decision, Direction, ExchangeInput, PauseFor, PersonInput, QuietHours, Relationship,
    ReminderKind, Settings, Store,
};
use chrono::{NaiveDate, NaiveDateTime};
use tempfile::TempDir;

fn day(iso: &str) -> NaiveDate {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d").unwrap()
}

fn at(iso: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(iso, "%Y-%m-%d %H:%M").unwrap()
}

struct Ledger {
    dir: TempDir,
    store: Store,
}

impl Ledger {
    fn new() -> Ledger {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_in_dir(dir.path()).unwrap();
        Ledger { dir, store }
    }

    /// Closes the file and opens it again, as a restart does.
    fn restart(self) -> Ledger {
        let Ledger { dir, store } = self;
        drop(store);
        let store = Store::open_in_dir(dir.path()).unwrap();
        Ledger { dir, store }
    }

    fn person(&mut self, name: &str, cadence_days: Option<u32>) -> String {
        let input = PersonInput {
            cadence_days,
            ..PersonInput::named(name)
        };
        self.store.add_person(&input).unwrap().id
    }

    fn log(
        &mut self,
        person: &str,
        date: &str,
        direction: Direction,
        value: f64,
        tweak: impl FnOnce(&mut ExchangeInput),
    ) -> String {
        let mut input = ExchangeInput::new(person, date, direction, "favour");
        input.value = Some(value);
        input.acknowledged = true;
        tweak(&mut input);
        self.store.record_exchange(&input).unwrap().id
    }

    fn due(&self, today: &str) -> Vec<(ReminderKind, String)> {
        self.store
            .reminders(day(today))
            .unwrap()
            .due
            .into_iter()
            .map(|r| (r.kind, r.person_name))
            .collect()
    }

    fn key(&self, today: &str, kind: ReminderKind) -> String {
        let found = self.store.reminders(day(today)).unwrap().due;
        found
            .iter()
            .find(|r| r.kind == kind)
            .unwrap_or_else(|| panic!("no {kind:?} reminder due on {today}: {found:#?}"))
            .key
            .clone()
    }

    fn settings(&mut self, change: impl FnOnce(&mut Settings)) {
        let mut settings = self.store.settings().unwrap();
        change(&mut settings);
        self.store.update_settings(&settings).unwrap();
    }

    fn announced_titles(&mut self, now: &str) -> Vec<String> {
        self.store
            .announce_due(at(now))
            .unwrap()
            .into_iter()
            .map(|a| a.title)
            .collect()
    }
}

fn follow_up(ledger: &mut Ledger) -> String {
    let anna = ledger.person("Anna", None);
    ledger.log(&anna, "2026-11-01", Direction::Gave, 1.0, |e| {
        e.follow_up = Some("2026-11-20".into());
        e.note = "Sent her the proposal".into();
    });
    anna
}

#[test]
fn a_follow_up_is_due_on_its_day_and_not_before() {
    let mut ledger = Ledger::new();
    follow_up(&mut ledger);
    assert!(ledger.due("2026-11-19").is_empty());
    assert_eq!(
        ledger.due("2026-11-20"),
        [(ReminderKind::FollowUp, "Anna".to_owned())]
    );
    let reminder = &ledger.store.reminders(day("2026-11-25")).unwrap().due[0];
    assert_eq!(reminder.title, "Follow up with \u{2068}Anna\u{2069}");
    assert!(reminder.detail.contains("Sent her the proposal"));
    assert_eq!(reminder.due, "2026-11-20");
}

#[test]
fn done_and_dismissed_stay_so_after_a_restart() {
    let mut ledger = Ledger::new();
    let anna = follow_up(&mut ledger);
    let bram = ledger.person("Bram", Some(30));
    ledger.log(&bram, "2026-10-01", Direction::Received, 1.0, |_| {});
    let today = day("2026-11-21");
    let follow = ledger.key("2026-11-21", ReminderKind::FollowUp);
    let touch = ledger.key("2026-11-21", ReminderKind::KeepInTouch);
    ledger
        .store
        .decide_reminder(&follow, &Decision::Done, today)
        .unwrap();
    ledger
        .store
        .decide_reminder(&touch, &Decision::Dismiss, today)
        .unwrap();
    let ledger = ledger.restart();
    assert!(ledger.due("2026-11-21").is_empty());
    assert!(ledger.due("2026-12-01").is_empty());
    // Keep in touch comes back a cadence after it was dismissed.
    assert_eq!(
        ledger.due("2026-12-21"),
        [(ReminderKind::KeepInTouch, "Bram".to_owned())]
    );
    assert!(ledger
        .store
        .reminders_for(&anna, day("2026-12-21"))
        .unwrap()
        .is_empty());
}

#[test]
fn a_snoozed_reminder_comes_back_when_the_snooze_ends() {
    let mut ledger = Ledger::new();
    follow_up(&mut ledger);
    let today = day("2026-11-22");
    let key = ledger.key("2026-11-22", ReminderKind::FollowUp);
    let snoozed = ledger
        .store
        .decide_reminder(&key, &Decision::SnoozeWeek, today)
        .unwrap();
    assert_eq!(snoozed.snoozed_until.as_deref(), Some("2026-11-29"));
    let ledger = ledger.restart();
    let later = ledger.store.reminders(day("2026-11-28")).unwrap();
    assert!(later.due.is_empty());
    assert_eq!(later.snoozed.len(), 1);
    assert_eq!(ledger.due("2026-11-29").len(), 1, "back on the day it ends");
}

#[test]
fn snoozes_last_a_day_a_week_a_month_or_until_a_chosen_date() {
    let mut ledger = Ledger::new();
    follow_up(&mut ledger);
    let today = day("2026-11-30");
    let key = ledger.key("2026-11-30", ReminderKind::FollowUp);
    for (decision, until) in [
        (Decision::SnoozeDay, "2026-12-01"),
        (Decision::SnoozeWeek, "2026-12-07"),
        (Decision::SnoozeMonth, "2026-12-30"),
        (Decision::SnoozeUntil("2027-01-15".into()), "2027-01-15"),
    ] {
        let snoozed = ledger
            .store
            .decide_reminder(&key, &decision, today)
            .unwrap();
        assert_eq!(snoozed.snoozed_until.as_deref(), Some(until));
    }
}

#[test]
fn bad_decisions_are_refused_and_change_nothing() {
    let mut ledger = Ledger::new();
    follow_up(&mut ledger);
    let today = day("2026-11-22");
    let key = ledger.key("2026-11-22", ReminderKind::FollowUp);
    for bad in ["2026-11-22", "2026-11-01", "2026-02-30", "tomorrow", ""] {
        let error = ledger
            .store
            .decide_reminder(&key, &Decision::SnoozeUntil(bad.into()), today)
            .unwrap_err();
        assert_eq!(error.field(), Some("until"), "{bad}");
    }
    let error = ledger
        .store
        .decide_reminder("follow_up:nothing:2026-11-20", &Decision::Done, today)
        .unwrap_err();
    assert_eq!(error.code(), "not_found");
    assert_eq!(ledger.due("2026-11-22").len(), 1);
}

#[test]
fn thanks_are_due_after_the_set_days_and_done_acknowledges() {
    let mut ledger = Ledger::new();
    let carla = ledger.person("Carla", None);
    ledger.log(&carla, "2026-11-10", Direction::Received, 2.0, |e| {
        e.acknowledged = false;
    });
    assert!(ledger.due("2026-11-16").is_empty());
    let key = ledger.key("2026-11-17", ReminderKind::Thanks);
    ledger
        .store
        .decide_reminder(&key, &Decision::Done, day("2026-11-17"))
        .unwrap();
    let page = ledger.store.exchanges_of(&carla).unwrap();
    assert!(
        page.iter().all(|e| e.acknowledged),
        "thanked means acknowledged"
    );
    assert!(ledger
        .store
        .signals_for(&carla, day("2026-12-30"))
        .unwrap()
        .is_empty());
}

#[test]
fn a_decision_is_taken_back_with_exactly_what_it_changed() {
    let mut ledger = Ledger::new();
    let carla = ledger.person("Carla", None);
    ledger.log(&carla, "2026-11-10", Direction::Received, 2.0, |e| {
        e.acknowledged = false;
    });
    ledger.log(&carla, "2026-11-01", Direction::Received, 1.0, |e| {
        e.acknowledged = true;
    });
    let today = day("2026-11-17");
    let key = ledger.key("2026-11-17", ReminderKind::Thanks);
    let before_export = ledger.store.export_json().unwrap();

    let (_, undo) = ledger
        .store
        .decide_reminder_undoably(&key, &Decision::Done, today)
        .unwrap();
    assert!(ledger.due("2026-11-17").is_empty(), "done");
    ledger.store.undo_reminder_decision(&undo).unwrap();
    assert_eq!(
        ledger.due("2026-11-17"),
        [(ReminderKind::Thanks, "Carla".to_owned())],
        "due again"
    );
    let acknowledged: Vec<bool> = ledger
        .store
        .exchanges_of(&carla)
        .unwrap()
        .iter()
        .map(|e| e.acknowledged)
        .collect();
    assert_eq!(
        acknowledged.iter().filter(|a| **a).count(),
        1,
        "the gift thanked before stays thanked; only the one Done thanked is not"
    );
    assert_eq!(
        without_write_times(ledger.store.export_json().unwrap()),
        without_write_times(before_export),
        "the ledger is as before the decision"
    );

    // A snooze, then a dismissal taken back, leaves the snooze.
    ledger
        .store
        .decide_reminder(&key, &Decision::SnoozeDay, today)
        .unwrap();
    let snoozed = ledger.store.export_json().unwrap();
    let (_, undo) = ledger
        .store
        .decide_reminder_undoably(&key, &Decision::Dismiss, today)
        .unwrap();
    ledger.store.undo_reminder_decision(&undo).unwrap();
    assert_eq!(
        without_write_times(ledger.store.export_json().unwrap()),
        without_write_times(snoozed)
    );
}

/// A backup's text without the lines that name when a row was last written,
/// which every write moves.
fn without_write_times(json: Vec<u8>) -> String {
    String::from_utf8(json)
        .unwrap()
        .lines()
        .filter(|l| !l.contains("\"updated_at\""))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn keep_in_touch_follows_the_relationship_unless_a_person_has_their_own() {
    let mut ledger = Ledger::new();
    let with = |name: &str, relationship, cadence_days| PersonInput {
        relationship,
        cadence_days,
        ..PersonInput::named(name)
    };
    let mut add = |input: PersonInput| ledger.store.add_person(&input).unwrap().id;
    let klant = add(with("Klant", Relationship::Client, None));
    let eigen = add(with("Eigen", Relationship::Client, Some(90)));
    let netwerk = add(with("Netwerk", Relationship::Network, None));
    for person in [&klant, &eigen, &netwerk] {
        ledger.log(person, "2026-09-01", Direction::Gave, 1.0, |_| {});
    }
    let settings = Settings {
        cadence_by_relationship: [(Relationship::Client, 30)].into(),
        default_cadence_days: Some(60),
        ..Settings::default()
    };
    ledger.store.update_settings(&settings).unwrap();
    let names = |due: Vec<(ReminderKind, String)>| -> Vec<String> {
        let mut names: Vec<String> = due
            .into_iter()
            .filter(|(kind, _)| *kind == ReminderKind::KeepInTouch)
            .map(|(_, name)| name)
            .collect();
        names.sort();
        names
    };
    assert!(names(ledger.due("2026-09-30")).is_empty());
    assert_eq!(
        names(ledger.due("2026-10-01")),
        ["Klant"],
        "clients every 30 days"
    );
    assert_eq!(
        names(ledger.due("2026-10-31")),
        ["Klant", "Netwerk"],
        "others every 60 days (the default)"
    );
    assert_eq!(
        names(ledger.due("2026-11-30")),
        ["Eigen", "Klant", "Netwerk"],
        "a person's own 90 days win over their relationship's"
    );

    let refused = Settings {
        cadence_by_relationship: [(Relationship::Partner, 0)].into(),
        ..Settings::default()
    };
    let error = ledger.store.update_settings(&refused).unwrap_err();
    assert_eq!(error.field(), Some("cadence_by_relationship"));
    assert_eq!(
        ledger.store.settings().unwrap(),
        settings,
        "nothing changed"
    );
}

#[test]
fn a_give_back_is_due_when_owing_lasts() {
    let mut ledger = Ledger::new();
    let dirk = ledger.person("Dirk", None);
    ledger.log(&dirk, "2026-08-01", Direction::Gave, 1.0, |_| {});
    ledger.log(&dirk, "2026-08-15", Direction::Received, 5.0, |_| {});
    // Sixty days after the last time you gave.
    assert!(ledger.due("2026-09-29").is_empty());
    assert_eq!(
        ledger.due("2026-09-30"),
        [(ReminderKind::GiveBack, "Dirk".to_owned())]
    );
    // Giving something resets the clock, even while still owing.
    ledger.log(&dirk, "2026-10-01", Direction::Gave, 1.0, |_| {});
    assert!(ledger.due("2026-10-02").is_empty());
}

#[test]
fn one_sided_giving_suggests_a_pause_once_per_stretch() {
    let mut ledger = Ledger::new();
    let eva = ledger.person("Eva", None);
    for date in ["2026-09-01", "2026-09-15", "2026-10-01", "2026-10-15"] {
        ledger.log(&eva, date, Direction::Gave, 1.0, |_| {});
    }
    let key = ledger.key("2026-11-01", ReminderKind::Pause);
    ledger
        .store
        .decide_reminder(&key, &Decision::Dismiss, day("2026-11-01"))
        .unwrap();
    ledger.log(&eva, "2026-11-05", Direction::Gave, 1.0, |_| {});
    assert!(
        ledger.due("2026-11-06").is_empty(),
        "one more gift in the same stretch raises no new pause"
    );
}

#[test]
fn each_reminder_is_announced_once_also_after_a_restart() {
    let mut ledger = Ledger::new();
    follow_up(&mut ledger);
    assert!(ledger.announced_titles("2026-11-19 12:00").is_empty());
    assert_eq!(
        ledger.announced_titles("2026-11-20 12:00"),
        ["Follow up with \u{2068}Anna\u{2069}"]
    );
    assert!(ledger.announced_titles("2026-11-20 12:01").is_empty());
    let mut ledger = ledger.restart();
    assert!(ledger.announced_titles("2026-11-21 12:00").is_empty());
    // A snooze that ends announces it again, once.
    let key = ledger.key("2026-11-21", ReminderKind::FollowUp);
    ledger
        .store
        .decide_reminder(&key, &Decision::SnoozeDay, day("2026-11-21"))
        .unwrap();
    assert!(ledger.announced_titles("2026-11-21 13:00").is_empty());
    assert_eq!(ledger.announced_titles("2026-11-22 09:00").len(), 1);
    assert!(ledger.announced_titles("2026-11-22 09:01").is_empty());
}

#[test]
fn a_jump_of_the_clock_announces_what_became_due_in_between() {
    let mut ledger = Ledger::new();
    follow_up(&mut ledger);
    let bram = ledger.person("Bram", None);
    ledger.log(&bram, "2026-11-01", Direction::Gave, 1.0, |e| {
        e.follow_up = Some("2026-11-25".into());
    });
    assert_eq!(ledger.announced_titles("2026-11-20 09:00").len(), 1);
    // The machine sleeps for a week; on waking both days have passed.
    assert_eq!(
        ledger.announced_titles("2026-11-27 09:00"),
        ["Follow up with \u{2068}Bram\u{2069}"]
    );
}

/// Anna, Bram, Carla, Dirk and Eva, each given something on 1 November to
/// follow up on the 20th.
fn five_follow_ups_on_the_20th() -> Ledger {
    let mut ledger = Ledger::new();
    for name in ["Anna", "Bram", "Carla", "Dirk", "Eva"] {
        let id = ledger.person(name, None);
        ledger.log(&id, "2026-11-01", Direction::Gave, 1.0, |e| {
            e.follow_up = Some("2026-11-20".into());
        });
    }
    ledger
}

#[test]
fn silent_in_quiet_hours_while_paused_or_switched_off_then_grouped() {
    let mut ledger = five_follow_ups_on_the_20th();
    assert!(
        ledger.announced_titles("2026-11-20 23:00").is_empty(),
        "22:00 to 08:00 is quiet by default"
    );
    assert!(ledger.announced_titles("2026-11-21 07:59").is_empty());
    let until = ledger
        .store
        .pause_notifications(PauseFor::Hour, at("2026-11-21 08:00"))
        .unwrap();
    assert_eq!(until, at("2026-11-21 09:00"));
    assert!(ledger.announced_titles("2026-11-21 08:30").is_empty());
    ledger.settings(|s| s.notifications = false);
    assert!(ledger.announced_titles("2026-11-21 10:00").is_empty());
    ledger.settings(|s| s.notifications = true);
    let grouped = ledger.store.announce_due(at("2026-11-21 10:00")).unwrap();
    assert_eq!(grouped.len(), 1, "five at once are grouped: {grouped:#?}");
    assert_eq!(grouped[0].title, "5 reminders are due");
    assert_eq!(grouped[0].keys.len(), 5);
    assert!(grouped[0].body.ends_with("and 2 more"));
}

#[test]
fn a_pause_until_tomorrow_ends_when_quiet_hours_end() {
    let mut ledger = Ledger::new();
    ledger.settings(|s| {
        s.quiet_hours = Some(QuietHours {
            start: "23:00".into(),
            end: "07:30".into(),
        })
    });
    let until = ledger
        .store
        .pause_notifications(PauseFor::UntilTomorrow, at("2026-11-21 15:00"))
        .unwrap();
    assert_eq!(until, at("2026-11-22 07:30"));
    assert!(ledger
        .store
        .notifications_paused_until(at("2026-11-22 07:29"))
        .unwrap()
        .is_some());
    ledger.store.resume_notifications().unwrap();
    assert!(ledger
        .store
        .notifications_paused_until(at("2026-11-21 15:01"))
        .unwrap()
        .is_none());
}

#[test]
fn quiet_hours_must_be_times_of_day() {
    let mut store = Store::open_in_memory().unwrap();
    for (start, end) in [("25:00", "08:00"), ("22:00", "8"), ("09:00", "09:00")] {
        let settings = Settings {
            quiet_hours: Some(QuietHours {
                start: start.into(),
                end: end.into(),
            }),
            ..Settings::default()
        };
        let error = store.update_settings(&settings).unwrap_err();
        assert_eq!(error.field(), Some("quiet_hours"), "{start}-{end}");
    }
    assert_eq!(store.settings().unwrap(), Settings::default());
}

#[test]
fn archived_and_trashed_people_have_no_reminders() {
    let mut ledger = Ledger::new();
    let anna = follow_up(&mut ledger);
    ledger.store.set_archived(&anna, true).unwrap();
    assert!(ledger.due("2026-11-22").is_empty());
    ledger.store.set_archived(&anna, false).unwrap();
    assert_eq!(ledger.due("2026-11-22").len(), 1);
    ledger.store.trash_person(&anna).unwrap();
    assert!(ledger.due("2026-11-22").is_empty());
}

#[test]
fn a_look_counts_every_due_reminder_and_words_only_the_first_and_the_new() {
    let mut ledger = five_follow_ups_on_the_20th();
    let listed = ledger.store.reminders(day("2026-11-20")).unwrap().due;
    let look = ledger.store.look_at_due(at("2026-11-20 10:00"), 2).unwrap();
    assert_eq!(look.due_total, 5);
    assert_eq!(
        look.first,
        listed[..2],
        "the first two, as the window lists them"
    );
    assert_eq!(look.announcements.len(), 1, "five new at once, grouped");
    assert_eq!(
        look.announcements[0].keys.len(),
        5,
        "the new beyond the first too"
    );

    let again = ledger.store.look_at_due(at("2026-11-20 10:01"), 2).unwrap();
    assert_eq!((again.due_total, again.first), (5, listed[..2].to_vec()));
    assert!(again.announcements.is_empty(), "announced once");
    let none_listed = ledger.store.look_at_due(at("2026-11-20 10:02"), 0).unwrap();
    assert_eq!((none_listed.due_total, none_listed.first.len()), (5, 0));
}
