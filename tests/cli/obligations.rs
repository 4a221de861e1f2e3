//! Tests for obligations.

#[allow(unused_imports)]
use crate::support::Repo;
