//! Keeping the app's own memory small. glibc gives each thread that allocates
//! an arena of its own and keeps what the thread frees there for it to reuse;
//! Balans's threads work in short bursts (a command, the first screen's reads,
//! the upkeep, the scheduler's look), so on a large ledger each burst left an
//! arena holding megabytes no other thread could use. One shared arena, and
//! handing free pages back after each burst (the first screen, the upkeep,
//! each look at the reminders), keep the app near what it holds live
//! (docs/performance.md). The bare window of `benches/bare-window` includes
//! this file and shares one arena too, so the floor allocates alike.

/// Has every thread allocate from one arena. Call before starting threads.
pub fn share_one_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes a tuning parameter of glibc's allocator.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

/// Returns the allocator's free memory to the system, where glibc allows it.
pub fn give_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only hands pages the allocator holds as free back to
    // the kernel; it touches no memory in use and is safe from any thread.
    unsafe {
        libc::malloc_trim(0);
    }
}
