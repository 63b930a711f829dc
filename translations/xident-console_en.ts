<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Xident::Console::HistoryStore</name>
    <message numerus="yes">
        <source>%n session(s) could not be removed from the history: %1</source>
        <translation type="vanished">
            <numerusform>%n session could not be removed from the history: %1</numerusform>
            <numerusform>%n sessions could not be removed from the history: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archived mark of %n session(s) could not be saved in the history: %1</source>
        <translation type="vanished">
            <numerusform>The archived mark of %n session could not be saved in the history: %1</numerusform>
            <numerusform>The archived mark of %n sessions could not be saved in the history: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Xident::Console::InspectorPane</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation type="vanished">
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation type="vanished">
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Xident::Console::PasteTokensDialog</name>
    <message numerus="yes">
        <source>Added %n session(s).</source>
        <translation type="vanished">
            <numerusform>Added %n session.</numerusform>
            <numerusform>Added %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the watchlist.</source>
        <translation type="vanished">
            <numerusform>%n is already in the watchlist.</numerusform>
            <numerusform>%n are already in the watchlist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Xident::Console::WatchlistPane</name>
    <message numerus="yes">
        <source>Remove %n session(s) from the watchlist and its history?</source>
        <translation type="vanished">
            <numerusform>Remove %n session from the watchlist and its history?</numerusform>
            <numerusform>Remove %n sessions from the watchlist and its history?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n finished session(s).</source>
        <translation type="vanished">
            <numerusform>Removed %n finished session.</numerusform>
            <numerusform>Removed %n finished sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="vanished">
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) shown</source>
        <translation type="vanished">
            <numerusform>%1 of %n session shown</numerusform>
            <numerusform>%1 of %n sessions shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n session(s) shown.</source>
        <translation type="vanished">
            <numerusform>Export the %n session shown.</numerusform>
            <numerusform>Export the %n sessions shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n selected session(s).</source>
        <translation type="vanished">
            <numerusform>Export the %n selected session.</numerusform>
            <numerusform>Export the %n selected sessions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Xident::Console::WebhookCheck</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="vanished">
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="vanished">
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="vanished">
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Xident::Console::WebhookInboxPane</name>
    <message numerus="yes">
        <source>%n request(s) received; the latest %1 are kept.</source>
        <translation type="vanished">
            <numerusform>%n request received; the latest %1 are kept.</numerusform>
            <numerusform>%n requests received; the latest %1 are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Xident::Console::WebhookValidatorPane</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation type="vanished">
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation type="vanished">
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
</context>
</TS>
