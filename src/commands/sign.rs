//! `disclose sign`.

use anyhow::Result;

use crate::commands::context::{Context, Refusal};

/// Not yet built: refuses plainly.
pub fn run(_cx: &Context) -> Result<i32> {
    Err(Refusal::new("`disclose sign` is not available in this build", "see the README").into())
}
