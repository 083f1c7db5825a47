import Foundation
import OKLACore

/// What an import did. Invalid rows are reported and skipped; valid rows still import, and
/// importing the same file again reports everything `unchanged`.
public struct ImportReport: Codable, Sendable, Equatable {
    public var dealersSaved: Int = 0
    public var inserted: Int = 0
    public var updated: Int = 0
    public var unchanged: Int = 0
    public var issues: [ImportIssue] = []
    /// Things that did not block the import, such as opening hours that could not be read.
    public var warnings: [String] = []

    public init() {}
}

/// Imports inventory files (JSON list, `{dealers, vehicles}` JSON, or CSV with a header row)
/// into any store.
public struct InventoryImporter: Sendable {
    public let store: any ChatStore

    public init(store: any ChatStore) {
        self.store = store
    }

    public enum Format: Sendable { case json, csv }

    public func importFile(at url: URL, dealerId: String? = nil) async throws -> ImportReport {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw OKLAError(.notFound, "No se pudo leer el archivo \(url.path)")
        }
        let format: Format = url.pathExtension.lowercased() == "csv" ? .csv : .json
        return try await importData(data, format: format, dealerId: dealerId)
    }

    /// - Parameter dealerId: when set (a dealer's own upload), every row must belong to this dealer.
    public func importData(_ data: Data, format: Format, dealerId: String? = nil) async throws -> ImportReport {
        var report = ImportReport()
        let (dealerRecords, vehicleRecords) = try records(data, format: format)
        for (index, record) in dealerRecords.enumerated() {
            switch DealerRecordParser.parse(record, row: index + 1) {
            case .success(let dealer):
                if let only = dealerId, dealer.dealerId != only {
                    report.issues.append(ImportIssue(row: index + 1, vehicleId: nil, field: "dealerId", message: "no puede importar otro dealer"))
                    continue
                }
                _ = try await store.saveDealer(dealer)
                report.dealersSaved += 1
                if let unparsed = dealer.schedule?.unparsed, !unparsed.isEmpty {
                    report.warnings.append("Horario de \(dealer.dealerId) no entendido: \(unparsed.joined(separator: "; "))")
                }
            case .failure(let list):
                report.issues += list.issues
            }
        }
        var knownDealers: [String: Bool] = [:]
        for (index, record) in vehicleRecords.enumerated() {
            switch VehicleRecordParser.parse(record, row: index + 1, dealerId: dealerId) {
            case .success(let vehicle):
                if knownDealers[vehicle.dealerId] == nil {
                    knownDealers[vehicle.dealerId] = try await store.dealer(id: vehicle.dealerId) != nil
                }
                guard knownDealers[vehicle.dealerId] == true else {
                    report.issues.append(ImportIssue(row: index + 1, vehicleId: vehicle.vehicleId, field: "dealerId", message: "dealer desconocido: \(vehicle.dealerId)"))
                    continue
                }
                do {
                    switch try await store.saveVehicle(vehicle) {
                    case .inserted: report.inserted += 1
                    case .updated: report.updated += 1
                    case .unchanged: report.unchanged += 1
                    }
                } catch let error as OKLAError where error.code == .conflict {
                    report.issues.append(ImportIssue(row: index + 1, vehicleId: vehicle.vehicleId, field: "vehicleId", message: error.message))
                }
            case .failure(let list):
                report.issues += list.issues
            }
        }
        return report
    }

    private func records(_ data: Data, format: Format) throws -> ([[String: Any]], [[String: Any]]) {
        switch format {
        case .csv:
            guard let text = String(data: data, encoding: .utf8) else {
                throw OKLAError(.validation, "El archivo CSV debe estar en UTF-8")
            }
            let rows = CSVReader.records(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
            guard let header = rows.first?.map({ $0.trimmingCharacters(in: .whitespaces) }) else { return ([], []) }
            let vehicles = rows.dropFirst().map { row -> [String: Any] in
                var record: [String: Any] = [:]
                for (name, value) in zip(header, row) { record[name] = value }
                return record
            }
            return ([], vehicles)
        case .json:
            let object: Any
            do { object = try JSONSerialization.jsonObject(with: data) } catch {
                throw OKLAError(.validation, "El archivo no es JSON válido: \(error.localizedDescription)")
            }
            if let list = object as? [Any] {
                return ([], list.map { $0 as? [String: Any] ?? [:] })
            }
            if let root = object as? [String: Any] {
                let dealers = (root["dealers"] as? [Any] ?? []).map { $0 as? [String: Any] ?? [:] }
                let vehicles = (root["vehicles"] as? [Any] ?? []).map { $0 as? [String: Any] ?? [:] }
                return (dealers, vehicles)
            }
            throw OKLAError(.validation, "El JSON debe ser una lista de vehículos o {\"dealers\": [...], \"vehicles\": [...]}")
        }
    }
}
