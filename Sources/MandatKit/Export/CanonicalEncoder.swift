/// Encodes any `Encodable` straight into Mandat's JSON layout (see ``JSONExport``), without
/// Foundation's JSONEncoder: a batch encodes every mandate it reads, and that encoder's
/// bookkeeping (coding paths, boxed values, a second pass to lay the text out) was a tenth of
/// a worker's time. The bytes are those JSONEncoder writes with sorted keys and slashes
/// unescaped, laid out as ``JSONExport`` describes.
struct CanonicalEncoder {
  /// Indented as ``JSONExport`` describes, or all on one line (`--format ndjson`, worker answers).
  var indented: Bool

  func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
    let tree = Tree()
    try value.encode(to: NodeEncoder(tree: tree, node: tree.add()))
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    write(0, of: tree, depth: 0, to: &out)
    if indented { out.append(UInt8(ascii: "\n")) }
    return out
  }

  private func write(_ node: Int, of tree: Tree, depth: Int, to out: inout [UInt8]) {
    switch tree.nodes[node] {
    case .string(let string):
      Self.writeString(string, to: &out)
    case .number(let number):
      out += number.utf8
    case .literal(let literal):
      out += UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
    case .object(let members):
      let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
      writeContainer(sorted, open: "{", close: "}", depth: depth, to: &out) { member, out in
        Self.writeString(member.key, to: &out)
        out.append(UInt8(ascii: ":"))
        if indented { out.append(UInt8(ascii: " ")) }
        write(member.node, of: tree, depth: depth + 1, to: &out)
      }
    case .array(let elements):
      // Arrays of numbers (boxes, line ranges) stay on one line.
      if indented, elements.allSatisfy(tree.isNumber) {
        out.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
          if index > 0 { out += [UInt8(ascii: ","), UInt8(ascii: " ")] }
          write(element, of: tree, depth: depth + 1, to: &out)
        }
        out.append(UInt8(ascii: "]"))
      } else {
        writeContainer(elements, open: "[", close: "]", depth: depth, to: &out) { element, out in
          write(element, of: tree, depth: depth + 1, to: &out)
        }
      }
    case .empty:
      out += [UInt8(ascii: "{"), UInt8(ascii: "}")]
    }
  }

  private func writeContainer<Element>(
    _ elements: [Element], open: Unicode.Scalar, close: Unicode.Scalar, depth: Int, to out: inout [UInt8],
    element writeElement: (Element, inout [UInt8]) -> Void
  ) {
    out.append(UInt8(ascii: open))
    for (index, element) in elements.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      newline(depth + 1, &out)
      writeElement(element, &out)
    }
    if !elements.isEmpty { newline(depth, &out) }
    out.append(UInt8(ascii: close))
  }

  private func newline(_ depth: Int, _ out: inout [UInt8]) {
    guard indented else { return }
    out.append(UInt8(ascii: "\n"))
    out += repeatElement(UInt8(ascii: " "), count: 2 * depth)
  }

  /// A JSON string as JSONEncoder writes one: quotes, backslashes and control characters
  /// escaped, everything else (slashes and all of Unicode) as it is.
  static func writeString(_ string: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var string = string
    string.withUTF8 { bytes in
      var start = 0
      for (index, byte) in bytes.enumerated()
      where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        out += UnsafeBufferPointer(rebasing: bytes[start..<index])
        start = index + 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
        case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
        case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
        case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
        case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
        case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
        default: out += Array("\\u00".utf8) + Array([byte].hexDigits.utf8)
        }
      }
      out += UnsafeBufferPointer(rebasing: bytes[start...])
    }
    out.append(UInt8(ascii: "\""))
  }
}

/// The values being encoded, each a node that its container refers to by index, so that
/// nested containers can fill their members in any order without an object per value.
private final class Tree {
  enum Node {
    case empty
    case string(String)
    case number(String)
    case literal(StaticString)
    case object([(key: String, node: Int)])
    case array([Int])
  }

  var nodes: [Node] = []

  func add() -> Int {
    nodes.append(.empty)
    return nodes.count - 1
  }

  func isNumber(_ node: Int) -> Bool {
    if case .number = nodes[node] { return true }
    return false
  }

  func set(_ node: Int, float: some BinaryFloatingPoint & CustomStringConvertible) throws {
    guard float.isFinite else {
      throw EncodingError.invalidValue(float, .init(codingPath: [], debugDescription: "\(float) is no JSON number."))
    }
    nodes[node] = .number(Self.tenths(float) ?? Self.shortest(float))
  }

  /// The number as JSONEncoder writes it: its shortest form, without a trailing `.0`.
  private static func shortest(_ float: some BinaryFloatingPoint & CustomStringConvertible) -> String {
    var text = float.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text
  }

