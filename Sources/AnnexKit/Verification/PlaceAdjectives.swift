/// Adjectives of a place whose stem is no part of the place's name ('Spaanse' of 'Spanje', 'Haagse' of 'Den Haag'). A
/// regular one names the place by its stem ('Duitse', 'Belgische', 'Utrechtse': `ContrastedGroups.related`); these
/// are the exceptions, each written with its ending '-e' and looked up with or without it ('Spaans', 'Spaanse').
enum PlaceAdjectives {
    /// The word of the place an irregular adjective of place names, else the word itself.
    static func place(of word: String) -> String {
        irregular[word] ?? irregular[word + adjectiveEnding] ?? word
    }

    /// The ending of an adjective before a noun with an article ('het Spaanse aandeel').
    private static let adjectiveEnding = "e"

    /// Irregular adjectives of countries, parts of the country and cities, and the word of the place each names.
    private static let irregular: [String: String] = [
        "spaanse": "spanje", "italiaanse": "italië", "poolse": "polen", "zweedse": "zweden", "deense": "denemarken",
        "hongaarse": "hongarije", "finse": "finland", "ierse": "ierland", "britse": "brittannië",
        "portugese": "portugal", "russische": "rusland", "marokkaanse": "marokko", "surinaamse": "suriname",
        "chinese": "china", "europese": "europa", "oekraïense": "oekraïne", "syrische": "syrië", "haagse": "haag",
        "zeeuwse": "zeeland", "bossche": "bosch",
    ]
}
