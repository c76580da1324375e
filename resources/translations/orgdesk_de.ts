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
        <source>OpenAI refused this project key (403): the Admin API needs an admin key (sk-admin-…), which an organization owner creates under Settings → Organization → Admin keys at platform.openai.com.</source>
        <translation>OpenAI hat diesen Projektschlüssel abgelehnt (403): Die Admin API benötigt einen Administratorschlüssel (sk-admin-…), den ein Eigentümer der Organisation auf platform.openai.com unter Settings → Organization → Admin keys erstellt.</translation>
    </message>
    <message>
        <source>OpenAI rejected this key (401). Check that you copied the whole admin key and that it has not been revoked or deleted.</source>
        <translation>OpenAI hat diesen Schlüssel abgelehnt (401). Bitte prüfen, ob der Administratorschlüssel vollständig kopiert wurde und nicht widerrufen oder gelöscht ist.</translation>
    </message>
    <message>
        <source>This key may not manage the organization (403). It is probably a project key, or an admin key without the api.management.read scope. The Admin API needs an admin key (sk-admin-…), which an organization owner creates under Settings → Organization → Admin keys at platform.openai.com.</source>
        <translation>Dieser Schlüssel darf die Organisation nicht verwalten (403). Vermutlich ist es ein Projektschlüssel oder ein Administratorschlüssel ohne den Bereich api.management.read. Die Admin API benötigt einen Administratorschlüssel (sk-admin-…), den ein Eigentümer der Organisation auf platform.openai.com unter Settings → Organization → Admin keys erstellt.</translation>
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
    <name>Session</name>
    <message>
        <source>The key is no longer used, but it could not be removed from the system keychain. %1</source>
        <translation>Der Schlüssel wird nicht mehr verwendet, konnte aber nicht aus dem Schlüsselbund des Systems entfernt werden. %1</translation>
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
        <source>Manage the projects of an OpenAI organization.

The admin key comes from $OPENAI_ADMIN_KEY (this session only) or the system keychain; OrgDesk asks for it when there is none.</source>
        <translation>Die Projekte einer OpenAI-Organisation verwalten.

Der Administratorschlüssel kommt aus $OPENAI_ADMIN_KEY (nur für diese Sitzung) oder aus dem Schlüsselbund des Systems; fehlt er, fragt OrgDesk danach.</translation>
    </message>
    <message>
        <source>orgdesk: base URL %1: %2</source>
        <translation>orgdesk: Basis-URL %1: %2</translation>
    </message>
    <message>
        <source>no admin key (set OPENAI_ADMIN_KEY)</source>
        <translation>kein Administratorschlüssel (OPENAI_ADMIN_KEY setzen)</translation>
    </message>
</context>
</TS>
