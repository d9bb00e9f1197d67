//! Writing a file so that it is either all there or not there at all: the
//! bytes go to a temporary file in the same folder, are synced to disk, and
//! only then take the chosen name. An existing file is replaced only when the
//! caller says the user agreed to it. The temporary file is created 0600 on
//! Unix (tempfile does so) and keeps that mode when it takes the name, so an
//! export is readable by its owner only, also when it replaces a file that
//! was readable by others.

use std::fs;
use std::io::Write;
use std::path::Path;

use tempfile::TempPath;

use crate::error::{Error, Result};
use crate::files::durable_rename::{place, Placed};
use crate::phrase;

/// Whether an existing file at the path may be replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overwrite {
    Refuse,
    Allow,
}

fn io_error(path: &Path, error: std::io::Error) -> Error {
    if error.kind() == std::io::ErrorKind::StorageFull {
        Error::disk_full(path.display().to_string())
    } else {
        Error::invalid(
            "path",
            phrase!(
                "error-file",
                file = path.display().to_string(),
                detail = error.to_string()
            ),
        )
    }
}

/// Writes `bytes` to `path` atomically; with `Overwrite::Refuse` an existing
/// file is left alone and the write is refused.
pub fn write_file(path: &Path, bytes: &[u8], overwrite: Overwrite) -> Result<()> {
    let refused = || {
        Error::invalid(
            "path",
            phrase!("error-file-exists", file = path.display().to_string()),
        )
    };
    if overwrite == Overwrite::Refuse && path.exists() {
        return Err(refused());
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let name = path.file_name().ok_or_else(|| {
        Error::invalid(
            "path",
            phrase!("error-not-a-file-name", file = path.display().to_string()),
        )
    })?;
    let prefix = format!(".{}.", name.to_string_lossy());
    remove_stale_partials(folder, &prefix);
    let placed = write_and_sync(folder, &prefix, bytes)
        .and_then(|temporary| place(temporary, path, overwrite == Overwrite::Allow));
    match placed {
        Ok(Placed::Done) => Ok(()),
        // Another program made the file between the check above and the rename.
        Ok(Placed::NameTaken(_)) => Err(refused()),
        Err(error) => Err(io_error(path, error)),
    }
}

/// Removes what an earlier write of the same file left when it was killed
/// half-way: a temporary file that never took the chosen name.
fn remove_stale_partials(folder: &Path, prefix: &str) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(prefix) && name.ends_with(PARTIAL) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

const PARTIAL: &str = ".partial";

/// Writes the bytes to a new temporary file in `folder` and syncs it; the
/// file is removed again if anything fails before it takes its name.
fn write_and_sync(folder: &Path, prefix: &str, bytes: &[u8]) -> std::io::Result<TempPath> {
    let mut file = tempfile::Builder::new()
        .prefix(prefix)
        .suffix(PARTIAL)
        .tempfile_in(folder)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    Ok(file.into_temp_path())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_refuses_to_overwrite_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("people.csv");
        write_file(&path, b"one", Overwrite::Refuse).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"one");
        assert!(write_file(&path, b"two", Overwrite::Refuse).is_err());
        assert_eq!(fs::read(&path).unwrap(), b"one", "refused: untouched");
        write_file(&path, b"two", Overwrite::Allow).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "only the file itself: {names:?}");
    }

    #[test]
    fn an_export_killed_half_way_leaves_no_file_and_is_cleaned_up() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("balans.json");
        // What a process killed between writing and renaming leaves behind.
        fs::write(
            dir.path().join(".balans.json.4242.partial"),
            b"{\"format\": \"bal",
        )
        .unwrap();
        assert!(!path.exists(), "the chosen name never holds half a file");
        write_file(&path, b"{}", Overwrite::Refuse).unwrap();
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(
            names,
            vec![std::ffi::OsString::from("balans.json")],
            "the leftover is gone"
        );
    }

    #[cfg(unix)]
    #[test]
    fn exports_are_the_owners_alone_also_when_they_replace_a_file() {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.html");
        write_file(&path, b"one", Overwrite::Refuse).unwrap();
        assert_eq!(mode(&path), 0o600, "a new export is 0600");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        write_file(&path, b"two", Overwrite::Allow).unwrap();
        assert_eq!(mode(&path), 0o600, "a replaced export is 0600 again");
    }

    #[test]
    fn a_failed_write_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing-folder").join("out.json");
        assert!(write_file(&path, b"x", Overwrite::Allow).is_err());
        assert!(!path.exists());
    }
}
