//! Matching names as people type them: Arabic and Latin spellings alike. Pure: no I/O.
