import Foundation
import OKLACore
import PostgresNIO

/// Reads `OKLA_DATABASE_URL`: `postgres://user:password@host:port/database?sslmode=disable|prefer|require`.
/// A Unix socket folder goes in `?host=/path` (libpq's form). Defaults: port 5432, database = user,
/// sslmode `prefer`.
public enum PostgresURL {
    public static func configuration(_ url: String) throws -> PostgresClient.Configuration {
        guard let components = URLComponents(string: url),
              let scheme = components.scheme, ["postgres", "postgresql"].contains(scheme)
        else {
            throw OKLAError(.validation, "OKLA_DATABASE_URL no es una URL postgres:// válida")
        }
        let socketFolder = components.queryItems?.first { $0.name == "host" }?.value
        guard let host = components.host.flatMap({ $0.isEmpty ? nil : $0 }) ?? socketFolder else {
            throw OKLAError(.validation, "OKLA_DATABASE_URL no indica el servidor")
        }
        let user = components.user.flatMap { $0.removingPercentEncoding } ?? "postgres"
        let password = components.password.flatMap { $0.removingPercentEncoding }.flatMap { $0.isEmpty ? nil : $0 }
        let database = components.path.count > 1 ? String(components.path.dropFirst()) : user
        let sslMode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        let tls: PostgresClient.Configuration.TLS
        switch sslMode {
        case "disable": tls = .disable
        case "require", "verify-ca", "verify-full": tls = .require(.makeClientConfiguration())
        default: tls = .prefer(.makeClientConfiguration())
        }
        if host.hasPrefix("/") {
            return PostgresClient.Configuration(
                unixSocketPath: "\(host)/.s.PGSQL.\(components.port ?? 5432)", username: user, password: password, database: database)
        }
        return PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: user, password: password, database: database, tls: tls)
    }
}
