//! A person's timeline at ten years of data: the page shows the latest
//! exchanges and pages back, a page at a time, to the very first, each
//! exchange once and in order, with the third people named.

use balans_core::views::person_page::PAGE_EXCHANGES;
use balans_core::{Direction, ExchangeInput, PersonInput, Store};
use chrono::{Days, NaiveDate};

#[test]
fn the_timeline_pages_back_to_the_first_exchange() {
    let mut store = Store::open_in_memory().unwrap();
    let anna = store.add_person(&PersonInput::named("Anna")).unwrap().id;
    let bram = store.add_person(&PersonInput::named("Bram")).unwrap().id;
    let first = NaiveDate::from_ymd_opt(2016, 1, 1).unwrap();
    let total = PAGE_EXCHANGES * 2 + 37;
    store
        .all_or_nothing(|s| {
            for n in 0..total {
                let date = first.checked_add_days(Days::new(n as u64 * 13)).unwrap();
                let mut input =
                    ExchangeInput::new(&anna, &date.to_string(), Direction::Gave, "introduction");
                input.third_person_id = (n == 0).then(|| bram.clone());
                s.record_exchange(&input)?;
            }
            Ok(())
        })
        .unwrap();

    let today = NaiveDate::from_ymd_opt(2030, 1, 1).unwrap();
    let page = store.person_page(&anna, today).unwrap();
    assert_eq!(page.exchanges.len(), PAGE_EXCHANGES);
    assert_eq!(page.exchange_count, total);
    let mut dates: Vec<String> = page.exchanges.iter().map(|e| e.date.clone()).collect();
    let mut last_names = page.names.clone();
    while dates.len() < total {
        let older = store.older_exchanges(&anna, dates.len()).unwrap();
        assert!(
            !older.exchanges.is_empty(),
            "a page back while some are not shown"
        );
        dates.extend(older.exchanges.iter().map(|e| e.date.clone()));
        last_names = older.names;
    }
    assert!(store
        .older_exchanges(&anna, total)
        .unwrap()
        .exchanges
        .is_empty());
    assert_eq!(dates.len(), total);
    assert!(
        dates.windows(2).all(|w| w[0] > w[1]),
        "newest first, each once"
    );
    assert_eq!(
        dates.last().unwrap(),
        "2016-01-01",
        "back to the first exchange"
    );
    assert_eq!(last_names.get(&bram).map(String::as_str), Some("Bram"));
}
