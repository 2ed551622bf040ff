<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddAgendaItemCommand</name>
    <message>
        <source>Add agenda item “%1”</source>
        <translation>Add agenda item “%1”</translation>
    </message>
</context>
<context>
    <name>AddCircleCommand</name>
    <message>
        <source>Add circle “%1”</source>
        <translation>Add circle “%1”</translation>
    </message>
</context>
<context>
    <name>AddMandateCommand</name>
    <message>
        <source>Give %1 the new role “%2”</source>
        <translation>Give %1 the new role “%2”</translation>
    </message>
    <message>
        <source>Give %1 the role “%2”</source>
        <translation>Give %1 the role “%2”</translation>
    </message>
</context>
<context>
    <name>AddMembershipCommand</name>
    <message>
        <source>Add %1 to %2</source>
        <translation>Add %1 to %2</translation>
    </message>
</context>
<context>
    <name>AddPersonCommand</name>
    <message>
        <source>Add person “%1”</source>
        <translation>Add person “%1”</translation>
    </message>
</context>
<context>
    <name>AddRoleCommand</name>
    <message>
        <source>Add role “%1”</source>
        <translation>Add role “%1”</translation>
    </message>
</context>
<context>
    <name>AgendaItemKind</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Consent decision</source>
        <translation>Consent decision</translation>
    </message>
    <message>
        <source>Membership entry</source>
        <translation>Membership entry</translation>
    </message>
    <message>
        <source>Membership exit</source>
        <translation>Membership exit</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Election</translation>
    </message>
    <message>
        <source>Majority-judgment vote</source>
        <translation>Majority-judgment vote</translation>
    </message>
</context>
<context>
    <name>AgendaItemState</name>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>deferred</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished">in progress</translation>
    </message>
    <message>
        <source>referred to the parent circle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excused</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>guest</translation>
    </message>
</context>
<context>
    <name>CastBallotCommand</name>
    <message>
        <source>Vote: ballot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote: a ballot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentEvent</name>
    <message>
        <source>Clarifying questions round started</source>
        <translation>Clarifying questions round started</translation>
    </message>
    <message>
        <source>Question asked</source>
        <translation>Question asked</translation>
    </message>
    <message>
        <source>Reactions round started</source>
        <translation>Reactions round started</translation>
    </message>
    <message>
        <source>Reaction given</source>
        <translation>Reaction given</translation>
    </message>
    <message>
        <source>Turn passed</source>
        <translation>Turn passed</translation>
    </message>
    <message>
        <source>Amendment started</source>
        <translation>Amendment started</translation>
    </message>
    <message>
        <source>Proposal amended</source>
        <translation>Proposal amended</translation>
    </message>
    <message>
        <source>Consent round started</source>
        <translation>Consent round started</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Objection raised</source>
        <translation>Objection raised</translation>
    </message>
    <message>
        <source>Consent round closed</source>
        <translation>Consent round closed</translation>
    </message>
    <message>
        <source>Objection integrated</source>
        <translation>Objection integrated</translation>
    </message>
    <message>
        <source>Proposal withdrawn</source>
        <translation>Proposal withdrawn</translation>
    </message>
    <message>
        <source>Proposal deferred</source>
        <translation>Proposal deferred</translation>
    </message>
    <message>
        <source>Proposal taken up again</source>
        <translation>Proposal taken up again</translation>
    </message>
    <message>
        <source>Referred to the parent circle</source>
        <translation>Referred to the parent circle</translation>
    </message>
</context>
<context>
    <name>ConsentPhase</name>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Clarifying questions</source>
        <translation>Clarifying questions</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reactions</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>Consent round</source>
        <translation>Consent round</translation>
    </message>
    <message>
        <source>Integrating objections</source>
        <translation>Integrating objections</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>Referred to the parent circle</source>
        <translation>Referred to the parent circle</translation>
    </message>
</context>
<context>
    <name>ConsentProcess</name>
    <message>
        <source>The proposal text cannot be empty.</source>
        <translation>The proposal text cannot be empty.</translation>
    </message>
    <message>
        <source>Choose the person the decision is about.</source>
        <translation>Choose the person the decision is about.</translation>
    </message>
    <message>
        <source>The person concerned is already a member of the circle.</source>
        <translation>The person concerned is already a member of the circle.</translation>
    </message>
    <message>
        <source>The person concerned is not a member of the circle.</source>
        <translation>The person concerned is not a member of the circle.</translation>
    </message>
    <message>
        <source>Event %1 of the log (%2): %3</source>
        <translation>Event %1 of the log (%2): %3</translation>
    </message>
    <message>
        <source>The event has no date and time.</source>
        <translation>The event has no date and time.</translation>
    </message>
    <message>
        <source>This proposal is concluded (%1): nothing more can be recorded on it.</source>
        <translation>This proposal is concluded (%1): nothing more can be recorded on it.</translation>
    </message>
    <message>
        <source>“%1” is not possible during the phase “%2”.</source>
        <translation>“%1” is not possible during the phase “%2”.</translation>
    </message>
    <message>
        <source>Record who is present before starting the round.</source>
        <translation>Record who is present before starting the round.</translation>
    </message>
    <message>
        <source>This person is not present in this round.</source>
        <translation>This person is not present in this round.</translation>
    </message>
    <message>
        <source>This participant has already had their turn in this round.</source>
        <translation>This participant has already had their turn in this round.</translation>
    </message>
    <message>
        <source>Enter the question, or record that the participant passes.</source>
        <translation>Enter the question, or record that the participant passes.</translation>
    </message>
    <message>
        <source>Enter the reaction, or record that the participant passes.</source>
        <translation>Enter the reaction, or record that the participant passes.</translation>
    </message>
    <message>
        <source>The proposal is unchanged.</source>
        <translation>The proposal is unchanged.</translation>
    </message>
    <message>
        <source>Choose the circle the proposal is referred to.</source>
        <translation>Choose the circle the proposal is referred to.</translation>
    </message>
    <message numerus="yes">
        <source>%n objection(s) still to integrate before a new consent round.</source>
        <translation>
            <numerusform>%n objection still to integrate before a new consent round.</numerusform>
            <numerusform>%n objections still to integrate before a new consent round.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one present has a consent right on this decision.</source>
        <translation>No one present has a consent right on this decision.</translation>
    </message>
    <message>
        <source>The person concerned has no consent right on this decision.</source>
        <translation>The person concerned has no consent right on this decision.</translation>
    </message>
    <message>
        <source>This person has no consent right in this round.</source>
        <translation>This person has no consent right in this round.</translation>
    </message>
    <message>
        <source>An objection needs a reason.</source>
        <translation>An objection needs a reason.</translation>
    </message>
    <message>
        <source>This member is absent from the round: record their answer once the round is closed, while the decision is pending.</source>
        <translation>This member is absent from the round: record their answer once the round is closed, while the decision is pending.</translation>
    </message>
    <message>
        <source>This participant answered during the meeting; only absent members answer now.</source>
        <translation>This participant answered during the meeting; only absent members answer now.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) present have not answered yet; silence is never consent.</source>
        <translation>
            <numerusform>%n participant present has not answered yet; silence is never consent.</numerusform>
            <numerusform>%n participants present have not answered yet; silence is never consent.</numerusform>
        </translation>
    </message>
    <message>
        <source>This participant has no objection left to integrate.</source>
        <translation>This participant has no objection left to integrate.</translation>
    </message>
    <message>
        <source>Choose how the objection is integrated.</source>
        <translation>Choose how the objection is integrated.</translation>
    </message>
    <message>
        <source>Enter the modified proposal: it must differ from the current text.</source>
        <translation>Enter the modified proposal: it must differ from the current text.</translation>
    </message>
    <message>
        <source>The new review date must be earlier than the current one (%1).</source>
        <translation>The new review date must be earlier than the current one (%1).</translation>
    </message>
    <message>
        <source>Describe the indicator that will measure the concern.</source>
        <translation>Describe the indicator that will measure the concern.</translation>
    </message>
</context>
<context>
    <name>ConsentRepository</name>
    <message>
        <source>The proposal no longer exists in the file.</source>
        <translation>The proposal no longer exists in the file.</translation>
    </message>
    <message>
        <source>The file holds an unknown event “%1”.</source>
        <translation>The file holds an unknown event “%1”.</translation>
    </message>
</context>
<context>
    <name>ConsentResponse</name>
    <message>
        <source>No answer yet</source>
        <translation>No answer yet</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Consent with a concern</source>
        <translation>Consent with a concern</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
</context>
<context>
    <name>ConsentRoundController</name>
    <message>
        <source>objected: “%1”</source>
        <translation>objected: “%1”</translation>
    </message>
    <message>
        <source>consented with a concern: “%1”</source>
        <translation>consented with a concern: “%1”</translation>
    </message>
    <message>
        <source>consented</source>
        <translation>consented</translation>
    </message>
    <message>
        <source>No proposal is being decided on this item.</source>
        <translation>No proposal is being decided on this item.</translation>
    </message>
    <message>
        <source>The meeting is closed: nothing more can be recorded in it.</source>
        <translation>The meeting is closed: nothing more can be recorded in it.</translation>
    </message>
    <message>
        <source>Nobody is shown as speaking: choose the participant in the list first.</source>
        <translation>Nobody is shown as speaking: choose the participant in the list first.</translation>
    </message>
    <message>
        <source>Answers are recorded during a consent round (Ctrl+Shift+C opens it).</source>
        <translation>Answers are recorded during a consent round (Ctrl+Shift+C opens it).</translation>
    </message>
    <message>
        <source>The field holds text: Ctrl+3 records it as %1&apos;s concern; empty the field to record a plain consent.</source>
        <translation>The field holds text: Ctrl+3 records it as %1&apos;s concern; empty the field to record a plain consent.</translation>
    </message>
    <message>
        <source>An objection needs a reason: type %1&apos;s reason in the field, then Ctrl+2.</source>
        <translation>An objection needs a reason: type %1&apos;s reason in the field, then Ctrl+2.</translation>
    </message>
    <message>
        <source>Type %1&apos;s concern in the field, then Ctrl+3.</source>
        <translation>Type %1&apos;s concern in the field, then Ctrl+3.</translation>
    </message>
    <message>
        <source>In the consent round Ctrl+1 records a consent, Ctrl+2 this text as an objection reason, Ctrl+3 as a concern.</source>
        <translation>In the consent round Ctrl+1 records a consent, Ctrl+2 this text as an objection reason, Ctrl+3 as a concern.</translation>
    </message>
    <message>
        <source>No questions or reactions round is open.</source>
        <translation>No questions or reactions round is open.</translation>
    </message>
    <message>
        <source>The field is empty: type %1&apos;s words, or Ctrl+Down records that they pass.</source>
        <translation>The field is empty: type %1&apos;s words, or Ctrl+Down records that they pass.</translation>
    </message>
    <message>
        <source>The field holds %1&apos;s words: Enter records them; empty the field to let them pass.</source>
        <translation>The field holds %1&apos;s words: Enter records them; empty the field to let them pass.</translation>
    </message>
    <message>
        <source>Nobody present takes part in this round.</source>
        <translation>Nobody present takes part in this round.</translation>
    </message>
    <message>
        <source>%1: consent</source>
        <translation>%1: consent</translation>
    </message>
    <message>
        <source>%1: consent with a concern, “%2”</source>
        <translation>%1: consent with a concern, “%2”</translation>
    </message>
    <message>
        <source>%1: objection, “%2”</source>
        <translation>%1: objection, “%2”</translation>
    </message>
    <message>
        <source>%1&apos;s question</source>
        <translation>%1&apos;s question</translation>
    </message>
    <message>
        <source>%1&apos;s reaction</source>
        <translation>%1&apos;s reaction</translation>
    </message>
    <message>
        <source>%1 passes</source>
        <translation>%1 passes</translation>
    </message>
    <message>
        <source>Recorded — %1</source>
        <translation>Recorded — %1</translation>
    </message>
    <message>
        <source>(their earlier answer, %1, stays in the record)</source>
        <translation>(their earlier answer, %1, stays in the record)</translation>
    </message>
    <message>
        <source>Turn: %1</source>
        <translation>Turn: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>first %1</source>
        <translation>first %1</translation>
    </message>
    <message>
        <source>then %1</source>
        <translation>then %1</translation>
    </message>
