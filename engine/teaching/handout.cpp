// Handouts: a worked example as Markdown or LaTeX, every stage's operands, formulas and result.
#include "engine/teaching/handout.hpp"

#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace cnnlab {

namespace {

std::size_t displayWidth(const std::string& text) {
  std::size_t n = 0;
  for (unsigned char ch : text)
    if ((ch & 0xC0) != 0x80) ++n;
  return n;
}

std::string matrixText(const arma::mat& m) {
  std::vector<std::string> cells(m.n_elem);
  std::size_t width = 1;
  for (std::size_t r = 0; r < m.n_rows; ++r)
    for (std::size_t c = 0; c < m.n_cols; ++c) {
      cells[r * m.n_cols + c] = formatNumber(m(r, c));
      width = std::max(width, displayWidth(cells[r * m.n_cols + c]));
    }
  std::string text;
  for (std::size_t r = 0; r < m.n_rows; ++r) {
    text += "[";
    for (std::size_t c = 0; c < m.n_cols; ++c) {
      const std::string& cell = cells[r * m.n_cols + c];
      text += std::string(width - displayWidth(cell) + 1, ' ') + cell;
    }
    text += " ]\n";
  }
  return text;
}

std::string replaceAll(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t pos = 0; (pos = text.find(from, pos)) != std::string::npos; pos += to.size())
    text.replace(pos, from.size(), to);
  return text;
}

// Unicode math of the formulas → LaTeX math mode.
std::string latexMath(std::string text) {
  static const std::string subs[] = {"\u2080", "\u2081", "\u2082", "\u2083", "\u2084",
                                     "\u2085", "\u2086", "\u2087", "\u2088", "\u2089"};
  // Subscript runs → _{digits}
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::string digits;
    while (i < text.size()) {
      bool matched = false;
      for (int d = 0; d < 10; ++d)
        if (text.compare(i, subs[d].size(), subs[d]) == 0) {
          digits += char('0' + d);
          i += subs[d].size();
          matched = true;
          break;
        }
      if (!matched) break;
    }
    if (!digits.empty()) {
      out += "_{" + digits + "}";
      continue;
    }
    out += text[i++];
  }
  text = out;
  // ∂E/∂x_{12} → \frac{\partial E}{\partial x_{12}}
  static const std::regex partial("\u2202E/\u2202([A-Za-z])(_\\{[0-9]+\\})?");
  text = std::regex_replace(text, partial, "\\frac{\\partial E}{\\partial $1$2}");
  text = replaceAll(text, "\u00d7", " \\times ");
  text = replaceAll(text, "\u2212", "-");
  text = replaceAll(text, "full-\u2605", " \\star_{\\mathrm{full}} ");
  text = replaceAll(text, "full-*", " *_{\\mathrm{full}} ");
  text = replaceAll(text, "\u2605", " \\star ");
  text = replaceAll(text, "\u00b7", " \\cdot ");
  text = replaceAll(text, "\u03a3", "\\sum ");
  text = replaceAll(text, "\u2190", "\\leftarrow ");
  text = replaceAll(text, "rot180", "\\operatorname{rot180}");
  text = replaceAll(text, "max(", "\\max(");
  text = replaceAll(text, "maxpool", "\\operatorname{maxpool}");
  text = replaceAll(text, "\u1d62\u2c7c", "_{ij}");
  text = replaceAll(text, "\u1d62", "_{i}");
  text = replaceAll(text, "\u2c7c", "_{j}");
  text = replaceAll(text, "(argmax)", "\\ (\\text{argmax})");
  // The second notes' symbols: layer superscripts, Greek letters, the outer and elementwise products.
  text = replaceAll(text, "\u00b9", "^{1}");
  text = replaceAll(text, "\u00b2", "^{2}");
  text = replaceAll(text, "\u1d4f", "^{k}");
  text = replaceAll(text, "\u2202", "\\partial ");
  text = replaceAll(text, "\u03b1", "\\alpha ");
  text = replaceAll(text, "\u03c3", "\\sigma ");
  text = replaceAll(text, "\u03b4", "\\delta ");
  text = replaceAll(text, "\u0394", "\\Delta ");
  text = replaceAll(text, "\u2297", "\\otimes ");
  text = replaceAll(text, "\u2299", "\\odot ");
  text = replaceAll(text, "\u2192", "\\to ");
  text = replaceAll(text, "\u2026", "\\dots ");
  text = replaceAll(text, "\u2265", "\\geq ");
  text = replaceAll(text, "\u2032", "'");
  text = replaceAll(text, "\u2013", "\\text{--}");
  text = replaceAll(text, "\u00a7", "\\S ");
  return text;
}

