//! `disclose explain`.

use anyhow::Result;

use crate::commands::context::{Context, Refusal};

/// Not yet built: refuses plainly.
pub fn run(_cx: &Context) -> Result<i32> {
    Err(Refusal::new("`disclose explain` is not available in this build", "see the README").into())
}
