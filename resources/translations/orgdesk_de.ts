<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About OrgDesk</source>
        <translation>Über OrgDesk</translation>
    </message>
    <message>
        <source>OrgDesk</source>
        <translation>OrgDesk</translation>
    </message>
    <message>
        <source>Lists, creates, renames and archives the projects of an OpenAI organization through the OpenAI Admin API.</source>
        <translation>Auflisten, Erstellen, Umbenennen und Archivieren der Projekte einer OpenAI-Organisation über die OpenAI Admin API.</translation>
    </message>
    <message>
        <source>Copyright © 2026 The OrgDesk authors. Free software under the MIT License.</source>
        <translation>Copyright © 2026 Die OrgDesk-Autoren. Freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknöpfe</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Erstellt mit Qt %1.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>%1 The admin key is kept in the system keychain through QtKeychain %2.</source>
        <translation>%1 Der Administratorschlüssel wird über QtKeychain %2 im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>OrgDesk website</source>
        <translation>OrgDesk-Website</translation>
    </message>
    <message>
        <source>OpenAI Admin API: projects reference</source>
        <translation>OpenAI Admin API: Referenz der Projekte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add Member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Find a person in the organization:</source>
        <translation>Person in der Organisation &amp;finden:</translation>
    </message>
    <message>
        <source>Name or email</source>
        <translation>Name oder E-Mail</translation>
    </message>
    <message>
        <source>People in the organization</source>
        <translation>Personen in der Organisation</translation>
    </message>
    <message>
        <source>Or type an &amp;email:</source>
        <translation>Oder eine &amp;E-Mail-Adresse eingeben:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Add someone from the organization to the project %1.</source>
        <translation>Jemanden aus der Organisation zum Projekt %1 hinzufügen.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>%1 wird hinzugefügt …</translation>
    </message>
    <message>
        <source>The organization&apos;s people could not all be listed: %1 You can still type an email.</source>
        <translation>Die Personen der Organisation konnten nicht alle aufgelistet werden: %1 Sie können trotzdem eine E-Mail-Adresse eingeben.</translation>
    </message>
    <message numerus="yes">
        <source>Listing the organization&apos;s people… %Ln so far</source>
        <translation>
            <numerusform>Personen der Organisation werden aufgelistet … bisher %Ln</numerusform>
            <numerusform>Personen der Organisation werden aufgelistet … bisher %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people match</source>
        <translation>
            <numerusform>%Ln Person passt</numerusform>
            <numerusform>%Ln Personen passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people who are not in the project yet</source>
        <translation>
            <numerusform>%Ln Person, die noch nicht im Projekt ist</numerusform>
            <numerusform>%Ln Personen, die noch nicht im Projekt sind</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminKeyDialog</name>
    <message>
        <source>Admin Key</source>
        <translation>Administratorschlüssel</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Administratorschlüssel</translation>
    </message>
    <message>
        <source>OrgDesk needs an admin key of your OpenAI organization (it starts with sk-admin-). The key is checked with one request before it is used or stored.</source>
        <translation>OrgDesk benötigt einen Administratorschlüssel der OpenAI-Organisation (er beginnt mit sk-admin-). Der Schlüssel wird mit einer Anfrage geprüft, bevor er verwendet oder gespeichert wird.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Current key:</source>
        <translation>Aktueller Schlüssel:</translation>
    </message>
    <message>
        <source>Admin &amp;key:</source>
        <translation>Administrator&amp;schlüssel:</translation>
    </message>
    <message>
        <source>The key is hidden while you type. Paste it from the OpenAI platform.</source>
        <translation>Der Schlüssel bleibt bei der Eingabe verborgen. Am besten aus der OpenAI-Plattform einfügen.</translation>
    </message>
    <message>
        <source>sk-admin-…</source>
        <translation>sk-admin-…</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the key you typed</source>
        <translation>Den eingegebenen Schlüssel anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Checking the key</source>
        <translation>Schlüssel wird geprüft</translation>
    </message>
    <message>
        <source>Checking the key with the server…</source>
        <translation>Der Schlüssel wird beim Server geprüft …</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Stop using the current key and remove it from the system keychain</source>
        <translation>Den aktuellen Schlüssel nicht mehr verwenden und aus dem Schlüsselbund des Systems entfernen</translation>
    </message>
    <message>
        <source>&amp;Forget Key…</source>
        <translation>Schlüssel &amp;vergessen …</translation>
    </message>
    <message>
        <source>&amp;Verify and Save</source>
        <translation>&amp;Prüfen und speichern</translation>
    </message>
    <message>
        <source>Verify and save</source>
        <translation>Prüfen und speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknöpfe</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>Schlüssel verbergen</translation>
    </message>
    <message>
        <source>Enter an admin key.</source>
        <translation>Bitte einen Administratorschlüssel eingeben.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Forget Admin Key</source>
        <translation>Administratorschlüssel vergessen</translation>
    </message>
    <message>
        <source>Forget the admin key for %1?</source>
        <translation>Den Administratorschlüssel für %1 vergessen?</translation>
    </message>
    <message>
        <source>OrgDesk stops using it now and removes it from the system keychain. To work again you will need to enter a key.</source>
        <translation>OrgDesk verwendet ihn ab sofort nicht mehr und entfernt ihn aus dem Schlüsselbund des Systems. Um weiterzuarbeiten, muss erneut ein Schlüssel eingegeben werden.</translation>
    </message>
    <message>
        <source>&amp;Forget Key</source>
        <translation>Schlüssel &amp;vergessen</translation>
    </message>
    <message>
        <source>A key entered now is not stored: OrgDesk will ask for it again next time.</source>
        <translation>Ein jetzt eingegebener Schlüssel wird nicht gespeichert: OrgDesk fragt beim nächsten Start erneut danach.</translation>
    </message>
    <message>
        <source>This is a project key. The Admin API needs an admin key (sk-admin-…), which an organization owner creates under Settings → Organization → Admin keys at platform.openai.com.</source>
        <translation>Dies ist ein Projektschlüssel. Die Admin API benötigt einen Administratorschlüssel (sk-admin-…), den ein Eigentümer der Organisation auf platform.openai.com unter Settings → Organization → Admin keys erstellt.</translation>
    </message>
    <message>
        <source>This does not look like an admin key (those start with sk-admin-). You can still try it.</source>
        <translation>Das sieht nicht nach einem Administratorschlüssel aus (diese beginnen mit sk-admin-). Ein Versuch ist trotzdem möglich.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keiner</translation>
    </message>
    <message>
        <source>From the OPENAI_ADMIN_KEY environment variable, for this session only</source>
        <translation>Aus der Umgebungsvariable OPENAI_ADMIN_KEY, nur für diese Sitzung</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Entered for this session only (not stored)</source>
        <translation>Nur für diese Sitzung eingegeben (nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>This project is archived and can no longer be changed (%1).</source>
        <translation>Dieses Projekt ist archiviert und kann nicht mehr geändert werden (%1).</translation>
    </message>
    <message>
        <source>The Default project cannot be renamed or archived (%1).</source>
        <translation>Das Standardprojekt („Default project“) kann weder umbenannt noch archiviert werden (%1).</translation>
    </message>
    <message>
        <source>OpenAI reported a conflicting change (409). Try again in a moment.</source>
        <translation>OpenAI meldet eine widersprüchliche Änderung (409). Bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>OrgDesk could not build this request (%1).</source>
        <translation>OrgDesk konnte diese Anfrage nicht erstellen (%1).</translation>
    </message>
    <message>
        <source>OpenAI refused the request (%1).</source>
        <translation>OpenAI hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>OrgDesk could not reach OpenAI (%1). Check the network connection and try again.</source>
        <translation>OrgDesk konnte OpenAI nicht erreichen (%1). Bitte die Netzwerkverbindung prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <source>OpenAI did not answer in time. Try again in a moment.</source>
        <translation>OpenAI hat nicht rechtzeitig geantwortet. Bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped because the admin key changed before OpenAI answered; nothing more was sent with the old key.</source>
        <translation>Angehalten, weil sich der Administratorschlüssel vor der Antwort von OpenAI geändert hat; mit dem alten Schlüssel wurde nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>The admin key was rejected by OpenAI (401). Check the key under Admin key…</source>
        <translation>OpenAI hat den Administratorschlüssel abgelehnt (401). Bitte den Schlüssel unter „Administratorschlüssel …“ prüfen.</translation>
    </message>
    <message>
        <source>This key may not manage projects (403). OrgDesk needs an organization admin key (sk-admin-…) with the api.management scopes; a project or user key will not work.</source>
        <translation>Dieser Schlüssel darf keine Projekte verwalten (403). OrgDesk benötigt einen Administratorschlüssel der Organisation (sk-admin-…) mit den Bereichen api.management; ein Projekt- oder Benutzerschlüssel funktioniert nicht.</translation>
    </message>
    <message>
        <source>OpenAI does not know this project (404). Someone may have changed it; refresh the list.</source>
        <translation>OpenAI kennt dieses Projekt nicht (404). Vielleicht wurde es inzwischen geändert; bitte die Liste aktualisieren.</translation>
    </message>
    <message>
        <source>OpenAI is rate limiting requests (429). Wait a minute before trying again.</source>
        <translation>OpenAI drosselt die Anfragen (429). Bitte eine Minute warten und dann erneut versuchen.</translation>
    </message>
    <message>
        <source>OpenAI had a problem answering (%1). Try again in a moment.</source>
        <translation>OpenAI hatte ein Problem beim Antworten (%1). Bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>OpenAI answered with something that is not valid API data (%1).</source>
        <translation>Die Antwort von OpenAI enthält keine gültigen API-Daten (%1).</translation>
    </message>
    <message>
        <source>OrgDesk refused to send the admin key over this connection (%1). Only https:// addresses, or http:// on this computer, are allowed.</source>
        <translation>OrgDesk sendet den Administratorschlüssel nicht über diese Verbindung (%1). Erlaubt sind nur https://-Adressen oder http:// auf diesem Rechner.</translation>
    </message>
    <message>
        <source>OrgDesk could not confirm whether the project was created. Refresh the list before trying again.</source>
        <translation>OrgDesk konnte nicht bestätigen, ob das Projekt erstellt wurde. Bitte vor einem neuen Versuch die Liste aktualisieren.</translation>
    </message>
    <message>
        <source>No admin key is set. Enter one under Admin key…</source>
        <translation>Es ist kein Administratorschlüssel festgelegt. Bitte unter „Administratorschlüssel …“ einen eingeben.</translation>
    </message>
    <message>
        <source>OpenAI said: “%1”</source>
        <translation>OpenAI meldet: „%1“</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
</context>
<context>
    <name>ApiKeyActions</name>
    <message>
        <source>&amp;Delete API Keys…</source>
        <translation>API-Schlüssel &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected API keys</source>
        <translation>Die ausgewählten API-Schlüssel löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n API keys</source>
        <translation>
            <numerusform>%1 von %n API-Schlüssel gelöscht</numerusform>
            <numerusform>%1 von %n API-Schlüsseln gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed</source>
        <translation>
            <numerusform>; %n fehlgeschlagen</numerusform>
            <numerusform>; %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; stopped before %n</source>
        <translation>
            <numerusform>; vor %n angehalten</numerusform>
            <numerusform>; vor %n angehalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiOrigin</name>
    <message>
        <source>not a valid URL</source>
        <translation>keine gültige URL</translation>
    </message>
    <message>
        <source>only https:// (or http:// to this computer) is allowed</source>
        <translation>nur https:// (oder http:// zu diesem Rechner) ist erlaubt</translation>
    </message>
    <message>
        <source>plain http:// would send the admin key unencrypted; use https://, or http:// only to 127.0.0.1, ::1 or localhost</source>
        <translation>einfaches http:// würde den Administratorschlüssel unverschlüsselt senden; https:// verwenden oder http:// nur zu 127.0.0.1, ::1 oder localhost</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive Project</source>
        <translation>Projekt archivieren</translation>
    </message>
    <message>
        <source>Projects to archive</source>
        <translation>Zu archivierende Projekte</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Archive progress</source>
        <translation>Fortschritt der Archivierung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknöpfe</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n Projects</source>
        <translation>
            <numerusform>%n Projekt archivieren</numerusform>
            <numerusform>%n Projekte archivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive these %n projects?</source>
        <translation>
            <numerusform>Dieses %n Projekt archivieren?</numerusform>
            <numerusform>Diese %n Projekte archivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving cannot be undone: there is no unarchive, and the API keys of these projects stop working.</source>
        <translation>Das Archivieren kann nicht rückgängig gemacht werden: Es gibt kein Wiederherstellen, und die API-Schlüssel dieser Projekte funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>To confirm, type the number of projects (%1):</source>
        <translation>Zur Bestätigung die Anzahl der Projekte eingeben (%1):</translation>
    </message>
    <message>
        <source>Archive %1?</source>
        <translation>%1 archivieren?</translation>
    </message>
    <message>
        <source>Archiving cannot be undone: there is no unarchive, and the project&apos;s API keys stop working.</source>
        <translation>Das Archivieren kann nicht rückgängig gemacht werden: Es gibt kein Wiederherstellen, und die API-Schlüssel des Projekts funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>To confirm, type the project name: %1</source>
        <translation>Zur Bestätigung den Projektnamen eingeben: %1</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n projects</source>
        <translation>
            <numerusform>%n Projekt archivieren</numerusform>
            <numerusform>%n Projekte archivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive project</source>
        <translation>Projekt archivieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Archiving %1 (%2 of %3)…</source>
        <translation>%1 wird archiviert (%2 von %3) …</translation>
    </message>
    <message>
        <source>Archiving %1…</source>
        <translation>%1 wird archiviert …</translation>
    </message>
    <message>
        <source>Stopping after this project…</source>
        <translation>Nach diesem Projekt wird angehalten …</translation>
    </message>
    <message>
        <source>%1 — archived</source>
        <translation>%1 — archiviert</translation>
    </message>
    <message>
        <source>%1 — not archived</source>
        <translation>%1 — nicht archiviert</translation>
    </message>
    <message numerus="yes">
        <source>Archived %1 of %n projects.</source>
        <translation>
            <numerusform>%1 von %n Projekt archiviert.</numerusform>
            <numerusform>%1 von %n Projekten archiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not archived because of an error:</source>
        <translation>Wegen eines Fehlers nicht archiviert:</translation>
    </message>
    <message>
        <source>Left untouched (stopped before their turn):</source>
        <translation>Unverändert (angehalten, bevor sie an der Reihe waren):</translation>
    </message>
    <message>
        <source>%1 — left untouched</source>
        <translation>%1 — unverändert</translation>
    </message>
    <message>
        <source>Archived:</source>
        <translation>Archiviert:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No costs in this period</source>
        <translation>Keine Kosten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (vorläufig)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message numerus="yes">
        <source>%n bars, total %1, highest %2 (%3)</source>
        <translation>
            <numerusform>%n Balken, gesamt %1, höchster %2 (%3)</numerusform>
            <numerusform>%n Balken, gesamt %1, höchster %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Vorläufig</translation>
    </message>
</context>
<context>
    <name>BulkArchiver</name>
    <message>
        <source>The service answered, but the project is still active.</source>
        <translation>Der Dienst hat geantwortet, aber das Projekt ist noch aktiv.</translation>
    </message>
</context>
<context>
    <name>ConnectionSetup</name>
    <message>
        <source>Co&amp;nnections…</source>
        <translation>Ver&amp;bindungen…</translation>
    </message>
    <message>
        <source>Add, rename or remove the organizations OrgDesk connects to</source>
        <translation>Organisationen hinzufügen, umbenennen oder entfernen, mit denen OrgDesk sich verbindet</translation>
    </message>
    <message>
        <source>S&amp;witch Connection</source>
        <translation>Verbindung &amp;wechseln</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>The organization shown (Ctrl+1 to Ctrl+9 switch too)</source>
        <translation>Die angezeigte Organisation (Strg+1 bis Strg+9 wechseln ebenfalls)</translation>
    </message>
    <message>
        <source>OPENAI_ADMIN_KEY (this session)</source>
        <translation>OPENAI_ADMIN_KEY (nur diese Sitzung)</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>%1 (%2) — OrgDesk</source>
        <translation>%1 (%2) — OrgDesk</translation>
    </message>
    <message>
        <source>%1 — OrgDesk</source>
        <translation>%1 — OrgDesk</translation>
    </message>
    <message>
        <source>OrgDesk — %1</source>
        <translation>OrgDesk — %1</translation>
    </message>
    <message>
        <source>OrgDesk</source>
        <translation>OrgDesk</translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>Another connection is already called %1.</source>
        <translation>Eine andere Verbindung heißt bereits %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Each connection is one organization: a name, the Admin API&apos;s address, and its admin key, which is kept in the system keychain.</source>
        <translation>Jede Verbindung ist eine Organisation: ein Name, die Adresse der Admin-API und ihr Admin-Schlüssel, der im Schlüsselbund des Systems aufbewahrt wird.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Admin &amp;key:</source>
        <translation>Admin-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>sk-admin-…</source>
        <translation>sk-admin-…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>Geben Sie einen Namen für die Verbindung ein.</translation>
    </message>
    <message>
        <source>Another connection is already called %1.</source>
        <translation>Eine andere Verbindung heißt bereits %1.</translation>
    </message>
    <message>
        <source>The base URL cannot be used: %1</source>
        <translation>Die Basis-URL kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Enter the organization&apos;s admin key (it starts with sk-admin-).</source>
        <translation>Geben Sie den Admin-Schlüssel der Organisation ein (er beginnt mit sk-admin-).</translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation>Der Schlüssel wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Added %1. Switch to it from File → Switch Connection or the toolbar.</source>
        <translation>%1 hinzugefügt. Wechseln Sie über Datei → Verbindung wechseln oder die Werkzeugleiste dorthin.</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Eine Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection %1?</source>
        <translation>Die Verbindung %1 entfernen?</translation>
    </message>
    <message>
        <source>Its admin key is deleted from the system keychain and its remembered projects from this computer. The organization itself is not changed.</source>
        <translation>Ihr Admin-Schlüssel wird aus dem Schlüsselbund des Systems gelöscht und ihre gemerkten Projekte von diesem Computer. Die Organisation selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop checking the key; nothing is stored</source>
        <translation>Die Prüfung des Schlüssels abbrechen; es wird nichts gespeichert</translation>
    </message>
    <message>
        <source>Checking the key</source>
        <translation>Schlüssel wird geprüft</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Der Schlüssel wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>If the base URL is wrong, correct it; then choose Add again.</source>
        <translation>Ist die Basis-URL falsch, bitte korrigieren; dann erneut „Hinzufügen“ wählen.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Stopped checking the key. Nothing was stored.</source>
        <translation>Die Prüfung des Schlüssels wurde abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>CostsTab</name>
    <message>
        <source>(no line item)</source>
        <translation>(kein Posten)</translation>
    </message>
    <message>
        <source>Most expensive line items</source>
        <translation>Teuerste Posten</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Line item</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Daily cost of %1</source>
        <translation>Tägliche Kosten von %1</translation>
    </message>
    <message numerus="yes">
        <source>No costs in the last %n days</source>
        <translation>
            <numerusform>Keine Kosten in %n Tag</numerusform>
            <numerusform>Keine Kosten in den letzten %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total over the last %n days: %1</source>
        <translation>
            <numerusform>Summe von %n Tag: %1</numerusform>
            <numerusform>Summe der letzten %n Tage: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(and %1, not added)</source>
        <translation>(und %1, nicht addiert)</translation>
    </message>
    <message>
        <source>The costs of this project could not be loaded. %1</source>
        <translation>Die Kosten dieses Projekts konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Select a project to see its costs.</source>
        <translation>Wählen Sie ein Projekt aus, um seine Kosten zu sehen.</translation>
    </message>
    <message>
        <source>Loading costs…</source>
        <translation>Kosten werden geladen…</translation>
    </message>
</context>
<context>
    <name>DeleteApiKeysDialog</name>
    <message>
        <source>Delete API Keys</source>
        <translation>API-Schlüssel löschen</translation>
    </message>
    <message>
        <source>API keys to delete</source>
        <translation>Zu löschende API-Schlüssel</translation>
    </message>
    <message>
        <source>Delete progress</source>
        <translation>Fortschritt des Löschens</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n API Keys</source>
        <translation>
            <numerusform>%n API-Schlüssel löschen</numerusform>
            <numerusform>%n API-Schlüssel löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n API keys from %1?</source>
        <translation>
            <numerusform>%n API-Schlüssel aus %1 löschen?</numerusform>
            <numerusform>%n API-Schlüssel aus %1 löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>A deleted key stops working at once: whatever uses it loses access. This cannot be undone.</source>
        <translation>Ein gelöschter Schlüssel funktioniert sofort nicht mehr: Was ihn verwendet, verliert den Zugriff. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>%1 — goes with its service account, not deleted here</source>
        <translation>%1 – gehört zu seinem Dienstkonto, wird hier nicht gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%n of these keys belong to a service account. A service account&apos;s key cannot be deleted on its own: it is deleted with its service account. To stop it, delete the service account in the Service accounts tab.</source>
        <translation>
            <numerusform>%n dieser Schlüssel gehört zu einem Dienstkonto. Der Schlüssel eines Dienstkontos kann nicht allein gelöscht werden: Er wird mit seinem Dienstkonto gelöscht. Um ihn zu sperren, löschen Sie das Dienstkonto im Reiter Dienstkonten.</numerusform>
            <numerusform>%n dieser Schlüssel gehören zu einem Dienstkonto. Der Schlüssel eines Dienstkontos kann nicht allein gelöscht werden: Er wird mit seinem Dienstkonto gelöscht. Um ihn zu sperren, löschen Sie das Dienstkonto im Reiter Dienstkonten.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these keys can be deleted here.</source>
        <translation>Keiner dieser Schlüssel kann hier gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n API keys</source>
        <translation>
            <numerusform>%n API-Schlüssel löschen</numerusform>
            <numerusform>%n API-Schlüssel löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), service account %3</source>
        <translation>%1 (%2), Dienstkonto %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), owned by %3</source>
        <translation>%1 (%2), gehört %3</translation>
    </message>
    <message>
        <source>Deleting %1 (%2 of %3)…</source>
        <translation>%1 wird gelöscht (%2 von %3)…</translation>
    </message>
    <message>
        <source>Stopping after this key…</source>
        <translation>Nach diesem Schlüssel wird angehalten…</translation>
    </message>
    <message>
        <source>%1 — was already deleted</source>
        <translation>%1 – war bereits gelöscht</translation>
    </message>
    <message>
        <source>%1 — deleted</source>
        <translation>%1 – gelöscht</translation>
    </message>
    <message>
        <source>%1 — not deleted</source>
        <translation>%1 – nicht gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n API keys.</source>
        <translation>
            <numerusform>%1 von %n API-Schlüssel gelöscht.</numerusform>
            <numerusform>%1 von %n API-Schlüsseln gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted because of an error:</source>
        <translation>Wegen eines Fehlers nicht gelöscht:</translation>
    </message>
    <message>
        <source>Left untouched (stopped before their turn):</source>
        <translation>Unverändert gelassen (vorher angehalten):</translation>
    </message>
    <message>
        <source>%1 — left untouched</source>
        <translation>%1 – unverändert gelassen</translation>
    </message>
    <message>
        <source>Not sent: these go with their service account (delete it instead):</source>
        <translation>Nicht gesendet: Diese gehören zu ihrem Dienstkonto (löschen Sie stattdessen das Dienstkonto):</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Gelöscht:</translation>
    </message>
    <message>
        <source>(was already deleted)</source>
        <translation>(war bereits gelöscht)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DeleteServiceAccountDialog</name>
    <message>
        <source>Delete Service Account</source>
        <translation>Dienstkonto löschen</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Anfrage läuft</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Delete service account %1 from %2?</source>
        <translation>Dienstkonto %1 aus %2 löschen?</translation>
    </message>
    <message>
        <source>Its API keys stop working at once: whatever uses them (a deployment, a script) loses access. This cannot be undone.</source>
        <translation>Seine API-Schlüssel funktionieren sofort nicht mehr: Was sie verwendet (ein Deployment, ein Skript), verliert den Zugriff. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>To confirm, type the service account&apos;s name: %1</source>
        <translation>Geben Sie zur Bestätigung den Namen des Dienstkontos ein: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete service account</source>
        <translation>Dienstkonto löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>EmptyStateView</name>
    <message>
        <source>Empty list</source>
        <translation>Leere Liste</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Die Meldung schließen</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Loading all projects, then exporting…</source>
        <translation>Alle Projekte werden geladen, dann exportiert …</translation>
    </message>
    <message>
        <source>Export cancelled: not every project was loaded</source>
        <translation>Export abgebrochen: Nicht alle Projekte wurden geladen</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n project(s)…</source>
        <translation>
            <numerusform>%n Projekt wird exportiert …</numerusform>
            <numerusform>%n Projekte werden exportiert …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n project(s) to %1</source>
        <translation>
            <numerusform>%n Projekt nach %1 exportiert</numerusform>
            <numerusform>%n Projekte nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>Loading every page, then exporting…</source>
        <translation>Alle Seiten werden geladen, dann wird exportiert …</translation>
    </message>
    <message>
        <source>Export cancelled: the list did not load to its end</source>
        <translation>Export abgebrochen: Die Liste wurde nicht bis zum Ende geladen</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n row(s)…</source>
        <translation>
            <numerusform>%n Zeile wird exportiert …</numerusform>
            <numerusform>%n Zeilen werden exportiert …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Projects</source>
        <translation>Projekte exportieren</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>&amp;Load all projects first</source>
        <translation>&amp;Zuerst alle Projekte laden</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;CSV, for spreadsheets</source>
        <translation>&amp;CSV, für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>&amp;JSON, for scripts (the API&apos;s field names)</source>
        <translation>&amp;JSON, für Skripte (die Feldnamen der API)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Every remaining page is one request against the rate limit; Cancel in the status bar stops it and the export</source>
        <translation>Jede weitere Seite ist eine Anfrage gegen das Ratenlimit; „Abbrechen“ in der Statusleiste beendet das Laden und den Export</translation>
    </message>
    <message numerus="yes">
        <source>&amp;What the table shows: %n project(s), as searched and sorted</source>
        <translation>
            <numerusform>&amp;Was die Tabelle zeigt: %n Projekt, gesucht und sortiert wie dort</numerusform>
            <numerusform>&amp;Was die Tabelle zeigt: %n Projekte, gesucht und sortiert wie dort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every loa&amp;ded project: %n project(s)</source>
        <translation>
            <numerusform>Jedes gela&amp;dene Projekt: %n Projekt</numerusform>
            <numerusform>Jedes gela&amp;dene Projekt: %n Projekte</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Members</source>
        <translation>Mitglieder exportieren</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>&amp;Load all members first</source>
        <translation>&amp;Zuerst alle Mitglieder laden</translation>
    </message>
    <message>
        <source>Export Service Accounts</source>
        <translation>Dienstkonten exportieren</translation>
    </message>
    <message>
        <source>Service accounts</source>
        <translation>Dienstkonten</translation>
    </message>
    <message>
        <source>&amp;Load all service accounts first</source>
        <translation>&amp;Zuerst alle Dienstkonten laden</translation>
    </message>
    <message>
        <source>Export API Keys</source>
        <translation>API-Schlüssel exportieren</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Load all API keys first</source>
        <translation>&amp;Zuerst alle API-Schlüssel laden</translation>
    </message>
    <message>
        <source>Every remaining page is one request against the rate limit; Cancel Export beside the search stops it and the export</source>
        <translation>Jede weitere Seite ist eine Anfrage gegen das Ratenlimit; „Export abbrechen“ neben der Suche beendet das Laden und den Export</translation>
    </message>
    <message numerus="yes">
        <source>&amp;What the table shows: %n member(s), as searched and sorted</source>
        <translation>
            <numerusform>&amp;Was die Tabelle zeigt: %n Mitglied, gesucht und sortiert wie dort</numerusform>
            <numerusform>&amp;Was die Tabelle zeigt: %n Mitglieder, gesucht und sortiert wie dort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every loa&amp;ded member: %n member(s)</source>
        <translation>
            <numerusform>Jedes gela&amp;dene Mitglied: %n Mitglied</numerusform>
            <numerusform>Jedes gela&amp;dene Mitglied: %n Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;What the table shows: %n service account(s), as searched and sorted</source>
        <translation>
            <numerusform>&amp;Was die Tabelle zeigt: %n Dienstkonto, gesucht und sortiert wie dort</numerusform>
            <numerusform>&amp;Was die Tabelle zeigt: %n Dienstkonten, gesucht und sortiert wie dort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every loa&amp;ded service account: %n service account(s)</source>
        <translation>
            <numerusform>Jedes gela&amp;dene Dienstkonto: %n Dienstkonto</numerusform>
            <numerusform>Jedes gela&amp;dene Dienstkonto: %n Dienstkonten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;What the table shows: %n API key(s), as searched and sorted</source>
        <translation>
            <numerusform>&amp;Was die Tabelle zeigt: %n API-Schlüssel, gesucht und sortiert wie dort</numerusform>
            <numerusform>&amp;Was die Tabelle zeigt: %n API-Schlüssel, gesucht und sortiert wie dort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every loa&amp;ded API key: %n API key(s)</source>
        <translation>
            <numerusform>Jeder gela&amp;dene API-Schlüssel: %n API-Schlüssel</numerusform>
            <numerusform>Jeder gela&amp;dene API-Schlüssel: %n API-Schlüssel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ExportWriter</name>
    <message>
        <source>The folder %1 does not exist. Choose another place; nothing was written.</source>
        <translation>Der Ordner %1 existiert nicht. Wählen Sie einen anderen Ort; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written. Free some space or choose another place; a file already there is unchanged.</source>
        <translation>Der Datenträger ist voll: %1 konnte nicht geschrieben werden. Schaffen Sie Platz oder wählen Sie einen anderen Ort; eine dort schon vorhandene Datei ist unverändert.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name; nothing was written.</source>
        <translation>%1 ist ein Ordner. Wählen Sie einen Dateinamen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>You may not write to %1. Choose another folder; a file already there is unchanged.</source>
        <translation>Sie dürfen nicht nach %1 schreiben. Wählen Sie einen anderen Ordner; eine dort schon vorhandene Datei ist unverändert.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). A file already there is unchanged.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Eine dort schon vorhandene Datei ist unverändert.</translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message>
        <source>OpenAI rejected this key (401). Check that you copied the whole admin key and that it has not been revoked or deleted.</source>
        <translation>OpenAI hat diesen Schlüssel abgelehnt (401). Bitte prüfen, ob der Administratorschlüssel vollständig kopiert wurde und nicht widerrufen oder gelöscht ist.</translation>
    </message>
    <message>
        <source>OpenAI refused this project key (403): the Admin API needs an admin key (sk-admin-…), which an organization owner creates under Settings → Organization → Admin keys at platform.openai.com.</source>
        <translation>OpenAI hat diesen Projektschlüssel abgelehnt (403): Die Admin API benötigt einen Administratorschlüssel (sk-admin-…), den ein Eigentümer der Organisation auf platform.openai.com unter Settings → Organization → Admin keys erstellt.</translation>
    </message>
    <message>
        <source>This key may not manage the organization (403). It is probably a project key, or an admin key without the api.management.read scope. The Admin API needs an admin key (sk-admin-…), which an organization owner creates under Settings → Organization → Admin keys at platform.openai.com.</source>
        <translation>Dieser Schlüssel darf die Organisation nicht verwalten (403). Vermutlich ist es ein Projektschlüssel oder ein Administratorschlüssel ohne den Bereich api.management.read. Die Admin API benötigt einen Administratorschlüssel (sk-admin-…), den ein Eigentümer der Organisation auf platform.openai.com unter Settings → Organization → Admin keys erstellt.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>No keychain service is running. Install and unlock GNOME Keyring or KWallet, or use the key for this session only.</source>
        <translation>Es läuft kein Schlüsselbunddienst. GNOME Schlüsselbund oder KWallet installieren und entsperren oder den Schlüssel nur für diese Sitzung verwenden.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access. Unlock it (GNOME Keyring, KWallet or your system&apos;s password manager) and allow OrgDesk to use it, or use the key for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder verweigert den Zugriff. Ihn entsperren (GNOME Schlüsselbund, KWallet oder die Passwortverwaltung des Systems) und OrgDesk den Zugriff erlauben oder den Schlüssel nur für diese Sitzung verwenden.</translation>
    </message>
    <message>
        <source>No admin key is stored for this server yet.</source>
        <translation>Für diesen Server ist noch kein Administratorschlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Write this list to a CSV or JSON file</source>
        <translation>Diese Liste in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message numerus="yes">
        <source>Loading every page for the export: %n loaded…</source>
        <translation>
            <numerusform>Alle Seiten werden für den Export geladen: %n geladen …</numerusform>
            <numerusform>Alle Seiten werden für den Export geladen: %n geladen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel E&amp;xport</source>
        <translation>E&amp;xport abbrechen</translation>
    </message>