// Prose with formulas in it: every word that holds math (non-ASCII, =, +) becomes inline $math$.
std::string latexText(const std::string& text) {
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    bool math = word == "=" || word == "+";
    for (unsigned char ch : word) math = math || ch >= 0x80;
    if (math) {
      std::string trail;  // keep sentence punctuation outside the math
      while (!word.empty() && (word.back() == ',' || word.back() == '.' || word.back() == ';' || word.back() == ':')) {
        trail.insert(trail.begin(), word.back());
        word.pop_back();
      }
      out += "$" + latexMath(word) + "$" + trail;
    } else {
      out += replaceAll(replaceAll(word, "&", "\\&"), "%", "\\%");
    }
    word.clear();
  };
  for (char ch : text) {
    if (ch == ' ') {
      flush();
      out += ' ';
    } else {
      word += ch;
    }
  }
  flush();
  return out;
}

std::string latexMatrix(const arma::mat& m) {
  std::string text = "\\begin{bmatrix}";
  for (std::size_t r = 0; r < m.n_rows; ++r) {
    for (std::size_t c = 0; c < m.n_cols; ++c) text += (c ? " & " : " ") + latexMath(formatNumber(m(r, c)));
    text += r + 1 < m.n_rows ? " \\\\" : " ";
  }
  return text + "\\end{bmatrix}";
}

}  // namespace

std::string handoutMarkdown(const TeachingExample& example) {
  std::ostringstream md;
  md << "# " << example.title << "\n\n" << example.description << "\n";
  for (std::size_t s = 0; s < example.stages.size(); ++s) {
    const TeachingStage& stage = example.stages[s];
    md << "\n## " << s + 1 << ". " << stage.title << "\n\n";
    md << stage.leftName << " =\n\n```\n" << matrixText(stage.left) << "```\n\n";
    if (stage.paddingRows || stage.paddingCols)
      md << "padded with zeros: " << stage.paddingRows << " row(s) and " << stage.paddingCols << " column(s) on each side\n\n";
    if (!stage.kernel.is_empty()) {
      md << stage.kernelName << " =\n\n```\n" << matrixText(stage.kernel) << "```\n\n";
      if (stage.kernelRotated)
        md << "rot180(" << stage.kernelName << ") =\n\n```\n" << matrixText(stage.appliedKernel) << "```\n\n";
    }
    for (const TeachingCell& cell : stage.cells) {
      md << "- `" << cell.formula << "`";
      if (!cell.symbolic.empty()) md << "  \n  " << cell.symbolic;
      md << "\n";
    }
    md << "\n" << stage.resultName << " =\n\n```\n" << matrixText(stage.result) << "```\n";
  }
  return md.str();
}

std::string handoutLatex(const TeachingExample& example) {
  std::ostringstream tex;
  tex << "% cnnlab handout: " << example.name << " (needs \\usepackage{amsmath})\n";
  tex << "\\section*{" << latexText(example.title) << "}\n" << latexText(example.description) << "\n";
  for (std::size_t s = 0; s < example.stages.size(); ++s) {
    const TeachingStage& stage = example.stages[s];
    tex << "\n\\subsection*{" << s + 1 << ". " << latexText(stage.title) << "}\n";
    tex << "\\[ " << latexMath(stage.leftName) << " = " << latexMatrix(stage.left);
    if (!stage.kernel.is_empty()) {
      tex << " \\qquad " << latexMath(stage.kernelName) << " = " << latexMatrix(stage.kernel);
      if (stage.kernelRotated)
        tex << " \\qquad \\operatorname{rot180}(" << latexMath(stage.kernelName)
            << ") = " << latexMatrix(stage.appliedKernel);
    }
    tex << " \\]\n";
    if (stage.paddingRows || stage.paddingCols)
      tex << "The input is padded with zeros: " << stage.paddingRows << " row(s) and " << stage.paddingCols
          << " column(s) on each side.\n";
    tex << "\\begin{align*}\n";
    for (const TeachingCell& cell : stage.cells) {
      const std::string math = latexMath(cell.formula);
      const std::size_t eq = math.find(" = ");
      tex << "  " << (eq == std::string::npos ? math : math.substr(0, eq) + " &= " + math.substr(eq + 3));
      if (!cell.symbolic.empty()) {
        const std::string sym = latexMath(cell.symbolic);
        const std::size_t seq = sym.find(" = ");
        if (seq != std::string::npos) tex << " && (" << sym.substr(seq + 3) << ")";
      }
      tex << " \\\\\n";
    }
    tex << "\\end{align*}\n";
    tex << "\\[ " << latexMath(stage.resultName) << " = " << latexMatrix(stage.result) << " \\]\n";
  }
  return tex.str();
}

}  // namespace cnnlab
