//! Tests for workflow.

#[allow(unused_imports)]
use crate::support::Repo;
