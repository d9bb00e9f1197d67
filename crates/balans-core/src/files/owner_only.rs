//! Files and folders only their owner can read. A ledger, its backups and
//! its exports say who helped whom and what the user thinks of them; on a
//! shared Unix machine nobody else should read them, whatever the umask. So
//! the folders the core creates are 0700 and the files it writes 0600
//! (temporary files, which every file the core writes starts as, are 0600
//! already; elsewhere the platform's defaults apply). Folders that exist already are
//! left as the user set them.

use std::fs::DirBuilder;
use std::io;
use std::path::Path;

/// Creates `path` and any missing parents, each new one 0700 on Unix.
pub fn create_dir_all(path: &Path) -> io::Result<()> {
    let mut builder = DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(path)
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn new_folders_and_files_are_the_owners_alone() {
        let dir = tempfile::tempdir().unwrap();
        let nested = dir.path().join("a").join("b");
        create_dir_all(&nested).unwrap();
        assert_eq!(
            mode(&dir.path().join("a")),
            0o700,
            "a new parent is private"
        );
        assert_eq!(mode(&nested), 0o700, "the new folder is private");
    }
}
