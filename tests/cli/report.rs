//! Tests for report.

#[allow(unused_imports)]
use crate::support::Repo;
