// Opens the Vulkan loader at run time and fills the function tables of vulkan_api.h.
#include <cstdlib>

#if defined(_WIN32)
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <dlfcn.h>
#endif

#include "common.h"
#include "vulkan_api.h"

namespace kgenvk {

namespace {

// The loader's usual names: libvulkan.so.1 is the ABI name every Linux driver stack installs
// (libvulkan.so comes only with the -dev package); on macOS the Vulkan SDK or Homebrew's loader,
// else MoltenVK itself, which exports the same entry points.
std::vector<std::string> candidateNames() {
  const char* env = std::getenv("KGEN_VULKAN_LOADER");
  if (env && *env) return {env};
#if defined(_WIN32)
  return {"vulkan-1.dll"};
#elif defined(__APPLE__)
  return {"libvulkan.1.dylib", "libvulkan.dylib", "/usr/local/lib/libvulkan.1.dylib",
          "/opt/homebrew/lib/libvulkan.1.dylib", "libMoltenVK.dylib"};
#else
  return {"libvulkan.so.1", "libvulkan.so"};
#endif
}

#if defined(_WIN32)
void* openLibrary(const std::string& name, std::string& error) {
  HMODULE h = LoadLibraryA(name.c_str());
  if (!h) error = "LoadLibrary failed with error " + std::to_string(GetLastError());
  return reinterpret_cast<void*>(h);
}
void* findSymbol(void* lib, const char* name) {
  return reinterpret_cast<void*>(GetProcAddress(reinterpret_cast<HMODULE>(lib), name));
}
void closeLibrary(void* lib) { FreeLibrary(reinterpret_cast<HMODULE>(lib)); }
#else
void* openLibrary(const std::string& name, std::string& error) {
  void* h = dlopen(name.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    const char* e = dlerror();
    error = e ? e : "dlopen failed";
    // glibc starts the message with the name itself; the report names it already.
    if (error.compare(0, name.size() + 2, name + ": ") == 0) error.erase(0, name.size() + 2);
  }
  return h;
}
void* findSymbol(void* lib, const char* name) { return dlsym(lib, name); }
void closeLibrary(void* lib) { dlclose(lib); }
#endif

struct Loaded {
  LoaderStatus status;
  LoaderFunctions fns;
};

Loaded open() {
  Loaded out;
  std::string errors;
  for (const std::string& name : candidateNames()) {
    out.status.tried.push_back(name);
    std::string error;
    void* lib = openLibrary(name, error);
    if (lib) {
      auto gipa = reinterpret_cast<PFN_vkGetInstanceProcAddr>(findSymbol(lib, "vkGetInstanceProcAddr"));
      if (gipa) {
        LoaderFunctions& f = out.fns;
        f.vkGetInstanceProcAddr = gipa;
        f.vkEnumerateInstanceVersion =
            reinterpret_cast<PFN_vkEnumerateInstanceVersion>(gipa(VK_NULL_HANDLE, "vkEnumerateInstanceVersion"));
        std::string missing;
#define KGENVK_LOAD(name)                                                          \
  f.name = reinterpret_cast<PFN_##name>(gipa(VK_NULL_HANDLE, #name));              \
  if (!f.name) missing += std::string(missing.empty() ? "" : ", ") + #name;
        KGENVK_GLOBAL_FUNCTIONS(KGENVK_LOAD)
#undef KGENVK_LOAD
        if (missing.empty()) {
          out.status.loaded = true;
          out.status.path = name;
          return out;  // stays open for the life of the process
        }
        error = "it does not provide " + missing;
      } else {
        error = "it has no vkGetInstanceProcAddr (not a Vulkan loader)";
      }
      closeLibrary(lib);
      out.fns = LoaderFunctions{};
    }
    errors += std::string(errors.empty() ? "" : "; ") + name + ": " + error;
  }
  out.status.error = errors;
  return out;
}

const Loaded& loaded() {
  static const Loaded l = open();  // once per process; thread-safe initialisation
  return l;
}

}  // namespace

LoaderStatus loaderStatus() { return loaded().status; }

const LoaderFunctions& loader() {
  const Loaded& l = loaded();
  if (!l.status.loaded) {
    throw Error(
        "kgen vulkan: the Vulkan loader library was not found (tried " + l.status.error +
        "); install it (Debian/Ubuntu: libvulkan1 and a driver such as mesa-vulkan-drivers; macOS: the "
        "Vulkan SDK or MoltenVK; Windows: a current GPU driver) or set KGEN_VULKAN_LOADER to its path");
  }
  return l.fns;
}

InstanceFunctions loadInstanceFunctions(VkInstance instance) {
  const PFN_vkGetInstanceProcAddr gipa = loader().vkGetInstanceProcAddr;
  InstanceFunctions f;
  std::string missing;
#define KGENVK_LOAD(name)                                             \
  f.name = reinterpret_cast<PFN_##name>(gipa(instance, #name));       \
  if (!f.name) missing += std::string(missing.empty() ? "" : ", ") + #name;
  KGENVK_INSTANCE_FUNCTIONS(KGENVK_LOAD)
#undef KGENVK_LOAD
#define KGENVK_LOAD_OPTIONAL(name) f.name = reinterpret_cast<PFN_##name>(gipa(instance, #name));
  KGENVK_INSTANCE_FUNCTIONS_OPTIONAL(KGENVK_LOAD_OPTIONAL)
#undef KGENVK_LOAD_OPTIONAL
  if (!missing.empty()) {
    throw Error("kgen vulkan: the Vulkan loader does not provide the instance command(s) " + missing);
  }
  return f;
}

DeviceFunctions loadDeviceFunctions(const InstanceFunctions& vki, VkDevice device) {
  DeviceFunctions f;
  std::string missing;
#define KGENVK_LOAD(name)                                                    \
  f.name = reinterpret_cast<PFN_##name>(vki.vkGetDeviceProcAddr(device, #name)); \
  if (!f.name) missing += std::string(missing.empty() ? "" : ", ") + #name;
  KGENVK_DEVICE_FUNCTIONS(KGENVK_LOAD)
#undef KGENVK_LOAD
  if (!missing.empty()) {
    throw Error("kgen vulkan: the Vulkan driver does not provide the device command(s) " + missing);
  }
  return f;
}

}  // namespace kgenvk
