/// Limited-memory BFGS with a backtracking (Armijo) line search. Every step is a fixed
/// sequence of floating-point operations over arrays in a fixed order, so the same
/// objective and starting point always give bit-identical results.
enum LBFGS {
    /// Minimizes `objective`, which returns the value at a point and writes the
    /// gradient into its second argument.
    static func minimize(
        from start: [Double], memory: Int = 10, maxIterations: Int = 500, gradientTolerance: Double = 1e-6,
        _ objective: ([Double], inout [Double]) -> Double
    ) -> [Double] {
        var x = start
        var gradient = [Double](repeating: 0, count: x.count)
        var value = objective(x, &gradient)
        var steps: [[Double]] = []
        var gradientChanges: [[Double]] = []
        var curvatures: [Double] = []

        for _ in 0..<maxIterations {
            if norm(gradient) <= gradientTolerance * max(1, norm(x)) { break }
            var direction = gradient.map { -$0 }
            twoLoop(&direction, steps, gradientChanges, curvatures)
            var slope = dot(direction, gradient)
            if slope >= 0 {
                // Not a descent direction: fall back to steepest descent.
                direction = gradient.map { -$0 }
                slope = dot(direction, gradient)
                steps.removeAll()
                gradientChanges.removeAll()
                curvatures.removeAll()
            }
            var stepSize = steps.isEmpty ? min(1, 1 / max(norm(gradient), 1e-12)) : 1
            var candidate = x
            var candidateGradient = gradient
            var candidateValue = value
            var accepted = false
            for _ in 0..<40 {
                for index in x.indices { candidate[index] = x[index] + stepSize * direction[index] }
                candidateValue = objective(candidate, &candidateGradient)
                if candidateValue <= value + 1e-4 * stepSize * slope {
                    accepted = true
                    break
                }
                stepSize *= 0.5
            }
            guard accepted else { break }
            let step = zip(candidate, x).map { $0 - $1 }
            let change = zip(candidateGradient, gradient).map { $0 - $1 }
            let curvature = dot(step, change)
            if curvature > 1e-12 {
                steps.append(step)
                gradientChanges.append(change)
                curvatures.append(curvature)
                if steps.count > memory {
                    steps.removeFirst()
                    gradientChanges.removeFirst()
                    curvatures.removeFirst()
                }
            }
            let improvement = value - candidateValue
            x = candidate
            gradient = candidateGradient
            value = candidateValue
            if improvement <= 1e-12 * max(1, abs(value)) { break }
        }
        return x
    }

    /// Applies the inverse-Hessian estimate to `direction` in place.
    private static func twoLoop(_ direction: inout [Double], _ steps: [[Double]], _ changes: [[Double]], _ curvatures: [Double]) {
        guard !steps.isEmpty else { return }
        var alphas = [Double](repeating: 0, count: steps.count)
        for index in steps.indices.reversed() {
            let alpha = dot(steps[index], direction) / curvatures[index]
            alphas[index] = alpha
            for j in direction.indices { direction[j] -= alpha * changes[index][j] }
        }
        let last = steps.count - 1
        let scale = curvatures[last] / dot(changes[last], changes[last])
        for j in direction.indices { direction[j] *= scale }
        for index in steps.indices {
            let beta = dot(changes[index], direction) / curvatures[index]
            for j in direction.indices { direction[j] += (alphas[index] - beta) * steps[index][j] }
        }
    }

    private static func dot(_ a: [Double], _ b: [Double]) -> Double {
        var sum = 0.0
        for index in a.indices { sum += a[index] * b[index] }
        return sum
    }

    private static func norm(_ a: [Double]) -> Double { dot(a, a).squareRoot() }
}
