// A tab widget whose minimum size is its current page's, not the largest of all its pages: a page
// that is not shown must not make the window larger than a projector (#23). Each page still fits
// when it is shown; test_screen_fit checks every one.
#pragma once

#include <QSizePolicy>
#include <QTabWidget>

namespace cnnlab {

inline void sizeByCurrentPage(QTabWidget* tabs) {
  auto update = [tabs] {
    for (int i = 0; i < tabs->count(); ++i) {
      QWidget* page = tabs->widget(i);
      const bool current = i == tabs->currentIndex();
      page->setSizePolicy(current ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                          current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
  };
  QObject::connect(tabs, &QTabWidget::currentChanged, tabs, update);
  update();
}

}  // namespace cnnlab
