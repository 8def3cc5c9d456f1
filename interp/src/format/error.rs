//! The error every formatting and parsing helper returns: CPython's exception type and message.

use std::fmt;

/// Which Python exception the VM should raise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    TypeError,
    OverflowError,
    MemoryError,
    IndexError,
    KeyError,
    AttributeError,
    ZeroDivisionError,
}

impl ErrorKind {
    /// The exception class's name, as CPython prints it.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::ValueError => "ValueError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::OverflowError => "OverflowError",
            ErrorKind::MemoryError => "MemoryError",
            ErrorKind::IndexError => "IndexError",
            ErrorKind::KeyError => "KeyError",
            ErrorKind::AttributeError => "AttributeError",
            ErrorKind::ZeroDivisionError => "ZeroDivisionError",
        }
    }
}

/// A Python exception described as plain data: `kind(message)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PyError {
    pub kind: ErrorKind,
    pub message: String,
}

impl PyError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        PyError {
            kind,
            message: message.into(),
        }
    }

    pub fn value(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::ValueError, message)
    }

    pub fn type_error(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::TypeError, message)
    }

    pub fn overflow(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::OverflowError, message)
    }

    /// `MemoryError()` with no message, as CPython raises when an allocation fails.
    pub fn memory() -> Self {
        Self::new(ErrorKind::MemoryError, "")
    }
}

impl fmt::Display for PyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.kind.name())
        } else {
            write!(f, "{}: {}", self.kind.name(), self.message)
        }
    }
}

impl std::error::Error for PyError {}

pub type PyResult<T> = Result<T, PyError>;

/// Outputs longer than this many characters raise `MemoryError` instead of being built:
/// CPython would try (and on most machines fail) to allocate them; Skein must not abort.
pub const MAX_OUTPUT_CHARS: usize = 1 << 28;

/// `MemoryError` when `len` characters exceed [`MAX_OUTPUT_CHARS`].
pub fn check_output_len(len: usize) -> PyResult<()> {
    if len > MAX_OUTPUT_CHARS {
        Err(PyError::memory())
    } else {
        Ok(())
    }
}
