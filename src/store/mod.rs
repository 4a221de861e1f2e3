//! Every change the tool makes to the file system goes through here: atomic file writes
//! (write beside, then rename), in-place TOML edits that keep comments and layout, the
//! publish lock, the output folders the tool owns (switched to a new board in one atomic
//! step), and the fault-injection hook (`DISCLOSE_FAIL_AT`) that counts every change.

pub mod atomic;
pub mod edit;
pub mod fault;
pub mod lock;
pub mod ops;
pub mod owned;
pub mod readback;

pub use atomic::{create_dir_all, write_atomic, write_new};
