// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "cnms/core/Clock.h"
#include "cnms/core/ProjectStore.h"

namespace cnms {

/**
 * What a workflow service needs besides its data: the project, the clock for "today", and the
 * person on whose behalf it acts. The acting person is recorded in the records it writes
 * (raised by, verified by ...) and is the name rules such as "nobody verifies their own action"
 * are checked against; the change log keeps recording the store's user, who operated the program.
 */
class ServiceContext {
public:
    /** `actor` empty means the project's user (ProjectStore::actor()). */
    explicit ServiceContext(ProjectStore& store, const Clock& clock = Clock::system(), std::string actor = {})
        : m_store(&store), m_clock(&clock), m_actor(std::move(actor)) {}

    ProjectStore& store() const { return *m_store; }
    const Clock& clock() const { return *m_clock; }
    /** The acting person's name. */
    std::string actor() const { return m_actor.empty() ? m_store->actor() : m_actor; }
    /** Today's date from the clock, YYYY-MM-DD. */
    std::string today() const { return m_clock->today(); }

private:
    ProjectStore* m_store;
    const Clock* m_clock;
    std::string m_actor;
};

}  // namespace cnms
