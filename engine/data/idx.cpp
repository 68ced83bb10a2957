// IDX reading with zlib, checked at every step.
#include "engine/data/idx.hpp"

#include <zlib.h>

#include <algorithm>
#include <fstream>

#include "engine/file_io.hpp"

namespace cnnlab {

std::vector<std::uint8_t> readFileBytes(const std::string& path) {
  std::uint64_t size = 0;
  std::ifstream file;
  try {
    file = openForReading(path, size);
  } catch (const FileError& e) {
    throw IdxError(e.what());
  }
  if (size > kMaxIdxBytes) throw IdxError(path + ": the file is larger than 2 GiB");
  std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size));
  if (size > 0 && !file.read(reinterpret_cast<char*>(bytes.data()), std::streamsize(size)))
    throw IdxError(path + ": cannot read the file");
  return bytes;
}

namespace {

// The size an IDX header promises (header plus data), once enough of it has been inflated;
// 0 while unknown or when the bytes are not an IDX header (parseIdx reports that later).
std::size_t claimedIdxSize(const std::uint8_t* data, std::size_t size) {
  if (size < 4 || data[0] != 0 || data[1] != 0 || data[3] == 0 || data[3] > 4) return 0;
  const std::size_t header = 4 + 4 * std::size_t(data[3]);
  if (size < header) return 0;
  std::uint64_t total = 1;
  for (unsigned d = 0; d < data[3]; ++d) {
    const std::uint8_t* p = data + 4 + 4 * d;
    total *= (std::uint64_t(p[0]) << 24) | (std::uint64_t(p[1]) << 16) | (std::uint64_t(p[2]) << 8) | p[3];
    if (total > kMaxIdxBytes) return kMaxIdxBytes;
  }
  return header + std::size_t(total);
}

}  // namespace

std::vector<std::uint8_t> gunzipIfNeeded(std::vector<std::uint8_t> bytes, const std::string& name) {
  if (bytes.size() < 2 || bytes[0] != 0x1f || bytes[1] != 0x8b) return bytes;
  z_stream stream{};
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) throw IdxError(name + ": zlib could not start");
  auto fail = [&](const std::string& why) {
    inflateEnd(&stream);
    throw IdxError(name + ": " + why);
  };
  std::vector<std::uint8_t> out;
  // Grow by what the stream really yields, in steps of at most 1 MiB, and stop as soon as it
  // passes what the IDX header claims: a gzip bomb is refused after a few MB, not 2 GiB.
  constexpr std::size_t kStep = std::size_t(1) << 20;
  out.resize(std::min<std::size_t>(bytes.size() * 4 + 1024, kStep));
  stream.next_in = bytes.data();
  stream.avail_in = static_cast<uInt>(bytes.size());
  std::size_t produced = 0, limit = kMaxIdxBytes;
  const std::size_t n = bytes.size();
  const std::size_t trailerSize = n >= 18 ? std::size_t(bytes[n - 4]) | std::size_t(bytes[n - 3]) << 8 |
                                                std::size_t(bytes[n - 2]) << 16 | std::size_t(bytes[n - 1]) << 24
                                          : 0;
  int status = Z_OK;
  while (status != Z_STREAM_END) {
    if (produced == out.size()) {
      if (out.size() >= limit) fail(limit == kMaxIdxBytes ? "decompresses to more than 2 GiB"
                                                          : "decompresses to more than the " + std::to_string(limit) +
                                                                " bytes its IDX header claims");
      out.resize(std::min({out.size() * 2, out.size() + 64 * kStep, limit + 1}));
    }
    stream.next_out = out.data() + produced;
    stream.avail_out = static_cast<uInt>(std::min(out.size() - produced, kStep));
    const uInt before = stream.avail_out;
    status = inflate(&stream, Z_NO_FLUSH);
    produced += before - stream.avail_out;
    if (limit == kMaxIdxBytes)
      if (const std::size_t claimed = claimedIdxSize(out.data(), produced)) {
        limit = claimed;
        // Room for all of it at once when the gzip trailer (the size mod 2³²) agrees and deflate
        // could produce that much (at most ~1032:1): growing by doubling would hold the old and
        // the new buffer together (80 MB for Fashion-MNIST's 47 MB). Reserved, not yet touched.
        if (trailerSize == (claimed & 0xffffffffu) && claimed / 1032 <= bytes.size()) out.reserve(claimed + 1);
      }
    if (produced > limit)
      fail("decompresses to more than the " + std::to_string(limit) + " bytes its IDX header claims");
    if (status == Z_BUF_ERROR && stream.avail_in == 0) fail("the gzip data is truncated");
    if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
      fail(std::string("the gzip data is corrupt (") + (stream.msg ? stream.msg : "zlib error") + ")");
  }
  inflateEnd(&stream);
  out.resize(produced);
  return out;
}

