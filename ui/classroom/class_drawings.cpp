// The class's drawings (see class_drawings.hpp).
#include "ui/classroom/class_drawings.hpp"

#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/classroom/classroom_server.hpp"
#include "ui/palette.hpp"
#include "ui/plot/plot_export.hpp"
#include "ui/training/training_session.hpp"

namespace cnnlab {

namespace {

// The network's input as a grey picture (a colour input: the mean of its planes), white = 1.
QImage pictureOf(const ClassDrawing& d) {
  const std::size_t H = d.shape.height, W = d.shape.width, D = std::max<std::size_t>(d.shape.depth, 1);
  QImage image(int(W), int(H), QImage::Format_Grayscale8);
  for (std::size_t r = 0; r < H; ++r)
    for (std::size_t c = 0; c < W; ++c) {
      float v = 0;
      for (std::size_t k = 0; k < D && k * H * W + r + H * c < d.input.n_elem; ++k) v += d.input(k * H * W + r + H * c);
      image.scanLine(int(r))[c] = uchar(std::lround(std::clamp(v / float(D), 0.0f, 1.0f) * 255));
    }
  return image;
}


}  // namespace

ClassDrawingsView::ClassDrawingsView(ClassroomServer& server, TrainingSession& session, QWidget* parent)
    : QWidget(parent, Qt::Window), server_(server), session_(session) {
  setObjectName("classDrawings");
  setWindowTitle(tr("The class's drawings — cnnlab"));
  auto* layout = new QVBoxLayout(this);
  auto* row = new QHBoxLayout;
  summary_ = new QLabel(this);
  summary_->setObjectName("classDrawingsSummary");
  summary_->setWordWrap(true);
  add_ = new QPushButton(tr("Add to training data"), this);
  add_->setObjectName("classDrawingsAdd");
  add_->setToolTip(tr("The drawings that say which digit they are join the training data; press Start to train on them"));
  export_ = new QPushButton(tr("Export folder…"), this);
  export_->setObjectName("classDrawingsExport");
  unhide_ = new QPushButton(this);
  unhide_->setObjectName("classDrawingsUnhide");
  row->addWidget(summary_, 1);
  for (QPushButton* b : {unhide_, add_, export_}) row->addWidget(b);
  layout->addLayout(row);
  layout->addStretch(1);

  connect(add_, &QPushButton::clicked, this, [this] {
    QString error;
    if (!addToTrainingData(&error)) QMessageBox::warning(this, tr("Not added"), error);
  });
  connect(export_, &QPushButton::clicked, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export the class's drawings into a folder"));
    QString error;
    if (!dir.isEmpty() && !exportFolder(dir, &error)) QMessageBox::warning(this, tr("Not exported"), error);
  });
  connect(unhide_, &QPushButton::clicked, this, [this] {
    for (const ClassDrawing& d : server_.drawings()) server_.setDrawingHidden(d.id, false);
  });
  connect(&server_, &ClassroomServer::drawingsChanged, this, &ClassDrawingsView::refresh);
  // Re-predicting every drawing on each new model (up to four a second) is work for the eyes only.
  connect(&session_, &TrainingSession::modelChanged, this, [this] {
    if (isVisible()) refresh();
  });
  resize(1280, 720);
  refresh();
}

void ClassDrawingsView::refresh() {
  labels_ = server_.outputLabels();
  confusion_.assign(std::size_t(labels_.size()), std::vector<int>(std::size_t(labels_.size()), 0));
  tiles_.clear();
  hidden_ = 0;
  for (const ClassDrawing& d : server_.drawings()) {
    if (d.hidden) {
      ++hidden_;
      continue;
    }
    Tile tile{d.id, pictureOf(d), tr("?"), {}, false, {}};
    if (const auto p = server_.predictDrawing(d)) {
      tile.says = QString::fromStdString(p->label);
      if (d.meant >= 0 && d.meant < labels_.size()) {
        tile.meant = labels_[d.meant];
        tile.right = int(p->best) == d.meant;
        ++confusion_[std::size_t(d.meant)][p->best];
      }
    }
    tiles_.push_back(std::move(tile));
  }
  summary_->setText(summary());
  unhide_->setText(tr("Show %n hidden", "", hidden_));
  unhide_->setEnabled(hidden_ > 0);
  add_->setEnabled(!server_.servesFixedModel() && std::any_of(tiles_.begin(), tiles_.end(), [](const Tile& t) { return !t.meant.isEmpty(); }));
  export_->setEnabled(!tiles_.empty());
  layoutTiles();
  update();
}

QString ClassDrawingsView::summary() const {
  int labelled = 0, right = 0;
  for (const Tile& t : tiles_) {
    labelled += !t.meant.isEmpty();
    right += !t.meant.isEmpty() && t.right;
  }
  if (tiles_.empty()) return tr("No drawings yet: students draw on the page's Draw tab.");
  QString text = tr("%n drawing(s)", "", int(tiles_.size()));
  if (labelled > 0)
    text += tr(" · %1 say which digit they are: %2 of them right (%3 %)").arg(labelled).arg(right).arg(qRound(100.0 * right / labelled));
  return text;
}

void ClassDrawingsView::showEvent(QShowEvent*) { refresh(); }  // the network may have moved on meanwhile

void ClassDrawingsView::resizeEvent(QResizeEvent*) {
  QFont f = font();
  f.setPixelSize(std::max(18, height() / 36));  // the room reads it: at least 1/40 of the height
  for (QWidget* w : {static_cast<QWidget*>(summary_), static_cast<QWidget*>(add_), static_cast<QWidget*>(export_),
                     static_cast<QWidget*>(unhide_)})
    w->setFont(f);
  layoutTiles();
}