</context>
<context>
    <name>ConsentRule</name>
    <message>
        <source>consent of all members, except the person concerned</source>
        <translation>consent of all members, except the person concerned</translation>
    </message>
    <message>
        <source>consent of all members</source>
        <translation>consent of all members</translation>
    </message>
    <message>
        <source>consent of all members present, except the person concerned</source>
        <translation>consent of all members present, except the person concerned</translation>
    </message>
    <message>
        <source>consent of all members present</source>
        <translation>consent of all members present</translation>
    </message>
</context>
<context>
    <name>ConsentService</name>
    <message>
        <source>“%1” is not an item decided by consent.</source>
        <translation>“%1” is not an item decided by consent.</translation>
    </message>
    <message>
        <source>This meeting is closed: its record can no longer change.</source>
        <translation>This meeting is closed: its record can no longer change.</translation>
    </message>
    <message>
        <source>A proposal is already recorded on “%1”.</source>
        <translation>A proposal is already recorded on “%1”.</translation>
    </message>
    <message>
        <source>The meeting&apos;s circle no longer exists.</source>
        <translation>The meeting&apos;s circle no longer exists.</translation>
    </message>
    <message>
        <source>Events are recorded on this proposal; it stays in the record.</source>
        <translation>Events are recorded on this proposal; it stays in the record.</translation>
    </message>
    <message>
        <source>This meeting is closed: only consents or objections given after the meeting can be added.</source>
        <translation>This meeting is closed: only consents or objections given after the meeting can be added.</translation>
    </message>
    <message>
        <source>This circle has no parent circle to refer the proposal to.</source>
        <translation>This circle has no parent circle to refer the proposal to.</translation>
    </message>
    <message>
        <source>A proposal is referred to the parent circle, %1.</source>
        <translation>A proposal is referred to the parent circle, %1.</translation>
    </message>
    <message>
        <source>Nothing is recorded on this proposal yet.</source>
        <translation>Nothing is recorded on this proposal yet.</translation>
    </message>
    <message>
        <source>The membership this decision ended no longer exists.</source>
        <translation>The membership this decision ended no longer exists.</translation>
    </message>
    <message>
        <source>The parent circle has already taken up this proposal; the referral stays.</source>
        <translation>The parent circle has already taken up this proposal; the referral stays.</translation>
    </message>
    <message>
        <source>A later meeting has already taken up this proposal from the backlog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateMeetingCommand</name>
    <message>
        <source>Plan meeting of %1</source>
        <translation>Plan meeting of %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>The file could not be updated: %1</source>
        <translation>The file could not be updated: %1</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>The file %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The SQLite driver did not give access to the database.</source>
        <translation>The SQLite driver did not give access to the database.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite: %2). Open a backup copy instead.</source>
        <translation>%1 is damaged (SQLite: %2). Open a backup copy instead.</translation>
    </message>
    <message>
        <source>The file %1 cannot be set up: %2</source>
        <translation>The file %1 cannot be set up: %2</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation>The file %1 already exists.</translation>
    </message>
    <message>
        <source>The file %1 cannot be created: %2</source>
        <translation>The file %1 cannot be created: %2</translation>
    </message>
    <message>
        <source>The file cannot be marked as a Cercles file.</source>
        <translation>The file cannot be marked as a Cercles file.</translation>
    </message>
    <message>
        <source>You do not have permission to change this file; it is opened read-only.</source>
        <translation>You do not have permission to change this file; it is opened read-only.</translation>
    </message>
    <message>
        <source>The file is opened read-only.</source>
        <translation>The file is opened read-only.</translation>
    </message>
    <message>
        <source>%1 uses an older file format (%2) that must be upgraded before it can be read, and it cannot be upgraded now: %3</source>
        <translation>%1 uses an older file format (%2) that must be upgraded before it can be read, and it cannot be upgraded now: %3</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite quick check: %2). Open a backup copy instead.</source>
        <translation>%1 is damaged (SQLite quick check: %2). Open a backup copy instead.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>The file was not upgraded: its backup copy failed. %1</source>
        <translation>The file was not upgraded: its backup copy failed. %1</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>The file is read-only.</translation>
    </message>
    <message>
        <source>The file cannot be changed now: %1</source>
        <translation>The file cannot be changed now: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
    <message>
        <source>The copy %1 could not be written: %2</source>
        <translation>The copy %1 could not be written: %2</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation>Row %1 of table %2 refers to a missing row of %3.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a Cercles organisation file (it is not an SQLite database).</source>
        <translation>%1 is not a Cercles organisation file (it is not an SQLite database).</translation>
    </message>
    <message>
        <source>%1 is a database of another application, not a Cercles organisation file.</source>
        <translation>%1 is a database of another application, not a Cercles organisation file.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Cercles (file format %2; this version reads up to %3). Install a newer Cercles to open it; the file was not changed.</source>
        <translation>%1 was written by a newer version of Cercles (file format %2; this version reads up to %3). Install a newer Cercles to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>%1 is an incomplete Cercles file (no schema).</source>
        <translation>%1 is an incomplete Cercles file (no schema).</translation>
    </message>
    <message>
        <source>The organisation in %1 cannot be read: %2</source>
        <translation>The organisation in %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 was not closed properly (a program stopped while changing it) and needs recovery, which only undoes the unfinished change: run `cercles-cli recover %2` or open it in Cercles.</source>
        <translation>%1 was not closed properly (a program stopped while changing it) and needs recovery, which only undoes the unfinished change: run `cercles-cli recover %2` or open it in Cercles.</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema cannot be read (%2).</source>
        <translation>%1 is damaged: its schema cannot be read (%2).</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a valid Cercles file of format %2: %3</source>
        <translation>%1 is not a valid Cercles file of format %2: %3</translation>
    </message>
    <message>
        <source>This file is already open in another Cercles window, here or on another account. It is opened read-only here so that the two cannot overwrite each other&apos;s changes.</source>
        <translation>This file is already open in another Cercles window, here or on another account. It is opened read-only here so that the two cannot overwrite each other&apos;s changes.</translation>
    </message>
    <message>
        <source>This file is open for editing on the computer %1 (process %2, last sign of life %3 UTC). It is opened read-only here so that the two cannot overwrite each other&apos;s changes; it becomes free when that Cercles closes the file, or two minutes after its computer stops answering.</source>
        <translation>This file is open for editing on the computer %1 (process %2, last sign of life %3 UTC). It is opened read-only here so that the two cannot overwrite each other&apos;s changes; it becomes free when that Cercles closes the file, or two minutes after its computer stops answering.</translation>
    </message>
    <message>
        <source>The file was not upgraded: its backup copy cannot be created beside it (%1).</source>
        <translation>The file was not upgraded: its backup copy cannot be created beside it (%1).</translation>
    </message>
    <message>
        <source>The copy was replaced while it was written.</source>
        <translation>The copy was replaced while it was written.</translation>
    </message>
    <message>
        <source>The copy could not be verified.</source>
        <translation>The copy could not be verified.</translation>
    </message>
    <message>
        <source>The file was not upgraded: its backup copy could not be named (%1).</source>
        <translation>The file was not upgraded: its backup copy could not be named (%1).</translation>
    </message>
    <message>
        <source>%1 cannot be recovered now: it is open in Cercles or you may not change it.</source>
        <translation>%1 cannot be recovered now: it is open in Cercles or you may not change it.</translation>
    </message>
    <message>
        <source>%1 could not be recovered: %2</source>
        <translation>%1 could not be recovered: %2</translation>
    </message>
    <message>
        <source>The file cannot be read whole: %1</source>
        <translation>The file cannot be read whole: %1</translation>
    </message>
    <message>
        <source>The file cannot be read whole.</source>
        <translation>The file cannot be read whole.</translation>
    </message>
    <message>
        <source>Upgrading the file failed: %1</source>
        <translation>Upgrading the file failed: %1</translation>
    </message>
    <message>
        <source>Upgrading the file to format %1 failed: %2</source>
        <translation>Upgrading the file to format %1 failed: %2</translation>
    </message>
    <message>
        <source>The %1 %2 is missing.</source>
        <translation>The %1 %2 is missing.</translation>
    </message>
    <message>
        <source>The %1 %2 is not defined as this file format requires.</source>
        <translation>The %1 %2 is not defined as this file format requires.</translation>
    </message>
    <message>
        <source>The file holds an unexpected %1 named %2.</source>
        <translation>The file holds an unexpected %1 named %2.</translation>
    </message>
    <message>
        <source>reading the file was stopped because one step took far longer than a sound file ever needs; the file may be damaged or built to stall Cercles (run “cercles-cli check” on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds a value far larger than Cercles ever writes; the file may be damaged or hostile (run “cercles-cli check” on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged; open a backup copy instead (SQLite: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older file format (%2) that must be upgraded before it can be read. This command only reads files: open it once in Cercles, or run “cercles-cli upgrade %1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionRegister</name>
    <message>
        <source>Damaged record (proposal %1): %2</source>
        <translation>Damaged record (proposal %1): %2</translation>
    </message>
</context>
<context>
    <name>DeferAgendaItemCommand</name>
    <message>
        <source>Defer “%1” to the backlog</source>
        <translation>Defer “%1” to the backlog</translation>
    </message>
</context>
<context>
    <name>DemoElection</name>
    <message>
        <source>The demo organisation has no “%1”.</source>
        <translation>The demo organisation has no “%1”.</translation>
    </message>
</context>
<context>
    <name>EditAgendaItemCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCircleCommand</name>
    <message>
        <source>This circle no longer exists.</source>
        <translation>This circle no longer exists.</translation>
    </message>
    <message>
        <source>Edit circle “%1”</source>
        <translation>Edit circle “%1”</translation>
    </message>
</context>
<context>
    <name>EditMandateCommand</name>
    <message>
        <source>This mandate no longer exists.</source>
        <translation>This mandate no longer exists.</translation>
    </message>
    <message>
        <source>Edit mandate “%1” of %2</source>
        <translation>Edit mandate “%1” of %2</translation>
    </message>
</context>
<context>
    <name>EditMeetingCommand</name>
    <message>
        <source>Edit meeting</source>
        <translation>Edit meeting</translation>
    </message>
</context>
<context>
    <name>EditPersonCommand</name>
    <message>
        <source>This person no longer exists.</source>
        <translation>This person no longer exists.</translation>
    </message>
    <message>
        <source>Edit person “%1”</source>
        <translation>Edit person “%1”</translation>
    </message>
</context>
<context>
    <name>Election</name>
    <message numerus="yes">
        <source>%n participant(s) have not had their turn yet.</source>
        <translation>
            <numerusform>%n participant has not had their turn yet.</numerusform>
            <numerusform>%n participants have not had their turn yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event %1 of the log (%2): %3</source>
        <translation>Event %1 of the log (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) present have not answered yet; silence is never consent.</source>
        <translation>
            <numerusform>%n participant present has not answered yet; silence is never consent.</numerusform>
            <numerusform>%n participants present have not answered yet; silence is never consent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Role and term</source>
        <translation>Role and term</translation>
    </message>
    <message>
        <source>Written nominations</source>
        <translation>Written nominations</translation>
    </message>
    <message>
        <source>Nomination round</source>
        <translation>Nomination round</translation>
    </message>
    <message>
        <source>Change round</source>
        <translation>Change round</translation>
    </message>
    <message>
        <source>Consent round</source>
        <translation>Consent round</translation>
    </message>
    <message>
        <source>Integrating objections</source>
        <translation>Integrating objections</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>Elected</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Nominations opened</source>
        <translation>Nominations opened</translation>
    </message>
    <message>
        <source>Nomination written</source>
        <translation>Nomination written</translation>
    </message>
    <message>
        <source>Nomination round started</source>
        <translation>Nomination round started</translation>
    </message>
    <message>
        <source>Nomination explained</source>
        <translation>Nomination explained</translation>
    </message>
    <message>
        <source>Change round started</source>
        <translation>Change round started</translation>
    </message>
    <message>
        <source>Nomination kept</source>
        <translation>Nomination kept</translation>
    </message>
    <message>
        <source>Nomination changed</source>
        <translation>Nomination changed</translation>
    </message>
    <message>
        <source>Person proposed</source>
        <translation>Person proposed</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Objection raised</source>
        <translation>Objection raised</translation>
    </message>
    <message>
        <source>Consent round closed</source>
        <translation>Consent round closed</translation>
    </message>
    <message>
        <source>Term changed</source>
        <translation>Term changed</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <source>Consent round started</source>
        <translation>Consent round started</translation>
    </message>
    <message>
        <source>Election cancelled</source>
        <translation>Election cancelled</translation>
    </message>
    <message>
        <source>Give the term&apos;s start and end dates.</source>
        <translation>Give the term&apos;s start and end dates.</translation>
    </message>
    <message>
        <source>The term cannot end before it starts.</source>
        <translation>The term cannot end before it starts.</translation>
    </message>
    <message>
        <source>Name the role the election fills.</source>
        <translation>Name the role the election fills.</translation>
    </message>
    <message>
        <source>The event has no date and time.</source>
        <translation>The event has no date and time.</translation>
    </message>
    <message>
        <source>This election is concluded (%1): nothing more can be recorded on it.</source>
        <translation>This election is concluded (%1): nothing more can be recorded on it.</translation>
    </message>
    <message>
        <source>“%1” is not possible during the step “%2”.</source>
        <translation>“%1” is not possible during the step “%2”.</translation>
    </message>
    <message>
        <source>Record who is present before opening the nominations.</source>
        <translation>Record who is present before opening the nominations.</translation>
    </message>
    <message>
        <source>Choose the person named.</source>
        <translation>Choose the person named.</translation>
    </message>
    <message>
        <source>Only a member of the circle can be named.</source>
        <translation>Only a member of the circle can be named.</translation>
    </message>
    <message>
        <source>This person is not present.</source>
        <translation>This person is not present.</translation>
    </message>
    <message>
        <source>This participant has already had their turn in this step.</source>
        <translation>This participant has already had their turn in this step.</translation>
    </message>
    <message>
        <source>Say whom the participant named and why.</source>
        <translation>Say whom the participant named and why.</translation>
    </message>
    <message>
        <source>This is the same person: record that the participant keeps their nomination.</source>
        <translation>This is the same person: record that the participant keeps their nomination.</translation>
    </message>
    <message>
        <source>Say why the participant changes their nomination.</source>
        <translation>Say why the participant changes their nomination.</translation>
    </message>
    <message>
        <source>Integrate the objections first: change the term or the role, or propose another person.</source>
        <translation>Integrate the objections first: change the term or the role, or propose another person.</translation>
    </message>
    <message>
        <source>The person proposed must be present: they answer last in the consent round.</source>
        <translation>The person proposed must be present: they answer last in the consent round.</translation>
    </message>
    <message>
        <source>Give the reasons for the proposal.</source>
        <translation>Give the reasons for the proposal.</translation>
    </message>
    <message>
        <source>This person is not present in this round.</source>
        <translation>This person is not present in this round.</translation>
    </message>
    <message>
        <source>This participant has already answered in this round.</source>
        <translation>This participant has already answered in this round.</translation>
    </message>
    <message>
        <source>The person proposed answers last, once everyone else has answered.</source>
        <translation>The person proposed answers last, once everyone else has answered.</translation>
    </message>
    <message>
        <source>An objection needs a reason.</source>
        <translation>An objection needs a reason.</translation>
    </message>
    <message>
        <source>The term is unchanged.</source>
        <translation>The term is unchanged.</translation>
    </message>
    <message>
        <source>Name the role.</source>
        <translation>Name the role.</translation>
    </message>
    <message>
        <source>The role is unchanged.</source>
        <translation>The role is unchanged.</translation>
    </message>
</context>
<context>
    <name>ElectionRepository</name>
    <message>
        <source>The election no longer exists in the file.</source>
        <translation>The election no longer exists in the file.</translation>
    </message>
    <message>
        <source>The file holds an unknown election event “%1”.</source>
        <translation>The file holds an unknown election event “%1”.</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>Unknown person or circle.</source>
        <translation>Unknown person or circle.</translation>
    </message>
    <message>
        <source>%1 is already a member of %2.</source>
        <translation>%1 is already a member of %2.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot join %2: red line %3.</source>
        <translation>
            <numerusform>%1 cannot join %2: red line %3.</numerusform>
            <numerusform>%1 cannot join %2: red lines %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is a member of %2 but falls under its red line %3.</source>
        <translation>
            <numerusform>%1 is a member of %2 but falls under its red line %3.</numerusform>
            <numerusform>%1 is a member of %2 but falls under its red lines %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndMembershipCommand</name>
    <message>
        <source>This membership no longer exists.</source>
        <translation>This membership no longer exists.</translation>
    </message>
    <message>
        <source>End membership of %1 in %2</source>
        <translation>End membership of %1 in %2</translation>
    </message>
</context>
<context>
    <name>EnterPaperCountsCommand</name>
    <message>
        <source>Vote: paper counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The font file %1 could not be read.</source>
        <translation>The font file %1 could not be read.</translation>
    </message>
    <message>
        <source>Exporting documents needs a QGuiApplication.</source>
        <translation>Exporting documents needs a QGuiApplication.</translation>
    </message>
    <message>
        <source>The document could not be drawn on the output.</source>
        <translation>The document could not be drawn on the output.</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>A new page could not be started.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>%1 could not be written as OpenDocument text.</source>
        <translation>%1 could not be written as OpenDocument text.</translation>
    </message>
    <message>
        <source>The font %1 was not found in %2: install the %3 package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradeScale</name>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Insufficient</source>
        <translation>Insufficient</translation>
    </message>
    <message>
        <source>Passable</source>
        <translation>Passable</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Very good</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>A scale has %1 to %2 grades, not %3.</source>
        <translation>A scale has %1 to %2 grades, not %3.</translation>
    </message>
    <message>
        <source>Every grade needs its own, non-empty name.</source>
        <translation>Every grade needs its own, non-empty name.</translation>
    </message>
</context>
<context>
    <name>HistoryGenerator</name>
    <message>
        <source>Meeting %1 of %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationMethod</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Modify the proposal</source>
        <translation>Modify the proposal</translation>
    </message>
    <message>
        <source>Shorten the term</source>
        <translation>Shorten the term</translation>
    </message>
    <message>
        <source>Measure the concern</source>
        <translation>Measure the concern</translation>
    </message>
</context>
<context>
    <name>MajorityJudgment</name>
    <message>
        <source>%1 is ahead of %2: its majority grade &quot;%3&quot; is better than &quot;%4&quot;.</source>
        <translation>%1 is ahead of %2: its majority grade &quot;%3&quot; is better than &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>%1 is ahead of %2: same majority grade, but %1 has more judgments above &quot;%3&quot; (%4 against %5); the adhesion group decided.</source>
        <translation>%1 is ahead of %2: same majority grade, but %1 has more judgments above &quot;%3&quot; (%4 against %5); the adhesion group decided.</translation>
    </message>
    <message>
        <source>%1 is ahead of %2: same majority grade, but %2 has more judgments below &quot;%3&quot; (%4 against %5); the contestation group decided.</source>
        <translation>%1 is ahead of %2: same majority grade, but %2 has more judgments below &quot;%3&quot; (%4 against %5); the contestation group decided.</translation>
    </message>
    <message>
        <source>%1 and %2 are tied: their merit profiles are identical.</source>
        <translation>%1 and %2 are tied: their merit profiles are identical.</translation>
    </message>
    <message>
        <source>The counts are too large to be added exactly (more than 2^63 - 1).</source>
        <translation>The counts are too large to be added exactly (more than 2^63 - 1).</translation>
    </message>
    <message>
        <source>An option has no judgment, so it cannot be scaled to a common total.</source>
        <translation>An option has no judgment, so it cannot be scaled to a common total.</translation>
    </message>
    <message>
        <source>Every option was judged by every voter; nothing was completed.</source>
        <translation>Every option was judged by every voter; nothing was completed.</translation>
    </message>
    <message>
        <source>Missing judgments count as &quot;%1&quot;.</source>
        <translation>Missing judgments count as &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Missing judgments count as the option&apos;s own majority grade.</source>
        <translation>Missing judgments count as the option&apos;s own majority grade.</translation>
    </message>
    <message>
        <source>Every option&apos;s judgments are scaled to a common total.</source>
        <translation>Every option&apos;s judgments are scaled to a common total.</translation>
    </message>
    <message>
        <source>There is no option to rank.</source>
        <translation>There is no option to rank.</translation>
    </message>
    <message>
        <source>A scale has %1 to %2 grades, not %3.</source>
        <translation>A scale has %1 to %2 grades, not %3.</translation>
    </message>
    <message>
        <source>Option %1 has %2 grades instead of %3.</source>
        <translation>Option %1 has %2 grades instead of %3.</translation>
    </message>
    <message>
        <source>Option %1 has a negative number of judgments.</source>
        <translation>Option %1 has a negative number of judgments.</translation>
    </message>
    <message>
        <source>Grade %1 is not on the scale (0 to %2).</source>
        <translation>Grade %1 is not on the scale (0 to %2).</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>The number of participants cannot be negative.</translation>
    </message>
    <message>
        <source>An option has %1 judgments, more than the %2 participants.</source>
        <translation>An option has %1 judgments, more than the %2 participants.</translation>
    </message>
    <message>
        <source>No judgment was given.</source>
        <translation>No judgment was given.</translation>
    </message>
    <message>
        <source>The options do not have the same number of judgments (%1 and %2) and no rule completes the missing ones.</source>
        <translation>The options do not have the same number of judgments (%1 and %2) and no rule completes the missing ones.</translation>
    </message>
    <message>
        <source>Option %1 has no judgment, so it has no majority grade.</source>
        <translation>Option %1 has no judgment, so it has no majority grade.</translation>
    </message>
</context>
<context>
    <name>MajorityJudgmentCommand</name>
    <message>
        <source>Counts, grade and participants are whole numbers.</source>
        <translation>Counts, grade and participants are whole numbers.</translation>
    </message>
    <message>
        <source>A count is negative.</source>
        <translation>A count is negative.</translation>
    </message>
    <message>
        <source>A number is above 2^63 - 1.</source>
        <translation>A number is above 2^63 - 1.</translation>
    </message>
    <message>
        <source>&quot;tallies&quot; is an array of arrays of whole numbers.</source>
        <translation>&quot;tallies&quot; is an array of arrays of whole numbers.</translation>
    </message>
    <message>
        <source>The document is not a JSON object.</source>
        <translation>The document is not a JSON object.</translation>
    </message>
    <message>
        <source>&quot;fill&quot; is none, static, median or normalize.</source>
        <translation>&quot;fill&quot; is none, static, median or normalize.</translation>
    </message>
    <message>
        <source>&quot;tallies&quot; is missing.</source>
        <translation>&quot;tallies&quot; is missing.</translation>
    </message>
    <message>
        <source>The grade is not on the scale.</source>
        <translation>The grade is not on the scale.</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>The number of participants cannot be negative.</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>cannot read standard input</translation>
    </message>
</context>
<context>
    <name>MeetingCadence</name>
    <message>
        <source>as it decides</source>
        <translation>as it decides</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>weekly</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>yearly</translation>
    </message>
</context>
<context>
    <name>MeetingEdits</name>
    <message>
        <source>This meeting was changed elsewhere since it was shown here (another copy of Cercles on a shared folder, or another program), in a field you changed too: nothing was saved. Close the dialog, look at it again and redo your change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>The action no longer exists in the file.</source>
        <translation>The action no longer exists in the file.</translation>
    </message>
    <message>
        <source>This meeting no longer exists in the file.</source>
        <translation>This meeting no longer exists in the file.</translation>
    </message>
    <message>
        <source>This agenda item no longer exists in the file.</source>
        <translation>This agenda item no longer exists in the file.</translation>
    </message>
    <message>
        <source>This backlog item no longer exists in the file.</source>
        <translation>This backlog item no longer exists in the file.</translation>
    </message>
</context>
<context>
    <name>MeetingService</name>
    <message>
        <source>This meeting is closed: its record can no longer change.</source>
        <translation>This meeting is closed: its record can no longer change.</translation>
    </message>
    <message>
        <source>Choose the circle that meets.</source>
        <translation>Choose the circle that meets.</translation>
    </message>
    <message>
        <source>The meeting needs a date and a start time.</source>
        <translation>The meeting needs a date and a start time.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Unknown time zone “%1”.</translation>
    </message>
    <message>
        <source>The minutes can be written in French or English.</source>
        <translation>The minutes can be written in French or English.</translation>
    </message>
    <message>
        <source>The attendance list names someone who is not in the organisation.</source>
        <translation>The attendance list names someone who is not in the organisation.</translation>
    </message>
    <message>
        <source>%1 is listed twice in the attendance.</source>
        <translation>%1 is listed twice in the attendance.</translation>
    </message>
    <message>
        <source>This meeting has an agenda; remove its items first.</source>
        <translation>This meeting has an agenda; remove its items first.</translation>
    </message>
    <message>
        <source>A meeting cannot go from “%1” to “%2”.</source>
        <translation>A meeting cannot go from “%1” to “%2”.</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>An agenda item needs a title.</translation>
    </message>
    <message>
        <source>Choose the person this membership decision is about.</source>
        <translation>Choose the person this membership decision is about.</translation>
    </message>
    <message>
        <source>There is no position %1 in this agenda.</source>
        <translation>There is no position %1 in this agenda.</translation>
    </message>
    <message>
        <source>“%1” is already on the backlog.</source>
        <translation>“%1” is already on the backlog.</translation>
    </message>
    <message>
        <source>“%1” has already been taken up in another meeting.</source>
        <translation>“%1” has already been taken up in another meeting.</translation>
    </message>
    <message>
        <source>“%1” has already been taken up.</source>
        <translation>“%1” has already been taken up.</translation>
    </message>
    <message>
        <source>This point is on the backlog of another circle.</source>
        <translation>This point is on the backlog of another circle.</translation>
    </message>
    <message>
        <source>This item was not taken up from the backlog.</source>
        <translation>This item was not taken up from the backlog.</translation>
    </message>
    <message>
        <source>A proposal has been recorded on this item; it stays in the record.</source>
        <translation>A proposal has been recorded on this item; it stays in the record.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Say what is to be done.</translation>
    </message>
    <message>
        <source>Something is recorded on “%1”: its kind can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item goes to the backlog by deferring it; it is referred through its proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of “%1” follows from what is recorded on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is on the backlog; take it back first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something has been recorded on “%1”; it stays in the record. Defer or withdraw it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something is recorded on “%1”: defer it from the facilitation window, where its history goes with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person responsible for the action is not in the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deferred: its point on the backlog comes from it, so it stays on this agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something has been recorded on “%1”; it stays in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n action(s) decided on it: remove them first, or defer the item.</source>
        <translation>
            <numerusform>“%1” has %n action decided on it: remove it first, or defer the item.</numerusform>
            <numerusform>“%1” has %n actions decided on it: remove them first, or defer the item.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>MeritProfile</name>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Cercles</source>
        <translation>Cercles</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>The approved minutes stored in the file cannot be read: the file may be damaged.</source>
        <translation>The approved minutes stored in the file cannot be read: the file may be damaged.</translation>
    </message>
</context>
<context>
    <name>MoveAgendaItemCommand</name>
    <message>
        <source>This agenda item is not on the meeting&apos;s agenda.</source>
        <translation>This agenda item is not on the meeting&apos;s agenda.</translation>
    </message>
    <message>
        <source>Move agenda item “%1”</source>
        <translation>Move agenda item “%1”</translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <source>%1 was changed elsewhere since it was shown here (another copy of Cercles on a shared folder, or another program): nothing was saved. Close the dialog, look at it again and redo your change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The circle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mandate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationService</name>
    <message>
        <source>The organisation needs a name.</source>
        <translation>The organisation needs a name.</translation>
    </message>
    <message>
        <source>A circle needs a name.</source>
        <translation>A circle needs a name.</translation>
    </message>
    <message>
        <source>There is already a circle named “%1”.</source>
        <translation>There is already a circle named “%1”.</translation>
    </message>
    <message>
        <source>The parent circle does not exist.</source>
        <translation>The parent circle does not exist.</translation>
    </message>
    <message>
        <source>A circle cannot be placed under itself or one of its sub-circles.</source>
        <translation>A circle cannot be placed under itself or one of its sub-circles.</translation>
    </message>
    <message>
        <source>The organisation already has a top circle (%1); choose a parent circle.</source>
        <translation>The organisation already has a top circle (%1); choose a parent circle.</translation>
    </message>
    <message>
        <source>A decision scope item cannot be empty.</source>
        <translation>A decision scope item cannot be empty.</translation>
    </message>
    <message>
        <source>This circle no longer exists.</source>
        <translation>This circle no longer exists.</translation>
    </message>
    <message>
        <source>%1 has sub-circles; move or remove them first.</source>
        <translation>%1 has sub-circles; move or remove them first.</translation>
    </message>
    <message>
        <source>%1 has members (past or present); remove their memberships first.</source>
        <translation>%1 has members (past or present); remove their memberships first.</translation>
    </message>
    <message>
        <source>%1 has roles; remove them first.</source>
        <translation>%1 has roles; remove them first.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>A person needs a name.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>This person no longer exists.</translation>
    </message>
    <message>
        <source>%1 appears in the meeting records and cannot be removed; end their memberships instead.</source>
        <translation>%1 appears in the meeting records and cannot be removed; end their memberships instead.</translation>
    </message>
    <message>
        <source>The start date is missing.</source>
        <translation>The start date is missing.</translation>
    </message>
    <message>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation>The end date (%1) is before the start date (%2).</translation>
    </message>
    <message>
        <source>A role needs a name.</source>
        <translation>A role needs a name.</translation>
    </message>
    <message>
        <source>The role&apos;s circle does not exist.</source>
        <translation>The role&apos;s circle does not exist.</translation>
    </message>
    <message>
        <source>Mandates refer to this role; remove them first.</source>
        <translation>Mandates refer to this role; remove them first.</translation>
    </message>
    <message>
        <source>Choose a person and a role for the mandate.</source>
        <translation>Choose a person and a role for the mandate.</translation>
    </message>
    <message>
        <source>A mandate needs an end date: mandates are given for a term.</source>
        <translation>A mandate needs an end date: mandates are given for a term.</translation>
    </message>
    <message>
        <source>This membership no longer exists.</source>
        <translation type="unfinished">This membership no longer exists.</translation>
    </message>
    <message>
        <source>This role no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mandate no longer exists.</source>
        <translation type="unfinished">This mandate no longer exists.</translation>
    </message>
</context>
<context>
    <name>PersonStatus</name>
    <message>
        <source>employee</source>
        <translation>employee</translation>
    </message>
    <message>
        <source>contractor</source>
        <translation>contractor</translation>
    </message>
    <message>
        <source>member of an electoral list</source>
        <translation>member of an electoral list</translation>
    </message>
    <message>
        <source>candidate in an election</source>
        <translation>candidate in an election</translation>
    </message>
</context>
<context>
    <name>PresentationContent</name>
    <message>
        <source>Term: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 names written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Nominations now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal: %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1 holds the role %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) cast</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Result of the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation type="unfinished">%1. %2 — %3</translation>
    </message>
</context>
<context>
    <name>ProposalHistory</name>
    <message>
        <source>History of the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Consent round %1: %2 consent(s), %3 with a concern, %4 objection(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Objection by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Integrated (%1), version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Not integrated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by %1 (meeting of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred at the meeting of %1, taken up again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions then:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactions then:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordChain</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished">The file could not be read: %1</translation>
    </message>
    <message>
        <source>meeting no. %1 (no longer in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item no longer in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 (given after the meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amendment no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seal of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how it was set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the paper counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approval of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 was added after the meeting was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, sealed when the meeting closed, is missing: it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 no longer matches its seal: it was changed after the meeting was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed but its seal is missing: the record was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, approved minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed record %1 is no longer in the file: it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head %1 is not the head of any approval in this file: the record it covers was rewritten (or re-approved) after those minutes were sent out, or it is another organisation&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record covered by head %1 (%2) was rewritten after those minutes were sent out: recomputed from the file it gives %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content of agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopening no. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordElectionEventCommand</name>
    <message>
        <source>Election: %1</source>
        <translation>Election: %1</translation>
    </message>
</context>
<context>
    <name>RegisterFilter</name>
    <message>
        <source>The start date (%1) is after the end date (%2): no decision could match. Change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveAgendaItemCommand</name>
    <message>
        <source>This agenda item is not on the meeting&apos;s agenda.</source>
        <translation>This agenda item is not on the meeting&apos;s agenda.</translation>
    </message>
    <message>
        <source>Remove agenda item “%1”</source>
        <translation>Remove agenda item “%1”</translation>
    </message>
</context>
<context>
    <name>RemoveCircleCommand</name>
    <message>
        <source>This circle no longer exists.</source>
        <translation>This circle no longer exists.</translation>
    </message>
    <message>
        <source>Remove circle “%1”</source>
        <translation>Remove circle “%1”</translation>
    </message>
</context>
<context>
    <name>RemoveMandateCommand</name>
    <message>
        <source>This mandate no longer exists.</source>
        <translation>This mandate no longer exists.</translation>
    </message>
    <message>
        <source>Remove mandate “%1” of %2</source>
        <translation>Remove mandate “%1” of %2</translation>
    </message>
</context>
<context>
    <name>RemoveMembershipCommand</name>
    <message>
        <source>This membership no longer exists.</source>
        <translation>This membership no longer exists.</translation>
    </message>
    <message>
        <source>Remove membership of %1 in %2</source>
        <translation>Remove membership of %1 in %2</translation>
    </message>
</context>
<context>
    <name>RemovePersonCommand</name>
    <message>
        <source>Remove person “%1”</source>
        <translation>Remove person “%1”</translation>
    </message>
</context>
<context>
    <name>RenameOrganisationCommand</name>
    <message>
        <source>Rename the organisation “%1”</source>
        <translation>Rename the organisation “%1”</translation>
    </message>
</context>
<context>
    <name>ScopeCheck</name>
    <message>
        <source>Unknown circle.</source>
        <translation>Unknown circle.</translation>
    </message>
    <message>
        <source>“%1” is in the scope of %2, not of %3.</source>
        <translation>“%1” is in the scope of %2, not of %3.</translation>
    </message>
    <message>
        <source>Refer it to %1.</source>
        <translation>Refer it to %1.</translation>
    </message>
    <message>
        <source>%1 is the root circle: choose one of its scope items, or add the item to its scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proposal is outside the scope of %1: it names none of its scope items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proposal is outside the scope of %1: its scope item is another circle&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartProposalCommand</name>
    <message>
        <source>Start proposal</source>
        <translation>Start proposal</translation>
    </message>
</context>
<context>
    <name>TakeUpBacklogItemCommand</name>
    <message>
        <source>Take up “%1”</source>
        <translation>Take up “%1”</translation>
    </message>
</context>
<context>
    <name>Vote</name>
    <message>
        <source>The ballot must give one grade per option.</source>
        <translation>The ballot must give one grade per option.</translation>
    </message>
    <message>
        <source>A grade is not on the vote&apos;s scale.</source>
        <translation>A grade is not on the vote&apos;s scale.</translation>
    </message>
    <message>
        <source>The ballot grades no option.</source>
        <translation>The ballot grades no option.</translation>
    </message>
    <message>
        <source>Give the counts of every option.</source>
        <translation>Give the counts of every option.</translation>
    </message>
    <message>
        <source>Give one count per grade.</source>
        <translation>Give one count per grade.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>A count cannot be negative.</translation>
    </message>
    <message>
        <source>The counts are too large to add up.</source>
        <translation>The counts are too large to add up.</translation>
    </message>
</context>
<context>
    <name>VoteRepository</name>
    <message>
        <source>The vote no longer exists in the file.</source>
        <translation>The vote no longer exists in the file.</translation>
    </message>
    <message>
        <source>This ballot is not in the ballot box.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cercles::ElectionService</name>
    <message>
        <source>This meeting is closed: its record can no longer change.</source>
        <translation>This meeting is closed: its record can no longer change.</translation>
    </message>
    <message>
        <source>“%1” is not an election.</source>
        <translation>“%1” is not an election.</translation>
    </message>
    <message>
        <source>An election is already recorded on “%1”.</source>
        <translation>An election is already recorded on “%1”.</translation>
    </message>
    <message>
        <source>Events are recorded on this election; it stays in the record.</source>
        <translation>Events are recorded on this election; it stays in the record.</translation>
    </message>
    <message>
        <source>Nothing is recorded on this election yet.</source>
        <translation>Nothing is recorded on this election yet.</translation>
    </message>
</context>
<context>
    <name>cercles::MinutesService</name>
    <message>
        <source>Close the meeting before approving its minutes.</source>
        <translation>Close the meeting before approving its minutes.</translation>
    </message>
    <message>
        <source>The minutes cannot be approved before the meeting itself (%1).</source>
        <translation>The minutes cannot be approved before the meeting itself (%1).</translation>
    </message>
    <message>
        <source>There are no minutes to approve.</source>
        <translation>There are no minutes to approve.</translation>
    </message>
    <message>
        <source>These minutes are already approved: correct them with an amendment.</source>
        <translation>These minutes are already approved: correct them with an amendment.</translation>
    </message>
    <message>
        <source>Write the correction.</source>
        <translation>Write the correction.</translation>
    </message>
    <message>
        <source>These minutes are still a draft: correct the meeting&apos;s record instead.</source>
        <translation>These minutes are still a draft: correct the meeting&apos;s record instead.</translation>
    </message>
    <message>
        <source>An amendment cannot be dated before the approval (%1).</source>
        <translation>An amendment cannot be dated before the approval (%1).</translation>
    </message>
</context>
<context>
    <name>cercles::VoteService</name>
    <message>
        <source>“%1” is not a majority-judgment vote.</source>
        <translation>“%1” is not a majority-judgment vote.</translation>
    </message>
    <message>
        <source>A vote is already recorded on “%1”.</source>
        <translation>A vote is already recorded on “%1”.</translation>
    </message>
    <message>
        <source>Give the vote a title.</source>
        <translation>Give the vote a title.</translation>
    </message>
    <message>
        <source>A vote needs at least two options.</source>
        <translation>A vote needs at least two options.</translation>
    </message>
    <message>
        <source>Every option needs its own, non-empty label.</source>
        <translation>Every option needs its own, non-empty label.</translation>
    </message>
    <message>
        <source>The grade given to missing judgments is not on the scale.</source>
        <translation>The grade given to missing judgments is not on the scale.</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>The number of participants cannot be negative.</translation>
    </message>
    <message>
        <source>The vote is closed: no more ballots or counts can be added.</source>
        <translation>The vote is closed: no more ballots or counts can be added.</translation>
    </message>
    <message>
        <source>Ballots are recorded in this vote; it stays in the record.</source>
        <translation>Ballots are recorded in this vote; it stays in the record.</translation>
    </message>
    <message>
        <source>Only a participant present at the meeting can vote.</source>
        <translation>Only a participant present at the meeting can vote.</translation>
    </message>
    <message>
        <source>This participant has already voted.</source>
        <translation>This participant has already voted.</translation>
    </message>
    <message>
        <source>The vote cannot be closed: %1</source>
        <translation>The vote cannot be closed: %1</translation>
    </message>
    <message>
        <source>The vote is already open.</source>
        <translation>The vote is already open.</translation>
    </message>
    <message>
        <source>The result is shown once the facilitator closes the vote.</source>
        <translation>The result is shown once the facilitator closes the vote.</translation>
    </message>
    <message>
        <source>This participant has not voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the vote is reopened: the reason stays in the record with the first result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cercles::ui::AboutDialog</name>
    <message>
        <source>About Cercles</source>
        <translation>About Cercles</translation>
    </message>
    <message>
        <source>Cercles icon</source>
        <translation>Cercles icon</translation>
    </message>
    <message>
        <source>Cercles %1</source>
        <translation>Cercles %1</translation>
    </message>
    <message>
        <source>Sociocratic meetings and governance record: circles, consent rounds, elections without candidates, majority judgment, decision register and minutes.</source>
        <translation>Sociocratic meetings and governance record: circles, consent rounds, elections without candidates, majority judgment, decision register and minutes.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>Licence: GNU General Public License, version 3 or later.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Built with Qt %1, running on Qt %2.</translation>
    </message>
</context>
<context>
    <name>cercles::ui::ActionDialog</name>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By when:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cercles::ui::ActionsModel</name>
    <message>
        <source>done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished">open</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished">Meeting</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished">Item</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
</context>
<context>
    <name>cercles::ui::ActionsPage</name>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;open again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cercles::ui::AgendaEditor</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Add item…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Defer to backlog</source>
        <translation>&amp;Defer to backlog</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Edit…</translation>
    </message>
    <message>
        <source>Add the action &amp;follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An information item listing the circle&apos;s open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Kind:</translation>
    </message>
    <message>
        <source>The circle has no open action to follow up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cercles::ui::AgendaItemDialog</name>
    <message>
        <source>Add agenda item</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>Kind of item</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Person concerned</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Person concerned:</source>
        <translation>&amp;Person concerned:</translation>
    </message>
</context>
<context>
    <name>cercles::ui::AgendaModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cercles::ui::AmendDialog</name>
    <message>
        <source>Amend the proposal</source>
        <translation>Amend the proposal</translation>
    </message>
    <message>
        <source>Amended proposal text</source>
        <translation>Amended proposal text</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>Change the review date</source>
        <translation>Change the review date</translation>
    </message>
    <message>
        <source>Save and start a consent round</source>
        <translation>Save and start a consent round</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Proposal:</translation>
    </message>
</context>
<context>
    <name>cercles::ui::AttendanceModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>cercles::ui::BacklogModel</name>
    <message>
        <source>taken up</source>
        <translation>taken up</translation>
    </message>
    <message>
        <source>referred by a sub-circle</source>
        <translation>referred by a sub-circle</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cercles::ui::BacklogPanel</name>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>&amp;Take up into this meeting</source>
        <translation>&amp;Take up into this meeting</translation>
    </message>
    <message>
        <source>Backlog:</source>
        <translation>Backlog:</translation>
    </message>
</context>
<context>
    <name>cercles::ui::CircleDialog</name>
    <message>
        <source>Edit circle</source>
        <translation>Edit circle</translation>
    </message>
    <message>
        <source>New circle</source>
        <translation>New circle</translation>
    </message>
    <message>
        <source>(none: the root circle)</source>
        <translation>(none: the root circle)</translation>
    </message>
    <message>
        <source>New scope item, e.g. budget</source>
        <translation>New scope item, e.g. budget</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>P&amp;arent circle:</source>
        <translation>P&amp;arent circle:</translation>
    </message>
    <message>
        <source>&amp;Meets:</source>
        <translation>&amp;Meets:</translation>
    </message>
    <message>
        <source>Decision &amp;scope:</source>
        <translation>Decision &amp;scope:</translation>
    </message>
    <message>
        <source>&amp;Operating rules:</source>
        <translation>&amp;Operating rules:</translation>
    </message>
    <message>
        <source>&amp;Entry:</source>
        <translation>&amp;Entry:</translation>
    </message>
    <message>
        <source>E&amp;xit:</source>
        <translation>E&amp;xit:</translation>
    </message>
    <message>
        <source>&amp;Decisions:</source>
        <translation>&amp;Decisions:</translation>
    </message>
    <message>
        <source>Red lines (a member may not be):</source>
        <translation>Red lines (a member may not be):</translation>
    </message>
    <message>
        <source>(none: the name alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How French sentences name the circle: “du Conseil de Coordination”, “à l’Assemblée Populaire”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French ar&amp;ticle:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cercles::ui::CircleEditor</name>
    <message>
        <source>Remove circle</source>
        <translation>Remove circle</translation>
    </message>
    <message>
        <source>Remove the circle “%1”?</source>
        <translation>Remove the circle “%1”?</translation>
    </message>
    <message>
        <source>Last day of %1 in %2</source>
        <translation>Last day of %1 in %2</translation>
    </message>
    <message>
        <source>Delete the membership of %1 in %2? This corrects a mistaken entry; to record that the person left, end the membership instead.</source>
        <translation>Delete the membership of %1 in %2? This corrects a mistaken entry; to record that the person left, end the membership instead.</translation>
    </message>
    <message>
        <source>Delete membership</source>
        <translation>Delete membership</translation>
    </message>
    <message>
        <source>Choose one of the circle&apos;s roles; to give a new role, add a new mandate.</source>
        <translation>Choose one of the circle&apos;s roles; to give a new role, add a new mandate.</translation>
    </message>
    <message>
        <source>Delete the mandate “%1” of %2?</source>
        <translation>Delete the mandate “%1” of %2?</translation>
    </message>
    <message>
        <source>Delete mandate</source>
        <translation>Delete mandate</translation>
    </message>
</context>
<context>
    <name>cercles::ui::CirclePage</name>
    <message>
        <source>&amp;Edit circle…</source>
        <translation>&amp;Edit circle…</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>Add &amp;member…</translation>
    </message>
    <message>
        <source>E&amp;nd membership…</source>
        <translation>E&amp;nd membership…</translation>
    </message>
    <message>
        <source>Delete membership</source>
        <translation>Delete membership</translation>
    </message>
    <message>
        <source>Add m&amp;andate…</source>
        <translation>Add m&amp;andate…</translation>
    </message>
    <message>
        <source>Edit mandate…</source>
        <translation>Edit mandate…</translation>
    </message>
    <message>
        <source>Delete mandate</source>
        <translation>Delete mandate</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>Within:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>Meets:</source>
        <translation>Meets:</translation>
    </message>
    <message>
        <source>Decision scope:</source>
        <translation>Decision scope:</translation>
    </message>
    <message>
        <source>Operating rules:</source>
        <translation>Operating rules:</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Entry:</translation>
    </message>
    <message>
        <source>Exit:</source>
        <translation>Exit:</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Decisions:</translation>
    </message>
    <message>
        <source>Red lines:</source>
        <translation>Red lines:</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandates</translation>
    </message>
    <message>
        <source>(the root circle)</source>
        <translation>(the root circle)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>cercles::ui::CircleTreeModel</name>
    <message>
        <source>Circles</source>
        <translation>Circles</translation>
    </message>
</context>
<context>
    <name>cercles::ui::ConsentPanel</name>
    <message>
        <source>Step of the process</source>
        <translation>Step of the process</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Driver, responsible, review date and scope</source>
        <translation>Driver, responsible, review date and scope</translation>
    </message>
    <message>
        <source>Participants in speaking order</source>
        <translation>Participants in speaking order</translation>
    </message>
    <message>
        <source>Current speaker</source>
        <translation>Current speaker</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Speaking time</translation>
    </message>
    <message>
        <source>Time per speaker, in seconds</source>
        <translation>Time per speaker, in seconds</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Question, reaction, objection reason or concern</source>
        <translation>Question, reaction, objection reason or concern</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
    <message>
        <source>Clarifying questions  [Ctrl+Shift+Q]</source>
        <translation>Clarifying questions  [Ctrl+Shift+Q]</translation>
    </message>
    <message>
        <source>Reactions  [Ctrl+Shift+R]</source>
        <translation>Reactions  [Ctrl+Shift+R]</translation>
    </message>
    <message>
        <source>Consent round  [Ctrl+Shift+C]</source>
        <translation>Consent round  [Ctrl+Shift+C]</translation>
    </message>
    <message>
        <source>Close the round  [Ctrl+Enter]</source>
        <translation>Close the round  [Ctrl+Enter]</translation>
    </message>
    <message>
        <source>Amend…  [Ctrl+Shift+A]</source>
        <translation>Amend…  [Ctrl+Shift+A]</translation>
    </message>
    <message>
        <source>Integrate objection…  [Ctrl+Shift+I]</source>
        <translation>Integrate objection…  [Ctrl+Shift+I]</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Defer…</source>
        <translation>Defer…</translation>
    </message>
    <message>
        <source>Refer to parent circle…</source>
        <translation>Refer to parent circle…</translation>
    </message>
    <message>
        <source>Response after the meeting…</source>
        <translation>Response after the meeting…</translation>
    </message>
    <message>
        <source>Time per speaker:</source>
        <translation>Time per speaker:</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>Driver: %1</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Responsible: %1</translation>
    </message>
    <message>
        <source>Person concerned: %1</source>
        <translation>Person concerned: %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Scope: %1</translation>
    </message>
    <message>
        <source>Indicator: %1</source>
        <translation>Indicator: %1</translation>
    </message>
    <message>
        <source>Turn: %1</source>
        <translation>Turn: %1</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question:</translation>
    </message>
    <message>
        <source>Reaction:</source>
        <translation>Reaction:</translation>
    </message>
    <message>
        <source>Reason / concern:</source>
        <translation>Reason / concern:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Why (for a withdrawal, deferral or referral)</source>
        <translation>Why (for a withdrawal, deferral or referral)</translation>
    </message>
    <message numerus="yes">
        <source>%n objection(s) to integrate (Ctrl+Shift+I).</source>
        <translation>
            <numerusform>%n objection to integrate (Ctrl+Shift+I).</numerusform>
            <numerusform>%n objections to integrate (Ctrl+Shift+I).</numerusform>
        </translation>
    </message>
    <message>
        <source>All objections integrated: start a new consent round (Ctrl+Shift+C).</source>
        <translation>All objections integrated: start a new consent round (Ctrl+Shift+C).</translation>
    </message>
    <message>
        <source>Waiting for: %1</source>
        <translation>Waiting for: %1</translation>
    </message>
    <message>
        <source>Withdraw the proposal</source>
        <translation>Withdraw the proposal</translation>
    </message>
    <message>
        <source>Withdraw the proposal “%1”? It stays in the record as withdrawn.</source>
        <translation>Withdraw the proposal “%1”? It stays in the record as withdrawn.</translation>
    </message>
    <message>
        <source>Defer the proposal</source>
        <translation>Defer the proposal</translation>
    </message>
    <message>
        <source>Defer the proposal “%1” to a later meeting?</source>
        <translation>Defer the proposal “%1” to a later meeting?</translation>
    </message>
    <message>
        <source>%1 has no parent circle to refer the proposal to.</source>
        <translation>%1 has no parent circle to refer the proposal to.</translation>
    </message>
    <message>
        <source>Refer the proposal to %1?</source>
        <translation>Refer the proposal to %1?</translation>
    </message>
    <message>
        <source>Refer to the parent circle</source>
        <translation>Refer to the parent circle</translation>
    </message>
    <message>
        <source>Version %1 — review %2</source>
        <translation>Version %1 — review %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Consent round %1</source>
        <translation>Consent round %1</translation>
    </message>
    <message>
        <source>Click a participant to give them the turn, e.g. to change their answer</source>
        <translation>Click a participant to give them the turn, e.g. to change their answer</translation>
    </message>
    <message>
        <source>Last record</source>
        <translation>Last record</translation>
    </message>
    <message>
        <source>Next speaker  [Ctrl+Down]</source>
        <translation>Next speaker  [Ctrl+Down]</translation>
    </message>
    <message>
        <source>Previous speaker  [Ctrl+Up]</source>
        <translation>Previous speaker  [Ctrl+Up]</translation>
    </message>
    <message>
        <source>Consent  [Ctrl+1]</source>
        <translation>Consent  [Ctrl+1]</translation>
    </message>
    <message>
        <source>Objection  [Ctrl+2]</source>
        <translation>Objection  [Ctrl+2]</translation>
    </message>
    <message>
        <source>Concern  [Ctrl+3]</source>
        <translation>Concern  [Ctrl+3]</translation>
    </message>
    <message>
        <source>%1 cannot take the turn now.</source>
        <translation>%1 cannot take the turn now.</translation>
    </message>
    <message>
        <source>Type the question, Enter records it; Ctrl+Down: the speaker passes</source>
        <translation>Type the question, Enter records it; Ctrl+Down: the speaker passes</translation>
    </message>
    <message>
        <source>Type the reaction, Enter records it; Ctrl+Down: the speaker passes</source>
        <translation>Type the reaction, Enter records it; Ctrl+Down: the speaker passes</translation>
    </message>
    <message>
        <source>Ctrl+1 consent; type the reason then Ctrl+2 objection, or the concern then Ctrl+3</source>
        <translation>Ctrl+1 consent; type the reason then Ctrl+2 objection, or the concern then Ctrl+3</translation>
    </message>
    <message>
        <source>Everyone present has answered: close the round (Ctrl+Enter), or click a participant who changes their answer.</source>
        <translation>Everyone present has answered: close the round (Ctrl+Enter), or click a participant who changes their answer.</translation>
    </message>
    <message>
        <source>Recorded — amendment: version %1</source>
        <translation>Recorded — amendment: version %1</translation>
    </message>
    <message>
        <source>Recorded — objection integrated</source>
        <translation>Recorded — objection integrated</translation>
    </message>
    <message>
        <source>Recorded — proposal withdrawn</source>
        <translation>Recorded — proposal withdrawn</translation>
    </message>
    <message>
        <source>Recorded — proposal deferred</source>
        <translation>Recorded — proposal deferred</translation>
    </message>
    <message>
        <source>Recorded — proposal referred to %1</source>
        <translation>Recorded — proposal referred to %1</translation>
    </message>
    <message>
        <source>Recorded — answer given after the meeting</source>
        <translation>Recorded — answer given after the meeting</translation>
    </message>
    <message>
        <source>History of the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer given after the meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cercles::ui::ConsentRuleEditor</name>
    <message>
        <source>except the person concerned</source>
        <translation>except the person concerned</translation>
    </message>
    <message>
        <source>consent of the members present</source>
        <translation>consent of the members present</translation>
    </message>
    <message>
        <source>consent of all members, present or not</source>
        <translation>consent of all members, present or not</translation>
    </message>
</context>
<context>
    <name>cercles::ui::ElectionPanel</name>
    <message>
        <source>Describe the role and its term, and agree the qualifications. Nobody is a candidate: each participant will write one name.</source>
        <translation>Describe the role and its term, and agree the qualifications. Nobody is a candidate: each participant will write one name.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>What the role does (kept from the circle for an existing role)</source>
        <translation>What the role does (kept from the circle for an existing role)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Term:</translation>
    </message>
    <message>
        <source>&amp;Qualifications:</source>
        <translation>&amp;Qualifications:</translation>
    </message>
    <message>
        <source>&amp;Start the election</source>
        <translation>&amp;Start the election</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Open the nominations</source>
        <translation>&amp;Open the nominations</translation>
    </message>
    <message>
        <source>&amp;Record and next participant</source>
        <translation>&amp;Record and next participant</translation>
    </message>
    <message>
        <source>Ctrl+Enter, or Enter in the reason field</source>
        <translation>Ctrl+Enter, or Enter in the reason field</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Consent</translation>
    </message>
    <message>
        <source>O&amp;bject</source>
        <translation>O&amp;bject</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Propose</translation>
    </message>
    <message>
        <source>Change the &amp;term</source>
        <translation>Change the &amp;term</translation>
    </message>
    <message>
        <source>Change the ro&amp;le</source>
        <translation>Change the ro&amp;le</translation>
    </message>
    <message>
        <source>&amp;Undo last</source>
        <translation>&amp;Undo last</translation>
    </message>
    <message>
        <source>Cancel the election</source>
        <translation>Cancel the election</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>%1 has written a name.</source>
        <translation>%1 has written a name.</translation>
    </message>
    <message>
        <source>%1 named %2.</source>
        <translation>%1 named %2.</translation>
    </message>
    <message>
        <source>Nomination round — %1: %2</source>
        <translation>Nomination round — %1: %2</translation>
    </message>
    <message>
        <source>Change round — %1 changes to %2: %3</source>
        <translation>Change round — %1 changes to %2: %3</translation>
    </message>
    <message>
        <source>Change round — %1 keeps %2. %3</source>
        <translation>Change round — %1 keeps %2. %3</translation>
    </message>
    <message>
        <source>Proposal: %1 as %2, %3 to %4. %5</source>
        <translation>Proposal: %1 as %2, %3 to %4. %5</translation>
    </message>
    <message>
        <source>%1 objects: %2</source>
        <translation>%1 objects: %2</translation>
    </message>
    <message>
        <source>%1 consents.</source>
        <translation>%1 consents.</translation>
    </message>
    <message>
        <source>%1 consents, with a concern: %2</source>
        <translation>%1 consents, with a concern: %2</translation>
    </message>
    <message>
        <source>Term changed: %1 to %2. %3</source>
        <translation>Term changed: %1 to %2. %3</translation>
    </message>
    <message>
        <source>Role changed: %1. %2</source>
        <translation>Role changed: %1. %2</translation>
    </message>
    <message>
        <source>Elected: %1 as %2, %3 to %4.</source>
        <translation>Elected: %1 as %2, %3 to %4.</translation>
    </message>
    <message>
        <source>Role: %1 · Term: %2 to %3
Qualifications: %4</source>
        <translation>Role: %1 · Term: %2 to %3
Qualifications: %4</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>Everyone present will write one name; they may name themselves.</source>
        <translation>Everyone present will write one name; they may name themselves.</translation>
    </message>
    <message>
        <source>Every name is written. Start the nomination round.</source>
        <translation>Every name is written. Start the nomination round.</translation>
    </message>
    <message>
        <source>%1 writes one name:</source>
        <translation>%1 writes one name:</translation>
    </message>
    <message>
        <source>Start the &amp;nomination round</source>
        <translation>Start the &amp;nomination round</translation>
    </message>
    <message>
        <source>Everyone has said why. Start the change round.</source>
        <translation>Everyone has said why. Start the change round.</translation>
    </message>
    <message>
        <source>%1 named %2. Why?</source>
        <translation>%1 named %2. Why?</translation>
    </message>
    <message>
        <source>Their reasons</source>
        <translation>Their reasons</translation>
    </message>
    <message>
        <source>Start the &amp;change round</source>
        <translation>Start the &amp;change round</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nominations now: %1. The facilitator proposes a person and a term, with reasons.</source>
        <translation>Nominations now: %1. The facilitator proposes a person and a term, with reasons.</translation>
    </message>
    <message>
        <source>Reasons for the proposal</source>
        <translation>Reasons for the proposal</translation>
    </message>
    <message>
        <source>%1 named %2: keep or change, and why?</source>
        <translation>%1 named %2: keep or change, and why?</translation>
    </message>
    <message>
        <source>Why (required for a change)</source>
        <translation>Why (required for a change)</translation>
    </message>
    <message>
        <source>Close the &amp;round</source>
        <translation>Close the &amp;round</translation>
    </message>
    <message>
        <source>Everyone has answered. Close the round.</source>
        <translation>Everyone has answered. Close the round.</translation>
    </message>
    <message>
        <source>%1, the person proposed, answers last:</source>
        <translation>%1, the person proposed, answers last:</translation>
    </message>
    <message>
        <source>%1 answers (consent, or objection with its reason):</source>
        <translation>%1 answers (consent, or objection with its reason):</translation>
    </message>
    <message>
        <source>Concern or objection reason</source>
        <translation>Concern or objection reason</translation>
    </message>
    <message>
        <source>Integrate the objections: change the term or the role, then start a new consent round; or propose another person.</source>
        <translation>Integrate the objections: change the term or the role, then start a new consent round; or propose another person.</translation>
    </message>
    <message>
        <source>New consent &amp;round</source>
        <translation>New consent &amp;round</translation>
    </message>
    <message>
        <source>Why, or the role&apos;s new description</source>
        <translation>Why, or the role&apos;s new description</translation>
    </message>
    <message>
        <source>%1 is elected. The mandate is recorded.</source>
        <translation>%1 is elected. The mandate is recorded.</translation>
    </message>
    <message>
        <source>The election was cancelled.</source>
        <translation>The election was cancelled.</translation>
    </message>
    <message>
        <source>Cancel the election? It stays in the record as cancelled, with the reason typed in the field.</source>
        <translation>Cancel the election? It stays in the record as cancelled, with the reason typed in the field.</translation>
    </message>
</context>
<context>
    <name>cercles::ui::FacilitationWindow</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Meeting status</source>
        <translation>Meeting status</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation>Open the meeting</translation>
    </message>
    <message>
        <source>Close the meeting…</source>
        <translation>Close the meeting…</translation>
    </message>
    <message>
        <source>Presentation screen  [F5]</source>
        <translation>Presentation screen  [F5]</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Presentation screen</source>
        <translation>Presentation screen</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Facilitation — %1</source>
        <translation>Facilitation — %1</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>The agenda is empty.</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <source>↶ Undone: %1</source>
        <translation>↶ Undone: %1</translation>
    </message>
    <message>
        <source>Close the meeting? Closing makes the record final. Nothing recorded in it can be undone any more, not even the close. Responses of absent members can still be added afterwards.</source>
        <translation>Close the meeting? Closing makes the record final. Nothing recorded in it can be undone any more, not even the close. Responses of absent members can still be added afterwards.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <source>Not closed: %1</source>
        <translation>Not closed: %1</translation>
    </message>
    <message>
        <source>✔ Meeting closed: its record is final</source>
        <translation>✔ Meeting closed: its record is final</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Meeting open (opening cannot be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Saved at %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cercles::ui::GuideDialog</name>
    <message>
        <source>Cercles user guide</source>
        <translation>Cercles user guide</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>cercles::ui::IntegrationDialog</name>
    <message>
        <source>Integrate an objection</source>
        <translation>Integrate an objection</translation>
    </message>
    <message>
        <source>Objection to integrate</source>
        <translation>Objection to integrate</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New review date</source>
        <translation>New review date</translation>
    </message>
    <message>
        <source>&amp;Objection:</source>
        <translation>&amp;Objection:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>New &amp;review date:</source>
        <translation>New &amp;review date:</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Proposal text</source>
        <translation>Proposal text</translation>
    </message>
    <message>
        <source>How the concern will be measured</source>
        <translation>How the concern will be measured</translation>
    </message>
    <message>
        <source>The proposal text</source>
        <translation>The proposal text</translation>
    </message>
</context>
<context>
    <name>cercles::ui::ItemRecordPanel</name>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content of the information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said, as the secretary notes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an &amp;action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cercles::ui::LateResponseDialog</name>
    <message>
        <source>Record a response given after the meeting</source>
        <translation>Record a response given after the meeting</translation>
    </message>
    <message>
        <source>Absent member</source>
        <translation>Absent member</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Concern or objection reason</source>
        <translation>Concern or objection reason</translation>
    </message>
    <message>
        <source>Concern (optional) or reason for the objection (required)</source>
        <translation>Concern (optional) or reason for the objection (required)</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Response:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Date the answer was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cercles::ui::MainWindow</name>
    <message>
        <source>Cercles organisation (*.cercles)</source>
        <translation>Cercles organisation (*.cercles)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>New from &amp;template (sociocratic association)…</source>
        <translation>New from &amp;template (sociocratic association)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Rename the &amp;organisation…</source>
        <translation>Rename the &amp;organisation…</translation>
    </message>
    <message>
        <source>&amp;New circle…</source>
        <translation>&amp;New circle…</translation>
    </message>
    <message>
        <source>New &amp;sub-circle…</source>
        <translation>New &amp;sub-circle…</translation>
    </message>
    <message>
        <source>&amp;Edit circle…</source>
        <translation>&amp;Edit circle…</translation>
    </message>
    <message>
        <source>&amp;Remove circle…</source>
        <translation>&amp;Remove circle…</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>New &amp;person…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Cercles</source>
        <translation>Cercles</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Saved: undo of %1</source>
        <translation>Saved: undo of %1</translation>
    </message>
    <message>
        <source>New organisation from the template</source>
        <translation>New organisation from the template</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Open an organisation</source>
        <translation>Open an organisation</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <source>Rename the organisation</source>
        <translation>Rename the organisation</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>&amp;Minutes…</source>
        <translation>&amp;Minutes…</translation>
    </message>
    <message>
        <source>Export the decision &amp;register…</source>
        <translation>Export the decision &amp;register…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;About Cercles</source>
        <translation>&amp;About Cercles</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was altered outside Cercles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1: the record was altered outside Cercles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cercles::ui::MandateDialog</name>
    <message>
        <source>Edit mandate</source>
        <translation>Edit mandate</translation>
    </message>
    <message>
        <source>New mandate</source>
        <translation>New mandate</translation>
    </message>
    <message>
        <source>an existing role, or a new role name</source>
        <translation>an existing role, or a new role name</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End (last day):</source>
        <translation>&amp;End (last day):</translation>
    </message>
</context>
<context>
    <name>cercles::ui::MandateExpiryModel</name>
    <message numerus="yes">
        <source>Ended %n day(s) ago</source>
        <translation>
            <numerusform>Ended %n day ago</numerusform>
            <numerusform>Ended %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>Ends today</translation>
    </message>
    <message numerus="yes">
        <source>Ends in %n day(s)</source>
        <translation>
            <numerusform>Ends in %n day</numerusform>
            <numerusform>Ends in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cercles::ui::MandatesModel</name>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
</context>
<context>
    <name>cercles::ui::MandatesView</name>
    <message numerus="yes">
        <source>No mandate ends within %n day(s), and none has ended.</source>
        <translation>
            <numerusform>No mandate ends within %n day, and none has ended.</numerusform>
            <numerusform>No mandate ends within %n days, and none has ended.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 within %2 days; %3. Hold an election without candidates before a mandate ends.</source>
        <translation>%1 within %2 days; %3. Hold an election without candidates before a mandate ends.</translation>
    </message>
    <message numerus="yes">
        <source>%n mandate(s) end</source>
        <translation>
            <numerusform>%n mandate ends</numerusform>
            <numerusform>%n mandates end</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already ended</source>
        <translation>
            <numerusform>%n already ended</numerusform>
            <numerusform>%n already ended</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Mandates</source>
        <translation>&amp;Mandates</translation>
    </message>
</context>
<context>
    <name>cercles::ui::MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation>Language of the minutes</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Date and place of the next meeting, as announced</source>
        <translation>Date and place of the next meeting, as announced</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Person to invite</source>
        <translation>Person to invite</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>Add guest</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <source>&amp;Circle:</source>
        <translation>&amp;Circle:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitator:</translation>
    </message>
    <message>
        <source>&amp;Secretary:</source>
        <translation>&amp;Secretary:</translation>
    </message>
    <message>
        <source>&amp;Minutes in:</source>
        <translation>&amp;Minutes in:</translation>
    </message>
    <message>
        <source>Attendance (members first):</source>
        <translation>Attendance (members first):</translation>
    </message>
    <message>
        <source>&amp;Next meeting:</source>
        <translation>&amp;Next meeting:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>Date, time, zone:</source>
        <translation>Date, time, zone:</translation>
    </message>
    <message>
        <source>Which occurrence of this time</source>
        <translation>Which occurrence of this time</translation>
    </message>
    <message>
        <source>%1 does not exist on that day in %2: the clocks skip it. The meeting will start at %3 (%4), the first valid time.</source>
        <translation>%1 does not exist on that day in %2: the clocks skip it. The meeting will start at %3 (%4), the first valid time.</translation>
    </message>
    <message>
        <source>%1 happens twice on that day in %2: the clocks go back. Choose which one.</source>
        <translation>%1 happens twice on that day in %2: the clocks go back. Choose which one.</translation>
    </message>
    <message>
        <source>The first, %1 (before the change)</source>
        <translation>The first, %1 (before the change)</translation>
    </message>
    <message>
        <source>The second, %1 (after the change)</source>
        <translation>The second, %1 (after the change)</translation>
    </message>
</context>
<context>
    <name>cercles::ui::MeetingsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start (local time)</source>
        <translation>Start (local time)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cercles::ui::MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Open &amp;facilitation</source>
        <translation>Open &amp;facilitation</translation>
    </message>
    <message>
        <source>Agenda of the selected meeting:</source>
        <translation>Agenda of the selected meeting:</translation>
    </message>
    <message>
        <source>Meetings of %1</source>
        <translation>Meetings of %1</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>&amp;Facilitate…</source>
        <translation>&amp;Facilitate…</translation>
    </message>
</context>
<context>
    <name>cercles::ui::MembersModel</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statuses</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
</context>
<context>
    <name>cercles::ui::MembershipDialog</name>
    <message>
        <source>Add a member</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Circle:</source>
        <translation>&amp;Circle:</translation>
    </message>
    <message>
        <source>Member &amp;from:</source>
        <translation>Member &amp;from:</translation>
    </message>
</context>
<context>
    <name>cercles::ui::MeritProfileChart</name>
    <message>
        <source>Merit profiles</source>
        <translation>Merit profiles</translation>
    </message>
</context>
<context>
    <name>cercles::ui::MinutesDialog</name>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Language of the meeting</source>
        <translation>Language of the meeting</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>Export &amp;ODT…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>Add an a&amp;mendment…</source>
        <translation>Add an a&amp;mendment…</translation>
    </message>
    <message>
        <source>Export the decision &amp;register…</source>
        <translation>Export the decision &amp;register…</translation>
    </message>
    <message>
        <source>There is no meeting yet.</source>
        <translation>There is no meeting yet.</translation>
    </message>
    <message numerus="yes">
        <source>Approved on %1; %n amendment(s).</source>
        <translation>
            <numerusform>Approved on %1; %n amendment.</numerusform>
            <numerusform>Approved on %1; %n amendments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft: the circle has not approved these minutes yet.</source>
        <translation>Draft: the circle has not approved these minutes yet.</translation>
    </message>
    <message>
        <source>Draft: the meeting is not closed yet.</source>
        <translation>Draft: the meeting is not closed yet.</translation>
    </message>
    <message>
        <source>Minutes: preview</source>
        <translation>Minutes: preview</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Export the minutes as PDF</source>
        <translation>Export the minutes as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Export the minutes as OpenDocument text</source>
        <translation>Export the minutes as OpenDocument text</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>Approve the minutes</translation>
    </message>
    <message>
        <source>Once approved, the minutes are frozen: later corrections are recorded as amendments.</source>
        <translation>Once approved, the minutes are frozen: later corrections are recorded as amendments.</translation>
    </message>
    <message>
        <source>Approved by the circle on:</source>
        <translation>Approved by the circle on:</translation>
    </message>
    <message>
        <source>Amend the approved minutes</source>
        <translation>Amend the approved minutes</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>By:</translation>
    </message>
    <message>
        <source>Correction:</source>
        <translation>Correction:</translation>
    </message>
</context>
<context>
    <name>cercles::ui::ParticipantsModel</name>
    <message>
        <source>to speak</source>
        <translation>to speak</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>asked</translation>
    </message>
    <message>
        <source>reacted</source>
        <translation>reacted</translation>
    </message>
    <message>
        <source>to answer</source>
        <translation>to answer</translation>
    </message>
    <message>
        <source>absent, to answer later</source>
        <translation>absent, to answer later</translation>
    </message>
    <message>
        <source>%1 (given after the meeting)</source>
        <translation>%1 (given after the meeting)</translation>
    </message>
    <message>
        <source>▶ %1 — %2</source>
        <translation>▶ %1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cercles::ui::PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statuses</translation>
    </message>
    <message>
        <source>Circles today</source>
        <translation>Circles today</translation>
    </message>
</context>
<context>
    <name>cercles::ui::PeoplePage</name>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>&amp;Edit person…</translation>
    </message>
    <message>
        <source>&amp;Remove person…</source>
        <translation>&amp;Remove person…</translation>
    </message>
</context>
<context>
    <name>cercles::ui::PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>e-mail or phone</source>
        <translation>e-mail or phone</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>Statuses:</source>
        <translation>Statuses:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>cercles::ui::PersonEditor</name>
    <message>
        <source>Remove %1? Their memberships (%2) and mandates (%3) go with them; undo puts everything back.</source>
        <translation>Remove %1? Their memberships (%2) and mandates (%3) go with them; undo puts everything back.</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Remove person</translation>
    </message>
</context>
<context>
    <name>cercles::ui::PresentationWindow</name>
    <message>
        <source>Cercles — presentation</source>
        <translation>Cercles — presentation</translation>
    </message>
    <message>
        <source>Presentation screen</source>
        <translation>Presentation screen</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Whose turn it is</source>
        <translation>Whose turn it is</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Speaking time</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Objections</translation>
    </message>
    <message>
        <source>Turn: %1</source>
        <translation>Turn: %1</translation>
    </message>
    <message>
        <source>Consent %1   ·   Concern %2   ·   Objection %3   ·   Awaited %4</source>
        <translation>Consent %1   ·   Concern %2   ·   Objection %3   ·   Awaited %4</translation>
    </message>
    <message>
        <source>Names and options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cercles::ui::ProposalForm</name>
    <message>
        <source>Proposal text</source>
        <translation>Proposal text</translation>
    </message>
    <message>
        <source>Driver or reason</source>
        <translation>Driver or reason</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>No review date</source>
        <translation>No review date</translation>
    </message>
    <message>
        <source>Scope item</source>
        <translation>Scope item</translation>
    </message>
    <message>
        <source>Scope check</source>
        <translation>Scope check</translation>
    </message>
    <message>
        <source>&amp;Start the proposal</source>
        <translation>&amp;Start the proposal</translation>
    </message>
    <message>
        <source>Start the proposal</source>
        <translation>Start the proposal</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Proposal:</translation>
    </message>
    <message>
        <source>&amp;Driver / reason:</source>
        <translation>&amp;Driver / reason:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>S&amp;cope item:</source>
        <translation>S&amp;cope item:</translation>
    </message>
    <message>
        <source>New proposal: %1</source>
        <translation>New proposal: %1</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>(no scope item)</source>
        <translation>(no scope item)</translation>
    </message>
    <message>
        <source>Within the circle&apos;s scope.</source>
        <translation>Within the circle&apos;s scope.</translation>
    </message>
    <message>
        <source>Review date:</source>
        <translation>Review date:</translation>
    </message>
</context>
<context>
    <name>cercles::ui::RedLineNotice</name>
    <message numerus="yes">
        <source>Red line broken:</source>
        <translation>
            <numerusform>Red line broken:</numerusform>
            <numerusform>Red lines broken:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cercles::ui::RegisterExportDialog</name>
    <message>
        <source>Export the decision register</source>
        <translation>Export the decision register</translation>
    </message>
    <message>
        <source>All circles</source>
        <translation>All circles</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>C&amp;ircle:</source>
        <translation>C&amp;ircle:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>decision-register</source>
        <translation>decision-register</translation>
    </message>
    <message>
        <source>Export the register as CSV</source>
        <translation>Export the register as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export the register as PDF</source>
        <translation>Export the register as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>cercles::ui::RegisterModel</name>
    <message>
        <source>%1 — review due</source>
        <translation>%1 — review due</translation>
    </message>
    <message>
        <source>%1, review due</source>
        <translation>%1, review due</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Scope item</source>
        <translation>Scope item</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(referred by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cercles::ui::RegisterPage</name>
    <message>
        <source>Search the decisions (accents and case ignored)</source>
        <translation>Search the decisions (accents and case ignored)</translation>
    </message>
    <message>
        <source>Search the decisions</source>
        <translation>Search the decisions</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Review due only</source>
        <translation>Review due only</translation>
    </message>
    <message>
        <source>Decision register</source>
        <translation>Decision register</translation>
    </message>
    <message>
        <source>All circles</source>
        <translation>All circles</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) shown of %1</source>
        <translation>
            <numerusform>%n decision shown of %1</numerusform>
            <numerusform>%n decisions shown of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a decision to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
</context>
<context>
    <name>cercles::ui::SpeakingTimer</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>cercles::ui::VotePanel</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>One option per line</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Options:</translation>
    </message>
    <message>
        <source>Empty: the usual scale, Excellent to Reject. Otherwise 3 to 10 grades, best first, one per line.</source>
        <translation>Empty: the usual scale, Excellent to Reject. Otherwise 3 to 10 grades, best first, one per line.</translation>
    </message>
    <message>
        <source>&amp;Grades:</source>
        <translation>&amp;Grades:</translation>
    </message>
    <message>
        <source>Every voter grades every option</source>
        <translation>Every voter grades every option</translation>
    </message>
    <message>
        <source>A missing judgment counts as the worst grade</source>
        <translation>A missing judgment counts as the worst grade</translation>
    </message>
    <message>
        <source>A missing judgment counts as the option&apos;s majority grade</source>
        <translation>A missing judgment counts as the option&apos;s majority grade</translation>
    </message>
    <message>
        <source>Scale every option&apos;s judgments to a common total</source>
        <translation>Scale every option&apos;s judgments to a common total</translation>
    </message>
    <message>
        <source>&amp;Missing judgments:</source>
        <translation>&amp;Missing judgments:</translation>
    </message>
    <message>
        <source>&amp;Open the vote</source>
        <translation>&amp;Open the vote</translation>
    </message>
    <message>
        <source>&amp;Ballot of:</source>
        <translation>&amp;Ballot of:</translation>
    </message>
    <message>
        <source>For each option, choose a grade, or type its number: 1 is the worst grade, 0 leaves the option without a judgment. The ballot can be corrected until it is cast.</source>
        <translation>For each option, choose a grade, or type its number: 1 is the worst grade, 0 leaves the option without a judgment. The ballot can be corrected until it is cast.</translation>
    </message>
    <message>
        <source>&amp;Cast the ballot</source>
        <translation>&amp;Cast the ballot</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Enter &amp;paper counts…</source>
        <translation>Enter &amp;paper counts…</translation>
    </message>
    <message>
        <source>Close the vote and show the &amp;result</source>
        <translation>Close the vote and show the &amp;result</translation>
    </message>
    <message>
        <source>The ballot is cast.
Hand the laptop to the next voter.</source>
        <translation>The ballot is cast.
Hand the laptop to the next voter.</translation>
    </message>
    <message>
        <source>&amp;Next voter</source>
        <translation>&amp;Next voter</translation>
    </message>
    <message>
        <source>Counts from the paper ballots: how many judgments each option received at each grade. They add to the ballots cast here.</source>
        <translation>Counts from the paper ballots: how many judgments each option received at each grade. They add to the ballots cast here.</translation>
    </message>
    <message>
        <source>&amp;Back to the ballots</source>
        <translation>&amp;Back to the ballots</translation>
    </message>
    <message>
        <source>&amp;Save the counts</source>
        <translation>&amp;Save the counts</translation>
    </message>
    <message>
        <source>Majority-judgment vote</source>
        <translation>Majority-judgment vote</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) cast.</source>
        <translation>
            <numerusform>%n ballot cast.</numerusform>
            <numerusform>%n ballots cast.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paper counts entered.</source>
        <translation>Paper counts entered.</translation>
    </message>
    <message>
        <source>Everyone present has voted.</source>
        <translation>Everyone present has voted.</translation>
    </message>
    <message>
        <source>The result is shown once the vote is closed.</source>
        <translation>The result is shown once the vote is closed.</translation>
    </message>
    <message>
        <source>— choose a grade —</source>
        <translation>— choose a grade —</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>0 · No judgment</source>
        <translation>0 · No judgment</translation>
    </message>
    <message>
        <source>“%1” is not a count.</source>
        <translation>“%1” is not a count.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>%1. %2 — majority grade: %3</source>
        <translation>%1. %2 — majority grade: %3</translation>
    </message>
    <message>
        <source>Why each option is ahead of the next</source>
        <translation>Why each option is ahead of the next</translation>
    </message>
    <message numerus="yes">
        <source>%n judgment(s) per option. %1</source>
        <translation>
            <numerusform>%n judgment per option. %1</numerusform>
            <numerusform>%n judgments per option. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Close the vote</translation>
    </message>
    <message>
        <source>Reason for reopening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the record with this result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open the vote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ballot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the vote and show the result? No ballot or count can be added or taken back afterwards. Reopening the vote asks for a reason and keeps this result in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vote closed, result shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the vote? The result shown stays in the record and in the minutes, with the reason: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vote reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result shown at %1, set aside when the vote was reopened at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cercles::ui::WelcomePage</name>
    <message>
        <source>Welcome to Cercles</source>
        <translation>Welcome to Cercles</translation>
    </message>
    <message>
        <source>Run sociocratic meetings and keep your organisation&apos;s governance record. Everything stays in one file on this computer.</source>
        <translation>Run sociocratic meetings and keep your organisation&apos;s governance record. Everything stays in one file on this computer.</translation>
    </message>
    <message>
        <source>Open the demo organisation</source>
        <translation>Open the demo organisation</translation>
    </message>
    <message>
        <source>A sample association with four circles, people and past meetings</source>
        <translation>A sample association with four circles, people and past meetings</translation>
    </message>
    <message>
        <source>New organisation (template)…</source>
        <translation>New organisation (template)…</translation>
    </message>
    <message>
        <source>The structure of a sociocratic association, without people</source>
        <translation>The structure of a sociocratic association, without people</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <source>Open an organisation file (.cercles)</source>
        <translation>Open an organisation file (.cercles)</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>User interface language: fr or en.</source>
        <translation>User interface language: fr or en.</translation>
    </message>
    <message>
        <source>Cercles: sociocratic meetings and governance record.</source>
        <translation>Cercles: sociocratic meetings and governance record.</translation>
    </message>
    <message>
        <source>The organisation file to open (.cercles).</source>
        <translation>The organisation file to open (.cercles).</translation>
    </message>
</context>
</TS>
