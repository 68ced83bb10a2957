// Handouts for course notes: a worked example (teaching_examples.hpp) as a Markdown or LaTeX
// document with every stage's operands, every cell's formula and the results.
#pragma once

#include <string>

#include "engine/teaching/teaching_examples.hpp"

namespace cnnlab {

std::string handoutMarkdown(const TeachingExample& example);
std::string handoutLatex(const TeachingExample& example);

}  // namespace cnnlab
