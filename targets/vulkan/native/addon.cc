// N-API binding of the kgen Vulkan runtime. Low-level: buffers and pipelines are numeric ids here;
// targets/vulkan/device.ts wraps them into objects. Every C++ failure reaches JavaScript as an Error
// (TypeError for wrong argument types, RangeError for out-of-range values).
#include <napi.h>

#include <cmath>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include "runtime.h"

namespace {

using kgenvk::Error;

constexpr double kMaxSafeInteger = 9007199254740991.0;

template <typename F>
Napi::Value guard(Napi::Env env, F&& body) {
  try {
    return body();
  } catch (const Napi::Error&) {
    throw;
  } catch (const Error& e) {
    switch (e.kind) {
      case Error::Kind::Type: throw Napi::TypeError::New(env, e.what());
      case Error::Kind::Range: throw Napi::RangeError::New(env, e.what());
      default: throw Napi::Error::New(env, e.what());
    }
  } catch (const std::bad_alloc&) {
    throw Napi::Error::New(env, "kgen vulkan: out of host memory (std::bad_alloc)");
  } catch (const std::exception& e) {
    throw Napi::Error::New(env, std::string("kgen vulkan: ") + e.what());
  }
}

[[noreturn]] void typeError(const std::string& what) {
  throw Error("kgen vulkan: " + what, Error::Kind::Type);
}
[[noreturn]] void rangeError(const std::string& what) {
  throw Error("kgen vulkan: " + what, Error::Kind::Range);
}

double number(const Napi::Value& v, const std::string& name) {
  if (!v.IsNumber()) typeError(name + " must be a number");
  return v.As<Napi::Number>().DoubleValue();
}

// A non-negative integer no larger than `max`.
uint64_t integer(const Napi::Value& v, const std::string& name, double max = kMaxSafeInteger) {
  const double d = number(v, name);
  if (!std::isfinite(d) || d != std::floor(d)) rangeError(name + " must be an integer (got " + std::to_string(d) + ")");
  if (d < 0 || d > max) {
    rangeError(name + " must be in [0, " + std::to_string(static_cast<uint64_t>(max)) + "] (got " +
               std::to_string(d) + ")");
  }
  return static_cast<uint64_t>(d);
}

uint32_t u32(const Napi::Value& v, const std::string& name) {
  return static_cast<uint32_t>(integer(v, name, 4294967295.0));
}

struct Bytes {
  const uint8_t* data = nullptr;
  size_t length = 0;
};

Bytes bytesOf(const Napi::Value& v, const std::string& name) {
  Bytes b;
  napi_env env = v.Env();
  void* data = nullptr;
  size_t length = 0;
  if (v.IsTypedArray()) {
    napi_typedarray_type type;
    size_t elements = 0;
    napi_value ab;
    size_t offset = 0;
    NAPI_THROW_IF_FAILED_VOID(env, napi_get_typedarray_info(env, v, &type, &elements, &data, &ab, &offset));
    length = v.As<Napi::TypedArray>().ByteLength();  // data already points at the view's first byte
  } else if (v.IsDataView()) {
    napi_value ab;
    size_t offset = 0;
    NAPI_THROW_IF_FAILED_VOID(env, napi_get_dataview_info(env, v, &length, &data, &ab, &offset));
  } else if (v.IsArrayBuffer()) {
    NAPI_THROW_IF_FAILED_VOID(env, napi_get_arraybuffer_info(env, v, &data, &length));
  } else {
    typeError(name + " must be an ArrayBufferView (typed array, DataView or Buffer) or an ArrayBuffer");
  }
  if (length && !data) typeError(name + " refers to a detached ArrayBuffer");
  b.data = static_cast<const uint8_t*>(data);
  b.length = length;
  return b;
}

Napi::Object infoObject(Napi::Env env, const kgenvk::DeviceInfo& i) {
  Napi::Object o = Napi::Object::New(env);
  auto num = [&](const char* k, double v) { o.Set(k, Napi::Number::New(env, v)); };
  auto boo = [&](const char* k, bool v) { o.Set(k, Napi::Boolean::New(env, v)); };
  auto str = [&](const char* k, const std::string& v) { o.Set(k, Napi::String::New(env, v)); };
  auto arr3 = [&](const char* k, const std::array<uint32_t, 3>& v) {
    Napi::Array a = Napi::Array::New(env, 3);
    for (uint32_t j = 0; j < 3; ++j) a.Set(j, Napi::Number::New(env, v[j]));
    o.Set(k, a);
  };
  num("index", i.index);
  str("name", i.name);
  num("vendorId", i.vendorId);
  num("deviceId", i.deviceId);
  str("driverName", i.driverName);
  str("driverInfo", i.driverInfo);
  str("apiVersion", i.apiVersion);
  str("deviceType", i.deviceType);
  num("subgroupSize", i.subgroupSize);
  num("minSubgroupSize", i.minSubgroupSize);
  num("maxSubgroupSize", i.maxSubgroupSize);
  boo("subgroupArithmetic", i.subgroupArithmetic);
  boo("subgroupSizeControl", i.subgroupSizeControl);
  boo("computeFullSubgroups", i.computeFullSubgroups);
  boo("integerDotProduct", i.integerDotProduct);
  boo("integerDot4x8PackedSignedAccelerated", i.integerDot4x8PackedSignedAccelerated);
  boo("storageBuffer8BitAccess", i.storageBuffer8BitAccess);
  boo("storageBuffer16BitAccess", i.storageBuffer16BitAccess);
  boo("shaderInt8", i.shaderInt8);
  boo("shaderInt16", i.shaderInt16);
  boo("shaderInt64", i.shaderInt64);
  boo("shaderFloat16", i.shaderFloat16);
  boo("shaderFloat64", i.shaderFloat64);
  num("timestampPeriodNs", i.timestampPeriodNs);
  num("timestampValidBits", i.timestampValidBits);
  num("queueFamilyIndex", i.queueFamilyIndex);
  num("maxStorageBufferRange", static_cast<double>(i.maxStorageBufferRange));
  num("maxBufferSize", static_cast<double>(i.maxBufferSize));
  num("maxMemoryAllocationSize", static_cast<double>(i.maxMemoryAllocationSize));
  arr3("maxComputeWorkGroupCount", i.maxComputeWorkGroupCount);
  arr3("maxComputeWorkGroupSize", i.maxComputeWorkGroupSize);
  num("maxComputeWorkGroupInvocations", i.maxComputeWorkGroupInvocations);
  num("maxComputeSharedMemorySize", i.maxComputeSharedMemorySize);
  num("maxPushConstantsSize", i.maxPushConstantsSize);
  num("maxStorageBuffersPerStage", i.maxBoundStorageBuffers);
  Napi::Array feats = Napi::Array::New(env, i.enabledFeatures.size());
  for (uint32_t j = 0; j < i.enabledFeatures.size(); ++j) feats.Set(j, Napi::String::New(env, i.enabledFeatures[j]));
  o.Set("enabledFeatures", feats);
  return o;
}

Napi::Value ListDevices(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  return guard(env, [&]() -> Napi::Value {
    const auto devices = kgenvk::listDevices();
    Napi::Array out = Napi::Array::New(env, devices.size());
    for (uint32_t i = 0; i < devices.size(); ++i) out.Set(i, infoObject(env, devices[i]));
    return out;
  });
}

// loaderStatus() -> { loaded, path, tried: string[], error }: opens the Vulkan loader if that has not
// been tried yet, and says which library names were tried and why each failed.
Napi::Value LoaderStatus(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  return guard(env, [&]() -> Napi::Value {
    const kgenvk::LoaderStatus s = kgenvk::loaderStatus();
    Napi::Object o = Napi::Object::New(env);
    o.Set("loaded", Napi::Boolean::New(env, s.loaded));
    o.Set("path", Napi::String::New(env, s.path));
    Napi::Array tried = Napi::Array::New(env, s.tried.size());
    for (uint32_t i = 0; i < s.tried.size(); ++i) tried.Set(i, Napi::String::New(env, s.tried[i]));
    o.Set("tried", tried);
    o.Set("error", Napi::String::New(env, s.error));
    return o;
  });
}

Napi::Value VkResultName(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  return guard(env, [&]() -> Napi::Value {
    const double d = number(info[0], "code");
    if (d != std::floor(d) || d < -2147483648.0 || d > 2147483647.0) rangeError("code must be a 32-bit integer");
    return Napi::String::New(env, kgenvk::vkResultName(static_cast<VkResult>(static_cast<int32_t>(d))));
  });
}

class DeviceWrap : public Napi::ObjectWrap<DeviceWrap> {
 public:
  static Napi::Function Init(Napi::Env env) {
    return DefineClass(env, "KgenVulkanDevice",
                       {
                           InstanceMethod("info", &DeviceWrap::Info),
                           InstanceMethod("createBuffer", &DeviceWrap::CreateBuffer),
                           InstanceMethod("destroyBuffer", &DeviceWrap::DestroyBuffer),
                           InstanceMethod("write", &DeviceWrap::Write),
                           InstanceMethod("read", &DeviceWrap::Read),
                           InstanceMethod("fill", &DeviceWrap::Fill),
                           InstanceMethod("createPipeline", &DeviceWrap::CreatePipeline),
                           InstanceMethod("destroyPipeline", &DeviceWrap::DestroyPipeline),
                           InstanceMethod("run", &DeviceWrap::Run),
                           InstanceMethod("takeValidationMessages", &DeviceWrap::TakeValidationMessages),
                           InstanceMethod("destroy", &DeviceWrap::Destroy),
                           InstanceMethod("isDestroyed", &DeviceWrap::IsDestroyed),
                       });
  }

