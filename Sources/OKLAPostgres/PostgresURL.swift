import Foundation
import OKLACore
import PostgresNIO

/// Reads `OKLA_DATABASE_URL`: `postgres://user:password@host:port/database?sslmode=disable|prefer|require`.
/// Defaults: port 5432, database = user, sslmode `prefer`.
public enum PostgresURL {
    public static func configuration(_ url: String) throws -> PostgresClient.Configuration {
        guard let components = URLComponents(string: url),
              let scheme = components.scheme, ["postgres", "postgresql"].contains(scheme),
              let host = components.host, !host.isEmpty
        else {
            throw OKLAError(.validation, "OKLA_DATABASE_URL no es una URL postgres:// válida")
        }
        let user = components.user.flatMap { $0.removingPercentEncoding } ?? "postgres"
        let password = components.password.flatMap { $0.removingPercentEncoding }
        let database = components.path.count > 1 ? String(components.path.dropFirst()) : user
        let sslMode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        let tls: PostgresClient.Configuration.TLS
        switch sslMode {
        case "disable": tls = .disable
        case "require", "verify-ca", "verify-full": tls = .require(.makeClientConfiguration())
        default: tls = .prefer(.makeClientConfiguration())
        }
        return PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: user, password: password, database: database, tls: tls)
    }
}
