//! Tests for feedback.

#[allow(unused_imports)]
use crate::support::Repo;
