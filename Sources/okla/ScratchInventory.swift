import ArgumentParser
import Foundation
import OKLAServer
import OKLAStore

/// The store the evaluations run on: a throwaway SQLite file holding the demo inventory, or
/// the file given with --inventory, so nothing they do reaches a real store.
struct ScratchInventory: ParsableArguments {
    @Option(help: "Inventory (JSON or CSV, as `okla inventory import` reads) instead of the demo dealers.") var inventory: String?

    func validate() throws {
        if let inventory, !FileManager.default.fileExists(atPath: inventory) { throw ValidationError("No such file: \(inventory)") }
    }

    func withStore<T>(_ body: (any ChatStore) async throws -> T) async throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("okla-scratch-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var configuration = AppConfiguration()
        configuration.dataDirectory = folder
        let store = try StoreBackend.make(configuration).store
        if let inventory {
            _ = try await InventoryImporter(store: store).importFile(at: URL(fileURLWithPath: inventory))
        } else {
            _ = try await DemoInventory.load(into: store)
        }
        return try await body(store)
    }
}
