// IDX reading with zlib, checked at every step.
#include "engine/data/idx.hpp"

#include <zlib.h>

#include <fstream>

namespace cnnlab {

std::vector<std::uint8_t> readFileBytes(const std::string& path) {
  std::ifstream file(path, std::ios::binary | std::ios::ate);
  if (!file) throw IdxError(path + ": cannot open the file");
  const std::streamoff size = file.tellg();
  if (size < 0) throw IdxError(path + ": cannot read the file");
  if (std::uint64_t(size) > kMaxIdxBytes) throw IdxError(path + ": the file is larger than 2 GiB");
  std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size));
  file.seekg(0);
  if (size > 0 && !file.read(reinterpret_cast<char*>(bytes.data()), size))
    throw IdxError(path + ": cannot read the file");
  return bytes;
}

std::vector<std::uint8_t> gunzipIfNeeded(std::vector<std::uint8_t> bytes, const std::string& name) {
  if (bytes.size() < 2 || bytes[0] != 0x1f || bytes[1] != 0x8b) return bytes;
  z_stream stream{};
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) throw IdxError(name + ": zlib could not start");
  std::vector<std::uint8_t> out;
  // Grow by what the stream really yields, never by what a header claims.
  out.resize(std::min<std::size_t>(bytes.size() * 4 + 1024, kMaxIdxBytes));
  stream.next_in = bytes.data();
  stream.avail_in = static_cast<uInt>(bytes.size());
  std::size_t produced = 0;
  int status = Z_OK;
  while (status != Z_STREAM_END) {
    if (produced == out.size()) {
      if (out.size() >= kMaxIdxBytes) {
        inflateEnd(&stream);
        throw IdxError(name + ": decompresses to more than 2 GiB");
      }
      out.resize(std::min(out.size() * 2, kMaxIdxBytes));
    }
    stream.next_out = out.data() + produced;
    stream.avail_out = static_cast<uInt>(std::min<std::size_t>(out.size() - produced, 1u << 30));
    const uInt before = stream.avail_out;
    status = inflate(&stream, Z_NO_FLUSH);
    produced += before - stream.avail_out;
    if (status == Z_BUF_ERROR && stream.avail_in == 0) {
      inflateEnd(&stream);
      throw IdxError(name + ": the gzip data is truncated");
    }
    if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
      inflateEnd(&stream);
      throw IdxError(name + ": the gzip data is corrupt (" + (stream.msg ? stream.msg : "zlib error") + ")");
    }
  }
  inflateEnd(&stream);
  out.resize(produced);
  return out;
}

IdxArray parseIdx(const std::vector<std::uint8_t>& bytes, const std::string& name, unsigned expectedDims) {
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
  IdxArray array;
  std::uint64_t total = 1;
  for (unsigned d = 0; d < ndims; ++d) {
    const std::uint8_t* p = bytes.data() + 4 + 4 * d;
    const std::uint32_t dim = (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) |
                              (std::uint32_t(p[2]) << 8) | std::uint32_t(p[3]);
    if (dim == 0) throw IdxError(name + ": dimension " + std::to_string(d + 1) + " is 0");
    total *= dim;
    if (total > kMaxIdxBytes) throw IdxError(name + ": the header claims an absurd size (over 2 GiB of data)");
    array.dims.push_back(dim);
  }
  const std::size_t available = bytes.size() - header;
  if (available < total)
    throw IdxError(name + ": truncated: the header promises " + std::to_string(total) + " bytes of data, the file has " +
                   std::to_string(available));
  if (available > total)
    throw IdxError(name + ": " + std::to_string(available - total) + " unexpected bytes after the data");
  array.data.assign(bytes.begin() + std::ptrdiff_t(header), bytes.end());
  return array;
}

IdxArray readIdx(const std::string& path, unsigned expectedDims) {
  return parseIdx(gunzipIfNeeded(readFileBytes(path), path), path, expectedDims);
}

void writeIdx(const std::string& path, const IdxArray& array) {
  std::ofstream file(path, std::ios::binary);
  const std::uint8_t head[4] = {0, 0, 0x08, std::uint8_t(array.dims.size())};
  file.write(reinterpret_cast<const char*>(head), 4);
  for (std::uint32_t d : array.dims) {
    const std::uint8_t b[4] = {std::uint8_t(d >> 24), std::uint8_t(d >> 16), std::uint8_t(d >> 8), std::uint8_t(d)};
    file.write(reinterpret_cast<const char*>(b), 4);
  }
  file.write(reinterpret_cast<const char*>(array.data.data()), std::streamsize(array.data.size()));
  if (!file) throw IdxError(path + ": cannot write the file");
}

}  // namespace cnnlab
