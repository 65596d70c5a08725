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
