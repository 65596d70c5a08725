import FuzzSupport

/// One input: a whole file for the Text reader, then layout and parsing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  FuzzPipeline.read(bytes, count: count, as: .text)
  return 0
}

@main enum FuzzText {
  static func main() { FuzzDriver.run(fuzzText) }
}