  // new KgenVulkanDevice({ deviceIndex?: number, validation?: boolean, timeoutMs?: number })
  explicit DeviceWrap(const Napi::CallbackInfo& info) : Napi::ObjectWrap<DeviceWrap>(info) {
    Napi::Env env = info.Env();
    guard(env, [&]() -> Napi::Value {
      kgenvk::DeviceOptions opts;
      if (info.Length() > 0 && !info[0].IsUndefined() && !info[0].IsNull()) {
        if (!info[0].IsObject()) typeError("device options must be an object");
        Napi::Object o = info[0].As<Napi::Object>();
        Napi::Value idx = o.Get("deviceIndex");
        if (!idx.IsUndefined() && !idx.IsNull()) {
          opts.deviceIndex = static_cast<int>(integer(idx, "deviceIndex", 65535.0));
        }
        Napi::Value val = o.Get("validation");
        if (!val.IsUndefined() && !val.IsNull()) {
          if (!val.IsBoolean()) typeError("validation must be a boolean");
          opts.validation = val.As<Napi::Boolean>().Value();
        }
        Napi::Value t = o.Get("timeoutMs");
        if (!t.IsUndefined() && !t.IsNull()) opts.timeoutMs = number(t, "timeoutMs");
      }
      device_ = std::make_unique<kgenvk::Device>(opts);
      return env.Undefined();
    });
  }

