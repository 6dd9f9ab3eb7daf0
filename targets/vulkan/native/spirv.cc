#include "spirv.h"

#include <cstdio>
#include <unordered_set>

#include "common.h"

namespace kgenvk {

namespace {

constexpr uint32_t kMagic = 0x07230203u;
constexpr uint32_t kOpExtension = 10;
constexpr uint32_t kOpMemoryModel = 14;
constexpr uint32_t kOpEntryPoint = 15;
constexpr uint32_t kOpCapability = 17;
constexpr uint32_t kOpFunction = 54;

std::string hex32(uint32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "0x%08x", v);
  return buf;
}

[[noreturn]] void fail(const std::string& what) {
  throw Error("kgen vulkan: invalid SPIR-V: " + what, Error::Kind::Generic);
}

// Reads a nul-terminated literal string that must end inside words[begin, end).
std::string literalString(const uint32_t* words, size_t begin, size_t end, size_t at) {
  std::string out;
  for (size_t w = begin; w < end; ++w) {
    const uint32_t word = words[w];
    for (int b = 0; b < 4; ++b) {
      const char c = static_cast<char>((word >> (8 * b)) & 0xffu);
      if (c == '\0') return out;
      out.push_back(c);
    }
  }
  fail("unterminated literal string in the instruction at word " + std::to_string(at));
}

}  // namespace

std::string spirvCapabilityName(uint32_t capability) {
  switch (capability) {
    case 1: return "Shader";
    case 9: return "Float16";
    case 10: return "Float64";
    case 11: return "Int64";
    case 12: return "Int64Atomics";
    case 22: return "Int16";
    case 39: return "Int8";
    case 61: return "GroupNonUniform";
    case 62: return "GroupNonUniformVote";
    case 63: return "GroupNonUniformArithmetic";
    case 64: return "GroupNonUniformBallot";
    case 65: return "GroupNonUniformShuffle";
    case 66: return "GroupNonUniformShuffleRelative";
    case 67: return "GroupNonUniformClustered";
    case 68: return "GroupNonUniformQuad";
    case 4433: return "StorageBuffer16BitAccess";
    case 4434: return "UniformAndStorageBuffer16BitAccess";
    case 4435: return "StoragePushConstant16";
    case 4448: return "StorageBuffer8BitAccess";
    case 4449: return "UniformAndStorageBuffer8BitAccess";
    case 4450: return "StoragePushConstant8";
    case 5345: return "VulkanMemoryModel";
    case 5346: return "VulkanMemoryModelDeviceScope";
    case 6016: return "DotProductInputAll";
    case 6017: return "DotProductInput4x8Bit";
    case 6018: return "DotProductInput4x8BitPacked";
    case 6019: return "DotProduct";
    default: return "capability " + std::to_string(capability);
  }
}

SpirvModuleInfo inspectSpirv(const uint32_t* words, size_t count) {
  if (count < 5) {
    fail("the module has " + std::to_string(count) + " words; a SPIR-V header alone is 5");
  }
  if (words[0] != kMagic) {
    if (words[0] == 0x03022307u) fail("the module is byte-swapped (big-endian words)");
    fail("the first word " + hex32(words[0]) + " is not the SPIR-V magic number 0x07230203");
  }
  SpirvModuleInfo info;
  info.version = words[1];
  const uint32_t major = (words[1] >> 16) & 0xffu, minor = (words[1] >> 8) & 0xffu;
  if ((words[1] & 0xff0000ffu) != 0 || major != 1 || minor > 6) {
    fail("unsupported SPIR-V version word " + hex32(words[1]));
  }
  if (words[3] == 0) fail("the id bound is 0");
  if (words[4] != 0) fail("the reserved schema word is " + hex32(words[4]) + ", not 0");

  bool sawMemoryModel = false;
  std::unordered_set<uint32_t> functions;
  size_t i = 5;
  bool first = true;
  while (i < count) {
    const uint32_t wc = words[i] >> 16, op = words[i] & 0xffffu;
    if (wc == 0) fail("instruction at word " + std::to_string(i) + " has a word count of 0");
    if (i + wc > count) {
      fail("instruction at word " + std::to_string(i) + " (opcode " + std::to_string(op) +
           ", " + std::to_string(wc) + " words) runs past the end of the module");
    }
    if (first && op != kOpCapability) {
      fail("the first instruction (opcode " + std::to_string(op) +
           ") is not OpCapability; this is not a SPIR-V module's logical layout");
    }
    first = false;
    switch (op) {
      case kOpCapability:
        if (wc != 2) fail("malformed OpCapability at word " + std::to_string(i));
        info.capabilities.push_back(words[i + 1]);
        break;
      case kOpExtension:
        info.extensions.push_back(literalString(words, i + 1, i + wc, i));
        break;
      case kOpMemoryModel:
        sawMemoryModel = true;
        break;
      case kOpEntryPoint:
        if (wc < 4) fail("malformed OpEntryPoint at word " + std::to_string(i));
        info.entryPoints.push_back({words[i + 1], words[i + 2], literalString(words, i + 3, i + wc, i)});
        break;
      case kOpFunction:
        if (wc != 5) fail("malformed OpFunction at word " + std::to_string(i));
        functions.insert(words[i + 2]);
        break;
      default:
        break;
    }
    i += wc;
  }
  if (!sawMemoryModel) fail("no OpMemoryModel instruction");
  if (info.entryPoints.empty()) fail("no OpEntryPoint instruction");
  for (const auto& ep : info.entryPoints) {
    if (!functions.count(ep.function)) {
      fail("OpEntryPoint '" + ep.name + "' names %" + std::to_string(ep.function) +
           ", which no OpFunction defines");
    }
  }
  return info;
}

}  // namespace kgenvk
