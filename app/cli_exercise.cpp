// cnnlab-cli exercise: prints a generated exercise (engine/teaching/exercises) or diagnoses an answer.
#include "app/cli_exercise.hpp"
#include "engine/quoted.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <ostream>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "app/cli_format.hpp"
#include "engine/teaching/exercises.hpp"

namespace cnnlab {

// Every value is taken as text and checked here, so a bad one is a one-line error naming the
// option with exit code 1, not CLI11's usage error.
struct ExerciseCommand::Args {
  std::string level, seed = "0";
  std::string op = "correlate", mode = "valid", input, kernel, padding = "0", stride = "1", cell, answer;
  bool json = false;
};

namespace {

// A whole number in [0, limit]: "3", not "3.5", "-1" or "x".
std::size_t countArgument(const std::string& option, const std::string& text, std::size_t limit) {
  if (text.empty() || text.size() > 12 || text.find_first_not_of("0123456789") != std::string::npos)
    throw std::invalid_argument(option + ": " + inQuotes(text) + " is not a whole number ≥ 0");
  const unsigned long long value = std::stoull(text);
  if (value > limit) throw std::invalid_argument(option + ": " + text + " is larger than " + std::to_string(limit));
  return std::size_t(value);
}

// An exercise's matrices are a few cells: a longer one is a mistake, refused before parsing.
arma::mat exerciseMatrix(const std::string& option, const std::string& text) {
  if (text.size() > 4096) throw std::invalid_argument(option + ": too long (at most 4096 characters)");
  return matrixArgument(option, text);
}

template <typename F>
auto withOption(const std::string& option, F&& f) {
  try {
    return f();
  } catch (const std::invalid_argument& e) {
    std::string what = e.what();
    if (what.rfind("answer: ", 0) == 0) what = what.substr(8);
    throw std::invalid_argument(option + ": " + what);
  }
}

int runNew(const std::string& levelText, const std::string& seedText, bool json, std::ostream& out,
           std::ostream& jsonOut) {
  const std::size_t level = countArgument("LEVEL", levelText, 1000);
  const std::size_t seed = countArgument("--seed", seedText, 999999999999ULL);
  if (level < std::size_t(kMinExerciseLevel) || level > std::size_t(kMaxExerciseLevel))
    throw std::invalid_argument("LEVEL: must be 1 to 7, not " + levelText);
  const Exercise ex = generateExercise(int(level), seed);
  out << ex.title << " (seed " << seed << ")\n";
  for (const auto& [name, m] : ex.givens) {
    out << name << " =\n";
    printMatrix(out, m, "  ");
  }
  out << ex.statement << "\n\nAnswers:\n";
  nlohmann::json parts = nlohmann::json::array();
  for (const ExercisePart& p : ex.parts) {
    out << p.resultName << " =\n";
    printMatrix(out, p.answer, "  ");
    for (const std::string& f : p.formulas) out << "  " << f << '\n';
    nlohmann::json part{{"title", p.title}, {"result", p.resultName}, {"answer", matrixJson(p.answer)}};
    if (p.isCorrelation()) {
      part["op"] = p.options.operation == Operation::Convolve ? "convolve" : "correlate";
      part["mode"] = p.options.mode == CorrelationMode::Full ? "full" : "valid";
      part["padding"] = p.options.padding;
      part["stride"] = p.options.stride;
      part["input"] = matrixJson(p.left);
      part["kernel"] = matrixJson(p.kernel);
    }
    parts.push_back(part);
  }
  if (json) {
    nlohmann::json givens = nlohmann::json::object();
    for (const auto& [name, m] : ex.givens) givens[name] = matrixJson(m);
    jsonOut << nlohmann::json{{"level", level}, {"seed", seed}, {"title", ex.title}, {"givens", givens}, {"parts", parts}}
               .dump()
        << '\n';
  }
  return 0;
}

}  // namespace

ExerciseCommand::ExerciseCommand(CLI::App& app) : args_(std::make_unique<Args>()) {
  Args& a = *args_;
  command_ = app.add_subcommand("exercise", "Practice by hand: generated exercises, and which mistake an answer shows");
  command_->require_subcommand(1);
  new_ = command_->add_subcommand("new", "Print a generated exercise (levels 1-7) and its answers");
  new_->add_option("LEVEL", a.level,
                   "1 a 2x2 on a 3x3, 2 a 3x3 on a 5x5, 3 full mode, 4 convolution, 5 stride and padding, "
                   "6 dE/dK and dE/dX of a conv layer, 7 the MLP's delta w")
      ->required();
  new_->add_option("--seed", a.seed, "The same seed gives the same exercise (default 0)");
  new_->add_flag("--json", a.json, "Print one JSON document of the exercise and its answers");

  diagnose_ = command_->add_subcommand("diagnose", "Check an answer for one output cell and name the mistake it shows");
  diagnose_->add_option("--op", a.op, "correlate or convolve (default correlate)");
  diagnose_->add_option("--mode", a.mode, "valid or full (default valid)");
  diagnose_->add_option("--input", a.input, "Input matrix, e.g. \"1 6 2; 5 3 1; 7 0 9\"")->required();
  diagnose_->add_option("--kernel", a.kernel, "Kernel matrix, e.g. \"1 2; -1 0\"")->required();
  diagnose_->add_option("--padding", a.padding, "Zero padding on every side (valid mode)");
  diagnose_->add_option("--stride", a.stride, "Stride (default 1)");
  diagnose_->add_option("--cell", a.cell, "The output cell ROW,COL, 0-based")->required();
  diagnose_->add_option("--answer", a.answer, "The answer to check")->required();
  diagnose_->add_flag("--json", a.json, "Print one JSON document {\"correct\", \"expected\", \"mistake\", \"also\"}");
}

ExerciseCommand::~ExerciseCommand() = default;

bool ExerciseCommand::chosen() const { return command_->parsed(); }

int ExerciseCommand::run(std::ostream& out, std::ostream& json) const {
  const Args& a = *args_;
  if (new_->parsed()) return runNew(a.level, a.seed, a.json, out, json);

  if (a.op != "correlate" && a.op != "convolve")
    throw std::invalid_argument("--op: must be correlate or convolve, not " + inQuotes(a.op));
  if (a.mode != "valid" && a.mode != "full")
    throw std::invalid_argument("--mode: must be valid or full, not " + inQuotes(a.mode));
  CorrelationOptions options;
  options.operation = a.op == "convolve" ? Operation::Convolve : Operation::Correlate;
  options.mode = a.mode == "full" ? CorrelationMode::Full : CorrelationMode::Valid;
  options.padding = countArgument("--padding", a.padding, 64);
  options.stride = countArgument("--stride", a.stride, 64);
  if (options.stride == 0) throw std::invalid_argument("--stride: must be at least 1");
  const arma::mat input = exerciseMatrix("--input", a.input);
  const arma::mat kernel = exerciseMatrix("--kernel", a.kernel);
  const std::size_t comma = a.cell.find(',');
  if (comma == std::string::npos) throw std::invalid_argument("--cell: " + inQuotes(a.cell) + " is not ROW,COL");
  const std::size_t row = countArgument("--cell", a.cell.substr(0, comma), 1000000);
  const std::size_t col = countArgument("--cell", a.cell.substr(comma + 1), 1000000);
  const double answer = withOption("--answer", [&] { return parseAnswer(a.answer); });
  const Diagnosis d = withOption("--cell", [&] {
    try {
      checkCorrelationShapes(input.n_rows, input.n_cols, kernel.n_rows, kernel.n_cols, options);
      (void)traceCorrelation(input, kernel, options);  // refuses an overflow, naming --input or --kernel
    } catch (const std::invalid_argument& e) {
      // Not the cell's fault, so not "--cell: …": a shape problem as it is, an overflow naming its option.
      try {
        rethrowAsOption(e);
      } catch (const std::invalid_argument& named) {
        throw std::logic_error(named.what());
      }
    }
    return diagnoseCell(input, kernel, options, row, col, answer);
  });

  out << "y[" << row << "][" << col << "] = " << formatNumber(d.expected) << "; the answer "
      << formatNumber(d.answer) << (d.correct ? " is right.\n" : " is wrong.\n");
  if (!d.correct) {
    out << "mistake: " << mistakeName(d.mistake) << " \u2014 " << mistakeSentence(d.mistake) << '\n';
    if (!d.also.empty()) {
      out << "also explained by:";
      for (Mistake m : d.also) out << ' ' << mistakeName(m);
      out << '\n';
    }
  }
  if (a.json) {
    nlohmann::json also = nlohmann::json::array();
    for (Mistake m : d.also) also.push_back(mistakeName(m));
    nlohmann::json j{{"correct", d.correct}, {"expected", d.expected}};
    j["mistake"] = d.correct ? nlohmann::json(nullptr) : nlohmann::json(mistakeName(d.mistake));
    j["also"] = also;
    json << j.dump() << '\n';
  }
  return 0;
}

}  // namespace cnnlab
