// SPDX-License-Identifier: MIT
#include <iomanip>
#include <nlohmann/json.hpp>

#include "Cli.h"
#include "ProjectArg.h"
#include "SignIn.h"
#include "cnms/storage/Users.h"

namespace cnms::cli {
namespace {

using security::Role;
using security::UserService;

std::vector<std::string> roleKeys() {
    std::vector<std::string> keys;
    for (auto role : security::allRoles()) keys.emplace_back(security::roleKey(role));
    return keys;
}

const char* kNewPasswordVar = "CNMS_NEW_PASSWORD";

}  // namespace

void addUserCommand(CLI::App& app, Context& ctx) {
    auto* user = app.add_subcommand("user", "Add, list and disable the users of a project; set passwords and roles");
    user->require_subcommand(1);

    struct AddOptions {
        std::string path, name, displayName, role;
    };
    auto add = std::make_shared<AddOptions>();
    auto* addCmd = user->add_subcommand("add", "Add a user (password from CNMS_NEW_PASSWORD or asked for twice)");
    addCmd->add_option("PROJECT", add->path, "Project file")->required();
    addCmd->add_option("NAME", add->name, "Sign-in name: letters, digits, '.', '_' and '-'")->required();
    addCmd->add_option("--role", add->role, "administrator, sustainability_officer, internal_auditor, manager, read_only")
        ->required()
        ->check(CLI::IsMember(roleKeys()));
    addCmd->add_option("--display-name", add->displayName, "The name findings and verifications show, e.g. 王芳");
    addCmd->callback([&ctx, add] {
        ctx.action = [&ctx, add] {
            auto store = openProjectArg(add->path);
            auto password = readPassword(kNewPasswordVar, "New password for " + add->name + ": ", true);
            security::User u{add->name, add->displayName, *security::roleFromKey(add->role), true};
            storage::userService(*store).addUser(u, password);
            ctx.out << "added user " << u.name << " (" << security::roleKey(u.role) << ")\n";
            return static_cast<int>(Success);
        };
    });

    struct ListOptions {
        std::string path, format = "table";
    };
    auto list = std::make_shared<ListOptions>();
    auto* listCmd = user->add_subcommand("list", "List the users and the sign-in mode");
    listCmd->add_option("PROJECT", list->path, "Project file")->required();
    listCmd->add_option("--format", list->format, "table or json")->check(CLI::IsMember({"table", "json"}));
    listCmd->callback([&ctx, list] {
        ctx.action = [&ctx, list] {
            auto store = openProjectArg(list->path, true);
            UserService service = storage::userService(*store);
            auto users = service.users();
            if (list->format == "json") {
                auto out = nlohmann::json::array();
                for (const auto& u : users)
                    out.push_back({{"name", u.name}, {"displayName", u.displayName},
                                   {"role", std::string(security::roleKey(u.role))}, {"active", u.active}});
                ctx.out << nlohmann::json{{"signIn", std::string(security::signInModeKey(service.signInMode()))}, {"users", out}}
                               .dump(2)
                        << "\n";
                return static_cast<int>(Success);
            }
            ctx.out << "sign-in: " << security::signInModeKey(service.signInMode()) << "\n";
            ctx.out << std::left << std::setw(20) << "name" << std::setw(24) << "role" << std::setw(10) << "active"
                    << "display name\n";
            for (const auto& u : users)
                ctx.out << std::left << std::setw(20) << u.name << std::setw(24) << security::roleKey(u.role)
                        << std::setw(10) << (u.active ? "yes" : "no") << u.displayName << "\n";
            return static_cast<int>(Success);
        };
    });

    struct NameOptions {
        std::string path, name, role;
    };
    auto passwd = std::make_shared<NameOptions>();
    auto* passwdCmd =
        user->add_subcommand("passwd", "Set a user's password (from CNMS_NEW_PASSWORD or asked for twice)");
    passwdCmd->add_option("PROJECT", passwd->path, "Project file")->required();
    passwdCmd->add_option("NAME", passwd->name, "The user")->required();
    passwdCmd->callback([&ctx, passwd] {
        ctx.action = [&ctx, passwd] {
            auto store = openProjectArg(passwd->path);
            auto password = readPassword(kNewPasswordVar, "New password for " + passwd->name + ": ", true);
            storage::userService(*store).setPassword(passwd->name, password);
            ctx.out << "password of " << passwd->name << " changed\n";
            return static_cast<int>(Success);
        };
    });

    auto disable = std::make_shared<NameOptions>();
    auto* disableCmd = user->add_subcommand("disable", "Disable a user: no more sign-in, the history keeps the name");
    disableCmd->add_option("PROJECT", disable->path, "Project file")->required();
    disableCmd->add_option("NAME", disable->name, "The user")->required();
    disableCmd->callback([&ctx, disable] {
        ctx.action = [&ctx, disable] {
            auto store = openProjectArg(disable->path);
            storage::userService(*store).disable(disable->name);
            ctx.out << "disabled user " << disable->name << "\n";
            return static_cast<int>(Success);
        };
    });

    auto role = std::make_shared<NameOptions>();
    auto* roleCmd = user->add_subcommand("role", "Change a user's role");
    roleCmd->add_option("PROJECT", role->path, "Project file")->required();
    roleCmd->add_option("NAME", role->name, "The user")->required();
    roleCmd->add_option("ROLE", role->role, "The new role")->required()->check(CLI::IsMember(roleKeys()));
    roleCmd->callback([&ctx, role] {
        ctx.action = [&ctx, role] {
            auto store = openProjectArg(role->path);
            storage::userService(*store).setRole(role->name, *security::roleFromKey(role->role));
            ctx.out << role->name << " is now " << role->role << "\n";
            return static_cast<int>(Success);
        };
    });
}

void addAuthCommand(CLI::App& app, Context& ctx) {
    auto* auth = app.add_subcommand("auth", "Sign-in settings of a project");
    auth->require_subcommand(1);
    struct ModeOptions {
        std::string path, mode;
    };
    auto mode = std::make_shared<ModeOptions>();
    auto* modeCmd = auth->add_subcommand(
        "mode", "Show or set whether the project requires sign-in: none (single user) or required");
    modeCmd->add_option("PROJECT", mode->path, "Project file")->required();
    modeCmd->add_option("MODE", mode->mode, "none or required; omitted: show the mode")
        ->check(CLI::IsMember({"none", "required"}));
    modeCmd->callback([&ctx, mode] {
        ctx.action = [&ctx, mode] {
            auto store = openProjectArg(mode->path, mode->mode.empty());
            UserService service = storage::userService(*store);
            if (!mode->mode.empty()) service.setSignInMode(*security::signInModeFromKey(mode->mode));
            ctx.out << "sign-in: " << security::signInModeKey(service.signInMode()) << "\n";
            return static_cast<int>(Success);
        };
    });
}

}  // namespace cnms::cli
