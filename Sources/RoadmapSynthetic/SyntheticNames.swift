import RoadmapModel

/// Long activity names in several scripts, for the shape of roadmap real people write: French
/// with its accents and typographic spaces, names that carry a CJK translation, emoji that
/// terminals draw two columns wide (a flag is two regional indicators; a ZWJ family is several
/// emoji joined into one), and letters built from a base and a combining accent (NFD). They
/// exercise width measurement, truncation, wrapping, search folding and every export's escaping.
enum SyntheticNames {
    static let cjk = ["数字政府路线图", "クラウド基盤", "개방형 데이터", "公共服务设计", "数据交换中心"]
    /// Flags, a ZWJ family of four, a profession with skin tone, a keycap, a plain emoji.
    static let emoji = ["🇨🇦", "🇫🇷", "👩‍👩‍👧‍👦", "👩🏽‍💻", "1️⃣", "🚀"]
    /// "é" and "è" written as e + combining accent.
    static let decomposed = ["De\u{301}marche re\u{301}gionale", "Proce\u{300}s fe\u{301}de\u{301}ral"]
    static let frenchTails = ["pour l’ensemble des administrations publiques canadiennes, à l’échelle nationale",
                              "avec les provinces, les territoires et les municipalités « partenaires »",
                              "et l’harmonisation des cadres stratégiques, législatifs et réglementaires"]
    static let englishTails = ["for every public administration in Canada, at the national scale",
                               "with the provinces, territories and municipalities as “partners”",
                               "and the alignment of the policy, legislative and regulatory frameworks"]

    static func long(verb: Int, topic: Int, number: Int, random: inout SplitMix64) -> LocalizedText {
        let tail = random.next(below: frenchTails.count)
        let script = cjk[random.next(below: cjk.count)]
        let mark = emoji[random.next(below: emoji.count)]
        let accent = decomposed[random.next(below: decomposed.count)]
        let fr = "\(mark) \(SyntheticRoadmap.frenchVerbs[verb]) \(SyntheticRoadmap.frenchTopics[topic]) \(frenchTails[tail]) — \(script) — \(accent) (\(number))"
        let en = "\(mark) \(SyntheticRoadmap.englishVerbs[verb]) \(SyntheticRoadmap.englishTopics[topic]) \(englishTails[tail]) — \(script) — \(accent) (\(number))"
        return LocalizedText(fr: fr, en: en)
    }
}
