#pragma once

#include "domain/consentprocess.h"
#include "domain/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace cercles {

class ConsentService;
class OrganisationService;

/// What the facilitator asks for during a live consent process, whatever key or button they used.
enum class RoundCommand
{
    Consent,           ///< the speaker consents (the field must be empty: text is never dropped)
    Objection,         ///< the speaker objects; the text is the reason (required)
    Concern,           ///< the speaker consents with a concern; the text is the concern (required)
    RecordText,        ///< the text is the speaker's question or reaction
    NextSpeaker,       ///< questions and reactions: the speaker passes; consent round: the next participant
    PreviousSpeaker,   ///< consent round: the previous participant (to change an answer)
    StartClarifying,   ///< opens the clarifying questions round
    StartReactions,    ///< opens the reactions round
    StartConsentRound, ///< opens a consent round
    CloseRound,        ///< closes the consent round
};

/// What a command did: whether an event was saved, whether the text was used (so the field may be
/// emptied), and the sentence to show: the confirmation with the person and the answer, or why it was
/// refused (translated).
struct RoundOutcome
{
    bool recorded = false;
    bool textUsed = false;
    QString message;
    /// What was recorded, in a few words and without "Recorded" ("Denise Faure: consent"): the saved
    /// line and the undo history put their own word before it. Empty when nothing was recorded.
    QString what;
};

/// The counts of the current consent round, as said aloud in the room (latest answers only).
struct RoundTally
{
    bool applies = false; ///< a consent round is open or has just ended on this version
    int consents = 0;
    int concerns = 0;
    int objections = 0;
    int awaited = 0;
    QStringList objectionReasons; ///< "Name: reason", in speaking order

    friend bool operator==(const RoundTally&, const RoundTally&) = default;
};

/// The live consent round of one proposal, without any widget (processes.md section 1): who speaks now
/// and in which order, the tally, which command is allowed now and the exact event each command records.
/// The facilitation panel only displays it and forwards the facilitator's commands; tests drive it alone.
///
/// Rules it keeps: an answer is recorded only for the person shown as speaking; a command never drops
/// the text it was given (a consent with text in the field is refused, so the text is not lost); in a
/// consent round anyone present may be chosen again and answer again while the round is open (the
/// latest answer counts, the log keeps them all); after a record the turn goes to the next participant
/// present who has not answered, or to nobody when all have.
class ConsentRoundController
{
public:
    /// Records one event for the process and returns the service's answer. The default calls
    /// ConsentService::record; the panel passes one that also pushes an undo command.
    using Recorder = std::function<Result<void>(ConsentProcessId, const ConsentEvent&)>;

    /// Takes the services (they must outlive the controller).
    ConsentRoundController(ConsentService& consent, const OrganisationService& organisation);

    void setRecorder(Recorder recorder) { m_recorder = std::move(recorder); }

    /// Takes a process (invalid: none) and the meeting's attendance in seating order (given to round
    /// starts); loads it. A different process starts with nobody speaking.
    void setProcess(ConsentProcessId process, const QList<PersonId>& attendance);
    /// Takes whether recording is allowed (false once the meeting is closed).
    void setRecordingAllowed(bool allowed) { m_recordingAllowed = allowed; }
    bool recordingAllowed() const { return m_recordingAllowed; }
    /// Reloads the process from the file (after a record, an undo or a dialog's change) and keeps the
    /// speaker while they may still speak in the same round.
    void reload();

    ConsentProcessId processId() const { return m_processId; }
    const std::optional<ConsentProcess>& process() const { return m_process; }
    /// Whose turn it is (invalid: nobody).
    PersonId speaker() const { return m_speaker; }
    /// The participants of the current round in speaking order (empty outside a round).
    QList<PersonId> speakingOrder() const;
    /// Takes a person; returns whether they may be made the speaker now (present in the open round; in a
    /// questions or reactions round, not yet had their turn).
    bool canSelect(PersonId person) const;
    /// Takes a person; makes them the speaker when canSelect(), returns whether it did.
    bool select(PersonId person);

    /// Takes a command and the field's text; returns whether it would be carried out now, or why not.
    Result<void> check(RoundCommand command, const QString& text = {}) const;
    /// Takes a command and the field's text; carries it out (records at most one event).
    RoundOutcome run(RoundCommand command, const QString& text = {});
    /// Takes an event built by the panel (withdrawal, deferral, referral) and its confirmation; records it.
    RoundOutcome recordEvent(const ConsentEvent& event, const QString& confirmation);

    /// Returns the tally of the current consent round.
    RoundTally tally() const;
    /// Takes a round and a person; returns every answer they gave in it as one sentence when they
    /// changed it, e.g. "first objected: “too dear”, then consented"; empty with fewer than two answers.
    static QString answerStory(const ConsentRound& round, PersonId person);

    /// Takes a person; returns their name (empty when unknown).
    QString nameOf(PersonId person) const;
    /// Takes an event; returns what it records with the person's name, e.g. "Lina Martin: objection,
    /// “too dear”" (the undo step's name and the confirmation's core).
    QString describe(const ConsentEvent& event) const;

private:
    Result<ConsentEvent> eventFor(RoundCommand command, const QString& text) const;
    QString confirmationOf(const ConsentEvent& event, ResponseKind before) const;
    QList<PersonId> presentInConsentRound() const;
    PersonId nextAwaitedAfter(PersonId person) const;
    void chooseSpeaker();
    /// Identifies the open round (phase and number), so a new round starts on its first speaker.
    QString roundKey() const;

    ConsentService& m_consent;
    const OrganisationService& m_organisation;
    Recorder m_recorder;
    ConsentProcessId m_processId;
    QList<PersonId> m_attendance;
    std::optional<ConsentProcess> m_process;
    PersonId m_speaker;
    QString m_roundKey;
    bool m_recordingAllowed = true;
};

} // namespace cercles
