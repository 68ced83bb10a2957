// MNIST's IDX file format, plain or gzip: validated before anything is allocated from the header.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace cnnlab {

// A file that is not a usable IDX file. what() is one line: "<name>: <reason>".
class IdxError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// An IDX array of unsigned bytes (type code 0x08), e.g. images N × 28 × 28 or labels N.
struct IdxArray {
  std::vector<std::uint32_t> dims;
  std::vector<std::uint8_t> data;  // row-major, as stored
};

// The largest decompressed size accepted (a gzip bomb or a lying header stops here).
constexpr std::size_t kMaxIdxBytes = std::size_t(1) << 31;

// Decompresses gzip data (detected by its magic bytes) or returns plain data unchanged.
// Throws IdxError when the gzip stream is corrupt or truncated, or inflates past what its IDX header
// claims (checked as it inflates, so a gzip bomb stops early) or past kMaxIdxBytes.
std::vector<std::uint8_t> gunzipIfNeeded(std::vector<std::uint8_t> bytes, const std::string& name);

// Reads a whole regular file (at most kMaxIdxBytes); throws IdxError when it cannot (a FIFO,
// directory or device is refused before opening).
std::vector<std::uint8_t> readFileBytes(const std::string& path);

// Parses an IDX byte buffer. expectedDims: 0 for any, else the required number of dimensions.
// Checks the magic number, the type code, the dimension count, every dimension > 0, and that the
// data length equals the product of the dimensions, before copying anything.
IdxArray parseIdx(const std::vector<std::uint8_t>& bytes, const std::string& name, unsigned expectedDims = 0);
// The same, keeping bytes' memory for the data (the header is cut off in place): no second copy.
IdxArray parseIdx(std::vector<std::uint8_t>&& bytes, const std::string& name, unsigned expectedDims = 0);

// readFileBytes + gunzipIfNeeded + parseIdx.
IdxArray readIdx(const std::string& path, unsigned expectedDims = 0);

// Writes an IDX file of unsigned bytes (plain, not compressed) atomically; for tests and exports.
void writeIdx(const std::string& path, const IdxArray& array);

}  // namespace cnnlab
