// The module is header-only (its one function is inlined into Swift); SwiftPM
// needs a source file to build a C target.
#include "CVectorMath.h"
