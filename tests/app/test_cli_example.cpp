// cnnlab-cli example (app/cli_example.cpp): the written steps of every stepper example, the MLP
// options and their JSON, softmax-jacobian, and a one-line error naming the argument for bad input.
#include <QtTest>
#include <QTemporaryDir>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/cli_commands.hpp"
#include "engine/layers/convolutional.hpp"
#include "engine/model_file.hpp"
#include "engine/network_spec.hpp"
#include "tests/app/cli_run.hpp"
#include "engine/teaching/mlp_examples.hpp"
#include "engine/teaching/teaching_examples.hpp"
#include "tests/test_main.hpp"
#include "tests/test_matrices.hpp"

using namespace cnnlab;
using namespace cnnlab::testing;

namespace {

arma::mat fromJson(const nlohmann::json& rows) {
  arma::mat m(rows.size(), rows.at(0).size());
  for (std::size_t r = 0; r < m.n_rows; ++r)
    for (std::size_t c = 0; c < m.n_cols; ++c) m(r, c) = rows[r][c].get<double>();
  return m;
}

arma::vec vecJson(const nlohmann::json& values) {
  arma::vec v(values.size());
  for (std::size_t i = 0; i < v.n_elem; ++i) v(i) = values[i].get<double>();
  return v;
}

}  // namespace

class TestCliExample : public QObject {
  Q_OBJECT

 private slots:
  void everyExampleWithoutAModelPrintsItsSteps() {
    for (const std::string& name : teachingExampleNames()) {
      if (name == "from-network" || name == "mlp-from-network") continue;
      const Run r = cli({"example", name, "--json"});
      QVERIFY2(r.code == 0, (name + ": " + r.err).c_str());
      const TeachingExample example = makeTeachingExample(name);
      for (const TeachingStage& stage : example.stages)
        for (const TeachingCell& cell : stage.cells) QVERIFY2(r.err.find(cell.formula + "\n") != std::string::npos, cell.formula.c_str());
      QCOMPARE(r.json()["example"].get<std::string>(), name);
    }
    const Run valid = cli({"example", "notebook-valid", "--json"});
    QVERIFY(valid.err.find("a = 1×1 + 6×2 + 5×(−1) + 3×0 = 8\n") != std::string::npos);
    QVERIFY(sameMatrix(fromJson(valid.json()["stages"][0]["result"]), arma::mat{{8, 7}, {4, 5}}));
  }

  void mlpBackwardJsonHoldsTheResults() {
    const std::vector<std::string> args = {"example", "mlp-backward", "--input", "0.5 -1 2", "--w1", "0.1 0.2; -0.3 0.4; 0.5 -0.6",
                                           "--b1", "0 0.1", "--w2", "1 -1 0.5; 0.2 0.3 -0.4", "--b2", "0.1 0 -0.1",
                                           "--target", "0 0 1", "--hidden", "tanh", "--output", "softmax",
                                           "--temperature", "1.5", "--loss", "cross_entropy", "--lr", "0.3", "--json"};
    const Run r = cli(args);
    QVERIFY2(r.code == 0, r.err.c_str());
    MlpNetwork net;
    net.x = {0.5, -1, 2};
    net.w1 = {{0.1, 0.2}, {-0.3, 0.4}, {0.5, -0.6}};
    net.b1 = {0, 0.1};
    net.w2 = {{1, -1, 0.5}, {0.2, 0.3, -0.4}};
    net.b2 = {0.1, 0, -0.1};
    net.target = {0, 0, 1};
    net.hidden = "tanh";
    net.temperature = 1.5;
    net.loss = "cross_entropy";
    net.learningRate = 0.3;
    const MlpPass p = runMlp(net);
    const nlohmann::json j = r.json();
    QVERIFY(sameMatrix(vecJson(j["z1"]), p.z1));
    QVERIFY(sameMatrix(vecJson(j["a1"]), p.a1));
    QVERIFY(sameMatrix(vecJson(j["z2"]), p.z2));
    QVERIFY(sameMatrix(vecJson(j["output"]), p.output));
    QCOMPARE(j["loss"].get<double>(), p.loss);
    // Gradients in the weights' layout: n^{k−1} × n^k.
    QVERIFY(sameMatrix(fromJson(j["dE_dw1"]), p.dE_dw1));
    QCOMPARE(fromJson(j["dE_dw1"]).n_rows, arma::uword(3));
    QVERIFY(sameMatrix(fromJson(j["dE_dw2"]), p.dE_dw2));
    QVERIFY(sameMatrix(vecJson(j["dE_db1"]), p.dE_db1));
    QVERIFY(sameMatrix(vecJson(j["dE_db2"]), p.dE_db2));
    QVERIFY(sameMatrix(fromJson(j["w1_after"]), net.w1 - 0.3 * p.dE_dw1));
    QVERIFY(sameMatrix(fromJson(j["w2_after"]), net.w2 - 0.3 * p.dE_dw2));
    QVERIFY(sameMatrix(vecJson(j["dE_dz2"]), p.dE_dz2));
    QVERIFY(sameMatrix(vecJson(j["dE_dz2_notes_diagonal"]), p.dE_dz2Diagonal));
    QVERIFY(!sameMatrix(vecJson(j["dE_dz2"]), vecJson(j["dE_dz2_notes_diagonal"])));
    QVERIFY(r.err.find("(27)") != std::string::npos);
    QVERIFY(r.err.find("(49)") != std::string::npos);
    // A sigmoid output has no diagonal-versus-full pair.
    const Run sigmoid = cli({"example", "mlp-forward", "--output", "sigmoid", "--json"});
    QCOMPARE(sigmoid.code, 0);
    QVERIFY(!sigmoid.json().contains("dE_dz2"));
  }

