// Each test binary uses its own part of these helpers.
#[allow(dead_code)]
pub mod dom;
pub mod reference;