void ClassDrawingsView::layoutTiles() {
  // Tiles fill the left of the window; the table of meant against said takes the right third.
  const int top = summary_->geometry().bottom() + height() / 40;
  const int areaWidth = labels_.isEmpty() ? width() : width() * 2 / 3;
  const int side = std::max(96, height() / 6), caption = std::max(18, height() / 40) * 2 + 8, gap = side / 8;
  const int perRow = std::max(1, (areaWidth - gap) / (side + gap));
  for (std::size_t i = 0; i < tiles_.size(); ++i)
    tiles_[i].rect = QRect(gap + int(i % std::size_t(perRow)) * (side + gap), top + int(i / std::size_t(perRow)) * (side + caption + gap),
                           side, side + caption);
}

void ClassDrawingsView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), Qt::white);
  const int px = std::max(18, height() / 40);
  QFont f = font();
  f.setPixelSize(px);
  for (const Tile& t : tiles_) {
    const QRect image(t.rect.left(), t.rect.top(), t.rect.width(), t.rect.width());
    p.drawImage(image, t.image);  // scaled, nearest: each of the network's pixels a block
    p.setPen(QColor(0x334155));
    p.drawRect(image);
    f.setBold(true);
    p.setFont(f);
    p.setPen(Qt::black);
    p.drawText(QRect(t.rect.left(), image.bottom() + 4, t.rect.width(), px + 4), Qt::AlignCenter, tr("says %1").arg(t.says));
    if (!t.meant.isEmpty()) {
      f.setBold(false);
      p.setFont(f);
      // Right or wrong in words and marks, not in colour alone.
      p.setPen(QColor(t.right ? palette::kRight : palette::kError));
      p.drawText(QRect(t.rect.left(), image.bottom() + px + 8, t.rect.width(), px + 4), Qt::AlignCenter,
                 tr("meant %1 %2").arg(t.meant, t.right ? QStringLiteral("✓") : QStringLiteral("✗")));
    }
  }
  // Meant (rows) against said (columns): the class's own digits, as the network reads them now.
  if (labels_.isEmpty()) return;
  // Below its heading, which sits below the buttons' row.
  const int n = int(labels_.size()), left = width() * 2 / 3 + px, top = summary_->geometry().bottom() + height() / 40 + px * 2 + 8;
  const int cell = std::min((width() - left - px * 3) / (n + 1), std::max(px * 2, height() / 12));
  f.setBold(true);
  p.setFont(f);
  p.setPen(Qt::black);
  p.drawText(QRect(left, top - px * 2 - 4, width() - left, px * 2), Qt::AlignLeft | Qt::AlignBottom, tr("meant ↓  says →"));
  for (int c = 0; c < n; ++c) p.drawText(QRect(left + (c + 1) * cell, top, cell, cell), Qt::AlignCenter, labels_[c]);
  for (int r = 0; r < n; ++r) {
    p.setFont(f);
    p.drawText(QRect(left, top + (r + 1) * cell, cell, cell), Qt::AlignCenter, labels_[r]);
    for (int c = 0; c < n; ++c) {
      const QRect rc(left + (c + 1) * cell, top + (r + 1) * cell, cell, cell);
      const int count = confusion_[std::size_t(r)][std::size_t(c)];
      if (count > 0) p.fillRect(rc, QColor(r == c ? palette::kRight : palette::kError).lighter(170));
      p.setPen(QColor(0x94a3b8));
      p.drawRect(rc);
      p.setPen(Qt::black);
      QFont plain = f;
      plain.setBold(r == c);
      p.setFont(plain);
      p.drawText(rc, Qt::AlignCenter, QString::number(count));
    }
  }
}

void ClassDrawingsView::mousePressEvent(QMouseEvent* event) {
  for (const Tile& t : tiles_)
    if (t.rect.contains(event->position().toPoint())) {
      server_.setDrawingHidden(t.id, true);  // one click hides it, here and from training and export
      return;
    }
  QWidget::mousePressEvent(event);
}

bool ClassDrawingsView::addToTrainingData(QString* error) {
  const auto fail = [error](const QString& why) {
    if (error) *error = why;
    return false;
  };
  if (server_.servesFixedModel()) return fail(tr("the page's network is a model file, which does not train here"));
  std::vector<arma::fvec> images;
  std::vector<std::uint32_t> classes;
  for (const ClassDrawing& d : server_.drawings())
    if (!d.hidden && d.meant >= 0) {
      images.push_back(d.input);
      classes.push_back(std::uint32_t(d.meant));
    }
  if (images.empty()) return fail(tr("no drawing says which digit it is"));
  return session_.addTrainingImages(images, classes, error);
}

bool ClassDrawingsView::exportFolder(const QString& directory, QString* error) const {
  const QStringList& labels = labels_;  // the network's outputs at the last refresh
  const QDir root(directory);
  int written = 0;
  for (const ClassDrawing& d : server_.drawings()) {
    if (d.hidden) continue;
    const QString label = d.meant >= 0 && d.meant < labels.size() ? labels[d.meant] : QStringLiteral("unlabelled");
    if (!root.mkpath(label)) {
      if (error) *error = tr("%1: cannot make the folder").arg(root.filePath(label));
      return false;
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    pictureOf(d).save(&buffer, "PNG");
    if (!PlotExport::writeFile(root.filePath(label + QStringLiteral("/drawing-%1.png").arg(d.id)), png, error)) return false;
    ++written;
  }
  if (written == 0) {
    if (error) *error = tr("there are no drawings to export");
    return false;
  }
  return true;
}

}  // namespace cnnlab
