//! Text normalisation shared by the parsers: case and accent folding, so "Açúcar", "ACUCAR" and
//! "acucar" match the same dictionary entry.

/// Lowercases and strips the accents of Latin letters (Portuguese, Spanish, French, German).
pub fn fold(input: &str) -> String {
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

/// Trims, collapses inner whitespace and caps the length of a description.
pub fn tidy(input: &str, max_chars: usize) -> String {
    // Most descriptions are already tidy: no copy-and-join for them.
    let already = !input.starts_with(char::is_whitespace)
        && !input.ends_with(char::is_whitespace)
        && !input.contains("  ")
        && !input.contains(['\t', '\n', '\r'])
        && input.len() <= max_chars;
    if already {
        return input.to_string();
    }
    let joined = input.split_whitespace().collect::<Vec<_>>().join(" ");
    joined.chars().take(max_chars).collect()
}

/// Upper-cases the first letter ("groceries at whole foods" → "Groceries at whole foods").
pub fn capitalize(input: &str) -> String {
    let mut chars = input.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_splits_words() {
        assert_eq!(fold("Pão de Açúcar"), "pao de acucar");
        assert_eq!(words("PAG*Pão-de-Açúcar 123"), " pag pao de acucar 123 ");
        assert_eq!(tidy("  a   b\tc ", 10), "a b c");
        assert_eq!(capitalize("ônibus"), "Ônibus");
    }
}
