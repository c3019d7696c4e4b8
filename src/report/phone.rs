//! Phone numbers as a spreadsheet keeps them: text, never a number or a formula.

/// The calling codes of one or two digits; every other code has three (ITU-T E.164).
const SHORT_CODES: [&str; 46] = [
    "1", "7", "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45",
    "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63",
    "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98",
];

/// A phone number for a spreadsheet: `+964 7701234567` → `00964 770 123 4567`, `07701234567`
/// → `0770 123 4567`. `00` stands for `+` (a leading `+` is a formula to Excel), and the
/// spaces between digit groups keep it text in LibreOffice Calc and Excel, which turn a run
/// of digits into a number and drop its leading zeros. It still dials. Anything that is not
/// a phone number (letters, fewer than six digits) is returned trimmed, as it was.
pub fn phone_for_spreadsheet(phone: &str) -> String {
    let trimmed = phone.trim();
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    let phone_like = trimmed
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().".contains(c));
    if !phone_like || digits.len() < 6 {
        return trimmed.to_string();
    }
    let international = if trimmed.starts_with('+') {
        Some(digits.as_str())
    } else {
        digits.strip_prefix("00")
    };
    match international {
        Some(number) => {
            // Calling codes are prefix-free: at most one short code matches.
            let code_length = SHORT_CODES
                .iter()
                .find(|c| number.starts_with(*c))
                .map_or(3, |c| c.len());
            let (code, rest) = number.split_at(code_length.min(number.len()));
            // A national 0 written after the code (+964 0770…) is not dialled from abroad.
            let rest = rest.strip_prefix('0').unwrap_or(rest);
            format!("00{code} {}", groups(rest))
        }
        None => match digits.strip_prefix('0') {
            Some(rest) if rest.len() > 4 => {
                let (area, rest) = rest.split_at(3);
                format!("0{area} {}", groups(rest))
            }
            _ => groups(&digits),
        },
    }
}

/// Digits in groups of three, the last group of up to four: `7701234567` → `770 123 4567`.
fn groups(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + 4);
    let mut rest = digits;
    while rest.len() > 4 {
        let (group, tail) = rest.split_at(3);
        out.push_str(group);
        out.push(' ');
        rest = tail;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::phone_for_spreadsheet;

    #[test]
    fn phones_become_grouped_00_international_form() {
        assert_eq!(
            phone_for_spreadsheet("+9647701234567"),
            "00964 770 123 4567"
        );
        assert_eq!(
            phone_for_spreadsheet("+964 0770 123 4567"),
            "00964 770 123 4567"
        );
        assert_eq!(
            phone_for_spreadsheet("009647701234567"),
            "00964 770 123 4567"
        );
        assert_eq!(phone_for_spreadsheet("+442079460958"), "0044 207 946 0958");
        assert_eq!(phone_for_spreadsheet("+12025550123"), "001 202 555 0123");
        assert_eq!(phone_for_spreadsheet("07701234567"), "0770 123 4567");
        assert_eq!(phone_for_spreadsheet("=1+2"), "=1+2");
        assert_eq!(phone_for_spreadsheet("12345"), "12345");
        assert_eq!(phone_for_spreadsheet(""), "");
    }
}
