// cercles-cli circles FILE: one line per circle, with its parent and decision scope.
#include "command.h"

#include "services/organisationservice.h"
#include "storage/database.h"

namespace {

int runCircles(const QStringList& args)
{
    using namespace cercles;
    using namespace cercles::cli;
    if (args.size() != 1) {
        err() << "usage: cercles-cli circles FILE\n";
        return 2;
    }
    // A listing reads only what it lists; `check` reads the whole file.
    auto db = Database::open(args.first(), Database::Access::ReadOnly, Database::Check::Later);
    if (!db) {
        err() << "cercles-cli: " << db.error() << '\n';
        return 1;
    }
    OrganisationService service(*db.value());
    if (!service.loadError().isEmpty()) {
        err() << "cercles-cli: " << service.loadError() << '\n';
        return 1;
    }
    const Organisation& org = service.organisation();
    for (const Circle& circle : org.circles) {
        const Circle* parent = org.circle(circle.parent);
        QStringList scope;
        for (const ScopeItem& item : circle.scope)
            scope << item.text;
        out() << circle.name << '\t' << (parent ? parent->name : QStringLiteral("-")) << '\t'
              << scope.join(QStringLiteral("; ")) << '\n';
    }
    return 0;
}

} // namespace

CERCLES_CLI_COMMAND(circles,
                    {QStringLiteral("circles"), QStringLiteral("circles FILE"),
                     QStringLiteral("list the circles: name, parent, decision scope (tab-separated)"),
                     runCircles})
