//! The error type: opaque [`Error`] with a [`ErrorKind`] that says which
//! limit or input problem stopped extraction.

use std::fmt;

/// Why extraction could not produce an [`Article`](crate::Article).
///
/// Every kind is produced by some path of the library; inputs that are merely
/// odd (empty, binary, not HTML, invalid UTF-8) never error: they yield an
/// article with [`Verdict::Empty`](crate::Verdict::Empty) or whatever text
/// they hold.
///
/// ```
/// use pith::{extract, ErrorKind, Options};
/// let opts = Options::new().with_max_input_bytes(10);
/// let err = extract("<p>far more than ten bytes</p>", &opts).unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::InputTooLarge { limit: 10, .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind}")]
pub struct Error {
    kind: ErrorKind,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Self {
        Error { kind }
    }

    /// What went wrong, with its details as fields.
    ///
    /// ```
    /// use pith::{extract_bytes, ErrorKind, Options};
    /// let opts = Options::new().with_charset("no-such-charset");
    /// let err = extract_bytes(b"<p>hi</p>", &opts).unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::UnknownCharset { .. }));
    /// ```
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

/// The kinds of [`Error`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is longer than [`Options::with_max_input_bytes`](crate::Options::with_max_input_bytes) allows.
    InputTooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The parsed document has more nodes than [`Options::with_max_nodes`](crate::Options::with_max_nodes) allows.
    TooManyNodes {
        /// The limit in force.
        limit: usize,
    },
    /// The markup nests more open elements than [`Options::with_max_nesting`](crate::Options::with_max_nesting) allows.
    TooDeep {
        /// The limit in force.
        limit: usize,
    },
    /// An element carries more than [`MAX_ATTRIBUTES`](crate::MAX_ATTRIBUTES) attributes.
    TooManyAttributes {
        /// The limit in force.
        limit: usize,
    },
    /// The caller's charset hint ([`Options::with_charset`](crate::Options::with_charset)) names no WHATWG encoding.
    UnknownCharset {
        /// The label as given.
        label: String,
    },
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::InputTooLarge { size, limit } => {
                write!(f, "input of {size} bytes exceeds the limit of {limit} bytes")
            }
            ErrorKind::TooManyNodes { limit } => {
                write!(f, "document has more than {limit} nodes")
            }
            ErrorKind::TooDeep { limit } => {
                write!(f, "markup nests more than {limit} open elements")
            }
            ErrorKind::TooManyAttributes { limit } => {
                write!(f, "an element carries more than {limit} attributes")
            }
            ErrorKind::UnknownCharset { label } => {
                write!(f, "unknown charset label {label:?}")
            }
        }
    }
}
