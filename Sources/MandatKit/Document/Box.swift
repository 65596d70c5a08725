/// A rectangle on a page in PDF points, origin top-left, as `[x0, y0, x1, y1]`.
///
/// Coordinates are rounded to a tenth of a point so that output stays byte-stable
/// across poppler versions and floating-point noise.
public struct Box: Hashable, Sendable, Codable {
  public var x0: Double
  public var y0: Double
  public var x1: Double
  public var y1: Double

  @inlinable public init(x0: Double, y0: Double, x1: Double, y1: Double) {
    self.x0 = Self.round(x0)
    self.y0 = Self.round(y0)
    self.x1 = Self.round(x1)
    self.y1 = Self.round(y1)
  }

  public var height: Double { y1 - y0 }
  public var width: Double { x1 - x0 }
  public var midX: Double { (x0 + x1) / 2 }
  public var midY: Double { (y0 + y1) / 2 }

  /// Finite, within any page and not inside out: a coordinate computed from a broken or
  /// hostile file's matrix can be anything, and the layout takes only boxes it can reason on.
  public var isUsable: Bool {
    abs(x0) < 1_000_000 && abs(y0) < 1_000_000 && abs(x1) < 1_000_000 && abs(y1) < 1_000_000 && x0 <= x1
      && y0 <= y1
  }

  /// The smallest box holding both.
  public func union(_ other: Box) -> Box {
    Box(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
  }

  /// How much two boxes overlap horizontally, in points (negative: the gap between them).
  public func horizontalOverlap(_ other: Box) -> Double {
    min(x1, other.x1) - max(x0, other.x0)
  }

  /// How much two boxes overlap vertically, in points (negative: the gap between them).
  public func verticalOverlap(_ other: Box) -> Double {
    min(y1, other.y1) - max(y0, other.y0)
  }

  public init(from decoder: any Decoder) throws {
    var container = try decoder.unkeyedContainer()
    self.init(
      x0: try container.decode(Double.self), y0: try container.decode(Double.self),
      x1: try container.decode(Double.self), y1: try container.decode(Double.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.unkeyedContainer()
    try container.encode(contentsOf: [x0, y0, x1, y1])
  }

  @inlinable static func round(_ value: Double) -> Double {
    (value * 10).rounded() / 10
  }
}

extension Box {
  /// The union of several boxes, or `nil` when there are none.
  public static func union<S: Sequence>(_ boxes: S) -> Box? where S.Element == Box {
    boxes.reduce(nil) { partial, box in partial?.union(box) ?? box }
  }
}

extension Unicode.Scalar {
  /// Whitespace, answered without a Unicode property lookup for the Latin-1 that most text is.
  @inlinable public var isSpace: Bool {
    // Latin-1 (å, ä, ö and the rest of Swedish) is answered here too: of its upper half only
    // NEL and the no-break space are white space.
    value < 0x100
      ? (value == 0x20 || (0x09...0x0D).contains(value) || value == 0x85 || value == 0xA0) : properties.isWhitespace
  }
}
