/// Why a message was taken for a prompt-injection attempt; the raw values appear in
/// `InjectionVerdict.reasons` and in logs.
enum InjectionReason: String, Sendable {
    case instructionOverride = "instruction_override"
    case roleChange = "role_change"
    case promptExtraction = "prompt_extraction"
    case fakeSystemMessage = "fake_system_message"
    case encodedInstruction = "encoded_instruction"
    case priceManipulation = "price_manipulation"
    case dataExfiltration = "data_exfiltration"
}
