#version 450
// A little arithmetic per element, so dispatches take measurable time (timestamp test).
layout(local_size_x = 64) in;
layout(set = 0, binding = 0) buffer Data { uint data[]; };
layout(push_constant) uniform Push { uint n; uint rounds; } pc;

void main() {
  uint i = gl_GlobalInvocationID.x;
  if (i >= pc.n) return;
  uint x = data[i];
  for (uint r = 0u; r < pc.rounds; ++r) x = x * 1664525u + 1013904223u;
  data[i] = x;
}
