//! The archive register (档案目录) and the performance evaluation (绩效评估): what a year's
//! record holds and how well the work was done, for one repository or several. Pure
//! computation and rendering; the commands in `commands::archive` and `commands::report`
//! load, call these and write.

pub mod annual;
pub mod archive;
pub mod archive_csv;
pub mod csv;
pub mod evaluation;
pub mod html;
pub mod locale;
pub mod overview;
pub mod render;
pub mod table;

pub use archive::{register, Register};
pub use evaluation::{evaluate, Evaluation};
pub use render::{Organisation, Summary};
