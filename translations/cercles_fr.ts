<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddAgendaItemCommand</name>
    <message>
        <source>Add agenda item “%1”</source>
        <translation>Ajouter le point «&#xa0;%1&#xa0;» à l’ordre du jour</translation>
    </message>
</context>
<context>
    <name>AddCircleCommand</name>
    <message>
        <source>Add circle “%1”</source>
        <translation>Ajouter le cercle «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AddMandateCommand</name>
    <message>
        <source>Give %1 the new role “%2”</source>
        <translation>Confier à %1 le nouveau rôle «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Give %1 the role “%2”</source>
        <translation>Confier à %1 le rôle «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AddMembershipCommand</name>
    <message>
        <source>Add %1 to %2</source>
        <translation>Ajouter %1 à %2</translation>
    </message>
</context>
<context>
    <name>AddPersonCommand</name>
    <message>
        <source>Add person “%1”</source>
        <translation>Ajouter la personne «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AddRoleCommand</name>
    <message>
        <source>Add role “%1”</source>
        <translation>Ajouter le rôle «&#xa0;%1&#xa0;»</translation>
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
        <translation>Décision par consentement</translation>
    </message>
    <message>
        <source>Membership entry</source>
        <translation>Entrée d’un membre</translation>
    </message>
    <message>
        <source>Membership exit</source>
        <translation>Sortie d’un membre</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Élection sans candidat</translation>
    </message>
    <message>
        <source>Majority-judgment vote</source>
        <translation>Vote au jugement majoritaire</translation>
    </message>
</context>
<context>
    <name>AgendaItemState</name>
    <message>
        <source>planned</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>done</source>
        <translation>traité</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>reporté</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>referred to the parent circle</source>
        <translation>renvoyé au cercle supérieur</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>present</source>
        <translation>présent·e</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excusé·e</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent·e</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>invité·e</translation>
    </message>
</context>
<context>
    <name>CastBallotCommand</name>
    <message>
        <source>Vote: ballot of %1</source>
        <translation>Vote&#xa0;: bulletin de %1</translation>
    </message>
    <message>
        <source>Vote: a ballot</source>
        <translation>Vote&#xa0;: un bulletin</translation>
    </message>
</context>
<context>
    <name>ConsentEvent</name>
    <message>
        <source>Clarifying questions round started</source>
        <translation>Tour de questions de clarification commencé</translation>
    </message>
    <message>
        <source>Question asked</source>
        <translation>Question posée</translation>
    </message>
    <message>
        <source>Reactions round started</source>
        <translation>Tour de réactions commencé</translation>
    </message>
    <message>
        <source>Reaction given</source>
        <translation>Réaction donnée</translation>
    </message>
    <message>
        <source>Turn passed</source>
        <translation>A passé son tour</translation>
    </message>
    <message>
        <source>Amendment started</source>
        <translation>Amendement commencé</translation>
    </message>
    <message>
        <source>Proposal amended</source>
        <translation>Proposition amendée</translation>
    </message>
    <message>
        <source>Consent round started</source>
        <translation>Tour de consentement commencé</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Objection raised</source>
        <translation>Objection soulevée</translation>
    </message>
    <message>
        <source>Consent round closed</source>
        <translation>Tour de consentement clos</translation>
    </message>
    <message>
        <source>Objection integrated</source>
        <translation>Objection intégrée</translation>
    </message>
    <message>
        <source>Proposal withdrawn</source>
        <translation>Proposition retirée</translation>
    </message>
    <message>
        <source>Proposal deferred</source>
        <translation>Proposition reportée</translation>
    </message>
    <message>
        <source>Proposal taken up again</source>
        <translation>Proposition reprise</translation>
    </message>
    <message>
        <source>Referred to the parent circle</source>
        <translation>Renvoyée au cercle supérieur</translation>
    </message>
</context>
<context>
    <name>ConsentPhase</name>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Clarifying questions</source>
        <translation>Questions de clarification</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Amendement</translation>
    </message>
    <message>
        <source>Consent round</source>
        <translation>Tour de consentement</translation>
    </message>
    <message>
        <source>Integrating objections</source>
        <translation>Intégration des objections</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Referred to the parent circle</source>
        <translation>Renvoyée au cercle supérieur</translation>
    </message>
