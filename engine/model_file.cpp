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

namespace {

// Where a model's bytes come from: a file read piece by piece, or bytes already in memory (the
// fuzz target). Only the header, the network description and the weights are ever held, so a
// 2 GB file with the right magic is refused after reading 28 bytes, not after reading 2 GB.
class ModelSource {
 public:
  virtual ~ModelSource() = default;
  std::uint64_t size() const { return size_; }
  std::uint64_t consumed() const { return consumed_; }
  std::uint64_t remaining() const { return size_ - consumed_; }
  // Reads n bytes (n ≤ remaining()) into `into` and adds them to the running checksum.
  void read(void* into, std::size_t n, const std::string& path) {
    if (n == 0) return;  // crc32 of a null buffer is not a no-op: it restarts the checksum
    fetch(static_cast<std::uint8_t*>(into), n, path);
    crc_ = crc32(crc_, static_cast<const Bytef*>(into), uInt(n));
    consumed_ += n;
  }
  template <typename T>
  T get(const std::string& path) {
    std::uint8_t bytes[sizeof(T)];
    read(bytes, sizeof(T), path);
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i) value |= std::uint64_t(bytes[i]) << (8 * i);
    return T(value);
  }
  std::uint32_t crc() const { return std::uint32_t(crc_); }
  // True when the last four bytes hold the checksum of every byte before them; reads the rest of
  // the file in 64 KiB pieces (a damaged file is reported as damaged before its contents are).
  bool checksumHolds(const std::string& path) {
    std::vector<std::uint8_t> piece(1 << 16);
    while (remaining() > 4) {
      const std::size_t n = std::size_t(std::min<std::uint64_t>(piece.size(), remaining() - 4));
      read(piece.data(), n, path);
    }
    const std::uint32_t expected = crc();
    return get<std::uint32_t>(path) == expected;
  }

 protected:
  explicit ModelSource(std::uint64_t size) : size_(size) {}
  virtual void fetch(std::uint8_t* into, std::size_t n, const std::string& path) = 0;

 private:
  std::uint64_t size_, consumed_ = 0;
  uLong crc_ = crc32(0L, Z_NULL, 0);
};

class MemorySource final : public ModelSource {
 public:
  explicit MemorySource(const std::vector<std::uint8_t>& bytes) : ModelSource(bytes.size()), bytes_(bytes) {}

 private:
  void fetch(std::uint8_t* into, std::size_t n, const std::string&) override {
    std::memcpy(into, bytes_.data() + consumed(), n);
  }
  const std::vector<std::uint8_t>& bytes_;
};

class FileSource final : public ModelSource {
 public:
  FileSource(std::ifstream& file, std::uint64_t size) : ModelSource(size), file_(file) {}

 private:
  void fetch(std::uint8_t* into, std::size_t n, const std::string& path) override {
    if (!file_.read(reinterpret_cast<char*>(into), std::streamsize(n)))
      throw ModelFileError(path + ": cannot read the file (it changed or shrank while being read)");
  }
  std::ifstream& file_;
};

// The network description is a few KB; class names for 1000 classes are well under a megabyte.
constexpr std::uint64_t kMaxModelHeaderBytes = kMaxSpecFileBytes;

