//! Tests for board.

#[allow(unused_imports)]
use crate::support::Repo;
