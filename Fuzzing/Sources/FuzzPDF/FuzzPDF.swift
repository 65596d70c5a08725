import FuzzSupport

/// One input: a whole file for the PDF reader, then layout and parsing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDF(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  FuzzPipeline.read(bytes, count: count, as: .pdf)
  return 0
}

@main enum FuzzPDF {
  static func main() { FuzzDriver.run(fuzzPDF) }
}
