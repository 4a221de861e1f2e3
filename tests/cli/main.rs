//! The integration tests: the built binary run on temporary repositories, one module per
//! feature.

mod support;

mod advice;
mod approvals;
mod attachments;
mod audit;
mod board;
mod board_search;
mod cache;
mod case_history;
mod catalogue;
mod check;
mod cli_language;
mod deadlines;
mod distribution;
mod export;
mod faults;
mod feedback;
mod hostile;
mod hostile_folders;
mod hostile_privacy;
mod hostile_writes;
mod init;
mod language;
mod load_messages;
mod obligations;
mod overview;
mod procedure;
mod publish_language;
mod random_repos;
mod record;
mod report;
mod requests;
mod schemas;
mod workflow;
