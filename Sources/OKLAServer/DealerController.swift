import Foundation
import Hummingbird
import OKLACore
import OKLAEngine
import OKLAStore

/// The authenticated dealer API under /api/dealers: inventory, conversations, leads, handoff.
struct DealerController<Context: RequestContext> {
    let engine: ChatEngine
    let adminKey: String?
    var store: any ChatStore { engine.store }

    struct CreatedDealer: Encodable, Sendable {
        var dealer: Dealer
        /// Shown once; only its hash is stored.
        var apiKey: String
    }

    struct AgentMessage: Decodable { var text: String }

    func addRoutes(to group: RouterGroup<Context>) {
        group.post("") { request, _ in
            try await caller(request).requireAdmin()
            let dealer = try DealerRecordParser.parse(try await request.jsonObject(), row: 1).mapError(\.validationError).get()
            guard try await store.dealer(id: dealer.dealerId) == nil else {
                throw OKLAError(.conflict, "El dealer \(dealer.dealerId) ya existe")
            }
            _ = try await store.saveDealer(dealer)
            let key = DealerKey.generate()
            try await store.addDealerKey(dealerId: dealer.dealerId, keyHash: DealerKey.hash(key))
            return JSONBody(CreatedDealer(dealer: dealer, apiKey: key), status: .created)
        }
        group.put(":dealerId") { request, context in
            let dealerId = try await authorized(request, context)
            var record = try await request.jsonObject()
            if let given = record["dealerId"] as? String, given != dealerId {
                throw OKLAError(.validation, "dealerId del cuerpo no coincide con la ruta")
            }
            record["dealerId"] = dealerId
            let dealer = try DealerRecordParser.parse(record, row: 1).mapError(\.validationError).get()
            _ = try await store.saveDealer(dealer)
            return JSONBody(dealer)
        }
        group.get(":dealerId") { request, context in
            let id = try await authorized(request, context)
            guard let dealer = try await store.dealer(id: id) else { throw OKLAError(.notFound, "El dealer no existe") }
            return JSONBody(dealer)
        }
        group.get(":dealerId/vehicles") { request, context in
            JSONBody(try await store.vehicles(dealerId: try await authorized(request, context)))
        }
        group.get(":dealerId/vehicles/:vehicleId") { request, context in
            JSONBody(try await ownedVehicle(try await authorized(request, context), context))
        }
        group.post(":dealerId/vehicles") { request, context in
            let dealerId = try await authorized(request, context)
            let vehicle = try VehicleRecordParser.parse(try await request.jsonObject(), row: nil, dealerId: dealerId).mapError(\.validationError).get()
            if let existing = try await store.vehicle(id: vehicle.vehicleId) {
                throw OKLAError(.conflict, existing.dealerId == dealerId
                    ? "El vehículo \(vehicle.vehicleId) ya existe; usa PUT para actualizarlo"
                    : "El id \(vehicle.vehicleId) ya está en uso")
            }
            _ = try await store.saveVehicle(vehicle)
            return JSONBody(vehicle, status: .created)
        }
        group.put(":dealerId/vehicles/:vehicleId") { request, context in
            let dealerId = try await authorized(request, context)
            _ = try await ownedVehicle(dealerId, context)
            var record = try await request.jsonObject()
            let vehicleId = try context.parameters.require("vehicleId")
            if let given = record["vehicleId"] as? String, given != vehicleId {
                throw OKLAError(.validation, "vehicleId del cuerpo no coincide con la ruta")
            }
            record["vehicleId"] = vehicleId
            let vehicle = try VehicleRecordParser.parse(record, row: nil, dealerId: dealerId).mapError(\.validationError).get()
            _ = try await store.saveVehicle(vehicle)
            return JSONBody(vehicle)
        }
        group.post(":dealerId/vehicles/:vehicleId/sold") { request, context in
            var vehicle = try await ownedVehicle(try await authorized(request, context), context)
            vehicle.status = .sold
            _ = try await store.saveVehicle(vehicle)
            return JSONBody(vehicle)
        }
        group.delete(":dealerId/vehicles/:vehicleId") { request, context in
            let dealerId = try await authorized(request, context)
            guard try await store.deleteVehicle(id: try context.parameters.require("vehicleId"), dealerId: dealerId) else {
                throw OKLAError(.notFound, "El vehículo no existe")
            }
            return Response(status: .noContent)
        }
        group.post(":dealerId/inventory/import") { request, context in
            let dealerId = try await authorized(request, context)
            let isCSV = request.uri.queryParameters.get("format") == "csv"
                || (request.headers[.contentType]?.contains("csv") ?? false)
            let buffer = try await request.body.collect(upTo: 20 * 1024 * 1024)
            let report = try await InventoryImporter(store: store).importData(
                Data(buffer.readableBytesView), format: isCSV ? .csv : .json, dealerId: dealerId)
            return JSONBody(report)
        }
        group.get(":dealerId/sessions") { request, context in
            JSONBody(try await store.sessions(dealerId: try await authorized(request, context)))
        }
        group.get(":dealerId/sessions/:token") { request, context in
            let dealerId = try await authorized(request, context)
            let token = try context.parameters.require("token")
            _ = try await engine.ownedSession(token: token, dealerId: dealerId)
            return JSONBody(try await engine.transcript(token: token))
        }
        group.get(":dealerId/sessions/:token/audit") { request, context in
            let dealerId = try await authorized(request, context)
            let token = try context.parameters.require("token")
            _ = try await engine.ownedSession(token: token, dealerId: dealerId)
            return JSONBody(try await store.auditEntries(sessionToken: token))
        }
        group.post(":dealerId/sessions/:token/messages") { request, context in
            let dealerId = try await authorized(request, context)
            let body = try await request.json(AgentMessage.self)
            return JSONBody(try await engine.agentReply(token: try context.parameters.require("token"), dealerId: dealerId, text: body.text), status: .created)
        }
        group.post(":dealerId/sessions/:token/return") { request, context in
            let dealerId = try await authorized(request, context)
            return JSONBody(try await engine.handBack(token: try context.parameters.require("token"), dealerId: dealerId))
        }
        group.get(":dealerId/leads") { request, context in
            JSONBody(try await store.leads(dealerId: try await authorized(request, context)))
        }
        group.get(":dealerId/appointments") { request, context in
            JSONBody(try await store.appointments(dealerId: try await authorized(request, context)))
        }
        group.get(":dealerId/briefings/:briefingId") { request, context in
            let dealerId = try await authorized(request, context)
            guard let briefing = try await store.briefing(id: try context.parameters.require("briefingId")), briefing.dealerId == dealerId else {
                throw OKLAError(.notFound, "El resumen no existe")
            }
            return JSONBody(briefing)
        }
    }

    private func caller(_ request: Request) async throws -> Caller {
        try await Caller.authenticate(request, store: store, adminKey: adminKey)
    }

    /// The path's dealer, once the caller is known to act for it.
    private func authorized(_ request: Request, _ context: Context) async throws -> String {
        let dealerId = try context.parameters.require("dealerId")
        try await caller(request).mayAct(for: dealerId)
        guard try await store.dealer(id: dealerId) != nil else { throw OKLAError(.notFound, "El dealer \(dealerId) no existe") }
        return dealerId
    }

    /// Another dealer's vehicle reads as missing: ids of other tenants are not confirmed.
    private func ownedVehicle(_ dealerId: String, _ context: Context) async throws -> Vehicle {
        guard let v = try await store.vehicle(id: try context.parameters.require("vehicleId")), v.dealerId == dealerId else {
            throw OKLAError(.notFound, "El vehículo no existe")
        }
        return v
    }
}
