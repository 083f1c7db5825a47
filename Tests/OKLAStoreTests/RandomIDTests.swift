import Foundation
import OKLACore
import OKLAStore
import Testing

@Suite("Random identifiers")
struct RandomIDTests {
    @Test("ids are distinct version 4 UUIDs in lowercase")
    func uuids() throws {
        let ids = (0..<2000).map { _ in RandomID.uuid() }
        #expect(Set(ids).count == ids.count)
        for id in ids.prefix(200) {
            let parsed = try #require(UUID(uuidString: id))
            #expect(parsed.uuidString.lowercased() == id)
            let bytes = withUnsafeBytes(of: parsed.uuid) { Array($0) }
            #expect(bytes[6] >> 4 == 4)
            #expect(bytes[8] >> 6 == 0b10)
        }
    }

    @Test("bytes are written as two lowercase hexadecimal digits each")
    func hexadecimal() {
        #expect([0x00, 0x0F, 0xAB, 0xFF].hexadecimal == "000fabff")
        #expect(DealerKey.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let token = RandomID.hexadecimal(count: 16)
        #expect(token.count == 32 && token.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(DealerKey.generate().hasPrefix("okla_dk_") && DealerKey.generate().count == 8 + 48)
    }
}
