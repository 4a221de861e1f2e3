//! Tests for catalogue.

#[allow(unused_imports)]
use crate::support::Repo;
