//! Text and bytes: str storage and methods, bytes, bytearray, memoryview, codecs and formatting glue.

pub mod bytearray;
pub mod bytes;
pub mod bytes_methods;
pub mod codecs;
pub mod memoryview;
pub mod printf;
pub mod pystr;
pub mod str_methods;
pub mod str_text;
pub mod value_format;
