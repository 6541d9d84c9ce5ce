extension Unicode.Scalar {
    /// `properties.isAlphabetic`, told of ASCII (whose letters are its only alphabetic scalars) without looking up
    /// the scalar's properties: the tokenizer and the region names ask it of nearly every scalar of a text.
    var isAlphabetic: Bool {
        isASCII ? ("a"..."z").contains(self) || ("A"..."Z").contains(self) : properties.isAlphabetic
    }

    /// `properties.isWhitespace`, told of ASCII (tab to carriage return, and the space) without looking it up.
    var isWhitespace: Bool {
        isASCII ? self == " " || ("\t"..."\r").contains(self) : properties.isWhitespace
    }
}
