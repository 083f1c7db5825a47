/// Keeps a failing model server out of buyers' way: after `threshold` failures in a row no
/// call is made for `cooldown`; then a single trial call decides whether it closes again.
public actor CircuitBreaker {
    public enum State: String, Sendable { case closed, open, halfOpen = "half_open" }

    public enum Outcome: Sendable {
        case success, failure
        /// The call stopped for a reason that says nothing about the server (the buyer left).
        case abandoned
    }

    let threshold: Int
    let cooldown: Duration
    private let clock = ContinuousClock()
    private var failures = 0
    private var openedAt: ContinuousClock.Instant?
    private var trialRunning = false

    public init(threshold: Int, cooldown: Duration) {
        self.threshold = max(1, threshold)
        self.cooldown = cooldown
    }

    public var state: State {
        guard let openedAt else { return .closed }
        return clock.now - openedAt >= cooldown ? .halfOpen : .open
    }

    /// Whether a call may go to the model now. Every permitted call must be followed by `record`.
    public func permit() -> Bool {
        guard let openedAt else { return true }
        guard clock.now - openedAt >= cooldown, !trialRunning else { return false }
        trialRunning = true
        return true
    }

    public func record(_ outcome: Outcome) {
        switch outcome {
        case .success:
            failures = 0
            openedAt = nil
        case .failure:
            failures += 1
            // A failed trial opens it again for a whole cooldown.
            if failures >= threshold || openedAt != nil { openedAt = clock.now }
        case .abandoned:
            break
        }
        trialRunning = false
    }
}
