// The board's operators, one vocabulary for the desktop and the page (#23): each symbol a stage
// draws between its operands, what it means in a sentence, and whether it applies a function to one
// operand (drawn over an arrow) or combines two.
#pragma once

#include <string_view>

namespace cnnlab {

struct OperatorMeaning {
  std::string_view symbol;   // as TeachingStage::operatorSymbol holds it: "★", "full-★ rot180", "max"
  std::string_view shown;    // as the board draws it: "full-★" for "full-★ rot180"
  const char* meaning;       // marked for translation in context "engine"; never empty
  bool unary;                // a function of the left operand alone: drawn as "max" over an arrow
};

// Every symbol a built-in example uses has an entry (tested); an unknown one is shown as it is, with
// a generic meaning.
OperatorMeaning operatorMeaning(std::string_view symbol);
bool isKnownOperator(std::string_view symbol);

}  // namespace cnnlab
