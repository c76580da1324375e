<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArchiveDialog</name>
    <message numerus="yes">
        <source>Archive %n Projects</source>
        <translation>
            <numerusform>Archive %n Project</numerusform>
            <numerusform>Archive %n Projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive these %n projects?</source>
        <translation>
            <numerusform>Archive this %n project?</numerusform>
            <numerusform>Archive these %n projects?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n projects</source>
        <translation>
            <numerusform>Archive %n project</numerusform>
            <numerusform>Archive %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %1 of %n projects.</source>
        <translation>
            <numerusform>Archived %1 of %n project.</numerusform>
            <numerusform>Archived %1 of %n projects.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message numerus="yes">
        <source>Archived %1 of %n projects</source>
        <translation>
            <numerusform>Archived %1 of %n project</numerusform>
            <numerusform>Archived %1 of %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed</source>
        <translation>
            <numerusform>; %n failed</numerusform>
            <numerusform>; %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; stopped before %n</source>
        <translation>
            <numerusform>; stopped before %n</numerusform>
            <numerusform>; stopped before %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectErrorText</name>
    <message numerus="yes">
        <source>Rate limited by OpenAI — retrying in %n s</source>
        <translation>
            <numerusform>Rate limited by OpenAI — retrying in %n s</numerusform>
            <numerusform>Rate limited by OpenAI — retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OpenAI had a server error — retrying in %n s</source>
        <translation>
            <numerusform>OpenAI had a server error — retrying in %n s</numerusform>
            <numerusform>OpenAI had a server error — retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OpenAI did not answer in time — retrying in %n s</source>
        <translation>
            <numerusform>OpenAI did not answer in time — retrying in %n s</numerusform>
            <numerusform>OpenAI did not answer in time — retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection failed — retrying in %n s</source>
        <translation>
            <numerusform>The connection failed — retrying in %n s</numerusform>
            <numerusform>The connection failed — retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s</source>
        <translation>
            <numerusform>Retrying in %n s</numerusform>
            <numerusform>Retrying in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message numerus="yes">
        <source>%n pages in a row held only projects already listed</source>
        <translation>
            <numerusform>%n page held only projects already listed</numerusform>
            <numerusform>%n pages in a row held only projects already listed</numerusform>
        </translation>
    </message>
</context>
</TS>
