// Image folders through QImage: decode, flatten alpha onto white, grayscale (or keep R, G, B), resize.
#include "ui/imageio/image_folder.hpp"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QPainter>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "engine/data/idx.hpp"
#include "engine/file_io.hpp"

namespace cnnlab {

namespace {

const QStringList kImagePatterns = {"*.png", "*.jpg", "*.jpeg", "*.PNG", "*.JPG", "*.JPEG"};

// Silences decoders while one image is read: Qt warns through its message handler, and libpng's
// default error handler writes "libpng error: Read Error" straight to stderr. The failure is
// reported once, as ImageFolderError, instead. What the decoder warned is kept: libjpeg only warns
// about a truncated file ("Premature end of JPEG file") and fills the rest in grey.
class QuietDecoding {
 public:
  QuietDecoding() : previous_(qInstallMessageHandler(&QuietDecoding::drop)) {
    warnings().clear();
    std::fflush(stderr);
    saved_ = ::dup(2);
    const int null = ::open("/dev/null", O_WRONLY);
    if (saved_ >= 0 && null >= 0) ::dup2(null, 2);
    if (null >= 0) ::close(null);
  }
  ~QuietDecoding() {
    if (saved_ >= 0) {
      ::dup2(saved_, 2);
      ::close(saved_);
    }
    qInstallMessageHandler(previous_);
  }

 private:
  static void drop(QtMsgType, const QMessageLogContext&, const QString& message) {
    if (warnings().size() < 4) warnings() << message;
  }

 public:
  static QStringList& warnings() {
    thread_local QStringList list;  // decoding runs on the reader's threads
    return list;
  }

