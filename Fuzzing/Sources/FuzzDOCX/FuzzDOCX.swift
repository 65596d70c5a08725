import FuzzSupport

/// One input: a whole file for the DOCX reader, then layout and parsing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOCX(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  FuzzPipeline.read(bytes, count: count, as: .docx)
  return 0
}

@main enum FuzzDOCX {
  static func main() { FuzzDriver.run(fuzzDOCX) }
}
