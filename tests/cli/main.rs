//! The integration tests: the built binary run on temporary repositories, one module per
//! feature.

mod support;

mod board;
mod cache;
mod catalogue;
mod check;
mod faults;
mod feedback;
mod hostile;
mod init;
mod obligations;
mod procedure;
mod random_repos;
mod report;
mod workflow;