 private:
  QtMessageHandler previous_;
  int saved_ = -1;
};

// A progressive JPEG may hold any number of scans, each a pass over the whole image: 20,000 scans of
// a 4096² image decode for minutes within the pixel cap. A scan starts with the marker FF DA, which
// cannot occur inside entropy-coded data (an FF there is followed by 00 or a restart marker), so
// counting them bounds the work before any is decoded. libjpeg-turbo's own limit, when set, is
// 1,000; an ordinary progressive JPEG has about 10.
constexpr int kMaxJpegScans = 100;

void checkJpegScans(QIODevice& device, const std::string& name) {
  if (device.peek(2) != QByteArray("\xff\xd8", 2)) return;  // not a JPEG
  int scans = 0;
  char previous = 0;
  QByteArray block;
  while (!(block = device.read(1 << 16)).isEmpty()) {
    for (const char c : block) {
      if (previous == '\xff' && c == '\xda' && ++scans > kMaxJpegScans)
        throw ImageFolderError(name + ": a JPEG of more than " + std::to_string(kMaxJpegScans) +
                               " scans (progressive passes); save it again as an ordinary JPEG or PNG");
      previous = c;
    }
  }
  device.seek(0);
}

// One image from `device` (a file, or bytes a browser sent), named `name` in messages, appended
// as H × W bytes (grey) or three H × W planes R, G, B (options.color), 0 = black.
void appendImage(QIODevice& device, const std::string& name, const ImageFolderOptions& options, std::vector<std::uint8_t>& pixels) {
  checkJpegScans(device, name);
  QImageReader reader(&device);
  reader.setAutoTransform(true);
  QImage image;
  {
    const QuietDecoding quiet;  // reading even the size of a broken PNG makes libpng complain
    // Qt refuses to allocate more than 256 MB and says only "Unable to read image data"; name the limit.
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > kMaxImagePixels)
      throw ImageFolderError(name + ": the image is " + std::to_string(size.width()) + "×" +
                             std::to_string(size.height()) + " pixels (at most " + std::to_string(kMaxImagePixels) +
                             ", e.g. 4096×4096; scale it down first)");
    image = reader.read();
    for (const QString& warning : QuietDecoding::warnings())
      if (warning.contains("premature end", Qt::CaseInsensitive))  // "Premature end of JPEG file", "… of data segment"
        throw ImageFolderError(name + ": the image is truncated or damaged (" + warning.trimmed().toStdString() + ")");
  }
  if (image.isNull()) throw ImageFolderError(name + ": cannot read the image (" + reader.errorString().toStdString() + ")");
  if (image.hasAlphaChannel()) {
    QImage paper(image.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.drawImage(0, 0, image);
    painter.end();
    image = paper;
  }
  const auto ink = [&](int value) { return std::uint8_t(options.invert ? 255 - value : value); };
  if (!options.color) {
    image = image.convertToFormat(QImage::Format_Grayscale8)
                .scaled(int(options.width), int(options.height), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    for (int r = 0; r < image.height(); ++r) {
      const uchar* line = image.constScanLine(r);
      for (int c = 0; c < image.width(); ++c) pixels.push_back(ink(line[c]));
    }
    return;
  }
  // Colour: three planes one after another (R, then G, then B), each H × W row-major.
  image = image.convertToFormat(QImage::Format_RGB32)
              .scaled(int(options.width), int(options.height), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
              .convertToFormat(QImage::Format_RGB32);
  const std::size_t H = std::size_t(image.height()), W = std::size_t(image.width()), plane = H * W;
  const std::size_t at = pixels.size();
  pixels.resize(at + 3 * plane);
  for (std::size_t r = 0; r < H; ++r) {
    const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(int(r)));
    for (std::size_t c = 0; c < W; ++c) {
      pixels[at + r * W + c] = ink(qRed(line[c]));
      pixels[at + plane + r * W + c] = ink(qGreen(line[c]));
      pixels[at + 2 * plane + r * W + c] = ink(qBlue(line[c]));
    }
  }
}

// The same, from a file: a regular file this process may read.
void appendImage(const QString& path, const ImageFolderOptions& options, std::vector<std::uint8_t>& pixels) {
  const std::string name = path.toStdString();
  try {
    requireRegularFile(name);  // QImageReader calls an unreadable file "File not found"
  } catch (const FileError& e) {
    throw ImageFolderError(e.what());
  }
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) throw ImageFolderError(name + ": cannot open the file (" + file.errorString().toStdString() + ")");
  appendImage(file, name, options, pixels);
}

void checkSize(const std::string& name, const ImageFolderOptions& options) {
  if (options.height == 0 || options.width == 0 || options.height > kMaxImageSide || options.width > kMaxImageSide)
    throw ImageFolderError(name + ": the image size must be between 1×1 and 1024×1024");
}

}  // namespace

std::vector<std::uint8_t> readImage(const std::string& path, const ImageFolderOptions& options) {
  checkSize(path, options);
  std::vector<std::uint8_t> pixels;
  appendImage(QString::fromStdString(path), options, pixels);
  return pixels;
}

std::vector<std::uint8_t> readImageBytes(const QByteArray& bytes, const std::string& name, const ImageFolderOptions& options) {
  checkSize(name, options);
  QBuffer buffer;
  buffer.setData(bytes);
  buffer.open(QIODevice::ReadOnly);
  std::vector<std::uint8_t> pixels;
  appendImage(buffer, name, options, pixels);
  return pixels;
}

namespace {

// One class folder, listed: its name and image files in name order. Nothing is decoded yet.
struct ClassFiles {
  QString name;
  QDir folder;
  QStringList files;
};

// The classes of an image folder, checked: readable, named without control characters, each with
// images, at most 256. Throws ImageFolderError.
std::vector<ClassFiles> listClasses(const std::string& directory, const ImageFolderOptions& options) {
  const QDir root(QString::fromStdString(directory));
  if (!root.exists()) throw ImageFolderError(directory + ": not a directory");
  if (::faccessat(AT_FDCWD, directory.c_str(), R_OK | X_OK, AT_EACCESS) != 0)
    throw ImageFolderError(directory + ": cannot read the folder (" + std::strerror(errno) + ")");
  checkSize(directory, options);
  const QStringList classes = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
  if (classes.isEmpty())
    throw ImageFolderError(directory + ": empty folder: expected one subfolder of PNG or JPEG images per class");
  if (classes.size() > 256)
    throw ImageFolderError(directory + ": " + std::to_string(classes.size()) + " class folders (at most 256)");
  std::vector<ClassFiles> listed;
  for (const QString& name : classes) {
    // A newline in a class name would split a line of --show-predictions or of a CSV in two.
    for (QChar ch : name)
      if (ch.category() == QChar::Other_Control) {
        QString shown = name;
        for (QChar& c : shown)
          if (c.category() == QChar::Other_Control) c = u'?';
        throw ImageFolderError(root.filePath(shown).toStdString() +
                               ": a class folder's name contains a control character (such as a newline)");
      }
    QDir folder(root.filePath(name));
    // An unreadable folder lists as empty; say which it is.
    if (::faccessat(AT_FDCWD, QFile::encodeName(folder.path()).constData(), R_OK | X_OK, AT_EACCESS) != 0)
      throw ImageFolderError(folder.path().toStdString() + ": cannot read the class folder (" + std::strerror(errno) + ")");
    QStringList files = folder.entryList(kImagePatterns, QDir::Files, QDir::Name);
    if (files.isEmpty())
      throw ImageFolderError(folder.path().toStdString() + ": class folder without PNG or JPEG images");
    listed.push_back({name, folder, std::move(files)});
  }
  return listed;
}

RawImages emptyImages(const std::string& directory, const ImageFolderOptions& options, const std::vector<ClassFiles>& classes) {
  RawImages raw;
  raw.height = options.height;
  raw.width = options.width;
  raw.depth = options.color ? 3 : 1;
  raw.source = directory;
  for (const ClassFiles& c : classes) raw.classNames.push_back(c.name.toStdString());
  return raw;
}

// Decodes files [from, from + count) of one class into raw, labelled label.
void decodeInto(RawImages& raw, const ClassFiles& c, qsizetype from, qsizetype count, std::uint8_t label,
                const ImageFolderOptions& options) {
  for (qsizetype i = from; i < from + count; ++i) {
    appendImage(c.folder.filePath(c.files[i]), options, raw.pixels);
    raw.labels.push_back(label);
    ++raw.count;
  }
}

qsizetype limited(qsizetype count, std::size_t limit) { return limit ? std::min(count, qsizetype(limit)) : count; }
qsizetype limited(qsizetype count, std::optional<std::size_t> limit) {
  return limit ? std::min(count, qsizetype(*limit)) : count;
}

}  // namespace

RawImages readImageFolder(const std::string& directory, const ImageFolderOptions& options) {
  const std::vector<ClassFiles> classes = listClasses(directory, options);
  RawImages raw = emptyImages(directory, options, classes);
  std::size_t total = 0;
  for (const ClassFiles& c : classes) total += std::size_t(limited(c.files.size(), options.perClassLimit));
  raw.pixels.reserve(total * raw.imageBytes());  // held once: no doubling while it grows
  for (std::size_t label = 0; label < classes.size(); ++label)
    decodeInto(raw, classes[label], 0, limited(classes[label].files.size(), options.perClassLimit), std::uint8_t(label), options);
  return raw;
}

bool isImageFolder(const std::string& directory) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::is_directory(directory, error)) return false;
  bool hasFolder = false;
  for (const auto& entry : fs::directory_iterator(directory, error)) {
    const std::string name = entry.path().filename().string();
    if (name.find("idx1-ubyte") != std::string::npos || name.find("idx3-ubyte") != std::string::npos) return false;
    if (entry.is_directory(error) && name[0] != '.') hasFolder = true;
  }
  return hasFolder;
}

