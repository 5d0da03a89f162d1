// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace vfio::cli {

// Every subcommand, in the order the overview lists them.
std::vector<std::unique_ptr<Command>> makeCommands();

} // namespace vfio::cli