 private:
  kgenvk::Device& dev() { return *device_; }

  Napi::Value Info(const Napi::CallbackInfo& info) {
    return guard(info.Env(), [&]() -> Napi::Value { return infoObject(info.Env(), dev().info()); });
  }

  // createBuffer(byteLength, label?) -> id
  Napi::Value CreateBuffer(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    return guard(env, [&]() -> Napi::Value {
      const uint64_t n = integer(info[0], "byteLength");
      std::string label;
      if (info.Length() > 1 && info[1].IsString()) label = info[1].As<Napi::String>().Utf8Value();
      return Napi::Number::New(env, dev().createBuffer(n, label));
    });
  }

  Napi::Value DestroyBuffer(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    return guard(env, [&]() -> Napi::Value {
      dev().destroyBuffer(u32(info[0], "buffer id"));
      return env.Undefined();
    });
  }

  // write(id, data, byteOffset)
  Napi::Value Write(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    return guard(env, [&]() -> Napi::Value {
      const uint32_t id = u32(info[0], "buffer id");
      const Bytes b = bytesOf(info[1], "data");
      const uint64_t off = info[2].IsUndefined() ? 0 : integer(info[2], "byteOffset");
      dev().write(id, b.data, b.length, off);
      return env.Undefined();
    });
  }

  // read(id, byteOffset, byteLength?) -> ArrayBuffer
  Napi::Value Read(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    return guard(env, [&]() -> Napi::Value {
      const uint32_t id = u32(info[0], "buffer id");
      const uint64_t off = info[1].IsUndefined() ? 0 : integer(info[1], "byteOffset");
      uint64_t len;
      if (info[2].IsUndefined()) {
        const uint64_t size = dev().bufferSize(id);
        if (off > size) {
          rangeError("read: byteOffset " + std::to_string(off) + " is past the end of the buffer (" +
                     std::to_string(size) + " bytes)");
        }
        len = size - off;
      } else {
        len = integer(info[2], "byteLength");
      }
      // Validate the range before allocating the result.
      const uint64_t size = dev().bufferSize(id);
      if (off > size || len > size - off) {
        rangeError("read: range [" + std::to_string(off) + ", " + std::to_string(off) + " + " +
                   std::to_string(len) + ") is outside the buffer of " + std::to_string(size) + " bytes");
      }
      Napi::ArrayBuffer out = Napi::ArrayBuffer::New(env, static_cast<size_t>(len));
      if (len) dev().read(id, off, len, static_cast<uint8_t*>(out.Data()));
      return out;
    });
  }

