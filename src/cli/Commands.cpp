// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "ApplyCommand.h"
#include "CheckCommand.h"
#include "EnableIommuCommand.h"
#include "ListCommand.h"
#include "PreviewCommand.h"
#include "PreviewIommuCommand.h"
#include "ReportCommand.h"
#include "RevertCommand.h"
#include "StatusCommand.h"
#include "VerifyCommand.h"

namespace vfio::cli {

// The extension point. To add a subcommand:
//   1. write FooCommand.h/.cpp with a class deriving from vfio::cli::Command (see ListCommand for the shape,
//      CommandSupport.h for the shared --root option and its checks);
//   2. add both files to CLI_COMMAND_SOURCES in src/cli/CMakeLists.txt;
//   3. add its #include above and one line below.
std::vector<std::unique_ptr<Command>> makeCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ListCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<PreviewIommuCommand>());
    commands.push_back(std::make_unique<EnableIommuCommand>());
    commands.push_back(std::make_unique<PreviewCommand>());
    commands.push_back(std::make_unique<ApplyCommand>());
    commands.push_back(std::make_unique<RevertCommand>());
    commands.push_back(std::make_unique<StatusCommand>());
    commands.push_back(std::make_unique<VerifyCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    return commands;
}

} // namespace vfio::cli
