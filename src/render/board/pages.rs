//! The values of each kind of board page: hashed into its fingerprint and given to its
//! template.

use serde::Serialize;

use crate::render::matters::MatterView;
use crate::render::templates::LazyList;
use crate::render::view::{ItemView, LinkView};

/// The organisation and the board-wide facts every page shows.
#[derive(Debug, Clone, Hash, Serialize)]
pub(super) struct SiteView {
    pub(super) lang: &'static str,
    pub(super) name: String,
    pub(super) full_name: String,
    pub(super) address: Option<String>,
    pub(super) hotline: Option<String>,
    pub(super) suggestion_box: Option<String>,
    pub(super) reception_day: Option<String>,
    pub(super) channels: Vec<String>,
    pub(super) working_days: u32,
    /// The footer's statement of the signatures behind the items (see [`locale::footer`]).
    pub(super) footer: &'static str,
    pub(super) updated: Option<String>,
    pub(super) archive_years: Vec<YearLink>,
    pub(super) base_url: Option<String>,
}

#[derive(Debug, Clone, Hash, Serialize)]
pub(super) struct YearLink {
    pub(super) year: i32,
    pub(super) href: String,
}

#[derive(Hash, Serialize)]
pub(super) struct CategoryCard {
    pub(super) code: String,
    pub(super) slug: String,
    pub(super) title: String,
    pub(super) href: String,
    pub(super) count: usize,
    pub(super) latest: Vec<ItemView>,
}

#[derive(Hash, Serialize)]
pub(super) struct EntryView {
    pub(super) id: String,
    pub(super) slug: String,
    pub(super) title: String,
    pub(super) cadence: String,
    pub(super) deadline_rule: String,
    pub(super) owner: String,
    pub(super) since: Option<String>,
    pub(super) until: Option<String>,
    pub(super) items: LazyList<ItemView>,
    pub(super) matters: LazyList<MatterView>,
}

#[derive(Hash, Serialize)]
pub(super) struct CatalogueCategory {
    pub(super) code: String,
    pub(super) slug: String,
    pub(super) title: String,
    pub(super) entries: Vec<EntryView>,
}

#[derive(Hash, Serialize)]
pub(super) struct ApprovalView {
    pub(super) on: String,
    pub(super) iso: String,
    pub(super) by: String,
}

#[derive(Hash, Serialize)]
pub(super) struct CaseView {
    pub(super) slug: String,
    pub(super) summary: String,
    pub(super) channel: String,
    pub(super) received_on: String,
    pub(super) received_iso: String,
    pub(super) answered_on: String,
    pub(super) answered_iso: String,
    pub(super) answer: Vec<String>,
}

#[derive(Serialize)]
pub(super) struct ArchiveCategory {
    pub(super) code: String,
    pub(super) slug: String,
    pub(super) title: String,
    pub(super) items: LazyList<ItemView>,
}

#[derive(Hash, Serialize)]
pub(super) struct IndexBody {
    pub(super) categories: Vec<CategoryCard>,
    pub(super) standing: Vec<ItemView>,
}

#[derive(Serialize)]
pub(super) struct CategoryBody {
    pub(super) category: CatalogueCategory,
    pub(super) entries: Vec<EntryView>,
}

#[derive(Serialize)]
pub(super) struct ItemBody<'a> {
    pub(super) item: &'a ItemView,
    pub(super) address: Option<String>,
    pub(super) qr: Option<String>,
}

#[derive(Hash, Serialize)]
pub(super) struct CatalogueBody {
    pub(super) approval: Option<ApprovalView>,
    pub(super) categories: Vec<CatalogueCategory>,
}

#[derive(Hash, Serialize)]
pub(super) struct FeedbackBody {
    pub(super) cases: Vec<CaseView>,
}

#[derive(Serialize)]
pub(super) struct ArchiveBody {
    pub(super) prints: Vec<LinkView>,
    pub(super) this_year: i32,
    pub(super) count: usize,
    pub(super) categories: Vec<ArchiveCategory>,
}

#[derive(Serialize)]
pub(super) struct FeedBody {
    pub(super) feed_id: String,
    pub(super) updated: String,
    pub(super) items: Vec<ItemView>,
}
