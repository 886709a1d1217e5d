//! Placeholder until the vocabulary lands.
use ozzie_core::transaction::Category;
pub const VOCABULARY: &[(&str, Category)] = &[];
