//! Three computers with random changes and a sync tool that delivers at
//! random: they always end with one ledger.

use proptest::prelude::*;

use super::*;

/// One thing a user or the sync tool does.
#[derive(Debug, Clone)]
enum Step {
    AddPerson {
        on: usize,
    },
    Log {
        on: usize,
        person: usize,
        value: u8,
    },
    Rename {
        on: usize,
        person: usize,
        name: u8,
    },
    Note {
        on: usize,
        person: usize,
        note: u8,
    },
    Trash {
        on: usize,
        person: usize,
    },
    Restore {
        on: usize,
        person: usize,
    },
    EmptyTrash {
        on: usize,
    },
    Round {
        on: usize,
    },
    Deliver {
        from: usize,
        to: usize,
        pick: usize,
        half: bool,
    },
}

fn step() -> impl Strategy<Value = Step> {
    let on = 0..3usize;
    prop_oneof![
        2 => on.clone().prop_map(|on| Step::AddPerson { on }),
        4 => (on.clone(), any::<usize>(), 1..9u8)
            .prop_map(|(on, person, value)| Step::Log { on, person, value }),
        2 => (on.clone(), any::<usize>(), 0..4u8)
            .prop_map(|(on, person, name)| Step::Rename { on, person, name }),
        2 => (on.clone(), any::<usize>(), 0..4u8)
            .prop_map(|(on, person, note)| Step::Note { on, person, note }),
        1 => (on.clone(), any::<usize>()).prop_map(|(on, person)| Step::Trash { on, person }),
        1 => (on.clone(), any::<usize>()).prop_map(|(on, person)| Step::Restore { on, person }),
        1 => on.clone().prop_map(|on| Step::EmptyTrash { on }),
        3 => on.clone().prop_map(|on| Step::Round { on }),
        5 => (on.clone(), on, any::<usize>(), proptest::bool::weighted(0.2))
            .prop_map(|(from, to, pick, half)| Step::Deliver { from, to, pick, half }),
    ]
}

fn pick(computer: &Computer, person: usize, trashed: bool) -> Option<String> {
    let people = computer.ids(&format!(
        "SELECT id FROM person WHERE (trashed_at IS NOT NULL) = {trashed} ORDER BY id"
    ));
    (!people.is_empty()).then(|| people[person % people.len()].clone())
}

fn take(computers: &mut [Computer], step: &Step) {
    match *step {
        Step::AddPerson { on } => {
            let name = format!("Persoon {}", computers[on].people().len() + 1);
            computers[on]
                .store
                .add_person(&PersonInput::named(&name))
                .unwrap();
        }
        Step::Log { on, person, value } => {
            if let Some(id) = pick(&computers[on], person, false) {
                log(&mut computers[on].store, &id, f64::from(value), "notitie");
            }
        }
        Step::Rename { on, person, name } => {
            if let Some(id) = pick(&computers[on], person, false) {
                let current = computers[on].store.person(&id).unwrap();
                let mut input = PersonInput::named(&format!("Naam {name}"));
                input.notes = current.notes;
                input.tags = current.tags;
                computers[on].store.update_person(&id, &input).unwrap();
            }
        }
        Step::Note { on, person, note } => {
            if let Some(id) = pick(&computers[on], person, false) {
                let current = computers[on].store.person(&id).unwrap();
                let mut input = PersonInput::named(&current.name);
                input.notes = format!("notitie {note}");
                input.tags = vec![format!("tag{note}")];
                computers[on].store.update_person(&id, &input).unwrap();
            }
        }
        Step::Trash { on, person } => {
            if let Some(id) = pick(&computers[on], person, false) {
                computers[on].store.trash_person(&id).unwrap();
            }
        }
        Step::Restore { on, person } => {
            if let Some(id) = pick(&computers[on], person, true) {
                computers[on].store.restore_person(&id).unwrap();
            }
        }
        Step::EmptyTrash { on } => {
            computers[on].store.empty_trash().unwrap();
        }
        Step::Round { on } => {
            computers[on].round();
        }
        Step::Deliver {
            from,
            to,
            pick,
            half,
        } => {
            if from != to {
                let how = if half {
                    Delivery::Half
                } else {
                    Delivery::Whole
                };
                let to = computers[to].folder.path().to_path_buf();
                deliver(&computers[from], &to, pick, how);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Three computers change one ledger, each unaware of the others for a
    /// while, and the sync tool delivers late, twice, half or out of order:
    /// once every file has arrived everywhere, every computer holds the same
    /// people, exchanges and balances, and no exchange was lost or doubled.
    #[test]
    fn three_computers_end_with_one_ledger(steps in proptest::collection::vec(step(), 1..60)) {
        let mut computers: Vec<Computer> = (0..3).map(|_| Computer::new()).collect();
        computers[0].store.add_person(&PersonInput::named("Al bekend")).unwrap();
        for computer in &mut computers {
            computer.join();
        }
        for step in &steps {
            take(&mut computers, step);
        }
        settle(&mut computers);
        let first = computers[0].ledger();
        for computer in &computers[1..] {
            prop_assert_eq!(&first, &computer.ledger());
        }
        for computer in &computers {
            prop_assert!(balans_core::figures::person_stats::consistent(&computer.store).unwrap());
        }
    }
}
