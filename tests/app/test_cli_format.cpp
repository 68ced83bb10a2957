// app/cli_format: the one printMatrix and matrixJson that correlate, exercise and example share.
#include <QtTest>

#include <sstream>

#include "app/cli_format.hpp"
#include "tests/app/cli_run.hpp"
#include "tests/test_main.hpp"

using namespace cnnlab;

class TestCliFormat : public QObject {
  Q_OBJECT

 private slots:
  void rightAlignedWithAsciiMinus() {
    std::ostringstream out;
    printMatrix(out, arma::mat{{1, -12}, {100, 0.5}});
    QCOMPARE(out.str(), std::string("  1 -12\n100 0.5\n"));
  }
  void everyLineIndented() {
    std::ostringstream out;
    printMatrix(out, arma::mat{{-1, 2}, {3, 4}}, "  ");
    QCOMPARE(out.str(), std::string("  -1  2\n   3  4\n"));
  }
  void jsonRows() {
    QCOMPARE(matrixJson(arma::mat{{1, 2, 3}, {4, 5, 6}}), nlohmann::json::parse("[[1,2,3],[4,5,6]]"));
    QCOMPARE(matrixJson(arma::mat()), nlohmann::json::array());
  }
  // correlate prints the output flush left; exercise new indents its matrices by two spaces.
  void commandsUseIt() {
    const Run correlate = cli({"correlate", "--input", "1 6 2; 5 3 1; 7 0 9", "--kernel", "1 2; -1 0"});
    QCOMPARE(correlate.code, 0);
    QVERIFY2(correlate.out.find("8 7\n4 5\n") != std::string::npos, correlate.out.c_str());
    const Run exercise = cli({"exercise", "new", "1", "--seed", "3"});
    QCOMPARE(exercise.code, 0);
    QVERIFY2(exercise.out.find("\n  ") != std::string::npos, exercise.out.c_str());
  }
};

CNNLAB_TEST_GUILESS_MAIN(TestCliFormat)
#include "test_cli_format.moc"
