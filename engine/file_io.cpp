// Regular-file checks and the one atomic write that every saved file goes through.
#include "engine/file_io.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace cnnlab {

namespace {

std::string kindOf(const struct stat& st) {
  if (S_ISDIR(st.st_mode)) return "a directory";
  if (S_ISFIFO(st.st_mode)) return "a FIFO";
  if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) return "a device";
  if (S_ISSOCK(st.st_mode)) return "a socket";
  return "not a regular file";
}

// The file a write to path really replaces: a symlink's final target, else path itself.
std::filesystem::path writeTarget(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_symlink(fs::symlink_status(path, ec))) {
    const fs::path target = fs::weakly_canonical(path, ec);
    if (!ec) return target;
  }
  return fs::path(path);
}

}  // namespace

void requireRegularFile(const std::string& path) {
  if (path.empty()) throw FileError("an empty file name");
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) throw FileError(path + ": cannot open the file (" + std::strerror(errno) + ")");
  if (!S_ISREG(st.st_mode)) throw FileError(path + ": " + kindOf(st) + ", not a regular file");
  // Said here, by its cause: readers further on (QImageReader: "File not found") guess.
  if (::faccessat(AT_FDCWD, path.c_str(), R_OK, AT_EACCESS) != 0) throw FileError(path + ": cannot read the file (" + std::strerror(errno) + ")");
}

std::ifstream openForReading(const std::string& path, std::uint64_t& size) {
  requireRegularFile(path);  // a FIFO would block forever, a directory reads as garbage
  std::ifstream file(path, std::ios::binary | std::ios::ate);
  if (!file) throw FileError(path + ": cannot open the file");
  const std::streamoff end = file.tellg();
  if (end < 0) throw FileError(path + ": cannot read the file");
  file.seekg(0);
  size = std::uint64_t(end);
  return file;
}

void checkWritable(const std::string& path) {
  namespace fs = std::filesystem;
  if (path.empty()) throw FileError("an empty file name");
  const fs::path target = writeTarget(path);
  struct stat st {};
  if (::stat(target.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
    throw FileError(path + ": " + kindOf(st) + ", not a regular file");
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  if (::stat(folder.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
    throw FileError(path + ": the folder " + folder.string() + " does not exist");
  if (::access(folder.c_str(), W_OK) != 0) throw FileError(path + ": the folder " + folder.string() + " is not writable");
}

void writeFileAtomically(const std::string& path, std::string_view bytes) {
  namespace fs = std::filesystem;
  checkWritable(path);
  const fs::path target = writeTarget(path);
  static std::atomic<unsigned> counter{0};
  const fs::path temporary = target.parent_path() / ("." + target.filename().string() + ".tmp-" +
                                                     std::to_string(::getpid()) + "-" + std::to_string(counter++));
  // 0666 & ~umask, as for any new file; an existing file keeps its permissions.
  struct stat old {};
  const bool existed = ::stat(target.c_str(), &old) == 0;
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) throw FileError(path + ": cannot write (" + std::strerror(errno) + ")");
  auto fail = [&](const char* what, int error) {
    ::unlink(temporary.c_str());
    throw FileError(path + ": " + what + " failed (" + std::strerror(error) + "); the previous file is unchanged");
  };
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int error = n < 0 ? errno : ENOSPC;
      ::close(fd);
      fail("writing", error);
    }
    done += std::size_t(n);
  }
  if (existed) (void)::fchmod(fd, old.st_mode & 07777);
  if (::fsync(fd) != 0) {
    const int error = errno;
    ::close(fd);
    fail("fsync", error);
  }
  if (::close(fd) != 0) fail("closing", errno);
  if (::rename(temporary.c_str(), target.c_str()) != 0) fail("renaming", errno);
  // The rename itself is durable once the folder is synced; a failure here loses nothing.
  const int dir = ::open(target.has_parent_path() ? target.parent_path().c_str() : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    (void)::fsync(dir);
    ::close(dir);
  }
}

}  // namespace cnnlab
