import Foundation
import OKLACore
import OKLANLU

/// One parser for the whole suite: building it reads the bundled model.
enum Fixtures {
    static let parser: NLUParser = {
        do {
            return try NLUParser()
        } catch {
            fatalError("the bundled intent model does not load: \(error)")
        }
    }()

    /// `Data/nlu/` at the package root.
    static let dataDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data/nlu")

    static func entities(_ text: String) -> Entities {
        parser.parse(text).entities
    }
}
