#include "ui/app_style.hpp"

#include <QApplication>
#include <QStyleOptionComboBox>
#include <QStyleOptionGroupBox>

namespace cnnlab {

void AppStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                           const QWidget* widget) const {
  const auto* combo = qstyleoption_cast<const QStyleOptionComboBox*>(option);
  if (element != CE_ComboBoxLabel || !combo || combo->editable) {
    QProxyStyle::drawControl(element, option, painter, widget);
    return;
  }
  // QCommonStyle draws the label a pixel into the edit field, after the icon, clipped at its edge.
  QStyleOptionComboBox elided(*combo);
  int room = subControlRect(CC_ComboBox, combo, SC_ComboBoxEditField, widget).width() - 1;
  if (!combo->currentIcon.isNull()) room -= combo->iconSize.width() + 4;
  // Measured as QComboBox measures its size hint (the letters' bounding box, without the last
  // letter's side bearing): a box just wide enough for its text keeps it whole.
  if (combo->fontMetrics.boundingRect(combo->currentText).width() > room)
    elided.currentText = combo->fontMetrics.elidedText(combo->currentText, Qt::ElideRight, std::max(0, room));
  QProxyStyle::drawControl(element, &elided, painter, widget);
}

QRect AppStyle::subControlRect(ComplexControl control, const QStyleOptionComplex* option, SubControl part,
                               const QWidget* widget) const {
  QRect rect = QProxyStyle::subControlRect(control, option, part, widget);
  const auto* box = qstyleoption_cast<const QStyleOptionGroupBox*>(option);
  if (control == CC_GroupBox && part == SC_GroupBoxLabel && box && !box->text.isEmpty()) {
    QFont bold = widget ? widget->font() : QApplication::font();
    bold.setBold(true);
    const int needed = QFontMetrics(bold).size(Qt::TextShowMnemonic, box->text).width() + 2;
    if (rect.width() < needed) {
      if (box->textAlignment & Qt::AlignRight) rect.setLeft(rect.right() - needed + 1);
      else rect.setWidth(needed);
    }
  }
  return rect;
}

void installAppStyle() {
  if (qobject_cast<AppStyle*>(QApplication::style())) return;
  QApplication::setStyle(new AppStyle(QApplication::style()->name()));
}

}  // namespace cnnlab
