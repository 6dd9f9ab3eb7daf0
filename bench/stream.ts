// The streaming-read kernel that measures the read-bandwidth ceiling (16-byte loads, 4 in flight per
// thread, grid-stride), in WGSL and GLSL, with a manifest-like record so the harnesses can run it.
import type { ManifestKernel } from '../codegen/manifest.js';

export const STREAM_WG = 256;

export const streamWgsl = `// kgen bench: streaming read of n vec4<u32> (the read-bandwidth ceiling)
struct Params { n: u32, total: u32 }
@group(0) @binding(0) var<storage, read> src: array<vec4<u32>>;
@group(0) @binding(1) var<storage, read_write> dst: array<u32>;
@group(0) @binding(2) var<uniform> p: Params;
override WG_SIZE: u32 = ${STREAM_WG}u;
@compute @workgroup_size(WG_SIZE)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  var acc = vec4<u32>(0u);
  var i = gid.x;
  loop {
    if (i + 3u * p.total >= p.n) { break; }
    acc = acc ^ src[i] ^ src[i + p.total] ^ src[i + 2u * p.total] ^ src[i + 3u * p.total];
    i = i + 4u * p.total;
  }
  loop {
    if (i >= p.n) { break; }
    acc = acc ^ src[i];
    i = i + p.total;
  }
  dst[gid.x] = acc.x ^ acc.y ^ acc.z ^ acc.w;
}
`;

export const streamGlsl = `// kgen bench: streaming read of n uvec4 (the read-bandwidth ceiling)
#version 450
layout(constant_id = 0) const uint WG_SIZE = ${STREAM_WG}u;
layout(local_size_x_id = 0) in;
layout(binding = 0, std430) readonly buffer Src { uvec4 src[]; };
layout(binding = 1, std430) buffer Dst { uint dst[]; };
layout(push_constant) uniform Params { uint n; uint total; } p;
void main() {
  uvec4 acc = uvec4(0u);
  uint i = gl_GlobalInvocationID.x;
  for (; i + 3u * p.total < p.n; i += 4u * p.total) acc ^= src[i] ^ src[i + p.total] ^ src[i + 2u * p.total] ^ src[i + 3u * p.total];
  for (; i < p.n; i += p.total) acc ^= src[i];
  dst[gl_GlobalInvocationID.x] = acc.x ^ acc.y ^ acc.z ^ acc.w;
}
`;

export const streamRecord: ManifestKernel = {
  key: 'stream_read',
  op: 'quantize_q8_1',
  variant: { ncols: 1, rows: 1, reduce: 'wg' },
  entryPoint: 'main',
  workgroupSize: { constant: 'WG_SIZE', default: STREAM_WG },
  bindings: [
    { binding: 0, name: 'src', access: 'read', element: 'vec4u', role: 'data to stream' },
    { binding: 1, name: 'dst', access: 'read_write', element: 'u32', role: 'one word per thread' },
  ],
  params: [
    { name: 'n', offset: 0, type: 'u32', doc: 'vec4 count' },
    { name: 'total', offset: 4, type: 'u32', doc: 'threads in the grid' },
  ],
  constants: [{ name: 'WG_SIZE', id: 0, type: 'u32', default: STREAM_WG, doc: 'threads per workgroup' }],
  capabilities: [],
  doc: ['streaming read'],
  targets: {
    wgsl: { file: 'stream_read.wgsl', hash: '', requires: [], params: { kind: 'uniform', binding: 2, bytes: 16 } },
    spirv: { file: 'spirv/stream_read.spv', hash: '', requires: [], params: { kind: 'push_constant', bytes: 8 } },
  },
};
