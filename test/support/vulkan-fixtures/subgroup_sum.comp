#version 450
// out[gl_WorkGroupID.x * gl_NumSubgroups + gl_SubgroupID] = subgroupAdd(in[i]); out2[0] = gl_SubgroupSize.
#extension GL_KHR_shader_subgroup_arithmetic : require
layout(local_size_x_id = 0) in;
layout(set = 0, binding = 0) readonly buffer In { uint inv[]; };
layout(set = 0, binding = 1) writeonly buffer Out { uint outv[]; };
layout(set = 0, binding = 2) writeonly buffer Size { uint sizev[]; };

void main() {
  uint s = subgroupAdd(inv[gl_GlobalInvocationID.x]);
  if (subgroupElect()) outv[gl_WorkGroupID.x * gl_NumSubgroups + gl_SubgroupID] = s;
  if (gl_GlobalInvocationID.x == 0u) sizev[0] = gl_SubgroupSize;
}
