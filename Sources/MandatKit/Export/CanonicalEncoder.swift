/// Encodes any `Encodable` straight into Mandat's JSON layout (see ``JSONExport``), without
/// Foundation's JSONEncoder: a batch encodes every mandate it reads, and that encoder's
/// bookkeeping (coding paths, boxed values, a second pass to lay the text out) was a tenth of
/// a worker's time. The bytes are those JSONEncoder writes with sorted keys and slashes
/// unescaped, laid out as ``JSONExport`` describes.
struct CanonicalEncoder {
  /// Indented as ``JSONExport`` describes, or all on one line (`--format ndjson`, worker answers).
  var indented: Bool

  func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
    let root = Node()
    try value.encode(to: NodeEncoder(node: root))
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    write(root, depth: 0, to: &out)
    if indented { out.append(UInt8(ascii: "\n")) }
    return out
  }

  private func write(_ node: Node, depth: Int, to out: inout [UInt8]) {
    switch node.content {
    case .scalar(let bytes, _):
      out += bytes
    case .object(let members):
      let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
      writeContainer(sorted, open: "{", close: "}", depth: depth, to: &out) { member, out in
        Self.writeString(member.key, to: &out)
        out.append(UInt8(ascii: ":"))
        if indented { out.append(UInt8(ascii: " ")) }
        write(member.node, depth: depth + 1, to: &out)
      }
    case .array(let elements):
      // Arrays of numbers (boxes, line ranges) stay on one line.
      if indented, elements.allSatisfy(\.isNumber) {
        out.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
          if index > 0 { out += [UInt8(ascii: ","), UInt8(ascii: " ")] }
          write(element, depth: depth + 1, to: &out)
        }
        out.append(UInt8(ascii: "]"))
      } else {
        writeContainer(elements, open: "[", close: "]", depth: depth, to: &out) { element, out in
          write(element, depth: depth + 1, to: &out)
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
    let hex = Array("0123456789abcdef".utf8)
    out.append(UInt8(ascii: "\""))
    for byte in string.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
      case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
      case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
      case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
      case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
      case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
      case 0x00..<0x20:
        out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}

/// One value being encoded; containers hold their members as nodes, so nested containers can
/// fill them in any order.
private final class Node {
  enum Content {
    case empty
    /// Bytes already in JSON; whether they are a number.
    case scalar([UInt8], isNumber: Bool)
    case object([(key: String, node: Node)])
    case array([Node])
  }

  var content = Content.empty

  var isNumber: Bool {
    if case .scalar(_, let isNumber) = content { return isNumber }
    return false
  }

  func set(string: String) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(string.utf8.count + 2)
    CanonicalEncoder.writeString(string, to: &bytes)
    content = .scalar(bytes, isNumber: false)
  }

  func set(number: String) { content = .scalar(Array(number.utf8), isNumber: true) }

  func set<Float: BinaryFloatingPoint & CustomStringConvertible>(float: Float, codingPath: [any CodingKey]) throws {
    guard float.isFinite else {
      throw EncodingError.invalidValue(
        float,
        .init(codingPath: codingPath, debugDescription: "Unable to encode \(Float.self).\(float) directly in JSON."))
    }
    var text = float.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    set(number: text)
  }

  func set(literal: StaticString) {
    content = .scalar(
      Array(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)), isNumber: false)
  }

  /// The node of a new member `key`, when this node is an object.
  func member(_ key: String) -> Node {
    let node = Node()
    if case .object(var members) = content {
      content = .empty  // so that the array is not copied on append
      members.append((key, node))
      content = .object(members)
    }
    return node
  }

  /// The node of a new element, when this node is an array.
  func element() -> Node {
    let node = Node()
    if case .array(var elements) = content {
      content = .empty
      elements.append(node)
      content = .array(elements)
    }
    return node
  }

  var count: Int {
    if case .array(let elements) = content { return elements.count }
    return 0
  }
}

private struct NodeEncoder: Encoder {
  let node: Node
  var codingPath: [any CodingKey] = []
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .object = node.content {} else { node.content = .object([]) }
    return KeyedEncodingContainer(Keyed(node: node, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if case .array = node.content {} else { node.content = .array([]) }
    return Unkeyed(node: node, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer { Single(node: node, codingPath: codingPath) }
}

/// What the three containers share: putting one value into a node.
private protocol NodeFilling {
  var codingPath: [any CodingKey] { get }
}

extension NodeFilling {
  func fill<Value: Encodable>(_ node: Node, with value: Value, at key: (any CodingKey)?) throws {
    let path = key.map { codingPath + [$0] } ?? codingPath
    switch value {
    case let string as String: node.set(string: string)
    case let double as Double: try node.set(float: double, codingPath: path)
    case let float as Float: try node.set(float: float, codingPath: path)
    case let integer as any BinaryInteger: node.set(number: "\(integer)")
    case let bool as Bool: node.set(literal: bool ? "true" : "false")
    default: try value.encode(to: NodeEncoder(node: node, codingPath: path))
    }
  }
}

private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol, NodeFilling {
  let node: Node
  var codingPath: [any CodingKey]

  mutating func encodeNil(forKey key: Key) throws { node.member(key.stringValue).set(literal: "null") }

  mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
    try fill(node.member(key.stringValue), with: value, at: key)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    NodeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    NodeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { NodeEncoder(node: node.member("super"), codingPath: codingPath) }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    NodeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key])
  }
}

private struct Unkeyed: UnkeyedEncodingContainer, NodeFilling {
  let node: Node
  var codingPath: [any CodingKey]
  var count: Int { node.count }

  mutating func encodeNil() throws { node.element().set(literal: "null") }

  mutating func encode<Value: Encodable>(_ value: Value) throws {
    try fill(node.element(), with: value, at: nil)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    NodeEncoder(node: node.element(), codingPath: codingPath).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    NodeEncoder(node: node.element(), codingPath: codingPath).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { NodeEncoder(node: node.element(), codingPath: codingPath) }
}

private struct Single: SingleValueEncodingContainer, NodeFilling {
  let node: Node
  var codingPath: [any CodingKey]

  mutating func encodeNil() throws { node.set(literal: "null") }

  mutating func encode<Value: Encodable>(_ value: Value) throws {
    try fill(node, with: value, at: nil)
  }
}
