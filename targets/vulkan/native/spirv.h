// A structural look at a SPIR-V module before it reaches the driver: drivers are allowed to crash on
// malformed SPIR-V, so the header, the instruction stream and the entry points are checked here,
// and the declared capabilities are collected for the feature check in createPipeline.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace kgenvk {

struct SpirvEntryPoint {
  uint32_t executionModel;  // 5 = GLCompute
  uint32_t function;        // the <id> of the entry point's OpFunction
  std::string name;
};

struct SpirvModuleInfo {
  uint32_t version = 0;  // 0x00MMmm00
  std::vector<uint32_t> capabilities;
  std::vector<std::string> extensions;
  std::vector<SpirvEntryPoint> entryPoints;
};

// Throws kgenvk::Error with a message that names the problem (bad magic, truncated instruction...).
SpirvModuleInfo inspectSpirv(const uint32_t* words, size_t wordCount);

// "Int8", "DotProduct", ... or "capability <n>".
std::string spirvCapabilityName(uint32_t capability);

}  // namespace kgenvk
