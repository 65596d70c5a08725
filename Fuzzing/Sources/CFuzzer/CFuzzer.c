// Only the header matters: libFuzzer (linked by -sanitize=fuzzer) defines the driver.
#include "CFuzzer.h"