  void defaultsAreTheFixedNetwork() {
    const Run r = cli({"example", "mlp-forward", "--json"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.find("z₁¹ = 1×0.1 + 0.5×0.3 + 0.1 = 0.35   (14)\n") != std::string::npos);
    QVERIFY(sameMatrix(vecJson(r.json()["output"]), runMlp(defaultMlpNetwork()).output));
  }

  void softmaxJacobian() {
    const Run r = cli({"example", "softmax-jacobian", "--z", "1 2 3 4", "--temperature", "0.7", "--json"});
    QVERIFY2(r.code == 0, r.err.c_str());
    const nlohmann::json j = r.json();
    const SoftmaxJacobian sj = cnnlab::softmaxJacobian(arma::vec{1, 2, 3, 4}, 0.7);
    QVERIFY(sameMatrix(vecJson(j["softmax"]), sj.softmax));
    const arma::mat J = fromJson(j["jacobian"]);
    QVERIFY(sameMatrix(J, sj.jacobian));
    QVERIFY(arma::abs(arma::sum(J, 1)).max() < 1e-15);
  }

  void handoutFile() {
    QTemporaryDir dir;
    const std::string md = dir.filePath("h.md").toStdString(), tex = dir.filePath("h.tex").toStdString();
    QCOMPARE(cli({"example", "mlp-backward", "--handout", md}).code, 0);
    QCOMPARE(cli({"example", "mlp-backward", "--handout", tex}).code, 0);
    std::ifstream a(md), b(tex);
    const std::string mdText((std::istreambuf_iterator<char>(a)), {}), texText((std::istreambuf_iterator<char>(b)), {});
    QVERIFY(mdText.find("(27)") != std::string::npos);
    QVERIFY(texText.find("\\partial") != std::string::npos);
  }

  void badInput_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    QTest::newRow("ragged w1") << QStringList{"--w1", "1 2 3; 4 5"} << "error: --w1: ragged matrix";
    QTest::newRow("shapes do not chain") << QStringList{"--w2", "1 2; 3 4; 5 6; 7 8"} << "error: --w2: has 4 rows, but w1 has 3 columns";
    QTest::newRow("input vs w1") << QStringList{"--input", "1 2 3"} << "error: --w1: has 2 rows, but the input has 3";
    QTest::newRow("target length") << QStringList{"--target", "1 0"} << "error: --target: has 2 values, but the network has 3 outputs";
    QTest::newRow("temperature 0") << QStringList{"--temperature", "0"} << "error: --temperature: must be > 0 and finite, not '0'";
    QTest::newRow("temperature negative") << QStringList{"--temperature", "-2"} << "error: --temperature: must be > 0";
    QTest::newRow("temperature nan") << QStringList{"--temperature", "nan"} << "error: --temperature: must be > 0 and finite, not 'nan'";
    QTest::newRow("temperature inf") << QStringList{"--temperature", "inf"} << "error: --temperature: must be > 0 and finite, not 'inf'";
    QTest::newRow("temperature text") << QStringList{"--temperature", "warm"} << "error: --temperature: 'warm' is not a number";
    QTest::newRow("65 hidden units") << QStringList{"--w1", "65x"} << "error: --w1: at most 64×64, not 2×65";
    QTest::newRow("hidden") << QStringList{"--hidden", "softmax"} << "error: --hidden: 'softmax' is not one of sigmoid, relu and tanh";
    QTest::newRow("loss") << QStringList{"--loss", "hinge"} << "error: --loss: 'hinge' is not one of";
    QTest::newRow("matrix as a vector") << QStringList{"--b1", "1 2; 3 4"} << "error: --b1: a list of values";
  }
  void badInput() {
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    std::vector<std::string> argv = {"example", "mlp-backward"};
    for (const QString& a : args) argv.push_back(a.toStdString());
    if (args.size() == 2 && args[1] == "65x") {  // 2 inputs → 65 hidden units → 2 outputs
      std::string row1, row2, b1, w2;
      for (int j = 0; j < 65; ++j) {
        row1 += "0.1 ";
        row2 += "0.2 ";
        b1 += "0 ";
        w2 += std::string(j ? "; " : "") + "1 -1";
      }
      argv = {"example", "mlp-backward", "--w1", row1 + "; " + row2, "--b1", b1, "--w2", w2};
    }
    const Run r = cli(argv);
    QCOMPARE(r.code, 1);
    QVERIFY2(QString::fromStdString(r.err).startsWith(error), r.err.c_str());
    QCOMPARE(std::count(r.err.begin(), r.err.end(), '\n'), std::ptrdiff_t(1));  // one line
    QVERIFY(r.out.empty());
  }

