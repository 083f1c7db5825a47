import Foundation
import Hummingbird
import OKLACore
import OKLAEngine

/// Routes outside the chat and dealer APIs: understanding, metrics and the demo chat page.
struct SystemController<Context: RequestContext> {
    let understanding: any LanguageUnderstanding

    struct ParseRequest: Decodable { var text: String }

    func addRoutes(to router: Router<Context>) {
        router.post("/api/nlu/parse") { request, _ in
            let body = try await request.json(ParseRequest.self)
            guard body.text.count <= 2000 else { throw OKLAError(.validation, "El texto es muy largo (máximo 2000 caracteres)") }
            return JSONBody(understanding.understand(body.text).result)
        }
        router.get("/metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                body: .init(byteBuffer: ByteBuffer(string: Telemetry.exposition())))
        }
        router.get("/") { _, _ in try Self.resource("chat.html", type: "text/html; charset=utf-8") }
        router.get("/openapi.yaml") { _, _ in try Self.resource("openapi.yaml", type: "application/yaml; charset=utf-8") }
    }

    /// A file shipped in the target's Resources folder.
    static func resource(_ name: String, type: String) throws -> Response {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources"),
              let data = try? Data(contentsOf: url)
        else { throw OKLAError(.notFound, "\(name) no está instalado") }
        return Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
