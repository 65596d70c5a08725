/// Puts what workers finish in any order back into input order: a value waits until every
/// value before it has come.
struct InputOrder<Value> {
  private var waiting: [Int: Value] = [:]
  private var next = 0

  /// Takes the value of file `index`; returns the values now ready, in order.
  mutating func add(_ value: Value, at index: Int) -> [Value] {
    waiting[index] = value
    var ready: [Value] = []
    while let value = waiting.removeValue(forKey: next) {
      ready.append(value)
      next += 1
    }
    return ready
  }
}
