#include "circleeditor.h"

#include "circledialog.h"
#include "commands/addcirclecommand.h"
#include "commands/addmandatecommand.h"
#include "commands/addmembershipcommand.h"
#include "commands/commandtexts.h"
#include "commands/editcirclecommand.h"
#include "commands/editmandatecommand.h"
#include "commands/endmembershipcommand.h"
#include "commands/lookup.h"
#include "commands/removecirclecommand.h"
#include "commands/removemandatecommand.h"
#include "commands/removemembershipcommand.h"
#include "common/messages.h"
#include "mandatedialog.h"
#include "membershipdialog.h"
#include "services/organisationservice.h"

#include <QCalendarWidget>
#include <QDialog>
#include <QDialogButtonBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cercles::ui {

namespace {

/// Asks for a day with a calendar; returns it, or a null date when cancelled.
QDate askDay(QWidget* parent, const QString& title, QDate initial)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* calendar = new QCalendarWidget(&dialog);
    calendar->setSelectedDate(initial);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(calendar);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted ? calendar->selectedDate() : QDate();
}

} // namespace

CircleEditor::CircleEditor(OrganisationService& service, QUndoStack& stack, QWidget* window)
    : QObject(window), m_service(service), m_stack(stack), m_window(window)
{}

CircleId CircleEditor::newCircle(CircleId parent)
{
    Circle circle;
    circle.parent = parent;
    CircleDialog dialog(m_service.organisation(), circle, m_window);
    CircleId added;
    dialog.setApply([&]() -> Result<void> {
        Result<CircleId> id = AddCircleCommand::tryPush(m_stack, m_service, dialog.circle());
        if (!id)
            return Error{id.error()};
        added = *id;
        return {};
    });
    dialog.exec();
    return added;
}

void CircleEditor::editCircle(CircleId id)
{
    const Circle* circle = m_service.organisation().circle(id);
    if (!circle)
        return;
    CircleDialog dialog(m_service.organisation(), *circle, m_window);
    dialog.setApply([&] { return EditCircleCommand::tryPush(m_stack, m_service, dialog.circle()); });
    dialog.exec();
}

void CircleEditor::removeCircle(CircleId id)
{
    const QString name = circleName(m_service.organisation(), id);
    if (!messages::confirm(m_window, tr("Remove circle"), tr("Remove the circle “%1”?").arg(name)))
        return;
    const Result<void> result = RemoveCircleCommand::tryPush(m_stack, m_service, id);
    if (!result)
        messages::showError(m_window, result.error());
}

void CircleEditor::addMember(CircleId circle)
{
    Membership membership;
    membership.circle = circle;
    membership.from = QDate::currentDate();
    MembershipDialog dialog(m_service.organisation(), membership, m_window);
    dialog.setApply([&]() -> Result<void> {
        Result<MembershipId> id = AddMembershipCommand::tryPush(m_stack, m_service, dialog.membership());
        if (!id)
            return Error{id.error()};
        return {};
    });
    dialog.exec();
}

void CircleEditor::endMembership(MembershipId id)
{
    const std::optional<Membership> membership = findMembership(m_service.organisation(), id);
    if (!membership)
        return;
    const QDate lastDay = askDay(
        m_window,
        fillPhrase(tr("Last day of %1 in %2"), {personName(m_service.organisation(), membership->person),
                                                circleNoun(m_service.organisation(), membership->circle)}),
        QDate::currentDate());
    if (lastDay.isNull())
        return;
    const Result<void> result = EndMembershipCommand::tryPush(m_stack, m_service, id, lastDay);
    if (!result)
        messages::showError(m_window, result.error());
}

void CircleEditor::removeMembership(MembershipId id)
{
    const std::optional<Membership> membership = findMembership(m_service.organisation(), id);
    if (!membership)
        return;
    const QString question =
        tr("Delete the membership of %1 in %2? This corrects a mistaken entry; to record "
           "that the person left, end the membership instead.")
            .arg(personName(m_service.organisation(), membership->person),
                 circleName(m_service.organisation(), membership->circle));
    if (!messages::confirm(m_window, tr("Delete membership"), question))
        return;
    const Result<void> result = RemoveMembershipCommand::tryPush(m_stack, m_service, id);
    if (!result)
        messages::showError(m_window, result.error());
}

void CircleEditor::addMandate(CircleId circle)
{
    Mandate mandate;
    MandateDialog dialog(m_service.organisation(), circle, mandate, m_window);
    dialog.setApply([&]() -> Result<void> {
        Result<MandateId> id = dialog.isNewRole()
                                   ? AddMandateCommand::tryPushWithNewRole(m_stack, m_service,
                                                                           dialog.newRole(), dialog.mandate())
                                   : AddMandateCommand::tryPush(m_stack, m_service, dialog.mandate());
        if (!id)
            return Error{id.error()};
        return {};
    });
    dialog.exec();
}

void CircleEditor::editMandate(MandateId id)
{
    const std::optional<Mandate> mandate = findMandate(m_service.organisation(), id);
    if (!mandate)
        return;
    const Role* role = m_service.organisation().role(mandate->role);
    MandateDialog dialog(m_service.organisation(), role ? role->circle : CircleId(), *mandate, m_window);
    dialog.setApply([&]() -> Result<void> {
        if (dialog.isNewRole())
            return Error{tr("Choose one of the circle's roles; to give a new role, add a new mandate.")};
        return EditMandateCommand::tryPush(m_stack, m_service, dialog.mandate());
    });
    dialog.exec();
}

void CircleEditor::removeMandate(MandateId id)
{
    const std::optional<Mandate> mandate = findMandate(m_service.organisation(), id);
    if (!mandate)
        return;
    const QString question = tr("Delete the mandate “%1” of %2?")
                                 .arg(roleName(m_service.organisation(), mandate->role),
                                      personName(m_service.organisation(), mandate->person));
    if (!messages::confirm(m_window, tr("Delete mandate"), question))
        return;
    const Result<void> result = RemoveMandateCommand::tryPush(m_stack, m_service, id);
    if (!result)
        messages::showError(m_window, result.error());
}

} // namespace cercles::ui
