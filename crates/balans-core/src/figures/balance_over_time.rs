//! A person's balance over time, one point per day they exchanged
//! something, for the chart on their page.

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::Result;
use crate::figures::balances::{round2, Flow};
use crate::store::Store;

/// One point of a balance-over-time series.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeriesPoint {
    pub date: String,
    pub balance: f64,
}

/// The balance after each day with exchanges, from flows oldest first. With a
/// half-life the running balance fades between days, so this stays linear.
pub(crate) fn series(oldest_first: &[Flow], half_life: Option<u32>) -> Vec<SeriesPoint> {
    let mut points: Vec<SeriesPoint> = Vec::new();
    let mut balance = 0.0;
    let mut previous: Option<NaiveDate> = None;
    for flow in oldest_first {
        let date = crate::clock::parse_iso(&flow.date);
        if let (Some(days), Some(from), Some(to)) = (half_life, previous, date) {
            balance *= 0.5_f64.powf((to - from).num_days().max(0) as f64 / f64::from(days));
        }
        balance += flow.signed;
        previous = date.or(previous);
        match points.last_mut() {
            Some(last) if last.date == flow.date => last.balance = round2(balance),
            _ => points.push(SeriesPoint {
                date: flow.date.clone(),
                balance: round2(balance),
            }),
        }
    }
    points
}

impl Store {
    /// A person's balance after each day they exchanged something, oldest first.
    pub fn balance_series(&self, person_id: &str) -> Result<Vec<SeriesPoint>> {
        let half_life = self.settings()?.half_life_days;
        Ok(series(&self.flows_of(person_id)?, half_life))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flow(date: &str, signed: f64) -> Flow {
        Flow {
            date: date.into(),
            signed,
        }
    }

    #[test]
    fn a_series_has_one_point_per_day_and_fades_with_a_half_life() {
        let oldest_first = vec![
            flow("2026-01-01", 2.0),
            flow("2026-01-01", 2.0),
            flow("2026-01-31", -1.0),
            flow("2026-03-02", 4.0),
        ];
        let plain: Vec<(String, f64)> = series(&oldest_first, None)
            .into_iter()
            .map(|p| (p.date, p.balance))
            .collect();
        assert_eq!(
            plain,
            vec![
                ("2026-01-01".into(), 4.0),
                ("2026-01-31".into(), 3.0),
                ("2026-03-02".into(), 7.0)
            ]
        );
        let faded: Vec<f64> = series(&oldest_first, Some(30))
            .into_iter()
            .map(|p| p.balance)
            .collect();
        assert_eq!(
            faded,
            vec![4.0, 1.0, 4.5],
            "4 halves to 2 after 30 days, minus 1; then 1 halves to 0.5, plus 4"
        );
    }
}
