// SPDX-License-Identifier: MIT
#include <iostream>

#include "Cli.h"

int main(int argc, char** argv) { return cnms::cli::run(argc, argv, std::cout, std::cerr); }
