//! How a new ledger comes into being. Several processes may open a data
//! folder that has no ledger yet at the same moment (a first launch beside
//! the command line, an autostarted tray beside a second launch). The new
//! database is therefore built whole under a temporary name (schema, WAL mode)
//! and only then takes the ledger's name, without replacing a file that
//! another process placed first. So the ledger's name never holds an empty or
//! half-made file, and an empty file there can only mean damage.

use std::path::Path;

use rusqlite::Connection;

use crate::error::Result;
use crate::files::durable_rename::place;

/// Creates a complete, empty ledger at `path`, unless another process has
/// created one there meanwhile (then that one is left as it is).
pub(super) fn create_whole(path: &Path) -> Result<()> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let temporary = tempfile::Builder::new()
        .prefix(".balans-new-")
        .suffix(".sqlite3")
        .tempfile_in(folder)?
        .into_temp_path();
    {
        let mut conn = Connection::open(&temporary)?;
        super::durability(&conn)?;
        super::migrations::migrate(&mut conn)?;
        // Closing the only connection checkpoints the log into the file and
        // removes it, so the file alone is the whole ledger.
        conn.close().map_err(|(_, error)| error)?;
    }
    std::fs::File::open(&temporary)?.sync_all()?;
    // A name already taken is another process's new ledger, as good as ours.
    place(temporary, path, false)?;
    Ok(())
}
