//! The checked domain types that the rest of the tool trusts. No I/O and no serde here:
//! `load` builds these from files, pushing findings for anything it cannot accept.

pub mod attachment;
pub mod case_flow;
pub mod catalogue;
pub mod config;
pub mod content;
pub mod feedback;
pub mod item;
pub mod meeting;
pub mod repo;
pub mod report;
pub mod scope;
pub mod workflow;

pub use case_flow::{allowed, status_on, CaseAction, Why};
pub use catalogue::{Cadence, Catalogue, Category, Entry};
pub use config::{Approval, Config};
pub use feedback::{Action, ActionKind, Case, CaseKind, CaseStatus, Channel, Outcome, Rating, Response, Sender};
pub use item::{Item, Signature};
pub use repo::Repo;
pub use scope::Scope;
pub use workflow::{item_step, ItemState, ItemStep};
