<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../ui/AboutBox.cpp" line="+11"/>
        <source>About Peering Desk</source>
        <translation>Über Peering Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Peering Desk %1&lt;/h3&gt;&lt;p&gt;Creates MongoDB Atlas network peering connections for AWS, Azure and Google Cloud, with credentials kept in the system keychain.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;MongoDB and Atlas are trademarks of MongoDB, Inc. Peering Desk is not affiliated with MongoDB, Inc.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Peering Desk %1&lt;/h3&gt;&lt;p&gt;Erstellt MongoDB-Atlas-Netzwerk-Peering-Verbindungen für AWS, Azure und Google Cloud; die Anmeldedaten werden im Schlüsselbund des Systems aufbewahrt.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder neuer.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (läuft mit Qt %3).&lt;/p&gt;&lt;p&gt;MongoDB und Atlas sind Marken von MongoDB, Inc. Peering Desk steht in keiner Verbindung zu MongoDB, Inc.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccessListAdvice</name>
    <message>
        <location filename="../app/core/peering/AccessListAdvice.cpp" line="+39"/>
        <source>The VPC&apos;s CIDR block is offered; narrow it to the subnets of your application if you prefer.</source>
        <translation>Der CIDR-Block der VPC ist vorausgefüllt; schränken Sie ihn auf die Subnetze Ihrer Anwendung ein, wenn Sie möchten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This peering crosses regions (%1 to %2): AWS does not let a security group be referenced across regions, so the access list needs the CIDR blocks, not a security group.</source>
        <translation>Dieses Peering ist regionsübergreifend (%1 nach %2): AWS erlaubt keine Verweise auf Sicherheitsgruppen über Regionen hinweg, daher braucht die Zugriffsliste die CIDR-Blöcke und keine Sicherheitsgruppe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Atlas does not know your VNet&apos;s ranges: enter its address space, or the subnets your application runs in (az network vnet show --query addressSpace).</source>
        <translation>Atlas kennt die Adressbereiche Ihres VNet nicht: Geben Sie seinen Adressraum ein oder die Subnetze, in denen Ihre Anwendung läuft (az network vnet show --query addressSpace).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Atlas does not know your network&apos;s ranges: enter the subnet ranges your application runs in (gcloud compute networks subnets list --network=%1).</source>
        <translation>Atlas kennt die Adressbereiche Ihres Netzwerks nicht: Geben Sie die Bereiche der Subnetze ein, in denen Ihre Anwendung läuft (gcloud compute networks subnets list --network=%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On GKE, add the cluster&apos;s Pod range too: GKE does not translate Pod addresses to the node&apos;s, so connections arrive from the Pod range.</source>
        <translation>Fügen Sie bei GKE auch den Pod-Bereich des Clusters hinzu: GKE setzt Pod-Adressen nicht auf die Adresse des Knotens um, daher kommen Verbindungen aus dem Pod-Bereich.</translation>
    </message>
</context>
<context>
    <name>AccessListExporter</name>
    <message>
        <location filename="../app/core/provisioning/AccessListExporter.cpp" line="+63"/>
        <source>Add depends_on with the peering&apos;s resource when both are in one configuration: Atlas accepts the entry at any time, but it only carries traffic once the peering is AVAILABLE.</source>
        <translation>Fügen Sie depends_on mit der Ressource des Peerings hinzu, wenn beide in derselben Konfiguration stehen: Atlas nimmt den Eintrag jederzeit an, Datenverkehr fließt aber erst, wenn das Peering AVAILABLE ist.</translation>
    </message>
</context>
<context>
    <name>AccessListOption</name>
    <message>
        <location filename="../ui/AccessListOption.ui" line="+13"/>
        <source>Also allow this network in the project&apos;s IP &amp;access list</source>
        <translation>Dieses Netz auch in der IP-Zugriffsliste des Projekts &amp;zulassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Once the peering is created, its ranges are added to the project&apos;s IP access list, as the result panel&apos;s &quot;Allow in Access List&quot; does. Saved with the form, and sent by --submit.</source>
        <translation>Sobald das Peering erstellt ist, werden seine Bereiche in die IP-Zugriffsliste des Projekts eingetragen, wie es „In Zugriffsliste zulassen“ im Ergebnisbereich tut. Wird mit dem Formular gespeichert und von --submit gesendet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ran&amp;ges:</source>
        <translation>CIDR-&amp;Bereiche:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 10.20.0.0/16, 10.21.4.0/24</source>
        <translation>z. B. 10.20.0.0/16, 10.21.4.0/24</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access list ranges</source>
        <translation>Bereiche für die Zugriffsliste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Private IPv4 ranges of the network that connects, separated by commas.</source>
        <translation>Private IPv4-Bereiche des Netzes, das sich verbindet, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Comme&amp;nt:</source>
        <translation>Ko&amp;mmentar:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Access list entry comment</source>
        <translation>Kommentar des Zugriffslisteneintrags</translation>
    </message>
</context>
<context>
    <name>AccessListPanel</name>
    <message>
        <location filename="../ui/AccessListPanel.ui" line="+6"/>
        <location line="+3"/>
        <source>IP access list entry</source>
        <translation>Eintrag in der IP-Zugriffsliste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A peering carries traffic, but Atlas only accepts connections from addresses on the project&apos;s IP access list.</source>
        <translation>Ein Peering überträgt den Datenverkehr, aber Atlas nimmt nur Verbindungen von Adressen an, die auf der IP-Zugriffsliste des Projekts stehen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Ranges:</source>
        <translation>&amp;CIDR-Bereiche:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 10.20.0.0/16, 10.21.4.0/24</source>
        <translation>z. B. 10.20.0.0/16, 10.21.4.0/24</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranges to allow</source>
        <translation>Zuzulassende Adressbereiche</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Co&amp;mment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Access list comment</source>
        <translation>Kommentar für die Zugriffsliste</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copy As</source>
        <translation>Kopieren als</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Allow in Access List</source>
        <translation>In Zugriffsliste &amp;zulassen</translation>
    </message>
</context>
<context>
    <name>AccessListRequest</name>
    <message>
        <location filename="../app/core/model/AccessListRequest.cpp" line="+33"/>
        <source>%1 needs a prefix length: a whole network is written like %1/24, one address as %1/32.</source>
        <translation>%1 braucht eine Präfixlänge: Ein ganzes Netzwerk schreibt man etwa als %1/24, eine einzelne Adresse als %1/32.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is IPv6; network peering carries IPv4 only. Enter the IPv4 range of the network.</source>
        <translation>%1 ist IPv6; Netzwerk-Peering überträgt nur IPv4. Geben Sie den IPv4-Adressbereich des Netzwerks ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a CIDR block. Write it as four numbers and a prefix length, like 10.20.0.0/16.</source>
        <translation>%1 ist kein CIDR-Block. Schreiben Sie ihn als vier Zahlen mit Präfixlänge, etwa 10.20.0.0/16.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 would allow every address on the internet. Enter the private range of your network.</source>
        <translation>%1 würde jede Adresse im Internet zulassen. Geben Sie den privaten Adressbereich Ihres Netzwerks ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has host bits set; the block it means is %2.</source>
        <translation>In %1 sind Host-Bits gesetzt; gemeint ist der Block %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a public range: only private ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) arrive over a peering, and a public entry would let that range in from the internet.</source>
        <translation>%1 ist ein öffentlicher Bereich: Über ein Peering kommen nur private Bereiche (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) an, und ein öffentlicher Eintrag würde diesen Bereich aus dem Internet zulassen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter at least one private range of the network that should reach the clusters.</source>
        <translation>Geben Sie mindestens einen privaten Adressbereich des Netzwerks ein, das die Cluster erreichen soll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is listed twice.</source>
        <translation>%1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Atlas keeps at most %1 characters of comment; this one has %2.</source>
        <translation>Atlas speichert höchstens %1 Zeichen Kommentar; dieser hat %2.</translation>
    </message>
</context>
<context>
    <name>AtlasClient</name>
    <message>
        <location filename="../app/core/transport/AtlasClient.cpp" line="+51"/>
        <source>(empty body)</source>
        <translation>(leerer Inhalt)</translation>
    </message>
</context>
<context>
    <name>AtlasConnection</name>
    <message>
        <location filename="../app/core/connection/AtlasConnection.cpp" line="+13"/>
        <source>profile &quot;%1&quot;</source>
        <translation>das Profil „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the sandbox</source>
        <translation>die Sandbox</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no profile</source>
        <translation>kein Profil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no profile yet. Create one with File ▸ Profiles (your Atlas URL and API key or service account), or try the built-in sandbox.</source>
        <translation>Es gibt noch kein Profil. Erstellen Sie eines unter Datei ▸ Profile (Ihre Atlas-URL und Ihr API-Schlüssel oder Dienstkonto) oder probieren Sie die eingebaute Sandbox aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Atlas URL of %1 is not a valid web address: edit it in File ▸ Profiles.</source>
        <translation>Die Atlas-URL für %1 ist keine gültige Webadresse: Bearbeiten Sie sie unter Datei ▸ Profile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was sent: %1 points at %2. %3</source>
        <translation>Nichts wurde gesendet, weil %1 auf %2 verweist. %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Atlas for Government does not offer Azure network peering.</source>
        <translation>Atlas for Government bietet kein Azure-Netzwerk-Peering an.</translation>
    </message>
</context>
<context>
    <name>AwsPage</name>
    <message>
        <location filename="../ui/AwsPage.ui" line="+24"/>
        <source>&amp;Region of your VPC:</source>
        <translation>&amp;Region Ihrer VPC:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. us-east-1</source>
        <translation>z. B. us-east-1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The AWS region of the VPC to peer, as AWS writes it (us-east-1). The AWS console shows it in the region selector at the top right. It may differ from the Atlas container&apos;s region.</source>
        <translation>Die AWS-Region der zu verbindenden VPC, so wie AWS sie schreibt (us-east-1). Die AWS-Konsole zeigt sie oben rechts in der Regionsauswahl. Sie kann sich von der Region des Atlas-Containers unterscheiden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region of your VPC</source>
        <translation>Region Ihrer VPC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AWS region of the VPC to peer, for example us-east-1.</source>
        <translation>AWS-Region der zu verbindenden VPC, zum Beispiel us-east-1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>AWS &amp;account ID:</source>
        <translation>AWS-&amp;Konto-ID:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. 123456789012</source>
        <translation>z. B. 123456789012</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>e.g. vpc-0123456789abcdef0</source>
        <translation>z. B. vpc-0123456789abcdef0</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>e.g. 10.0.0.0/16</source>
        <translation>z. B. 10.0.0.0/16</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>The 12-digit ID of the AWS account that owns the VPC: the account menu at the top right of the AWS console, or &quot;aws sts get-caller-identity&quot;. Keep leading zeros.</source>
        <translation>Die 12-stellige ID des AWS-Kontos, dem die VPC gehört: im Kontomenü oben rechts in der AWS-Konsole oder mit „aws sts get-caller-identity“. Führende Nullen beibehalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AWS account ID</source>
        <translation>AWS-Konto-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twelve-digit ID of the AWS account that owns the VPC.</source>
        <translation>Zwölfstellige ID des AWS-Kontos, dem die VPC gehört.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;VPC ID:</source>
        <translation>&amp;VPC-ID:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>AWS console: VPC &gt; Your VPCs &gt; VPC ID. This is your VPC, not the Atlas one.</source>
        <translation>AWS-Konsole: VPC &gt; Ihre VPCs &gt; VPC-ID. Dies ist Ihre VPC, nicht die von Atlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VPC ID</source>
        <translation>VPC-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID of your VPC, vpc- followed by 17 hexadecimal characters.</source>
        <translation>ID Ihrer VPC: vpc- gefolgt von 17 Hexadezimalzeichen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>VPC &amp;CIDR block:</source>
        <translation>VPC-&amp;CIDR-Block:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The IPv4 CIDR block of your VPC (or of the subnet that should reach Atlas): VPC &gt; Your VPCs &gt; IPv4 CIDR. It must be private (RFC 1918) and must not overlap the Atlas CIDR.</source>
        <translation>Der IPv4-CIDR-Block Ihrer VPC (oder des Subnetzes, das Atlas erreichen soll): VPC &gt; Ihre VPCs &gt; IPv4-CIDR. Er muss privat sein (RFC 1918) und darf sich nicht mit dem Atlas-CIDR überschneiden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VPC CIDR block</source>
        <translation>VPC-CIDR-Block</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private IPv4 CIDR block of your VPC, for example 10.0.0.0/16.</source>
        <translation>Privater IPv4-CIDR-Block Ihrer VPC, zum Beispiel 10.0.0.0/16.</translation>
    </message>
