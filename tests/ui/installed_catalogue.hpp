// A translation catalogue installed on the application for one test, and removed again at its end
// (tests/ui/stepper/test_engine_text, tests/ui/experiments/test_experiment_text).
#pragma once

#include <QCoreApplication>
#include <QTranslator>

namespace cnnlab::testing {

class Installed {
 public:
  explicit Installed(QTranslator* catalogue) : catalogue_(catalogue) { QCoreApplication::installTranslator(catalogue_); }
  ~Installed() { QCoreApplication::removeTranslator(catalogue_); }
  Installed(const Installed&) = delete;
  Installed& operator=(const Installed&) = delete;

 private:
  QTranslator* catalogue_;
};

}  // namespace cnnlab::testing
