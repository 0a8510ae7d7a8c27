/// Conversions from the text of a JSON number, as the scanner checked it, to Swift numbers.
enum NumberText {
    /// Powers of ten that `Double` holds exactly.
    private static let exactPowersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { power, _ in power * 10 }
    }

    /// Returns the integer an integer's text spells, or `nil` when it does not fit in `Integer`.
    static func integer<Integer: FixedWidthInteger>(
        _ text: UnsafeBufferPointer<UInt8>,
        as type: Integer.Type
    ) -> Integer? {
        let isNegative = text.first == UInt8(ascii: "-")
        var magnitude: UInt64 = 0
        for byte in text.dropFirst(isNegative ? 1 : 0) {
            let (product, productOverflow) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, sumOverflow) = product.addingReportingOverflow(UInt64(byte &- UInt8(ascii: "0")))
            guard !productOverflow, !sumOverflow else { return nil }
            magnitude = sum
        }

        guard isNegative else { return Integer(exactly: magnitude) }
        if magnitude <= UInt64(Int64.max) {
            return Integer(exactly: -Int64(magnitude))
        }
        return magnitude == UInt64(Int64.max) + 1 ? Integer(exactly: Int64.min) : nil
    }

    /// Returns the nearest `Double` to a number's text, or `nil` when it is beyond `Double`'s range.
    ///
    /// Up to 15 significant digits with a small exponent are converted exactly with one multiplication or
    /// division (both operands are exact, so the result is correctly rounded); anything else goes through the
    /// standard library's correctly rounded parser.
    static func double(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        if let value = fastDouble(text) {
            return value
        }
        guard let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }

    /// Converts short numbers exactly, or returns `nil` when the text needs the general parser.
    private static func fastDouble(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        var position = 0
        let isNegative = text.first == UInt8(ascii: "-")
        if isNegative {
            position += 1
        }

        // Collect up to 15 significant digits, before and after the decimal point.
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        var seenPoint = false
        while position < text.count {
            let byte = text[position]
            if byte == UInt8(ascii: ".") {
                seenPoint = true
            } else if byte &- UInt8(ascii: "0") < 10 {
                guard digits < 15 else { return nil }
                mantissa = mantissa * 10 + UInt64(byte &- UInt8(ascii: "0"))
                digits += mantissa == 0 ? 0 : 1
                exponent -= seenPoint ? 1 : 0
            } else {
                break
            }
            position += 1
        }

        // An explicit exponent, if any, of at most three digits.
        if position < text.count {
            guard let written = smallExponent(text, from: position + 1) else { return nil }
            exponent += written
        }

        guard abs(exponent) <= 22 else { return nil }
        let magnitude = Double(mantissa)
        let value = exponent < 0 ? magnitude / exactPowersOfTen[-exponent] : magnitude * exactPowersOfTen[exponent]
        return isNegative ? -value : value
    }

    /// Reads a signed exponent of at most three digits starting at `position`.
    private static func smallExponent(_ text: UnsafeBufferPointer<UInt8>, from position: Int) -> Int? {
        var position = position
        var sign = 1
        if position < text.count, text[position] == UInt8(ascii: "-") || text[position] == UInt8(ascii: "+") {
            sign = text[position] == UInt8(ascii: "-") ? -1 : 1
            position += 1
        }

        guard text.count - position <= 3 else { return nil }
        var value = 0
        while position < text.count {
            value = value * 10 + Int(text[position] &- UInt8(ascii: "0"))
            position += 1
        }
        return sign * value
    }
}