</context>
<context>
    <name>AzurePage</name>
    <message>
        <location filename="../ui/AzurePage.ui" line="+24"/>
        <source>&amp;Directory (tenant) ID:</source>
        <translation>&amp;Verzeichnis-ID (Mandant):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. 8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d</source>
        <translation>z. B. 8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure portal: Microsoft Entra ID &gt; Overview &gt; Tenant ID, or &quot;az account show --query tenantId&quot;.</source>
        <translation>Azure-Portal: Microsoft Entra ID &gt; Übersicht &gt; Mandanten-ID, oder „az account show --query tenantId“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Directory (tenant) ID</source>
        <translation>Verzeichnis-ID (Mandant)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GUID of the Azure directory, also called the tenant ID.</source>
        <translation>GUID des Azure-Verzeichnisses, auch Mandanten-ID genannt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Subscription ID:</source>
        <translation>Abonnement-&amp;ID:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. 1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d</source>
        <translation>z. B. 1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>e.g. my-resource-group</source>
        <translation>z. B. my-resource-group</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>e.g. my-vnet</source>
        <translation>z. B. my-vnet</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Azure portal: Subscriptions &gt; Subscription ID, or &quot;az account show --query id&quot;.</source>
        <translation>Azure-Portal: Abonnements &gt; Abonnement-ID, oder „az account show --query id“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscription ID</source>
        <translation>Abonnement-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GUID of the Azure subscription that holds the VNet.</source>
        <translation>GUID des Azure-Abonnements, das das VNet enthält.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Resource group:</source>
        <translation>&amp;Ressourcengruppe:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Azure portal: Virtual networks &gt; your VNet &gt; Overview &gt; Resource group.</source>
        <translation>Azure-Portal: Virtuelle Netzwerke &gt; Ihr VNet &gt; Übersicht &gt; Ressourcengruppe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resource group</source>
        <translation>Ressourcengruppe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the resource group that holds the VNet.</source>
        <translation>Name der Ressourcengruppe, die das VNet enthält.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;VNet name:</source>
        <translation>VNet-&amp;Name:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Azure portal: Virtual networks &gt; Name.</source>
        <translation>Azure-Portal: Virtuelle Netzwerke &gt; Name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VNet name</source>
        <translation>VNet-Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the virtual network to peer.</source>
        <translation>Name des zu verbindenden virtuellen Netzwerks.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/main.cpp" line="+56"/>
        <source>peering-desk: the sandbox could not listen on 127.0.0.1.</source>
        <translation>peering-desk: Die Sandbox konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the sandbox</source>
        <translation>die Sandbox</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>peering-desk: the window needs a display (none is set: DISPLAY and WAYLAND_DISPLAY are empty). Without one, use --submit FORM; --help lists every option.</source>
        <translation>peering-desk: Das Fenster benötigt eine Anzeige (keine festgelegt: DISPLAY und WAYLAND_DISPLAY sind leer). Ohne Anzeige verwenden Sie --submit FORMULAR; --help listet alle Optionen auf.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>peering-desk: there is no profile named &quot;%1&quot; (profiles: %2).</source>
        <translation>peering-desk: Es gibt kein Profil namens „%1“ (Profile: %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="+7"/>
        <source>Start the built-in fake Atlas on 127.0.0.1 and send requests to it.</source>
        <translation>Das eingebaute simulierte Atlas auf 127.0.0.1 starten und Anfragen dorthin senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this profile.</source>
        <translation>Dieses Profil verwenden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in this project (group) ID.</source>
        <translation>Diese Projekt-ID (Gruppen-ID) eintragen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start on this cloud: AWS, AZURE or GCP.</source>
        <translation>Mit dieser Cloud starten: AWS, AZURE oder GCP.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send every request of this saved form without a window, print one JSON result per request, and exit (0 created, 1 invalid, 2 API error, 3 network, authentication or keychain failure, 4 a create may have reached Atlas without a readable answer).</source>
        <translation>Alle Anfragen dieses gespeicherten Formulars ohne Fenster senden, pro Anfrage ein JSON-Ergebnis ausgeben und beenden (0 erstellt, 1 ungültig, 2 API-Fehler, 3 Netzwerk-, Authentifizierungs- oder Schlüsselbundfehler, 4 ein Erstellen hat Atlas möglicherweise ohne lesbare Antwort erreicht).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Compare this saved form with Atlas and print, per request, whether its peering exists, is to be created, differs or conflicts, without changing anything; exit 0 when there is nothing to do, 5 when something is to be created.</source>
        <translation>Dieses gespeicherte Formular mit Atlas vergleichen und je Anfrage ausgeben, ob ihr Peering besteht, erstellt werden muss, abweicht oder kollidiert, ohne etwas zu ändern; Exit-Code 0, wenn nichts zu tun ist, 5, wenn etwas zu erstellen ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan this saved form, then create only the peerings and access list entries that are missing; running it again does nothing.</source>
        <translation>Dieses gespeicherte Formular planen und dann nur die fehlenden Peerings und Zugriffslisteneinträge erstellen; ein erneuter Lauf tut nichts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --submit or --apply: follow each new peering until it is available, failed or waiting for you.</source>
        <translation>Mit --submit oder --apply: Jedes neue Peering verfolgen, bis es verfügbar oder fehlgeschlagen ist oder auf Sie wartet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --submit or --apply: follow each new peering, and when it waits for a step in the cloud (accepting in AWS, the peering in Google Cloud), print that step and keep following for up to this many minutes while it is done.</source>
        <translation>Mit --submit oder --apply: jedes neue Peering verfolgen und, wenn es auf einen Schritt in der Cloud wartet (Annehmen in AWS, das Peering in Google Cloud), diesen Schritt ausgeben und bis zu so vielen Minuten weiter verfolgen, während er erledigt wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep preferences (never secrets) in this INI file instead of the default.</source>
        <translation>Einstellungen (niemals Geheimnisse) in dieser INI-Datei statt in der Standarddatei speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit after this many milliseconds (smoke tests).</source>
        <translation>Nach so vielen Millisekunden beenden (Smoke-Tests).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates MongoDB Atlas network peering connections.</source>
        <translation>Erstellt MongoDB-Atlas-Netzwerk-Peering-Verbindungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A saved form to open.</source>
        <translation>Ein gespeichertes Formular, das geöffnet werden soll.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>peering-desk: --provider must be AWS, AZURE or GCP.</source>
        <translation>peering-desk: --provider muss AWS, AZURE oder GCP sein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>peering-desk: choose one of --submit, --plan and --apply.</source>
        <translation>peering-desk: Wählen Sie eines von --submit, --plan und --apply.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>peering-desk: --wait-for-cloud-step goes with --submit or --apply.</source>
        <translation>peering-desk: --wait-for-cloud-step gehört zu --submit oder --apply.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>peering-desk: --wait-for-cloud-step takes a number of minutes from 1 to %1 (AWS deletes a peering request nobody accepted after 7 days).</source>
        <translation>peering-desk: --wait-for-cloud-step erwartet eine Anzahl Minuten von 1 bis %1 (AWS löscht eine nicht angenommene Peering-Anfrage nach 7 Tagen).</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../ui/ConnectionBanner.ui" line="+9"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Add an Atlas profile…</source>
        <translation>Atlas-Profil &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the Atlas to talk to and the API key or service account that signs in; the secret goes to the system keychain.</source>
        <translation>Geben Sie an, mit welchem Atlas kommuniziert wird und mit welchem API-Schlüssel oder Dienstkonto die Anmeldung erfolgt; das Geheimnis wird im Schlüsselbund des Systems abgelegt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Try the sandbox</source>
        <translation>Sandbox &amp;ausprobieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a fake Atlas on this computer and send requests there: nothing is created in a real cloud.</source>
        <translation>Ein simuliertes Atlas auf diesem Computer starten und Anfragen dorthin senden: In einer echten Cloud wird nichts erstellt.</translation>
    </message>
</context>
<context>
    <name>ContainerPanel</name>
    <message>
        <location filename="../ui/ContainerPanel.ui" line="+27"/>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New Container…</source>
        <translation>&amp;Neuer Container…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New container</source>
        <translation>Neuer Container</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Atlas re&amp;gion:</source>
        <translation>Atlas-Re&amp;gion:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Google Cloud regions</source>
        <translation>Google-Cloud-Regionen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Leave every region unticked for a /18 or larger block. Ticking regions limits the project to them and needs a /21 to /24 block.</source>
        <translation>Lassen Sie alle Regionen abgewählt, um einen Block von /18 oder größer zu verwenden. Ausgewählte Regionen beschränken das Projekt auf diese und erfordern einen Block von /21 bis /24.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Atlas &amp;CIDR block:</source>
        <translation>Atlas-&amp;CIDR-Block:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>192.168.248.0/21</source>
        <translation>192.168.248.0/21</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;reate Container</source>
        <translation>Container &amp;erstellen</translation>
    </message>
</context>
<context>
    <name>ContainerRequest</name>
    <message>
        <location filename="../app/core/model/ContainerRequest.cpp" line="+50"/>
        <source>Choose the Atlas region of the container, like US_EAST_1.</source>
        <translation>Wählen Sie die Atlas-Region des Containers, etwa US_EAST_1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Atlas&apos;s name for the region, like %1, not the cloud&apos;s own spelling.</source>
        <translation>Verwenden Sie den Atlas-Namen der Region, etwa %1, nicht die Schreibweise des Cloud-Anbieters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an Atlas region name; choose regions from the list.</source>
        <translation>%1 ist kein Atlas-Regionsname; wählen Sie Regionen aus der Liste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the Atlas CIDR block, like 192.168.248.0/21.</source>
        <translation>Geben Sie den Atlas-CIDR-Block ein, etwa 192.168.248.0/21.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter an IPv4 block in CIDR notation, like 192.168.248.0/21.</source>
        <translation>Geben Sie einen IPv4-Block in CIDR-Notation ein, etwa 192.168.248.0/21.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a private block (RFC 1918): inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.</source>
        <translation>Verwenden Sie einen privaten Block (RFC 1918): innerhalb von 10.0.0.0/8, 172.16.0.0/12 oder 192.168.0.0/16.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the block in canonical form, %1: the address must be the first of the block.</source>
        <translation>Schreiben Sie den Block in kanonischer Form, %1: Die Adresse muss die erste des Blocks sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 containers need a block from /21 to /24, like 192.168.248.0/21; this one is /%2.</source>
        <translation>%1-Container benötigen einen Block von /21 bis /24, etwa 192.168.248.0/21; dieser ist /%2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A /%1 Google Cloud container must be limited to regions: choose them, or use a /18 or larger block.</source>
        <translation>Ein Google-Cloud-Container mit /%1 muss auf Regionen beschränkt sein: Wählen Sie diese aus oder verwenden Sie einen Block von /18 oder größer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Cloud containers need a /18 or larger block (like 10.8.0.0/18), or /21 to /24 together with regions; this one is /%1.</source>
        <translation>Google-Cloud-Container benötigen einen Block von /18 oder größer (etwa 10.8.0.0/18) oder /21 bis /24 zusammen mit Regionen; dieser ist /%1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A Google Cloud container limited to regions needs a block from /21 to /24; clear the regions to use a /18 or larger block.</source>
        <translation>Ein auf Regionen beschränkter Google-Cloud-Container benötigt einen Block von /21 bis /24; heben Sie die Auswahl der Regionen auf, um einen Block von /18 oder größer zu verwenden.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A /%1 block allows at most %n region(s).</source>
        <translation>
            <numerusform>Ein /%1-Block erlaubt höchstens %n Region.</numerusform>
            <numerusform>Ein /%1-Block erlaubt höchstens %n Regionen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This project already has a Google Cloud container with %1. Atlas keeps that block and ignores %2: use the existing container, or pick a route table CIDR that does not overlap %1.</source>
        <translation>Dieses Projekt hat bereits einen Google-Cloud-Container mit %1. Atlas behält diesen Block und ignoriert %2: Verwenden Sie den vorhandenen Container oder wählen Sie einen Routentabellen-CIDR, der sich nicht mit %1 überschneidet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A container for %1 already exists with %2. Atlas keeps that block and ignores %3: use the existing container, or pick a route table CIDR that does not overlap %2.</source>
        <translation>Für %1 gibt es bereits einen Container mit %2. Atlas behält diesen Block und ignoriert %3: Verwenden Sie den vorhandenen Container oder wählen Sie einen Routentabellen-CIDR, der sich nicht mit %2 überschneidet.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../app/core/store/CredentialStore.cpp" line="+37"/>
        <source>No credentials are stored for profile &quot;%1&quot; yet. Enter an API key to continue.</source>
        <translation>Für das Profil „%1“ sind noch keine Anmeldedaten gespeichert. Geben Sie einen API-Schlüssel ein, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access to the keychain was refused. Allow Peering Desk when the keychain asks, then try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie Peering Desk den Zugriff, wenn der Schlüsselbund nachfragt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyring is locked. Unlock it (for example with your login password in Passwords and Keys) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (zum Beispiel mit Ihrem Anmeldepasswort in „Passwörter und Verschlüsselung“) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain denied access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available (%1). Peering Desk keeps API keys only in the system keychain: start a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Peering Desk speichert API-Schlüssel nur im Schlüsselbund des Systems: Starten Sie einen Secret Service wie GNOME Keyring oder KWallet und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The keyring is locked, so the API key of profile &quot;%1&quot; cannot be read. Unlock it, then try again: log in to your desktop session, or unlock &quot;Login&quot; in Passwords and Keys (Seahorse); on a machine without a desktop, run gnome-keyring-daemon --unlock, which reads the keyring password from its standard input.</source>
        <translation>Der Schlüsselbund ist gesperrt, daher kann der API-Schlüssel des Profils „%1“ nicht gelesen werden. Entsperren Sie ihn und versuchen Sie es erneut: Melden Sie sich an Ihrer Desktop-Sitzung an oder entsperren Sie „Anmeldung“ in „Passwörter und Verschlüsselung“ (Seahorse); auf einem Rechner ohne Desktop führen Sie gnome-keyring-daemon --unlock aus, das das Schlüsselbund-Passwort von seiner Standardeingabe liest.</translation>
    </message>
</context>
<context>
    <name>ErrorGuidance</name>
    <message>
        <location filename="../app/core/peering/ErrorGuidance.cpp" line="+18"/>
        <source>Atlas rejected a field of the request: correct the fields listed below and send it again.</source>
        <translation>Atlas hat ein Feld der Anfrage abgelehnt: Korrigieren Sie die unten aufgeführten Felder und senden Sie die Anfrage erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A field has a value Atlas does not accept here, often a container of another provider: check the field Atlas names.</source>
        <translation>Ein Feld hat einen Wert, den Atlas hier nicht akzeptiert, oft ein Container eines anderen Anbieters: Prüfen Sie das von Atlas genannte Feld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A required field is missing: fill in the field Atlas names.</source>
        <translation>Ein Pflichtfeld fehlt: Füllen Sie das von Atlas genannte Feld aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Atlas could not read the request body; this is a bug in Peering Desk, please report it.</source>
        <translation>Atlas konnte den Inhalt der Anfrage nicht lesen; dies ist ein Fehler in Peering Desk, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use one of AWS, AZURE or GCP as the provider.</source>
        <translation>Verwenden Sie AWS, AZURE oder GCP als Anbieter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the region from the list: Atlas spells regions like US_EAST_1, not us-east-1 or eastus.</source>
        <translation>Wählen Sie die Region aus der Liste: Atlas schreibt Regionen wie US_EAST_1, nicht us-east-1 oder eastus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the block in CIDR notation, like 192.168.248.0/21.</source>
        <translation>Schreiben Sie den Block in CIDR-Notation, etwa 192.168.248.0/21.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use your VPC&apos;s private block (inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16) as the route table CIDR.</source>
        <translation>Verwenden Sie den privaten Block Ihrer VPC (innerhalb von 10.0.0.0/8, 172.16.0.0/12 oder 192.168.0.0/16) als Routentabellen-CIDR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an Atlas block of the right size: /21 to /24 for AWS and Azure, /18 or larger for Google Cloud.</source>
        <translation>Wählen Sie einen Atlas-Block der richtigen Größe: /21 bis /24 für AWS und Azure, /18 oder größer für Google Cloud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Google Cloud container limited to regions needs a /21 to /24 block; clear the regions to use /18 or larger.</source>
        <translation>Ein auf Regionen beschränkter Google-Cloud-Container benötigt einen Block von /21 bis /24; heben Sie die Auswahl der Regionen auf, um /18 oder größer zu verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an Atlas block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.</source>
        <translation>Wählen Sie einen Atlas-Block innerhalb von 10.0.0.0/8, 172.16.0.0/12 oder 192.168.0.0/16.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the block in the canonical form Atlas names, with the host bits zero.</source>
        <translation>Schreiben Sie den Block in der kanonischen Form, die Atlas nennt, mit auf null gesetzten Host-Bits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A container&apos;s region is fixed: create a container in the other region instead.</source>
        <translation>Die Region eines Containers ist fest: Erstellen Sie stattdessen einen Container in der anderen Region.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Google Cloud container limited to regions cannot be changed: delete and recreate it while nothing uses it.</source>
        <translation>Ein auf Regionen beschränkter Google-Cloud-Container kann nicht geändert werden: Löschen Sie ihn und erstellen Sie ihn neu, solange nichts ihn verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project already has a container there (one per AWS or Azure region, one for Google Cloud): choose the existing container.</source>
        <translation>Das Projekt hat dort bereits einen Container (einen pro AWS- oder Azure-Region, einen für Google Cloud): Wählen Sie den vorhandenen Container.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The container&apos;s block is locked because clusters or peerings use it: keep it, and choose a VPC block that does not overlap it.</source>
        <translation>Der Block des Containers ist gesperrt, weil Cluster oder Peerings ihn verwenden: Behalten Sie ihn und wählen Sie einen VPC-Block, der sich nicht mit ihm überschneidet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That container does not exist in this project: pick one from the list.</source>
        <translation>Dieser Container existiert in diesem Projekt nicht: Wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the directory, subscription, resource group and VNet, and that you ran the service principal and role commands; role assignments can take a few minutes to apply.</source>
        <translation>Prüfen Sie Verzeichnis, Abonnement, Ressourcengruppe und VNet, und ob Sie die Befehle für Dienstprinzipal und Rolle ausgeführt haben; Rollenzuweisungen können einige Minuten brauchen, bis sie wirksam werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas cannot reach your Azure subscription: check the subscription ID and the Atlas role assignment.</source>
        <translation>Atlas kann Ihr Azure-Abonnement nicht erreichen: Prüfen Sie die Abonnement-ID und die Rollenzuweisung für Atlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure rejected one of the values: check the directory, subscription, resource group and VNet name.</source>
        <translation>Azure hat einen der Werte abgelehnt: Prüfen Sie Verzeichnis, Abonnement, Ressourcengruppe und VNet-Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This project allows Azure peering in one Atlas region only: use the container that already has a peering.</source>
        <translation>Dieses Projekt erlaubt Azure-Peering nur in einer Atlas-Region: Verwenden Sie den Container, der bereits ein Peering hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project in the request does not match the chosen project: choose the project again.</source>
        <translation>Das Projekt in der Anfrage stimmt nicht mit dem gewählten Projekt überein: Wählen Sie das Projekt erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your key cannot change this project: give it the Project Network Access Manager role, or choose another project.</source>
        <translation>Ihr Schlüssel darf dieses Projekt nicht ändern: Geben Sie ihm die Rolle Project Network Access Manager oder wählen Sie ein anderes Projekt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your key has no access to this project: add it to the project, or choose another project.</source>
        <translation>Ihr Schlüssel hat keinen Zugriff auf dieses Projekt: Fügen Sie ihn dem Projekt hinzu oder wählen Sie ein anderes Projekt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas did not accept the credentials: check the key or service account of the profile.</source>
        <translation>Atlas hat die Anmeldedaten nicht akzeptiert: Prüfen Sie den Schlüssel oder das Dienstkonto des Profils.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Add this computer&apos;s public IP address to the API key&apos;s access list in Atlas.</source>
        <translation>Fügen Sie die öffentliche IP-Adresse dieses Computers der Zugriffsliste des API-Schlüssels in Atlas hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A project ID is 24 hexadecimal characters: choose the project from the list.</source>
        <translation>Eine Projekt-ID besteht aus 24 Hexadezimalzeichen: Wählen Sie das Projekt aus der Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such project, or not one your key can see: choose the project from the list.</source>
        <translation>Dieses Projekt gibt es nicht, oder Ihr Schlüssel kann es nicht sehen: Wählen Sie das Projekt aus der Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas does not know this address: check the base URL of the profile.</source>
        <translation>Atlas kennt diese Adresse nicht: Prüfen Sie die Basis-URL des Profils.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A peering ID is 24 hexadecimal characters: pick the peering from the list.</source>
        <translation>Eine Peering-ID besteht aus 24 Hexadezimalzeichen: Wählen Sie das Peering aus der Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering no longer exists (it may have been deleted): refresh the list.</source>
        <translation>Das Peering existiert nicht mehr (es wurde möglicherweise gelöscht): Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your VPC block overlaps another peering&apos;s block: use a VPC block no other peer uses.</source>
        <translation>Ihr VPC-Block überschneidet sich mit dem Block eines anderen Peerings: Verwenden Sie einen VPC-Block, den kein anderer Peer verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your VPC block overlaps the container&apos;s Atlas block: use a VPC block outside it, or another container.</source>
        <translation>Ihr VPC-Block überschneidet sich mit dem Atlas-Block des Containers: Verwenden Sie einen VPC-Block außerhalb davon oder einen anderen Container.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This VPC is already peered with the project: use the existing peering, or delete it first.</source>
        <translation>Diese VPC ist bereits per Peering mit dem Projekt verbunden: Verwenden Sie das vorhandene Peering oder löschen Sie es zuerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This VNet is already peered with the project: use the existing peering, or delete it first.</source>
        <translation>Dieses VNet ist bereits per Peering mit dem Projekt verbunden: Verwenden Sie das vorhandene Peering oder löschen Sie es zuerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This network is already peered with the project: use the existing peering, or delete it first.</source>
        <translation>Dieses Netzwerk ist bereits per Peering mit dem Projekt verbunden: Verwenden Sie das vorhandene Peering oder löschen Sie es zuerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering is already being deleted: wait a moment and refresh.</source>
        <translation>Das Peering wird bereits gelöscht: Warten Sie einen Moment und aktualisieren Sie dann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering cannot change in its current status: wait until it is AVAILABLE or FAILED.</source>
        <translation>Das Peering kann in seinem aktuellen Status nicht geändert werden: Warten Sie, bis es AVAILABLE oder FAILED ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project has the most peerings Atlas allows: delete one you no longer need.</source>
        <translation>Das Projekt hat bereits so viele Peerings, wie Atlas erlaubt: Löschen Sie eines, das Sie nicht mehr benötigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Atlas is limiting requests: wait the time it names and try again.</source>
        <translation>Atlas begrenzt die Anfragen: Warten Sie die genannte Zeit ab und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas failed without a reason; on a create this usually means the container ID is wrong: pick the container from the list.</source>
        <translation>Atlas ist ohne Angabe eines Grundes fehlgeschlagen; beim Erstellen bedeutet das meist, dass die Container-ID falsch ist: Wählen Sie den Container aus der Liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas is briefly unavailable, for example during maintenance: try again in a few minutes.</source>
        <translation>Atlas ist kurzzeitig nicht verfügbar, zum Beispiel wegen Wartungsarbeiten: Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <location filename="../app/core/peering/FailureText.cpp" line="+19"/>
        <source>Unreadable answer: the peering may have been created</source>
        <translation>Unlesbare Antwort: Das Peering wurde möglicherweise erstellt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Atlas answered HTTP %1, so it accepted the request, but its answer could not be read (%2). The peering may well have been created: look at the project&apos;s peerings before you send it again.</source>
        <translation>Atlas hat mit HTTP %1 geantwortet und die Anfrage damit angenommen, aber seine Antwort konnte nicht gelesen werden (%2). Gut möglich, dass das Peering erstellt wurde: Sehen Sie sich die Peerings des Projekts an, bevor Sie die Anfrage erneut senden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Atlas asks to wait %n second(s) before the next request. Peering Desk never sends a create again by itself: send it again once the time has passed.</source>
        <translation>
            <numerusform>Atlas bittet, vor der nächsten Anfrage %n Sekunde zu warten. Peering Desk sendet ein Erstellen nie von selbst erneut: Senden Sie die Anfrage erneut, sobald die Zeit verstrichen ist.</numerusform>
            <numerusform>Atlas bittet, vor der nächsten Anfrage %n Sekunden zu warten. Peering Desk sendet ein Erstellen nie von selbst erneut: Senden Sie die Anfrage erneut, sobald die Zeit verstrichen ist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request may have reached Atlas before the connection failed: look at the project&apos;s peerings before you send it again.</source>
        <translation>Die Anfrage hat Atlas möglicherweise erreicht, bevor die Verbindung fehlschlug: Sehen Sie sich die Peerings des Projekts an, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A gateway error does not prove that nothing was created: check the project&apos;s peerings before you send it again.</source>
        <translation>Ein Gateway-Fehler beweist nicht, dass nichts erstellt wurde: Prüfen Sie die Peerings des Projekts, bevor Sie die Anfrage erneut senden.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Atlas asks to wait %n second(s) before the next request.</source>
        <translation>
            <numerusform>Atlas bittet, vor der nächsten Anfrage %n Sekunde zu warten.</numerusform>
            <numerusform>Atlas bittet, vor der nächsten Anfrage %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>errorCode: %1</source>
        <translation>errorCode: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reason: %1</source>
        <translation>reason: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>detail: %1</source>
        <translation>detail: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parameters: %1</source>
        <translation>parameters: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field %1: %2</source>
        <translation>Feld %1: %2</translation>
    </message>
</context>
<context>
    <name>FieldCheck</name>
    <message numerus="yes">
        <location filename="../app/core/model/FieldCheck.cpp" line="+12"/>
        <source>This value is too long: at most %n characters.</source>
        <translation>
            <numerusform>Dieser Wert ist zu lang: höchstens %n Zeichen.</numerusform>
            <numerusform>Dieser Wert ist zu lang: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <location filename="../app/core/model/FieldValidator.cpp" line="+60"/>
        <location line="+106"/>
        <source>Enter the %1.</source>
        <translation>Geben Sie die %1 ein.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Use lower-case letters: Atlas IDs are written in lower-case hexadecimal.</source>
        <translation>Verwenden Sie Kleinbuchstaben: Atlas-IDs werden in hexadezimalen Kleinbuchstaben geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %1 is 24 characters of 0-9 and a-f, like 5f3e2d1c0b9a887766554433; this value has %n character(s).</source>
        <translation>
            <numerusform>Die %1 besteht aus 24 Zeichen aus 0-9 und a-f, etwa 5f3e2d1c0b9a887766554433; dieser Wert hat %n Zeichen.</numerusform>
            <numerusform>Die %1 besteht aus 24 Zeichen aus 0-9 und a-f, etwa 5f3e2d1c0b9a887766554433; dieser Wert hat %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>container ID</source>
        <translation>Container-ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the 12-digit ID of the AWS account that owns the VPC.</source>
        <translation>Geben Sie die 12-stellige ID des AWS-Kontos ein, dem die VPC gehört.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the dashes: enter the account ID as 12 digits.</source>
        <translation>Entfernen Sie die Bindestriche: Geben Sie die Konto-ID als 12 Ziffern ein.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>An AWS account ID has 12 digits; this one has %n. Keep any leading zeros.</source>
        <translation>
            <numerusform>Eine AWS-Konto-ID hat 12 Ziffern; diese hat %n. Behalten Sie führende Nullen bei.</numerusform>
            <numerusform>Eine AWS-Konto-ID hat 12 Ziffern; diese hat %n. Behalten Sie führende Nullen bei.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An AWS account ID is exactly 12 digits, like 123456789012.</source>
        <translation>Eine AWS-Konto-ID besteht aus genau 12 Ziffern, etwa 123456789012.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the ID of your VPC, like vpc-0123456789abcdef0.</source>
        <translation>Geben Sie die ID Ihrer VPC ein, etwa vpc-0123456789abcdef0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is a peering connection ID; enter the VPC ID (vpc-…) instead.</source>
        <translation>Das ist eine Peering-Verbindungs-ID; geben Sie stattdessen die VPC-ID (vpc-…) ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use lower-case letters in the VPC ID.</source>
        <translation>Verwenden Sie Kleinbuchstaben in der VPC-ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A VPC ID is vpc- followed by 17 hexadecimal characters (or 8 for older VPCs), like vpc-0123456789abcdef0.</source>
        <translation>Eine VPC-ID besteht aus vpc- gefolgt von 17 Hexadezimalzeichen (oder 8 bei älteren VPCs), etwa vpc-0123456789abcdef0.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the AWS region of your VPC, like us-east-1.</source>
        <translation>Geben Sie die AWS-Region Ihrer VPC ein, etwa us-east-1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the AWS form of the region, %1, not the Atlas form %2.</source>
        <translation>Verwenden Sie die AWS-Schreibweise der Region, %1, nicht die Atlas-Schreibweise %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the region as AWS writes it, like us-east-1 or eu-west-2.</source>
        <translation>Geben Sie die Region so ein, wie AWS sie schreibt, etwa us-east-1 oder eu-west-2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the CIDR block of your VPC, like 10.0.0.0/16.</source>
        <translation>Geben Sie den CIDR-Block Ihrer VPC ein, etwa 10.0.0.0/16.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the prefix length: a CIDR block looks like %1/16.</source>
        <translation>Ergänzen Sie die Präfixlänge: Ein CIDR-Block sieht aus wie %1/16.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas peers with IPv4 VPC ranges only; enter an IPv4 CIDR block like 10.0.0.0/16.</source>
        <translation>Atlas unterstützt Peering nur mit IPv4-Adressbereichen von VPCs; geben Sie einen IPv4-CIDR-Block ein, etwa 10.0.0.0/16.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a CIDR block. Write it as four numbers and a prefix length, like 10.0.0.0/16.</source>
        <translation>Das ist kein CIDR-Block. Schreiben Sie ihn als vier Zahlen und eine Präfixlänge, etwa 10.0.0.0/16.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has host bits set; its canonical form is %2.</source>
        <translation>In %1 sind Host-Bits gesetzt; die kanonische Form ist %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The block must lie inside the private ranges 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.</source>
        <translation>Der Block muss innerhalb der privaten Bereiche 10.0.0.0/8, 172.16.0.0/12 oder 192.168.0.0/16 liegen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove the braces around the ID.</source>
        <translation>Entfernen Sie die geschweiften Klammern um die ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 is a GUID, like 8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d.</source>
        <translation>Die %1 ist eine GUID, etwa 8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure directory (tenant) ID</source>
        <translation>Azure-Verzeichnis-ID (Mandant)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure subscription ID</source>
        <translation>Azure-Abonnement-ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the name of the resource group that holds your VNet.</source>
        <translation>Geben Sie den Namen der Ressourcengruppe ein, die Ihr VNet enthält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resource group name has at most 90 characters.</source>
        <translation>Ein Ressourcengruppenname hat höchstens 90 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resource group name may contain only letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;(&apos; and &apos;)&apos;.</source>
        <translation>Ein Ressourcengruppenname darf nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;(&apos; und &apos;)&apos; enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resource group name cannot end with a period.</source>
        <translation>Ein Ressourcengruppenname darf nicht mit einem Punkt enden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the name of your virtual network (VNet).</source>
        <translation>Geben Sie den Namen Ihres virtuellen Netzwerks (VNet) ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A VNet name has 2 to 64 characters.</source>
        <translation>Ein VNet-Name hat 2 bis 64 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A VNet name may contain only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>Ein VNet-Name darf nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A VNet name starts with a letter or digit and ends with a letter, digit or &apos;_&apos;.</source>
        <translation>Ein VNet-Name beginnt mit einem Buchstaben oder einer Ziffer und endet mit einem Buchstaben, einer Ziffer oder &apos;_&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the ID of the Google Cloud project that owns the network.</source>
        <translation>Geben Sie die ID des Google-Cloud-Projekts ein, dem das Netzwerk gehört.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That looks like a project number; enter the project ID, like my-project-123.</source>
        <translation>Das sieht wie eine Projektnummer aus; geben Sie die Projekt-ID ein, etwa my-project-123.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A project ID has 6 to 30 characters.</source>
        <translation>Eine Projekt-ID hat 6 bis 30 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A project ID uses lower-case letters only.</source>
        <translation>Eine Projekt-ID enthält nur Kleinbuchstaben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A project ID starts with a letter, contains only a-z, 0-9 and &apos;-&apos;, and does not end with &apos;-&apos;.</source>
        <translation>Eine Projekt-ID beginnt mit einem Buchstaben, enthält nur a-z, 0-9 und &apos;-&apos; und endet nicht mit &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the name of your VPC network, like default.</source>
        <translation>Geben Sie den Namen Ihres VPC-Netzwerks ein, etwa default.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter just the network&apos;s name (%1), not its URL or self-link.</source>
        <translation>Geben Sie nur den Namen des Netzwerks ein (%1), nicht seine URL oder seinen Self-Link.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A network name has at most 63 characters.</source>
        <translation>Ein Netzwerkname hat höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A network name uses lower-case letters only.</source>
        <translation>Ein Netzwerkname enthält nur Kleinbuchstaben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A network name starts with a letter, contains only a-z, 0-9 and &apos;-&apos;, and does not end with &apos;-&apos;.</source>
        <translation>Ein Netzwerkname beginnt mit einem Buchstaben, enthält nur a-z, 0-9 und &apos;-&apos; und endet nicht mit &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the Atlas URL, like https://cloud.mongodb.com.</source>
        <translation>Geben Sie die Atlas-URL ein, etwa https://cloud.mongodb.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a web address that starts with https://, like https://cloud.mongodb.com.</source>
        <translation>Geben Sie eine Webadresse ein, die mit https:// beginnt, etwa https://cloud.mongodb.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the user name and password out of the URL: the keys go in the key fields.</source>
        <translation>Lassen Sie Benutzername und Passwort aus der URL weg: Die Schlüssel gehören in die Schlüsselfelder.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use https: plain http is allowed only for this computer (127.0.0.1 or localhost).</source>
        <translation>Verwenden Sie https: Unverschlüsseltes http ist nur für diesen Computer erlaubt (127.0.0.1 oder localhost).</translation>
    </message>
</context>
<context>
    <name>FormPlanBar</name>
    <message>
        <location filename="../ui/FormPlanBar.ui" line="+9"/>
        <source>This form compared with Atlas</source>
        <translation>Dieses Formular im Vergleich mit Atlas</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Requests created so far</source>
        <translation>Bisher erstellte Anfragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chec&amp;k Against Atlas</source>
        <translation>Mit Atlas a&amp;bgleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the form&apos;s projects and show, per request, whether its peering exists, is to be created, differs or conflicts. Nothing is sent.</source>
        <translation>Liest die Projekte des Formulars und zeigt je Anfrage, ob ihr Peering existiert, zu erstellen ist, abweicht oder kollidiert. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create All Missin&amp;g</source>
        <translation>Alle &amp;fehlenden erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create, one after the other, every peering the check found missing; the others are left as they are.</source>
        <translation>Erstellt nacheinander jedes Peering, das laut Prüfung fehlt; die anderen bleiben, wie sie sind.</translation>
    </message>
</context>
<context>
    <name>FormPlanner</name>
    <message>
        <location filename="../app/core/provisioning/FormPlanner.cpp" line="+67"/>
        <source>Project %1 was not read.</source>
        <translation>Projekt %1 wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project %1 could not be read: %2</source>
        <translation>Projekt %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request %1 of this form asks for the same peering.</source>
        <translation>Anfrage %1 dieses Formulars verlangt dasselbe Peering.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Container %1 is not a container of project %2.</source>
        <translation>Container %1 ist kein Container von Projekt %2.</translation>
    </message>
</context>
<context>
    <name>GcpPage</name>
    <message>
        <location filename="../ui/GcpPage.ui" line="+24"/>
        <source>Google Cloud &amp;project ID:</source>
        <translation>Google-Cloud-Projekt-&amp;ID:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. my-project-123</source>
        <translation>z. B. my-project-123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project ID, not its name or number: the project picker in the Google Cloud console, ID column, or &quot;gcloud config get-value project&quot;.</source>
        <translation>Die Projekt-ID, nicht der Name oder die Nummer: in der Projektauswahl der Google Cloud Console, Spalte ID, oder mit „gcloud config get-value project“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Cloud project ID</source>
        <translation>Google-Cloud-Projekt-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID of the Google Cloud project that owns the network, 6 to 30 characters.</source>
        <translation>ID des Google-Cloud-Projekts, dem das Netzwerk gehört, 6 bis 30 Zeichen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Network name:</source>
        <translation>&amp;Netzwerkname:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. default</source>
        <translation>z. B. default</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Cloud console: VPC network &gt; VPC networks &gt; Name. Just the name, not the URL or self-link.</source>
        <translation>Google Cloud Console: VPC-Netzwerk &gt; VPC-Netzwerke &gt; Name. Nur der Name, nicht die URL oder der Self-Link.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network name</source>
        <translation>Netzwerkname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the VPC network to peer, for example default.</source>
        <translation>Name des zu verbindenden VPC-Netzwerks, zum Beispiel default.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="+6"/>
        <source>Peering Desk</source>
        <translation>Peering Desk</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Request in this form</source>
        <translation>Anfrage in diesem Formular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A saved form can hold several peering requests; pick the one to edit and send.</source>
        <translation>Ein gespeichertes Formular kann mehrere Peering-Anfragen enthalten; wählen Sie die, die Sie bearbeiten und senden möchten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a request to this form, starting from a copy of the current one</source>
        <translation>Eine Anfrage zu diesem Formular hinzufügen, ausgehend von einer Kopie der aktuellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a request</source>
        <translation>Anfrage hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the current request from this form</source>
        <translation>Die aktuelle Anfrage aus diesem Formular entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this request</source>
        <translation>Diese Anfrage entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Atlas project</source>
        <translation>Atlas-Projekt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which Atlas and which credentials requests use.</source>
        <translation>Welches Atlas und welche Anmeldedaten Anfragen verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which Atlas deployment and which credentials the request uses. The sandbox is a fake Atlas on this computer.</source>
        <translation>Welche Atlas-Bereitstellung und welche Anmeldedaten die Anfrage verwendet. Die Sandbox ist ein simuliertes Atlas auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Manage…</source>
        <translation>Ver&amp;walten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, edit or delete profiles (Ctrl+K)</source>
        <translation>Profile hinzufügen, bearbeiten oder löschen (Strg+K)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>C&amp;ontainer ID:</source>
        <translation>C&amp;ontainer-ID:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The Atlas network container of this provider (and region) in the project: Atlas &gt; Network Access &gt; Peering, or &quot;atlas networking containers list&quot;. It must belong to the chosen provider.</source>
        <translation>Der Atlas-Netzwerkcontainer dieses Anbieters (und dieser Region) im Projekt: Atlas &gt; Network Access &gt; Peering, oder „atlas networking containers list“. Er muss zum gewählten Anbieter gehören.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Container ID</source>
        <translation>Container-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID of the Atlas network container, 24 hexadecimal characters.</source>
        <translation>ID des Atlas-Netzwerkcontainers, 24 Hexadezimalzeichen.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Cloud p&amp;rovider:</source>
        <translation>Cloud-&amp;Anbieter:</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>e.g. 5f3e2d1c0b9a887766554433</source>
        <translation>z. B. 5f3e2d1c0b9a887766554433</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cloud provider</source>
        <translation>Cloud-Anbieter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cloud of the network to peer with Atlas.</source>
        <translation>Die Cloud des Netzwerks, das per Peering mit Atlas verbunden werden soll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cloud your VPC or VNet is in. The container must be of the same provider.</source>
        <translation>Die Cloud, in der sich Ihre VPC oder Ihr VNet befindet. Der Container muss vom selben Anbieter sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+22"/>
        <source>e.g. 65a1b2c3d4e5f60718293a4b</source>
        <translation>z. B. 65a1b2c3d4e5f60718293a4b</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Atlas network container</source>
        <translation>Atlas-Netzwerkcontainer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your network</source>
        <translation>Ihr Netzwerk</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show or hide the query flags Atlas accepts with the request</source>
        <translation>Die Abfrageparameter ein- oder ausblenden, die Atlas mit der Anfrage akzeptiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask for an &amp;envelope (envelope=true)</source>
        <translation>&amp;Umschlag anfordern (envelope=true)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas then answers 200 and puts the real status and body inside the response. Peering Desk unwraps it; the result is the same.</source>
        <translation>Atlas antwortet dann mit 200 und legt den tatsächlichen Status und Inhalt in die Antwort. Peering Desk entpackt sie; das Ergebnis ist dasselbe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pretty-&amp;print the response (pretty=true)</source>
        <translation>Antwort &amp;lesbar formatieren (pretty=true)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas indents the JSON it returns. Only the raw view changes.</source>
        <translation>Atlas rückt das zurückgegebene JSON ein. Nur die Rohansicht ändert sich.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Create the peering</source>
        <translation>Peering erstellen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Request in progress</source>
        <translation>Anfrage läuft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Peering</source>
        <translation>&amp;Neues Peering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start another peering request in this form, keeping this one and its result</source>
        <translation>Eine weitere Peering-Anfrage in diesem Formular beginnen; diese Anfrage und ihr Ergebnis bleiben erhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abort the request in flight (Esc)</source>
        <translation>Die laufende Anfrage abbrechen (Esc)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+120"/>
        <source>&amp;Create Peering</source>
        <translation>Peering &amp;erstellen</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Send the peering request to Atlas (Ctrl+Return)</source>
        <translation>Die Peering-Anfrage an Atlas senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Result and details</source>
        <translation>Ergebnis und Details</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Result</source>
        <translation>Erge&amp;bnis</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Peerings</source>
        <translation>Peering&amp;s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;quest Preview</source>
        <translation>Anfra&amp;gevorschau</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Peering</source>
        <translation>&amp;Peering</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chec&amp;k Form Against Atlas</source>
        <translation>Formular mit Atlas a&amp;bgleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the form&apos;s projects and mark each request: exists, to create, differs or conflicts. Nothing is sent.</source>
        <translation>Liest die Projekte des Formulars und markiert jede Anfrage: existiert, zu erstellen, weicht ab oder kollidiert. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the peering request to Atlas</source>
        <translation>Die Peering-Anfrage an Atlas senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;ancel Request</source>
        <translation>Anfrage &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop waiting for the request in flight (Esc)</source>
        <translation>Nicht länger auf die laufende Anfrage warten (Esc)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Peering in This Form</source>
        <translation>&amp;Neues Peering in diesem Formular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add another peering request to this form, keeping the others and their results</source>
        <translation>Eine weitere Peering-Anfrage zu diesem Formular hinzufügen; die anderen und ihre Ergebnisse bleiben erhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, edit or delete profiles: where Atlas is and the credentials kept in the keychain</source>
        <translation>Profile hinzufügen, bearbeiten oder löschen: wo Atlas ist und die im Schlüsselbund gespeicherten Anmeldedaten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the &amp;Sandbox</source>
        <translation>Sandbo&amp;x verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send requests to a fake Atlas on this computer instead of MongoDB Atlas</source>
        <translation>Anfragen an ein simuliertes Atlas auf diesem Computer statt an MongoDB Atlas senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings that apply to every profile, such as how long to wait for Atlas</source>
        <translation>Einstellungen, die für alle Profile gelten, etwa wie lange auf Atlas gewartet wird</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy Peering &amp;ID</source>
        <translation>Peering-&amp;ID kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;Response</source>
        <translation>&amp;Antwort kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lear Form</source>
        <translation>Formular lee&amp;ren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty every field of the form</source>
        <translation>Alle Felder des Formulars leeren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Peering Desk</source>
        <translation>&amp;Über Peering Desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Form</source>
        <translation>&amp;Neues Formular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start an empty form</source>
        <translation>Ein leeres Formular beginnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open Form…</source>
        <translation>Formular ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a saved form</source>
        <translation>Ein gespeichertes Formular öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save Form</source>
        <translation>Formular &amp;speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the form (never any secret)</source>
        <translation>Das Formular speichern (niemals Geheimnisse)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save Form &amp;As…</source>
        <translation>Formular speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the form under a new name</source>
        <translation>Das Formular unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the request as a curl command, with placeholders for the keys</source>
        <translation>Die Anfrage als curl-Befehl kopieren, mit Platzhaltern für die Schlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as Atlas C&amp;LI</source>
        <translation>Als Atlas C&amp;LI kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the request as an atlas networking peering create command</source>
        <translation>Die Anfrage als Befehl „atlas networking peering create“ kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as &amp;Terraform</source>
        <translation>Als &amp;Terraform kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the request as a mongodbatlas_network_peering resource</source>
        <translation>Die Anfrage als Ressource mongodbatlas_network_peering kopieren</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../app/core/peering/NextSteps.cpp" line="+51"/>
        <source>Accept the peering request in AWS</source>
        <translation>Die Peering-Anfrage in AWS annehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this in account %1, in region %2 where VPC %3 lives. AWS expires the request after 7 days.</source>
        <translation>Führen Sie dies in Konto %1 aus, in Region %2, in der sich VPC %3 befindet. AWS lässt die Anfrage nach 7 Tagen verfallen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route traffic for Atlas through the peering</source>
        <translation>Datenverkehr für Atlas über das Peering leiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this route to every route table your application&apos;s subnets use.</source>
        <translation>Fügen Sie diese Route jeder Routentabelle hinzu, die die Subnetze Ihrer Anwendung verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow outbound traffic to Atlas</source>
        <translation>Ausgehenden Datenverkehr zu Atlas erlauben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only needed when your security groups restrict egress: MongoDB uses TCP 27015 to 27017.</source>
        <translation>Nur nötig, wenn Ihre Sicherheitsgruppen ausgehenden Verkehr einschränken: MongoDB verwendet TCP 27015 bis 27017.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create the peering from your Google Cloud network to Atlas</source>
        <translation>Das Peering von Ihrem Google-Cloud-Netzwerk zu Atlas erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas waits until your network %1 in project %2 peers back with Atlas&apos;s project %3 and network %4. Leave custom route import and export off.</source>
        <translation>Atlas wartet, bis Ihr Netzwerk %1 in Projekt %2 ein Peering zurück zum Atlas-Projekt %3 und Netzwerk %4 herstellt. Lassen Sie Import und Export benutzerdefinierter Routen ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Create the Atlas service principal</source>
        <translation>Den Atlas-Dienstprinzipal erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once per tenant. &quot;Another object with the same value … already exists&quot; means it was done before: go on.</source>
        <translation>Einmal pro Mandant. „Another object with the same value … already exists“ bedeutet, dass dies schon erledigt wurde: Fahren Sie fort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the custom role as peering-role.json</source>
        <translation>Die benutzerdefinierte Rolle als peering-role.json speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It lets Atlas manage peerings on this VNet only.</source>
        <translation>Sie erlaubt Atlas, Peerings nur für dieses VNet zu verwalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the role and assign it to Atlas</source>
        <translation>Die Rolle erstellen und Atlas zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs Owner or User Access Administrator on the VNet. Role assignments can take a minute to take effect.</source>
        <translation>Erfordert „Besitzer“ oder „Benutzerzugriffsadministrator“ für das VNet. Rollenzuweisungen können eine Minute brauchen, bis sie wirksam werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The peering request was rejected in AWS. Delete this peering and create it again, then accept it (do not reject it) in account %1.</source>
        <translation>Die Peering-Anfrage wurde in AWS abgelehnt. Löschen Sie dieses Peering, erstellen Sie es erneut und nehmen Sie es dann in Konto %1 an (lehnen Sie es nicht ab).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody accepted the request in AWS within 7 days, so it expired. Delete this peering, create it again, and accept it in AWS in time.</source>
        <translation>Niemand hat die Anfrage in AWS innerhalb von 7 Tagen angenommen, daher ist sie verfallen. Löschen Sie dieses Peering, erstellen Sie es erneut und nehmen Sie es rechtzeitig in AWS an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS could not find VPC %1 in account %2 and region %3. Check the three values, then delete this peering and create it again.</source>
        <translation>AWS konnte VPC %1 in Konto %2 und Region %3 nicht finden. Prüfen Sie die drei Werte, löschen Sie dann dieses Peering und erstellen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of the container</source>
        <translation>des Containers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The peering failed and Atlas gave no reason. Delete it and create it again; if it fails again, contact MongoDB support with the peering ID %1.</source>
        <translation>Das Peering ist fehlgeschlagen und Atlas hat keinen Grund genannt. Löschen Sie es und erstellen Sie es erneut; schlägt es wieder fehl, wenden Sie sich mit der Peering-ID %1 an den MongoDB-Support.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure refused: %1 Check that Atlas&apos;s service principal has the peering role on the VNet, then delete this peering and create it again.</source>
        <translation>Azure hat abgelehnt: %1 Prüfen Sie, ob der Dienstprinzipal von Atlas die Peering-Rolle für das VNet hat, löschen Sie dann dieses Peering und erstellen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google Cloud refused: %1 Check the project ID and network name, then delete this peering and create it again.</source>
        <translation>Google Cloud hat abgelehnt: %1 Prüfen Sie Projekt-ID und Netzwerknamen, löschen Sie dann dieses Peering und erstellen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The peering failed: %1</source>
        <translation>Das Peering ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <location filename="../ui/OutcomeView.ui" line="+30"/>
        <source>Outcome of the request</source>
        <translation>Ergebnis der Anfrage</translation>
    </message>
</context>
<context>
    <name>Peering</name>
    <message>
        <location filename="../app/core/model/Peering.cpp" line="+45"/>
        <source>The response is not a peering: it has no id.</source>
        <translation>Die Antwort ist kein Peering: Sie hat keine id.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::AccessListPanel</name>
    <message>
        <location filename="../ui/AccessListPanel.cpp" line="+49"/>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas CLI</source>
        <translation>Atlas CLI</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+226"/>
        <source>Terraform</source>
        <translation>Terraform</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Copy the entry as a curl command, Atlas CLI commands or Terraform resources.</source>
        <translation>Den Eintrag als curl-Befehl, Atlas-CLI-Befehle oder Terraform-Ressourcen kopieren.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reading the project&apos;s IP access list…</source>
        <translation>IP-Zugriffsliste des Projekts wird gelesen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read the IP access list: %1 You can still add the entry.</source>
        <translation>Die IP-Zugriffsliste konnte nicht gelesen werden: %1 Sie können den Eintrag trotzdem hinzufügen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is on the list already.</source>
        <translation>%1 steht bereits auf der Liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is allowed by the entry %2 already.</source>
        <translation>%1 ist bereits durch den Eintrag %2 zugelassen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Every range is on the IP access list already; nothing was sent.</source>
        <translation>Alle Bereiche stehen bereits auf der IP-Zugriffsliste; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adding %1 to the IP access list…</source>
        <translation>Hinzufügen von %1 zur IP-Zugriffsliste…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Atlas did not add the entry: %1</source>
        <translation>Atlas hat den Eintrag nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Added %1; Atlas is applying it (PENDING).</source>
        <translation>%1 hinzugefügt; Atlas wendet den Eintrag an (PENDING).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1 to the IP access list.</source>
        <translation>%1 zur IP-Zugriffsliste hinzugefügt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not read the entry&apos;s status: %1 Asking again shortly.</source>
        <translation>Der Status des Eintrags konnte nicht gelesen werden: %1 In Kürze wird erneut gefragt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Atlas could not apply the entry %1 (FAILED). Remove it in Atlas and add it again, or ask MongoDB support.</source>
        <translation>Atlas konnte den Eintrag %1 nicht anwenden (FAILED). Entfernen Sie ihn in Atlas und fügen Sie ihn erneut hinzu, oder wenden Sie sich an den MongoDB-Support.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On the IP access list and ACTIVE: %1.</source>
        <translation>Auf der IP-Zugriffsliste und ACTIVE: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Atlas is applying %1 (%2).</source>
        <translation>Atlas wendet %1 an (%2).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a curl command</source>
        <translation>curl-Befehl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Atlas CLI commands</source>
        <translation>Atlas-CLI-Befehle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the access list entry as %1.</source>
        <translation>Eintrag der Zugriffsliste als %1 kopiert.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ActionBar</name>
    <message>
        <location filename="../ui/ActionBar.cpp" line="+33"/>
        <source>Done: this request created peering %1. New Peering starts another.</source>
        <translation>Fertig: Diese Anfrage hat Peering %1 erstellt. „Neues Peering“ beginnt ein weiteres.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n field(s) still need a value or a fix.</source>
        <translation>
            <numerusform>%n Feld benötigt noch einen Wert oder eine Korrektur.</numerusform>
            <numerusform>%n Felder benötigen noch einen Wert oder eine Korrektur.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No profile yet: add one or try the sandbox (File menu).</source>
        <translation>Noch kein Profil: Fügen Sie eines hinzu oder probieren Sie die Sandbox aus (Menü Datei).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pre-flight check found a problem Atlas would refuse; see above.</source>
        <translation>Die Vorabprüfung hat ein Problem gefunden, das Atlas ablehnen würde; siehe oben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to create the peering.</source>
        <translation>Bereit zum Erstellen des Peerings.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::AtlasApi</name>
    <message>
        <location filename="../app/core/api/AtlasApi.cpp" line="+43"/>
        <source>project %1 of the list has no id</source>
        <translation>Projekt %1 der Liste hat keine id</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the container in the answer has no id</source>
        <translation>der Container in der Antwort hat keine id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container %1 of the list has no id</source>
        <translation>Container %1 der Liste hat keine id</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the peering in the answer has no id</source>
        <translation>das Peering in der Antwort hat keine id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peering %1 of the list has no id</source>
        <translation>Peering %1 der Liste hat keine id</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>access list entry %1 names no CIDR block, address or security group</source>
        <translation>Eintrag %1 der Zugriffsliste nennt weder CIDR-Block noch Adresse noch Sicherheitsgruppe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cluster %1 of the list has no name</source>
        <translation>Cluster %1 der Liste hat keinen Namen</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>the project list has no totalCount</source>
        <translation>die Projektliste hat kein Feld totalCount</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>the access list has no &quot;results&quot; array</source>
        <translation>die Zugriffsliste hat kein Array &quot;results&quot;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the entry&apos;s status has no STATUS</source>
        <translation>die Statusantwort des Eintrags hat kein Feld STATUS</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::AtlasCliImporter</name>
    <message>
        <location filename="../app/core/store/AtlasCliImporter.cpp" line="+76"/>
        <source>No Atlas CLI configuration was found at %1.</source>
        <translation>Unter %1 wurde keine Atlas CLI-Konfiguration gefunden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is a %2 profile; only Atlas profiles can be imported.</source>
        <translation>„%1“ ist ein %2-Profil; nur Atlas-Profile können importiert werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Atlas CLI configuration at %1 has no profiles.</source>
        <translation>Die Atlas CLI-Konfiguration unter %1 enthält keine Profile.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A profile named &quot;%1&quot; already exists; it was left as it is.</source>
        <translation>Ein Profil namens „%1“ existiert bereits; es wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;%1&quot; has no %2, neither in the CLI&apos;s file nor in the keychain; it was skipped.</source>
        <translation>„%1“ hat keinen Wert für %2, weder in der Datei der CLI noch im Schlüsselbund; das Profil wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; was skipped: %2.</source>
        <translation>„%1“ wurde übersprungen: %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; was not imported: %2</source>
        <translation>„%1“ wurde nicht importiert: %2</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::AtlasClient</name>
    <message>
        <location filename="../app/core/transport/AtlasClient.cpp" line="+286"/>
        <source>the connection closed before any answer came, and Peering Desk did not send the request again because it may have reached Atlas</source>
        <translation>die Verbindung wurde geschlossen, bevor eine Antwort kam, und Peering Desk hat die Anfrage nicht erneut gesendet, weil sie Atlas erreicht haben könnte</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the body is larger than %1 MiB</source>
        <translation>der Inhalt ist größer als %1 MiB</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>keine vollständige Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine vollständige Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the content type is &quot;%1&quot;, not JSON; the body began: %2</source>
        <translation>der Inhaltstyp ist „%1“, nicht JSON; der Inhalt begann mit: %2</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ConnectionBanner</name>
    <message>
        <location filename="../ui/ConnectionBanner.cpp" line="+35"/>
        <source>&lt;b&gt;No profile yet.&lt;/b&gt; Nothing is sent until Peering Desk knows which Atlas to talk to and how to sign in.</source>
        <translation>&lt;b&gt;Noch kein Profil.&lt;/b&gt; Es wird nichts gesendet, bis Peering Desk weiß, mit welchem Atlas es kommunizieren und wie es sich anmelden soll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile keeps where Atlas is and the key that signs in (the secret in the system keychain). The sandbox answers like Atlas, on this computer, without a key.</source>
        <translation>Ein Profil speichert, wo Atlas ist, und den Schlüssel für die Anmeldung (das Geheimnis im Schlüsselbund des Systems). Die Sandbox antwortet wie Atlas, auf diesem Computer, ohne Schlüssel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; requests go to a fake Atlas at %1 on this computer; nothing is created in a real cloud.</source>
        <translation>&lt;b&gt;Sandbox:&lt;/b&gt; Anfragen gehen an ein simuliertes Atlas unter %1 auf diesem Computer; in einer echten Cloud wird nichts erstellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project and the container are filled in for you. The README lists the values that make the sandbox answer with each error.</source>
        <translation>Projekt und Container werden für Sie ausgefüllt. Die README nennt die Werte, mit denen die Sandbox den jeweiligen Fehler zurückgibt.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ConnectionChooser</name>
    <message>
        <location filename="../ui/ConnectionChooser.cpp" line="+104"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Sandbox on at %1: nothing is created in a real cloud.</source>
        <translation>Sandbox aktiv unter %1: In einer echten Cloud wird nichts erstellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No profile: nothing is sent until you add one (File ▸ Profiles…) or try the sandbox.</source>
        <translation>Kein Profil: Es wird nichts gesendet, bis Sie eines hinzufügen (Datei ▸ Profile…) oder die Sandbox ausprobieren.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sandbox (built-in fake Atlas)</source>
        <translation>Sandbox (eingebautes simuliertes Atlas)</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Sandbox off. %1</source>
        <translation>Sandbox deaktiviert. %1</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Profile &quot;%1&quot;: requests go to %2.</source>
        <translation>Profil „%1“: Anfragen gehen an %2.</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Starting the sandbox…</source>
        <translation>Sandbox wird gestartet…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sandbox could not start.</source>
        <translation>Die Sandbox konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ConnectionSession</name>
    <message>
        <location filename="../app/core/connection/ConnectionSession.cpp" line="+50"/>
        <source>The profile or the sandbox was switched while the request was being prepared: nothing was sent.</source>
        <translation>Das Profil oder die Sandbox wurde gewechselt, während die Anfrage vorbereitet wurde: Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ContainerPanel</name>
    <message>
        <location filename="../ui/ContainerPanel.cpp" line="+36"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Atlas CIDR</source>
        <translation>Atlas-CIDR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provisioned</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a project first: its network containers are listed here.</source>
        <translation>Wählen Sie zuerst ein Projekt: Hier werden seine Netzwerk-Container aufgeführt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading %1 containers…</source>
        <translation>%1-Container werden geladen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not list containers: %1</source>
        <translation>Container konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This project has no %1 container yet: create one below.</source>
        <translation>Dieses Projekt hat noch keinen %1-Container: Erstellen Sie unten einen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the container to peer with.</source>
        <translation>Wählen Sie den Container für das Peering.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Hide New Container</source>
        <translation>Neuen Container ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New Container…</source>
        <translation>&amp;Neuer Container…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Container %1 already covers this region: choose it in the list above.</source>
        <translation>Container %1 deckt diese Region bereits ab: Wählen Sie ihn in der Liste oben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating the container…</source>
        <translation>Container wird erstellt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Atlas did not create the container: %1</source>
        <translation>Atlas hat den Container nicht erstellt: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created container %1 in %2.</source>
        <translation>Container %1 in %2 erstellt.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::FieldFeedback</name>
    <message>
        <location filename="../ui/FieldFeedback.cpp" line="+172"/>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the value with %1. Ctrl+Z in the field brings back what you typed.</source>
        <translation>Den Wert durch %1 ersetzen. Strg+Z im Feld stellt Ihre Eingabe wieder her.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Atlas: %1</source>
        <translation>Atlas: %1</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::FormDocument</name>
    <message>
        <location filename="../ui/FormDocument.cpp" line="+64"/>
        <source>%1. %2 %3</source>
        <translation>%1. %2 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not filled in yet)</source>
        <translation>(noch nicht ausgefüllt)</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Added request %1, a copy of the one before.</source>
        <translation>Anfrage %1 hinzugefügt, eine Kopie der vorherigen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot Open Form</source>
        <translation>Formular kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Opened %1 (%n request(s)).</source>
        <translation>
            <numerusform>%1 geöffnet (%n Anfrage).</numerusform>
            <numerusform>%1 geöffnet (%n Anfragen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot Save Form</source>
        <translation>Formular kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1. It holds no secret.</source>
        <translation>%1 gespeichert. Es enthält keine Geheimnisse.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save Form</source>
        <translation>Formular speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peering Desk forms (*.peering.json);;JSON files (*.json)</source>
        <translation>Peering-Desk-Formulare (*.peering.json);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open Form</source>
        <translation>Formular öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peering Desk forms (*.peering.json);;JSON files (*.json);;All files (*)</source>
        <translation>Peering-Desk-Formulare (*.peering.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1 first?</source>
        <translation>Änderungen an %1 zuerst speichern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this form</source>
        <translation>diesem Formular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Otherwise what you typed since the last save is lost.</source>
        <translation>Andernfalls geht verloren, was Sie seit dem letzten Speichern eingegeben haben.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::FormDocumentControls</name>
    <message>
        <location filename="../ui/FormDocumentControls.cpp" line="+73"/>
        <source>Clear the List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1[*] — %2 — Peering Desk</source>
        <translation>%1[*] — %2 — Peering Desk</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::FormPlanBar</name>
    <message>
        <location filename="../ui/FormPlanBar.cpp" line="+45"/>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send no further request; the one in flight is cancelled.</source>
        <translation>Keine weitere Anfrage senden; die laufende wird abgebrochen.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::FormPlanControls</name>
    <message>
        <location filename="../ui/FormPlanControls.cpp" line="+69"/>
        <location line="+272"/>
        <source>Stopped: nothing further was sent.</source>
        <translation>Angehalten: Es wurde nichts weiter gesendet.</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Reading the form&apos;s projects in Atlas…</source>
        <translation>Die Projekte des Formulars werden in Atlas gelesen …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>exists, %1</source>
        <translation>existiert, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exists</source>
        <translation>existiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to create</source>
        <translation>zu erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>differs from Atlas</source>
        <translation>weicht von Atlas ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Peering %1 is %2 in Atlas.</source>
        <translation>Peering %1 ist in Atlas %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 in the form, %3 in Atlas.</source>
        <translation>%1: %2 im Formular, %3 in Atlas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP access list: %1 still to add.</source>
        <translation>IP-Zugriffsliste: %1 noch hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP access list: every range is allowed already.</source>
        <translation>IP-Zugriffsliste: Jeder Bereich ist bereits erlaubt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>changed since the check</source>
        <translation>seit der Prüfung geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check Against Atlas reads the form&apos;s projects and marks each request: exists, to create, differs or conflicts.</source>
        <translation>„Mit Atlas abgleichen“ liest die Projekte des Formulars und markiert jede Anfrage: existiert, zu erstellen, weicht ab oder kollidiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n exist(s)</source>
        <translation>
            <numerusform>%n existiert</numerusform>
            <numerusform>%n existieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to create</source>
        <translation>
            <numerusform>%n zu erstellen</numerusform>
            <numerusform>%n zu erstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n differ(s) from Atlas</source>
        <translation>
            <numerusform>%n weicht von Atlas ab</numerusform>
            <numerusform>%n weichen von Atlas ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invalid</source>
        <translation>
            <numerusform>%n ungültig</numerusform>
            <numerusform>%n ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not read</source>
        <translation>
            <numerusform>%n nicht gelesen</numerusform>
            <numerusform>%n nicht gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked against Atlas at %1: %2.</source>
        <translation>Um %1 mit Atlas abgeglichen: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Created %1 of %n missing peering(s).</source>
        <translation>
            <numerusform>%1 von %n fehlenden Peering erstellt.</numerusform>
            <numerusform>%1 von %n fehlenden Peerings erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating request %1 (%2 of %3)…</source>
        <translation>Anfrage %1 wird erstellt (%2 von %3) …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was not sent: the form&apos;s checks stopped it.</source>
        <translation>Anfrage %1 wurde nicht gesendet: Die Prüfungen des Formulars haben sie angehalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Atlas did not take request %1 (too many requests); it is sent again in %n second(s).</source>
        <translation>
            <numerusform>Atlas hat Anfrage %1 nicht angenommen (zu viele Anfragen); sie wird in %n Sekunde erneut gesendet.</numerusform>
            <numerusform>Atlas hat Anfrage %1 nicht angenommen (zu viele Anfragen); sie wird in %n Sekunden erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may have been created</source>
        <translation>vielleicht erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1: %2</source>
        <translation>Anfrage %1: %2</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::GuidedPanels</name>
    <message>
        <location filename="../ui/GuidedPanels.cpp" line="+43"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Atlas project: pick it from the list (the refresh button lists your projects) or paste its 24-character ID, found in Atlas under Project Settings.</source>
        <translation>Das Atlas-Projekt: Wählen Sie es aus der Liste (die Aktualisieren-Schaltfläche listet Ihre Projekte auf) oder fügen Sie seine 24-stellige ID ein, die Sie in Atlas unter Project Settings finden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID of the Atlas project, 24 hexadecimal characters.</source>
        <translation>ID des Atlas-Projekts, 24 Hexadezimalzeichen.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Lists need the profile&apos;s credentials: %1</source>
        <translation>Listen benötigen die Anmeldedaten des Profils: %1</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::HeadlessSubmitter</name>
    <message numerus="yes">
        <location filename="../app/core/provisioning/HeadlessSubmitter.cpp" line="+122"/>
        <source>peering-desk: %n peering(s) created.</source>
        <translation>
            <numerusform>peering-desk: %n Peering erstellt.</numerusform>
            <numerusform>peering-desk: %n Peerings erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>peering-desk: %1: %2</source>
        <translation>peering-desk: %1: %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>peering-desk: there is no profile; create one in the app or pass --profile.</source>
        <translation>peering-desk: Es gibt kein Profil; erstellen Sie eines in der Anwendung oder übergeben Sie --profile.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>peering-desk: plan: nothing was changed in Atlas.</source>
        <translation>peering-desk: Plan: In Atlas wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>peering-desk: there is no profile named &quot;%1&quot;.</source>
        <translation>peering-desk: Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+69"/>
        <location line="+183"/>
        <source>peering-desk: request %1: %2: %3</source>
        <translation>peering-desk: Anfrage %1: %2: %3</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>peering-desk: request %1: exists: %2 is peering %3 (%4).</source>
        <translation>peering-desk: Anfrage %1: besteht: %2 ist Peering %3 (%4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>peering-desk: request %1: to create: %2 with container %3.</source>
        <translation>peering-desk: Anfrage %1: zu erstellen: %2 mit Container %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>peering-desk: request %1: differs from peering %2 (%3); it is not changed:</source>
        <translation>peering-desk: Anfrage %1: weicht von Peering %2 (%3) ab; es wird nicht geändert:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  %1: %2 in the form, %3 in Atlas</source>
        <translation>  %1: %2 im Formular, %3 in Atlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>peering-desk: request %1: IP access list: to add %2.</source>
        <translation>peering-desk: Anfrage %1: IP-Zugriffsliste: %2 hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peering-desk: request %1: IP access list: %2 already allowed.</source>
        <translation>peering-desk: Anfrage %1: IP-Zugriffsliste: %2 bereits erlaubt.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>peering-desk: plan: nothing to do.</source>
        <translation>peering-desk: Plan: nichts zu tun.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>peering-desk: request %1: Atlas did not take the request (HTTP 429); sending it again in %n second(s).</source>
        <translation>
            <numerusform>peering-desk: Anfrage %1: Atlas hat die Anfrage nicht angenommen (HTTP 429); sie wird in %n Sekunde erneut gesendet.</numerusform>
            <numerusform>peering-desk: Anfrage %1: Atlas hat die Anfrage nicht angenommen (HTTP 429); sie wird in %n Sekunden erneut gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>peering-desk: apply: %n peering(s) to create.</source>
        <translation>
            <numerusform>peering-desk: Anwenden: %n Peering zu erstellen.</numerusform>
            <numerusform>peering-desk: Anwenden: %n Peerings zu erstellen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>peering-desk: request %1: nothing was sent: %2</source>
        <translation>peering-desk: Anfrage %1: Nichts wurde gesendet: %2</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>peering-desk: request %1: the access list entry was not added: %2</source>
        <translation>peering-desk: Anfrage %1: Der Eintrag in der Zugriffsliste wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>peering-desk: request %1: %2 already on the IP access list.</source>
        <translation>peering-desk: Anfrage %1: %2 bereits auf der IP-Zugriffsliste.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>peering-desk: request %1: added %2 to the IP access list.</source>
        <translation>peering-desk: Anfrage %1: %2 zur IP-Zugriffsliste hinzugefügt.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>peering-desk: request %1: peering %2 waits for this step in the cloud:</source>
        <translation>peering-desk: Anfrage %1: Peering %2 wartet auf diesen Schritt in der Cloud:</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>peering-desk: request %1: peering %2 waits for this step in the cloud; following it for up to %n minute(s) while it is done:</source>
        <translation>
            <numerusform>peering-desk: Anfrage %1: Peering %2 wartet auf diesen Schritt in der Cloud; es wird bis zu %n Minute weiter verfolgt, während er erledigt wird:</numerusform>
            <numerusform>peering-desk: Anfrage %1: Peering %2 wartet auf diesen Schritt in der Cloud; es wird bis zu %n Minuten weiter verfolgt, während er erledigt wird:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>peering-desk: request %1: peering %2 failed (%3). %4</source>
        <translation>peering-desk: Anfrage %1: Peering %2 ist fehlgeschlagen (%3). %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>peering-desk: request %1: the clusters could not be read: %2</source>
        <translation>peering-desk: Anfrage %1: Die Cluster konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>peering-desk: request %1: private connection string of %2: %3</source>
        <translation>peering-desk: Anfrage %1: private Verbindungszeichenfolge von %2: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>peering-desk: request %1: no private connection string yet: %2</source>
        <translation>peering-desk: Anfrage %1: noch keine private Verbindungszeichenfolge: %2</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>peering-desk: request %1: could not follow the peering: %2</source>
        <translation>peering-desk: Anfrage %1: Das Peering konnte nicht verfolgt werden: %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>peering-desk: request %1: peering %2 is %3.</source>
        <translation>peering-desk: Anfrage %1: Peering %2 hat den Status %3.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>peering-desk: request %1: created peering %2 (%3).</source>
        <translation>peering-desk: Anfrage %1: Peering %2 erstellt (%3).</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::LanguageMenu</name>
    <message>
        <location filename="../ui/LanguageMenu.cpp" line="+16"/>
        <source>System Default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Peering Desk will use %1 after a restart.</source>
        <translation>Peering Desk verwendet nach einem Neustart %1.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+285"/>
        <source>Your AWS VPC</source>
        <translation>Ihre AWS-VPC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your Azure VNet</source>
        <translation>Ihr Azure-VNet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your Google Cloud VPC network</source>
        <translation>Ihr Google-Cloud-VPC-Netzwerk</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Peering %1 is %2.</source>
        <translation>Peering %1 hat den Status %2.</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>This peering exists in Atlas already (%1, %2): Create opens it instead of sending the request again.</source>
        <translation>Dieses Peering existiert bereits in Atlas (%1, %2): „Erstellen“ öffnet es, statt die Anfrage erneut zu senden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was sent: this request already created its peering.</source>
        <translation>Nichts wurde gesendet: Diese Anfrage hat ihr Peering bereits erstellt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was sent: peering %1 exists in Atlas already; its details are open.</source>
        <translation>Es wurde nichts gesendet: Peering %1 existiert bereits in Atlas; seine Details sind geöffnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was sent: the pre-flight check found a problem.</source>
        <translation>Nichts wurde gesendet: Die Vorabprüfung hat ein Problem gefunden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fix the marked fields first: nothing was sent.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder: Nichts wurde gesendet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Peering %1 created: %2.</source>
        <translation>Peering %1 erstellt: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was sent: %1</source>
        <translation>Nichts wurde gesendet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PagedFetch</name>
    <message>
        <location filename="../app/core/transport/PagedFetch.cpp" line="+85"/>
        <source>the list has no &quot;results&quot; array</source>
        <translation>die Liste hat kein Array &quot;results&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Atlas asked to wait %n second(s) before the next page; the list will continue then.</source>
        <translation>
            <numerusform>Atlas bittet, vor der nächsten Seite %n Sekunde zu warten; danach geht die Liste weiter.</numerusform>
            <numerusform>Atlas bittet, vor der nächsten Seite %n Sekunden zu warten; danach geht die Liste weiter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringDetailsDialog</name>
    <message>
        <location filename="../ui/PeeringDetailsDialog.cpp" line="+34"/>
        <source>Peering %1</source>
        <translation>Peering %1</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringTracker</name>
    <message numerus="yes">
        <location filename="../ui/PeeringTracker.cpp" line="+36"/>
        <source>%1 Next check in %n second(s).</source>
        <translation>
            <numerusform>%1 Nächste Prüfung in %n Sekunde.</numerusform>
            <numerusform>%1 Nächste Prüfung in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You said the step in the cloud is done; following again.</source>
        <translation>Sie haben angegeben, dass der Schritt in der Cloud erledigt ist; die Verfolgung wird fortgesetzt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Peering %1 (%2)</source>
        <translation>Peering %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown provider</source>
        <translation>unbekannter Anbieter</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Before you create the Azure peering</source>
        <translation>Bevor Sie das Azure-Peering erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas needs permission to peer with your VNet. Run these once, then create the peering.</source>
        <translation>Atlas benötigt die Berechtigung für ein Peering mit Ihrem VNet. Führen Sie diese Befehle einmal aus und erstellen Sie dann das Peering.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the cloud</source>
        <translation>der Cloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I Have Done This in %1</source>
        <translation>Ich habe dies in %1 erledigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept connection %1 in AWS before %2, or AWS expires the request.</source>
        <translation>Nehmen Sie Verbindung %1 vor %2 in AWS an, sonst lässt AWS die Anfrage verfallen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not following.</source>
        <translation>Keine Verfolgung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Following the peering; Atlas is working on it.</source>
        <translation>Das Peering wird verfolgt; Atlas arbeitet daran.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for you: do the step below in your cloud, then press the button.</source>
        <translation>Warten auf Sie: Führen Sie den Schritt unten in Ihrer Cloud aus und drücken Sie dann die Schaltfläche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The peering is available.</source>
        <translation>Das Peering ist verfügbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The peering failed.</source>
        <translation>Das Peering ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas no longer knows this peering; it may have been deleted.</source>
        <translation>Atlas kennt dieses Peering nicht mehr; es wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped following because of an error.</source>
        <translation>Verfolgung wegen eines Fehlers beendet.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command %1: %2</source>
        <translation>Befehl %1: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Copy Command %1</source>
        <translation>Befehl %1 kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy command %1: %2</source>
        <translation>Befehl %1 kopieren: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied the command: %1.</source>
        <translation>Befehl kopiert: %1.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringWatcher</name>
    <message numerus="yes">
        <location filename="../app/core/peering/PeeringWatcher.cpp" line="+112"/>
        <source>Atlas asked to wait %n second(s) before the next check.</source>
        <translation>
            <numerusform>Atlas hat gebeten, vor der nächsten Prüfung %n Sekunde zu warten.</numerusform>
            <numerusform>Atlas hat gebeten, vor der nächsten Prüfung %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringsModel</name>
    <message>
        <location filename="../ui/PeeringsModel.cpp" line="+40"/>
        <source>%1 (account %2)</source>
        <translation>%1 (Konto %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not known: the container of this peering has not been read.</source>
        <translation>Nicht bekannt: Der Container dieses Peerings wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only AWS peerings have a connection ID.</source>
        <translation>Nur AWS-Peerings haben eine Verbindungs-ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas has not given this value yet.</source>
        <translation>Atlas hat diesen Wert noch nicht geliefert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, the region of the peer VPC</source>
        <translation>%1, die Region der Peer-VPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the region of the Atlas container</source>
        <translation>%1, die Region des Atlas-Containers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, the route table CIDR of the peer VPC</source>
        <translation>%1, der Routentabellen-CIDR der Peer-VPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the Atlas CIDR of the container</source>
        <translation>%1, der Atlas-CIDR des Containers</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Peer VPC / VNet / Network</source>
        <translation>Peer-VPC / VNet / Netzwerk</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>—</source>
        <comment>a value that is not known</comment>
        <translation>—</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Connection ID</source>
        <translation>Verbindungs-ID</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringsView</name>
    <message>
        <location filename="../ui/PeeringsView.cpp" line="+73"/>
        <source>Peering actions</source>
        <translation>Peering-Aktionen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Loading the peerings of every provider…</source>
        <translation>Peerings aller Anbieter werden geladen…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n peering(s): %1 AWS, %2 Azure, %3 Google Cloud.</source>
        <translation>
            <numerusform>%n Peering: %1 AWS, %2 Azure, %3 Google Cloud.</numerusform>
            <numerusform>%n Peerings: %1 AWS, %2 Azure, %3 Google Cloud.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Some lists could not be read: %2</source>
        <translation>%1 Einige Listen konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Copied the ID of peering %1.</source>
        <translation>ID von Peering %1 kopiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the row of peering %1.</source>
        <translation>Zeile von Peering %1 kopiert.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Delete Peering</source>
        <translation>Peering löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete peering %1 (%2, %3)?</source>
        <translation>Peering %1 (%2, %3) löschen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applications in that network lose their connection to the clusters.</source>
        <translation>Anwendungen in diesem Netzwerk verlieren ihre Verbindung zu den Clustern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the project&apos;s last AWS peering: Atlas also removes any AWS security groups from the project&apos;s IP access list.</source>
        <translation>Dies ist das letzte AWS-Peering des Projekts: Atlas entfernt außerdem alle AWS-Sicherheitsgruppen aus der IP-Zugriffsliste des Projekts.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deleting peering %1…</source>
        <translation>Peering %1 wird gelöscht…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Atlas is deleting peering %1.</source>
        <translation>Atlas löscht Peering %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted peering %1</source>
        <translation>Peering %1 gelöscht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not delete peering %1: %2</source>
        <translation>Peering %1 konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PreflightPanel</name>
    <message numerus="yes">
        <location filename="../ui/PreflightPanel.cpp" line="+47"/>
        <source>%n problem(s) would make Atlas refuse this peering.</source>
        <translation>
            <numerusform>%n Problem würde dazu führen, dass Atlas dieses Peering ablehnt.</numerusform>
            <numerusform>%n Probleme würden dazu führen, dass Atlas dieses Peering ablehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Ready, with %n warning(s).</source>
        <translation>
            <numerusform>Bereit, mit %n Warnung.</numerusform>
            <numerusform>Bereit, mit %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No overlaps, duplicates or limits found.</source>
        <translation>Keine Überschneidungen, Duplikate oder Grenzwerte gefunden.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PrivateConnectionPanel</name>
    <message>
        <location filename="../ui/PrivateConnectionPanel.cpp" line="+80"/>
        <source>Reading the project&apos;s clusters…</source>
        <translation>Cluster des Projekts werden gelesen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the clusters: %1</source>
        <translation>Die Cluster konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not published yet</source>
        <translation>Noch nicht veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private connection string of %1</source>
        <translation>Private Verbindungszeichenfolge von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the private connection string of %1</source>
        <translation>Private Verbindungszeichenfolge von %1 kopieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the private connection string of %1.</source>
        <translation>Private Verbindungszeichenfolge von %1 kopiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy DNS Commands</source>
        <translation>DNS-Befehle kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied the VPC&apos;s DNS commands.</source>
        <translation>DNS-Befehle der VPC kopiert.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProblemSummary</name>
    <message numerus="yes">
        <location filename="../ui/ProblemSummary.cpp" line="+47"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n weiteres</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n field(s) still need a value or a fix: %1.</source>
        <translation>
            <numerusform>%n Feld benötigt noch einen Wert oder eine Korrektur: %1.</numerusform>
            <numerusform>%n Felder benötigen noch einen Wert oder eine Korrektur: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProfileDialog</name>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="+164"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Profile &quot;%1&quot;</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stored in the keychain; type to replace</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen eintippen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;ublic key:</source>
        <translation>Ö&amp;ffentlicher Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client s&amp;ecret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;rivate key:</source>
        <translation>P&amp;rivater Schlüssel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter the client ID.</source>
        <translation>Geben Sie die Client-ID ein.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the public key.</source>
        <translation>Geben Sie den öffentlichen Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Geheimnis ein.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the private key.</source>
        <translation>Geben Sie den privaten Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fix the marked fields first: nothing was saved.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder: Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved. The secret is in the keychain.</source>
        <translation>Gespeichert. Das Geheimnis liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 copy %2</source>
        <translation>%1 Kopie %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicated as &quot;%1&quot;. Rename it here and save.</source>
        <translation>Als „%1“ dupliziert. Benennen Sie es hier um und speichern Sie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete profile &quot;%1&quot; and its secret in the keychain?</source>
        <translation>Profil „%1“ und sein Geheimnis im Schlüsselbund löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deleted &quot;%1&quot; and its keychain entry.</source>
        <translation>„%1“ und der zugehörige Schlüsselbundeintrag wurden gelöscht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the key typed here</source>
        <translation>der hier eingegebene Schlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the key or the service account first.</source>
        <translation>Geben Sie zuerst den Schlüssel oder das Dienstkonto ein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the secret from the keychain…</source>
        <translation>Geheimnis wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+10"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="-335"/>
        <source>Sandbox (built in)</source>
        <translation>Sandbox (eingebaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fake Atlas on this computer; read-only.</source>
        <translation>Ein simuliertes Atlas auf diesem Computer; schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+343"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Connected. This key sees %n project(s).</source>
        <translation>
            <numerusform>Verbunden. Dieser Schlüssel sieht %n Projekt.</numerusform>
            <numerusform>Verbunden. Dieser Schlüssel sieht %n Projekte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the Atlas CLI&apos;s profiles…</source>
        <translation>Profile der Atlas CLI werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>%n Profil importiert: %1.</numerusform>
            <numerusform>%n Profile importiert: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProfileStore</name>
    <message>
        <location filename="../app/core/store/ProfileStore.cpp" line="+104"/>
        <source>Enter the service account&apos;s client ID.</source>
        <translation>Geben Sie die Client-ID des Dienstkontos ein.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the API key&apos;s public key.</source>
        <translation>Geben Sie den öffentlichen Schlüssel des API-Schlüssels ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the service account&apos;s client secret.</source>
        <translation>Geben Sie das Client-Geheimnis des Dienstkontos ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the API key&apos;s private key.</source>
        <translation>Geben Sie den privaten Schlüssel des API-Schlüssels ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret does not match the profile&apos;s authentication method.</source>
        <translation>Das Geheimnis passt nicht zur Authentifizierungsmethode des Profils.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+112"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+98"/>
        <location line="+34"/>
        <source>The profile &quot;%1&quot; no longer exists.</source>
        <translation>Das Profil „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Enter the service account&apos;s client ID and secret.</source>
        <translation>Geben Sie Client-ID und Client-Geheimnis des Dienstkontos ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the API key&apos;s public and private key.</source>
        <translation>Geben Sie den öffentlichen und den privaten Schlüssel des API-Schlüssels ein.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProjectPicker</name>
    <message>
        <location filename="../ui/ProjectPicker.cpp" line="+24"/>
        <source>Choose a project, or paste its 24-character ID</source>
        <translation>Wählen Sie ein Projekt oder fügen Sie seine 24-stellige ID ein</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Loading projects…</source>
        <translation>Projekte werden geladen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not list projects: %1 You can still paste a project ID.</source>
        <translation>Projekte konnten nicht aufgelistet werden: %1 Sie können trotzdem eine Projekt-ID einfügen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProviderSwitchNotice</name>
    <message>
        <location filename="../ui/ProviderSwitchNotice.cpp" line="+46"/>
        <source>Request %1 created its %2 peering and is now a %3 request. Undo, or keep it and put %3 in a new request.</source>
        <translation>Anfrage %1 hat ihr %2-Peering erstellt und ist jetzt eine %3-Anfrage. Machen Sie es rückgängig, oder behalten Sie sie und legen Sie %3 in einer neuen Anfrage an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request %1 is now a %3 request. Your %2 values stay in this window until you undo or pick another request.</source>
        <translation>Anfrage %1 ist jetzt eine %3-Anfrage. Ihre %2-Werte bleiben in diesem Fenster, bis Sie es rückgängig machen oder eine andere Anfrage wählen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep %1, Add %2 as a New Request</source>
        <translation>%1 behalten, %2 als neue Anfrage hinzufügen</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ReadyChecklist</name>
    <message>
        <location filename="../ui/ReadyChecklist.cpp" line="+41"/>
        <source>Atlas has finished the peering with your VNet (AVAILABLE)</source>
        <translation>Atlas hat das Peering mit Ihrem VNet abgeschlossen (AVAILABLE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The peering is accepted in %1 and AVAILABLE</source>
        <translation>Das Peering ist in %1 angenommen und AVAILABLE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your VPC&apos;s route tables send Atlas&apos;s CIDR over the peering (tick when done)</source>
        <translation>Die Routentabellen Ihrer VPC leiten den Atlas-CIDR über das Peering (abhaken, wenn erledigt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your VPC&apos;s route tables send %1 over the peering (tick when done)</source>
        <translation>Die Routentabellen Ihrer VPC leiten %1 über das Peering (abhaken, wenn erledigt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routes: %1 exchanges them by itself</source>
        <translation>Routen: %1 tauscht sie selbst aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your network is on the project&apos;s IP access list (ACTIVE)</source>
        <translation>Ihr Netzwerk steht auf der IP-Zugriffsliste des Projekts (ACTIVE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster&apos;s private connection string is copied</source>
        <translation>Die private Verbindungszeichenfolge des Clusters ist kopiert</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Ready: an application in your network can connect to the cluster.</source>
        <translation>Bereit: Eine Anwendung in Ihrem Netzwerk kann sich mit dem Cluster verbinden.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n step(s) left before an application can connect.</source>
        <translation>
            <numerusform>Noch %n Schritt, bis sich eine Anwendung verbinden kann.</numerusform>
            <numerusform>Noch %n Schritte, bis sich eine Anwendung verbinden kann.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::RequestPreviewPanel</name>
    <message>
        <location filename="../ui/RequestPreviewPanel.cpp" line="+116"/>
        <source>Then the IP access list entry:</source>
        <translation>Danach der Eintrag in der IP-Zugriffsliste:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create sends the access list entry once the peering is created, and only the ranges no entry of the project allows yet.</source>
        <translation>Erstellen sendet den Zugriffslisteneintrag, sobald das Peering erstellt ist, und nur die Bereiche, die noch kein Eintrag des Projekts erlaubt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The form still has problems: this is what it would send once they are fixed.</source>
        <translation>Das Formular hat noch Probleme: So würde die Anfrage aussehen, sobald sie behoben sind.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the HTTP request</source>
        <translation>HTTP-Anfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the curl command</source>
        <translation>curl-Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Atlas CLI command</source>
        <translation>Atlas CLI-Befehl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the Terraform resource</source>
        <translation>Terraform-Ressource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied %1 to the clipboard.</source>
        <translation>In die Zwischenablage kopiert: %1.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ResultsPanel</name>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="+73"/>
        <source>connection ID</source>
        <translation>Verbindungs-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>container ID</source>
        <translation>Container-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide &amp;Raw Response</source>
        <translation>&amp;Rohantwort ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show &amp;Raw Response</source>
        <translation>&amp;Rohantwort anzeigen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No request sent yet</source>
        <translation>Noch keine Anfrage gesendet</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+39"/>
        <source>Fill in the form and press Create Peering. The created peering and its status, or the error Atlas returned, will appear here.</source>
        <translation>Füllen Sie das Formular aus und drücken Sie „Peering erstellen“. Das erstellte Peering und sein Status oder der von Atlas zurückgegebene Fehler erscheinen hier.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Create Peering to send this request to Atlas. The created peering with its status and the steps left in your cloud, or the error Atlas returned, will appear here.</source>
        <translation>Drücken Sie „Peering erstellen“, um diese Anfrage an Atlas zu senden. Das erstellte Peering mit seinem Status und den verbleibenden Schritten in Ihrer Cloud oder der von Atlas zurückgegebene Fehler erscheinen hier.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Peering %1: %2</source>
        <translation>Peering %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peering created: %1</source>
        <translation>Peering erstellt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>same as the container (Atlas returns null)</source>
        <translation>wie der Container (Atlas gibt null zurück)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Atlas is setting up its side. Next it waits for you to accept the peering request in your AWS account (status PENDING_ACCEPTANCE).</source>
        <translation>Atlas richtet seine Seite ein. Danach wartet es darauf, dass Sie die Peering-Anfrage in Ihrem AWS-Konto annehmen (Status PENDING_ACCEPTANCE).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Atlas is setting up its side. Next, create the matching peering from your Google Cloud network to Atlas&apos;s (status WAITING_FOR_USER).</source>
        <translation>Atlas richtet seine Seite ein. Erstellen Sie als Nächstes das passende Peering von Ihrem Google-Cloud-Netzwerk zum Netzwerk von Atlas (Status WAITING_FOR_USER).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas is peering with your VNet. The status becomes AVAILABLE when it is done.</source>
        <translation>Atlas stellt das Peering mit Ihrem VNet her. Der Status wird AVAILABLE, sobald es fertig ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept peering connection %1 in the AWS VPC console within 7 days, then add a route to the Atlas CIDR in your route tables.</source>
        <translation>Nehmen Sie die Peering-Verbindung %1 innerhalb von 7 Tagen in der AWS-VPC-Konsole an und fügen Sie dann Ihren Routentabellen eine Route zum Atlas-CIDR hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the matching peering from your Google Cloud network to Atlas&apos;s network; Atlas then finishes the connection.</source>
        <translation>Erstellen Sie das passende Peering von Ihrem Google-Cloud-Netzwerk zum Netzwerk von Atlas; Atlas stellt die Verbindung dann fertig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The peering is available: traffic can flow once routes and firewall rules allow it.</source>
        <translation>Das Peering ist verfügbar: Datenverkehr kann fließen, sobald Routen und Firewallregeln es zulassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering failed: %1</source>
        <translation>Das Peering ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering is being deleted.</source>
        <translation>Das Peering wird gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Atlas reported a status this version of Peering Desk does not know.</source>
        <translation>Atlas hat einen Status gemeldet, den diese Version von Peering Desk nicht kennt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain said: %1</source>
        <translation>Der Schlüsselbund meldete: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials unavailable</source>
        <translation>Anmeldedaten nicht verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Profile: &quot;%1&quot;.</source>
        <translation>Profil: „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>peering ID</source>
        <translation>Peering-ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied the %1 to the clipboard.</source>
        <translation>In die Zwischenablage kopiert: %1.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::SandboxSession</name>
    <message>
        <location filename="../app/sandbox/SandboxSession.cpp" line="+31"/>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>Die Sandbox konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::SecretServiceLookup</name>
    <message>
        <location filename="../app/core/store/SecretServiceLookup.cpp" line="+53"/>
        <source>the Secret Service did not answer</source>
        <translation>der Secret Service hat nicht geantwortet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the entry is in a locked keyring; unlock it first</source>
        <translation>der Eintrag liegt in einem gesperrten Schlüsselbund; entsperren Sie ihn zuerst</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::SubmitProgress</name>
    <message>
        <location filename="../ui/SubmitProgress.cpp" line="+18"/>
        <source>Reading the API key from the keychain…</source>
        <translation>API-Schlüssel wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading credentials…</source>
        <translation>Anmeldedaten werden gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your keychain may ask whether Peering Desk may use the stored key.</source>
        <translation>Ihr Schlüsselbund fragt möglicherweise, ob Peering Desk den gespeicherten Schlüssel verwenden darf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending to %1…</source>
        <translation>Wird an %1 gesendet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the peering…</source>
        <translation>Peering wird erstellt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for %1. Press Cancel or Esc to stop waiting.</source>
        <translation>Warten auf %1. Drücken Sie Abbrechen oder Esc, um das Warten zu beenden.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::TokenProvider</name>
    <message>
        <location filename="../app/core/transport/TokenProvider.cpp" line="+105"/>
        <source>the token endpoint answered HTTP %1 (%2)</source>
        <translation>der Token-Endpunkt hat mit HTTP %1 geantwortet (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the token endpoint answered HTTP %1 without a usable token</source>
        <translation>der Token-Endpunkt hat mit HTTP %1 ohne verwendbares Token geantwortet</translation>
    </message>
</context>
<context>
    <name>PeeringDetailsDialog</name>
    <message>
        <location filename="../ui/PeeringDetailsDialog.ui" line="+14"/>
        <source>Peering Details</source>
        <translation>Peering-Details</translation>
    </message>
</context>
<context>
    <name>PeeringIdentity</name>
    <message>
        <location filename="../app/core/peering/PeeringIdentity.cpp" line="+51"/>
        <source>AWS VPC %1 of account %2</source>
        <translation>AWS-VPC %1 von Konto %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure VNet %1 in resource group %2</source>
        <translation>Azure-VNet %1 in Ressourcengruppe %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google Cloud network %1 of project %2</source>
        <translation>Google-Cloud-Netzwerk %1 von Projekt %2</translation>
    </message>
</context>
<context>
    <name>PeeringTracker</name>
    <message>
        <location filename="../ui/PeeringTracker.ui" line="+24"/>
        <source>Tracked peering</source>
        <translation>Verfolgtes Peering</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Following</source>
        <translation>Verfolgung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status timeline</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Why the peering failed</source>
        <translation>Warum das Peering fehlgeschlagen ist</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>AWS acceptance deadline</source>
        <translation>Frist für die Annahme in AWS</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>I Have Done This</source>
        <translation>Ich habe dies erledigt</translation>
    </message>
</context>
<context>
    <name>PeeringsView</name>
    <message>
        <location filename="../ui/PeeringsView.ui" line="+21"/>
        <source>Peerings</source>
        <translation>Peerings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every peering of the project. Enter shows the details of the selected peering, Ctrl+C copies its ID, the menu key or Shift+F10 opens its actions.</source>
        <translation>Alle Peerings des Projekts. Eingabe zeigt die Details des ausgewählten Peerings, Strg+C kopiert seine ID, die Menütaste oder Umschalt+F10 öffnet seine Aktionen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show &amp;Details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The peering&apos;s fields, status and next steps</source>
        <translation>Die Felder, der Status und die nächsten Schritte des Peerings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy Peering &amp;ID</source>
        <translation>Peering-&amp;ID kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy &amp;Row</source>
        <translation>&amp;Zeile kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every column of the peering, tab-separated</source>
        <translation>Alle Spalten des Peerings, durch Tabulatoren getrennt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De&amp;lete Peering…</source>
        <translation>Peering &amp;löschen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
</context>
<context>
    <name>PostExport</name>
    <message>
        <location filename="../app/core/provisioning/PostExport.cpp" line="+12"/>
        <source>Authorization: Bearer &lt;service account token, fetched when sending&gt;</source>
        <translation>Authorization: Bearer &lt;Dienstkonto-Token, beim Senden abgerufen&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization: Digest &lt;answered with the profile&apos;s API key&gt;</source>
        <translation>Authorization: Digest &lt;beantwortet mit dem API-Schlüssel des Profils&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Set ATLAS_CLIENT_ID and ATLAS_CLIENT_SECRET first; the token request needs jq.</source>
        <translation>Setzen Sie zuerst ATLAS_CLIENT_ID und ATLAS_CLIENT_SECRET; die Token-Anfrage benötigt jq.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set ATLAS_PUBLIC_KEY and ATLAS_PRIVATE_KEY first: the keys never appear in the command.</source>
        <translation>Setzen Sie zuerst ATLAS_PUBLIC_KEY und ATLAS_PRIVATE_KEY: Die Schlüssel erscheinen nie im Befehl.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="+6"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These apply to every profile, to the sandbox and to --submit. Changes take effect at once.</source>
        <translation>Diese Einstellungen gelten für alle Profile, für die Sandbox und für --submit. Änderungen werden sofort wirksam.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Wait for an answer at most:</source>
        <translation>&amp;Höchstens auf eine Antwort warten:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long Peering Desk waits for a whole answer from Atlas, in every profile. A request that takes longer is stopped and reported; the form is kept.</source>
        <translation>Wie lange Peering Desk in jedem Profil auf eine vollständige Antwort von Atlas wartet. Eine Anfrage, die länger dauert, wird abgebrochen und gemeldet; das Formular bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From 5 to 300 seconds; 30 by default. A request stopped this way may still have been processed by Atlas.</source>
        <translation>Von 5 bis 300 Sekunden; standardmäßig 30. Eine so abgebrochene Anfrage wurde von Atlas möglicherweise trotzdem verarbeitet.</translation>
    </message>
</context>
<context>
    <name>PreflightCheck</name>
    <message>
        <location filename="../app/core/peering/PreflightCheck.cpp" line="+32"/>
        <source>%1 is already peered with this project (peering %2, %3).</source>
        <translation>%1 ist bereits mit diesem Projekt gepeert (Peering %2, %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is still being removed from this project (peering %2, %3). Atlas accepts it again once that peering is gone: refresh the peerings in a few minutes, then create it.</source>
        <translation>%1 wird noch aus diesem Projekt entfernt (Peering %2, %3). Atlas nimmt es erst wieder an, wenn dieses Peering verschwunden ist: Aktualisieren Sie die Peerings in einigen Minuten und erstellen Sie es dann.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The container is a %1 container, but the peering is for %2: choose a %2 container.</source>
        <translation>Der Container ist ein %1-Container, das Peering ist aber für %2: Wählen Sie einen %2-Container.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your VPC block %1 overlaps the container&apos;s Atlas block %2: traffic could not be routed. Choose a VPC block outside %2, or another container.</source>
        <translation>Ihr VPC-Block %1 überschneidet sich mit dem Atlas-Block %2 des Containers: Der Datenverkehr könnte nicht geroutet werden. Wählen Sie einen VPC-Block außerhalb von %2 oder einen anderen Container.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>VPC %1 of account %2</source>
        <translation>VPC %1 des Kontos %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>VNet %1 of subscription %2</source>
        <translation>VNet %1 des Abonnements %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network %1 of Google Cloud project %2</source>
        <translation>Netzwerk %1 des Google-Cloud-Projekts %2</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Your VPC block %1 overlaps %2 of peering %3 (VPC %4): Atlas could not tell the two networks apart. Use a block that overlaps no other peer.</source>
        <translation>Ihr VPC-Block %1 überschneidet sich mit %2 von Peering %3 (VPC %4): Atlas könnte die beiden Netzwerke nicht unterscheiden. Verwenden Sie einen Block, der sich mit keinem anderen Peer überschneidet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cross-region peering: Atlas is in %1 (%2) and your VPC in %3. Accept the request in %3; security-group references do not work across regions, so use CIDR blocks in the access list.</source>
        <translation>Regionsübergreifendes Peering: Atlas ist in %1 (%2) und Ihre VPC in %3. Nehmen Sie die Anfrage in %3 an; Verweise auf Sicherheitsgruppen funktionieren nicht regionsübergreifend, verwenden Sie daher CIDR-Blöcke in der Zugriffsliste.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The project already has %1 peerings, the most Atlas allows (%2). Delete one you no longer need first.</source>
        <translation>Das Projekt hat bereits %1 Peerings, so viele wie Atlas höchstens erlaubt (%2). Löschen Sie zuerst eines, das Sie nicht mehr benötigen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 peerings are waiting for acceptance, the most Atlas allows (%2). Accept or delete some of them first.</source>
        <translation>%1 Peerings warten auf Annahme, so viele wie Atlas höchstens erlaubt (%2). Nehmen Sie zuerst einige davon an oder löschen Sie sie.</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../ui/PreflightPanel.ui" line="+28"/>
        <source>Pre-flight findings</source>
        <translation>Ergebnisse der Vorabprüfung</translation>
    </message>
</context>
<context>
    <name>PrivateConnection</name>
    <message>
        <location filename="../app/core/peering/PrivateConnection.cpp" line="+15"/>
        <source>Turn on DNS resolution and DNS hostnames in the VPC</source>
        <translation>DNS-Auflösung und DNS-Hostnamen in der VPC aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without them the cluster&apos;s private host names resolve to public addresses, and the application does not use the peering. Run both, one after the other (AWS takes one attribute per call). A VPC with its own DNS servers also needs Atlas&apos;s custom DNS for AWS turned on in the project.</source>
        <translation>Ohne sie werden die privaten Hostnamen des Clusters zu öffentlichen Adressen aufgelöst, und die Anwendung nutzt das Peering nicht. Führen Sie beide Befehle nacheinander aus (AWS nimmt pro Aufruf ein Attribut an). Eine VPC mit eigenen DNS-Servern braucht außerdem das benutzerdefinierte DNS von Atlas für AWS, im Projekt aktiviert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cluster of this project runs in %1, where the peered container is. A cluster created there uses this peering; clusters elsewhere need a peering of their own.</source>
        <translation>Kein Cluster dieses Projekts läuft in %1, wo sich der per Peering verbundene Container befindet. Ein dort erstellter Cluster nutzt dieses Peering; Cluster an anderen Orten brauchen ein eigenes Peering.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Atlas publishes the private connection strings once the peering is AVAILABLE; it is %1 now.</source>
        <translation>Atlas veröffentlicht die privaten Verbindungszeichenfolgen, sobald das Peering AVAILABLE ist; aktueller Status: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet known</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering is AVAILABLE, but Atlas has not published the private connection strings yet: a cluster created before the peering takes a few minutes more. Refresh in a moment.</source>
        <translation>Das Peering ist AVAILABLE, aber Atlas hat die privaten Verbindungszeichenfolgen noch nicht veröffentlicht: Bei einem Cluster, der vor dem Peering erstellt wurde, dauert es einige Minuten länger. Aktualisieren Sie gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>PrivateConnectionPanel</name>
    <message>
        <location filename="../ui/PrivateConnectionPanel.ui" line="+6"/>
        <location line="+3"/>
        <source>Private connection string</source>
        <translation>Private Verbindungszeichenfolge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applications in your network reach a cluster over the peering only through its private connection string; the standard one resolves to public addresses.</source>
        <translation>Anwendungen in Ihrem Netzwerk erreichen einen Cluster über das Peering nur mit seiner privaten Verbindungszeichenfolge; die Standard-Verbindungszeichenfolge wird zu öffentlichen Adressen aufgelöst.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Re&amp;fresh Clusters</source>
        <translation>Cluster ak&amp;tualisieren</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/core/store/Profile.cpp" line="+34"/>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use up to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Verwenden Sie bis zu 64 Buchstaben, Ziffern, Leerzeichen, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;sandbox&quot; is reserved for the built-in sandbox.</source>
        <translation>„sandbox“ ist für die eingebaute Sandbox reserviert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>MongoDB Atlas</source>
        <translation>MongoDB Atlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas for Government</source>
        <translation>Atlas for Government</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom URL</source>
        <translation>Benutzerdefinierte URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="+6"/>
        <location line="+63"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Profiles keep where Atlas is and how to sign in. Secrets go to the system keychain only; everything else to the settings.</source>
        <translation>Profile speichern, wo Atlas ist und wie die Anmeldung erfolgt. Geheimnisse werden nur im Schlüsselbund des Systems abgelegt, alles andere in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No Atlas profile yet. Press New and give it a name, where Atlas is and an API key or a service account; or import the Atlas CLI&apos;s profiles. The sandbox below needs none.</source>
        <translation>Noch kein Atlas-Profil. Drücken Sie „Neu“ und geben Sie einen Namen, den Ort von Atlas und einen API-Schlüssel oder ein Dienstkonto an; oder importieren Sie die Profile der Atlas CLI. Die Sandbox unten benötigt keines.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import from Atlas CLI…</source>
        <translation>Aus Atlas &amp;CLI importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the profiles of the Atlas CLI (its config file, and its secrets from the keychain) so you do not retype keys.</source>
        <translation>Die Profile der Atlas CLI einlesen (ihre Konfigurationsdatei und ihre Geheimnisse aus dem Schlüsselbund), damit Sie Schlüssel nicht erneut eingeben müssen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>work</source>
        <translation>work</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name for this connection, like the Atlas CLI&apos;s profiles: &quot;prod&quot;, &quot;staging&quot;, &quot;acme-org&quot;.</source>
        <translation>Ein Name für diese Verbindung, wie bei den Profilen der Atlas CLI: „prod“, „staging“, „acme-org“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the profile.</source>
        <translation>Name des Profils.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Environment:</source>
        <translation>Umg&amp;ebung:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MongoDB Atlas (cloud.mongodb.com), Atlas for Government (cloud.mongodbgov.com), or a custom URL such as the sandbox.</source>
        <translation>MongoDB Atlas (cloud.mongodb.com), Atlas for Government (cloud.mongodbgov.com) oder eine benutzerdefinierte URL wie die der Sandbox.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MongoDB Atlas</source>
        <translation>MongoDB Atlas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Atlas for Government</source>
        <translation>Atlas for Government</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom URL</source>
        <translation>Benutzerdefinierte URL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Base &amp;URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>https://cloud.mongodb.com</source>
        <translation>https://cloud.mongodb.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only for a custom environment. Plain http is allowed only for this computer (127.0.0.1, localhost).</source>
        <translation>Nur für eine benutzerdefinierte Umgebung. Unverschlüsseltes http ist nur für diesen Computer erlaubt (127.0.0.1, localhost).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base URL of the Atlas Administration API.</source>
        <translation>Basis-URL der Atlas Administration API.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A programmatic API key (HTTP Digest) or a service account (OAuth 2.0 client credentials, which Atlas recommends).</source>
        <translation>Ein programmatischer API-Schlüssel (HTTP Digest) oder ein Dienstkonto (OAuth-2.0-Client-Credentials, von Atlas empfohlen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>P&amp;ublic key:</source>
        <translation>Ö&amp;ffentlicher Schlüssel:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>abcdefgh</source>
        <translation>abcdefgh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The public key of a programmatic API key (Organization or Project Access Manager &gt; API Keys), or the client ID of a service account.</source>
        <translation>Der öffentliche Schlüssel eines programmatischen API-Schlüssels (Organization oder Project Access Manager &gt; API Keys) oder die Client-ID eines Dienstkontos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public key or client ID.</source>
        <translation>Öffentlicher Schlüssel oder Client-ID.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>P&amp;rivate key:</source>
        <translation>P&amp;rivater Schlüssel:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</source>
        <translation>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown once in Atlas when the key or secret is created. Stored only in the system keychain.</source>
        <translation>Wird in Atlas einmalig angezeigt, wenn der Schlüssel oder das Geheimnis erstellt wird. Wird nur im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private key or client secret, stored only in the keychain.</source>
        <translation>Privater Schlüssel oder Client-Geheimnis, nur im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>S&amp;how the secret while typing</source>
        <translation>Geheimnis bei der Eingabe an&amp;zeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default &amp;project:</source>
        <translation>Standard&amp;projekt:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>5f3e2d1c0b9a887766554433</source>
        <translation>5f3e2d1c0b9a887766554433</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: the project ID the form starts with when this profile is chosen.</source>
        <translation>Optional: die Projekt-ID, mit der das Formular beginnt, wenn dieses Profil gewählt wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default project</source>
        <translation>Standardprojekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default Atlas project ID, optional.</source>
        <translation>Standard-Atlas-Projekt-ID, optional.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in and list one project, without saving anything.</source>
        <translation>Anmelden und ein Projekt auflisten, ohne etwas zu speichern.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save Profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sandbox (built in, read-only)</source>
        <translation>Sandbox (eingebaut, schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A fake Atlas on this computer (127.0.0.1), built into Peering Desk. It answers like Atlas, with a demo project and containers, and creates nothing in a real cloud. Its key is made up each time it starts, so there is nothing to enter or keep.</source>
        <translation>Ein simuliertes Atlas auf diesem Computer (127.0.0.1), in Peering Desk eingebaut. Es antwortet wie Atlas, mit einem Demoprojekt und Containern, und erstellt nichts in einer echten Cloud. Sein Schlüssel wird bei jedem Start neu erzeugt, daher gibt es nichts einzugeben oder aufzubewahren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Built in: it cannot be edited, renamed or deleted. File ▸ Use the Sandbox turns it on and off.</source>
        <translation>Eingebaut: Sie kann nicht bearbeitet, umbenannt oder gelöscht werden. Datei ▸ Sandbox verwenden schaltet sie ein und aus.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Use the Sandbox</source>
        <translation>Sandbox &amp;verwenden</translation>
    </message>
</context>
<context>
    <name>ProjectPicker</name>
    <message>
        <location filename="../ui/ProjectPicker.ui" line="+32"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List the projects of this profile</source>
        <translation>Die Projekte dieses Profils auflisten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;List Projects</source>
        <translation>Projekte auf&amp;listen</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <location filename="../app/core/model/Provider.cpp" line="+35"/>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
</context>
<context>
    <name>ProviderSwitchNotice</name>
    <message>
        <location filename="../ui/ProviderSwitchNotice.ui" line="+9"/>
        <source>Cloud provider changed</source>
        <translation>Cloud-Anbieter geändert</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back to the cloud this request had, with its values.</source>
        <translation>Zur bisherigen Cloud dieser Anfrage zurückkehren, mit ihren Werten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This request stays as it was; a new request of the other cloud is added to the form.</source>
        <translation>Diese Anfrage bleibt, wie sie war; eine neue Anfrage für die andere Cloud wird dem Formular hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>ReadyChecklist</name>
    <message>
        <location filename="../ui/ReadyChecklist.ui" line="+6"/>
        <source>Ready to connect?</source>
        <translation>Bereit zum Verbinden?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection checklist</source>
        <translation>Checkliste für die Verbindung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Steps to a working connection</source>
        <translation>Schritte zu einer funktionierenden Verbindung</translation>
    </message>
</context>
<context>
    <name>RequestExporter</name>
    <message>
        <location filename="../app/core/provisioning/RequestExporter.cpp" line="+83"/>
        <source>The Atlas CLI uses one --region for both the Atlas container and your VPC, and picks (or creates) the container of that region itself: it cannot target container %1, and it cannot peer across regions. Use curl or Terraform when the container&apos;s region is not %2.</source>
        <translation>Die Atlas CLI verwendet eine einzige --region für den Atlas-Container und Ihre VPC und wählt (oder erstellt) den Container dieser Region selbst: Sie kann nicht auf Container %1 zielen und kein regionsübergreifendes Peering herstellen. Verwenden Sie curl oder Terraform, wenn die Region des Containers nicht %2 ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace &lt;ATLAS_REGION&gt; with the Atlas region of container %1 (for example US_EAST_2): the CLI finds the container by region, not by id. It also lower-cases the resource group name.</source>
        <translation>Ersetzen Sie &lt;ATLAS_REGION&gt; durch die Atlas-Region von Container %1 (zum Beispiel US_EAST_2): Die CLI findet den Container anhand der Region, nicht anhand der ID. Außerdem schreibt sie den Namen der Ressourcengruppe in Kleinbuchstaben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The CLI requires --atlasCidrBlock even though it reuses the project&apos;s existing Google Cloud container (%1): replace &lt;ATLAS_CIDR&gt; with that container&apos;s Atlas CIDR.</source>
        <translation>Die CLI verlangt --atlasCidrBlock, obwohl sie den vorhandenen Google-Cloud-Container des Projekts (%1) wiederverwendet: Ersetzen Sie &lt;ATLAS_CIDR&gt; durch den Atlas-CIDR dieses Containers.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Credentials come from the provider block or the MONGODB_ATLAS_* environment variables, never from this file.</source>
        <translation>Die Anmeldedaten stammen aus dem provider-Block oder den Umgebungsvariablen MONGODB_ATLAS_*, niemals aus dieser Datei.</translation>
    </message>
</context>
<context>
    <name>RequestFailure</name>
    <message>
        <location filename="../app/core/transport/RequestFailure.cpp" line="+16"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication failed (HTTP 401)</source>
        <translation>Authentifizierung fehlgeschlagen (HTTP 401)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1 from something other than Atlas</source>
        <translation>HTTP %1 von etwas anderem als Atlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected response</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No usable credentials</source>
        <translation>Keine verwendbaren Anmeldedaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redirected (HTTP %1), not followed</source>
        <translation>Umgeleitet (HTTP %1), nicht gefolgt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request was cancelled. If it had already reached Atlas, the peering may still be created: check the project&apos;s peerings before you try again.</source>
        <translation>Die Anfrage wurde abgebrochen. Falls sie Atlas bereits erreicht hatte, wird das Peering möglicherweise trotzdem erstellt: Prüfen Sie die Peerings des Projekts, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer in time. The request may still have been processed: check the project&apos;s peerings before you try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Die Anfrage wurde möglicherweise trotzdem verarbeitet: Prüfen Sie die Peerings des Projekts, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is listening at %1. Check the base URL, or start the sandbox.</source>
        <translation>Unter %1 lauscht nichts. Prüfen Sie die Basis-URL oder starten Sie die Sandbox.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host %1 could not be found. Check the base URL, your DNS and your proxy settings.</source>
        <translation>Der Host %1 wurde nicht gefunden. Prüfen Sie die Basis-URL, Ihr DNS und Ihre Proxy-Einstellungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection to %1 failed: %2. Peering Desk never ignores certificate problems; check the system clock, your proxy and the base URL.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Peering Desk ignoriert Zertifikatsprobleme nie; prüfen Sie die Systemuhr, Ihren Proxy und die Basis-URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 failed: %2.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas rejected the credentials. Check the public and private key (or the service account), and that it has access to this project.</source>
        <translation>Atlas hat die Anmeldedaten abgelehnt. Prüfen Sie den öffentlichen und den privaten Schlüssel (oder das Dienstkonto) und ob damit Zugriff auf dieses Projekt besteht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Atlas answered with error %1.</source>
        <translation>Atlas hat mit Fehler %1 geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered HTTP %1 with a body that is not an Atlas error, so a proxy or gateway may be in the way. It began: %2</source>
        <translation>Der Server hat mit HTTP %1 und einem Inhalt geantwortet, der kein Atlas-Fehler ist; möglicherweise steht ein Proxy oder Gateway dazwischen. Der Inhalt begann mit: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered HTTP %1, but not with the JSON Atlas sends: %2.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet, aber nicht mit dem JSON, das Atlas sendet: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set an API key or a service account before sending requests.</source>
        <translation>Richten Sie einen API-Schlüssel oder ein Dienstkonto ein, bevor Sie Anfragen senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not authenticate: %1</source>
        <translation>Authentifizierung nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no location given)</source>
        <translation>(kein Ziel angegeben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered with a redirect to %2. Peering Desk never follows redirects, so neither the request nor your credentials went there. Check the base URL of the connection: Atlas itself does not redirect API calls.</source>
        <translation>%1 hat mit einer Umleitung nach %2 geantwortet. Peering Desk folgt Umleitungen nie, daher gingen weder die Anfrage noch Ihre Zugangsdaten dorthin. Prüfen Sie die Basis-URL der Verbindung: Atlas selbst leitet API-Aufrufe nicht um.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was sent to %1: %2</source>
        <translation>An %1 wurde nichts gesendet: %2</translation>
    </message>
</context>
<context>
    <name>RequestPreviewPanel</name>
    <message>
        <location filename="../ui/RequestPreviewPanel.ui" line="+9"/>
        <source>Exactly what Create Peering sends, or the same request for another tool. Secrets never appear here.</source>
        <translation>Genau das, was „Peering erstellen“ sendet, oder dieselbe Anfrage für ein anderes Werkzeug. Geheimnisse erscheinen hier nie.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show &amp;as:</source>
        <translation>&amp;Anzeigen als:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the request as</source>
        <translation>Anfrage anzeigen als</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP request</source>
        <translation>HTTP-Anfrage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Atlas CLI</source>
        <translation>Atlas CLI</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Terraform</source>
        <translation>Terraform</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the shown text</source>
        <translation>Den angezeigten Text kopieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Request preview</source>
        <translation>Anfragevorschau</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../ui/ResultsPanel.ui" line="+9"/>
        <source>No request sent yet</source>
        <translation>Noch keine Anfrage gesendet</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Fill in the form and press Create Peering. The created peering and its status, or the error Atlas returned, will appear here.</source>
        <translation>Füllen Sie das Formular aus und drücken Sie „Peering erstellen“. Das erstellte Peering und sein Status oder der von Atlas zurückgegebene Fehler erscheinen hier.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Peering &amp;ID:</source>
        <translation>Peering-&amp;ID:</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+103"/>
        <location line="+57"/>
        <location line="+205"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="-362"/>
        <location line="+103"/>
        <location line="+57"/>
        <location line="+205"/>
        <source>Copy to the clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="-349"/>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Co&amp;nnection ID:</source>
        <translation>&amp;Verbindungs-ID:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Container ID:</source>
        <translation>Container-ID:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Accepter region:</source>
        <translation>Akzeptor-Region:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Error state:</source>
        <translation>Fehlerzustand:</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+79"/>
        <source>HTTP status:</source>
        <translation>HTTP-Status:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Error &amp;code:</source>
        <translation>&amp;Fehlercode:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Detail:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <location line="-575"/>
        <source>Result headline</source>
        <translation>Ergebnisüberschrift</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Result message</source>
        <translation>Ergebnismeldung</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Result: peering ID</source>
        <translation>Ergebnis: Peering-ID</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy the peering ID</source>
        <translation>Peering-ID kopieren</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Result: provider</source>
        <translation>Ergebnis: Anbieter</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Result: status</source>
        <translation>Ergebnis: Status</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Result: connection ID</source>
        <translation>Ergebnis: Verbindungs-ID</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy the connection ID</source>
        <translation>Verbindungs-ID kopieren</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Result: container ID</source>
        <translation>Ergebnis: Container-ID</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy the container ID</source>
        <translation>Container-ID kopieren</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Result: accepter region</source>
        <translation>Ergebnis: Akzeptor-Region</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Result: error state</source>
        <translation>Ergebnis: Fehlerzustand</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Result: HTTP status</source>
        <translation>Ergebnis: HTTP-Status</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Atlas error: HTTP status</source>
        <translation>Atlas-Fehler: HTTP-Status</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Atlas error code</source>
        <translation>Atlas-Fehlercode</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy the Atlas error code</source>
        <translation>Atlas-Fehlercode kopieren</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Atlas error reason</source>
        <translation>Grund des Atlas-Fehlers</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Atlas error detail</source>
        <translation>Details des Atlas-Fehlers</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Atlas error parameters</source>
        <translation>Parameter des Atlas-Fehlers</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fields Atlas rejected:</source>
        <translation>Von Atlas abgelehnte Felder:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fields Atlas rejected</source>
        <translation>Von Atlas abgelehnte Felder</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open &amp;Profiles…</source>
        <translation>&amp;Profile öffnen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show &amp;Raw Response</source>
        <translation>&amp;Rohantwort anzeigen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copy Response</source>
        <translation>Antwort kopieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy the raw response</source>
        <translation>Die Rohantwort kopieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Raw response</source>
        <translation>Rohantwort</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="-311"/>
        <source>no HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
</context>
<context>
    <name>SavedForm</name>
    <message>
        <location filename="../app/core/provisioning/SavedForm.cpp" line="+72"/>
        <location line="+130"/>
        <source>The file is larger than %1 KiB; a saved form is never that big.</source>
        <translation>Die Datei ist größer als %1 KiB; ein gespeichertes Formular ist nie so groß.</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Line %1, column %2: %3.</source>
        <translation>Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a Peering Desk form: the file must hold one JSON object.</source>
        <translation>Dies ist kein Peering-Desk-Formular: Die Datei muss genau ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a Peering Desk form: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>Dies ist kein Peering-Desk-Formular: &quot;format&quot; muss &quot;%1&quot; sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;version&quot; must be a whole number.</source>
        <translation>&quot;version&quot; muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This form was saved in format version %1, by a newer Peering Desk; this version reads version %2. Update Peering Desk to open it.</source>
        <translation>Dieses Formular wurde in Formatversion %1 von einem neueren Peering Desk gespeichert; diese Version liest Version %2. Aktualisieren Sie Peering Desk, um es zu öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;version&quot; %1 does not exist; the first version is 1.</source>
        <translation>&quot;version&quot; %1 existiert nicht; die erste Version ist 1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;profile&quot; must be a string.</source>
        <translation>&quot;profile&quot; muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;requests&quot; must be a list of peering requests.</source>
        <translation>&quot;requests&quot; muss eine Liste von Peering-Anfragen sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A form holds at most %1 requests; this one has %2.</source>
        <translation>Ein Formular enthält höchstens %1 Anfragen; dieses hat %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be an object.</source>
        <translation>%1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.groupId must be a string.</source>
        <translation>%1.groupId muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.%2 must be true or false.</source>
        <translation>%1.%2 muss true oder false sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.peer must be an object with the request body.</source>
        <translation>%1.peer muss ein Objekt mit dem Inhalt der Anfrage sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.peer.%2 must be a string.</source>
        <translation>%1.peer.%2 muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.peer.providerName must be &quot;AWS&quot;, &quot;AZURE&quot; or &quot;GCP&quot;.</source>
        <translation>%1.peer.providerName muss &quot;AWS&quot;, &quot;AZURE&quot; oder &quot;GCP&quot; sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1.accessList must be an object with a list &quot;cidrBlocks&quot;.</source>
        <translation>%1.accessList muss ein Objekt mit einer Liste &quot;cidrBlocks&quot; sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.accessList.cidrBlocks must hold strings.</source>
        <translation>%1.accessList.cidrBlocks muss Zeichenketten enthalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.accessList.comment must be a string.</source>
        <translation>%1.accessList.comment muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a regular file (a pipe, device or folder): save the form to a file and open that.</source>
        <translation>%1 ist keine reguläre Datei (sondern eine Pipe, ein Gerät oder ein Ordner): Speichern Sie das Formular in einer Datei und öffnen Sie diese.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <source>Cannot save %1: %2.</source>
        <translation>%1 kann nicht gespeichert werden: %2.</translation>
    </message>
</context>
</TS>
