// Files in and out, safely: only regular files are read, and every file cnnlab writes goes through
// one atomic write (temporary file in the same folder, fsync, rename), so a failure never destroys
// the previous file.
#pragma once

#include <cstdint>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace cnnlab {

// A file that cannot be read or written. what() is one line: "<path>: <reason>".
class FileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Throws FileError unless path names a regular file (after following symlinks) that this process
// may read: a FIFO would block the reader forever, a directory or a device is never data, and an
// unreadable file is named as such ("Permission denied"), not as missing.
void requireRegularFile(const std::string& path);

// requireRegularFile, then the file opened for binary reading at its start; size is its length.
// Throws FileError ("<path>: cannot open the file", "… cannot read the file").
std::ifstream openForReading(const std::string& path, std::uint64_t& size);

// Throws FileError when path cannot become a file: its folder is missing or not writable, or path
// is a directory, a FIFO or a device. Call it before a long run that ends by writing path.
void checkWritable(const std::string& path);

// Writes bytes to path atomically: a temporary file beside it (the link's target's folder when path
// is a symlink, so the link keeps pointing at the new file), checked write, fsync and close, then
// rename over path. On any failure the temporary file is removed, the old file is unchanged and
// FileError says why. Only a kill -9 between the write and the rename can leave a
// ".<name>.tmp-<pid>-<n>" file behind.
void writeFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace cnnlab
