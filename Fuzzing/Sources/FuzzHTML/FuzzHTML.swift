import FuzzSupport

/// One input: a whole file for the HTML reader, then layout and parsing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  FuzzPipeline.read(bytes, count: count, as: .html)
  return 0
}

@main enum FuzzHTML {
  static func main() { FuzzDriver.run(fuzzHTML) }
}
