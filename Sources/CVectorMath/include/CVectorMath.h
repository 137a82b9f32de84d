#ifndef CVECTORMATH_H
#define CVECTORMATH_H

/// Eight floats, imported into Swift as SIMD8<Float>.
typedef float rlbook_float8 __attribute__((ext_vector_type(8)));

/// The correctly rounded square root of each lane, as one vector instruction
/// per register (`sqrtps` on x86-64, `fsqrt` on arm64).
///
/// Swift's `SIMD8<Float>.squareRoot()` takes the lanes one at a time, each
/// behind a branch to the C library's `sqrtf` for negative values (to set
/// `errno`); Adam takes a square root per parameter per step, so that scalar
/// path bounded a whole network update.
static inline __attribute__((always_inline)) rlbook_float8 rlbook_sqrt8(rlbook_float8 v) {
  return __builtin_elementwise_sqrt(v);
}

#endif
