// Reading and writing model files, atomically and with every field checked.
#include "engine/model_file.hpp"

#include <zlib.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "engine/data/idx.hpp"
#include "engine/file_io.hpp"
#include "engine/network_spec.hpp"
#include "engine/safe_json.hpp"

namespace cnnlab {

namespace {

constexpr char kMagic[8] = {'C', 'N', 'N', 'L', 'A', 'B', '\0', 'M'};

template <typename T>
void put(std::string& out, T value) {
  for (std::size_t i = 0; i < sizeof(T); ++i) out.push_back(char((std::uint64_t(value) >> (8 * i)) & 0xff));
}

template <typename T>
T get(const std::vector<std::uint8_t>& in, std::size_t& at, const std::string& path, const char* what) {
  if (in.size() - at < sizeof(T)) throw ModelFileError(path + ": truncated model file (while reading the " + what + ")");
  std::uint64_t value = 0;
  for (std::size_t i = 0; i < sizeof(T); ++i) value |= std::uint64_t(in[at + i]) << (8 * i);
  at += sizeof(T);
  return T(value);
}

}  // namespace

void saveModel(const Network<float>& network, const std::string& path, const nlohmann::json& metadata) {
  // The loader refuses such weights, so saving them would replace a good file with an unusable one.
  if (!network.parameters().is_finite())
    throw ModelFileError(path + ": not saved: the weights contain NaN or Inf (training diverged)");
  const std::string json = nlohmann::json{{"network", network.spec()}, {"metadata", metadata}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string bytes(kMagic, kMagic + 8);
  put<std::uint32_t>(bytes, kModelFormatVersion);
  put<std::uint64_t>(bytes, json.size());
  bytes += json;
  put<std::uint64_t>(bytes, network.parameterCount());
  static_assert(sizeof(float) == 4);
  const std::size_t at = bytes.size();
  bytes.resize(at + 4 * network.parameterCount());
  std::memcpy(bytes.data() + at, network.parameters().memptr(), 4 * network.parameterCount());  // x86-64: little-endian
  put<std::uint32_t>(bytes, std::uint32_t(crc32(0L, reinterpret_cast<const Bytef*>(bytes.data()), uInt(bytes.size()))));

  try {
    writeFileAtomically(path, bytes);
  } catch (const FileError& e) {
    throw ModelFileError(e.what());
  }
}

LoadedModel loadModel(const std::string& path) {
  try {
    return parseModel(readFileBytes(path), path);
  } catch (const IdxError& e) {
    throw ModelFileError(e.what());
  }
}

LoadedModel parseModel(const std::vector<std::uint8_t>& bytes, const std::string& path) {
  if (bytes.size() < 8 || std::memcmp(bytes.data(), kMagic, 8) != 0)
    throw ModelFileError(path + ": not a cnnlab model file (bad magic)");
  if (bytes.size() < 8 + 4 + 8 + 8 + 4) throw ModelFileError(path + ": truncated model file");
  std::size_t at = 8;
  const auto version = get<std::uint32_t>(bytes, at, path, "version");
  if (version != kModelFormatVersion)
    throw ModelFileError(path + ": model format version " + std::to_string(version) + " is not supported (this cnnlab reads version " +
                         std::to_string(kModelFormatVersion) + ")");
  const auto jsonLength = get<std::uint64_t>(bytes, at, path, "header");
  if (jsonLength > bytes.size() - at) throw ModelFileError(path + ": truncated model file (network description)");
  const std::size_t jsonAt = at;
  at += jsonLength;
  const auto count = get<std::uint64_t>(bytes, at, path, "parameter count");
  if (count > (bytes.size() - at) / 4 || bytes.size() - at < 4 * count + 4)
    throw ModelFileError(path + ": truncated model file (parameters)");
  if (bytes.size() - at != 4 * count + 4)
    throw ModelFileError(path + ": " + std::to_string(bytes.size() - at - 4 * count - 4) + " unexpected bytes at the end");
  const std::uint32_t stored = std::uint32_t(bytes[bytes.size() - 4]) | (std::uint32_t(bytes[bytes.size() - 3]) << 8) |
                               (std::uint32_t(bytes[bytes.size() - 2]) << 16) | (std::uint32_t(bytes[bytes.size() - 1]) << 24);
  if (stored != std::uint32_t(crc32(0L, bytes.data(), uInt(bytes.size() - 4))))
    throw ModelFileError(path + ": the model file is corrupt (checksum mismatch)");
  nlohmann::json document;
  try {
    document = parseJsonSafely(std::string_view(reinterpret_cast<const char*>(bytes.data()) + jsonAt, jsonLength));
  } catch (const std::invalid_argument& e) {
    throw ModelFileError(path + ": the network description is not valid JSON (" + e.what() + ")");
  }
  if (!document.is_object() || !document.contains("network") || !document["network"].is_object())
    throw ModelFileError(path + ": the model file has no network description");
  LoadedModel model{Network<float>(Shape{1, 1, 1}), document.value("metadata", nlohmann::json::object())};
  try {
    model.network = buildNetwork<float>(document["network"]);
  } catch (const std::exception& e) {
    throw ModelFileError(path + ": " + e.what());
  }
  if (count != model.network.parameterCount())
    throw ModelFileError(path + ": holds " + std::to_string(count) + " parameters but its network needs " +
                         std::to_string(model.network.parameterCount()));
  std::memcpy(model.network.parameters().memptr(), bytes.data() + at, 4 * count);
  if (!model.network.parameters().is_finite()) throw ModelFileError(path + ": the weights contain NaN or Inf");
  return model;
}

}  // namespace cnnlab
