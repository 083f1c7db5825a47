import OKLASafety
import Testing

@Suite("Safety replies")
struct SafetyRepliesTests {
    @Test("the PII warning names what was removed")
    func namesRemovedData() {
        let findings = PIIRedactor().redact("cédula 001-1391820-5 y tarjeta 4111111111111111").findings
        let reply = SafetyReplies.piiWarning(for: findings)
        #expect(reply.hasPrefix("Por tu seguridad, quité tu cédula y los datos de tu tarjeta de la conversación"))
    }

    @Test("the generic PII warning asks not to share cédulas or cards")
    func genericWarning() {
        #expect(SafetyReplies.piiWarning.hasPrefix("Por tu seguridad, no compartas tu cédula ni datos de tarjetas"))
        #expect(SafetyReplies.piiWarning(for: []) == SafetyReplies.piiWarning)
    }

    @Test("the injection reply stays in role and offers help with vehicles")
    func injectionReplyOffersHelp() {
        #expect(SafetyReplies.injection.contains("vehículos"))
        #expect(!SafetyReplies.injection.lowercased().contains("prompt"))
    }

    @Test("only rude and abusive messages get a moderation reply")
    func moderationReplies() {
        #expect(SafetyReplies.moderation(.clean) == nil)
        #expect(SafetyReplies.moderation(.rude)?.hasPrefix("Entiendo la frustración") == true)
        #expect(SafetyReplies.moderation(.abusive)?.contains("respeto") == true)
    }
}
