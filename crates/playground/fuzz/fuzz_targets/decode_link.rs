//! Fuzz `decode_link`: any bytes (as lossy UTF-8) must give a state or an error, never a
//! panic; a decoded state must validate and survive a re-encode round trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use neurite_playground::{decode_link, encode_link};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(state) = decode_link(&text) {
        assert_eq!(state.validate(), Ok(()));
        assert_eq!(decode_link(&encode_link(&state)), Ok(state));
    }
});
