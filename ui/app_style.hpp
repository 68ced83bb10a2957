// The widget style the app draws with: the platform's own, with two changes (#23), both found by
// test_screen_fit's painted-text check:
// - A combo box whose current text is wider than its field (a preset's description, German's
//   "volles Tempo" in presenter mode, an example's name in a crowded row) shows it elided with "…",
//   where Qt's styles cut the letters off at the field's edge. The list that opens shows every item whole.
// - A group box's title has room for its bold letters: Fusion draws the title bold in a rectangle
//   measured in the regular weight, and at presenter sizes cut the last letter ("Layer 1" by 2 px).
#pragma once

#include <QProxyStyle>

namespace cnnlab {

class AppStyle : public QProxyStyle {
  Q_OBJECT

 public:
  using QProxyStyle::QProxyStyle;
  void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                   const QWidget* widget = nullptr) const override;
  QRect subControlRect(ComplexControl control, const QStyleOptionComplex* option, SubControl part,
                       const QWidget* widget = nullptr) const override;
};

// Makes AppStyle, over the current style, the application's style, once; MainWindow calls it.
void installAppStyle();

}  // namespace cnnlab
