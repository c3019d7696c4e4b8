//! Building blocks every screen shares. `form`: the one form (typed fields, a cursor in
//! every text field). `text`: the one way file text is put on a terminal
//! row (made safe, measured, cut, padded, wrapped) and how counts are worded.

pub mod form;
pub mod text;
