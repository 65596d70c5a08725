import Foundation

/// An amount of memory as people write it: `2G`, `512M`, `1.5GiB`, or bytes.
public enum MemorySize {
  /// The bytes `text` says (`K`, `M`, `G`, `T`, with or without `iB`, count in 1024s), or
  /// `nil` when it says none.
  public static func bytes(_ text: String) -> Int? {
    let units: [(String, Double)] = [("T", 0x1p40), ("G", 0x1p30), ("M", 0x1p20), ("K", 0x1p10), ("", 1)]
    var number = text.trimmingCharacters(in: .whitespaces).uppercased()
    for suffix in ["IB", "B"] where number.hasSuffix(suffix) { number.removeLast(suffix.count) }
    for (unit, scale) in units where number.hasSuffix(unit) {
      guard let value = Double(number.dropLast(unit.count)), value > 0, value * scale < 0x1p62 else { return nil }
      return Int(value * scale)
    }
    return nil
  }

  /// `2 GiB`, `512 MiB`, `1.5 GiB`: the largest unit that gives a number of at least 1.
  public static func describe(_ bytes: Int) -> String {
    for (unit, scale) in [("TiB", 0x1p40), ("GiB", 0x1p30), ("MiB", 0x1p20), ("KiB", 0x1p10)]
    where Double(bytes) >= scale {
      let value = Double(bytes) / scale
      return (value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)) + " " + unit
    }
    return "\(bytes) bytes"
  }
}
