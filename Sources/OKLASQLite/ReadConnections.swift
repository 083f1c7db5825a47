import GRDB
import Synchronization

/// Read-only connections for reads that run on the calling thread. They are kept apart from
/// the pool's readers on purpose: an asynchronous read can hold a pool reader until its task
/// resumes on a thread that is itself blocked waiting for a pool reader (a deadlock seen with
/// gdb). These are only ever used synchronously and released at once, so a caller waits for
/// no one; there are as many as threads that read at the same moment.
/// Reads run without a transaction: each is one statement, which SQLite reads from one
/// snapshot anyway, and BEGIN and COMMIT would be two more statements parsed for every read.
final class ReadConnections: Sendable {
    private let path: String
    private let idle = Mutex<[DatabaseQueue]>([])

    init(path: String) {
        self.path = path
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        let connection = try idle.withLock { $0.popLast() } ?? open()
        defer { idle.withLock { $0.append(connection) } }
        return try connection.inDatabase(body)
    }

    private func open() throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -32768") }
        return try DatabaseQueue(path: path, configuration: configuration)
    }
}
