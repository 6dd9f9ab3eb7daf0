#version 450
// c[i] = (DOUBLE_A ? 2 * a[i] : a[i]) + b[i] + uint(BIAS) for i < pc.n (u32 arithmetic, wrapping).
// The workgroup size is specialization constant 0; BIAS (i32) and DOUBLE_A (bool) are 1 and 2.
layout(local_size_x_id = 0) in;
layout(constant_id = 1) const int BIAS = 0;
layout(constant_id = 2) const bool DOUBLE_A = false;

layout(set = 0, binding = 0) readonly buffer A { uint a[]; };
layout(set = 0, binding = 1) readonly buffer B { uint b[]; };
layout(set = 0, binding = 2) writeonly buffer C { uint c[]; };
layout(push_constant) uniform Push { uint n; } pc;

void main() {
  uint i = gl_GlobalInvocationID.x;
  if (i >= pc.n) return;
  uint x = a[i];
  if (DOUBLE_A) x *= 2u;
  c[i] = x + b[i] + uint(BIAS);
}