RawSplit readDataDirectory(const std::string& directory, double trainFraction, const ImageFolderOptions& options) {
  if (!(trainFraction > 0 && trainFraction < 1))
    throw std::invalid_argument("the train fraction must be between 0 and 1, e.g. 0.8");
  // An unreadable folder cannot be listed, so it would look empty (or not like an image folder).
  if (QFileInfo(QString::fromStdString(directory)).isDir() &&
      ::faccessat(AT_FDCWD, directory.c_str(), R_OK | X_OK, AT_EACCESS) != 0)
    throw ImageFolderError(directory + ": cannot read the folder (" + std::strerror(errno) + ")");
  if (isImageFolder(directory)) {
    // Listed and split by class first (as splitRawByClass splits), then only the images the
    // selection keeps are decoded, each straight into its half.
    const std::vector<ClassFiles> classes = listClasses(directory, options);
    RawSplit split{emptyImages(directory, options, classes), emptyImages(directory, options, classes)};
    std::vector<qsizetype> quota, trainCount, testCount;
    std::size_t trainTotal = 0, testTotal = 0;
    for (std::size_t label = 0; label < classes.size(); ++label) {
      const ClassFiles& c = classes[label];
      // A class the selection drops is listed (its name keeps its label) but never decoded.
      const bool kept = options.onlyClasses.empty() ||
                        std::find(options.onlyClasses.begin(), options.onlyClasses.end(), int(label)) != options.onlyClasses.end();
      quota.push_back(qsizetype(trainQuota(std::size_t(c.files.size()), trainFraction)));
      trainCount.push_back(kept ? limited(quota.back(), options.trainPerClassLimit) : 0);
      testCount.push_back(kept ? limited(c.files.size() - quota.back(), options.testPerClassLimit) : 0);
      trainTotal += std::size_t(trainCount.back());
      testTotal += std::size_t(testCount.back());
    }
    split.train.pixels.reserve(trainTotal * split.train.imageBytes());
    split.test.pixels.reserve(testTotal * split.test.imageBytes());
    for (std::size_t label = 0; label < classes.size(); ++label) {
      decodeInto(split.train, classes[label], 0, trainCount[label], std::uint8_t(label), options);
      decodeInto(split.test, classes[label], quota[label], testCount[label], std::uint8_t(label), options);
    }
    if (split.test.count == 0)
      throw ImageFolderError(directory + ": no class has two images, so nothing is left to test on; give each class "
                             "at least two images");
    return split;
  }
  const QDir root(QString::fromStdString(directory));
  if (root.exists() && root.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot))
    throw ImageFolderError(directory + ": empty folder: expected MNIST-layout IDX files or one subfolder of "
                           "PNG/JPEG images per class");
  if (root.exists() && !root.entryList(kImagePatterns, QDir::Files).isEmpty())
    throw ImageFolderError(directory + ": images but no class subfolders: put each class's images in a subfolder "
                           "named after the class");
  return readMnistDirectory(directory, trainFraction);
}

}  // namespace cnnlab
