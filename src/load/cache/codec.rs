//! How the load cache writes an item: serde's remote derives mirror the model's types
//! field by field (the model itself knows nothing of serialization), with dates as day
//! numbers (chrono's own serde form is text, which is slow to read back for 100,000
//! items). The mirrors must list the model's fields in the model's order: the cache is
//! postcard, which names no field, so a change here is a change of [`super::FORMAT`].
//!
//! What the cache does not keep (bodies, front matter, the root, the attachment folder's
//! listing) is skipped and filled in by the loader.

use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;
use compact_str::CompactString;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::attachment::Reference;
use crate::model::content::Digest;
use crate::model::item::{Correction, KeptTexts, Rare, RecordParts, Signature, SignedRecord};
use crate::model::{Item, Scope};
use crate::obligations::period::Period;

/// [`Item`] as the cache writes it.
#[derive(Serialize, Deserialize)]
#[serde(remote = "Item")]
pub struct ItemCodec {
    id: CompactString,
    file: String,
    entry: CompactString,
    title: String,
    period: Option<Period>,
    period_text: Option<CompactString>,
    #[serde(with = "days::option")]
    event: Option<NaiveDate>,
    matter: Option<CompactString>,
    stage: Option<CompactString>,
    final_stage: bool,
    scope: Option<Scope>,
    prepared_by: Option<CompactString>,
    #[serde(with = "option_signature")]
    reviewed: Option<Signature>,
    #[serde(with = "option_signature")]
    approved: Option<Signature>,
    #[serde(with = "days::option")]
    published_on: Option<NaiveDate>,
    #[serde(with = "record")]
    record: SignedRecord,
    #[serde(skip)]
    kept: Option<Box<KeptTexts>>,
    body_line: usize,
    body_hash: u64,
    #[serde(skip, default = "no_root")]
    source_root: Arc<Path>,
    has_event_key: bool,
    #[serde(with = "references")]
    references: Box<[Reference]>,
    #[serde(skip)]
    attachments: Box<[crate::model::attachment::Attachment]>,
    #[serde(with = "option_rare")]
    rare: Option<Box<Rare>>,
}

/// [`Rare`] as the cache writes it.
#[derive(Serialize, Deserialize)]
#[serde(remote = "Rare")]
struct RareCodec {
    audience: Option<CompactString>,
    supersedes: Option<CompactString>,
    #[serde(with = "days::option")]
    decision_on: Option<NaiveDate>,
}

/// [`Signature`] as the cache writes it.
#[derive(Serialize, Deserialize)]
#[serde(remote = "Signature")]
struct SignatureCodec {
    by: CompactString,
    #[serde(with = "days")]
    on: NaiveDate,
}

/// [`Correction`] as the cache writes it.
#[derive(Serialize, Deserialize)]
#[serde(remote = "Correction")]
struct CorrectionCodec {
    #[serde(with = "days")]
    on: NaiveDate,
    by: CompactString,
    reason: String,
    digest: Digest,
}

/// [`SignedRecord`] as the cache writes it: written out as [`RecordParts`].
#[derive(Serialize, Deserialize)]
#[serde(remote = "RecordParts")]
struct RecordPartsCodec {
    with_attachments: Option<Digest>,
    text: Digest,
    reviewed: Option<Digest>,
    approved: Option<Digest>,
    published: Option<Digest>,
    #[serde(with = "corrections")]
    corrections: Vec<Correction>,
}

/// [`Reference`] as the cache writes it.
#[derive(Serialize, Deserialize)]
#[serde(remote = "Reference")]
struct ReferenceCodec {
    target: CompactString,
    line: usize,
    image: bool,
}

/// The root of an item read from the load cache, until the loader sets it.
fn no_root() -> Arc<Path> {
    Arc::from(Path::new(""))
}

// Wrappers that let a remote codec serve inside `Option` and `Vec`: by reference for
// writing, owned for reading.

#[derive(Serialize)]
struct SignatureRef<'a>(#[serde(with = "SignatureCodec")] &'a Signature);

#[derive(Deserialize)]
struct SignatureOwned(#[serde(with = "SignatureCodec")] Signature);

#[derive(Serialize)]
struct CorrectionRef<'a>(#[serde(with = "CorrectionCodec")] &'a Correction);

#[derive(Deserialize)]
struct CorrectionOwned(#[serde(with = "CorrectionCodec")] Correction);

#[derive(Serialize)]
struct RareRef<'a>(#[serde(with = "RareCodec")] &'a Rare);

