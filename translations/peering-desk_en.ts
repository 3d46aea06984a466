<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../ui/AboutBox.cpp" line="+11"/>
        <source>About Peering Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Peering Desk %1&lt;/h3&gt;&lt;p&gt;Creates MongoDB Atlas network peering connections for AWS, Azure and Google Cloud, with credentials kept in the system keychain.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;MongoDB and Atlas are trademarks of MongoDB, Inc. Peering Desk is not affiliated with MongoDB, Inc.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessListAdvice</name>
    <message>
        <location filename="../app/core/peering/AccessListAdvice.cpp" line="+39"/>
        <source>The VPC&apos;s CIDR block is offered; narrow it to the subnets of your application if you prefer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This peering crosses regions (%1 to %2): AWS does not let a security group be referenced across regions, so the access list needs the CIDR blocks, not a security group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Atlas does not know your VNet&apos;s ranges: enter its address space, or the subnets your application runs in (az network vnet show --query addressSpace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Atlas does not know your network&apos;s ranges: enter the subnet ranges your application runs in (gcloud compute networks subnets list --network=%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On GKE, add the cluster&apos;s Pod range too: GKE does not translate Pod addresses to the node&apos;s, so connections arrive from the Pod range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessListExporter</name>
    <message>
        <location filename="../app/core/provisioning/AccessListExporter.cpp" line="+63"/>
        <source>Add depends_on with the peering&apos;s resource when both are in one configuration: Atlas accepts the entry at any time, but it only carries traffic once the peering is AVAILABLE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessListOption</name>
    <message>
        <location filename="../ui/AccessListOption.ui" line="+13"/>
        <source>Also allow this network in the project&apos;s IP &amp;access list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Once the peering is created, its ranges are added to the project&apos;s IP access list, as the result panel&apos;s &quot;Allow in Access List&quot; does. Saved with the form, and sent by --submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ran&amp;ges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 10.20.0.0/16, 10.21.4.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access list ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Private IPv4 ranges of the network that connects, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Comme&amp;nt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Access list entry comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessListPanel</name>
    <message>
        <location filename="../ui/AccessListPanel.ui" line="+6"/>
        <location line="+3"/>
        <source>IP access list entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A peering carries traffic, but Atlas only accepts connections from addresses on the project&apos;s IP access list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Ranges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 10.20.0.0/16, 10.21.4.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranges to allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Co&amp;mment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Access list comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Allow in Access List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessListRequest</name>
    <message>
        <location filename="../app/core/model/AccessListRequest.cpp" line="+33"/>
        <source>%1 needs a prefix length: a whole network is written like %1/24, one address as %1/32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is IPv6; network peering carries IPv4 only. Enter the IPv4 range of the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a CIDR block. Write it as four numbers and a prefix length, like 10.20.0.0/16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 would allow every address on the internet. Enter the private range of your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has host bits set; the block it means is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a public range: only private ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) arrive over a peering, and a public entry would let that range in from the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter at least one private range of the network that should reach the clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Atlas keeps at most %1 characters of comment; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtlasClient</name>
    <message>
        <location filename="../app/core/transport/AtlasClient.cpp" line="+51"/>
        <source>(empty body)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtlasConnection</name>
    <message>
        <location filename="../app/core/connection/AtlasConnection.cpp" line="+13"/>
        <source>profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no profile yet. Create one with File ▸ Profiles (your Atlas URL and API key or service account), or try the built-in sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Atlas URL of %1 is not a valid web address: edit it in File ▸ Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was sent: %1 points at %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Atlas for Government does not offer Azure network peering.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwsPage</name>
    <message>
        <location filename="../ui/AwsPage.ui" line="+24"/>
        <source>&amp;Region of your VPC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. us-east-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The AWS region of the VPC to peer, as AWS writes it (us-east-1). The AWS console shows it in the region selector at the top right. It may differ from the Atlas container&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region of your VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AWS region of the VPC to peer, for example us-east-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>AWS &amp;account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. 123456789012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>e.g. vpc-0123456789abcdef0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>e.g. 10.0.0.0/16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-123"/>
        <source>The 12-digit ID of the AWS account that owns the VPC: the account menu at the top right of the AWS console, or &quot;aws sts get-caller-identity&quot;. Keep leading zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AWS account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twelve-digit ID of the AWS account that owns the VPC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;VPC ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>AWS console: VPC &gt; Your VPCs &gt; VPC ID. This is your VPC, not the Atlas one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VPC ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID of your VPC, vpc- followed by 17 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>VPC &amp;CIDR block:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The IPv4 CIDR block of your VPC (or of the subnet that should reach Atlas): VPC &gt; Your VPCs &gt; IPv4 CIDR. It must be private (RFC 1918) and must not overlap the Atlas CIDR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VPC CIDR block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private IPv4 CIDR block of your VPC, for example 10.0.0.0/16.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AzurePage</name>
    <message>
        <location filename="../ui/AzurePage.ui" line="+24"/>
        <source>&amp;Directory (tenant) ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. 8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure portal: Microsoft Entra ID &gt; Overview &gt; Tenant ID, or &quot;az account show --query tenantId&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Directory (tenant) ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GUID of the Azure directory, also called the tenant ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Subscription ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. 1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>e.g. my-resource-group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>e.g. my-vnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Azure portal: Subscriptions &gt; Subscription ID, or &quot;az account show --query id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscription ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GUID of the Azure subscription that holds the VNet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Resource group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Azure portal: Virtual networks &gt; your VNet &gt; Overview &gt; Resource group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the resource group that holds the VNet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;VNet name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Azure portal: Virtual networks &gt; Name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VNet name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the virtual network to peer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/main.cpp" line="+56"/>
        <source>peering-desk: the sandbox could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>peering-desk: the window needs a display (none is set: DISPLAY and WAYLAND_DISPLAY are empty). Without one, use --submit FORM; --help lists every option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>peering-desk: there is no profile named &quot;%1&quot; (profiles: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="+7"/>
        <source>Start the built-in fake Atlas on 127.0.0.1 and send requests to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in this project (group) ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start on this cloud: AWS, AZURE or GCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send every request of this saved form without a window, print one JSON result per request, and exit (0 created, 1 invalid, 2 API error, 3 network, authentication or keychain failure, 4 a create may have reached Atlas without a readable answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Compare this saved form with Atlas and print, per request, whether its peering exists, is to be created, differs or conflicts, without changing anything; exit 0 when there is nothing to do, 5 when something is to be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan this saved form, then create only the peerings and access list entries that are missing; running it again does nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --submit or --apply: follow each new peering until it is available, failed or waiting for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --submit or --apply: follow each new peering, and when it waits for a step in the cloud (accepting in AWS, the peering in Google Cloud), print that step and keep following for up to this many minutes while it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep preferences (never secrets) in this INI file instead of the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit after this many milliseconds (smoke tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates MongoDB Atlas network peering connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A saved form to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>peering-desk: --provider must be AWS, AZURE or GCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>peering-desk: choose one of --submit, --plan and --apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>peering-desk: --wait-for-cloud-step goes with --submit or --apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>peering-desk: --wait-for-cloud-step takes a number of minutes from 1 to %1 (AWS deletes a peering request nobody accepted after 7 days).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../ui/ConnectionBanner.ui" line="+9"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Add an Atlas profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the Atlas to talk to and the API key or service account that signs in; the secret goes to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Try the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a fake Atlas on this computer and send requests there: nothing is created in a real cloud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainerPanel</name>
    <message>
        <location filename="../ui/ContainerPanel.ui" line="+27"/>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New Container…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Atlas re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Google Cloud regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Leave every region unticked for a /18 or larger block. Ticking regions limits the project to them and needs a /21 to /24 block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Atlas &amp;CIDR block:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>192.168.248.0/21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;reate Container</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainerRequest</name>
    <message>
        <location filename="../app/core/model/ContainerRequest.cpp" line="+50"/>
        <source>Choose the Atlas region of the container, like US_EAST_1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Atlas&apos;s name for the region, like %1, not the cloud&apos;s own spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an Atlas region name; choose regions from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the Atlas CIDR block, like 192.168.248.0/21.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter an IPv4 block in CIDR notation, like 192.168.248.0/21.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a private block (RFC 1918): inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the block in canonical form, %1: the address must be the first of the block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 containers need a block from /21 to /24, like 192.168.248.0/21; this one is /%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A /%1 Google Cloud container must be limited to regions: choose them, or use a /18 or larger block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Cloud containers need a /18 or larger block (like 10.8.0.0/18), or /21 to /24 together with regions; this one is /%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A Google Cloud container limited to regions needs a block from /21 to /24; clear the regions to use a /18 or larger block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A /%1 block allows at most %n region(s).</source>
        <translation>
            <numerusform>A /%1 block allows at most %n region.</numerusform>
            <numerusform>A /%1 block allows at most %n regions.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This project already has a Google Cloud container with %1. Atlas keeps that block and ignores %2: use the existing container, or pick a route table CIDR that does not overlap %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A container for %1 already exists with %2. Atlas keeps that block and ignores %3: use the existing container, or pick a route table CIDR that does not overlap %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../app/core/store/CredentialStore.cpp" line="+37"/>
        <source>No credentials are stored for profile &quot;%1&quot; yet. Enter an API key to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access to the keychain was refused. Allow Peering Desk when the keychain asks, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyring is locked. Unlock it (for example with your login password in Passwords and Keys) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain denied access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available (%1). Peering Desk keeps API keys only in the system keychain: start a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The keyring is locked, so the API key of profile &quot;%1&quot; cannot be read. Unlock it, then try again: log in to your desktop session, or unlock &quot;Login&quot; in Passwords and Keys (Seahorse); on a machine without a desktop, run gnome-keyring-daemon --unlock, which reads the keyring password from its standard input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorGuidance</name>
    <message>
        <location filename="../app/core/peering/ErrorGuidance.cpp" line="+18"/>
        <source>Atlas rejected a field of the request: correct the fields listed below and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A field has a value Atlas does not accept here, often a container of another provider: check the field Atlas names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A required field is missing: fill in the field Atlas names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Atlas could not read the request body; this is a bug in Peering Desk, please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use one of AWS, AZURE or GCP as the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the region from the list: Atlas spells regions like US_EAST_1, not us-east-1 or eastus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the block in CIDR notation, like 192.168.248.0/21.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use your VPC&apos;s private block (inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16) as the route table CIDR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an Atlas block of the right size: /21 to /24 for AWS and Azure, /18 or larger for Google Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Google Cloud container limited to regions needs a /21 to /24 block; clear the regions to use /18 or larger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an Atlas block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the block in the canonical form Atlas names, with the host bits zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A container&apos;s region is fixed: create a container in the other region instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Google Cloud container limited to regions cannot be changed: delete and recreate it while nothing uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project already has a container there (one per AWS or Azure region, one for Google Cloud): choose the existing container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The container&apos;s block is locked because clusters or peerings use it: keep it, and choose a VPC block that does not overlap it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That container does not exist in this project: pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the directory, subscription, resource group and VNet, and that you ran the service principal and role commands; role assignments can take a few minutes to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas cannot reach your Azure subscription: check the subscription ID and the Atlas role assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure rejected one of the values: check the directory, subscription, resource group and VNet name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This project allows Azure peering in one Atlas region only: use the container that already has a peering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project in the request does not match the chosen project: choose the project again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your key cannot change this project: give it the Project Network Access Manager role, or choose another project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your key has no access to this project: add it to the project, or choose another project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas did not accept the credentials: check the key or service account of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Add this computer&apos;s public IP address to the API key&apos;s access list in Atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A project ID is 24 hexadecimal characters: choose the project from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such project, or not one your key can see: choose the project from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas does not know this address: check the base URL of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A peering ID is 24 hexadecimal characters: pick the peering from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering no longer exists (it may have been deleted): refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your VPC block overlaps another peering&apos;s block: use a VPC block no other peer uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your VPC block overlaps the container&apos;s Atlas block: use a VPC block outside it, or another container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This VPC is already peered with the project: use the existing peering, or delete it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This VNet is already peered with the project: use the existing peering, or delete it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This network is already peered with the project: use the existing peering, or delete it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering is already being deleted: wait a moment and refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering cannot change in its current status: wait until it is AVAILABLE or FAILED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project has the most peerings Atlas allows: delete one you no longer need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Atlas is limiting requests: wait the time it names and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas failed without a reason; on a create this usually means the container ID is wrong: pick the container from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas is briefly unavailable, for example during maintenance: try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <location filename="../app/core/peering/FailureText.cpp" line="+19"/>
        <source>Unreadable answer: the peering may have been created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Atlas answered HTTP %1, so it accepted the request, but its answer could not be read (%2). The peering may well have been created: look at the project&apos;s peerings before you send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Atlas asks to wait %n second(s) before the next request. Peering Desk never sends a create again by itself: send it again once the time has passed.</source>
        <translation>
            <numerusform>Atlas asks to wait %n second before the next request. Peering Desk never sends a create again by itself: send it again once the time has passed.</numerusform>
            <numerusform>Atlas asks to wait %n seconds before the next request. Peering Desk never sends a create again by itself: send it again once the time has passed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request may have reached Atlas before the connection failed: look at the project&apos;s peerings before you send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A gateway error does not prove that nothing was created: check the project&apos;s peerings before you send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Atlas asks to wait %n second(s) before the next request.</source>
        <translation>
            <numerusform>Atlas asks to wait %n second before the next request.</numerusform>
            <numerusform>Atlas asks to wait %n seconds before the next request.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>errorCode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCheck</name>
    <message numerus="yes">
        <location filename="../app/core/model/FieldCheck.cpp" line="+12"/>
        <source>This value is too long: at most %n characters.</source>
        <translation>
            <numerusform>This value is too long: at most %n character.</numerusform>
            <numerusform>This value is too long: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <location filename="../app/core/model/FieldValidator.cpp" line="+60"/>
        <location line="+106"/>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Use lower-case letters: Atlas IDs are written in lower-case hexadecimal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %1 is 24 characters of 0-9 and a-f, like 5f3e2d1c0b9a887766554433; this value has %n character(s).</source>
        <translation>
            <numerusform>The %1 is 24 characters of 0-9 and a-f, like 5f3e2d1c0b9a887766554433; this value has %n character.</numerusform>
            <numerusform>The %1 is 24 characters of 0-9 and a-f, like 5f3e2d1c0b9a887766554433; this value has %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>container ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the 12-digit ID of the AWS account that owns the VPC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the dashes: enter the account ID as 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>An AWS account ID has 12 digits; this one has %n. Keep any leading zeros.</source>
        <translation>
            <numerusform>An AWS account ID has 12 digits; this one has %n. Keep any leading zeros.</numerusform>
            <numerusform>An AWS account ID has 12 digits; this one has %n. Keep any leading zeros.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An AWS account ID is exactly 12 digits, like 123456789012.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the ID of your VPC, like vpc-0123456789abcdef0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is a peering connection ID; enter the VPC ID (vpc-…) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use lower-case letters in the VPC ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A VPC ID is vpc- followed by 17 hexadecimal characters (or 8 for older VPCs), like vpc-0123456789abcdef0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the AWS region of your VPC, like us-east-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the AWS form of the region, %1, not the Atlas form %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the region as AWS writes it, like us-east-1 or eu-west-2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the CIDR block of your VPC, like 10.0.0.0/16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the prefix length: a CIDR block looks like %1/16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas peers with IPv4 VPC ranges only; enter an IPv4 CIDR block like 10.0.0.0/16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a CIDR block. Write it as four numbers and a prefix length, like 10.0.0.0/16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has host bits set; its canonical form is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The block must lie inside the private ranges 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove the braces around the ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 is a GUID, like 8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure directory (tenant) ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure subscription ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the name of the resource group that holds your VNet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resource group name has at most 90 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resource group name may contain only letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;(&apos; and &apos;)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resource group name cannot end with a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the name of your virtual network (VNet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A VNet name has 2 to 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A VNet name may contain only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A VNet name starts with a letter or digit and ends with a letter, digit or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the ID of the Google Cloud project that owns the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That looks like a project number; enter the project ID, like my-project-123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A project ID has 6 to 30 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A project ID uses lower-case letters only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A project ID starts with a letter, contains only a-z, 0-9 and &apos;-&apos;, and does not end with &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the name of your VPC network, like default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter just the network&apos;s name (%1), not its URL or self-link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A network name has at most 63 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A network name uses lower-case letters only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A network name starts with a letter, contains only a-z, 0-9 and &apos;-&apos;, and does not end with &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the Atlas URL, like https://cloud.mongodb.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a web address that starts with https://, like https://cloud.mongodb.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the user name and password out of the URL: the keys go in the key fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use https: plain http is allowed only for this computer (127.0.0.1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPlanBar</name>
    <message>
        <location filename="../ui/FormPlanBar.ui" line="+9"/>
        <source>This form compared with Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Requests created so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chec&amp;k Against Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the form&apos;s projects and show, per request, whether its peering exists, is to be created, differs or conflicts. Nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create All Missin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create, one after the other, every peering the check found missing; the others are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPlanner</name>
    <message>
        <location filename="../app/core/provisioning/FormPlanner.cpp" line="+67"/>
        <source>Project %1 was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request %1 of this form asks for the same peering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Container %1 is not a container of project %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GcpPage</name>
    <message>
        <location filename="../ui/GcpPage.ui" line="+24"/>
        <source>Google Cloud &amp;project ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. my-project-123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project ID, not its name or number: the project picker in the Google Cloud console, ID column, or &quot;gcloud config get-value project&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Cloud project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID of the Google Cloud project that owns the network, 6 to 30 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Network name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Cloud console: VPC network &gt; VPC networks &gt; Name. Just the name, not the URL or self-link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the VPC network to peer, for example default.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="+6"/>
        <source>Peering Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Request in this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A saved form can hold several peering requests; pick the one to edit and send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a request to this form, starting from a copy of the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the current request from this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Atlas project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pro&amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which Atlas and which credentials requests use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which Atlas deployment and which credentials the request uses. The sandbox is a fake Atlas on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Manage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, edit or delete profiles (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+117"/>
        <source>C&amp;ontainer ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The Atlas network container of this provider (and region) in the project: Atlas &gt; Network Access &gt; Peering, or &quot;atlas networking containers list&quot;. It must belong to the chosen provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Container ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID of the Atlas network container, 24 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Cloud p&amp;rovider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>e.g. 5f3e2d1c0b9a887766554433</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cloud provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cloud of the network to peer with Atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cloud your VPC or VNet is in. The container must be of the same provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+22"/>
        <source>e.g. 65a1b2c3d4e5f60718293a4b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Atlas network container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show or hide the query flags Atlas accepts with the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask for an &amp;envelope (envelope=true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas then answers 200 and puts the real status and body inside the response. Peering Desk unwraps it; the result is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pretty-&amp;print the response (pretty=true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas indents the JSON it returns. Only the raw view changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Create the peering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Request in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Peering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start another peering request in this form, keeping this one and its result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abort the request in flight (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+120"/>
        <source>&amp;Create Peering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Send the peering request to Atlas (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Result and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Peerings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;quest Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Peering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chec&amp;k Form Against Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the form&apos;s projects and mark each request: exists, to create, differs or conflicts. Nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the peering request to Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;ancel Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop waiting for the request in flight (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Peering in This Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add another peering request to this form, keeping the others and their results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, edit or delete profiles: where Atlas is and the credentials kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the &amp;Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send requests to a fake Atlas on this computer instead of MongoDB Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings that apply to every profile, such as how long to wait for Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy Peering &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lear Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty every field of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Peering Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start an empty form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open Form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a saved form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the form (never any secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save Form &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the form under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the request as a curl command, with placeholders for the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as Atlas C&amp;LI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the request as an atlas networking peering create command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as &amp;Terraform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the request as a mongodbatlas_network_peering resource</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../app/core/peering/NextSteps.cpp" line="+51"/>
        <source>Accept the peering request in AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this in account %1, in region %2 where VPC %3 lives. AWS expires the request after 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route traffic for Atlas through the peering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this route to every route table your application&apos;s subnets use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow outbound traffic to Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only needed when your security groups restrict egress: MongoDB uses TCP 27015 to 27017.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create the peering from your Google Cloud network to Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas waits until your network %1 in project %2 peers back with Atlas&apos;s project %3 and network %4. Leave custom route import and export off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Create the Atlas service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once per tenant. &quot;Another object with the same value … already exists&quot; means it was done before: go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the custom role as peering-role.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It lets Atlas manage peerings on this VNet only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the role and assign it to Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs Owner or User Access Administrator on the VNet. Role assignments can take a minute to take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The peering request was rejected in AWS. Delete this peering and create it again, then accept it (do not reject it) in account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody accepted the request in AWS within 7 days, so it expired. Delete this peering, create it again, and accept it in AWS in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS could not find VPC %1 in account %2 and region %3. Check the three values, then delete this peering and create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The peering failed and Atlas gave no reason. Delete it and create it again; if it fails again, contact MongoDB support with the peering ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure refused: %1 Check that Atlas&apos;s service principal has the peering role on the VNet, then delete this peering and create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google Cloud refused: %1 Check the project ID and network name, then delete this peering and create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The peering failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <location filename="../ui/OutcomeView.ui" line="+30"/>
        <source>Outcome of the request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Peering</name>
    <message>
        <location filename="../app/core/model/Peering.cpp" line="+45"/>
        <source>The response is not a peering: it has no id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::AccessListPanel</name>
    <message>
        <location filename="../ui/AccessListPanel.cpp" line="+49"/>
        <source>curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+226"/>
        <source>Terraform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Copy the entry as a curl command, Atlas CLI commands or Terraform resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reading the project&apos;s IP access list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read the IP access list: %1 You can still add the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is on the list already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is allowed by the entry %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Every range is on the IP access list already; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adding %1 to the IP access list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Atlas did not add the entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Added %1; Atlas is applying it (PENDING).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1 to the IP access list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not read the entry&apos;s status: %1 Asking again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Atlas could not apply the entry %1 (FAILED). Remove it in Atlas and add it again, or ask MongoDB support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On the IP access list and ACTIVE: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Atlas is applying %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Atlas CLI commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the access list entry as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ActionBar</name>
    <message>
        <location filename="../ui/ActionBar.cpp" line="+33"/>
        <source>Done: this request created peering %1. New Peering starts another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n field(s) still need a value or a fix.</source>
        <translation>
            <numerusform>%n field still needs a value or a fix.</numerusform>
            <numerusform>%n fields still need a value or a fix.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No profile yet: add one or try the sandbox (File menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pre-flight check found a problem Atlas would refuse; see above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to create the peering.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::AtlasApi</name>
    <message>
        <location filename="../app/core/api/AtlasApi.cpp" line="+43"/>
        <source>project %1 of the list has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the container in the answer has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container %1 of the list has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the peering in the answer has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peering %1 of the list has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>access list entry %1 names no CIDR block, address or security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cluster %1 of the list has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <source>the project list has no totalCount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>the access list has no &quot;results&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the entry&apos;s status has no STATUS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::AtlasCliImporter</name>
    <message>
        <location filename="../app/core/store/AtlasCliImporter.cpp" line="+76"/>
        <source>No Atlas CLI configuration was found at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is a %2 profile; only Atlas profiles can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Atlas CLI configuration at %1 has no profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A profile named &quot;%1&quot; already exists; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;%1&quot; has no %2, neither in the CLI&apos;s file nor in the keychain; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; was skipped: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::AtlasClient</name>
    <message>
        <location filename="../app/core/transport/AtlasClient.cpp" line="+286"/>
        <source>the connection closed before any answer came, and Peering Desk did not send the request again because it may have reached Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the body is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>no complete answer within %n second</numerusform>
            <numerusform>no complete answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the content type is &quot;%1&quot;, not JSON; the body began: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ConnectionBanner</name>
    <message>
        <location filename="../ui/ConnectionBanner.cpp" line="+35"/>
        <source>&lt;b&gt;No profile yet.&lt;/b&gt; Nothing is sent until Peering Desk knows which Atlas to talk to and how to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile keeps where Atlas is and the key that signs in (the secret in the system keychain). The sandbox answers like Atlas, on this computer, without a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; requests go to a fake Atlas at %1 on this computer; nothing is created in a real cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project and the container are filled in for you. The README lists the values that make the sandbox answer with each error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ConnectionChooser</name>
    <message>
        <location filename="../ui/ConnectionChooser.cpp" line="+104"/>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Sandbox on at %1: nothing is created in a real cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No profile: nothing is sent until you add one (File ▸ Profiles…) or try the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sandbox (built-in fake Atlas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Sandbox off. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Profile &quot;%1&quot;: requests go to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Starting the sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sandbox could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ConnectionSession</name>
    <message>
        <location filename="../app/core/connection/ConnectionSession.cpp" line="+50"/>
        <source>The profile or the sandbox was switched while the request was being prepared: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ContainerPanel</name>
    <message>
        <location filename="../ui/ContainerPanel.cpp" line="+36"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Atlas CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a project first: its network containers are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading %1 containers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not list containers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This project has no %1 container yet: create one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the container to peer with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Hide New Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New Container…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Container %1 already covers this region: choose it in the list above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating the container…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Atlas did not create the container: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created container %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::FieldFeedback</name>
    <message>
        <location filename="../ui/FieldFeedback.cpp" line="+172"/>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the value with %1. Ctrl+Z in the field brings back what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Atlas: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::FormDocument</name>
    <message>
        <location filename="../ui/FormDocument.cpp" line="+64"/>
        <source>%1. %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not filled in yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Added request %1, a copy of the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot Open Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Opened %1 (%n request(s)).</source>
        <translation>
            <numerusform>Opened %1 (%n request).</numerusform>
            <numerusform>Opened %1 (%n requests).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot Save Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1. It holds no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peering Desk forms (*.peering.json);;JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peering Desk forms (*.peering.json);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1 first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Otherwise what you typed since the last save is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::FormDocumentControls</name>
    <message>
        <location filename="../ui/FormDocumentControls.cpp" line="+73"/>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1[*] — %2 — Peering Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::FormPlanBar</name>
    <message>
        <location filename="../ui/FormPlanBar.cpp" line="+45"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send no further request; the one in flight is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::FormPlanControls</name>
    <message>
        <location filename="../ui/FormPlanControls.cpp" line="+69"/>
        <location line="+272"/>
        <source>Stopped: nothing further was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Reading the form&apos;s projects in Atlas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>exists, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>differs from Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Peering %1 is %2 in Atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 in the form, %3 in Atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP access list: %1 still to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP access list: every range is allowed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>changed since the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check Against Atlas reads the form&apos;s projects and marks each request: exists, to create, differs or conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n exist(s)</source>
        <translation>
            <numerusform>%n exists</numerusform>
            <numerusform>%n exist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to create</source>
        <translation>
            <numerusform>%n to create</numerusform>
            <numerusform>%n to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n differ(s) from Atlas</source>
        <translation>
            <numerusform>%n differs from Atlas</numerusform>
            <numerusform>%n differ from Atlas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not read</source>
        <translation>
            <numerusform>%n not read</numerusform>
            <numerusform>%n not read</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked against Atlas at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Created %1 of %n missing peering(s).</source>
        <translation>
            <numerusform>Created %1 of %n missing peering.</numerusform>
            <numerusform>Created %1 of %n missing peerings.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating request %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was not sent: the form&apos;s checks stopped it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Atlas did not take request %1 (too many requests); it is sent again in %n second(s).</source>
        <translation>
            <numerusform>Atlas did not take request %1 (too many requests); it is sent again in %n second.</numerusform>
            <numerusform>Atlas did not take request %1 (too many requests); it is sent again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may have been created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::GuidedPanels</name>
    <message>
        <location filename="../ui/GuidedPanels.cpp" line="+43"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Atlas project: pick it from the list (the refresh button lists your projects) or paste its 24-character ID, found in Atlas under Project Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID of the Atlas project, 24 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Lists need the profile&apos;s credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::HeadlessSubmitter</name>
    <message numerus="yes">
        <location filename="../app/core/provisioning/HeadlessSubmitter.cpp" line="+122"/>
        <source>peering-desk: %n peering(s) created.</source>
        <translation>
            <numerusform>peering-desk: %n peering created.</numerusform>
            <numerusform>peering-desk: %n peerings created.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>peering-desk: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>peering-desk: there is no profile; create one in the app or pass --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>peering-desk: plan: nothing was changed in Atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>peering-desk: there is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+69"/>
        <location line="+183"/>
        <source>peering-desk: request %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-213"/>
        <source>peering-desk: request %1: exists: %2 is peering %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>peering-desk: request %1: to create: %2 with container %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>peering-desk: request %1: differs from peering %2 (%3); it is not changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  %1: %2 in the form, %3 in Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>peering-desk: request %1: IP access list: to add %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peering-desk: request %1: IP access list: %2 already allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>peering-desk: plan: nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>peering-desk: request %1: Atlas did not take the request (HTTP 429); sending it again in %n second(s).</source>
        <translation>
            <numerusform>peering-desk: request %1: Atlas did not take the request (HTTP 429); sending it again in %n second.</numerusform>
            <numerusform>peering-desk: request %1: Atlas did not take the request (HTTP 429); sending it again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>peering-desk: apply: %n peering(s) to create.</source>
        <translation>
            <numerusform>peering-desk: apply: %n peering to create.</numerusform>
            <numerusform>peering-desk: apply: %n peerings to create.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>peering-desk: request %1: nothing was sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>peering-desk: request %1: the access list entry was not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>peering-desk: request %1: %2 already on the IP access list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>peering-desk: request %1: added %2 to the IP access list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+102"/>
        <source>peering-desk: request %1: peering %2 waits for this step in the cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>peering-desk: request %1: peering %2 waits for this step in the cloud; following it for up to %n minute(s) while it is done:</source>
        <translation>
            <numerusform>peering-desk: request %1: peering %2 waits for this step in the cloud; following it for up to %n minute while it is done:</numerusform>
            <numerusform>peering-desk: request %1: peering %2 waits for this step in the cloud; following it for up to %n minutes while it is done:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>peering-desk: request %1: peering %2 failed (%3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>peering-desk: request %1: the clusters could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>peering-desk: request %1: private connection string of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>peering-desk: request %1: no private connection string yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-150"/>
        <source>peering-desk: request %1: could not follow the peering: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>peering-desk: request %1: peering %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-119"/>
        <source>peering-desk: request %1: created peering %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::LanguageMenu</name>
    <message>
        <location filename="../ui/LanguageMenu.cpp" line="+16"/>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Peering Desk will use %1 after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+285"/>
        <source>Your AWS VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your Azure VNet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your Google Cloud VPC network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Peering %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+172"/>
        <source>This peering exists in Atlas already (%1, %2): Create opens it instead of sending the request again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was sent: this request already created its peering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was sent: peering %1 exists in Atlas already; its details are open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was sent: the pre-flight check found a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fix the marked fields first: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Peering %1 created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PagedFetch</name>
    <message>
        <location filename="../app/core/transport/PagedFetch.cpp" line="+85"/>
        <source>the list has no &quot;results&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Atlas asked to wait %n second(s) before the next page; the list will continue then.</source>
        <translation>
            <numerusform>Atlas asked to wait %n second before the next page; the list will continue then.</numerusform>
            <numerusform>Atlas asked to wait %n seconds before the next page; the list will continue then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringDetailsDialog</name>
    <message>
        <location filename="../ui/PeeringDetailsDialog.cpp" line="+34"/>
        <source>Peering %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringTracker</name>
    <message numerus="yes">
        <location filename="../ui/PeeringTracker.cpp" line="+36"/>
        <source>%1 Next check in %n second(s).</source>
        <translation>
            <numerusform>%1 Next check in %n second.</numerusform>
            <numerusform>%1 Next check in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You said the step in the cloud is done; following again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Peering %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Before you create the Azure peering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas needs permission to peer with your VNet. Run these once, then create the peering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I Have Done This in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept connection %1 in AWS before %2, or AWS expires the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not following.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Following the peering; Atlas is working on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for you: do the step below in your cloud, then press the button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The peering is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The peering failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas no longer knows this peering; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped following because of an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Copy Command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy command %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied the command: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringWatcher</name>
    <message numerus="yes">
        <location filename="../app/core/peering/PeeringWatcher.cpp" line="+112"/>
        <source>Atlas asked to wait %n second(s) before the next check.</source>
        <translation>
            <numerusform>Atlas asked to wait %n second before the next check.</numerusform>
            <numerusform>Atlas asked to wait %n seconds before the next check.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringsModel</name>
    <message>
        <location filename="../ui/PeeringsModel.cpp" line="+40"/>
        <source>%1 (account %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not known: the container of this peering has not been read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only AWS peerings have a connection ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas has not given this value yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, the region of the peer VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the region of the Atlas container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, the route table CIDR of the peer VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the Atlas CIDR of the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Peer VPC / VNet / Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-128"/>
        <source>—</source>
        <comment>a value that is not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Connection ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringsView</name>
    <message>
        <location filename="../ui/PeeringsView.cpp" line="+73"/>
        <source>Peering actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Loading the peerings of every provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n peering(s): %1 AWS, %2 Azure, %3 Google Cloud.</source>
        <translation>
            <numerusform>%n peering: %1 AWS, %2 Azure, %3 Google Cloud.</numerusform>
            <numerusform>%n peerings: %1 AWS, %2 Azure, %3 Google Cloud.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Some lists could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Copied the ID of peering %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the row of peering %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Delete Peering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete peering %1 (%2, %3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applications in that network lose their connection to the clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the project&apos;s last AWS peering: Atlas also removes any AWS security groups from the project&apos;s IP access list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deleting peering %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Atlas is deleting peering %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted peering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not delete peering %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PreflightPanel</name>
    <message numerus="yes">
        <location filename="../ui/PreflightPanel.cpp" line="+47"/>
        <source>%n problem(s) would make Atlas refuse this peering.</source>
        <translation>
            <numerusform>%n problem would make Atlas refuse this peering.</numerusform>
            <numerusform>%n problems would make Atlas refuse this peering.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Ready, with %n warning(s).</source>
        <translation>
            <numerusform>Ready, with %n warning.</numerusform>
            <numerusform>Ready, with %n warnings.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No overlaps, duplicates or limits found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PrivateConnectionPanel</name>
    <message>
        <location filename="../ui/PrivateConnectionPanel.cpp" line="+80"/>
        <source>Reading the project&apos;s clusters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the clusters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private connection string of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the private connection string of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the private connection string of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy DNS Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied the VPC&apos;s DNS commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProblemSummary</name>
    <message numerus="yes">
        <location filename="../ui/ProblemSummary.cpp" line="+47"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n field(s) still need a value or a fix: %1.</source>
        <translation>
            <numerusform>%n field still needs a value or a fix: %1.</numerusform>
            <numerusform>%n fields still need a value or a fix: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProfileDialog</name>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="+164"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stored in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;ublic key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;rivate key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter the client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fix the marked fields first: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved. The secret is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 copy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicated as &quot;%1&quot;. Rename it here and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete profile &quot;%1&quot; and its secret in the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deleted &quot;%1&quot; and its keychain entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the key typed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the key or the service account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the secret from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+10"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-335"/>
        <source>Sandbox (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fake Atlas on this computer; read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+343"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Connected. This key sees %n project(s).</source>
        <translation>
            <numerusform>Connected. This key sees %n project.</numerusform>
            <numerusform>Connected. This key sees %n projects.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the Atlas CLI&apos;s profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>Imported %n profile: %1.</numerusform>
            <numerusform>Imported %n profiles: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProfileStore</name>
    <message>
        <location filename="../app/core/store/ProfileStore.cpp" line="+104"/>
        <source>Enter the service account&apos;s client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the API key&apos;s public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the service account&apos;s client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the API key&apos;s private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret does not match the profile&apos;s authentication method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+112"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+98"/>
        <location line="+34"/>
        <source>The profile &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Enter the service account&apos;s client ID and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the API key&apos;s public and private key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProjectPicker</name>
    <message>
        <location filename="../ui/ProjectPicker.cpp" line="+24"/>
        <source>Choose a project, or paste its 24-character ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Loading projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not list projects: %1 You can still paste a project ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProviderSwitchNotice</name>
    <message>
        <location filename="../ui/ProviderSwitchNotice.cpp" line="+46"/>
        <source>Request %1 created its %2 peering and is now a %3 request. Undo, or keep it and put %3 in a new request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request %1 is now a %3 request. Your %2 values stay in this window until you undo or pick another request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep %1, Add %2 as a New Request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ReadyChecklist</name>
    <message>
        <location filename="../ui/ReadyChecklist.cpp" line="+41"/>
        <source>Atlas has finished the peering with your VNet (AVAILABLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The peering is accepted in %1 and AVAILABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your VPC&apos;s route tables send Atlas&apos;s CIDR over the peering (tick when done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your VPC&apos;s route tables send %1 over the peering (tick when done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routes: %1 exchanges them by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your network is on the project&apos;s IP access list (ACTIVE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster&apos;s private connection string is copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Ready: an application in your network can connect to the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n step(s) left before an application can connect.</source>
        <translation>
            <numerusform>%n step left before an application can connect.</numerusform>
            <numerusform>%n steps left before an application can connect.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::RequestPreviewPanel</name>
    <message>
        <location filename="../ui/RequestPreviewPanel.cpp" line="+116"/>
        <source>Then the IP access list entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create sends the access list entry once the peering is created, and only the ranges no entry of the project allows yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The form still has problems: this is what it would send once they are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the HTTP request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Atlas CLI command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the Terraform resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied %1 to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ResultsPanel</name>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="+73"/>
        <source>connection ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>container ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide &amp;Raw Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show &amp;Raw Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No request sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+39"/>
        <source>Fill in the form and press Create Peering. The created peering and its status, or the error Atlas returned, will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Create Peering to send this request to Atlas. The created peering with its status and the steps left in your cloud, or the error Atlas returned, will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Peering %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peering created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>same as the container (Atlas returns null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Atlas is setting up its side. Next it waits for you to accept the peering request in your AWS account (status PENDING_ACCEPTANCE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Atlas is setting up its side. Next, create the matching peering from your Google Cloud network to Atlas&apos;s (status WAITING_FOR_USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas is peering with your VNet. The status becomes AVAILABLE when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept peering connection %1 in the AWS VPC console within 7 days, then add a route to the Atlas CIDR in your route tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the matching peering from your Google Cloud network to Atlas&apos;s network; Atlas then finishes the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The peering is available: traffic can flow once routes and firewall rules allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering is being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Atlas reported a status this version of Peering Desk does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Profile: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>peering ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied the %1 to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::SandboxSession</name>
    <message>
        <location filename="../app/sandbox/SandboxSession.cpp" line="+31"/>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::SecretServiceLookup</name>
    <message>
        <location filename="../app/core/store/SecretServiceLookup.cpp" line="+53"/>
        <source>the Secret Service did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the entry is in a locked keyring; unlock it first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::SubmitProgress</name>
    <message>
        <location filename="../ui/SubmitProgress.cpp" line="+18"/>
        <source>Reading the API key from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your keychain may ask whether Peering Desk may use the stored key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the peering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for %1. Press Cancel or Esc to stop waiting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDesk::TokenProvider</name>
    <message>
        <location filename="../app/core/transport/TokenProvider.cpp" line="+105"/>
        <source>the token endpoint answered HTTP %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the token endpoint answered HTTP %1 without a usable token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringDetailsDialog</name>
    <message>
        <location filename="../ui/PeeringDetailsDialog.ui" line="+14"/>
        <source>Peering Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringIdentity</name>
    <message>
        <location filename="../app/core/peering/PeeringIdentity.cpp" line="+51"/>
        <source>AWS VPC %1 of account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure VNet %1 in resource group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google Cloud network %1 of project %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringTracker</name>
    <message>
        <location filename="../ui/PeeringTracker.ui" line="+24"/>
        <source>Tracked peering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Why the peering failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>AWS acceptance deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>I Have Done This</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeeringsView</name>
    <message>
        <location filename="../ui/PeeringsView.ui" line="+21"/>
        <source>Peerings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every peering of the project. Enter shows the details of the selected peering, Ctrl+C copies its ID, the menu key or Shift+F10 opens its actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The peering&apos;s fields, status and next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy Peering &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy &amp;Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every column of the peering, tab-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De&amp;lete Peering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostExport</name>
    <message>
        <location filename="../app/core/provisioning/PostExport.cpp" line="+12"/>
        <source>Authorization: Bearer &lt;service account token, fetched when sending&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization: Digest &lt;answered with the profile&apos;s API key&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Set ATLAS_CLIENT_ID and ATLAS_CLIENT_SECRET first; the token request needs jq.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set ATLAS_PUBLIC_KEY and ATLAS_PRIVATE_KEY first: the keys never appear in the command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="+6"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These apply to every profile, to the sandbox and to --submit. Changes take effect at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Wait for an answer at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long Peering Desk waits for a whole answer from Atlas, in every profile. A request that takes longer is stopped and reported; the form is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From 5 to 300 seconds; 30 by default. A request stopped this way may still have been processed by Atlas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightCheck</name>
    <message>
        <location filename="../app/core/peering/PreflightCheck.cpp" line="+32"/>
        <source>%1 is already peered with this project (peering %2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is still being removed from this project (peering %2, %3). Atlas accepts it again once that peering is gone: refresh the peerings in a few minutes, then create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The container is a %1 container, but the peering is for %2: choose a %2 container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your VPC block %1 overlaps the container&apos;s Atlas block %2: traffic could not be routed. Choose a VPC block outside %2, or another container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>VPC %1 of account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>VNet %1 of subscription %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network %1 of Google Cloud project %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Your VPC block %1 overlaps %2 of peering %3 (VPC %4): Atlas could not tell the two networks apart. Use a block that overlaps no other peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cross-region peering: Atlas is in %1 (%2) and your VPC in %3. Accept the request in %3; security-group references do not work across regions, so use CIDR blocks in the access list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The project already has %1 peerings, the most Atlas allows (%2). Delete one you no longer need first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 peerings are waiting for acceptance, the most Atlas allows (%2). Accept or delete some of them first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../ui/PreflightPanel.ui" line="+28"/>
        <source>Pre-flight findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateConnection</name>
    <message>
        <location filename="../app/core/peering/PrivateConnection.cpp" line="+15"/>
        <source>Turn on DNS resolution and DNS hostnames in the VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without them the cluster&apos;s private host names resolve to public addresses, and the application does not use the peering. Run both, one after the other (AWS takes one attribute per call). A VPC with its own DNS servers also needs Atlas&apos;s custom DNS for AWS turned on in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cluster of this project runs in %1, where the peered container is. A cluster created there uses this peering; clusters elsewhere need a peering of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Atlas publishes the private connection strings once the peering is AVAILABLE; it is %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering is AVAILABLE, but Atlas has not published the private connection strings yet: a cluster created before the peering takes a few minutes more. Refresh in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateConnectionPanel</name>
    <message>
        <location filename="../ui/PrivateConnectionPanel.ui" line="+6"/>
        <location line="+3"/>
        <source>Private connection string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applications in your network reach a cluster over the peering only through its private connection string; the standard one resolves to public addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Re&amp;fresh Clusters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/core/store/Profile.cpp" line="+34"/>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use up to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;sandbox&quot; is reserved for the built-in sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>MongoDB Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas for Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="+6"/>
        <location line="+63"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Profiles keep where Atlas is and how to sign in. Secrets go to the system keychain only; everything else to the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No Atlas profile yet. Press New and give it a name, where Atlas is and an API key or a service account; or import the Atlas CLI&apos;s profiles. The sandbox below needs none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import from Atlas CLI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the profiles of the Atlas CLI (its config file, and its secrets from the keychain) so you do not retype keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name for this connection, like the Atlas CLI&apos;s profiles: &quot;prod&quot;, &quot;staging&quot;, &quot;acme-org&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MongoDB Atlas (cloud.mongodb.com), Atlas for Government (cloud.mongodbgov.com), or a custom URL such as the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MongoDB Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Atlas for Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>https://cloud.mongodb.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only for a custom environment. Plain http is allowed only for this computer (127.0.0.1, localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base URL of the Atlas Administration API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A programmatic API key (HTTP Digest) or a service account (OAuth 2.0 client credentials, which Atlas recommends).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>P&amp;ublic key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>abcdefgh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The public key of a programmatic API key (Organization or Project Access Manager &gt; API Keys), or the client ID of a service account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public key or client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>P&amp;rivate key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown once in Atlas when the key or secret is created. Stored only in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private key or client secret, stored only in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>S&amp;how the secret while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default &amp;project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>5f3e2d1c0b9a887766554433</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: the project ID the form starts with when this profile is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default Atlas project ID, optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in and list one project, without saving anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sandbox (built in, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A fake Atlas on this computer (127.0.0.1), built into Peering Desk. It answers like Atlas, with a demo project and containers, and creates nothing in a real cloud. Its key is made up each time it starts, so there is nothing to enter or keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Built in: it cannot be edited, renamed or deleted. File ▸ Use the Sandbox turns it on and off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Use the Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectPicker</name>
    <message>
        <location filename="../ui/ProjectPicker.ui" line="+32"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List the projects of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;List Projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <location filename="../app/core/model/Provider.cpp" line="+35"/>
        <source>AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Cloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderSwitchNotice</name>
    <message>
        <location filename="../ui/ProviderSwitchNotice.ui" line="+9"/>
        <source>Cloud provider changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back to the cloud this request had, with its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This request stays as it was; a new request of the other cloud is added to the form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadyChecklist</name>
    <message>
        <location filename="../ui/ReadyChecklist.ui" line="+6"/>
        <source>Ready to connect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Steps to a working connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestExporter</name>
    <message>
        <location filename="../app/core/provisioning/RequestExporter.cpp" line="+83"/>
        <source>The Atlas CLI uses one --region for both the Atlas container and your VPC, and picks (or creates) the container of that region itself: it cannot target container %1, and it cannot peer across regions. Use curl or Terraform when the container&apos;s region is not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace &lt;ATLAS_REGION&gt; with the Atlas region of container %1 (for example US_EAST_2): the CLI finds the container by region, not by id. It also lower-cases the resource group name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The CLI requires --atlasCidrBlock even though it reuses the project&apos;s existing Google Cloud container (%1): replace &lt;ATLAS_CIDR&gt; with that container&apos;s Atlas CIDR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Credentials come from the provider block or the MONGODB_ATLAS_* environment variables, never from this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestFailure</name>
    <message>
        <location filename="../app/core/transport/RequestFailure.cpp" line="+16"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication failed (HTTP 401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1 from something other than Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No usable credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redirected (HTTP %1), not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request was cancelled. If it had already reached Atlas, the peering may still be created: check the project&apos;s peerings before you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer in time. The request may still have been processed: check the project&apos;s peerings before you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is listening at %1. Check the base URL, or start the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host %1 could not be found. Check the base URL, your DNS and your proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection to %1 failed: %2. Peering Desk never ignores certificate problems; check the system clock, your proxy and the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas rejected the credentials. Check the public and private key (or the service account), and that it has access to this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Atlas answered with error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered HTTP %1 with a body that is not an Atlas error, so a proxy or gateway may be in the way. It began: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered HTTP %1, but not with the JSON Atlas sends: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set an API key or a service account before sending requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not authenticate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no location given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered with a redirect to %2. Peering Desk never follows redirects, so neither the request nor your credentials went there. Check the base URL of the connection: Atlas itself does not redirect API calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was sent to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestPreviewPanel</name>
    <message>
        <location filename="../ui/RequestPreviewPanel.ui" line="+9"/>
        <source>Exactly what Create Peering sends, or the same request for another tool. Secrets never appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the request as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Atlas CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Terraform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the shown text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Request preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../ui/ResultsPanel.ui" line="+9"/>
        <source>No request sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Fill in the form and press Create Peering. The created peering and its status, or the error Atlas returned, will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Peering &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+103"/>
        <location line="+57"/>
        <location line="+205"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-362"/>
        <location line="+103"/>
        <location line="+57"/>
        <location line="+205"/>
        <source>Copy to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-349"/>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Co&amp;nnection ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Container ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Accepter region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Error state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+79"/>
        <source>HTTP status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Error &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-575"/>
        <source>Result headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Result message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Result: peering ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy the peering ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Result: provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Result: status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Result: connection ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy the connection ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Result: container ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy the container ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Result: accepter region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Result: error state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Result: HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Atlas error: HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Atlas error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy the Atlas error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Atlas error reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Atlas error detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Atlas error parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fields Atlas rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fields Atlas rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open &amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show &amp;Raw Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copy Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy the raw response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Raw response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="-311"/>
        <source>no HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedForm</name>
    <message>
        <location filename="../app/core/provisioning/SavedForm.cpp" line="+72"/>
        <location line="+130"/>
        <source>The file is larger than %1 KiB; a saved form is never that big.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a Peering Desk form: the file must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a Peering Desk form: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;version&quot; must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This form was saved in format version %1, by a newer Peering Desk; this version reads version %2. Update Peering Desk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;version&quot; %1 does not exist; the first version is 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;profile&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;requests&quot; must be a list of peering requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A form holds at most %1 requests; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.groupId must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.%2 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.peer must be an object with the request body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.peer.%2 must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.peer.providerName must be &quot;AWS&quot;, &quot;AZURE&quot; or &quot;GCP&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1.accessList must be an object with a list &quot;cidrBlocks&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.accessList.cidrBlocks must hold strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.accessList.comment must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a regular file (a pipe, device or folder): save the form to a file and open that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <source>Cannot save %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
