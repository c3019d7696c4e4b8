//! Building blocks every screen shares. `text`: the one way file text is put on a terminal
//! row (made safe, measured, cut, padded, wrapped) and how counts are worded.

pub mod text;