</context>
<context>
    <name>ListingController</name>
    <message>
        <source>Details of %1 refreshed</source>
        <translation>Details von %1 aktualisiert</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Enter key for this session</source>
        <translation>Schlüssel für diese Sitzung eingeben</translation>
    </message>
    <message>
        <source>OpenAI rejected the admin key. It may be wrong or revoked: enter a new key to go on.</source>
        <translation>OpenAI hat den Administratorschlüssel abgelehnt. Er ist vielleicht falsch oder widerrufen: Zum Weiterarbeiten einen neuen Schlüssel eingeben.</translation>
    </message>
    <message>
        <source>Enter new key…</source>
        <translation>Neuen Schlüssel eingeben …</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n project(s) with the service…</source>
        <translation>
            <numerusform>Prüfe %n Projekt beim Dienst…</numerusform>
            <numerusform>Prüfe %n Projekte beim Dienst…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingTexts</name>
    <message>
        <source>No admin key</source>
        <translation>Kein Administratorschlüssel</translation>
    </message>
    <message>
        <source>Looking for the admin key…</source>
        <translation>Administratorschlüssel wird gesucht …</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Projekte werden geladen …</translation>
    </message>
    <message>
        <source>No projects loaded</source>
        <translation>Keine Projekte geladen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln projects match</source>
        <translation>
            <numerusform>%1 von %Ln Projekt passt</numerusform>
            <numerusform>%1 von %Ln Projekten passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %Ln loaded projects — Load all to search everything</source>
        <translation>
            <numerusform>Durchsucht wird %Ln geladenes Projekt — „Alle laden“, um alles zu durchsuchen</numerusform>
            <numerusform>Durchsucht werden %Ln geladene Projekte — „Alle laden“, um alles zu durchsuchen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln projects</source>
        <extracomment>The whole list; in the singular just &quot;%n project&quot;</extracomment>
        <translation>
            <numerusform>%Ln Projekt</numerusform>
            <numerusform>Alle %Ln Projekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects loaded — more available</source>
        <translation>
            <numerusform>%Ln Projekt geladen — weitere verfügbar</numerusform>
            <numerusform>%Ln Projekte geladen — weitere verfügbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln archived)</source>
        <translation>
            <numerusform> (%Ln archiviert)</numerusform>
            <numerusform> (%Ln archiviert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the keychain…</source>
        <translation>Schlüsselbund wird geöffnet …</translation>
    </message>
    <message>
        <source>OrgDesk is looking for the admin key of this organization.</source>
        <translation>OrgDesk sucht den Administratorschlüssel dieser Organisation.</translation>
    </message>
    <message>
        <source>Connect OrgDesk to your organization</source>
        <translation>OrgDesk mit der Organisation verbinden</translation>
    </message>
    <message>
        <source>OrgDesk needs an admin key (sk-admin-…) from an owner of the OpenAI organization. It is kept in the system keychain, never in a file.</source>
        <translation>OrgDesk benötigt einen Administratorschlüssel (sk-admin-…) von einem Eigentümer der OpenAI-Organisation. Er wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Enter admin key…</source>
        <translation>Administratorschlüssel eingeben …</translation>
    </message>
    <message>
        <source>The projects could not be loaded</source>
        <translation>Die Projekte konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>The message above says what went wrong.</source>
        <translation>Die Meldung darüber nennt den Fehler.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>No projects yet</source>
        <translation>Noch keine Projekte</translation>
    </message>
    <message>
        <source>No active projects</source>
        <translation>Keine aktiven Projekte</translation>
    </message>
    <message>
        <source>Projects keep the API keys, usage and limits of a team or product apart.</source>
        <translation>Projekte halten die API-Schlüssel, die Nutzung und die Limits eines Teams oder Produkts getrennt.</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Neues Projekt …</translation>
    </message>
    <message>
        <source>No projects match “%1”</source>
        <extracomment>%1 is what the user typed in the search field</extracomment>
        <translation>Keine Projekte passen zu „%1“</translation>
    </message>
    <message>
        <source>Search looks at project names and IDs.</source>
        <translation>Die Suche berücksichtigt Projektnamen und IDs.</translation>
    </message>
    <message numerus="yes">
        <source>Searching %Ln loaded projects — Load all to search everything.</source>
        <translation>
            <numerusform>Durchsucht wird %Ln geladenes Projekt — „Alle laden“, um alles zu durchsuchen.</numerusform>
            <numerusform>Durchsucht werden %Ln geladene Projekte — „Alle laden“, um alles zu durchsuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln projects match (as of %2)</source>
        <extracomment>%1 matches of %n projects remembered from the last run at time %2</extracomment>
        <translation>
            <numerusform>%1 von %Ln Projekt passt (Stand %2)</numerusform>
            <numerusform>%1 von %Ln Projekten passen (Stand %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects as of %1 — refreshing…</source>
        <extracomment>Projects remembered from the last run, as they were at %1 (a time), being listed again</extracomment>
        <translation>
            <numerusform>%Ln Projekt, Stand %1 — wird aktualisiert…</numerusform>
            <numerusform>%Ln Projekte, Stand %1 — werden aktualisiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects as of %1</source>
        <translation>
            <numerusform>%Ln Projekt, Stand %1</numerusform>
            <numerusform>%Ln Projekte, Stand %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadStatusBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel loading all projects</source>
        <translation>Das Laden aller Projekte abbrechen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited by OpenAI — retrying in %n s</source>
        <translation>
            <numerusform>Von OpenAI gedrosselt — neuer Versuch in %n s</numerusform>
            <numerusform>Von OpenAI gedrosselt — neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request failed — retrying in %n s</source>
        <translation>
            <numerusform>Die Anfrage ist fehlgeschlagen — neuer Versuch in %n s</numerusform>
            <numerusform>Die Anfrage ist fehlgeschlagen — neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading all projects… %1 loaded</source>
        <translation>Alle Projekte werden geladen … %1 geladen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OrgDesk</source>
        <translation>OrgDesk</translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation>Nach Name oder ID suchen</translation>
    </message>
    <message>
        <source>Search projects</source>
        <translation>Projekte durchsuchen</translation>
    </message>
    <message>
        <source>Filters the loaded projects by name or ID as you type (Ctrl+F)</source>
        <translation>Filtert die geladenen Projekte schon beim Tippen nach Name oder ID (Strg+F)</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Project details</source>
        <translation>Projektdetails</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation>Ein Projekt erstellen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>Rename the selected project</source>
        <translation>Das ausgewählte Projekt umbenennen</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archivieren …</translation>
    </message>
    <message>
        <source>Archive the selected projects (cannot be undone)</source>
        <translation>Die ausgewählten Projekte archivieren (nicht rückgängig zu machen)</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the IDs of the selected projects</source>
        <translation>Die IDs der ausgewählten Projekte kopieren</translation>
    </message>
    <message>
        <source>Refresh &amp;details</source>
        <translation>&amp;Details aktualisieren</translation>
    </message>
    <message>
        <source>Ask OpenAI again for the selected project</source>
        <translation>Das ausgewählte Projekt erneut von OpenAI abfragen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Load the list again from the first page</source>
        <translation>Die Liste ab der ersten Seite neu laden</translation>
    </message>
    <message>
        <source>&amp;Load all</source>
        <translation>&amp;Alle laden</translation>
    </message>
    <message>
        <source>Load every remaining page (each page is one request against the rate limit)</source>
        <translation>Alle übrigen Seiten laden (jede Seite ist eine Anfrage, die auf das Anfragelimit zählt)</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>A&amp;rchivierte anzeigen</translation>
    </message>
    <message>
        <source>List archived projects too</source>
        <translation>Auch archivierte Projekte auflisten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Search the loaded projects</source>
        <translation>Die geladenen Projekte durchsuchen</translation>
    </message>
    <message>
        <source>Admin &amp;key…</source>
        <translation>&amp;Administratorschlüssel …</translation>
    </message>
    <message>
        <source>Enter, replace or forget the admin key</source>
        <translation>Den Administratorschlüssel eingeben, ersetzen oder vergessen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List the keys of every action</source>
        <translation>Die Tasten aller Aktionen auflisten</translation>
    </message>
    <message>
        <source>&amp;About OrgDesk</source>
        <translation>Ü&amp;ber OrgDesk</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>The organization&apos;s projects. More load as you scroll.</source>
        <translation>Die Projekte der Organisation. Beim Blättern werden weitere geladen.</translation>
    </message>
    <message>
        <source>Select a project</source>
        <translation>Ein Projekt auswählen</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects selected</source>
        <translation>
            <numerusform>%Ln Projekt ausgewählt</numerusform>
            <numerusform>%Ln Projekte ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln IDs</source>
        <translation>
            <numerusform>%Ln ID kopiert</numerusform>
            <numerusform>%Ln IDs kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Ra&amp;te Limits…</source>
        <translation>&amp;Ratenlimits setzen …</translation>
    </message>
    <message>
        <source>Set a model&apos;s rate limits in the selected projects, with a preview</source>
        <translation>Die Ratenlimits eines Modells in den ausgewählten Projekten setzen, mit Vorschau</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Write the projects to a CSV or JSON file</source>
        <translation>Die Projekte in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message>
        <source>&amp;Add Member…</source>
        <translation>Mitglied &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>&amp;Rolle ändern …</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ent&amp;fernen …</translation>
    </message>
    <message>
        <source>Add someone from the organization to this project</source>
        <translation>Jemanden aus der Organisation zu diesem Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Make the selected member an owner or a member</source>
        <translation>Das ausgewählte Mitglied zum Inhaber oder Mitglied machen</translation>
    </message>
    <message>
        <source>Remove the selected member from this project</source>
        <translation>Das ausgewählte Mitglied aus diesem Projekt entfernen</translation>
    </message>
    <message>
        <source>%1 is not a member of the organization. Invite them to the organization first; once they have joined, they can be added to the project.</source>
        <translation>%1 ist kein Mitglied der Organisation. Laden Sie die Person zuerst in die Organisation ein; sobald sie beigetreten ist, kann sie zum Projekt hinzugefügt werden.</translation>
    </message>
    <message>
        <source>%1 was added to %2.</source>
        <translation>%1 wurde zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 was removed from %2.</source>
        <translation>%1 wurde aus %2 entfernt.</translation>
    </message>
    <message>
        <source>The role of %1 in %2 is now: %3.</source>
        <translation>Die Rolle von %1 in %2 ist jetzt: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for OpenAI&apos;s rate limit: next try in %n s</source>
        <translation>
            <numerusform>Warten auf das Ratenlimit von OpenAI: nächster Versuch in %n s</numerusform>
            <numerusform>Warten auf das Ratenlimit von OpenAI: nächster Versuch in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request failed: next try in %n s</source>
        <translation>
            <numerusform>Die Anfrage ist fehlgeschlagen: nächster Versuch in %n s</numerusform>
            <numerusform>Die Anfrage ist fehlgeschlagen: nächster Versuch in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberChangeDialog</name>
    <message>
        <source>Change Role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>The role of %1 in the project %2:</source>
        <translation>Die Rolle von %1 im Projekt %2:</translation>
    </message>
    <message>
        <source>&amp;Change Role</source>
        <translation>Rolle ä&amp;ndern</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the project %2? They lose access to the project; their account in the organization stays.</source>
        <translation>%1 aus dem Projekt %2 entfernen? Der Zugriff auf das Projekt endet; das Konto in der Organisation bleibt bestehen.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt …</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Rolle wird geändert …</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Copy the request ID</source>
        <translation>Die Anfrage-ID kopieren</translation>
    </message>
    <message>
        <source>Copy request ID</source>
        <translation>Anfrage-ID kopieren</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
</context>
<context>
    <name>OneTimeKeyDialog</name>
    <message>
        <source>Service Account Key</source>
        <translation>Schlüssel des Dienstkontos</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Service account %1 was created with this API key.</source>
        <translation>Das Dienstkonto %1 wurde mit diesem API-Schlüssel angelegt.</translation>
    </message>
    <message>
        <source>Copy the key now and keep it somewhere safe. It will not be shown again: OpenAI keeps only a shortened form of it, and OrgDesk does not keep it at all.</source>
        <translation>Kopieren Sie den Schlüssel jetzt und bewahren Sie ihn sicher auf. Er wird nicht noch einmal angezeigt: OpenAI speichert nur eine gekürzte Form, OrgDesk speichert ihn gar nicht.</translation>
    </message>
    <message>
        <source>Copy the key</source>
        <translation>Den Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n seconds if it still holds the key.</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert, wenn sie dann noch den Schlüssel enthält.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert, wenn sie dann noch den Schlüssel enthält.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied. The clipboard will be cleared shortly if it still holds the key.</source>
        <translation>Kopiert. Die Zwischenablage wird gleich geleert, wenn sie dann noch den Schlüssel enthält.</translation>
    </message>
    <message>
        <source>Did you store the key?</source>
        <translation>Haben Sie den Schlüssel gespeichert?</translation>
    </message>
    <message>
        <source>Once this window is closed, the key cannot be shown again. Without it, delete the service account and create a new one.</source>
        <translation>Nach dem Schließen dieses Fensters kann der Schlüssel nicht mehr angezeigt werden. Ohne ihn müssen Sie das Dienstkonto löschen und ein neues anlegen.</translation>
    </message>
    <message>
        <source>Yes, Close</source>
        <translation>Ja, schließen</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>OrganizationDialogs</name>
    <message>
        <source>“%1” was closed because the connection or its admin key changed.</source>
        <translation>„%1“ wurde geschlossen, weil sich die Verbindung oder ihr Administratorschlüssel geändert hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) closed because the connection or its admin key changed.</source>
        <translation>
            <numerusform>%n Dialog wurde geschlossen, weil sich die Verbindung oder ihr Administratorschlüssel geändert hat.</numerusform>
            <numerusform>%n Dialoge wurden geschlossen, weil sich die Verbindung oder ihr Administratorschlüssel geändert hat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>the listing never ends: %1</source>
        <translation>die Auflistung endet nie: %1</translation>
    </message>
    <message>
        <source>a page says more follow but gives no new cursor</source>
        <translation>eine Seite kündigt weitere an, nennt aber keinen neuen Cursor</translation>
    </message>
    <message>
        <source>a page with nothing in it says more follow</source>
        <translation>eine leere Seite kündigt weitere an</translation>
    </message>
    <message>
        <source>the list points back to a page it already gave</source>
        <translation>die Liste verweist auf eine bereits gelieferte Seite zurück</translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
    <message numerus="yes">
        <source>%n pages in a row held only what was already listed</source>
        <translation>
            <numerusform>%n Seite enthielt nur bereits Aufgeführtes</numerusform>
            <numerusform>%n Seiten in Folge enthielten nur bereits Aufgeführtes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <source>%1 is archived, and archived projects cannot be renamed.</source>
        <translation>%1 ist archiviert, und archivierte Projekte können nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>Only active projects can be archived.</source>
        <translation>Nur aktive Projekte können archiviert werden.</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird erstellt …</translation>
    </message>
    <message>
        <source>Created project %1</source>
        <translation>Projekt %1 erstellt</translation>
    </message>
    <message>
        <source>Renaming %1 to %2…</source>
        <translation>%1 wird in %2 umbenannt …</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>Archived project %1</source>
        <translation>Projekt %1 archiviert</translation>
    </message>
    <message>
        <source>Project %1 was not archived</source>
        <translation>Projekt %1 wurde nicht archiviert</translation>
    </message>
    <message numerus="yes">
        <source>Archived %1 of %n projects</source>
        <translation>
            <numerusform>%1 von %n Projekt archiviert</numerusform>
            <numerusform>%1 von %n Projekten archiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed</source>
        <translation>
            <numerusform>; %n fehlgeschlagen</numerusform>
            <numerusform>; %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; stopped before %n</source>
        <translation>
            <numerusform>; vor %n weiteren angehalten</numerusform>
            <numerusform>; vor %n weiteren angehalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectColumns</name>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>%1, archived</source>
        <translation>%1, archiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Archived on %1</source>
        <translation>Archiviert am %1</translation>
    </message>
    <message>
        <source>This project has no name</source>
        <translation>Dieses Projekt hat keinen Namen</translation>
    </message>
    <message numerus="yes">
        <source>Cost (%n days)</source>
        <translation>
            <numerusform>Kosten (%n Tag)</numerusform>
            <numerusform>Kosten (%n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What each project cost over the last %n days, today so far included</source>
        <translation>
            <numerusform>Was jedes Projekt in %n Tag gekostet hat, heute bis jetzt eingeschlossen</numerusform>
            <numerusform>Was jedes Projekt in den letzten %n Tagen gekostet hat, heute bis jetzt eingeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading the costs of the last %n days…</source>
        <translation>
            <numerusform>Die Kosten von %n Tag werden geladen…</numerusform>
            <numerusform>Die Kosten der letzten %n Tage werden geladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>The costs could not be loaded: %1</source>
        <translation>Die Kosten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No cost</source>
        <translation>Keine Kosten</translation>
    </message>
    <message>
        <source>No cost in this period</source>
        <translation>Keine Kosten in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>ProjectDetailsPane</name>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Archived:</source>
        <translation>Archiviert:</translation>
    </message>
    <message>
        <source>External key ID:</source>
        <translation>Externe Schlüssel-ID:</translation>
    </message>
    <message>
        <source>Residency:</source>
        <translation>Datenresidenz:</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Refresh details</source>
        <translation>Details aktualisieren</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>ProjectErrorText</name>
    <message>
        <source>OpenAI did not confirm whether %1 was created, and checking afterwards did not settle it. It may exist already: refresh the project list before you try again, so you don&apos;t create it twice (projects cannot be deleted).</source>
        <translation>OpenAI hat nicht bestätigt, ob %1 erstellt wurde, und auch eine Nachprüfung hat es nicht geklärt. Das Projekt gibt es vielleicht schon: Vor einem neuen Versuch die Projektliste aktualisieren, damit es nicht doppelt entsteht (Projekte lassen sich nicht löschen).</translation>
    </message>
    <message>
        <source>The admin key changed while %1 was being created. It may have been created with the old key, in that key&apos;s organization; nothing more was sent with it.</source>
        <translation>Der Administratorschlüssel hat sich geändert, während %1 erstellt wurde. Vielleicht wurde es mit dem alten Schlüssel in dessen Organisation erstellt; mit ihm wurde nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>%1 has been archived, and archived projects cannot be renamed. Refresh the project list to see its current state.</source>
        <translation>%1 wurde archiviert, und archivierte Projekte können nicht umbenannt werden. Die Projektliste aktualisieren, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited by OpenAI — retrying in %n s</source>
        <translation>
            <numerusform>Von OpenAI gedrosselt — neuer Versuch in %n s</numerusform>
            <numerusform>Von OpenAI gedrosselt — neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OpenAI had a server error — retrying in %n s</source>
        <translation>
            <numerusform>Serverfehler bei OpenAI — neuer Versuch in %n s</numerusform>
            <numerusform>Serverfehler bei OpenAI — neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OpenAI did not answer in time — retrying in %n s</source>
        <translation>
            <numerusform>OpenAI hat nicht rechtzeitig geantwortet — neuer Versuch in %n s</numerusform>
            <numerusform>OpenAI hat nicht rechtzeitig geantwortet — neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection failed — retrying in %n s</source>
        <translation>
            <numerusform>Die Verbindung ist fehlgeschlagen — neuer Versuch in %n s</numerusform>
            <numerusform>Die Verbindung ist fehlgeschlagen — neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s</source>
        <translation>
            <numerusform>Neuer Versuch in %n s</numerusform>
            <numerusform>Neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The Default project cannot be renamed or archived.</source>
        <translation>Das Standardprojekt („Default project“) kann weder umbenannt noch archiviert werden.</translation>
    </message>
    <message>
        <source>OpenAI said: %1</source>
        <translation>OpenAI meldet: %1</translation>
    </message>
</context>
<context>
    <name>ProjectExporter</name>
    <message>
        <source>projects</source>
        <translation>projekte</translation>
    </message>
</context>
<context>
    <name>ProjectNameDialog</name>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>Projekt&amp;name:</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Anfrage läuft</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknöpfe</translation>
    </message>
    <message>
        <source>Rename Project</source>
        <translation>Projekt umbenennen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>e.g. Support chatbot</source>
        <translation>z. B. Support-Chatbot</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation>%1 von höchstens %2 Zeichen</translation>
    </message>
    <message>
        <source>A project named %1 already exists. Names are not unique, and projects cannot be deleted.</source>
        <translation>Ein Projekt namens %1 gibt es bereits. Namen sind nicht eindeutig, und Projekte lassen sich nicht löschen.</translation>
    </message>
</context>
<context>
    <name>ProjectWorkspace</name>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Service accounts</source>
        <translation>Dienstkonten</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Ratenlimits</translation>
    </message>
    <message>
        <source>Project workspace</source>
        <translation>Projektarbeitsbereich</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>RateLimitTableModel</name>
    <message>
        <source>Requests/min</source>
        <translation>Anfragen/min</translation>
    </message>
    <message>
        <source>Tokens/min</source>
        <translation>Tokens/min</translation>
    </message>
    <message>
        <source>Images/min</source>
        <translation>Bilder/min</translation>
    </message>
    <message>
        <source>Audio MB/min</source>
        <translation>Audio-MB/min</translation>
    </message>
    <message>
        <source>Requests/day</source>
        <translation>Anfragen/Tag</translation>
    </message>
    <message>
        <source>Batch input tokens/day</source>
        <translation>Batch-Eingabetokens/Tag</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
    <message>
        <source>Changed; the service has %1</source>
        <translation>Geändert; der Dienst hat %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Changed, not saved</source>
        <translation>Geändert, nicht gespeichert</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>RateLimitTemplate</name>
    <message>
        <source>The file is not a rate-limit template: it is not a JSON object.</source>
        <translation>Die Datei ist keine Ratenlimit-Vorlage: sie ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The file is not an OrgDesk rate-limit template (version %1).</source>
        <translation>Die Datei ist keine OrgDesk-Ratenlimit-Vorlage (Version %1).</translation>
    </message>
    <message>
        <source>The template names no model.</source>
        <translation>Die Vorlage nennt kein Modell.</translation>
    </message>
    <message>
        <source>The template names more than %1 models.</source>
        <translation>Die Vorlage nennt mehr als %1 Modelle.</translation>
    </message>
    <message>
        <source>The template has a model without a name.</source>
        <translation>Die Vorlage enthält ein Modell ohne Namen.</translation>
    </message>
    <message>
        <source>The template sets nothing for the model %1.</source>
        <translation>Die Vorlage setzt nichts für das Modell %1.</translation>
    </message>
    <message>
        <source>The template sets an unknown value %1 for the model %2.</source>
        <translation>Die Vorlage setzt einen unbekannten Wert %1 für das Modell %2.</translation>
    </message>
    <message>
        <source>The template&apos;s %1 for the model %2 is not a positive whole number.</source>
        <translation>%1 der Vorlage für das Modell %2 ist keine positive ganze Zahl.</translation>
    </message>
</context>
<context>
    <name>RateLimitsTab</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Modelle suchen</translation>
    </message>
    <message>
        <source>This project is archived: its rate limits can be read but not changed.</source>
        <translation>Dieses Projekt ist archiviert: seine Ratenlimits können gelesen, aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Ratenlimits</translation>
    </message>
    <message>
        <source>Reading the rate limits…</source>
        <translation>Die Ratenlimits werden gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>Saving %n limit(s)…</source>
        <translation>
            <numerusform>%n Limit wird gespeichert …</numerusform>
            <numerusform>%n Limits werden gespeichert …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n limit(s) saved.</source>
        <translation>
            <numerusform>%n Limit gespeichert.</numerusform>
            <numerusform>%n Limits gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not saved: see the Result column.</source>
        <translation>
            <numerusform>%n nicht gespeichert: siehe Spalte Ergebnis.</numerusform>
            <numerusform>%n nicht gespeichert: siehe Spalte Ergebnis.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template could not be written to %1: %2</source>
        <translation>Die Vorlage konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Rate limits exported to %1.</source>
        <translation>Ratenlimits nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export Rate Limits</source>
        <translation>Ratenlimits exportieren</translation>
    </message>
    <message>
        <source>Rate-limit templates (*.json)</source>
        <translation>Ratenlimit-Vorlagen (*.json)</translation>
    </message>
</context>
<context>
    <name>ResourceListTab</name>
    <message>
        <source>This project is archived: its lists are read-only.</source>
        <translation>Dieses Projekt ist archiviert: Seine Listen sind schreibgeschützt.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for OpenAI&apos;s rate limit: next try in %n s</source>
        <translation>
            <numerusform>Warten auf das Ratenlimit von OpenAI: nächster Versuch in %n s</numerusform>
            <numerusform>Warten auf das Ratenlimit von OpenAI: nächster Versuch in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request failed: next try in %n s</source>
        <translation>
            <numerusform>Die Anfrage ist fehlgeschlagen: nächster Versuch in %n s</numerusform>
            <numerusform>Die Anfrage ist fehlgeschlagen: nächster Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one project to see its lists.</source>
        <translation>Wählen Sie ein Projekt aus, um seine Listen zu sehen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln shown</source>
        <translation>
            <numerusform>%1 von %Ln angezeigt</numerusform>
            <numerusform>%1 von %Ln angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln loaded</source>
        <translation>
            <numerusform>%Ln geladen</numerusform>
            <numerusform>%Ln geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — loading more…</source>
        <translation>%1 – weitere werden geladen …</translation>
    </message>
    <message>
        <source>%1 — more as you scroll</source>
        <translation>%1 – weitere beim Blättern</translation>
    </message>
</context>
<context>
    <name>ServiceAccountActions</name>
    <message>
        <source>&amp;New Service Account…</source>
        <translation>&amp;Neues Dienstkonto…</translation>
    </message>
    <message>
        <source>&amp;Delete Service Account…</source>
        <translation>Dienstkonto &amp;löschen…</translation>
    </message>
    <message>
        <source>Create a service account and its API key</source>
        <translation>Ein Dienstkonto und seinen API-Schlüssel anlegen</translation>
    </message>
    <message>
        <source>Delete the selected service account and its API keys</source>
        <translation>Das ausgewählte Dienstkonto und seine API-Schlüssel löschen</translation>
    </message>
    <message>
        <source>OpenAI&apos;s answer was lost; checking whether the service account was made…</source>
        <translation>Die Antwort von OpenAI ging verloren; es wird geprüft, ob das Dienstkonto angelegt wurde…</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird angelegt…</translation>
    </message>
    <message>
        <source>Created service account %1</source>
        <translation>Dienstkonto %1 angelegt</translation>
    </message>
    <message>
        <source>OpenAI created service account %1, but its answer, which carried the API key, was lost. The key cannot be shown again: delete this service account and create a new one to get a key.</source>
        <translation>OpenAI hat das Dienstkonto %1 angelegt, aber die Antwort mit dem API-Schlüssel ging verloren. Der Schlüssel kann nicht mehr angezeigt werden: Löschen Sie dieses Dienstkonto und legen Sie ein neues an, um einen Schlüssel zu erhalten.</translation>
    </message>
    <message>
        <source>OpenAI did not answer clearly, and no such service account was found in %1 afterwards: nothing was created. You can try again.</source>
        <translation>OpenAI hat nicht eindeutig geantwortet, und danach wurde in %1 kein solches Dienstkonto gefunden: Es wurde nichts angelegt. Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>OpenAI did not confirm whether the service account was created, and checking afterwards did not settle it. Create looks again before it sends anything, so trying again does not make it twice.</source>
        <translation>OpenAI hat nicht bestätigt, ob das Dienstkonto angelegt wurde, und die Prüfung danach hat es nicht geklärt. Anlegen sieht vor dem Senden erneut nach, ein neuer Versuch legt es also nicht doppelt an.</translation>
    </message>
    <message>
        <source>Deleted service account %1</source>
        <translation>Dienstkonto %1 gelöscht</translation>
    </message>
</context>
<context>
    <name>ServiceAccountNameDialog</name>
    <message>
        <source>New Service Account</source>
        <translation>Neues Dienstkonto</translation>
    </message>
    <message>
        <source>Service account &amp;name:</source>
        <translation>&amp;Name des Dienstkontos:</translation>
    </message>
    <message>
        <source>Service account name</source>
        <translation>Name des Dienstkontos</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Anfrage läuft</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>e.g. Nightly batch</source>
        <translation>z. B. Nächtlicher Batch</translation>
    </message>
    <message>
        <source>The service account joins %1 as a member, with one API key. The key is shown once, right after it is created.</source>
        <translation>Das Dienstkonto tritt %1 als Mitglied bei, mit einem API-Schlüssel. Der Schlüssel wird einmal angezeigt, direkt nach dem Anlegen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The key is no longer used, but it could not be removed from the system keychain. %1</source>
        <translation>Der Schlüssel wird nicht mehr verwendet, konnte aber nicht aus dem Schlüsselbund des Systems entfernt werden. %1</translation>
    </message>
</context>
<context>
    <name>SetRateLimitsDialog</name>
    <message>
        <source>Set Rate Limits</source>
        <translation>Ratenlimits setzen</translation>
    </message>
    <message numerus="yes">
        <source>Set a model&apos;s rate limits in the %n selected project(s). Nothing is sent before you press Apply, and nothing for a project that already has the values.</source>
        <translation>
            <numerusform>Die Ratenlimits eines Modells im ausgewählten Projekt setzen. Nichts wird gesendet, bevor Sie Anwenden drücken, und nichts für ein Projekt, das die Werte schon hat.</numerusform>
            <numerusform>Die Ratenlimits eines Modells in den %n ausgewählten Projekten setzen. Nichts wird gesendet, bevor Sie Anwenden drücken, und nichts für ein Projekt, das die Werte schon hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>&amp;Import Template…</source>
        <translation>Vorlage &amp;importieren …</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message numerus="yes">
        <source>Template %1: %n model(s).</source>
        <translation>
            <numerusform>Vorlage %1: %n Modell.</numerusform>
            <numerusform>Vorlage %1: %n Modelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is too large for a rate-limit template.</source>
        <translation>Die Datei ist zu groß für eine Ratenlimit-Vorlage.</translation>
    </message>
    <message>
        <source>Import Rate Limits</source>
        <translation>Ratenlimits importieren</translation>
    </message>
    <message>
        <source>Rate-limit templates (*.json)</source>
        <translation>Ratenlimit-Vorlagen (*.json)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Skipped: its limits could not be read (%1)</source>
        <translation>Übersprungen: seine Limits konnten nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>Skipped: archived</source>
        <translation>Übersprungen: archiviert</translation>
    </message>
    <message>
        <source>Skipped: no limit for this model</source>
        <translation>Übersprungen: kein Limit für dieses Modell</translation>
    </message>
    <message>
        <source>Skipped: the model does not have this limit</source>
        <translation>Übersprungen: das Modell hat dieses Limit nicht</translation>
    </message>
    <message>
        <source>Already set: nothing to send</source>
        <translation>Schon gesetzt: nichts zu senden</translation>
    </message>
    <message>
        <source>Will change</source>
        <translation>Wird geändert</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Left untouched (stopped before its turn)</source>
        <translation>Unverändert gelassen (vorher angehalten)</translation>
    </message>
    <message>
        <source>Choose a model and the limits to set.</source>
        <translation>Wählen Sie ein Modell und die zu setzenden Limits.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the projects&apos; limits (%n update(s) to send so far)…</source>
        <translation>
            <numerusform>Die Limits der Projekte werden gelesen (bisher %n Änderung zu senden) …</numerusform>
            <numerusform>Die Limits der Projekte werden gelesen (bisher %n Änderungen zu senden) …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply will send %n update(s).</source>
        <translation>
            <numerusform>Anwenden sendet %n Änderung.</numerusform>
            <numerusform>Anwenden sendet %n Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Setting %1 in %2 (%3 of %4)…</source>
        <translation>%1 in %2 wird gesetzt (%3 von %4) …</translation>
    </message>
    <message>
        <source>Stopping after this project…</source>
        <translation>Nach diesem Projekt wird angehalten …</translation>
    </message>
    <message numerus="yes">
        <source>Changed: %n</source>
        <translation>
            <numerusform>Geändert: %n</numerusform>
            <numerusform>Geändert: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged (already set): %n</source>
        <translation>
            <numerusform>Unverändert (schon gesetzt): %n</numerusform>
            <numerusform>Unverändert (schon gesetzt): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n</source>
        <translation>
            <numerusform>Übersprungen: %n</numerusform>
            <numerusform>Übersprungen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed: %n</source>
        <translation>
            <numerusform>Fehlgeschlagen: %n</numerusform>
            <numerusform>Fehlgeschlagen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left untouched (stopped): %n</source>
        <translation>
            <numerusform>Unverändert gelassen (angehalten): %n</numerusform>
            <numerusform>Unverändert gelassen (angehalten): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Why they failed:</source>
        <translation>Warum sie fehlschlugen:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>between two shortcuts of one action, as in &quot;F5, Ctrl+R&quot;</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SpendController</name>
    <message>
        <source>%1 is not listed yet: Load all to list every project.</source>
        <translation>%1 ist noch nicht aufgelistet: „Alle laden“ listet jedes Projekt.</translation>
    </message>
    <message>
        <source>Spend &amp;period</source>
        <translation>Kosten&amp;zeitraum</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>Letzte &amp;7 Tage</translation>
    </message>
    <message>
        <source>Last &amp;30 days</source>
        <translation>Letzte &amp;30 Tage</translation>
    </message>
    <message>
        <source>Last &amp;90 days</source>
        <translation>Letzte &amp;90 Tage</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <source>Only &amp;idle projects</source>
        <translation>Nur &amp;ungenutzte Projekte</translation>
    </message>
    <message>
        <source>Show only the active projects that cost nothing in the period</source>
        <translation>Nur aktive Projekte zeigen, die im Zeitraum nichts gekostet haben</translation>
    </message>
    <message>
        <source>Choose a spend period in the View menu to see costs.</source>
        <translation>Wählen Sie im Menü „Ansicht“ einen Kostenzeitraum, um Kosten zu sehen.</translation>
    </message>
    <message>
        <source>Costs load after the first page of projects.</source>
        <translation>Die Kosten werden nach der ersten Seite der Projekte geladen.</translation>
    </message>
    <message>
        <source>Loading costs…</source>
        <translation>Kosten werden geladen…</translation>
    </message>
    <message>
        <source>The costs could not be loaded: %1 The projects still work; F5 tries again.</source>
        <translation>Die Kosten konnten nicht geladen werden: %1 Die Projekte funktionieren weiter; F5 versucht es erneut.</translation>
    </message>
    <message>
        <source>The costs could not be loaded; F5 tries again.</source>
        <translation>Die Kosten konnten nicht geladen werden; F5 versucht es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n idle projects shown</source>
        <translation>
            <numerusform>%n ungenutztes Projekt angezeigt</numerusform>
            <numerusform>%n ungenutzte Projekte angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendDock</name>
    <message>
        <source>Top spenders</source>
        <translation>Größte Kostenverursacher</translation>
    </message>
    <message>
        <source>&amp;Top spenders</source>
        <translation>&amp;Größte Kostenverursacher</translation>
    </message>
    <message numerus="yes">
        <source>The projects that cost most in the last %n days</source>
        <translation>
            <numerusform>Die Projekte, die in %n Tag am meisten gekostet haben</numerusform>
            <numerusform>Die Projekte, die in den letzten %n Tagen am meisten gekostet haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No project cost anything in the last %n days</source>
        <translation>
            <numerusform>Kein Projekt hat in %n Tag etwas gekostet</numerusform>
            <numerusform>Kein Projekt hat in den letzten %n Tagen etwas gekostet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceTabs</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>This project has no members.</source>
        <translation>Dieses Projekt hat keine Mitglieder.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Service accounts</source>
        <translation>Dienstkonten</translation>
    </message>
    <message>
        <source>This project has no service accounts.</source>
        <translation>Dieses Projekt hat keine Dienstkonten.</translation>
    </message>
    <message>
        <source>%1 (service account)</source>
        <translation>%1 (Dienstkonto)</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>This project has no API keys.</source>
        <translation>Dieses Projekt hat keine API-Schlüssel.</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>service accounts</source>
        <translation>Dienstkonten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The Admin API base URL (default: $OPENAI_BASE_URL, else %1). Plain http:// only for loopback addresses.</source>
        <translation>Die Basis-URL der Admin API (Vorgabe: $OPENAI_BASE_URL, sonst %1). Einfaches http:// nur für Loopback-Adressen.</translation>
    </message>
    <message>
        <source>For testing and benchmarks: quit with code 0 as soon as the first page of projects is shown, or 1 if it cannot be (also ORGDESK_QUIT_AFTER_LOAD=1).</source>
        <translation>Für Tests und Benchmarks: mit Code 0 beenden, sobald die erste Seite der Projekte angezeigt wird, oder mit 1, wenn das nicht gelingt (auch ORGDESK_QUIT_AFTER_LOAD=1).</translation>
    </message>
    <message>
        <source>orgdesk: base URL %1: %2</source>
        <translation>orgdesk: Basis-URL %1: %2</translation>
    </message>
    <message>
        <source>no admin key (set OPENAI_ADMIN_KEY)</source>
        <translation>kein Administratorschlüssel (OPENAI_ADMIN_KEY setzen)</translation>
    </message>
    <message>
        <source>Use the connection called &lt;name&gt; (File → Connections…) instead of the one used last.</source>
        <translation>Die Verbindung namens &lt;name&gt; verwenden (Datei → Verbindungen…) statt der zuletzt verwendeten.</translation>
    </message>
    <message>
        <source>Manage the projects of an OpenAI organization.

The admin key comes from $OPENAI_ADMIN_KEY (this session only) or the system keychain, one per connection; OrgDesk asks for it when there is none.</source>
        <translation>Die Projekte einer OpenAI-Organisation verwalten.

Der Admin-Schlüssel kommt aus $OPENAI_ADMIN_KEY (nur für diese Sitzung) oder aus dem Schlüsselbund des Systems, einer je Verbindung; OrgDesk fragt danach, wenn keiner vorhanden ist.</translation>
    </message>
    <message>
        <source>orgdesk: no connection is called &quot;%1&quot;: there are none yet (File → Connections… adds one).</source>
        <translation>orgdesk: keine Verbindung heißt „%1“: es gibt noch keine (Datei → Verbindungen… fügt eine hinzu).</translation>
    </message>
    <message>
        <source>orgdesk: no connection is called &quot;%1&quot;. Known: %2.</source>
        <translation>orgdesk: keine Verbindung heißt „%1“. Bekannt: %2.</translation>
    </message>
    <message>
        <source>orgdesk: --connection given: OPENAI_ADMIN_KEY is not used.</source>
        <translation>orgdesk: --connection angegeben: OPENAI_ADMIN_KEY wird nicht verwendet.</translation>
    </message>
    <message>
        <source>For benchmarks: quit with code 0 as soon as the first rows are shown, the remembered ones or the first page, or 1 if none can be. Prints when they were shown: &quot;shown-at-ns&quot; and the monotonic clock.</source>
        <translation>Für Benchmarks: mit Code 0 beenden, sobald die ersten Zeilen angezeigt werden (die gespeicherten oder die erste Seite), oder mit 1, wenn keine angezeigt werden können. Gibt aus, wann sie angezeigt wurden: „shown-at-ns“ und die monotone Uhr.</translation>
    </message>
</context>
</TS>