#[derive(Deserialize)]
struct RareOwned(#[serde(with = "RareCodec")] Rare);

#[derive(Serialize)]
struct ReferenceRef<'a>(#[serde(with = "ReferenceCodec")] &'a Reference);

#[derive(Deserialize)]
struct ReferenceOwned(#[serde(with = "ReferenceCodec")] Reference);

/// [`SignedRecord`] through [`RecordPartsCodec`].
mod record {
    use super::{Deserializer, RecordParts, RecordPartsCodec, Serializer, SignedRecord};

    pub fn serialize<S: Serializer>(value: &SignedRecord, serializer: S) -> Result<S::Ok, S::Error> {
        RecordPartsCodec::serialize(&value.parts(), serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<SignedRecord, D::Error> {
        RecordPartsCodec::deserialize(deserializer).map(|parts: RecordParts| SignedRecord::from(parts))
    }
}

/// `Option<Box<Rare>>` through [`RareCodec`].
mod option_rare {
    use super::{Deserialize, Deserializer, Rare, RareOwned, RareRef, Serialize, Serializer};

    #[allow(clippy::ref_option)] // serde's `with` passes a reference
    pub fn serialize<S: Serializer>(value: &Option<Box<Rare>>, serializer: S) -> Result<S::Ok, S::Error> {
        value.as_deref().map(RareRef).serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Box<Rare>>, D::Error> {
        Ok(Option::<RareOwned>::deserialize(deserializer)?.and_then(|RareOwned(rare)| rare.boxed()))
    }
}

/// `Option<Signature>` through [`SignatureCodec`].
mod option_signature {
    use super::{Deserialize, Deserializer, Serialize, Serializer, Signature, SignatureOwned, SignatureRef};

    #[allow(clippy::ref_option)] // serde's `with` passes a reference
    pub fn serialize<S: Serializer>(value: &Option<Signature>, serializer: S) -> Result<S::Ok, S::Error> {
        value.as_ref().map(SignatureRef).serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Signature>, D::Error> {
        Ok(Option::<SignatureOwned>::deserialize(deserializer)?.map(|SignatureOwned(s)| s))
    }
}

/// `Vec<Correction>` through [`CorrectionCodec`].
mod corrections {
    use super::{Correction, CorrectionOwned, CorrectionRef, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &[Correction], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(value.iter().map(CorrectionRef))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Correction>, D::Error> {
        Ok(Vec::<CorrectionOwned>::deserialize(deserializer)?
            .into_iter()
            .map(|CorrectionOwned(c)| c)
            .collect())
    }
}

/// `Vec<Reference>` through [`ReferenceCodec`].
mod references {
    use super::{Deserialize, Deserializer, Reference, ReferenceOwned, ReferenceRef, Serializer};

    pub fn serialize<S: Serializer>(value: &[Reference], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(value.iter().map(ReferenceRef))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Box<[Reference]>, D::Error> {
        Ok(Vec::<ReferenceOwned>::deserialize(deserializer)?
            .into_iter()
            .map(|ReferenceOwned(r)| r)
            .collect())
    }
}

/// Dates as day numbers.
mod days {
    use chrono::{Datelike, NaiveDate};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// Writes a date as its day number.
    #[allow(clippy::trivially_copy_pass_by_ref)] // serde's `with` passes a reference
    pub fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
        date.num_days_from_ce().serialize(serializer)
    }

    /// Reads a date from its day number.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        let days = i32::deserialize(deserializer)?;
        NaiveDate::from_num_days_from_ce_opt(days).ok_or_else(|| serde::de::Error::custom("a day number out of range"))
    }

    /// The same for an optional date.
    pub mod option {
        use chrono::{Datelike, NaiveDate};
        use serde::{Deserialize, Deserializer, Serialize, Serializer};

        /// Writes an optional date as an optional day number.
        #[allow(clippy::ref_option, clippy::trivially_copy_pass_by_ref)] // serde's `with` passes a reference
        pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, serializer: S) -> Result<S::Ok, S::Error> {
            date.map(|date| date.num_days_from_ce()).serialize(serializer)
        }

        /// Reads an optional date from an optional day number.
        pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDate>, D::Error> {
            Option::<i32>::deserialize(deserializer)?
                .map(|days| NaiveDate::from_num_days_from_ce_opt(days).ok_or_else(|| serde::de::Error::custom("a day number out of range")))
                .transpose()
        }
    }
}