  // fill(id, u32)
  Napi::Value Fill(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    return guard(env, [&]() -> Napi::Value {
      const uint32_t id = u32(info[0], "buffer id");
      dev().fill(id, u32(info[1], "fill value"));
      return env.Undefined();
    });
  }

  Napi::Value CreatePipeline(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    return guard(env, [&]() -> Napi::Value {
      if (!info[0].IsObject()) typeError("createPipeline: the descriptor must be an object");
      Napi::Object o = info[0].As<Napi::Object>();
      kgenvk::PipelineDesc desc;
      Napi::Value label = o.Get("label");
      if (label.IsString()) desc.label = label.As<Napi::String>().Utf8Value();
      const std::string what = "createPipeline" + (desc.label.empty() ? "" : "('" + desc.label + "')");

      const Bytes code = bytesOf(o.Get("spirv"), what + ": spirv");
      if (code.length == 0 || code.length % 4 != 0) {
        rangeError(what + ": spirv must be a non-empty whole number of 32-bit words (got " +
                   std::to_string(code.length) + " bytes)");
      }
      desc.spirv.resize(code.length / 4);
      std::memcpy(desc.spirv.data(), code.data, code.length);

      Napi::Value ep = o.Get("entryPoint");
      if (!ep.IsUndefined() && !ep.IsNull()) {
        if (!ep.IsString()) typeError(what + ": entryPoint must be a string");
        desc.entryPoint = ep.As<Napi::String>().Utf8Value();
      }
      desc.bindingCount = u32(o.Get("bindingCount"), what + ": bindingCount");
      desc.pushConstantBytes = u32(o.Get("pushConstantBytes"), what + ": pushConstantBytes");
      Napi::Value rss = o.Get("requiredSubgroupSize");
      if (!rss.IsUndefined() && !rss.IsNull()) {
        desc.requiredSubgroupSize = u32(rss, what + ": requiredSubgroupSize");
        if (desc.requiredSubgroupSize == 0) rangeError(what + ": requiredSubgroupSize must be > 0");
      }
      Napi::Value full = o.Get("requireFullSubgroups");
      if (!full.IsUndefined() && !full.IsNull()) {
        if (!full.IsBoolean()) typeError(what + ": requireFullSubgroups must be a boolean");
        desc.requireFullSubgroups = full.As<Napi::Boolean>().Value();
      }
      Napi::Value spec = o.Get("specialization");
      if (!spec.IsUndefined() && !spec.IsNull()) {
        if (!spec.IsArray()) typeError(what + ": specialization must be an array");
        Napi::Array a = spec.As<Napi::Array>();
        for (uint32_t i = 0; i < a.Length(); ++i) {
          const std::string at = what + ": specialization[" + std::to_string(i) + "]";
          Napi::Value ev = a.Get(i);
          if (!ev.IsObject()) typeError(at + " must be an object { id, value, type? }");
          Napi::Object e = ev.As<Napi::Object>();
          kgenvk::SpecConstant sc{};
          sc.id = u32(e.Get("id"), at + ".id");
          std::string type = "u32";
          Napi::Value t = e.Get("type");
          if (!t.IsUndefined() && !t.IsNull()) {
            if (!t.IsString()) typeError(at + ".type must be 'u32', 'i32', 'f32' or 'bool'");
            type = t.As<Napi::String>().Utf8Value();
          }
          Napi::Value v = e.Get("value");
          if (type == "bool") {
            if (v.IsBoolean()) {
              sc.bits = v.As<Napi::Boolean>().Value() ? 1u : 0u;
            } else {
              const double d = number(v, at + ".value");
              if (d != 0 && d != 1) rangeError(at + ".value must be true/false or 0/1 for type 'bool'");
              sc.bits = d != 0 ? 1u : 0u;
            }
          } else if (type == "u32") {
            sc.bits = u32(v, at + ".value");
          } else if (type == "i32") {
            const double d = number(v, at + ".value");
            if (d != std::floor(d) || d < -2147483648.0 || d > 2147483647.0) {
              rangeError(at + ".value must be an integer in the i32 range (got " + std::to_string(d) + ")");
            }
            sc.bits = static_cast<uint32_t>(static_cast<int32_t>(d));
          } else if (type == "f32") {
            const float f = static_cast<float>(number(v, at + ".value"));
            std::memcpy(&sc.bits, &f, 4);
          } else {
            typeError(at + ".type must be 'u32', 'i32', 'f32' or 'bool' (got '" + type + "')");
          }
          desc.specialization.push_back(sc);
        }
      }
      return Napi::Number::New(env, dev().createPipeline(desc));
    });
  }

