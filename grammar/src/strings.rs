//! String literals: escape decoding, implicit concatenation, and f-strings into `JoinedStr`.
