//! Tests for init.

#[allow(unused_imports)]
use crate::support::Repo;
