# Sync between computers through a synced folder: what a round did, why a
# file waits, and why sync cannot start.

## Why a file in the folder is not applied yet

sync-file-not-ours = it is not a Balans sync file
sync-file-header-cut = its header is cut off
sync-file-header-unreadable = its header cannot be read ({ $detail })
sync-file-short = it holds { $has } of its { $needs } bytes
sync-file-checksum = its checksum does not match its contents
sync-file-cannot-apply = it cannot be applied here ({ $detail })
sync-file-newer = it was made by a newer Balans (data version { $found }; this one reads up to { $supported }); it is kept and applied once Balans is updated

## Refusals

error-sync-folder-missing = The sync folder { $folder } does not exist or is not a folder. Create it, or have your sync tool create it, and try again.
error-sync-not-set-up = This ledger does not sync yet. Choose a folder your sync tool keeps in step (Syncthing, Nextcloud, OneDrive, Dropbox, iCloud Drive or a network share) with `balans sync setup FOLDER`.
error-sync-other-folder = This ledger already syncs through { $folder }. Leave that folder first to sync through another.
error-sync-inside-data = The sync folder and the data folder { $folder } cannot hold one another: Balans never puts its live database in a synced folder.