  /// The same text, written without the general algorithm, for a number with at most one
  /// decimal (every coordinate of a box): the nearest double to k/10 prints as k/10.
  private static func tenths(_ float: some BinaryFloatingPoint) -> String? {
    let value = Double(float)
    guard abs(value) < 1e15, value != 0 || value.sign == .plus else { return nil }
    let scaled = (value * 10).rounded()
    guard Double(Int(scaled)) / 10 == value else { return nil }
    let tenths = Int(scaled)
    let whole = String(abs(tenths) / 10)
    let sign = tenths < 0 ? "-" : ""
    return abs(tenths) % 10 == 0 ? sign + whole : sign + whole + "." + String(abs(tenths) % 10)
  }

  /// A new member `key` of the object `node`.
  func member(_ key: String, of node: Int) -> Int {
    let member = add()
    if case .object(var members) = nodes[node] {
      nodes[node] = .empty  // so that the members are not copied to grow
      members.append((key, member))
      nodes[node] = .object(members)
    }
    return member
  }

  /// A new element of the array `node`.
  func element(of node: Int) -> Int {
    let element = add()
    if case .array(var elements) = nodes[node] {
      nodes[node] = .empty
      elements.append(element)
      nodes[node] = .array(elements)
    }
    return element
  }

  func count(_ node: Int) -> Int {
    if case .array(let elements) = nodes[node] { return elements.count }
    return 0
  }
}

/// Containers do not track their coding path (every nested value would copy it): the
/// values Mandat encodes cannot fail, but for a number that is not finite.
private struct NodeEncoder: Encoder {
  let tree: Tree
  let node: Int
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .object = tree.nodes[node] {} else { tree.nodes[node] = .object([]) }
    return KeyedEncodingContainer(Keyed(tree: tree, node: node))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if case .array = tree.nodes[node] {} else { tree.nodes[node] = .array([]) }
    return Unkeyed(tree: tree, node: node)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer { Single(tree: tree, node: node) }
}

extension Tree {
  /// Puts a value into a node: a number, string or truth value directly, anything else
  /// through its own `encode(to:)`.
  func fill<Value: Encodable>(_ node: Int, with value: Value) throws {
    switch value {
    case let double as Double: try set(node, float: double)
    case let string as String: nodes[node] = .string(string)
    case let integer as any BinaryInteger: nodes[node] = .number("\(integer)")
    case let bool as Bool: nodes[node] = .literal(bool ? "true" : "false")
    case let float as Float: try set(node, float: float)
    default: try value.encode(to: NodeEncoder(tree: self, node: node))
    }
  }
}

private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let tree: Tree
  let node: Int
  var codingPath: [any CodingKey] { [] }

  private func member(_ key: Key) -> Int { tree.member(key.stringValue, of: node) }

  mutating func encodeNil(forKey key: Key) throws { tree.nodes[member(key)] = .literal("null") }
  mutating func encode(_ value: String, forKey key: Key) throws { tree.nodes[member(key)] = .string(value) }
  mutating func encode(_ value: Double, forKey key: Key) throws { try tree.set(member(key), float: value) }
  mutating func encode(_ value: Int, forKey key: Key) throws { tree.nodes[member(key)] = .number(String(value)) }
  mutating func encode(_ value: Bool, forKey key: Key) throws {
    tree.nodes[member(key)] = .literal(value ? "true" : "false")
  }

  mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
    try tree.fill(member(key), with: value)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    NodeEncoder(tree: tree, node: member(key)).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    NodeEncoder(tree: tree, node: member(key)).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { NodeEncoder(tree: tree, node: tree.member("super", of: node)) }

  mutating func superEncoder(forKey key: Key) -> any Encoder { NodeEncoder(tree: tree, node: member(key)) }
}

private struct Unkeyed: UnkeyedEncodingContainer {
  let tree: Tree
  let node: Int
  var codingPath: [any CodingKey] { [] }
  var count: Int { tree.count(node) }

  mutating func encodeNil() throws { tree.nodes[tree.element(of: node)] = .literal("null") }
  mutating func encode(_ value: String) throws { tree.nodes[tree.element(of: node)] = .string(value) }
  mutating func encode(_ value: Double) throws { try tree.set(tree.element(of: node), float: value) }

  mutating func encode<Value: Encodable>(_ value: Value) throws {
    try tree.fill(tree.element(of: node), with: value)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    NodeEncoder(tree: tree, node: tree.element(of: node)).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    NodeEncoder(tree: tree, node: tree.element(of: node)).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { NodeEncoder(tree: tree, node: tree.element(of: node)) }
}

private struct Single: SingleValueEncodingContainer {
  let tree: Tree
  let node: Int
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil() throws { tree.nodes[node] = .literal("null") }

  mutating func encode<Value: Encodable>(_ value: Value) throws {
    try tree.fill(node, with: value)
  }
}
