//! What the model trainer (`examples/train.rs`) reads: every candidate block
//! of a page with its measures. Compiled only with the `train` feature; not
//! part of the stable API.

use crate::{Error, Extractor};

/// The measures' names, in row order.
pub const FEATURE_NAMES: [&str; crate::features::COUNT] = crate::features::NAMES;

/// Log-odds below which the model drops a block of the selected region.
pub const DROP_FROM_REGION: f32 = crate::model::DROP_FROM_REGION;
/// Log-odds above which the model adds a block outside the region.
pub const ADD_TO_REGION: f32 = crate::model::ADD_TO_REGION;
/// The index of the in-region measure in a row.
pub const IN_REGION: usize = crate::features::M::InRegion as usize;

/// One block of a page as the model sees it.
pub struct Candidate {
    /// The block's text.
    pub text: String,
    /// Its measures (see [`FEATURE_NAMES`]).
    pub features: Vec<f32>,
    /// An image block (not classified by the model).
    pub image: bool,
}

/// The candidate blocks of `html` (bytes in any charset), in page order.
///
/// ```
/// let e = pith::Extractor::new(pith::Options::new());
/// let blocks = pith::training::candidates(&e, b"<p>One paragraph of text here.</p>").unwrap();
/// assert_eq!(blocks.len(), 1);
/// assert_eq!(blocks[0].features.len(), pith::training::FEATURE_NAMES.len());
/// ```
pub fn candidates(extractor: &Extractor, html: &[u8]) -> Result<Vec<Candidate>, Error> {
    let parsed = extractor.parse_bytes(html)?;
    let c = extractor.candidates_of(&parsed);
    Ok(c.blocks
        .into_iter()
        .zip(c.rows)
        .map(|(b, row)| Candidate {
            image: b.kind == crate::BlockKind::Image,
            text: b.text,
            features: row.to_vec(),
        })
        .collect())
}

/// The page-type measures' names, in row order.
pub const PAGE_MEASURE_NAMES: &[&str] = &crate::page_type::NAMES;

/// The page types in the order of the page-type model's classes, by name.
pub const PAGE_TYPES: [&str; 7] = {
    let t = crate::page_type::TYPES;
    [
        t[0].as_str(),
        t[1].as_str(),
        t[2].as_str(),
        t[3].as_str(),
        t[4].as_str(),
        t[5].as_str(),
        t[6].as_str(),
    ]
};

/// The margin (log-odds) by which article wins a near tie of page types;
/// class 0 of the page-type model is article.
///
/// ```
/// assert_eq!(pith::training::PAGE_TYPES[0], "article");
/// assert!(pith::training::ARTICLE_TIE_MARGIN > 0.0);
/// ```
pub const ARTICLE_TIE_MARGIN: f32 = crate::page_type::ARTICLE_TIE_MARGIN;

/// The page-type measures of `html` (bytes in any charset).
///
/// ```
/// let e = pith::Extractor::new(pith::Options::new());
/// let row = pith::training::page_measures(&e, b"<p>One paragraph of text here.</p>").unwrap();
/// assert_eq!(row.len(), pith::training::PAGE_MEASURE_NAMES.len());
/// ```
pub fn page_measures(extractor: &Extractor, html: &[u8]) -> Result<Vec<f32>, Error> {
    let parsed = extractor.parse_bytes(html)?;
    Ok(extractor.page_measures_of(&parsed).to_vec())
}
