//! Choices for the whole process, made before the first window: how WebKit
//! draws, and how memory is allocated and given back. The bare window that
//! Balans's start time and memory are compared with (`benches/bare-window`)
//! includes these files, so it makes the same choices.

pub mod memory;
pub mod rendering;
