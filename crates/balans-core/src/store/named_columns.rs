//! Reading rows by column name at the cost of reading by position. A query
//! that joins a person to their figures selects dozens of columns; counting
//! their positions by hand breaks the moment one is added or moved. A struct
//! declared with [`column_positions!`] has one field per column; it is
//! filled once per query from the statement's own column names, and every
//! row after that is read by plain index, so thousands of rows cost no name
//! lookups.

/// Declares a struct that holds where each named column sits among a
/// statement's columns, with `of` to find them and `select` to list them.
macro_rules! column_positions {
    ($(#[$doc:meta])* $name:ident { $($column:ident),+ $(,)? }) => {
        $(#[$doc])*
        pub(crate) struct $name {
            $($column: usize,)+
        }

        impl $name {
            /// Where `statement` put each column, found by name.
            pub(crate) fn of(statement: &rusqlite::Statement<'_>) -> rusqlite::Result<$name> {
                Ok($name {
                    $($column: statement.column_index(stringify!($column))?,)+
                })
            }

            /// The columns of table `alias` for a `SELECT`, each named as itself.
            pub(crate) fn select(alias: &str) -> String {
                [$(stringify!($column)),+]
                    .map(|column| format!("{alias}.{column} AS {column}"))
                    .join(", ")
            }
        }
    };
}

pub(crate) use column_positions;
