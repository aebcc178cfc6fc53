import Foundation

/// How the tests compare our text with the seed's: the seed is a text extracted from a PDF,
/// with words cut at line ends and typographic apostrophes. Linked into the model's and the
/// views' test targets (each target compiles its own copy of this one file).
enum SeedFolding {
    /// Lowercase, one apostrophe, no hyphen and no white space: "gou-\nvernement", "co-création"
    /// and "l’ébauche" then match "gouvernement", "co création" and "l'ébauche".
    static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            switch scalar {
            case "\u{2019}", "\u{2018}", "\u{02BC}": scalars.append("'")
            case "-", "\u{2010}", "\u{2011}", "\u{00AD}": continue
            default:
                if scalar.properties.isWhitespace { continue }
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
