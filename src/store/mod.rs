//! Every write the tool makes goes through here: atomic file writes (write beside, then
//! rename), in-place TOML edits that keep comments and layout, the publish lock, and the
//! output folders the tool owns.

pub mod atomic;
pub mod edit;
pub mod lock;
pub mod owned;

pub use atomic::{write_atomic, write_new};
