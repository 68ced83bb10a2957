// ShareDialog: the teacher's side of the classroom server.
#include "ui/classroom/share_dialog.hpp"
#include "ui/type_scale.hpp"

#include "ui/classroom/quiz_panel.hpp"

#include <cmath>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/classroom/classroom_server.hpp"
#include "ui/classroom/qr_code.hpp"
#include "ui/classroom/class_drawings.hpp"
#include "ui/training/training_session.hpp"

namespace cnnlab {

namespace {

// The QR code as a picture with whole-pixel modules (a scanner wants sharp edges) and the 4-module
// quiet zone, about `side` pixels wide.
QPixmap qrPixmap(const QrCode& code, int side) {
  constexpr int kQuiet = 4;
  const int modules = code.size + 2 * kQuiet, scale = std::max(1, side / modules);
  QImage image(modules * scale, modules * scale, QImage::Format_Grayscale8);
  image.fill(Qt::white);
  QPainter painter(&image);
  for (int y = 0; y < code.size; ++y)
    for (int x = 0; x < code.size; ++x)
      if (code.dark(x, y)) painter.fillRect((x + kQuiet) * scale, (y + kQuiet) * scale, scale, scale, Qt::black);
  return QPixmap::fromImage(image);
}

QLabel* bigLabel(int pointSize, QWidget* parent) {
  auto* label = new QLabel(parent);
  type_scale::setTextPixels(label, int(std::lround(pointSize * 4.0 / 3.0)), true);
  label->setAlignment(Qt::AlignCenter);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  return label;
}

}  // namespace

ShareDialog::ShareDialog(TrainingSession& session, QWidget* parent)
    : QDialog(parent), session_(session), server_(new ClassroomServer(session, this)) {
  setWindowTitle(tr("Share with class"));
  setObjectName("shareDialog");
  auto* layout = new QVBoxLayout(this);
  qr_ = new QLabel(this);
  qr_->setObjectName("shareQr");
  qr_->setAlignment(Qt::AlignCenter);
  qr_->setAccessibleName(tr("QR code of the join address"));
  auto* intro = new QLabel(tr("Students scan the code with a phone, or open this address in a browser:"), this);
  intro->setAlignment(Qt::AlignCenter);
  address_ = bigLabel(30, this);
  address_->setObjectName("shareAddress");
  auto* codeIntro = new QLabel(tr("Join code:"), this);
  codeIntro->setAlignment(Qt::AlignCenter);
  code_ = bigLabel(48, this);
  code_->setObjectName("shareCode");
  QFont mono = code_->font();
  mono.setFamily(QStringLiteral("DejaVu Sans Mono"));
  mono.setLetterSpacing(QFont::AbsoluteSpacing, 6);
  code_->setFont(mono);
  count_ = bigLabel(20, this);
  count_->setObjectName("shareCount");
  practice_ = new QLabel(this);
  practice_->setObjectName("sharePractice");
  practice_->setWordWrap(true);
  practice_->setAlignment(Qt::AlignCenter);
  note_ = new QLabel(this);
  note_->setWordWrap(true);
  note_->setAlignment(Qt::AlignCenter);
  network_ = new QCheckBox(tr("Let other computers join (listen on the classroom network, not only this computer)"), this);
  network_->setObjectName("shareOnNetwork");
  drawings_ = new QPushButton(tr("Class drawings…"), this);
  drawings_->setObjectName("shareDrawings");
  drawings_->setToolTip(tr("What the students drew on the page's Draw tab, and what the network says"));
  connect(drawings_, &QPushButton::clicked, this, [this] {
    if (!drawingsView_) drawingsView_ = new ClassDrawingsView(*server_, session_, this);
    drawingsView_->showMaximized();
    drawingsView_->raise();
  });
  stop_ = new QPushButton(tr("Stop sharing"), this);
  stop_->setObjectName("shareStop");
  auto* buttons = new QDialogButtonBox(this);
  buttons->addButton(drawings_, QDialogButtonBox::ActionRole);
  buttons->addButton(stop_, QDialogButtonBox::DestructiveRole);
  buttons->addButton(tr("Hide"), QDialogButtonBox::RejectRole);
  for (QWidget* w : {static_cast<QWidget*>(qr_), static_cast<QWidget*>(intro), static_cast<QWidget*>(address_), static_cast<QWidget*>(codeIntro),
                     static_cast<QWidget*>(code_), static_cast<QWidget*>(count_), static_cast<QWidget*>(practice_), static_cast<QWidget*>(note_),
                     static_cast<QWidget*>(network_), static_cast<QWidget*>(new QuizPanel(*server_)),
                     static_cast<QWidget*>(buttons)})
    layout->addWidget(w);

  connect(server_, &ClassroomServer::clientCountChanged, this, &ShareDialog::refresh);
  connect(server_, &ClassroomServer::practiceChanged, this, &ShareDialog::refreshPractice);
  connect(stop_, &QPushButton::clicked, this, &ShareDialog::stopSharing);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
  connect(network_, &QCheckBox::toggled, this, [this] {
    if (isSharing()) startSharing();  // again, on the other address (and with a fresh code)
  });
  refresh();
}

ShareDialog::~ShareDialog() = default;

void ShareDialog::refreshPractice() {
  // Your turn on phones: how many practise, and the class's most common mistake.
  const int practising = server_->practisingCount();
  const QString mistake = server_->commonMistake();
  practice_->setText(practising == 0 ? tr("Nobody is practising yet (the page's Practice tab).")
                     : tr("%n practising", "", practising) +
                           (mistake.isEmpty() ? QString() : tr(" · most common mistake: %1").arg(mistake)));
}

bool ShareDialog::isSharing() const { return server_->isRunning(); }

void ShareDialog::toggle() {
  if (isSharing()) {
    stopSharing();
  } else if (startSharing()) {
    show();
    raise();
    activateWindow();
  }
}

bool ShareDialog::startSharing() {
  ClassroomServer::Options options;
  options.address = network_->isChecked() ? QHostAddress(QHostAddress::AnyIPv4) : QHostAddress(QHostAddress::LocalHost);
  options.port = 8080;
  QString error;
  bool ok = server_->start(options, &error);
  if (!ok) {  // 8080 taken: any free port will do, the dialog shows it
    options.port = 0;
    ok = server_->start(options, &error);
  }
  if (!ok) note_->setText(error);
  refresh();
  emit sharingChanged(ok);
  return ok;
}

void ShareDialog::stopSharing() {
  const bool was = isSharing();
  server_->stop();
  refresh();
  hide();
  if (was) emit sharingChanged(false);
}

void ShareDialog::refresh() {
  const bool on = isSharing();
  address_->setText(on ? QStringLiteral("http://%1:%2").arg(server_->host()).arg(server_->port()) : tr("not sharing"));
  code_->setText(on ? server_->code() : QStringLiteral("—"));
  // The full join address, code included: large enough to scan from the back of a room when projected.
  if (on) qr_->setPixmap(qrPixmap(encodeQr(server_->url().toEncoded()), 360));
  else qr_->clear();
  qr_->setVisible(on);
  const int n = server_->clientCount();
  count_->setText(n == 1 ? tr("1 student connected") : tr("%1 students connected").arg(n));
  refreshPractice();
  if (on)
    note_->setText(network_->isChecked()
                       ? tr("Students type the address, then the code; or open %1").arg(server_->url().toString())
                       : tr("Only this computer can open the page. Tick the box below to let the class join."));
  stop_->setEnabled(on);
}

}  // namespace cnnlab
