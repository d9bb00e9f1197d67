//! What two computers that synced must hold alike, as one text to compare:
//! every synced table but for its clocks, and what is derived from them
//! (tag rows, per-person figures), each in a fixed order.

use rusqlite::Connection;

const TABLES: &[(&str, &str)] = &[
    ("person", "id"),
    ("exchange", "id"),
    ("person_tag", "person_id, tag"),
    ("person_channel", "id"),
    ("organisation", "id"),
    ("affiliation", "id"),
    ("kind", "name"),
    ("person_stats", "person_id"),
];

/// The ledger in `conn`, as a line of JSON per table.
pub fn synced_ledger(conn: &Connection) -> rusqlite::Result<String> {
    let mut all = String::new();
    for (table, order) in TABLES {
        let columns: Vec<String> = conn
            .prepare(&format!(
                "SELECT name FROM pragma_table_info('{table}') WHERE name <> 'clocks'"
            ))?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let dump: String = conn.query_row(
            &format!(
                "SELECT json_group_array(json_array({})) FROM (SELECT * FROM {table} ORDER BY {order})",
                columns.join(", ")
            ),
            [],
            |r| r.get(0),
        )?;
        all.push_str(&format!("{table}: {dump}\n"));
    }
    Ok(all)
}
