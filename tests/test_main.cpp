// main() of cnnlab_engine_tests and cnnlab_ui_tests (tests/test_main.hpp): the first argument names the
// test file whose class runs; the rest go to Qt Test (-o, -maxwarnings, a test function's name, …).
#include <cstring>
#include <iostream>

#include "tests/test_main.hpp"

int main(int argc, char** argv) {
  const auto& tests = cnnlab::testing::testRegistry();
  for (const auto& test : tests)
    if (argc >= 2 && test.name == argv[1]) {
      argv[1] = argv[0];  // Qt Test reads argv[0] as the program's name
      return test.run(argc - 1, argv + 1);
    }
  if (argc >= 2) std::cerr << argv[0] << ": no test named '" << argv[1] << "'\n";
  std::cerr << "usage: " << argv[0] << " TEST [Qt Test options]; the tests here:\n";
  for (const auto& test : tests) std::cerr << "  " << test.name << '\n';
  return 2;
}
