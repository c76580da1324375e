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
    <name>BarChart</name>
    <message numerus="yes">
        <source>%n bars, total %1, highest %2 (%3)</source>
        <translation>
            <numerusform>%n bar, total %1, highest %2 (%3)</numerusform>
            <numerusform>%n bars, total %1, highest %2 (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingTexts</name>
    <message numerus="yes">
        <source>%1 of %Ln projects match</source>
        <translation>
            <numerusform>%1 of %Ln project matches</numerusform>
            <numerusform>%1 of %Ln projects match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %Ln loaded projects — Load all to search everything</source>
        <translation>
            <numerusform>Searching %Ln loaded project — Load all to search everything</numerusform>
            <numerusform>Searching %Ln loaded projects — Load all to search everything</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln projects</source>
        <extracomment>The whole list; in the singular just &quot;%n project&quot;</extracomment>
        <translation>
            <numerusform>%Ln project</numerusform>
            <numerusform>All %Ln projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects loaded — more available</source>
        <translation>
            <numerusform>%Ln project loaded — more available</numerusform>
            <numerusform>%Ln projects loaded — more available</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln archived)</source>
        <translation>
            <numerusform> (%Ln archived)</numerusform>
            <numerusform> (%Ln archived)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %Ln loaded projects — Load all to search everything.</source>
        <translation>
            <numerusform>Searching %Ln loaded project — Load all to search everything.</numerusform>
            <numerusform>Searching %Ln loaded projects — Load all to search everything.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadStatusBar</name>
    <message numerus="yes">
        <source>Rate limited by OpenAI — retrying in %n s</source>
        <translation>
            <numerusform>Rate limited by OpenAI — retrying in %n s</numerusform>
            <numerusform>Rate limited by OpenAI — retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request failed — retrying in %n s</source>
        <translation>
            <numerusform>The request failed — retrying in %n s</numerusform>
            <numerusform>The request failed — retrying in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln projects selected</source>
        <translation>
            <numerusform>%Ln project selected</numerusform>
            <numerusform>%Ln projects selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln IDs</source>
        <translation>
            <numerusform>Copied %Ln ID</numerusform>
            <numerusform>Copied %Ln IDs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message numerus="yes">
        <source>%n pages in a row held only what was already listed</source>
        <translation>
            <numerusform>%n page held only what was already listed</numerusform>
            <numerusform>%n pages in a row held only what was already listed</numerusform>
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
</TS>
