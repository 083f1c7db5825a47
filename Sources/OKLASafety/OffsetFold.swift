/// A message folded to lowercase ASCII (see `ScalarFolding`) that remembers where each
/// folded byte came from, so findings made on the folded text can be cut out of the
/// original one.
struct OffsetFold {
    let bytes: [UInt8]
    /// UTF-8 offset in the original of the scalar behind each folded byte, plus one final
    /// entry holding the original's UTF-8 length.
    let offsets: [Int]

    init(_ text: String) {
        var bytes: [UInt8] = []
        var offsets: [Int] = []
        bytes.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            switch ScalarFolding.fold(scalar) {
            case .byte(let byte, _):
                bytes.append(byte)
                offsets.append(offset)
            case .space:
                bytes.append(UInt8(ascii: " "))
                offsets.append(offset)
            case .drop:
                break
            }
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.bytes = bytes
        self.offsets = offsets
    }

    /// The original UTF-8 offsets covered by folded bytes `range`.
    func originalOffsets(_ range: Range<Int>) -> Range<Int> {
        offsets[range.lowerBound]..<(range.upperBound < offsets.count - 1 ? offsets[range.upperBound] : offsets[offsets.count - 1])
    }
}
