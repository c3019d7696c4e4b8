//! Iraq's governorates: the list and its spellings live in the model (search uses them too).

pub use crate::model::governorate::{GOVERNORATES, governorate};