namespace {

// Checks bytes and returns the array's dimensions and header size; copies nothing.
std::size_t checkIdx(const std::vector<std::uint8_t>& bytes, const std::string& name, unsigned expectedDims,
                     std::vector<std::uint32_t>& dims) {
  if (bytes.size() < 4) throw IdxError(name + ": too short to be an IDX file (" + std::to_string(bytes.size()) + " bytes)");
  if (bytes[0] != 0 || bytes[1] != 0)
    throw IdxError(name + ": not an IDX file (bad magic number)");
  if (bytes[2] != 0x08)
    throw IdxError(name + ": unsupported IDX element type 0x" + (bytes[2] < 16 ? "0" : "") +
                   [&] { char b[3]; std::snprintf(b, 3, "%x", bytes[2]); return std::string(b); }() +
                   " (only unsigned bytes, 0x08, are supported)");
  const unsigned ndims = bytes[3];
  if (ndims == 0 || ndims > 4) throw IdxError(name + ": bad IDX dimension count " + std::to_string(ndims));
  if (expectedDims && ndims != expectedDims)
    throw IdxError(name + ": expected an IDX file with " + std::to_string(expectedDims) + " dimension" +
                   (expectedDims == 1 ? "" : "s") + ", this one has " + std::to_string(ndims));
  const std::size_t header = 4 + 4 * std::size_t(ndims);
  if (bytes.size() < header) throw IdxError(name + ": truncated IDX header");
  std::uint64_t total = 1;
  for (unsigned d = 0; d < ndims; ++d) {
    const std::uint8_t* p = bytes.data() + 4 + 4 * d;
    const std::uint32_t dim = (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) |
                              (std::uint32_t(p[2]) << 8) | std::uint32_t(p[3]);
    if (dim == 0) throw IdxError(name + ": dimension " + std::to_string(d + 1) + " is 0");
    total *= dim;
    if (total > kMaxIdxBytes) throw IdxError(name + ": the header claims an absurd size (over 2 GiB of data)");
    dims.push_back(dim);
  }
  const std::size_t available = bytes.size() - header;
  if (available < total)
    throw IdxError(name + ": truncated: the header promises " + std::to_string(total) + " bytes of data, the file has " +
                   std::to_string(available));
  if (available > total)
    throw IdxError(name + ": " + std::to_string(available - total) + " unexpected bytes after the data");
  return header;
}

}  // namespace

IdxArray parseIdx(const std::vector<std::uint8_t>& bytes, const std::string& name, unsigned expectedDims) {
  IdxArray array;
  const std::size_t header = checkIdx(bytes, name, expectedDims, array.dims);
  array.data.assign(bytes.begin() + std::ptrdiff_t(header), bytes.end());
  return array;
}

IdxArray parseIdx(std::vector<std::uint8_t>&& bytes, const std::string& name, unsigned expectedDims) {
  IdxArray array;
  const std::size_t header = checkIdx(bytes, name, expectedDims, array.dims);
  bytes.erase(bytes.begin(), bytes.begin() + std::ptrdiff_t(header));
  array.data = std::move(bytes);
  return array;
}

IdxArray readIdx(const std::string& path, unsigned expectedDims) {
  return parseIdx(gunzipIfNeeded(readFileBytes(path), path), path, expectedDims);
}

void writeIdx(const std::string& path, const IdxArray& array) {
  std::string bytes(4 + 4 * array.dims.size(), '\0');
  bytes[2] = 0x08;
  bytes[3] = char(array.dims.size());
  for (std::size_t i = 0; i < array.dims.size(); ++i)
    for (int b = 0; b < 4; ++b) bytes[4 + 4 * i + std::size_t(b)] = char(array.dims[i] >> (24 - 8 * b));
  bytes.append(reinterpret_cast<const char*>(array.data.data()), array.data.size());
  try {
    writeFileAtomically(path, bytes);
  } catch (const FileError& e) {
    throw IdxError(e.what());
  }
}

}  // namespace cnnlab
