<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FieldCheck</name>
    <message numerus="yes">
        <location filename="../app/core/model/FieldCheck.cpp" line="11"/>
        <source>This value is too long: at most %n characters.</source>
        <translation>
            <numerusform>This value is too long: at most %n character.</numerusform>
            <numerusform>This value is too long: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message numerus="yes">
        <location filename="../app/core/model/FieldValidator.cpp" line="66"/>
        <source>The %1 is 24 characters of 0-9 and a-f, like 5f3e2d1c0b9a887766554433; this value has %n character(s).</source>
        <translation>
            <numerusform>The %1 is 24 characters of 0-9 and a-f, like 5f3e2d1c0b9a887766554433; this value has %n character.</numerusform>
            <numerusform>The %1 is 24 characters of 0-9 and a-f, like 5f3e2d1c0b9a887766554433; this value has %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/model/FieldValidator.cpp" line="93"/>
        <source>An AWS account ID has 12 digits; this one has %n. Keep any leading zeros.</source>
        <translation>
            <numerusform>An AWS account ID has 12 digits; this one has %n. Keep any leading zeros.</numerusform>
            <numerusform>An AWS account ID has 12 digits; this one has %n. Keep any leading zeros.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::HeadlessSubmitter</name>
    <message numerus="yes">
        <location filename="../app/core/provisioning/HeadlessSubmitter.cpp" line="74"/>
        <source>peering-desk: %n peering(s) created.</source>
        <translation>
            <numerusform>peering-desk: %n peering created.</numerusform>
            <numerusform>peering-desk: %n peerings created.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="264"/>
        <source>%n field(s) still need a value or a fix.</source>
        <translation>
            <numerusform>%n field still needs a value or a fix.</numerusform>
            <numerusform>%n fields still need a value or a fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="766"/>
        <source>Opened %1 (%n request(s)).</source>
        <translation>
            <numerusform>Opened %1 (%n request).</numerusform>
            <numerusform>Opened %1 (%n requests).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProfileDialog</name>
    <message numerus="yes">
        <location filename="../ui/ProfileDialog.cpp" line="368"/>
        <source>Connected. This key sees %n project(s).</source>
        <translation>
            <numerusform>Connected. This key sees %n project.</numerusform>
            <numerusform>Connected. This key sees %n projects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ProfileDialog.cpp" line="384"/>
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>Imported %n profile: %1.</numerusform>
            <numerusform>Imported %n profiles: %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
