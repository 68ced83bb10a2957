// cnnlab-cli: the engine from the command line, for scripting and making teaching material.
#include "app/cli_commands.hpp"

int main(int argc, char** argv) { return cnnlab::runCli(argc, argv); }
