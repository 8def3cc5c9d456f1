//! Pure formatting and number-text helpers the VM calls: the format-spec mini-language, `%`-formatting, float and int text conversions.
//!
//! Everything here works on plain Rust values (`i64`, `BigInt`, `f64`, `&str`) and
//! returns text or a [`PyError`] carrying CPython's exception type and message.

pub mod dtoa;
pub mod error;
pub mod float_ops;
pub mod floatstr;
pub mod int_ops;
pub mod intstr;
mod layout;
pub mod number;
pub mod numhash;
pub mod percent;
pub mod spec;
pub mod template;
pub mod text;
pub mod unicode_digits;

pub use error::{ErrorKind, PyError, PyResult};
pub use number::{format_bigint, format_float, format_int, IntRef};
pub use spec::FormatSpec;
pub use text::format_str;

#[cfg(test)]
mod bench_probe;
#[cfg(test)]
mod fuzz_tests;
#[cfg(test)]
mod number_text_tests;
#[cfg(test)]
mod percent_tests;
#[cfg(test)]
mod template_tests;
#[cfg(test)]
mod tests;
