//! Giving a finished file its name, durably, on every platform: a file is
//! always written whole under a temporary name in the folder it belongs to,
//! then renamed, so a reader (or a crash) never meets half a file. What the
//! rename and the folder need for that differs per platform; it is kept here,
//! behind `cfg`, so the rest of the core does not care.

use std::io;
use std::path::Path;

use tempfile::TempPath;

/// Whether the chosen name was free.
#[derive(Debug)]
pub(crate) enum Placed {
    /// The file now has the name.
    Done,
    /// Another file has the name; the temporary file is handed back, to try
    /// another name or to drop (which removes it).
    NameTaken(TempPath),
}

/// Gives `temporary` the name `path`, replacing a file there or, with
/// `replace` false, never: the check and the rename are one step (Linux and
/// macOS rename with "no replace", Windows moves without "replace existing"),
/// so two writers cannot both believe they made the file.
pub(crate) fn place(temporary: TempPath, path: &Path, replace: bool) -> io::Result<Placed> {
    let placed = if replace {
        temporary.persist(path)
    } else {
        temporary.persist_noclobber(path)
    };
    match placed {
        Ok(()) => {}
        Err(e) if !replace && e.error.kind() == io::ErrorKind::AlreadyExists => {
            return Ok(Placed::NameTaken(e.path))
        }
        Err(e) => return Err(e.error),
    }
    sync_folder(path.parent().filter(|p| !p.as_os_str().is_empty()))?;
    Ok(Placed::Done)
}

/// Makes a rename in `folder` durable.
///
/// On Unix a rename is durable only once the folder itself is synced, which
/// POSIX allows through a read-only handle on the folder.
#[cfg(unix)]
fn sync_folder(folder: Option<&Path>) -> io::Result<()> {
    std::fs::File::open(folder.unwrap_or(Path::new(".")))?.sync_all()
}

/// Makes a rename in `folder` durable.
///
/// Windows cannot open a folder as a file without backup privileges, and
/// NTFS records the rename (`MoveFileExW`) in its own metadata journal, so
/// there is nothing to sync; the file's data was flushed before the rename.
#[cfg(not(unix))]
fn sync_folder(_folder: Option<&Path>) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temporary_with(dir: &Path, bytes: &[u8]) -> TempPath {
        let mut file = tempfile::NamedTempFile::new_in(dir).unwrap();
        io::Write::write_all(&mut file, bytes).unwrap();
        file.into_temp_path()
    }

    #[test]
    fn a_taken_name_is_kept_and_the_temporary_file_goes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger");
        let first = temporary_with(dir.path(), b"first");
        let second = temporary_with(dir.path(), b"second");
        assert!(matches!(place(first, &path, false).unwrap(), Placed::Done));
        let Placed::NameTaken(second) = place(second, &path, false).unwrap() else {
            panic!("the name was taken");
        };
        assert_eq!(std::fs::read(&path).unwrap(), b"first");
        drop(second);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        let third = temporary_with(dir.path(), b"third");
        assert!(matches!(place(third, &path, true).unwrap(), Placed::Done));
        assert_eq!(std::fs::read(&path).unwrap(), b"third");
    }
}
