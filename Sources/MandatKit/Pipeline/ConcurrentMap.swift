import Foundation

extension Array where Element: Sendable {
  /// Each element transformed, on every core at once, in the array's order: for the work a
  /// batch does in the main process while no worker runs (hashing its files before, the report
  /// after).
  public func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
    let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    nonisolated(unsafe) let slots = results
    DispatchQueue.concurrentPerform(iterations: count) { index in slots[index] = transform(self[index]) }
    return results.map { $0! }
  }
}

/// Runs `first` on another thread while `second` runs on this one, and returns both results
/// once both are done: for two pieces of work that need nothing of each other (a batch's
/// summary and its report, once every file is done).
public func atOnce<First: Sendable, Second>(
  _ first: @escaping @Sendable () throws -> First, _ second: () throws -> Second
) throws -> (First, Second) {
  let done = DispatchGroup()
  nonisolated(unsafe) var firstResult: Result<First, any Error>?
  DispatchQueue.global().async(group: done) { firstResult = Result(catching: first) }
  let secondResult = Result(catching: second)
  done.wait()
  return (try firstResult!.get(), try secondResult.get())
}
