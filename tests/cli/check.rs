//! Tests for check.

#[allow(unused_imports)]
use crate::support::Repo;