</context>
<context>
    <name>ConsentProcess</name>
    <message>
        <source>The proposal text cannot be empty.</source>
        <translation>Le texte de la proposition ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Choose the person the decision is about.</source>
        <translation>Choisissez la personne concernée par la décision.</translation>
    </message>
    <message>
        <source>The person concerned is already a member of the circle.</source>
        <translation>La personne concernée est déjà membre du cercle.</translation>
    </message>
    <message>
        <source>The person concerned is not a member of the circle.</source>
        <translation>La personne concernée n’est pas membre du cercle.</translation>
    </message>
    <message>
        <source>Event %1 of the log (%2): %3</source>
        <translation>Événement %1 du journal (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The event has no date and time.</source>
        <translation>L’événement n’a ni date ni heure.</translation>
    </message>
    <message>
        <source>This proposal is concluded (%1): nothing more can be recorded on it.</source>
        <translation>Cette proposition est close (%1)&#xa0;: plus rien ne peut y être enregistré.</translation>
    </message>
    <message>
        <source>“%1” is not possible during the phase “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas possible pendant la phase «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Record who is present before starting the round.</source>
        <translation>Enregistrez les présences avant de commencer le tour.</translation>
    </message>
    <message>
        <source>This person is not present in this round.</source>
        <translation>Cette personne n’est pas présente dans ce tour.</translation>
    </message>
    <message>
        <source>This participant has already had their turn in this round.</source>
        <translation>Cette personne a déjà pris la parole dans ce tour.</translation>
    </message>
    <message>
        <source>Enter the question, or record that the participant passes.</source>
        <translation>Saisissez la question, ou indiquez que la personne passe son tour.</translation>
    </message>
    <message>
        <source>Enter the reaction, or record that the participant passes.</source>
        <translation>Saisissez la réaction, ou indiquez que la personne passe son tour.</translation>
    </message>
    <message>
        <source>The proposal is unchanged.</source>
        <translation>La proposition n’a pas changé.</translation>
    </message>
    <message>
        <source>Choose the circle the proposal is referred to.</source>
        <translation>Choisissez le cercle auquel la proposition est renvoyée.</translation>
    </message>
    <message numerus="yes">
        <source>%n objection(s) still to integrate before a new consent round.</source>
        <translation>
            <numerusform>%n objection reste à intégrer avant un nouveau tour de consentement.</numerusform>
            <numerusform>%n objections restent à intégrer avant un nouveau tour de consentement.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one present has a consent right on this decision.</source>
        <translation>Aucune personne présente n’a le droit de consentir sur cette décision.</translation>
    </message>
    <message>
        <source>The person concerned has no consent right on this decision.</source>
        <translation>La personne concernée n’a pas le droit de consentir sur cette décision.</translation>
    </message>
    <message>
        <source>This person has no consent right in this round.</source>
        <translation>Cette personne n’a pas le droit de consentir dans ce tour.</translation>
    </message>
    <message>
        <source>An objection needs a reason.</source>
        <translation>Une objection doit être motivée.</translation>
    </message>
    <message>
        <source>This member is absent from the round: record their answer once the round is closed, while the decision is pending.</source>
        <translation>Ce membre est absent du tour&#xa0;: enregistrez sa réponse une fois le tour clos, tant que la décision est en attente.</translation>
    </message>
    <message>
        <source>This participant answered during the meeting; only absent members answer now.</source>
        <translation>Cette personne a répondu pendant la réunion&#xa0;; seuls les membres absents répondent maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) present have not answered yet; silence is never consent.</source>
        <translation>
            <numerusform>%n personne présente n’a pas encore répondu&#xa0;; le silence ne vaut jamais consentement.</numerusform>
            <numerusform>%n personnes présentes n’ont pas encore répondu&#xa0;; le silence ne vaut jamais consentement.</numerusform>
        </translation>
    </message>
    <message>
        <source>This participant has no objection left to integrate.</source>
        <translation>Cette personne n’a plus d’objection à intégrer.</translation>
    </message>
    <message>
        <source>Choose how the objection is integrated.</source>
        <translation>Choisissez comment l’objection est intégrée.</translation>
    </message>
    <message>
        <source>Enter the modified proposal: it must differ from the current text.</source>
        <translation>Saisissez la proposition modifiée&#xa0;: elle doit différer du texte actuel.</translation>
    </message>
    <message>
        <source>The new review date must be earlier than the current one (%1).</source>
        <translation>La nouvelle date de révision doit précéder la date actuelle (%1).</translation>
    </message>
    <message>
        <source>Describe the indicator that will measure the concern.</source>
        <translation>Décrivez l’indicateur qui mesurera la préoccupation.</translation>
    </message>
</context>
<context>
    <name>ConsentRepository</name>
    <message>
        <source>The proposal no longer exists in the file.</source>
        <translation>La proposition n’existe plus dans le fichier.</translation>
    </message>
    <message>
        <source>The file holds an unknown event “%1”.</source>
        <translation>Le fichier contient un événement inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ConsentResponse</name>
    <message>
        <source>No answer yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Consent with a concern</source>
        <translation>Consentement avec préoccupation</translation>
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
        <translation>objecté&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>consented with a concern: “%1”</source>
        <translation>consenti avec une préoccupation&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>consented</source>
        <translation>consenti</translation>
    </message>
    <message>
        <source>No proposal is being decided on this item.</source>
        <translation>Aucune proposition n’est en cours de décision sur ce point.</translation>
    </message>
    <message>
        <source>The meeting is closed: nothing more can be recorded in it.</source>
        <translation>La réunion est close&#xa0;: plus rien ne peut y être enregistré.</translation>
    </message>
    <message>
        <source>Nobody is shown as speaking: choose the participant in the list first.</source>
        <translation>Personne n’a la parole&#xa0;: choisissez d’abord la personne dans la liste.</translation>
    </message>
    <message>
        <source>Answers are recorded during a consent round (Ctrl+Shift+C opens it).</source>
        <translation>Les réponses s’enregistrent pendant un tour de consentement (Ctrl+Maj+C l’ouvre).</translation>
    </message>
    <message>
        <source>The field holds text: Ctrl+3 records it as %1&apos;s concern; empty the field to record a plain consent.</source>
        <translation>Le champ contient du texte&#xa0;: Ctrl+3 l’enregistre comme préoccupation de %1&#xa0;; videz le champ pour un simple consentement.</translation>
    </message>
    <message>
        <source>An objection needs a reason: type %1&apos;s reason in the field, then Ctrl+2.</source>
        <translation>Une objection a besoin d’un motif&#xa0;: tapez le motif de %1 dans le champ, puis Ctrl+2.</translation>
    </message>
    <message>
        <source>Type %1&apos;s concern in the field, then Ctrl+3.</source>
        <translation>Tapez la préoccupation de %1 dans le champ, puis Ctrl+3.</translation>
    </message>
    <message>
        <source>In the consent round Ctrl+1 records a consent, Ctrl+2 this text as an objection reason, Ctrl+3 as a concern.</source>
        <translation>Dans le tour de consentement, Ctrl+1 enregistre un consentement, Ctrl+2 ce texte comme motif d’objection, Ctrl+3 comme préoccupation.</translation>
    </message>
    <message>
        <source>No questions or reactions round is open.</source>
        <translation>Aucun tour de questions ou de réactions n’est ouvert.</translation>
    </message>
    <message>
        <source>The field is empty: type %1&apos;s words, or Ctrl+Down records that they pass.</source>
        <translation>Le champ est vide&#xa0;: tapez les mots de %1, ou Ctrl+Bas enregistre que cette personne passe.</translation>
    </message>
    <message>
        <source>The field holds %1&apos;s words: Enter records them; empty the field to let them pass.</source>
        <translation>Le champ contient les mots de %1&#xa0;: Entrée les enregistre&#xa0;; videz le champ pour que cette personne passe.</translation>
    </message>
    <message>
        <source>Nobody present takes part in this round.</source>
        <translation>Aucune personne présente ne participe à ce tour.</translation>
    </message>
    <message>
        <source>%1: consent</source>
        <translation>%1&#xa0;: consentement</translation>
    </message>
    <message>
        <source>%1: consent with a concern, “%2”</source>
        <translation>%1&#xa0;: consentement avec une préoccupation, «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: objection, “%2”</source>
        <translation>%1&#xa0;: objection, «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1&apos;s question</source>
        <translation>question de %1</translation>
    </message>
    <message>
        <source>%1&apos;s reaction</source>
        <translation>réaction de %1</translation>
    </message>
    <message>
        <source>%1 passes</source>
        <translation>%1 passe</translation>
    </message>
    <message>
        <source>Recorded — %1</source>
        <translation>Enregistré — %1</translation>
    </message>
    <message>
        <source>(their earlier answer, %1, stays in the record)</source>
        <translation>(sa réponse précédente, %1, reste dans l’historique)</translation>
    </message>
    <message>
        <source>Turn: %1</source>
        <translation>Au tour de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>first %1</source>
        <translation>a d’abord %1</translation>
    </message>
    <message>
        <source>then %1</source>
        <translation>puis a %1</translation>
    </message>
</context>
<context>
    <name>ConsentRule</name>
    <message>
        <source>consent of all members, except the person concerned</source>
        <translation>consentement de tous les membres, sauf la personne concernée</translation>
    </message>
    <message>
        <source>consent of all members</source>
        <translation>consentement de tous les membres</translation>
    </message>
    <message>
        <source>consent of all members present, except the person concerned</source>
        <translation>consentement de tous les membres présents, sauf la personne concernée</translation>
    </message>
    <message>
        <source>consent of all members present</source>
        <translation>consentement de tous les membres présents</translation>
    </message>
</context>
<context>
    <name>ConsentService</name>
    <message>
        <source>“%1” is not an item decided by consent.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un point décidé par consentement.</translation>
    </message>
    <message>
        <source>This meeting is closed: its record can no longer change.</source>
        <translation>Cette réunion est clôturée&#xa0;: ses enregistrements ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>A proposal is already recorded on “%1”.</source>
        <translation>Une proposition est déjà enregistrée sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The meeting&apos;s circle no longer exists.</source>
        <translation>Le cercle de la réunion n’existe plus.</translation>
    </message>
    <message>
        <source>Events are recorded on this proposal; it stays in the record.</source>
        <translation>Des événements sont enregistrés sur cette proposition&#xa0;; elle reste dans l’historique.</translation>
    </message>
    <message>
        <source>This meeting is closed: only consents or objections given after the meeting can be added.</source>
        <translation>Cette réunion est clôturée&#xa0;: seuls des consentements ou des objections donnés après la réunion peuvent être ajoutés.</translation>
    </message>
    <message>
        <source>This circle has no parent circle to refer the proposal to.</source>
        <translation>Ce cercle n’a pas de cercle supérieur auquel renvoyer la proposition.</translation>
    </message>
    <message>
        <source>A proposal is referred to the parent circle, %1.</source>
        <translation>Une proposition est renvoyée au cercle supérieur, %1.</translation>
    </message>
    <message>
        <source>Nothing is recorded on this proposal yet.</source>
        <translation>Rien n’est encore enregistré sur cette proposition.</translation>
    </message>
    <message>
        <source>The membership this decision ended no longer exists.</source>
        <translation>L’appartenance à laquelle cette décision a mis fin n’existe plus.</translation>
    </message>
    <message>
        <source>The parent circle has already taken up this proposal; the referral stays.</source>
        <translation>Le cercle supérieur a déjà repris cette proposition&#xa0;; le renvoi est maintenu.</translation>
    </message>
    <message>
        <source>A later meeting has already taken up this proposal from the backlog.</source>
        <translation>Une réunion suivante a déjà repris cette proposition des points reportés.</translation>
    </message>
</context>
<context>
    <name>CreateMeetingCommand</name>
    <message>
        <source>Plan meeting of %1</source>
        <translation>Planifier la réunion du %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file could not be updated: %1</source>
        <translation>Le fichier n’a pas pu être mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The SQLite driver did not give access to the database.</source>
        <translation>Le pilote SQLite n’a pas donné accès à la base de données.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite: %2). Open a backup copy instead.</source>
        <translation>%1 est endommagé (SQLite&#xa0;: %2). Ouvrez plutôt une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>The file %1 cannot be set up: %2</source>
        <translation>Impossible de préparer le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation>Le fichier %1 existe déjà.</translation>
    </message>
    <message>
        <source>The file %1 cannot be created: %2</source>
        <translation>Impossible de créer le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file cannot be marked as a Cercles file.</source>
        <translation>Impossible de marquer le fichier comme fichier Cercles.</translation>
    </message>
    <message>
        <source>You do not have permission to change this file; it is opened read-only.</source>
        <translation>Vous n’avez pas le droit de modifier ce fichier&#xa0;; il est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The file is opened read-only.</source>
        <translation>Le fichier est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>%1 uses an older file format (%2) that must be upgraded before it can be read, and it cannot be upgraded now: %3</source>
        <translation>%1 utilise un ancien format de fichier (%2) qui doit être mis à niveau avant de pouvoir être lu, et il ne peut pas l’être maintenant&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite quick check: %2). Open a backup copy instead.</source>
        <translation>%1 est endommagé (vérification rapide SQLite&#xa0;: %2). Ouvrez plutôt une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>The file was not upgraded: its backup copy failed. %1</source>
        <translation>Le fichier n’a pas été mis à niveau&#xa0;: sa copie de sauvegarde a échoué. %1</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>Le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>The file cannot be changed now: %1</source>
        <translation>Le fichier ne peut pas être modifié maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The copy %1 could not be written: %2</source>
        <translation>La copie %1 n’a pas pu être écrite&#xa0;: %2</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation>La ligne %1 de la table %2 fait référence à une ligne absente de %3.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Impossible de lire le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Cercles organisation file (it is not an SQLite database).</source>
        <translation>%1 n’est pas un fichier d’organisation Cercles (ce n’est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>%1 is a database of another application, not a Cercles organisation file.</source>
        <translation>%1 est une base de données d’une autre application, pas un fichier d’organisation Cercles.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Cercles (file format %2; this version reads up to %3). Install a newer Cercles to open it; the file was not changed.</source>
        <translation>%1 a été enregistré par une version plus récente de Cercles (format de fichier %2&#xa0;; cette version lit jusqu’au format %3). Installez une version plus récente de Cercles pour l’ouvrir&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is an incomplete Cercles file (no schema).</source>
        <translation>%1 est un fichier Cercles incomplet (pas de schéma).</translation>
    </message>
    <message>
        <source>Upgrading the file failed: %1</source>
        <translation>La mise à niveau du fichier a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Upgrading the file to format %1 failed: %2</source>
        <translation>La mise à niveau du fichier au format %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The %1 %2 is missing.</source>
        <translation>L’objet %2 (%1) manque.</translation>
    </message>
    <message>
        <source>The %1 %2 is not defined as this file format requires.</source>
        <translation>L’objet %2 (%1) n’est pas défini comme l’exige ce format de fichier.</translation>
    </message>
    <message>
        <source>The file holds an unexpected %1 named %2.</source>
        <translation>Le fichier contient un objet inattendu (%1) nommé %2.</translation>
    </message>
    <message>
        <source>%1 was not closed properly (a program stopped while changing it) and needs recovery, which only undoes the unfinished change: run `cercles-cli recover %2` or open it in Cercles.</source>
        <translation>%1 n’a pas été fermé correctement (un programme s’est arrêté en le modifiant) et doit être rétabli, ce qui annule seulement la modification inachevée&#xa0;: lancez `cercles-cli recover %2` ou ouvrez-le dans Cercles.</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema cannot be read (%2).</source>
        <translation>%1 est endommagé&#xa0;: son schéma ne peut pas être lu (%2).</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n autre)</numerusform>
            <numerusform>(et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a valid Cercles file of format %2: %3</source>
        <translation>%1 n’est pas un fichier Cercles valide au format %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>This file is already open in another Cercles window, here or on another account. It is opened read-only here so that the two cannot overwrite each other&apos;s changes.</source>
        <translation>Ce fichier est déjà ouvert dans une autre fenêtre de Cercles, ici ou sur un autre compte. Il est ouvert en lecture seule ici pour que les deux ne puissent pas écraser les modifications l’une de l’autre.</translation>
    </message>
    <message>
        <source>The file was not upgraded: its backup copy cannot be created beside it (%1).</source>
        <translation>Le fichier n’a pas été mis à niveau&#xa0;: sa copie de sauvegarde ne peut pas être créée à côté (%1).</translation>
    </message>
    <message>
        <source>The copy was replaced while it was written.</source>
        <translation>La copie a été remplacée pendant son écriture.</translation>
    </message>
    <message>
        <source>The copy could not be verified.</source>
        <translation>La copie n’a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>The file was not upgraded: its backup copy could not be named (%1).</source>
        <translation>Le fichier n’a pas été mis à niveau&#xa0;: sa copie de sauvegarde n’a pas pu être nommée (%1).</translation>
    </message>
    <message>
        <source>%1 cannot be recovered now: it is open in Cercles or you may not change it.</source>
        <translation>%1 ne peut pas être rétabli maintenant&#xa0;: il est ouvert dans Cercles ou vous n’avez pas le droit de le modifier.</translation>
    </message>
    <message>
        <source>%1 could not be recovered: %2</source>
        <translation>%1 n’a pas pu être rétabli&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file cannot be read whole: %1</source>
        <translation>Le fichier ne peut pas être lu en entier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file cannot be read whole.</source>
        <translation>Le fichier ne peut pas être lu en entier.</translation>
    </message>
    <message>
        <source>The organisation in %1 cannot be read: %2</source>
        <translation>L’organisation contenue dans %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>This file is open for editing on the computer %1 (process %2, last sign of life %3 UTC). It is opened read-only here so that the two cannot overwrite each other&apos;s changes; it becomes free when that Cercles closes the file, or two minutes after its computer stops answering.</source>
        <translation>Ce fichier est ouvert en modification sur l’ordinateur %1 (processus %2, dernier signe de vie %3 UTC). Il est ouvert ici en lecture seule pour que les deux ne puissent pas écraser les modifications l’une de l’autre&#xa0;; il se libère quand ce Cercles ferme le fichier, ou deux minutes après que son ordinateur cesse de répondre.</translation>
    </message>
    <message>
        <source>reading the file was stopped because one step took far longer than a sound file ever needs; the file may be damaged or built to stall Cercles (run “cercles-cli check” on it)</source>
        <translation>la lecture du fichier a été arrêtée&#xa0;: une étape a pris bien plus de temps qu’un fichier sain n’en demande jamais&#xa0;; le fichier est peut-être endommagé ou conçu pour bloquer Cercles (lancez « cercles-cli check » dessus)</translation>
    </message>
    <message>
        <source>the file holds a value far larger than Cercles ever writes; the file may be damaged or hostile (run “cercles-cli check” on it)</source>
        <translation>le fichier contient une valeur bien plus grande que ce que Cercles écrit jamais&#xa0;; il est peut-être endommagé ou malveillant (lancez « cercles-cli check » dessus)</translation>
    </message>
    <message>
        <source>the file is damaged; open a backup copy instead (SQLite: %1)</source>
        <translation>le fichier est endommagé&#xa0;; ouvrez plutôt une copie de sauvegarde (SQLite&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>le disque est plein&#xa0;; libérez de la place et réessayez</translation>
    </message>
    <message>
        <source>%1 uses an older file format (%2) that must be upgraded before it can be read. This command only reads files: open it once in Cercles, or run “cercles-cli upgrade %1”.</source>
        <translation>%1 utilise un ancien format de fichier (%2) qui doit être mis à niveau avant de pouvoir être lu. Cette commande ne fait que lire les fichiers&#xa0;: ouvrez-le une fois dans Cercles, ou lancez «&#xa0;cercles-cli upgrade %1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>DecisionRegister</name>
    <message>
        <source>Damaged record (proposal %1): %2</source>
        <translation>Enregistrement endommagé (proposition %1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DeferAgendaItemCommand</name>
    <message>
        <source>Defer “%1” to the backlog</source>
        <translation>Reporter «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>DemoElection</name>
    <message>
        <source>The demo organisation has no “%1”.</source>
        <translation>L’organisation de démonstration n’a pas de «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>EditAgendaItemCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
</context>
<context>
    <name>EditCircleCommand</name>
    <message>
        <source>This circle no longer exists.</source>
        <translation>Ce cercle n’existe plus.</translation>
    </message>
    <message>
        <source>Edit circle “%1”</source>
        <translation>Modifier le cercle «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EditMandateCommand</name>
    <message>
        <source>This mandate no longer exists.</source>
        <translation>Ce mandat n’existe plus.</translation>
    </message>
    <message>
        <source>Edit mandate “%1” of %2</source>
        <translation>Modifier le mandat «&#xa0;%1&#xa0;» de %2</translation>
    </message>
</context>
<context>
    <name>EditMeetingCommand</name>
    <message>
        <source>Edit meeting</source>
        <translation>Modifier la réunion</translation>
    </message>
</context>
<context>
    <name>EditPersonCommand</name>
    <message>
        <source>This person no longer exists.</source>
        <translation>Cette personne n’existe plus.</translation>
    </message>
    <message>
        <source>Edit person “%1”</source>
        <translation>Modifier la personne «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Election</name>
    <message numerus="yes">
        <source>%n participant(s) have not had their turn yet.</source>
        <translation>
            <numerusform>%n personne n’a pas encore eu son tour de parole.</numerusform>
            <numerusform>%n personnes n’ont pas encore eu leur tour de parole.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event %1 of the log (%2): %3</source>
        <translation>Événement %1 du journal (%2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) present have not answered yet; silence is never consent.</source>
        <translation>
            <numerusform>%n personne présente n’a pas encore répondu&#xa0;; le silence ne vaut jamais consentement.</numerusform>
            <numerusform>%n personnes présentes n’ont pas encore répondu&#xa0;; le silence ne vaut jamais consentement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Role and term</source>
        <translation>Rôle et mandat</translation>
    </message>
    <message>
        <source>Written nominations</source>
        <translation>Nominations écrites</translation>
    </message>
    <message>
        <source>Nomination round</source>
        <translation>Tour de nominations</translation>
    </message>
    <message>
        <source>Change round</source>
        <translation>Tour de changement</translation>
    </message>
    <message>
        <source>Consent round</source>
        <translation>Tour de consentement</translation>
    </message>
    <message>
        <source>Integrating objections</source>
        <translation>Intégration des objections</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>Élu·e</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Nominations opened</source>
        <translation>Nominations ouvertes</translation>
    </message>
    <message>
        <source>Nomination written</source>
        <translation>Nomination écrite</translation>
    </message>
    <message>
        <source>Nomination round started</source>
        <translation>Tour de nominations commencé</translation>
    </message>
    <message>
        <source>Nomination explained</source>
        <translation>Nomination expliquée</translation>
    </message>
    <message>
        <source>Change round started</source>
        <translation>Tour de changement commencé</translation>
    </message>
    <message>
        <source>Nomination kept</source>
        <translation>Nomination maintenue</translation>
    </message>
    <message>
        <source>Nomination changed</source>
        <translation>Nomination changée</translation>
    </message>
    <message>
        <source>Person proposed</source>
        <translation>Personne proposée</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Objection raised</source>
        <translation>Objection soulevée</translation>
    </message>
    <message>
        <source>Consent round closed</source>
        <translation>Tour de consentement clos</translation>
    </message>
    <message>
        <source>Term changed</source>
        <translation>Durée du mandat modifiée</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rôle modifié</translation>
    </message>
    <message>
        <source>Consent round started</source>
        <translation>Tour de consentement commencé</translation>
    </message>
    <message>
        <source>Election cancelled</source>
        <translation>Élection annulée</translation>
    </message>
    <message>
        <source>Give the term&apos;s start and end dates.</source>
        <translation>Indiquez les dates de début et de fin du mandat.</translation>
    </message>
    <message>
        <source>The term cannot end before it starts.</source>
        <translation>Le mandat ne peut pas se terminer avant d’avoir commencé.</translation>
    </message>
    <message>
        <source>Name the role the election fills.</source>
        <translation>Indiquez le rôle à pourvoir par l’élection.</translation>
    </message>
    <message>
        <source>The event has no date and time.</source>
        <translation>L’événement n’a ni date ni heure.</translation>
    </message>
    <message>
        <source>This election is concluded (%1): nothing more can be recorded on it.</source>
        <translation>Cette élection est close (%1)&#xa0;: plus rien ne peut y être enregistré.</translation>
    </message>
    <message>
        <source>“%1” is not possible during the step “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas possible pendant l’étape «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Record who is present before opening the nominations.</source>
        <translation>Enregistrez les présences avant d’ouvrir les nominations.</translation>
    </message>
    <message>
        <source>Choose the person named.</source>
        <translation>Choisissez la personne nommée.</translation>
    </message>
    <message>
        <source>Only a member of the circle can be named.</source>
        <translation>Seul un membre du cercle peut être nommé.</translation>
    </message>
    <message>
        <source>This person is not present.</source>
        <translation>Cette personne n’est pas présente.</translation>
    </message>
    <message>
        <source>This participant has already had their turn in this step.</source>
        <translation>Cette personne a déjà pris la parole à cette étape.</translation>
    </message>
    <message>
        <source>Say whom the participant named and why.</source>
        <translation>Indiquez qui la personne a nommé et pourquoi.</translation>
    </message>
    <message>
        <source>This is the same person: record that the participant keeps their nomination.</source>
        <translation>C’est la même personne&#xa0;: enregistrez que la personne maintient sa nomination.</translation>
    </message>
    <message>
        <source>Say why the participant changes their nomination.</source>
        <translation>Indiquez pourquoi la personne change sa nomination.</translation>
    </message>
    <message>
        <source>Integrate the objections first: change the term or the role, or propose another person.</source>
        <translation>Intégrez d’abord les objections&#xa0;: changez la durée ou le rôle, ou proposez une autre personne.</translation>
    </message>
    <message>
        <source>The person proposed must be present: they answer last in the consent round.</source>
        <translation>La personne proposée doit être présente&#xa0;: elle répond en dernier lors du tour de consentement.</translation>
    </message>
    <message>
        <source>Give the reasons for the proposal.</source>
        <translation>Donnez les raisons de la proposition.</translation>
    </message>
    <message>
        <source>This person is not present in this round.</source>
        <translation>Cette personne n’est pas présente dans ce tour.</translation>
    </message>
    <message>
        <source>This participant has already answered in this round.</source>
        <translation>Cette personne a déjà répondu dans ce tour.</translation>
    </message>
    <message>
        <source>The person proposed answers last, once everyone else has answered.</source>
        <translation>La personne proposée répond en dernier, une fois que toutes les autres ont répondu.</translation>
    </message>
    <message>
        <source>An objection needs a reason.</source>
        <translation>Une objection doit être motivée.</translation>
    </message>
    <message>
        <source>The term is unchanged.</source>
        <translation>La durée du mandat n’a pas changé.</translation>
    </message>
    <message>
        <source>Name the role.</source>
        <translation>Indiquez le rôle.</translation>
    </message>
    <message>
        <source>The role is unchanged.</source>
        <translation>Le rôle n’a pas changé.</translation>
    </message>
</context>
<context>
    <name>ElectionRepository</name>
    <message>
        <source>The election no longer exists in the file.</source>
        <translation>L’élection n’existe plus dans le fichier.</translation>
    </message>
    <message>
        <source>The file holds an unknown election event “%1”.</source>
        <translation>Le fichier contient un événement d’élection inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>Unknown person or circle.</source>
        <translation>Personne ou cercle inconnu.</translation>
    </message>
    <message>
        <source>%1 is already a member of %2.</source>
        <translation>%1 est déjà membre de %2.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot join %2: red line %3.</source>
        <translation>
            <numerusform>%1 ne peut pas rejoindre %2&#xa0;: ligne rouge %3.</numerusform>
            <numerusform>%1 ne peut pas rejoindre %2&#xa0;: lignes rouges %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is a member of %2 but falls under its red line %3.</source>
        <translation>
            <numerusform>%1 est membre de %2 mais relève de sa ligne rouge %3.</numerusform>
            <numerusform>%1 est membre de %2 mais relève de ses lignes rouges %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndMembershipCommand</name>
    <message>
        <source>This membership no longer exists.</source>
        <translation>Cette appartenance n’existe plus.</translation>
    </message>
    <message>
        <source>End membership of %1 in %2</source>
        <translation>Mettre fin à l’appartenance de %1 à %2</translation>
    </message>
</context>
<context>
    <name>EnterPaperCountsCommand</name>
    <message>
        <source>Vote: paper counts</source>
        <translation>Vote&#xa0;: dépouillement papier</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The font file %1 could not be read.</source>
        <translation>Le fichier de police %1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Exporting documents needs a QGuiApplication.</source>
        <translation>L’export de documents nécessite une QGuiApplication.</translation>
    </message>
    <message>
        <source>The document could not be drawn on the output.</source>
        <translation>Le document n’a pas pu être dessiné sur la sortie.</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>Impossible de commencer une nouvelle page.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be written as OpenDocument text.</source>
        <translation>%1 n’a pas pu être écrit au format texte OpenDocument.</translation>
    </message>
    <message>
        <source>The font %1 was not found in %2: install the %3 package.</source>
        <translation>La police %1 est introuvable dans %2&#xa0;: installez le paquet %3.</translation>
    </message>
</context>
<context>
    <name>GradeScale</name>
    <message>
        <source>Reject</source>
        <translation>À rejeter</translation>
    </message>
    <message>
        <source>Insufficient</source>
        <translation>Insuffisant</translation>
    </message>
    <message>
        <source>Passable</source>
        <translation>Passable</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Assez bien</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Très bien</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>A scale has %1 to %2 grades, not %3.</source>
        <translation>Une échelle compte de %1 à %2 mentions, pas %3.</translation>
    </message>
    <message>
        <source>Every grade needs its own, non-empty name.</source>
        <translation>Chaque mention doit avoir son propre nom, non vide.</translation>
    </message>
</context>
<context>
    <name>HistoryGenerator</name>
    <message>
        <source>Meeting %1 of %2 (%3): %4</source>
        <translation>Réunion %1 sur %2 (%3)&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>IntegrationMethod</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Modify the proposal</source>
        <translation>Modifier la proposition</translation>
    </message>
    <message>
        <source>Shorten the term</source>
        <translation>Raccourcir la durée</translation>
    </message>
    <message>
        <source>Measure the concern</source>
        <translation>Mesurer la préoccupation</translation>
    </message>
</context>
<context>
    <name>MajorityJudgment</name>
    <message>
        <source>%1 is ahead of %2: its majority grade &quot;%3&quot; is better than &quot;%4&quot;.</source>
        <translation>%1 devance %2&#xa0;: sa mention majoritaire «&#xa0;%3&#xa0;» est meilleure que «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is ahead of %2: same majority grade, but %1 has more judgments above &quot;%3&quot; (%4 against %5); the adhesion group decided.</source>
        <translation>%1 devance %2&#xa0;: même mention majoritaire, mais %1 a plus de jugements au-dessus de «&#xa0;%3&#xa0;» (%4 contre %5)&#xa0;; le groupe d’adhésion a départagé.</translation>
    </message>
    <message>
        <source>%1 is ahead of %2: same majority grade, but %2 has more judgments below &quot;%3&quot; (%4 against %5); the contestation group decided.</source>
        <translation>%1 devance %2&#xa0;: même mention majoritaire, mais %2 a plus de jugements en dessous de «&#xa0;%3&#xa0;» (%4 contre %5)&#xa0;; le groupe de contestation a départagé.</translation>
    </message>
    <message>
        <source>%1 and %2 are tied: their merit profiles are identical.</source>
        <translation>%1 et %2 sont à égalité&#xa0;: leurs profils de mérites sont identiques.</translation>
    </message>
    <message>
        <source>The counts are too large to be added exactly (more than 2^63 - 1).</source>
        <translation>Les effectifs sont trop grands pour être additionnés exactement (plus de 2^63 - 1).</translation>
    </message>
    <message>
        <source>An option has no judgment, so it cannot be scaled to a common total.</source>
        <translation>Une option n’a aucun jugement&#xa0;: elle ne peut pas être ramenée à un total commun.</translation>
    </message>
    <message>
        <source>Every option was judged by every voter; nothing was completed.</source>
        <translation>Chaque option a été jugée par chaque votant·e&#xa0;; rien n’a été complété.</translation>
    </message>
    <message>
        <source>Missing judgments count as &quot;%1&quot;.</source>
        <translation>Les jugements manquants comptent comme «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Missing judgments count as the option&apos;s own majority grade.</source>
        <translation>Les jugements manquants comptent comme la mention majoritaire de l’option.</translation>
    </message>
    <message>
        <source>Every option&apos;s judgments are scaled to a common total.</source>
        <translation>Les jugements de chaque option sont ramenés à un total commun.</translation>
    </message>
    <message>
        <source>There is no option to rank.</source>
        <translation>Il n’y a aucune option à classer.</translation>
    </message>
    <message>
        <source>A scale has %1 to %2 grades, not %3.</source>
        <translation>Une échelle compte de %1 à %2 mentions, pas %3.</translation>
    </message>
    <message>
        <source>Option %1 has %2 grades instead of %3.</source>
        <translation>L’option %1 a %2 mentions au lieu de %3.</translation>
    </message>
    <message>
        <source>Option %1 has a negative number of judgments.</source>
        <translation>L’option %1 a un nombre négatif de jugements.</translation>
    </message>
    <message>
        <source>Grade %1 is not on the scale (0 to %2).</source>
        <translation>La mention %1 n’est pas sur l’échelle (0 à %2).</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>Le nombre de participants ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>An option has %1 judgments, more than the %2 participants.</source>
        <translation>Une option a %1 jugements, plus que les %2 participants.</translation>
    </message>
    <message>
        <source>No judgment was given.</source>
        <translation>Aucun jugement n’a été donné.</translation>
    </message>
    <message>
        <source>The options do not have the same number of judgments (%1 and %2) and no rule completes the missing ones.</source>
        <translation>Les options n’ont pas le même nombre de jugements (%1 et %2) et aucune règle ne complète les jugements manquants.</translation>
    </message>
    <message>
        <source>Option %1 has no judgment, so it has no majority grade.</source>
        <translation>L’option %1 n’a aucun jugement&#xa0;: elle n’a donc pas de mention majoritaire.</translation>
    </message>
</context>
<context>
    <name>MajorityJudgmentCommand</name>
    <message>
        <source>Counts, grade and participants are whole numbers.</source>
        <translation>Les effectifs, la mention et le nombre de participants sont des nombres entiers.</translation>
    </message>
    <message>
        <source>A count is negative.</source>
        <translation>Un effectif est négatif.</translation>
    </message>
    <message>
        <source>A number is above 2^63 - 1.</source>
        <translation>Un nombre dépasse 2^63 - 1.</translation>
    </message>
    <message>
        <source>&quot;tallies&quot; is an array of arrays of whole numbers.</source>
        <translation>&quot;tallies&quot; est un tableau de tableaux de nombres entiers.</translation>
    </message>
    <message>
        <source>The document is not a JSON object.</source>
        <translation>Le document n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>&quot;fill&quot; is none, static, median or normalize.</source>
        <translation>&quot;fill&quot; vaut none, static, median ou normalize.</translation>
    </message>
    <message>
        <source>&quot;tallies&quot; is missing.</source>
        <translation>&quot;tallies&quot; est absent.</translation>
    </message>
    <message>
        <source>The grade is not on the scale.</source>
        <translation>La mention n’est pas sur l’échelle.</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>Le nombre de participants ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l’entrée standard</translation>
    </message>
</context>
<context>
    <name>MeetingCadence</name>
    <message>
        <source>as it decides</source>
        <translation>quand il le décide</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>chaque semaine</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>chaque mois</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>chaque trimestre</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>chaque année</translation>
    </message>
</context>
<context>
    <name>MeetingEdits</name>
    <message>
        <source>This meeting was changed elsewhere since it was shown here (another copy of Cercles on a shared folder, or another program), in a field you changed too: nothing was saved. Close the dialog, look at it again and redo your change.</source>
        <translation>Cette réunion a été modifiée ailleurs depuis son affichage ici (une autre copie de Cercles sur un dossier partagé, ou un autre programme), dans un champ que vous avez aussi modifié&#xa0;: rien n’a été enregistré. Fermez la fenêtre, regardez-la à nouveau et refaites votre modification.</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>The action no longer exists in the file.</source>
        <translation>L’action n’existe plus dans le fichier.</translation>
    </message>
    <message>
        <source>This meeting no longer exists in the file.</source>
        <translation>Cette réunion n’existe plus dans le fichier.</translation>
    </message>
    <message>
        <source>This agenda item no longer exists in the file.</source>
        <translation>Ce point de l’ordre du jour n’existe plus dans le fichier.</translation>
    </message>
    <message>
        <source>This backlog item no longer exists in the file.</source>
        <translation>Ce point reporté n’existe plus dans le fichier.</translation>
    </message>
</context>
<context>
    <name>MeetingService</name>
    <message>
        <source>This meeting is closed: its record can no longer change.</source>
        <translation>Cette réunion est clôturée&#xa0;: ses enregistrements ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>Choose the circle that meets.</source>
        <translation>Choisissez le cercle qui se réunit.</translation>
    </message>
    <message>
        <source>The meeting needs a date and a start time.</source>
        <translation>La réunion doit avoir une date et une heure de début.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Fuseau horaire inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The minutes can be written in French or English.</source>
        <translation>Le compte rendu peut être rédigé en français ou en anglais.</translation>
    </message>
    <message>
        <source>The attendance list names someone who is not in the organisation.</source>
        <translation>La liste des présences mentionne une personne qui ne fait pas partie de l’organisation.</translation>
    </message>
    <message>
        <source>%1 is listed twice in the attendance.</source>
        <translation>%1 figure deux fois dans la liste des présences.</translation>
    </message>
    <message>
        <source>This meeting has an agenda; remove its items first.</source>
        <translation>Cette réunion a un ordre du jour&#xa0;; retirez d’abord ses points.</translation>
    </message>
    <message>
        <source>A meeting cannot go from “%1” to “%2”.</source>
        <translation>Une réunion ne peut pas passer de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Un point de l’ordre du jour doit avoir un titre.</translation>
    </message>
    <message>
        <source>Choose the person this membership decision is about.</source>
        <translation>Choisissez la personne concernée par cette décision d’entrée ou de sortie.</translation>
    </message>
    <message>
        <source>There is no position %1 in this agenda.</source>
        <translation>Il n’y a pas de position %1 dans cet ordre du jour.</translation>
    </message>
    <message>
        <source>“%1” is already on the backlog.</source>
        <translation>«&#xa0;%1&#xa0;» figure déjà dans les points reportés.</translation>
    </message>
    <message>
        <source>“%1” has already been taken up in another meeting.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà été repris dans une autre réunion.</translation>
    </message>
    <message>
        <source>“%1” has already been taken up.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà été repris.</translation>
    </message>
    <message>
        <source>This point is on the backlog of another circle.</source>
        <translation>Ce point figure dans les points reportés d’un autre cercle.</translation>
    </message>
    <message>
        <source>This item was not taken up from the backlog.</source>
        <translation>Ce point n’a pas été repris des points reportés.</translation>
    </message>
    <message>
        <source>A proposal has been recorded on this item; it stays in the record.</source>
        <translation>Une proposition a été enregistrée sur ce point&#xa0;; elle reste dans l’historique.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Indiquez ce qui doit être fait.</translation>
    </message>
    <message>
        <source>Something is recorded on “%1”: its kind can no longer change.</source>
        <translation>Des éléments sont enregistrés sur « %1 » : son type ne peut plus changer.</translation>
    </message>
    <message>
        <source>An item goes to the backlog by deferring it; it is referred through its proposal.</source>
        <translation>Un point va aux points reportés quand on le reporte ; il est renvoyé par sa proposition.</translation>
    </message>
    <message>
        <source>The outcome of “%1” follows from what is recorded on it.</source>
        <translation>L’issue de « %1 » découle de ce qui y est enregistré.</translation>
    </message>
    <message>
        <source>“%1” is on the backlog; take it back first.</source>
        <translation>« %1 » est dans les points reportés ; reprenez-le d’abord.</translation>
    </message>
    <message>
        <source>Something has been recorded on “%1”; it stays in the record. Defer or withdraw it instead.</source>
        <translation>Des éléments ont été enregistrés sur « %1 » ; il reste au registre. Reportez-le ou retirez-le plutôt.</translation>
    </message>
    <message>
        <source>Something is recorded on “%1”: defer it from the facilitation window, where its history goes with it.</source>
        <translation>Des éléments sont enregistrés sur « %1 » : reportez-le depuis l’écran de facilitation, où son historique le suit.</translation>
    </message>
    <message>
        <source>The person responsible for the action is not in the organisation.</source>
        <translation>La personne chargée de l’action ne fait pas partie de l’organisation.</translation>
    </message>
    <message>
        <source>late since %1</source>
        <translation>en retard depuis le %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>pour le %1</translation>
    </message>
    <message>
        <source>Action follow-up</source>
        <translation>Suivi des actions</translation>
    </message>
    <message>
        <source>“%1” was deferred: its point on the backlog comes from it, so it stays on this agenda.</source>
        <translation>« %1 » a été reporté : son point reporté en vient, il reste donc à cet ordre du jour.</translation>
    </message>
    <message>
        <source>Something has been recorded on “%1”; it stays in the record.</source>
        <translation>Des éléments ont été enregistrés sur « %1 » ; il reste au registre.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n action(s) decided on it: remove them first, or defer the item.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a %n action décidée sur ce point&#xa0;: supprimez-la d’abord, ou reportez le point.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a %n actions décidées sur ce point&#xa0;: supprimez-les d’abord, ou reportez le point.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <source>planned</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
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
        <translation>Le compte rendu approuvé enregistré dans le fichier est illisible&#xa0;: le fichier est peut-être endommagé.</translation>
    </message>
</context>
<context>
    <name>MoveAgendaItemCommand</name>
    <message>
        <source>This agenda item is not on the meeting&apos;s agenda.</source>
        <translation>Ce point ne figure pas à l’ordre du jour de la réunion.</translation>
    </message>
    <message>
        <source>Move agenda item “%1”</source>
        <translation>Déplacer le point «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <source>%1 was changed elsewhere since it was shown here (another copy of Cercles on a shared folder, or another program): nothing was saved. Close the dialog, look at it again and redo your change.</source>
        <translation>%1 a été modifié ailleurs depuis son affichage ici (une autre copie de Cercles sur un dossier partagé, ou un autre programme)&#xa0;: rien n’a été enregistré. Fermez la fenêtre, regardez-le à nouveau et refaites votre modification.</translation>
    </message>
    <message>
        <source>The circle %1</source>
        <translation>Le cercle %1</translation>
    </message>
    <message>
        <source>The person %1</source>
        <translation>La fiche de %1</translation>
    </message>
    <message>
        <source>This membership</source>
        <translation>Cette appartenance</translation>
    </message>
    <message>
        <source>The role %1</source>
        <translation>Le rôle %1</translation>
    </message>
    <message>
        <source>This mandate</source>
        <translation>Ce mandat</translation>
    </message>
</context>
<context>
    <name>OrganisationService</name>
    <message>
        <source>The organisation needs a name.</source>
        <translation>L’organisation doit avoir un nom.</translation>
    </message>
    <message>
        <source>A circle needs a name.</source>
        <translation>Un cercle doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a circle named “%1”.</source>
        <translation>Il existe déjà un cercle nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The parent circle does not exist.</source>
        <translation>Le cercle supérieur n’existe pas.</translation>
    </message>
    <message>
        <source>A circle cannot be placed under itself or one of its sub-circles.</source>
        <translation>Un cercle ne peut pas être placé sous lui-même ni sous l’un de ses sous-cercles.</translation>
    </message>
    <message>
        <source>The organisation already has a top circle (%1); choose a parent circle.</source>
        <translation>L’organisation a déjà un cercle racine (%1)&#xa0;; choisissez un cercle supérieur.</translation>
    </message>
    <message>
        <source>A decision scope item cannot be empty.</source>
        <translation>Un élément du périmètre de décision ne peut pas être vide.</translation>
    </message>
    <message>
        <source>This circle no longer exists.</source>
        <translation>Ce cercle n’existe plus.</translation>
    </message>
    <message>
        <source>%1 has sub-circles; move or remove them first.</source>
        <translation>%1 a des sous-cercles&#xa0;; déplacez-les ou supprimez-les d’abord.</translation>
    </message>
    <message>
        <source>%1 has members (past or present); remove their memberships first.</source>
        <translation>%1 a des membres (passés ou actuels)&#xa0;; supprimez d’abord leurs appartenances.</translation>
    </message>
    <message>
        <source>%1 has roles; remove them first.</source>
        <translation>%1 a des rôles&#xa0;; supprimez-les d’abord.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Une personne doit avoir un nom.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Cette personne n’existe plus.</translation>
    </message>
    <message>
        <source>%1 appears in the meeting records and cannot be removed; end their memberships instead.</source>
        <translation>%1 figure dans l’historique des réunions et ne peut pas être supprimé·e&#xa0;; mettez plutôt fin à ses appartenances.</translation>
    </message>
    <message>
        <source>The start date is missing.</source>
        <translation>La date de début manque.</translation>
    </message>
    <message>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation>La date de fin (%1) précède la date de début (%2).</translation>
    </message>
    <message>
        <source>A role needs a name.</source>
        <translation>Un rôle doit avoir un nom.</translation>
    </message>
    <message>
        <source>The role&apos;s circle does not exist.</source>
        <translation>Le cercle du rôle n’existe pas.</translation>
    </message>
    <message>
        <source>Mandates refer to this role; remove them first.</source>
        <translation>Des mandats font référence à ce rôle&#xa0;; supprimez-les d’abord.</translation>
    </message>
    <message>
        <source>Choose a person and a role for the mandate.</source>
        <translation>Choisissez une personne et un rôle pour le mandat.</translation>
    </message>
    <message>
        <source>A mandate needs an end date: mandates are given for a term.</source>
        <translation>Un mandat doit avoir une date de fin&#xa0;: les mandats sont donnés pour une durée déterminée.</translation>
    </message>
    <message>
        <source>This membership no longer exists.</source>
        <translation>Cette appartenance n’existe plus.</translation>
    </message>
    <message>
        <source>This role no longer exists.</source>
        <translation>Ce rôle n’existe plus.</translation>
    </message>
    <message>
        <source>This mandate no longer exists.</source>
        <translation>Ce mandat n’existe plus.</translation>
    </message>
</context>
<context>
    <name>PersonStatus</name>
    <message>
        <source>employee</source>
        <translation>salarié·e</translation>
    </message>
    <message>
        <source>contractor</source>
        <translation>prestataire</translation>
    </message>
    <message>
        <source>member of an electoral list</source>
        <translation>membre d’une liste électorale</translation>
    </message>
    <message>
        <source>candidate in an election</source>
        <translation>candidat·e à une élection</translation>
    </message>
</context>
<context>
    <name>PresentationContent</name>
    <message>
        <source>Term: %1 to %2</source>
        <translation>Mandat du %1 au %2</translation>
    </message>
    <message>
        <source>%1 of %2 names written</source>
        <translation>%1 noms écrits sur %2</translation>
    </message>
    <message>
        <source>%1 names %2: %3</source>
        <translation>%1 nomme %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 changes to %2: %3</source>
        <translation>%1 change pour %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 keeps %2</source>
        <translation>%1 garde %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nominations now: %1</source>
        <translation>Nominations à présent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Proposal: %1 as %2</source>
        <translation>Proposition&#xa0;: %1 au rôle %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds the role %2</source>
        <translation>%1 tient le rôle %2</translation>
    </message>
    <message>
        <source>Vote open</source>
        <translation>Vote ouvert</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) cast</source>
        <translation>
            <numerusform>%n bulletin déposé</numerusform>
            <numerusform>%n bulletins déposés</numerusform>
        </translation>
    </message>
    <message>
        <source>Result of the vote</source>
        <translation>Résultat du vote</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
</context>
<context>
    <name>ProposalHistory</name>
    <message>
        <source>History of the proposal</source>
        <translation>Historique de la proposition</translation>
    </message>
    <message>
        <source>Version %1 (above)</source>
        <translation>Version %1 (ci-dessus)</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Version %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>  Consent round %1: %2 consent(s), %3 with a concern, %4 objection(s)</source>
        <translation>  Tour de consentement %1&#xa0;: %2 consentement(s), %3 avec préoccupation, %4 objection(s)</translation>
    </message>
    <message>
        <source>  Objection by %1: %2</source>
        <translation>  Objection de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>    Integrated (%1), version %2: %3</source>
        <translation>    Intégrée (%1), version %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>    Not integrated yet</source>
        <translation>    Pas encore intégrée</translation>
    </message>
    <message>
        <source>Referred by %1 (meeting of %2)</source>
        <translation>Renvoyée par %1 (réunion du %2)</translation>
    </message>
    <message>
        <source>Deferred at the meeting of %1, taken up again</source>
        <translation>Reportée lors de la réunion du %1, reprise ici</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Raison donnée&#xa0;: %1</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Questions then:</source>
        <translation>Questions posées alors&#xa0;:</translation>
    </message>
    <message>
        <source>Reactions then:</source>
        <translation>Réactions d’alors&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecordChain</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>meeting no. %1 (no longer in the file)</source>
        <translation>la réunion n°&#xa0;%1 (qui n’est plus dans le fichier)</translation>
    </message>
    <message>
        <source>the meeting of %1 (%2)</source>
        <translation>la réunion du %1 (%2)</translation>
    </message>
    <message>
        <source>an item no longer in the file</source>
        <translation>un point qui n’est plus dans le fichier</translation>
    </message>
    <message>
        <source>item %1 “%2”</source>
        <translation>point %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>event %1 (given after the meeting)</source>
        <translation>l’événement %1 (donné après la réunion)</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>l’événement %1</translation>
    </message>
    <message>
        <source>agenda item %1</source>
        <translation>le point %1 de l’ordre du jour</translation>
    </message>
    <message>
        <source>action no. %1</source>
        <translation>l’action n°&#xa0;%1</translation>
    </message>
    <message>
        <source>amendment no. %1</source>
        <translation>l’amendement n°&#xa0;%1</translation>
    </message>
    <message>
        <source>the seal of %1</source>
        <translation>le sceau de %1</translation>
    </message>
    <message>
        <source>the proposal</source>
        <translation>la proposition</translation>
    </message>
    <message>
        <source>the list of members</source>
        <translation>la liste des membres</translation>
    </message>
    <message>
        <source>how it was set up</source>
        <translation>sa mise en place</translation>
    </message>
    <message>
        <source>the grades</source>
        <translation>les mentions</translation>
    </message>
    <message>
        <source>the options</source>
        <translation>les options</translation>
    </message>
    <message>
        <source>the ballots</source>
        <translation>les bulletins</translation>
    </message>
    <message>
        <source>who voted</source>
        <translation>qui a voté</translation>
    </message>
    <message>
        <source>the paper counts</source>
        <translation>les décomptes papier</translation>
    </message>
    <message>
        <source>its closing</source>
        <translation>sa clôture</translation>
    </message>
    <message>
        <source>the attendance</source>
        <translation>les présences</translation>
    </message>
    <message>
        <source>the approval of the minutes</source>
        <translation>l’approbation du compte rendu</translation>
    </message>
    <message>
        <source>%1: %2 was added after the meeting was closed.</source>
        <translation>%1&#xa0;: %2 a été ajouté après la clôture de la réunion.</translation>
    </message>
    <message>
        <source>%1: %2, sealed when the meeting closed, is missing: it was deleted.</source>
        <translation>%1&#xa0;: %2, scellé à la clôture de la réunion, manque&#xa0;: il a été supprimé.</translation>
    </message>
    <message>
        <source>%1: %2 no longer matches its seal: it was changed after the meeting was closed.</source>
        <translation>%1&#xa0;: %2 ne correspond plus à son sceau&#xa0;: il a été modifié après la clôture de la réunion.</translation>
    </message>
    <message>
        <source>%1 is closed but its seal is missing: the record was altered.</source>
        <translation>%1 est close mais son sceau manque&#xa0;: le registre a été modifié.</translation>
    </message>
    <message>
        <source>%1, approved minutes</source>
        <translation>%1, compte rendu approuvé</translation>
    </message>
    <message>
        <source>The sealed record %1 is no longer in the file: it was deleted.</source>
        <translation>Le registre scellé %1 n’est plus dans le fichier&#xa0;: il a été supprimé.</translation>
    </message>
    <message>
        <source>The head %1 is not the head of any approval in this file: the record it covers was rewritten (or re-approved) after those minutes were sent out, or it is another organisation&apos;s file.</source>
        <translation>L’empreinte %1 n’est celle d’aucune approbation de ce fichier&#xa0;: le registre qu’elle couvre a été réécrit (ou réapprouvé) après l’envoi de ce compte rendu, ou c’est le fichier d’une autre organisation.</translation>
    </message>
    <message>
        <source>The record covered by head %1 (%2) was rewritten after those minutes were sent out: recomputed from the file it gives %3.</source>
        <translation>Le registre couvert par l’empreinte %1 (%2) a été réécrit après l’envoi de ce compte rendu&#xa0;: recalculée à partir du fichier, elle donne %3.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>the content of agenda item %1</source>
        <translation>le contenu du point %1 de l’ordre du jour</translation>
    </message>
    <message>
        <source>reopening no. %1</source>
        <translation>la réouverture nº %1</translation>
    </message>
</context>
<context>
    <name>RecordElectionEventCommand</name>
    <message>
        <source>Election: %1</source>
        <translation>Élection&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RegisterFilter</name>
    <message>
        <source>The start date (%1) is after the end date (%2): no decision could match. Change one of them.</source>
        <translation>La date de début (%1) est postérieure à la date de fin (%2)&#xa0;: aucune décision ne pourrait correspondre. Modifiez l’une des deux.</translation>
    </message>
</context>
<context>
    <name>RemoveAgendaItemCommand</name>
    <message>
        <source>This agenda item is not on the meeting&apos;s agenda.</source>
        <translation>Ce point ne figure pas à l’ordre du jour de la réunion.</translation>
    </message>
    <message>
        <source>Remove agenda item “%1”</source>
        <translation>Retirer le point «&#xa0;%1&#xa0;» de l’ordre du jour</translation>
    </message>
</context>
<context>
    <name>RemoveCircleCommand</name>
    <message>
        <source>This circle no longer exists.</source>
        <translation>Ce cercle n’existe plus.</translation>
    </message>
    <message>
        <source>Remove circle “%1”</source>
        <translation>Supprimer le cercle «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RemoveMandateCommand</name>
    <message>
        <source>This mandate no longer exists.</source>
        <translation>Ce mandat n’existe plus.</translation>
    </message>
    <message>
        <source>Remove mandate “%1” of %2</source>
        <translation>Supprimer le mandat «&#xa0;%1&#xa0;» de %2</translation>
    </message>
</context>
<context>
    <name>RemoveMembershipCommand</name>
    <message>
        <source>This membership no longer exists.</source>
        <translation>Cette appartenance n’existe plus.</translation>
    </message>
    <message>
        <source>Remove membership of %1 in %2</source>
        <translation>Supprimer l’appartenance de %1 à %2</translation>
    </message>
</context>
<context>
    <name>RemovePersonCommand</name>
    <message>
        <source>Remove person “%1”</source>
        <translation>Supprimer la personne «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RenameOrganisationCommand</name>
    <message>
        <source>Rename the organisation “%1”</source>
        <translation>Renommer l’organisation «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ScopeCheck</name>
    <message>
        <source>Unknown circle.</source>
        <translation>Cercle inconnu.</translation>
    </message>
    <message>
        <source>“%1” is in the scope of %2, not of %3.</source>
        <translation>«&#xa0;%1&#xa0;» relève du périmètre de %2, pas de %3.</translation>
    </message>
    <message>
        <source>Refer it to %1.</source>
        <translation>La renvoyer à %1.</translation>
    </message>
    <message>
        <source>%1 is the root circle: choose one of its scope items, or add the item to its scope.</source>
        <translation>%1 est le cercle racine&#xa0;: choisissez un élément de son périmètre, ou ajoutez cet élément à son périmètre.</translation>
    </message>
    <message>
        <source>This proposal is outside the scope of %1: it names none of its scope items.</source>
        <translation>Cette proposition sort du périmètre de décision de %1&#xa0;: elle n’en nomme aucun élément.</translation>
    </message>
    <message>
        <source>This proposal is outside the scope of %1: its scope item is another circle&apos;s.</source>
        <translation>Cette proposition sort du périmètre de décision de %1&#xa0;: son élément de périmètre est celui d’un autre cercle.</translation>
    </message>
</context>
<context>
    <name>StartProposalCommand</name>
    <message>
        <source>Start proposal</source>
        <translation>Commencer la proposition</translation>
    </message>
</context>
<context>
    <name>TakeUpBacklogItemCommand</name>
    <message>
        <source>Take up “%1”</source>
        <translation>Reprendre «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Vote</name>
    <message>
        <source>The ballot must give one grade per option.</source>
        <translation>Le bulletin doit donner une mention par option.</translation>
    </message>
    <message>
        <source>A grade is not on the vote&apos;s scale.</source>
        <translation>Une mention ne figure pas sur l’échelle du vote.</translation>
    </message>
    <message>
        <source>The ballot grades no option.</source>
        <translation>Le bulletin ne juge aucune option.</translation>
    </message>
    <message>
        <source>Give the counts of every option.</source>
        <translation>Indiquez les décomptes de chaque option.</translation>
    </message>
    <message>
        <source>Give one count per grade.</source>
        <translation>Indiquez un décompte par mention.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Un décompte ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The counts are too large to add up.</source>
        <translation>Les décomptes sont trop grands pour être additionnés.</translation>
    </message>
</context>
<context>
    <name>VoteRepository</name>
    <message>
        <source>The vote no longer exists in the file.</source>
        <translation>Le vote n’existe plus dans le fichier.</translation>
    </message>
    <message>
        <source>This ballot is not in the ballot box.</source>
        <translation>Ce bulletin n’est pas dans l’urne.</translation>
    </message>
</context>
<context>
    <name>cercles::ElectionService</name>
    <message>
        <source>This meeting is closed: its record can no longer change.</source>
        <translation>Cette réunion est clôturée&#xa0;: ses enregistrements ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>“%1” is not an election.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une élection.</translation>
    </message>
    <message>
        <source>An election is already recorded on “%1”.</source>
        <translation>Une élection est déjà enregistrée sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Events are recorded on this election; it stays in the record.</source>
        <translation>Des événements sont enregistrés sur cette élection&#xa0;; elle reste dans l’historique.</translation>
    </message>
    <message>
        <source>Nothing is recorded on this election yet.</source>
        <translation>Rien n’est encore enregistré sur cette élection.</translation>
    </message>
</context>
<context>
    <name>cercles::MinutesService</name>
    <message>
        <source>Close the meeting before approving its minutes.</source>
        <translation>Clôturez la réunion avant d’approuver son compte rendu.</translation>
    </message>
    <message>
        <source>The minutes cannot be approved before the meeting itself (%1).</source>
        <translation>Le compte rendu ne peut pas être approuvé avant la réunion elle-même (%1).</translation>
    </message>
    <message>
        <source>There are no minutes to approve.</source>
        <translation>Il n’y a pas de compte rendu à approuver.</translation>
    </message>
    <message>
        <source>These minutes are already approved: correct them with an amendment.</source>
        <translation>Ce compte rendu est déjà approuvé&#xa0;: corrigez-le par un amendement.</translation>
    </message>
    <message>
        <source>Write the correction.</source>
        <translation>Rédigez la correction.</translation>
    </message>
    <message>
        <source>These minutes are still a draft: correct the meeting&apos;s record instead.</source>
        <translation>Ce compte rendu est encore un brouillon&#xa0;: corrigez plutôt les enregistrements de la réunion.</translation>
    </message>
    <message>
        <source>An amendment cannot be dated before the approval (%1).</source>
        <translation>Un amendement ne peut pas être daté d’avant l’approbation (%1).</translation>
    </message>
</context>
<context>
    <name>cercles::VoteService</name>
    <message>
        <source>“%1” is not a majority-judgment vote.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un vote au jugement majoritaire.</translation>
    </message>
    <message>
        <source>A vote is already recorded on “%1”.</source>
        <translation>Un vote est déjà enregistré sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Give the vote a title.</source>
        <translation>Donnez un titre au vote.</translation>
    </message>
    <message>
        <source>A vote needs at least two options.</source>
        <translation>Un vote doit avoir au moins deux options.</translation>
    </message>
    <message>
        <source>Every option needs its own, non-empty label.</source>
        <translation>Chaque option doit avoir son propre libellé, non vide.</translation>
    </message>
    <message>
        <source>The grade given to missing judgments is not on the scale.</source>
        <translation>La mention attribuée aux jugements manquants ne figure pas sur l’échelle.</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>Le nombre de participants ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The vote is closed: no more ballots or counts can be added.</source>
        <translation>Le vote est clos&#xa0;: plus aucun bulletin ni décompte ne peut être ajouté.</translation>
    </message>
    <message>
        <source>Ballots are recorded in this vote; it stays in the record.</source>
        <translation>Des bulletins sont enregistrés dans ce vote&#xa0;; il reste dans l’historique.</translation>
    </message>
    <message>
        <source>Only a participant present at the meeting can vote.</source>
        <translation>Seule une personne présente à la réunion peut voter.</translation>
    </message>
    <message>
        <source>This participant has already voted.</source>
        <translation>Cette personne a déjà voté.</translation>
    </message>
    <message>
        <source>The vote cannot be closed: %1</source>
        <translation>Le vote ne peut pas être clos&#xa0;: %1</translation>
    </message>
    <message>
        <source>The vote is already open.</source>
        <translation>Le vote est déjà ouvert.</translation>
    </message>
    <message>
        <source>The result is shown once the facilitator closes the vote.</source>
        <translation>Le résultat s’affiche une fois que le ou la facilitateur·rice a clos le vote.</translation>
    </message>
    <message>
        <source>This participant has not voted.</source>
        <translation>Cette personne n’a pas voté.</translation>
    </message>
    <message>
        <source>Say why the vote is reopened: the reason stays in the record with the first result.</source>
        <translation>Dites pourquoi le vote est rouvert&#xa0;: le motif reste dans le registre avec le premier résultat.</translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>Le motif est trop long (%1 caractères au plus).</translation>
    </message>
</context>
<context>
    <name>cercles::ui::AboutDialog</name>
    <message>
        <source>About Cercles</source>
        <translation>À propos de Cercles</translation>
    </message>
    <message>
        <source>Cercles icon</source>
        <translation>Icône de Cercles</translation>
    </message>
    <message>
        <source>Cercles %1</source>
        <translation>Cercles %1</translation>
    </message>
    <message>
        <source>Sociocratic meetings and governance record: circles, consent rounds, elections without candidates, majority judgment, decision register and minutes.</source>
        <translation>Réunions sociocratiques et registre de gouvernance&#xa0;: cercles, tours de consentement, élections sans candidat, jugement majoritaire, registre des décisions et comptes rendus.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>Licence&#xa0;: GNU General Public License, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
</context>
<context>
    <name>cercles::ui::ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(personne de nommé)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Add the action</source>
        <translation>Ajouter l’action</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>Q&amp;uoi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;By when:</source>
        <translation>&amp;Pour quand&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cercles::ui::ActionsModel</name>
    <message>
        <source>done on %1</source>
        <translation>faite le %1</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>cercles::ui::ActionsPage</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer &amp;faite</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the actions</source>
        <translation>Exporter les actions</translation>
    </message>
    <message>
        <source>actions.csv</source>
        <translation>actions.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Mark &amp;open again</source>
        <translation>Marquer &amp;en cours</translation>
    </message>
</context>
<context>
    <name>cercles::ui::AgendaEditor</name>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Ajouter un point…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Haut</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Bas</translation>
    </message>
    <message>
        <source>&amp;Defer to backlog</source>
        <translation>&amp;Reporter le point</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Add the action &amp;follow-up</source>
        <translation>Ajouter le &amp;suivi des actions</translation>
    </message>
    <message>
        <source>An information item listing the circle&apos;s open actions</source>
        <translation>Un point d’information qui liste les actions en cours du cercle</translation>
    </message>
    <message>
        <source>Edit the agenda item</source>
        <translation>Modifier le point de l’ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>The circle has no open action to follow up.</source>
        <translation>Le cercle n’a aucune action en cours à suivre.</translation>
    </message>
</context>
<context>
    <name>cercles::ui::AgendaItemDialog</name>
    <message>
        <source>Add agenda item</source>
        <translation>Ajouter un point à l’ordre du jour</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>Type de point</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Person concerned:</source>
        <translation>&amp;Personne concernée&#xa0;:</translation>
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
        <translation>N°</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
</context>
<context>
    <name>cercles::ui::AmendDialog</name>
    <message>
        <source>Amend the proposal</source>
        <translation>Amender la proposition</translation>
    </message>
    <message>
        <source>Amended proposal text</source>
        <translation>Texte amendé de la proposition</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de révision</translation>
    </message>
    <message>
        <source>Change the review date</source>
        <translation>Modifier la date de révision</translation>
    </message>
    <message>
        <source>Save and start a consent round</source>
        <translation>Enregistrer et lancer un tour de consentement</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Proposition&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cercles::ui::AttendanceModel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
</context>
<context>
    <name>cercles::ui::BacklogModel</name>
    <message>
        <source>taken up</source>
        <translation>repris</translation>
    </message>
    <message>
        <source>referred by a sub-circle</source>
        <translation>renvoyé par un sous-cercle</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>cercles::ui::BacklogPanel</name>
    <message>
        <source>Backlog</source>
        <translation>Points reportés</translation>
    </message>
    <message>
        <source>&amp;Take up into this meeting</source>
        <translation>&amp;Reprendre dans cette réunion</translation>
    </message>
    <message>
        <source>Backlog:</source>
        <translation>Points reportés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cercles::ui::CircleDialog</name>
    <message>
        <source>Edit circle</source>
        <translation>Modifier le cercle</translation>
    </message>
    <message>
        <source>New circle</source>
        <translation>Nouveau cercle</translation>
    </message>
    <message>
        <source>(none: the root circle)</source>
        <translation>(aucun&#xa0;: cercle racine)</translation>
    </message>
    <message>
        <source>New scope item, e.g. budget</source>
        <translation>Nouvel élément du périmètre, p. ex. budget</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Raison d’être&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;arent circle:</source>
        <translation>Cercle &amp;supérieur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Meets:</source>
        <translation>Se ré&amp;unit&#xa0;:</translation>
    </message>
    <message>
        <source>Decision &amp;scope:</source>
        <translation>&amp;Périmètre de décision&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Operating rules:</source>
        <translation>Règles de &amp;fonctionnement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Entry:</source>
        <translation>&amp;Entrée&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xit:</source>
        <translation>S&amp;ortie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Decisions:</source>
        <translation>&amp;Décisions&#xa0;:</translation>
    </message>
    <message>
        <source>Red lines (a member may not be):</source>
        <translation>Lignes rouges (un membre ne peut pas être)&#xa0;:</translation>
    </message>
    <message>
        <source>(none: the name alone)</source>
        <translation>(aucun&#xa0;: le nom seul)</translation>
    </message>
    <message>
        <source>How French sentences name the circle: “du Conseil de Coordination”, “à l’Assemblée Populaire”.</source>
        <translation>Comment les phrases nomment le cercle&#xa0;: «&#xa0;du Conseil de Coordination&#xa0;», «&#xa0;à l’Assemblée Populaire&#xa0;».</translation>
    </message>
    <message>
        <source>French ar&amp;ticle:</source>
        <translation>Ar&amp;ticle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cercles::ui::CircleEditor</name>
    <message>
        <source>Remove circle</source>
        <translation>Supprimer le cercle</translation>
    </message>
    <message>
        <source>Remove the circle “%1”?</source>
        <translation>Supprimer le cercle «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Last day of %1 in %2</source>
        <translation>Dernier jour de %1 dans %2</translation>
    </message>
    <message>
        <source>Delete the membership of %1 in %2? This corrects a mistaken entry; to record that the person left, end the membership instead.</source>
        <translation>Supprimer l’appartenance de %1 à %2&#xa0;? Cela corrige une saisie erronée&#xa0;; pour enregistrer que la personne est partie, mettez plutôt fin à l’appartenance.</translation>
    </message>
    <message>
        <source>Delete membership</source>
        <translation>Supprimer l’appartenance</translation>
    </message>
    <message>
        <source>Choose one of the circle&apos;s roles; to give a new role, add a new mandate.</source>
        <translation>Choisissez l’un des rôles du cercle&#xa0;; pour confier un nouveau rôle, ajoutez un nouveau mandat.</translation>
    </message>
    <message>
        <source>Delete the mandate “%1” of %2?</source>
        <translation>Supprimer le mandat «&#xa0;%1&#xa0;» de %2&#xa0;?</translation>
    </message>
    <message>
        <source>Delete mandate</source>
        <translation>Supprimer le mandat</translation>
    </message>
</context>
<context>
    <name>cercles::ui::CirclePage</name>
    <message>
        <source>&amp;Edit circle…</source>
        <translation>Modifier le &amp;cercle…</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>Ajouter un m&amp;embre…</translation>
    </message>
    <message>
        <source>E&amp;nd membership…</source>
        <translation>Mettre fin à l’&amp;appartenance…</translation>
    </message>
    <message>
        <source>Delete membership</source>
        <translation>Supprimer l’appartenance</translation>
    </message>
    <message>
        <source>Add m&amp;andate…</source>
        <translation>Ajouter un ma&amp;ndat…</translation>
    </message>
    <message>
        <source>Edit mandate…</source>
        <translation>Modifier le mandat…</translation>
    </message>
    <message>
        <source>Delete mandate</source>
        <translation>Supprimer le mandat</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>Au sein de&#xa0;:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Raison d’être&#xa0;:</translation>
    </message>
    <message>
        <source>Meets:</source>
        <translation>Se réunit&#xa0;:</translation>
    </message>
    <message>
        <source>Decision scope:</source>
        <translation>Périmètre de décision&#xa0;:</translation>
    </message>
    <message>
        <source>Operating rules:</source>
        <translation>Règles de fonctionnement&#xa0;:</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Entrée&#xa0;:</translation>
    </message>
    <message>
        <source>Exit:</source>
        <translation>Sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Décisions&#xa0;:</translation>
    </message>
    <message>
        <source>Red lines:</source>
        <translation>Lignes rouges&#xa0;:</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandats</translation>
    </message>
    <message>
        <source>(the root circle)</source>
        <translation>(cercle racine)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>cercles::ui::CircleTreeModel</name>
    <message>
        <source>Circles</source>
        <translation>Cercles</translation>
    </message>
</context>
<context>
    <name>cercles::ui::ConsentPanel</name>
    <message>
        <source>Step of the process</source>
        <translation>Étape du processus</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Driver, responsible, review date and scope</source>
        <translation>Raison, responsable, date de révision et périmètre</translation>
    </message>
    <message>
        <source>Participants in speaking order</source>
        <translation>Participants dans l’ordre de parole</translation>
    </message>
    <message>
        <source>Current speaker</source>
        <translation>Personne qui a la parole</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>Time per speaker, in seconds</source>
        <translation>Temps par personne, en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Question, reaction, objection reason or concern</source>
        <translation>Question, réaction, motif d’objection ou préoccupation</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indication</translation>
    </message>
    <message>
        <source>Clarifying questions  [Ctrl+Shift+Q]</source>
        <translation>Questions de clarification  [Ctrl+Maj+Q]</translation>
    </message>
    <message>
        <source>Reactions  [Ctrl+Shift+R]</source>
        <translation>Réactions  [Ctrl+Maj+R]</translation>
    </message>
    <message>
        <source>Consent round  [Ctrl+Shift+C]</source>
        <translation>Tour de consentement  [Ctrl+Maj+C]</translation>
    </message>
    <message>
        <source>Close the round  [Ctrl+Enter]</source>
        <translation>Clore le tour  [Ctrl+Entrée]</translation>
    </message>
    <message>
        <source>Amend…  [Ctrl+Shift+A]</source>
        <translation>Amender…  [Ctrl+Maj+A]</translation>
    </message>
    <message>
        <source>Integrate objection…  [Ctrl+Shift+I]</source>
        <translation>Intégrer une objection…  [Ctrl+Maj+I]</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Defer…</source>
        <translation>Reporter…</translation>
    </message>
    <message>
        <source>Refer to parent circle…</source>
        <translation>Renvoyer au cercle supérieur…</translation>
    </message>
    <message>
        <source>Response after the meeting…</source>
        <translation>Réponse après la réunion…</translation>
    </message>
    <message>
        <source>Time per speaker:</source>
        <translation>Temps par personne&#xa0;:</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Person concerned: %1</source>
        <translation>Personne concernée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Périmètre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Indicator: %1</source>
        <translation>Indicateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Turn: %1</source>
        <translation>Au tour de %1</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question&#xa0;:</translation>
    </message>
    <message>
        <source>Reaction:</source>
        <translation>Réaction&#xa0;:</translation>
    </message>
    <message>
        <source>Reason / concern:</source>
        <translation>Motif / préoccupation&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Why (for a withdrawal, deferral or referral)</source>
        <translation>Pourquoi (pour un retrait, un report ou un renvoi)</translation>
    </message>
    <message numerus="yes">
        <source>%n objection(s) to integrate (Ctrl+Shift+I).</source>
        <translation>
            <numerusform>%n objection à intégrer (Ctrl+Maj+I).</numerusform>
            <numerusform>%n objections à intégrer (Ctrl+Maj+I).</numerusform>
        </translation>
    </message>
    <message>
        <source>All objections integrated: start a new consent round (Ctrl+Shift+C).</source>
        <translation>Toutes les objections sont intégrées&#xa0;: lancez un nouveau tour de consentement (Ctrl+Maj+C).</translation>
    </message>
    <message>
        <source>Waiting for: %1</source>
        <translation>En attente de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Withdraw the proposal</source>
        <translation>Retirer la proposition</translation>
    </message>
    <message>
        <source>Withdraw the proposal “%1”? It stays in the record as withdrawn.</source>
        <translation>Retirer la proposition «&#xa0;%1&#xa0;»&#xa0;? Elle reste dans l’historique comme retirée.</translation>
    </message>
    <message>
        <source>Defer the proposal</source>
        <translation>Reporter la proposition</translation>
    </message>
    <message>
        <source>Defer the proposal “%1” to a later meeting?</source>
        <translation>Reporter la proposition «&#xa0;%1&#xa0;» à une prochaine réunion&#xa0;?</translation>
    </message>
    <message>
        <source>%1 has no parent circle to refer the proposal to.</source>
        <translation>%1 n’a pas de cercle supérieur auquel renvoyer la proposition.</translation>
    </message>
    <message>
        <source>Refer the proposal to %1?</source>
        <translation>Renvoyer la proposition à %1&#xa0;?</translation>
    </message>
    <message>
        <source>Refer to the parent circle</source>
        <translation>Renvoyer au cercle supérieur</translation>
    </message>
    <message>
        <source>Version %1 — review %2</source>
        <translation>Version %1 — révision le %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Consent round %1</source>
        <translation>Tour de consentement %1</translation>
    </message>
    <message>
        <source>Click a participant to give them the turn, e.g. to change their answer</source>
        <translation>Cliquez sur une personne pour lui donner la parole, par exemple pour changer sa réponse</translation>
    </message>
    <message>
        <source>Last record</source>
        <translation>Dernier enregistrement</translation>
    </message>
    <message>
        <source>Next speaker  [Ctrl+Down]</source>
        <translation>Personne suivante  [Ctrl+Bas]</translation>
    </message>
    <message>
        <source>Previous speaker  [Ctrl+Up]</source>
        <translation>Personne précédente  [Ctrl+Haut]</translation>
    </message>
    <message>
        <source>Consent  [Ctrl+1]</source>
        <translation>Consentement  [Ctrl+1]</translation>
    </message>
    <message>
        <source>Objection  [Ctrl+2]</source>
        <translation>Objection  [Ctrl+2]</translation>
    </message>
    <message>
        <source>Concern  [Ctrl+3]</source>
        <translation>Préoccupation  [Ctrl+3]</translation>
    </message>
    <message>
        <source>%1 cannot take the turn now.</source>
        <translation>%1 ne peut pas prendre la parole maintenant.</translation>
    </message>
    <message>
        <source>Type the question, Enter records it; Ctrl+Down: the speaker passes</source>
        <translation>Tapez la question, Entrée l’enregistre&#xa0;; Ctrl+Bas&#xa0;: la personne passe</translation>
    </message>
    <message>
        <source>Type the reaction, Enter records it; Ctrl+Down: the speaker passes</source>
        <translation>Tapez la réaction, Entrée l’enregistre&#xa0;; Ctrl+Bas&#xa0;: la personne passe</translation>
    </message>
    <message>
        <source>Ctrl+1 consent; type the reason then Ctrl+2 objection, or the concern then Ctrl+3</source>
        <translation>Ctrl+1 consentement&#xa0;; tapez le motif puis Ctrl+2 pour une objection, ou la préoccupation puis Ctrl+3</translation>
    </message>
    <message>
        <source>Everyone present has answered: close the round (Ctrl+Enter), or click a participant who changes their answer.</source>
        <translation>Tout le monde a répondu&#xa0;: clôturez le tour (Ctrl+Entrée), ou cliquez sur une personne qui change sa réponse.</translation>
    </message>
    <message>
        <source>Recorded — amendment: version %1</source>
        <translation>Enregistré — amendement&#xa0;: version %1</translation>
    </message>
    <message>
        <source>Recorded — objection integrated</source>
        <translation>Enregistré — objection intégrée</translation>
    </message>
    <message>
        <source>Recorded — proposal withdrawn</source>
        <translation>Enregistré — proposition retirée</translation>
    </message>
    <message>
        <source>Recorded — proposal deferred</source>
        <translation>Enregistré — proposition reportée</translation>
    </message>
    <message>
        <source>Recorded — proposal referred to %1</source>
        <translation>Enregistré — proposition renvoyée à %1</translation>
    </message>
    <message>
        <source>Recorded — answer given after the meeting</source>
        <translation>Enregistré — réponse donnée après la réunion</translation>
    </message>
    <message>
        <source>History of the proposal</source>
        <translation>Historique de la proposition</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recorded again: %1</source>
        <translation>Enregistré à nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>answer given after the meeting</source>
        <translation>réponse donnée après la réunion</translation>
    </message>
</context>
<context>
    <name>cercles::ui::ConsentRuleEditor</name>
    <message>
        <source>except the person concerned</source>
        <translation>sauf la personne concernée</translation>
    </message>
    <message>
        <source>consent of the members present</source>
        <translation>consentement des membres présents</translation>
    </message>
    <message>
        <source>consent of all members, present or not</source>
        <translation>consentement de tous les membres, présents ou non</translation>
    </message>
</context>
<context>
    <name>cercles::ui::ElectionPanel</name>
    <message>
        <source>Describe the role and its term, and agree the qualifications. Nobody is a candidate: each participant will write one name.</source>
        <translation>Décrivez le rôle et la durée du mandat, et convenez des critères. Personne n’est candidat&#xa0;: chaque participant·e écrira un nom.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>What the role does (kept from the circle for an existing role)</source>
        <translation>Ce que fait le rôle (repris du cercle pour un rôle existant)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>Duré&amp;e du mandat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Qualifications:</source>
        <translation>&amp;Critères&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start the election</source>
        <translation>&amp;Lancer l’élection</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Open the nominations</source>
        <translation>&amp;Ouvrir les nominations</translation>
    </message>
    <message>
        <source>&amp;Record and next participant</source>
        <translation>&amp;Enregistrer et passer à la personne suivante</translation>
    </message>
    <message>
        <source>Ctrl+Enter, or Enter in the reason field</source>
        <translation>Ctrl+Entrée, ou Entrée dans le champ du motif</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Consentement</translation>
    </message>
    <message>
        <source>O&amp;bject</source>
        <translation>O&amp;bjection</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Proposer</translation>
    </message>
    <message>
        <source>Change the &amp;term</source>
        <translation>Changer la &amp;durée</translation>
    </message>
    <message>
        <source>Change the ro&amp;le</source>
        <translation>Changer le rô&amp;le</translation>
    </message>
    <message>
        <source>&amp;Undo last</source>
        <translation>&amp;Annuler le dernier enregistrement</translation>
    </message>
    <message>
        <source>Cancel the election</source>
        <translation>Annuler l’élection</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>%1 has written a name.</source>
        <translation>%1 a écrit un nom.</translation>
    </message>
    <message>
        <source>%1 named %2.</source>
        <translation>%1 a nommé %2.</translation>
    </message>
    <message>
        <source>Nomination round — %1: %2</source>
        <translation>Tour de nominations — %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Change round — %1 changes to %2: %3</source>
        <translation>Tour de changement — %1 change pour %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Change round — %1 keeps %2. %3</source>
        <translation>Tour de changement — %1 maintient %2. %3</translation>
    </message>
    <message>
        <source>Proposal: %1 as %2, %3 to %4. %5</source>
        <translation>Proposition&#xa0;: %1 comme %2, du %3 au %4. %5</translation>
    </message>
    <message>
        <source>%1 objects: %2</source>
        <translation>%1 fait objection&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 consents.</source>
        <translation>%1 consent.</translation>
    </message>
    <message>
        <source>%1 consents, with a concern: %2</source>
        <translation>%1 consent, avec une préoccupation&#xa0;: %2</translation>
    </message>
    <message>
        <source>Term changed: %1 to %2. %3</source>
        <translation>Durée modifiée&#xa0;: du %1 au %2. %3</translation>
    </message>
    <message>
        <source>Role changed: %1. %2</source>
        <translation>Rôle modifié&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>Elected: %1 as %2, %3 to %4.</source>
        <translation>Élu·e&#xa0;: %1 comme %2, du %3 au %4.</translation>
    </message>
    <message>
        <source>Role: %1 · Term: %2 to %3
Qualifications: %4</source>
        <translation>Rôle&#xa0;: %1 · Mandat&#xa0;: du %2 au %3
Critères&#xa0;: %4</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun critère enregistré</translation>
    </message>
    <message>
        <source>Everyone present will write one name; they may name themselves.</source>
        <translation>Chaque personne présente écrira un nom&#xa0;; elle peut se nommer elle-même.</translation>
    </message>
    <message>
        <source>Every name is written. Start the nomination round.</source>
        <translation>Tous les noms sont écrits. Lancez le tour de nominations.</translation>
    </message>
    <message>
        <source>%1 writes one name:</source>
        <translation>%1 écrit un nom&#xa0;:</translation>
    </message>
    <message>
        <source>Start the &amp;nomination round</source>
        <translation>Lancer le tour de &amp;nominations</translation>
    </message>
    <message>
        <source>Everyone has said why. Start the change round.</source>
        <translation>Chacun·e a dit pourquoi. Lancez le tour de changement.</translation>
    </message>
    <message>
        <source>%1 named %2. Why?</source>
        <translation>%1 a nommé %2. Pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>Their reasons</source>
        <translation>Ses raisons</translation>
    </message>
    <message>
        <source>Start the &amp;change round</source>
        <translation>Lancer le tour de c&amp;hangement</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nominations now: %1. The facilitator proposes a person and a term, with reasons.</source>
        <translation>Nominations actuelles&#xa0;: %1. Le ou la facilitateur·rice propose une personne et une durée de mandat, avec ses raisons.</translation>
    </message>
    <message>
        <source>Reasons for the proposal</source>
        <translation>Raisons de la proposition</translation>
    </message>
    <message>
        <source>%1 named %2: keep or change, and why?</source>
        <translation>%1 a nommé %2&#xa0;: maintenir ou changer, et pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>Why (required for a change)</source>
        <translation>Pourquoi (obligatoire pour un changement)</translation>
    </message>
    <message>
        <source>Close the &amp;round</source>
        <translation>Clore le &amp;tour</translation>
    </message>
    <message>
        <source>Everyone has answered. Close the round.</source>
        <translation>Tout le monde a répondu. Clôturez le tour.</translation>
    </message>
    <message>
        <source>%1, the person proposed, answers last:</source>
        <translation>%1, la personne proposée, répond en dernier&#xa0;:</translation>
    </message>
    <message>
        <source>%1 answers (consent, or objection with its reason):</source>
        <translation>%1 répond (consentement, ou objection avec son motif)&#xa0;:</translation>
    </message>
    <message>
        <source>Concern or objection reason</source>
        <translation>Préoccupation ou motif d’objection</translation>
    </message>
    <message>
        <source>Integrate the objections: change the term or the role, then start a new consent round; or propose another person.</source>
        <translation>Intégrez les objections&#xa0;: changez la durée ou le rôle, puis lancez un nouveau tour de consentement&#xa0;; ou proposez une autre personne.</translation>
    </message>
    <message>
        <source>New consent &amp;round</source>
        <translation>Nouveau &amp;tour de consentement</translation>
    </message>
    <message>
        <source>Why, or the role&apos;s new description</source>
        <translation>Pourquoi, ou la nouvelle description du rôle</translation>
    </message>
    <message>
        <source>%1 is elected. The mandate is recorded.</source>
        <translation>%1 est élu·e. Le mandat est enregistré.</translation>
    </message>
    <message>
        <source>The election was cancelled.</source>
        <translation>L’élection a été annulée.</translation>
    </message>
    <message>
        <source>Cancel the election? It stays in the record as cancelled, with the reason typed in the field.</source>
        <translation>Annuler l’élection&#xa0;? Elle reste dans l’historique comme annulée, avec le motif tapé dans le champ.</translation>
    </message>
</context>
<context>
    <name>cercles::ui::FacilitationWindow</name>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Meeting status</source>
        <translation>État de la réunion</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation>Ouvrir la réunion</translation>
    </message>
    <message>
        <source>Close the meeting…</source>
        <translation>Clore la réunion…</translation>
    </message>
    <message>
        <source>Presentation screen  [F5]</source>
        <translation>Écran de présentation  [F5]</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Presentation screen</source>
        <translation>Écran de présentation</translation>
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
        <translation>L’ordre du jour est vide.</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>Clore la réunion</translation>
    </message>
    <message>
        <source>↶ Undone: %1</source>
        <translation>↶ Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Close the meeting? Closing makes the record final. Nothing recorded in it can be undone any more, not even the close. Responses of absent members can still be added afterwards.</source>
        <translation>Clore la réunion&#xa0;? La clôture rend définitif ce qui a été enregistré. Plus rien ne pourra être annulé, pas même la clôture. Les réponses des membres absents pourront encore être ajoutées ensuite.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not closed: %1</source>
        <translation>Non close&#xa0;: %1</translation>
    </message>
    <message>
        <source>✔ Meeting closed: its record is final</source>
        <translation>✔ Réunion close&#xa0;: son historique est définitif</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Non ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>✔ Meeting open (opening cannot be undone)</source>
        <translation>✔ Réunion ouverte (l’ouverture ne s’annule pas)</translation>
    </message>
    <message>
        <source>✔ Saved at %1</source>
        <translation>✔ Enregistré à %1</translation>
    </message>
    <message>
        <source>✔ Saved at %1 — %2</source>
        <translation>✔ Enregistré à %1 — %2</translation>
    </message>
</context>
<context>
    <name>cercles::ui::GuideDialog</name>
    <message>
        <source>Cercles user guide</source>
        <translation>Guide d’utilisation de Cercles</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
</context>
<context>
    <name>cercles::ui::IntegrationDialog</name>
    <message>
        <source>Integrate an objection</source>
        <translation>Intégrer une objection</translation>
    </message>
    <message>
        <source>Objection to integrate</source>
        <translation>Objection à intégrer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>New review date</source>
        <translation>Nouvelle date de révision</translation>
    </message>
    <message>
        <source>&amp;Objection:</source>
        <translation>&amp;Objection&#xa0;:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>New &amp;review date:</source>
        <translation>Nouvelle date de &amp;révision&#xa0;:</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Proposal text</source>
        <translation>Texte de la proposition</translation>
    </message>
    <message>
        <source>How the concern will be measured</source>
        <translation>Comment la préoccupation sera mesurée</translation>
    </message>
    <message>
        <source>The proposal text</source>
        <translation>Le texte de la proposition</translation>
    </message>
</context>
<context>
    <name>cercles::ui::ItemRecordPanel</name>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Outcome of the item</source>
        <translation>Issue du point</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>Content of the information</source>
        <translation>Contenu de l’information</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What was said, as the secretary notes it</source>
        <translation>Ce qui a été dit, tel que le ou la secrétaire le note</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Add an &amp;action…</source>
        <translation>Ajouter une &amp;action…</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Actions&#xa0;:</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Issue&#xa0;: %1</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(personne de nommé)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>pour le %1</translation>
    </message>
    <message>
        <source>notes of “%1”</source>
        <translation>notes de « %1 »</translation>
    </message>
    <message>
        <source>content of “%1”</source>
        <translation>contenu de « %1 »</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 »&#xa0;: %2</translation>
    </message>
    <message>
        <source>action “%1”</source>
        <translation>action « %1 »</translation>
    </message>
</context>
<context>
    <name>cercles::ui::LateResponseDialog</name>
    <message>
        <source>Record a response given after the meeting</source>
        <translation>Enregistrer une réponse donnée après la réunion</translation>
    </message>
    <message>
        <source>Absent member</source>
        <translation>Membre absent</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Concern or objection reason</source>
        <translation>Préoccupation ou motif d’objection</translation>
    </message>
    <message>
        <source>Concern (optional) or reason for the objection (required)</source>
        <translation>Préoccupation (facultative) ou motif de l’objection (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membre&#xa0;:</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Réponse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Date the answer was given</source>
        <translation>Date de la réponse</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Donnée le&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cercles::ui::MainWindow</name>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>Cercles organisation (*.cercles)</source>
        <translation>Organisation Cercles (*.cercles)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>New from &amp;template (sociocratic association)…</source>
        <translation>Nouveau à partir d’un &amp;modèle (association sociocratique)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Rename the &amp;organisation…</source>
        <translation>Renommer l’&amp;organisation…</translation>
    </message>
    <message>
        <source>&amp;New circle…</source>
        <translation>&amp;Nouveau cercle…</translation>
    </message>
    <message>
        <source>New &amp;sub-circle…</source>
        <translation>Nouveau &amp;sous-cercle…</translation>
    </message>
    <message>
        <source>&amp;Edit circle…</source>
        <translation>Modifier le &amp;cercle…</translation>
    </message>
    <message>
        <source>&amp;Remove circle…</source>
        <translation>Supp&amp;rimer le cercle…</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nouvelle &amp;personne…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>The record was altered outside Cercles: %1</source>
        <translation>Le registre a été modifié en dehors de Cercles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
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
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved: undo of %1</source>
        <translation>Enregistré&#xa0;: annulation de %1</translation>
    </message>
    <message>
        <source>New organisation from the template</source>
        <translation>Nouvelle organisation à partir du modèle</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Open an organisation</source>
        <translation>Ouvrir une organisation</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Copie enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rename the organisation</source>
        <translation>Renommer l’organisation</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Minutes…</source>
        <translation>Comp&amp;tes rendus…</translation>
    </message>
    <message>
        <source>Export the decision &amp;register…</source>
        <translation>Exporter le registre des &amp;décisions…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;About Cercles</source>
        <translation>À &amp;propos de Cercles</translation>
    </message>
    <message>
        <source>Opened %1: the record was altered outside Cercles</source>
        <translation>Ouvert&#xa0;: %1 — le registre a été modifié en dehors de Cercles</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
</context>
<context>
    <name>cercles::ui::MandateDialog</name>
    <message>
        <source>Edit mandate</source>
        <translation>Modifier le mandat</translation>
    </message>
    <message>
        <source>New mandate</source>
        <translation>Nouveau mandat</translation>
    </message>
    <message>
        <source>an existing role, or a new role name</source>
        <translation>un rôle existant, ou le nom d’un nouveau rôle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End (last day):</source>
        <translation>&amp;Fin (dernier jour)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cercles::ui::MandateExpiryModel</name>
    <message numerus="yes">
        <source>Ended %n day(s) ago</source>
        <translation>
            <numerusform>Terminé depuis %n jour</numerusform>
            <numerusform>Terminé depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>Se termine aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>Ends in %n day(s)</source>
        <translation>
            <numerusform>Se termine dans %n jour</numerusform>
            <numerusform>Se termine dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>cercles::ui::MandatesModel</name>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>cercles::ui::MandatesView</name>
    <message numerus="yes">
        <source>No mandate ends within %n day(s), and none has ended.</source>
        <translation>
            <numerusform>Aucun mandat ne se termine d’ici %n jour, et aucun n’est terminé.</numerusform>
            <numerusform>Aucun mandat ne se termine d’ici %n jours, et aucun n’est terminé.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 within %2 days; %3. Hold an election without candidates before a mandate ends.</source>
        <translation>%1 d’ici %2 jours&#xa0;; %3. Organisez une élection sans candidat avant la fin d’un mandat.</translation>
    </message>
    <message numerus="yes">
        <source>%n mandate(s) end</source>
        <translation>
            <numerusform>%n mandat se termine</numerusform>
            <numerusform>%n mandats se terminent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already ended</source>
        <translation>
            <numerusform>%n déjà terminé</numerusform>
            <numerusform>%n déjà terminés</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Mandates</source>
        <translation>&amp;Mandats</translation>
    </message>
</context>
<context>
    <name>cercles::ui::MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitateur·rice</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation>Langue du compte rendu</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <source>Date and place of the next meeting, as announced</source>
        <translation>Date et lieu de la prochaine réunion, tels qu’annoncés</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Person to invite</source>
        <translation>Personne à inviter</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>Ajouter un·e invité·e</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>&amp;Circle:</source>
        <translation>&amp;Cercle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitateur·rice&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Secretary:</source>
        <translation>&amp;Secrétaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Minutes in:</source>
        <translation>Compte &amp;rendu en&#xa0;:</translation>
    </message>
    <message>
        <source>Attendance (members first):</source>
        <translation>Présences (membres d’abord)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Next meeting:</source>
        <translation>&amp;Prochaine réunion&#xa0;:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>Date, time, zone:</source>
        <translation>Date, heure, fuseau&#xa0;:</translation>
    </message>
    <message>
        <source>Which occurrence of this time</source>
        <translation>Laquelle des deux occurrences de cette heure</translation>
    </message>
    <message>
        <source>%1 does not exist on that day in %2: the clocks skip it. The meeting will start at %3 (%4), the first valid time.</source>
        <translation>%1 n’existe pas ce jour-là dans le fuseau %2&#xa0;: les horloges sautent cette heure. La réunion commencera à %3 (%4), la première heure valide.</translation>
    </message>
    <message>
        <source>%1 happens twice on that day in %2: the clocks go back. Choose which one.</source>
        <translation>%1 a lieu deux fois ce jour-là dans le fuseau %2&#xa0;: les horloges reculent. Choisissez laquelle.</translation>
    </message>
    <message>
        <source>The first, %1 (before the change)</source>
        <translation>La première, %1 (avant le changement d’heure)</translation>
    </message>
    <message>
        <source>The second, %1 (after the change)</source>
        <translation>La seconde, %1 (après le changement d’heure)</translation>
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
        <translation>Début (heure locale)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>cercles::ui::MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Open &amp;facilitation</source>
        <translation>Ouvrir la &amp;facilitation</translation>
    </message>
    <message>
        <source>Agenda of the selected meeting:</source>
        <translation>Ordre du jour de la réunion sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <source>Meetings of %1</source>
        <translation>Réunions de %1</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>&amp;Facilitate…</source>
        <translation>&amp;Faciliter…</translation>
    </message>
</context>
<context>
    <name>cercles::ui::MembersModel</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statuts</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
</context>
<context>
    <name>cercles::ui::MembershipDialog</name>
    <message>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Circle:</source>
        <translation>&amp;Cercle&#xa0;:</translation>
    </message>
    <message>
        <source>Member &amp;from:</source>
        <translation>Membre &amp;depuis le&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cercles::ui::MeritProfileChart</name>
    <message>
        <source>Merit profiles</source>
        <translation>Profils de mérites</translation>
    </message>
</context>
<context>
    <name>cercles::ui::MinutesDialog</name>
    <message>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Language of the meeting</source>
        <translation>Langue de la réunion</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Réunion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>Exporter en &amp;ODT…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>Approu&amp;ver…</translation>
    </message>
    <message>
        <source>Add an a&amp;mendment…</source>
        <translation>Ajouter un a&amp;mendement…</translation>
    </message>
    <message>
        <source>Export the decision &amp;register…</source>
        <translation>Exporter le registre des &amp;décisions…</translation>
    </message>
    <message>
        <source>There is no meeting yet.</source>
        <translation>Il n’y a pas encore de réunion.</translation>
    </message>
    <message numerus="yes">
        <source>Approved on %1; %n amendment(s).</source>
        <translation>
            <numerusform>Approuvé le %1&#xa0;; %n amendement.</numerusform>
            <numerusform>Approuvé le %1&#xa0;; %n amendements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft: the circle has not approved these minutes yet.</source>
        <translation>Projet&#xa0;: le cercle n’a pas encore approuvé ce compte rendu.</translation>
    </message>
    <message>
        <source>Draft: the meeting is not closed yet.</source>
        <translation>Projet&#xa0;: la réunion n’est pas encore clôturée.</translation>
    </message>
    <message>
        <source>Minutes: preview</source>
        <translation>Compte rendu&#xa0;: aperçu</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>compte-rendu</translation>
    </message>
    <message>
        <source>Export the minutes as PDF</source>
        <translation>Exporter le compte rendu en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the minutes as OpenDocument text</source>
        <translation>Exporter le compte rendu en texte OpenDocument</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>Approuver le compte rendu</translation>
    </message>
    <message>
        <source>Once approved, the minutes are frozen: later corrections are recorded as amendments.</source>
        <translation>Une fois approuvé, le compte rendu est figé&#xa0;: les corrections ultérieures sont enregistrées comme amendements.</translation>
    </message>
    <message>
        <source>Approved by the circle on:</source>
        <translation>Approuvé par le cercle le&#xa0;:</translation>
    </message>
    <message>
        <source>Amend the approved minutes</source>
        <translation>Amender le compte rendu approuvé</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Par&#xa0;:</translation>
    </message>
    <message>
        <source>Correction:</source>
        <translation>Correction&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cercles::ui::ParticipantsModel</name>
    <message>
        <source>to speak</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>a passé</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>a posé une question</translation>
    </message>
    <message>
        <source>reacted</source>
        <translation>a réagi</translation>
    </message>
    <message>
        <source>to answer</source>
        <translation>doit répondre</translation>
    </message>
    <message>
        <source>absent, to answer later</source>
        <translation>absent·e, répondra plus tard</translation>
    </message>
    <message>
        <source>%1 (given after the meeting)</source>
        <translation>%1 (donné après la réunion)</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statuts</translation>
    </message>
    <message>
        <source>Circles today</source>
        <translation>Cercles actuels</translation>
    </message>
</context>
<context>
    <name>cercles::ui::PeoplePage</name>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>&amp;Modifier la personne…</translation>
    </message>
    <message>
        <source>&amp;Remove person…</source>
        <translation>&amp;Supprimer la personne…</translation>
    </message>
</context>
<context>
    <name>cercles::ui::PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>e-mail or phone</source>
        <translation>courriel ou téléphone</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact&#xa0;:</translation>
    </message>
    <message>
        <source>Statuses:</source>
        <translation>Statuts&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cercles::ui::PersonEditor</name>
    <message>
        <source>Remove %1? Their memberships (%2) and mandates (%3) go with them; undo puts everything back.</source>
        <translation>Supprimer %1&#xa0;? Ses appartenances (%2) et ses mandats (%3) seront supprimés aussi&#xa0;; l’annulation rétablit tout.</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Supprimer la personne</translation>
    </message>
</context>
<context>
    <name>cercles::ui::PresentationWindow</name>
    <message>
        <source>Cercles — presentation</source>
        <translation>Cercles — présentation</translation>
    </message>
    <message>
        <source>Presentation screen</source>
        <translation>Écran de présentation</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Whose turn it is</source>
        <translation>À qui est la parole</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Objections</translation>
    </message>
    <message>
        <source>Turn: %1</source>
        <translation>Au tour de %1</translation>
    </message>
    <message>
        <source>Consent %1   ·   Concern %2   ·   Objection %3   ·   Awaited %4</source>
        <translation>Consentement %1   ·   Préoccupation %2   ·   Objection %3   ·   En attente %4</translation>
    </message>
    <message>
        <source>Names and options</source>
        <translation>Noms et options</translation>
    </message>
</context>
<context>
    <name>cercles::ui::ProposalForm</name>
    <message>
        <source>Proposal text</source>
        <translation>Texte de la proposition</translation>
    </message>
    <message>
        <source>Driver or reason</source>
        <translation>Raison ou besoin</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Personne responsable</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de révision</translation>
    </message>
    <message>
        <source>No review date</source>
        <translation>Pas de date de révision</translation>
    </message>
    <message>
        <source>Scope item</source>
        <translation>Élément du périmètre</translation>
    </message>
    <message>
        <source>Scope check</source>
        <translation>Vérification du périmètre</translation>
    </message>
    <message>
        <source>&amp;Start the proposal</source>
        <translation>&amp;Commencer la proposition</translation>
    </message>
    <message>
        <source>Start the proposal</source>
        <translation>Commencer la proposition</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Proposition&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Driver / reason:</source>
        <translation>Raison / &amp;besoin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;cope item:</source>
        <translation>É&amp;lément du périmètre&#xa0;:</translation>
    </message>
    <message>
        <source>New proposal: %1</source>
        <translation>Nouvelle proposition&#xa0;: %1</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>(no scope item)</source>
        <translation>(aucun élément du périmètre)</translation>
    </message>
    <message>
        <source>Within the circle&apos;s scope.</source>
        <translation>Dans le périmètre de décision du cercle.</translation>
    </message>
    <message>
        <source>Review date:</source>
        <translation>Date de révision&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cercles::ui::RedLineNotice</name>
    <message numerus="yes">
        <source>Red line broken:</source>
        <translation>
            <numerusform>Ligne rouge franchie&#xa0;:</numerusform>
            <numerusform>Lignes rouges franchies&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cercles::ui::RegisterExportDialog</name>
    <message>
        <source>Export the decision register</source>
        <translation>Exporter le registre des décisions</translation>
    </message>
    <message>
        <source>All circles</source>
        <translation>Tous les cercles</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Depuis le</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu’au</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>C&amp;ircle:</source>
        <translation>C&amp;ercle&#xa0;:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>decision-register</source>
        <translation>registre-des-decisions</translation>
    </message>
    <message>
        <source>Export the register as CSV</source>
        <translation>Exporter le registre en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the register as PDF</source>
        <translation>Exporter le registre en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>cercles::ui::RegisterModel</name>
    <message>
        <source>%1 — review due</source>
        <translation>%1 — à réviser</translation>
    </message>
    <message>
        <source>%1, review due</source>
        <translation>%1, à réviser</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Scope item</source>
        <translation>Élément du périmètre</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de révision</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>(referred by %1)</source>
        <translation>(renvoyée par %1)</translation>
    </message>
    <message>
        <source>→ %1: %2</source>
        <translation>→ %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cercles::ui::RegisterPage</name>
    <message>
        <source>Search the decisions (accents and case ignored)</source>
        <translation>Rechercher dans les décisions (sans tenir compte des accents ni de la casse)</translation>
    </message>
    <message>
        <source>Search the decisions</source>
        <translation>Rechercher dans les décisions</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Review due only</source>
        <translation>À réviser uniquement</translation>
    </message>
    <message>
        <source>Decision register</source>
        <translation>Registre des décisions</translation>
    </message>
    <message>
        <source>All circles</source>
        <translation>Tous les cercles</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) shown of %1</source>
        <translation>
            <numerusform>%n décision affichée sur %1</numerusform>
            <numerusform>%n décisions affichées sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected decision</source>
        <translation>Décision sélectionnée</translation>
    </message>
    <message>
        <source>Select a decision to read it in full.</source>
        <translation>Sélectionnez une décision pour la lire en entier.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>Une option par ligne</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Options&#xa0;:</translation>
    </message>
    <message>
        <source>Empty: the usual scale, Excellent to Reject. Otherwise 3 to 10 grades, best first, one per line.</source>
        <translation>Vide&#xa0;: l’échelle habituelle, de «&#xa0;Excellent&#xa0;» à «&#xa0;À rejeter&#xa0;». Sinon 3 à 10 mentions, de la meilleure à la moins bonne, une par ligne.</translation>
    </message>
    <message>
        <source>&amp;Grades:</source>
        <translation>&amp;Mentions&#xa0;:</translation>
    </message>
    <message>
        <source>Every voter grades every option</source>
        <translation>Chaque votant·e juge chaque option</translation>
    </message>
    <message>
        <source>A missing judgment counts as the worst grade</source>
        <translation>Un jugement manquant compte comme la pire mention</translation>
    </message>
    <message>
        <source>A missing judgment counts as the option&apos;s majority grade</source>
        <translation>Un jugement manquant compte comme la mention majoritaire de l’option</translation>
    </message>
    <message>
        <source>Scale every option&apos;s judgments to a common total</source>
        <translation>Ramener les jugements de chaque option à un total commun</translation>
    </message>
    <message>
        <source>&amp;Missing judgments:</source>
        <translation>&amp;Jugements manquants&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open the vote</source>
        <translation>Ouvrir le &amp;vote</translation>
    </message>
    <message>
        <source>&amp;Ballot of:</source>
        <translation>&amp;Bulletin de&#xa0;:</translation>
    </message>
    <message>
        <source>For each option, choose a grade, or type its number: 1 is the worst grade, 0 leaves the option without a judgment. The ballot can be corrected until it is cast.</source>
        <translation>Pour chaque option, choisissez une mention, ou tapez son numéro&#xa0;: 1 est la pire mention, 0 laisse l’option sans jugement. Le bulletin peut être corrigé jusqu’à ce qu’il soit déposé.</translation>
    </message>
    <message>
        <source>&amp;Cast the ballot</source>
        <translation>&amp;Déposer le bulletin</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Enter &amp;paper counts…</source>
        <translation>Saisir les décomptes &amp;papier…</translation>
    </message>
    <message>
        <source>Close the vote and show the &amp;result</source>
        <translation>Clore le vote et afficher le &amp;résultat</translation>
    </message>
    <message>
        <source>The ballot is cast.
Hand the laptop to the next voter.</source>
        <translation>Le bulletin est déposé.
Passez l’ordinateur à la personne suivante.</translation>
    </message>
    <message>
        <source>&amp;Next voter</source>
        <translation>&amp;Votant·e suivant·e</translation>
    </message>
    <message>
        <source>Counts from the paper ballots: how many judgments each option received at each grade. They add to the ballots cast here.</source>
        <translation>Décomptes des bulletins papier&#xa0;: combien de jugements chaque option a reçus à chaque mention. Ils s’ajoutent aux bulletins déposés ici.</translation>
    </message>
    <message>
        <source>&amp;Back to the ballots</source>
        <translation>&amp;Retour aux bulletins</translation>
    </message>
    <message>
        <source>&amp;Save the counts</source>
        <translation>&amp;Enregistrer les décomptes</translation>
    </message>
    <message>
        <source>Majority-judgment vote</source>
        <translation>Vote au jugement majoritaire</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) cast.</source>
        <translation>
            <numerusform>%n bulletin déposé.</numerusform>
            <numerusform>%n bulletins déposés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paper counts entered.</source>
        <translation>Décomptes papier saisis.</translation>
    </message>
    <message>
        <source>Everyone present has voted.</source>
        <translation>Toutes les personnes présentes ont voté.</translation>
    </message>
    <message>
        <source>The result is shown once the vote is closed.</source>
        <translation>Le résultat s’affiche une fois le vote clos.</translation>
    </message>
    <message>
        <source>— choose a grade —</source>
        <translation>— choisissez une mention —</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>0 · No judgment</source>
        <translation>0 · Aucun jugement</translation>
    </message>
    <message>
        <source>“%1” is not a count.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un décompte.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>%1. %2 — majority grade: %3</source>
        <translation>%1. %2 — mention majoritaire&#xa0;: %3</translation>
    </message>
    <message>
        <source>Why each option is ahead of the next</source>
        <translation>Pourquoi chaque option devance la suivante</translation>
    </message>
    <message numerus="yes">
        <source>%n judgment(s) per option. %1</source>
        <translation>
            <numerusform>%n jugement par option. %1</numerusform>
            <numerusform>%n jugements par option. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Clore le vote</translation>
    </message>
    <message>
        <source>Reason for reopening:</source>
        <translation>Motif de la réouverture&#xa0;:</translation>
    </message>
    <message>
        <source>Kept in the record with this result</source>
        <translation>Conservé dans le registre avec ce résultat</translation>
    </message>
    <message>
        <source>Re&amp;open the vote…</source>
        <translation>R&amp;ouvrir le vote…</translation>
    </message>
    <message>
        <source>ballot of %1</source>
        <translation>bulletin de %1</translation>
    </message>
    <message>
        <source>paper counts</source>
        <translation>dépouillement papier</translation>
    </message>
    <message>
        <source>Close the vote and show the result? No ballot or count can be added or taken back afterwards. Reopening the vote asks for a reason and keeps this result in the record.</source>
        <translation>Clore le vote et afficher le résultat&#xa0;? Aucun bulletin ni décompte ne pourra plus être ajouté ni retiré. Rouvrir le vote demandera un motif et gardera ce résultat dans le registre.</translation>
    </message>
    <message>
        <source>vote closed, result shown</source>
        <translation>vote clos, résultat affiché</translation>
    </message>
    <message>
        <source>Reopen the vote</source>
        <translation>Rouvrir le vote</translation>
    </message>
    <message>
        <source>Reopen the vote? The result shown stays in the record and in the minutes, with the reason: “%1”.</source>
        <translation>Rouvrir le vote&#xa0;? Le résultat affiché reste dans le registre et dans le compte rendu, avec le motif&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>vote reopened</source>
        <translation>vote rouvert</translation>
    </message>
    <message>
        <source>Result shown at %1, set aside when the vote was reopened at %2: %3</source>
        <translation>Résultat donné à %1, écarté à la réouverture du vote à %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>cercles::ui::WelcomePage</name>
    <message>
        <source>Welcome to Cercles</source>
        <translation>Bienvenue dans Cercles</translation>
    </message>
    <message>
        <source>Run sociocratic meetings and keep your organisation&apos;s governance record. Everything stays in one file on this computer.</source>
        <translation>Menez des réunions sociocratiques et tenez le registre de gouvernance de votre organisation. Tout reste dans un seul fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Open the demo organisation</source>
        <translation>Ouvrir l’organisation de démonstration</translation>
    </message>
    <message>
        <source>A sample association with four circles, people and past meetings</source>
        <translation>Une association exemple avec quatre cercles, des personnes et des réunions passées</translation>
    </message>
    <message>
        <source>New organisation (template)…</source>
        <translation>Nouvelle organisation (modèle)…</translation>
    </message>
    <message>
        <source>The structure of a sociocratic association, without people</source>
        <translation>La structure d’une association sociocratique, sans personnes</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Open an organisation file (.cercles)</source>
        <translation>Ouvrir un fichier d’organisation (.cercles)</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>User interface language: fr or en.</source>
        <translation>Langue de l’interface&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>Cercles: sociocratic meetings and governance record.</source>
        <translation>Cercles&#xa0;: réunions sociocratiques et registre de gouvernance.</translation>
    </message>
    <message>
        <source>The organisation file to open (.cercles).</source>
        <translation>Le fichier d’organisation à ouvrir (.cercles).</translation>
    </message>
</context>
</TS>
