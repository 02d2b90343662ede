import Foundation

/// An invented parent: a full name as the court writes it, with language and interpreter need.
struct DemoPerson {
    var name: String
    var preferredName: String?
    var language: String
    var interpreterNeeded: Bool
    var community: Int
    var female: Bool
    /// The family name in the script used, so a co-parent can share it.
    var familyName: String
    var usesNativeScript: Bool
}

enum DemoPeople {
    static func community(_ rng: inout DemoRandom) -> Int {
        rng.weighted(DemoCommunity.all.indices.map { ($0, DemoCommunity.all[$0].weight) })
    }

    /// A parent from community `index`. `sharedFamily` is the other parent's family name, which a
    /// co-parent in the same Western-named community sometimes shares.
    static func parent(female: Bool, community index: Int, sharedFamily: String? = nil,
                       _ rng: inout DemoRandom) -> DemoPerson {
        let c = DemoCommunity.all[index]
        let language = rng.weighted(c.languages)
        let interpreter = language != "English" && rng.chance(c.interpreter)
        let native = language != "English" && rng.chance(c.nativeScript)
        func script(_ n: DemoName) -> String { native ? (n.native ?? n.latin) : n.latin }
        let given = rng.pick(female ? c.female : c.male)
        let surname = rng.pick(c.surnames)
        var family = script(female ? surname.female : surname.male)
        var name: String
        var preferred: String? = nil

        switch c.style {
        case .western, .slavic:
            if let shared = sharedFamily, c.style == .western, rng.chance(0.35) { family = shared }
            name = "\(script(given)) \(family)"
        case .hispanic:
            let second = rng.pick(c.surnames).male.latin
            name = rng.chance(0.4) && second != family ? "\(given.latin) \(family) \(second)" : "\(given.latin) \(family)"
        case .vietnamese:
            let middle = female ? rng.weighted([("Thị", 80), ("Ngọc", 8), ("Thu", 6), ("Kim", 6)])
                                : rng.weighted([("Văn", 60), ("Đức", 12), ("Minh", 10), ("Quốc", 10), ("Hữu", 8)])
            if language == "English" && rng.chance(0.5) {
                // Written the American way, without tones.
                family = asciiFolded(family)
                name = "\(asciiFolded(given.latin)) \(family)"
            } else {
                name = "\(family) \(middle) \(given.latin)"
                if rng.chance(0.25) { preferred = given.latin }
            }
        case .somali:
            var grandfather = rng.pick(c.surnames).male.latin
            while grandfather == family { grandfather = rng.pick(c.surnames).male.latin }
            name = "\(given.latin) \(family) \(grandfather)"
        case .ethiopian:
            name = "\(script(given)) \(family)"
        case .eastAsian:
            name = "\(family)\(given.latin)"
            if rng.chance(0.4) { preferred = rng.pick(female ? DemoCommunity.englishNames.female : DemoCommunity.englishNames.male) }
        }
        if preferred == nil, let nick = DemoCommunity.nicknames[given.latin], rng.chance(0.45) {
            preferred = native ? nil : nick
        }
        return DemoPerson(name: name, preferredName: preferred, language: language,
                          interpreterNeeded: interpreter, community: index, female: female,
                          familyName: family, usesNativeScript: native)
    }

    /// A child as the program records one: first name only, or initials.
    static func child(community index: Int, nativeScript: Bool, familyName: String,
                      _ rng: inout DemoRandom) -> String {
        let c = DemoCommunity.all[index]
        let given = rng.pick(c.children)
        let name = nativeScript ? (given.native ?? given.latin) : given.latin
        if c.style != .eastAsian && !nativeScript && rng.chance(0.3) {
            return "\(initial(name)).\(initial(familyName))."
        }
        return name
    }

    static func initial(_ text: String) -> String {
        String(asciiFolded(String(text.prefix(1))).prefix(1)).uppercased()
    }

    /// Letters without their accents and tone marks ("Nguyễn" -> "Nguyen"); Đ is its own letter.
    static func asciiFolded(_ text: String) -> String {
        let replaced = text.replacingOccurrences(of: "Đ", with: "D").replacingOccurrences(of: "đ", with: "d")
        let scalars = replaced.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            $0.properties.generalCategory != .nonspacingMark
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
