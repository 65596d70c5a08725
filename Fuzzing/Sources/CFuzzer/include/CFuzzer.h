// libFuzzer's driver, called from each target's own main: SwiftPM links an executable's main to
// its Swift entry point, so libFuzzer's main is never used.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
