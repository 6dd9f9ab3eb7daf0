#version 450
// out[i] = acc[i] + sdot(a[i], b[i]) where a and b hold four packed signed 8-bit lanes each:
// OpSDot (SPV_KHR_integer_dot_product) declared through GL_EXT_spirv_intrinsics.
#extension GL_EXT_spirv_intrinsics : require
#extension GL_EXT_shader_explicit_arithmetic_types_int32 : require

spirv_instruction(extensions = ["SPV_KHR_integer_dot_product"], capabilities = [6019, 6018], id = 4450)
int32_t sdot4x8(int32_t a, int32_t b, spirv_literal int32_t fmt);  // fmt 0 = PackedVectorFormat4x8Bit

layout(local_size_x = 64) in;
layout(set = 0, binding = 0) readonly buffer A { int32_t a[]; };
layout(set = 0, binding = 1) readonly buffer B { int32_t b[]; };
layout(set = 0, binding = 2) readonly buffer Acc { int32_t acc[]; };
layout(set = 0, binding = 3) writeonly buffer Out { int32_t outv[]; };
layout(push_constant) uniform Push { uint n; } pc;

void main() {
  uint i = gl_GlobalInvocationID.x;
  if (i >= pc.n) return;
  outv[i] = acc[i] + sdot4x8(a[i], b[i], 0);
}