  Napi::Value DestroyPipeline(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    return guard(env, [&]() -> Napi::Value {
      dev().destroyPipeline(u32(info[0], "pipeline id"));
      return env.Undefined();
    });
  }

  // run([{ pipeline: id, buffers: id[], push?: view, groups: [x, y, z] }], timestamps) -> number[] | undefined
  Napi::Value Run(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    return guard(env, [&]() -> Napi::Value {
      if (!info[0].IsArray()) typeError("run: commands must be an array");
      Napi::Array a = info[0].As<Napi::Array>();
      const bool timestamps = info.Length() > 1 && info[1].ToBoolean().Value();
      std::vector<kgenvk::Dispatch> cmds;
      cmds.reserve(a.Length());
      for (uint32_t i = 0; i < a.Length(); ++i) {
        const std::string at = "run: command " + std::to_string(i);
        Napi::Value cv = a.Get(i);
        if (!cv.IsObject()) typeError(at + " must be an object");
        Napi::Object c = cv.As<Napi::Object>();
        kgenvk::Dispatch d{};
        d.pipeline = u32(c.Get("pipeline"), at + ".pipeline");
        Napi::Value bufs = c.Get("buffers");
        if (!bufs.IsArray()) typeError(at + ".buffers must be an array");
        Napi::Array ba = bufs.As<Napi::Array>();
        for (uint32_t k = 0; k < ba.Length(); ++k) {
          d.buffers.push_back(u32(ba.Get(k), at + ".buffers[" + std::to_string(k) + "]"));
        }
        Napi::Value push = c.Get("push");
        if (!push.IsUndefined() && !push.IsNull()) {
          const Bytes p = bytesOf(push, at + ".push");
          d.push.assign(p.data, p.data + p.length);
        }
        Napi::Value groups = c.Get("groups");
        if (!groups.IsArray() || groups.As<Napi::Array>().Length() != 3) {
          typeError(at + ".groups must be an array [x, y, z]");
        }
        Napi::Array ga = groups.As<Napi::Array>();
        for (uint32_t k = 0; k < 3; ++k) d.groups[k] = u32(ga.Get(k), at + ".groups[" + std::to_string(k) + "]");
        cmds.push_back(std::move(d));
      }
      const std::vector<double> ts = dev().run(cmds, timestamps);
      if (!timestamps) return env.Undefined();
      Napi::Array out = Napi::Array::New(env, ts.size());
      for (uint32_t i = 0; i < ts.size(); ++i) out.Set(i, Napi::Number::New(env, ts[i]));
      return out;
    });
  }

  Napi::Value TakeValidationMessages(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    return guard(env, [&]() -> Napi::Value {
      const auto messages = dev().takeValidationMessages();
      Napi::Array out = Napi::Array::New(env, messages.size());
      for (uint32_t i = 0; i < messages.size(); ++i) out.Set(i, Napi::String::New(env, messages[i]));
      return out;
    });
  }

  Napi::Value Destroy(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    return guard(env, [&]() -> Napi::Value {
      dev().destroy();
      return env.Undefined();
    });
  }

  Napi::Value IsDestroyed(const Napi::CallbackInfo& info) {
    return Napi::Boolean::New(info.Env(), dev().destroyed());
  }

  std::unique_ptr<kgenvk::Device> device_;
};

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("listDevices", Napi::Function::New(env, ListDevices, "listDevices"));
  exports.Set("vkResultName", Napi::Function::New(env, VkResultName, "vkResultName"));
  exports.Set("loaderStatus", Napi::Function::New(env, LoaderStatus, "loaderStatus"));
  exports.Set("Device", DeviceWrap::Init(env));
  exports.Set("headerVersion", Napi::Number::New(env, VK_HEADER_VERSION));
  return exports;
}

}  // namespace

NODE_API_MODULE(kgen_vulkan, Init)
