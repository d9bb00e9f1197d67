//! One ledger on several computers, through a folder the user already keeps
//! in step with a sync tool (Syncthing, Nextcloud, OneDrive, Dropbox, iCloud
//! Drive, a network share). The live database never goes into that folder:
//! each computer records what its writes change (capture.rs), writes those
//! changes as numbered files of its own into the folder (folder.rs), and
//! applies the other computers' files in an order every computer agrees on
//! (round.rs, apply.rs). docs/sync.md says what a user does and what is
//! promised.

pub(crate) mod apply;
pub(crate) mod capture;
pub(crate) mod changes;
pub(crate) mod clock;
pub(crate) mod folder;
mod round;
mod snapshot;
mod whole;

pub use folder::{folder_state, SYNC_ROOT};
pub use round::{DeviceSeen, SyncRound, SyncStatus, WaitingFile};
pub use snapshot::SNAPSHOT_AFTER;
