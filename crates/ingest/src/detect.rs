//! What kind of input a file is, from its bytes first and its name second.

use crate::ofx::looks_like_ofx;
use crate::qif::looks_like_qif;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Spreadsheet,
    Pdf,
    Ofx,
    Qif,
    Image,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Spreadsheet => "spreadsheet",
            Kind::Pdf => "pdf",
            Kind::Ofx => "ofx",
            Kind::Qif => "qif",
            Kind::Image => "image",
        }
    }

    pub fn parse(raw: &str) -> Option<Kind> {
        Some(match raw.trim().to_ascii_lowercase().as_str() {
            "text" => Kind::Text,
            "spreadsheet" | "csv" => Kind::Spreadsheet,
            "pdf" => Kind::Pdf,
            "ofx" | "qfx" => Kind::Ofx,
            "qif" => Kind::Qif,
            "image" => Kind::Image,
            _ => return None,
        })
    }
}

/// Decides the kind of a file. Magic bytes win over the extension.
pub fn detect(bytes: &[u8], file_name: Option<&str>) -> Kind {
    let ext = file_name.and_then(|n| n.rsplit_once('.')).map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    if bytes.starts_with(b"%PDF") {
        return Kind::Pdf;
    }
    if bytes.starts_with(&[0x89, b'P', b'N', b'G']) || bytes.starts_with(&[0xFF, 0xD8, 0xFF]) || (bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP")
        || bytes.starts_with(b"GIF8") || bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*")
    {
        return Kind::Image;
    }
    if looks_like_ofx(bytes) {
        return Kind::Ofx;
    }
    if looks_like_qif(bytes) {
        return Kind::Qif;
    }
    match ext.as_str() {
        "pdf" => Kind::Pdf,
        "ofx" | "qfx" => Kind::Ofx,
        "qif" => Kind::Qif,
        "png" | "jpg" | "jpeg" | "webp" | "tif" | "tiff" | "heic" => Kind::Image,
        "txt" | "text" => Kind::Text,
        _ => Kind::Spreadsheet,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_before_names() {
        assert_eq!(detect(b"%PDF-1.4", Some("x.csv")), Kind::Pdf);
        assert_eq!(detect(b"OFXHEADER:100", None), Kind::Ofx);
        assert_eq!(detect(b"!Type:Bank\n", None), Kind::Qif);
        assert_eq!(detect(&[0x89, b'P', b'N', b'G', 0, 0], None), Kind::Image);
        assert_eq!(detect(b"date,amount", Some("x.csv")), Kind::Spreadsheet);
        assert_eq!(detect(b"", Some("a.QIF")), Kind::Qif);
    }
}
