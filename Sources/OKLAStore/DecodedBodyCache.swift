import Foundation
import OKLACore
import Synchronization

/// Record bodies that repeat across turns (the same listings, the same dealer) decode once.
/// Keyed by the stored text itself, so a changed record is simply a new entry.
public final class DecodedBodyCache<Value: Decodable & Sendable>: Sendable {
    private let entries = Mutex<[Body: Value]>([:])
    private let capacity: Int

    /// - Parameter capacity: entries kept before the cache starts over. Default 4,096.
    public init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    public func decode(_ body: String) throws -> Value {
        if let hit = entries.withLock({ $0[Body(text: body)] }) { return hit }
        let value = try StoreCoding.decode(Value.self, from: body)
        remember(body, as: value)
        return value
    }

    /// A body just written: reading it back needs no decoding.
    public func remember(_ body: String, as value: Value) {
        entries.withLock { cache in
            if cache.count >= capacity { cache.removeAll(keepingCapacity: true) }
            cache[Body(text: body)] = value
        }
    }

    /// A body compared and hashed by its UTF-8 bytes. `String`'s own hashing and equality
    /// normalize Unicode first, which for a few kilobytes of Spanish text cost more than the
    /// lookup saved.
    struct Body: Hashable, Sendable {
        var text: String

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }

        static func == (a: Body, b: Body) -> Bool {
            var (left, right) = (a.text, b.text)
            return left.withUTF8 { l in
                right.withUTF8 { r in l.count == r.count && (l.isEmpty || memcmp(l.baseAddress!, r.baseAddress!, l.count) == 0) }
            }
        }
    }
}

extension StoreCoding {
    public static let vehicles = DecodedBodyCache<Vehicle>()
    public static let dealers = DecodedBodyCache<Dealer>(capacity: 1024)
    /// A session is read at the start of each turn in the form the previous turn wrote it.
    public static let sessions = DecodedBodyCache<ChatSession>()

    /// Decodes a stored body, through the cache for the record kinds that repeat.
    public static func decodeBody<T: Decodable & Sendable>(_ type: T.Type, from body: String) throws -> T {
        if T.self == Vehicle.self, let v = try vehicles.decode(body) as? T { return v }
        if T.self == Dealer.self, let d = try dealers.decode(body) as? T { return d }
        return try decode(type, from: body)
    }
}
