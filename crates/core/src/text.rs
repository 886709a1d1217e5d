//! Text folding shared by everything that reads what people type: case and accent folding, so
//! "Açúcar", "ACUCAR" and "acucar" match the same word in any of the three languages.

/// Lowercases and strips the accents of Latin letters (Portuguese, Spanish, French, German), and
/// writes the ordinal indicators as letters ("13º" is "13o").
pub fn fold(input: &str) -> String {
    // Most text (bank exports, English messages) is plain ASCII: lowercasing it needs no tables.
    if input.is_ascii() {
        return input.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(input.len());
    for ch in input.chars() {
        for lower in ch.to_lowercase() {
            out.push(match lower {
                'á' | 'à' | 'â' | 'ã' | 'ä' | 'å' => 'a',
                'é' | 'è' | 'ê' | 'ë' => 'e',
                'í' | 'ì' | 'î' | 'ï' => 'i',
                'ó' | 'ò' | 'ô' | 'õ' | 'ö' => 'o',
                'ú' | 'ù' | 'û' | 'ü' => 'u',
                'ç' => 'c',
                'ñ' => 'n',
                // Ordinal indicators: "13º salário", "1ª parcela".
                'º' => 'o',
                'ª' => 'a',
                other => other,
            });
        }
    }
    out
}

/// Folded text with every run of non-alphanumeric characters turned into one space, padded with
/// a space on each side, so `contains(" word ")` matches whole words.
pub fn words(input: &str) -> String {
    let folded = fold(input);
    let mut out = String::with_capacity(folded.len() + 2);
    out.push(' ');
    let mut last_space = true;
    for ch in folded.chars() {
        if ch.is_alphanumeric() {
            out.push(ch);
            last_space = false;
        } else if !last_space {
            out.push(' ');
            last_space = true;
        }
    }
    if !last_space {
        out.push(' ');
    }
    out
}