LoadedModel parseModelFrom(ModelSource& in, const std::string& path) {
  constexpr std::uint64_t kFixed = 8 + 4 + 8 + 8 + 4;  // magic, version, lengths, checksum
  char magic[8] = {};
  if (in.size() < 8) throw ModelFileError(path + ": not a cnnlab model file (bad magic)");
  in.read(magic, 8, path);
  if (std::memcmp(magic, kMagic, 8) != 0) throw ModelFileError(path + ": not a cnnlab model file (bad magic)");
  if (in.size() < kFixed) throw ModelFileError(path + ": truncated model file");
  const auto version = in.get<std::uint32_t>(path);
  if (version != kModelFormatVersion)
    throw ModelFileError(path + ": model format version " + std::to_string(version) + " is not supported (this cnnlab reads version " +
                         std::to_string(kModelFormatVersion) + ")");
  const auto jsonLength = in.get<std::uint64_t>(path);
  if (jsonLength > in.remaining() - 12) throw ModelFileError(path + ": truncated model file (network description)");
  if (jsonLength > kMaxModelHeaderBytes)
    throw ModelFileError(path + ": the network description is " + std::to_string(jsonLength) + " bytes, more than the " +
                         std::to_string(kMaxModelHeaderBytes >> 20) + " MiB a model file may hold");
  std::string json(std::size_t(jsonLength), '\0');
  in.read(json.data(), json.size(), path);
  const auto count = in.get<std::uint64_t>(path);
  // Bounds what is read (and checksummed) next: a sparse file of any size with the right header
  // was checksummed whole before being refused.
  if (count > kMaxSpecParameters)
    throw ModelFileError(path + ": holds " + std::to_string(count) + " parameters, more than the " +
                         std::to_string(kMaxSpecParameters) + " a network may have");
  if (count > in.remaining() / 4 || in.remaining() < 4 * count + 4) throw ModelFileError(path + ": truncated model file (parameters)");
  if (in.remaining() != 4 * count + 4)
    throw ModelFileError(path + ": " + std::to_string(in.remaining() - 4 * count - 4) + " unexpected bytes at the end");

  // A description that does not parse, or that does not match the weights, is first checked
  // against the checksum: damage is reported as damage.
  const auto refuse = [&](const std::string& why) -> ModelFileError {
    if (!in.checksumHolds(path)) return ModelFileError(path + ": the model file is corrupt (checksum mismatch)");
    return ModelFileError(path + ": " + why);
  };
  nlohmann::json document;
  try {
    document = parseJsonSafely(json);
  } catch (const std::invalid_argument& e) {
    throw refuse(std::string("the network description is not valid JSON (") + e.what() + ")");
  }
  if (!document.is_object() || !document.contains("network") || !document["network"].is_object())
    throw refuse("the model file has no network description");
  LoadedModel model{Network<float>(Shape{1, 1, 1}), document.value("metadata", nlohmann::json::object()), path};
  try {
    model.network = buildNetwork<float>(document["network"]);
  } catch (const std::exception& e) {
    throw refuse(e.what());
  }
  if (count != model.network.parameterCount())
    throw refuse("holds " + std::to_string(count) + " parameters but its network needs " + std::to_string(model.network.parameterCount()));
  static_assert(sizeof(float) == 4);  // x86-64: little-endian, as saveModel wrote them
  in.read(model.network.parameters().memptr(), std::size_t(4 * count), path);
  const std::uint32_t expected = in.crc();
  if (in.get<std::uint32_t>(path) != expected) throw ModelFileError(path + ": the model file is corrupt (checksum mismatch)");
  if (!model.network.parameters().is_finite()) throw ModelFileError(path + ": the weights contain NaN or Inf");
  return model;
}

}  // namespace

LoadedModel loadModel(const std::string& path) {
  std::uint64_t size = 0;
  std::ifstream file;
  try {
    file = openForReading(path, size);
  } catch (const FileError& e) {
    throw ModelFileError(e.what());
  }
  FileSource source(file, size);
  return parseModelFrom(source, path);
}

LoadedModel parseModel(const std::vector<std::uint8_t>& bytes, const std::string& path) {
  MemorySource source(bytes);
  return parseModelFrom(source, path);
}

// The original labels the model's outputs stand for: metadata "classes" as train saves it, else
// 0 … outputs−1. Refuses metadata that disagrees with the network.
std::vector<int> modelClasses(const LoadedModel& model) {
  const std::string& path = model.path;
  const std::size_t outputs = model.network.outputShape().size();
  std::vector<int> classes;
  const nlohmann::json& meta = model.metadata;
  if (meta.is_object() && meta.contains("classes")) {
    const nlohmann::json& list = meta["classes"];
    if (!list.is_array() || list.size() != outputs)
      throw ModelFileError(path + ": metadata \"classes\" must list one label per output (" + std::to_string(outputs) + ")");
    for (const auto& c : list) {
      if (!c.is_number_integer() || c.get<long long>() < 0 || c.get<long long>() > 255)
        throw ModelFileError(path + ": metadata \"classes\" must hold labels 0–255");
      classes.push_back(c.get<int>());
    }
  } else {
    if (outputs > 256) throw ModelFileError(path + ": the network has more than 256 outputs");
    for (std::size_t c = 0; c < outputs; ++c) classes.push_back(int(c));
  }
  return classes;
}

// The class names the model was trained with ("class_names": an image folder's subfolders, one per
// output), or none (IDX data and older files: the labels are the names).
std::vector<std::string> modelClassNames(const LoadedModel& model) {
  const std::string& path = model.path;
  const nlohmann::json& meta = model.metadata;
  if (!meta.is_object() || !meta.contains("class_names")) return {};
  const nlohmann::json& list = meta["class_names"];
  const std::size_t outputs = model.network.outputShape().size();
  if (!list.is_array() || list.size() != outputs)
    throw ModelFileError(path + ": metadata \"class_names\" must list one name per output (" + std::to_string(outputs) + ")");
  std::vector<std::string> names;
  for (const auto& n : list) {
    if (!n.is_string() || n.get<std::string>().empty() || n.get<std::string>().size() > 255)
      throw ModelFileError(path + ": metadata \"class_names\" must hold names of 1–255 bytes");
    names.push_back(n.get<std::string>());
  }
  return names;
}

}  // namespace cnnlab
