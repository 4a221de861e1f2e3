//! Lower-case hexadecimal, the form every digest takes in files and ids (the manifest,
//! fingerprints, the catalogue digest, Atom ids). One function, and a fast one: the
//! manifest of a 100,000-item board holds 100,000 of them.

const DIGITS: &[u8; 16] = b"0123456789abcdef";

/// `bytes` in lower-case hexadecimal, two digits a byte.
pub fn hex(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() * 2);
    push_hex(&mut text, bytes);
    text
}

/// Appends `bytes` to `text` in lower-case hexadecimal.
pub fn push_hex(text: &mut String, bytes: &[u8]) {
    text.reserve(bytes.len() * 2);
    for byte in bytes {
        text.push(char::from(DIGITS[usize::from(byte >> 4)]));
        text.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
}

/// The `N` bytes written as `2 × N` hexadecimal digits (either case) in `text`, or `None`.
pub fn unhex<const N: usize>(text: &str) -> Option<[u8; N]> {
    let digits = text.as_bytes();
    if digits.len() != 2 * N {
        return None;
    }
    let mut bytes = [0u8; N];
    for (byte, pair) in bytes.iter_mut().zip(digits.chunks_exact(2)) {
        let digit = |c: u8| char::from(c).to_digit(16).and_then(|d| u8::try_from(d).ok());
        *byte = digit(pair[0])? << 4 | digit(pair[1])?;
    }
    Some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_lower_case_digits_a_byte() {
        assert_eq!(hex(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
        assert_eq!(hex(&[]), "");
        let mut text = "sha256:".to_string();
        push_hex(&mut text, &[0x12, 0xab]);
        assert_eq!(text, "sha256:12ab");
        // The same as the formatting machinery writes it.
        for byte in 0..=255u8 {
            assert_eq!(hex(&[byte]), format!("{byte:02x}"));
        }
    }

    #[test]
    fn sixty_four_digits_read_back_as_32_bytes() {
        let bytes: [u8; 32] = std::array::from_fn(|i| u8::try_from(i * 8).unwrap());
        assert_eq!(unhex::<32>(&hex(&bytes)), Some(bytes));
        assert_eq!(unhex::<32>(&hex(&bytes).to_uppercase()), Some(bytes));
        for bad in [&hex(&bytes)[..62], "", &format!("{}0", hex(&bytes)), &hex(&bytes).replace('0', "x")] {
            assert_eq!(unhex::<32>(bad), None, "{bad}");
        }
    }
}
