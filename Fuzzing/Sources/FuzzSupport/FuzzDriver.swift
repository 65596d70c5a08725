import CFuzzer
import Foundation

/// Starts libFuzzer with the command line's options, calling `target` with each input.
///
/// SwiftPM makes an executable's `main` its Swift entry point, so libFuzzer's own `main` is
/// never linked; each target's entry calls this instead, which is what libFuzzer's `main` does.
public enum FuzzDriver {
  public static func run(_ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, target))
  }
}