  void softmaxJacobianBadInput() {
    Run r = cli({"example", "softmax-jacobian", "--z", "1 2; 3 4"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.rfind("error: --z:", 0) == 0, r.err.c_str());
    r = cli({"example", "softmax-jacobian", "--temperature", "0"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.rfind("error: --temperature:", 0) == 0, r.err.c_str());
    r = cli({"example", "notebook-valid", "--w1", "1 2"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.rfind("error: --w1: only mlp-forward and mlp-backward take it", 0) == 0, r.err.c_str());
    // --input is the correlation's I and the MLP's x: an example that takes neither names both kinds.
    r = cli({"example", "maxpool", "--input", "1 2"});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, std::string("error: --input: only notebook-valid, notebook-convolve, notebook-full, mlp-forward and "
                                "mlp-backward take it\n"));
    // A handout goes through the atomic writer: a device is refused, not written through.
    r = cli({"example", "notebook-valid", "--handout", "/dev/full"});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, std::string("error: --handout: /dev/full: a device, not a regular file\n"));
    r = cli({"example", "no-such-example"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.rfind("error: unknown example 'no-such-example'", 0) == 0, r.err.c_str());
    r = cli({"example", "mlp-from-network"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.rfind("error: --model:", 0) == 0, r.err.c_str());
  }

  // from-network --channel c on a colour model steps through kernel 1's slice for channel c.
  void fromNetworkChannelOfAColourModel() {
    const nlohmann::json spec = nlohmann::json::parse(R"({
      "input": {"depth": 3, "height": 28, "width": 28},
      "layers": [{"type": "convolutional", "kernels": 2, "kernel_size": 3},
                 {"type": "reshape"}, {"type": "dense", "units": 2}, {"type": "softmax"}], "loss": "cross_entropy"})");
    Network<float> network = buildNetwork<float>(spec);
    network.initialize(5);
    QTemporaryDir dir;
    const std::string path = (dir.path() + "/colour.json").toStdString();
    saveModel(network, path);
    const auto& conv = dynamic_cast<const Convolutional<float>&>(network.layer(0));
    for (int c = 0; c < 3; ++c) {
      const Run r = cli({"example", "from-network", "--model", path, "--channel", std::to_string(c), "--json"});
      QVERIFY2(r.code == 0, r.err.c_str());
      const nlohmann::json stage = r.json()["stages"][0];
      QVERIFY2(arma::approx_equal(fromJson(stage["kernel"]), arma::conv_to<arma::mat>::from(conv.kernel(0, std::size_t(c))),
                                  "absdiff", 1e-6), std::to_string(c).c_str());
    }
    const Run past = cli({"example", "from-network", "--model", path, "--channel", "3"});
    QCOMPARE(past.code, 1);
    QVERIFY2(past.err.rfind("error: --channel: a whole number from 0 to 2, not '3'", 0) == 0, past.err.c_str());
    const Run other = cli({"example", "notebook-valid", "--channel", "1"});
    QCOMPARE(other.code, 1);
    QVERIFY2(other.err.rfind("error: --channel: only from-network takes it", 0) == 0, other.err.c_str());
  }
};

CNNLAB_TEST_APPLESS_MAIN(TestCliExample)
#include "test_cli_example.moc"
