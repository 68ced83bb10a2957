// Each tests/<folder>/test_*.cpp is one Qt Test class, and each folder builds into one program
// (cnnlab_engine_tests, cnnlab_ui_tests) whose files are compiled a few at a time (a unity build):
// the headers and the templates they share are compiled once per batch, not once per file (#25).
// A file registers its class under its own name instead of defining main():
//   CNNLAB_TEST_MAIN(TestX)          like QTEST_MAIN: a QApplication (QGuiApplication without widgets)
//   CNNLAB_TEST_GUILESS_MAIN(TestX)  like QTEST_GUILESS_MAIN: a QCoreApplication
//   CNNLAB_TEST_APPLESS_MAIN(TestX)  like QTEST_APPLESS_MAIN: no application object
// and `cnnlab_engine_tests test_cli [Qt Test options]` runs the class of test_cli.cpp; ctest runs each
// file's class in its own process, as before.
#pragma once

#include <QtTest>

#include <string_view>
#include <vector>

namespace cnnlab::testing {

struct TestEntry {
  std::string_view name;              // the file's name without .cpp: "test_cli"
  int (*run)(int argc, char** argv);  // makes the application object and runs QTest::qExec
};

inline std::vector<TestEntry>& testRegistry() {
  static std::vector<TestEntry> entries;
  return entries;
}

// "tests/engine/test_cli.cpp" → "test_cli"
constexpr std::string_view testName(std::string_view file) {
  const auto slash = file.find_last_of('/');
  if (slash != std::string_view::npos) file.remove_prefix(slash + 1);
  return file.substr(0, file.rfind('.'));
}

inline bool registerTest(std::string_view file, int (*run)(int, char**)) {
  testRegistry().push_back({testName(file), run});
  return true;
}

// What QTEST_MAIN and its variants do in Qt 6's qtest.h (QTEST_MAIN_WRAPPER), around one test object.
template <typename Test>
int runWithoutApplication(int argc, char** argv) {
  QTest::Internal::callInitMain<Test>();
  Test test;
  return QTest::qExec(&test, argc, argv);
}

template <typename Test>
int runWithCoreApplication(int argc, char** argv) {
  QTest::Internal::callInitMain<Test>();
  QTEST_QAPP_SETUP(QCoreApplication)
  Test test;
  return QTest::qExec(&test, argc, argv);
}

template <typename Test>
int runWithGuiApplication(int argc, char** argv) {
  QTest::Internal::callInitMain<Test>();
  QTEST_MAIN_SETUP()  // QApplication with widgets, else QGuiApplication
  Test test;
  return QTest::qExec(&test, argc, argv);
}

}  // namespace cnnlab::testing

#define CNNLAB_TEST_REGISTER_(TestObject, runner)                                                \
  namespace {                                                                                    \
  [[maybe_unused]] const bool registered##TestObject =                                           \
      ::cnnlab::testing::registerTest(__FILE__, &::cnnlab::testing::runner<TestObject>);         \
  }
#define CNNLAB_TEST_MAIN(TestObject) CNNLAB_TEST_REGISTER_(TestObject, runWithGuiApplication)
#define CNNLAB_TEST_GUILESS_MAIN(TestObject) CNNLAB_TEST_REGISTER_(TestObject, runWithCoreApplication)
#define CNNLAB_TEST_APPLESS_MAIN(TestObject) CNNLAB_TEST_REGISTER_(TestObject, runWithoutApplication)
