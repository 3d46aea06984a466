<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../ui/AboutBox.cpp" line="+11"/>
        <source>About Peering Desk</source>
        <translation>Peering Desk について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Peering Desk %1&lt;/h3&gt;&lt;p&gt;Creates MongoDB Atlas network peering connections for AWS, Azure and Google Cloud, with credentials kept in the system keychain.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;MongoDB and Atlas are trademarks of MongoDB, Inc. Peering Desk is not affiliated with MongoDB, Inc.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Peering Desk %1&lt;/h3&gt;&lt;p&gt;AWS、Azure、Google Cloud 向けの MongoDB Atlas ネットワークピアリング接続を作成します。認証情報はシステムのキーチェーンに保存されます。&lt;/p&gt;&lt;p&gt;ライセンス: GNU General Public License バージョン 3 以降。&lt;/p&gt;&lt;p&gt;Qt %2 でビルド (Qt %3 で実行中)。&lt;/p&gt;&lt;p&gt;MongoDB および Atlas は MongoDB, Inc. の商標です。Peering Desk は MongoDB, Inc. とは関係ありません。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccessListAdvice</name>
    <message>
        <location filename="../app/core/peering/AccessListAdvice.cpp" line="+39"/>
        <source>The VPC&apos;s CIDR block is offered; narrow it to the subnets of your application if you prefer.</source>
        <translation>VPC の CIDR ブロックを入力してあります。必要に応じて、アプリケーションのサブネットに絞り込んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This peering crosses regions (%1 to %2): AWS does not let a security group be referenced across regions, so the access list needs the CIDR blocks, not a security group.</source>
        <translation>このピアリングはリージョンをまたいでいます (%1 から %2)。AWS ではリージョンをまたいでセキュリティグループを参照できないため、アクセスリストにはセキュリティグループではなく CIDR ブロックが必要です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Atlas does not know your VNet&apos;s ranges: enter its address space, or the subnets your application runs in (az network vnet show --query addressSpace).</source>
        <translation>Atlas は VNet のアドレス範囲を把握していません。VNet のアドレス空間、またはアプリケーションが動作しているサブネットを入力してください (az network vnet show --query addressSpace)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Atlas does not know your network&apos;s ranges: enter the subnet ranges your application runs in (gcloud compute networks subnets list --network=%1).</source>
        <translation>Atlas はネットワークのアドレス範囲を把握していません。アプリケーションが動作しているサブネットの範囲を入力してください (gcloud compute networks subnets list --network=%1)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On GKE, add the cluster&apos;s Pod range too: GKE does not translate Pod addresses to the node&apos;s, so connections arrive from the Pod range.</source>
        <translation>GKE の場合は、クラスターの Pod 範囲も追加してください。GKE は Pod のアドレスをノードのアドレスに変換しないため、接続は Pod 範囲から届きます。</translation>
    </message>
</context>
<context>
    <name>AccessListExporter</name>
    <message>
        <location filename="../app/core/provisioning/AccessListExporter.cpp" line="+63"/>
        <source>Add depends_on with the peering&apos;s resource when both are in one configuration: Atlas accepts the entry at any time, but it only carries traffic once the peering is AVAILABLE.</source>
        <translation>両方が同じ構成にある場合は、ピアリングのリソースを指定した depends_on を追加してください。Atlas はエントリをいつでも受け付けますが、トラフィックが流れるのはピアリングが AVAILABLE になってからです。</translation>
    </message>
</context>
<context>
    <name>AccessListOption</name>
    <message>
        <location filename="../ui/AccessListOption.ui" line="+13"/>
        <source>Also allow this network in the project&apos;s IP &amp;access list</source>
        <translation>このネットワークをプロジェクトの IP アクセスリストでも許可する(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Once the peering is created, its ranges are added to the project&apos;s IP access list, as the result panel&apos;s &quot;Allow in Access List&quot; does. Saved with the form, and sent by --submit.</source>
        <translation>ピアリングが作成されると、結果パネルの「アクセスリストで許可」と同じように、その範囲がプロジェクトの IP アクセスリストに追加されます。フォームと一緒に保存され、--submit でも送信されます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ran&amp;ges:</source>
        <translation>範囲(&amp;G):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 10.20.0.0/16, 10.21.4.0/24</source>
        <translation>例: 10.20.0.0/16, 10.21.4.0/24</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access list ranges</source>
        <translation>アクセスリストの範囲</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Private IPv4 ranges of the network that connects, separated by commas.</source>
        <translation>接続するネットワークのプライベート IPv4 範囲（カンマ区切り）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Comme&amp;nt:</source>
        <translation>コメント(&amp;N):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Access list entry comment</source>
        <translation>アクセスリストのエントリのコメント</translation>
    </message>
</context>
<context>
    <name>AccessListPanel</name>
    <message>
        <location filename="../ui/AccessListPanel.ui" line="+6"/>
        <location line="+3"/>
        <source>IP access list entry</source>
        <translation>IP アクセスリストのエントリ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A peering carries traffic, but Atlas only accepts connections from addresses on the project&apos;s IP access list.</source>
        <translation>ピアリングはトラフィックを運びますが、Atlas が接続を受け付けるのは、プロジェクトの IP アクセスリストにあるアドレスからだけです。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Ranges:</source>
        <translation>範囲(&amp;R):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 10.20.0.0/16, 10.21.4.0/24</source>
        <translation>例: 10.20.0.0/16, 10.21.4.0/24</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranges to allow</source>
        <translation>許可する範囲</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Co&amp;mment:</source>
        <translation>コメント(&amp;M):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Access list comment</source>
        <translation>アクセスリストのコメント</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copy As</source>
        <translation>形式を指定してコピー</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Allow in Access List</source>
        <translation>アクセスリストで許可(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AccessListRequest</name>
    <message>
        <location filename="../app/core/model/AccessListRequest.cpp" line="+33"/>
        <source>%1 needs a prefix length: a whole network is written like %1/24, one address as %1/32.</source>
        <translation>%1 にはプレフィックス長が必要です。ネットワーク全体は %1/24、単一のアドレスは %1/32 のように記述します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is IPv6; network peering carries IPv4 only. Enter the IPv4 range of the network.</source>
        <translation>%1 は IPv6 です。ネットワークピアリングで扱えるのは IPv4 のみです。ネットワークの IPv4 範囲を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a CIDR block. Write it as four numbers and a prefix length, like 10.20.0.0/16.</source>
        <translation>%1 は CIDR ブロックではありません。10.20.0.0/16 のように、4 つの数値とプレフィックス長で記述してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 would allow every address on the internet. Enter the private range of your network.</source>
        <translation>%1 ではインターネット上のすべてのアドレスを許可することになります。ネットワークのプライベート範囲を入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has host bits set; the block it means is %2.</source>
        <translation>%1 にはホストビットが設定されています。意図しているブロックは %2 です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a public range: only private ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) arrive over a peering, and a public entry would let that range in from the internet.</source>
        <translation>%1 はパブリック範囲です。ピアリング経由で届くのはプライベート範囲 (10.0.0.0/8、172.16.0.0/12、192.168.0.0/16) だけで、パブリックなエントリはその範囲からのインターネット経由の接続を許可してしまいます。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter at least one private range of the network that should reach the clusters.</source>
        <translation>クラスターに接続するネットワークのプライベート範囲を 1 つ以上入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is listed twice.</source>
        <translation>%1 が 2 回指定されています。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Atlas keeps at most %1 characters of comment; this one has %2.</source>
        <translation>Atlas が保持するコメントは最大 %1 文字ですが、このコメントは %2 文字あります。</translation>
    </message>
</context>
<context>
    <name>AtlasClient</name>
    <message>
        <location filename="../app/core/transport/AtlasClient.cpp" line="+51"/>
        <source>(empty body)</source>
        <translation>(本文なし)</translation>
    </message>
</context>
<context>
    <name>AtlasConnection</name>
    <message>
        <location filename="../app/core/connection/AtlasConnection.cpp" line="+13"/>
        <source>profile &quot;%1&quot;</source>
        <translation>プロファイル &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no profile</source>
        <translation>プロファイルなし</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no profile yet. Create one with File ▸ Profiles (your Atlas URL and API key or service account), or try the built-in sandbox.</source>
        <translation>プロファイルがまだありません。[ファイル] ▸ [プロファイル] でプロファイル (Atlas の URL と、API キーまたはサービスアカウント) を作成するか、組み込みのサンドボックスをお試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Atlas URL of %1 is not a valid web address: edit it in File ▸ Profiles.</source>
        <translation>%1 の Atlas URL は有効な Web アドレスではありません。[ファイル] ▸ [プロファイル] で編集してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was sent: %1 points at %2. %3</source>
        <translation>送信されませんでした: %1 の接続先は %2 です。%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Atlas for Government does not offer Azure network peering.</source>
        <translation>Atlas for Government では Azure ネットワークピアリングを利用できません。</translation>
    </message>
</context>
<context>
    <name>AwsPage</name>
    <message>
        <location filename="../ui/AwsPage.ui" line="+24"/>
        <source>&amp;Region of your VPC:</source>
        <translation>VPC のリージョン(&amp;R):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. us-east-1</source>
        <translation>例: us-east-1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The AWS region of the VPC to peer, as AWS writes it (us-east-1). The AWS console shows it in the region selector at the top right. It may differ from the Atlas container&apos;s region.</source>
        <translation>ピアリングする VPC の AWS リージョンです。AWS の表記 (us-east-1) で入力します。AWS コンソールでは右上のリージョンセレクターに表示されます。Atlas コンテナーのリージョンとは異なる場合があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region of your VPC</source>
        <translation>VPC のリージョン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AWS region of the VPC to peer, for example us-east-1.</source>
        <translation>ピアリングする VPC の AWS リージョン (例: us-east-1)。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>AWS &amp;account ID:</source>
        <translation>AWS アカウント ID(&amp;A):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. 123456789012</source>
        <translation>例: 123456789012</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>e.g. vpc-0123456789abcdef0</source>
        <translation>例: vpc-0123456789abcdef0</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>e.g. 10.0.0.0/16</source>
        <translation>例: 10.0.0.0/16</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>The 12-digit ID of the AWS account that owns the VPC: the account menu at the top right of the AWS console, or &quot;aws sts get-caller-identity&quot;. Keep leading zeros.</source>
        <translation>VPC を所有する AWS アカウントの 12 桁の ID です。AWS コンソール右上のアカウントメニュー、または &quot;aws sts get-caller-identity&quot; で確認できます。先頭のゼロも省略しないでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AWS account ID</source>
        <translation>AWS アカウント ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twelve-digit ID of the AWS account that owns the VPC.</source>
        <translation>VPC を所有する AWS アカウントの 12 桁の ID。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;VPC ID:</source>
        <translation>VPC ID(&amp;V):</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>AWS console: VPC &gt; Your VPCs &gt; VPC ID. This is your VPC, not the Atlas one.</source>
        <translation>AWS コンソール: VPC &gt; お使いの VPC &gt; VPC ID。Atlas 側ではなく、お使いの VPC の ID です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VPC ID</source>
        <translation>VPC ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID of your VPC, vpc- followed by 17 hexadecimal characters.</source>
        <translation>お使いの VPC の ID。vpc- の後に 16 進数 17 文字が続きます。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>VPC &amp;CIDR block:</source>
        <translation>VPC の CIDR ブロック(&amp;C):</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The IPv4 CIDR block of your VPC (or of the subnet that should reach Atlas): VPC &gt; Your VPCs &gt; IPv4 CIDR. It must be private (RFC 1918) and must not overlap the Atlas CIDR.</source>
        <translation>お使いの VPC (または Atlas に接続するサブネット) の IPv4 CIDR ブロックです: VPC &gt; お使いの VPC &gt; IPv4 CIDR。プライベート (RFC 1918) で、Atlas の CIDR と重複しない必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VPC CIDR block</source>
        <translation>VPC の CIDR ブロック</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private IPv4 CIDR block of your VPC, for example 10.0.0.0/16.</source>
        <translation>お使いの VPC のプライベート IPv4 CIDR ブロック (例: 10.0.0.0/16)。</translation>
    </message>
</context>
<context>
    <name>AzurePage</name>
    <message>
        <location filename="../ui/AzurePage.ui" line="+24"/>
        <source>&amp;Directory (tenant) ID:</source>
        <translation>ディレクトリ (テナント) ID(&amp;D):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. 8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d</source>
        <translation>例: 8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure portal: Microsoft Entra ID &gt; Overview &gt; Tenant ID, or &quot;az account show --query tenantId&quot;.</source>
        <translation>Azure portal: Microsoft Entra ID &gt; 概要 &gt; テナント ID、または &quot;az account show --query tenantId&quot;。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Directory (tenant) ID</source>
        <translation>ディレクトリ (テナント) ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GUID of the Azure directory, also called the tenant ID.</source>
        <translation>Azure ディレクトリの GUID (テナント ID とも呼ばれます)。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Subscription ID:</source>
        <translation>サブスクリプション ID(&amp;S):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. 1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d</source>
        <translation>例: 1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>e.g. my-resource-group</source>
        <translation>例: my-resource-group</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>e.g. my-vnet</source>
        <translation>例: my-vnet</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Azure portal: Subscriptions &gt; Subscription ID, or &quot;az account show --query id&quot;.</source>
        <translation>Azure portal: サブスクリプション &gt; サブスクリプション ID、または &quot;az account show --query id&quot;。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscription ID</source>
        <translation>サブスクリプション ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GUID of the Azure subscription that holds the VNet.</source>
        <translation>VNet を含む Azure サブスクリプションの GUID。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Resource group:</source>
        <translation>リソースグループ(&amp;R):</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Azure portal: Virtual networks &gt; your VNet &gt; Overview &gt; Resource group.</source>
        <translation>Azure portal: 仮想ネットワーク &gt; お使いの VNet &gt; 概要 &gt; リソースグループ。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resource group</source>
        <translation>リソースグループ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the resource group that holds the VNet.</source>
        <translation>VNet を含むリソースグループの名前。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;VNet name:</source>
        <translation>VNet 名(&amp;V):</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Azure portal: Virtual networks &gt; Name.</source>
        <translation>Azure portal: 仮想ネットワーク &gt; 名前。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VNet name</source>
        <translation>VNet 名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the virtual network to peer.</source>
        <translation>ピアリングする仮想ネットワークの名前。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/main.cpp" line="+56"/>
        <source>peering-desk: the sandbox could not listen on 127.0.0.1.</source>
        <translation>peering-desk: サンドボックスが 127.0.0.1 で待ち受けできませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>peering-desk: the window needs a display (none is set: DISPLAY and WAYLAND_DISPLAY are empty). Without one, use --submit FORM; --help lists every option.</source>
        <translation>peering-desk: ウィンドウを表示するにはディスプレイが必要です (DISPLAY と WAYLAND_DISPLAY が空のため、ディスプレイが設定されていません)。ディスプレイがない場合は --submit FORM を使用してください。--help ですべてのオプションを確認できます。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>peering-desk: there is no profile named &quot;%1&quot; (profiles: %2).</source>
        <translation>peering-desk: &quot;%1&quot; という名前のプロファイルはありません (プロファイル: %2)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="+7"/>
        <source>Start the built-in fake Atlas on 127.0.0.1 and send requests to it.</source>
        <translation>組み込みの疑似 Atlas を 127.0.0.1 で起動し、リクエストをそこに送信します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this profile.</source>
        <translation>このプロファイルを使用します。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in this project (group) ID.</source>
        <translation>このプロジェクト (グループ) ID を入力します。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start on this cloud: AWS, AZURE or GCP.</source>
        <translation>このクラウドで開始します: AWS、AZURE、GCP のいずれか。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send every request of this saved form without a window, print one JSON result per request, and exit (0 created, 1 invalid, 2 API error, 3 network, authentication or keychain failure, 4 a create may have reached Atlas without a readable answer).</source>
        <translation>この保存済みフォームのすべてのリクエストをウィンドウなしで送信し、リクエストごとに JSON の結果を 1 つ出力して終了します (0 作成済み、1 無効、2 API エラー、3 ネットワーク、認証またはキーチェーンのエラー、4 作成リクエストが Atlas に届いた可能性があるが応答を読み取れない)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Compare this saved form with Atlas and print, per request, whether its peering exists, is to be created, differs or conflicts, without changing anything; exit 0 when there is nothing to do, 5 when something is to be created.</source>
        <translation>この保存済みフォームを Atlas と比較し、リクエストごとにピアリングが存在するか、作成が必要か、差異があるか、競合するかを何も変更せずに表示します。何もすることがなければ終了コード 0、作成するものがあれば 5。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan this saved form, then create only the peerings and access list entries that are missing; running it again does nothing.</source>
        <translation>この保存済みフォームを計画し、不足しているピアリングとアクセスリストのエントリだけを作成します。再実行しても何もしません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --submit or --apply: follow each new peering until it is available, failed or waiting for you.</source>
        <translation>--submit または --apply と併用: 新しい各ピアリングを、利用可能になるか、失敗するか、ユーザーの操作待ちになるまで追跡します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --submit or --apply: follow each new peering, and when it waits for a step in the cloud (accepting in AWS, the peering in Google Cloud), print that step and keep following for up to this many minutes while it is done.</source>
        <translation>--submit または --apply と併用：新しいピアリングを追跡し、クラウド側の手順（AWS での承認、Google Cloud でのピアリング）を待っているときはその手順を表示し、実施されるまで最大でこの分数だけ追跡を続けます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep preferences (never secrets) in this INI file instead of the default.</source>
        <translation>設定 (シークレットは除く) を既定のファイルではなく、この INI ファイルに保存します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit after this many milliseconds (smoke tests).</source>
        <translation>指定したミリ秒数の後に終了します (スモークテスト用)。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates MongoDB Atlas network peering connections.</source>
        <translation>MongoDB Atlas のネットワークピアリング接続を作成します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A saved form to open.</source>
        <translation>開く保存済みフォーム。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>peering-desk: --provider must be AWS, AZURE or GCP.</source>
        <translation>peering-desk: --provider には AWS、AZURE、GCP のいずれかを指定してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>peering-desk: choose one of --submit, --plan and --apply.</source>
        <translation>peering-desk: --submit、--plan、--apply のいずれか 1 つを選んでください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>peering-desk: --wait-for-cloud-step goes with --submit or --apply.</source>
        <translation>peering-desk: --wait-for-cloud-step は --submit または --apply と一緒に使います。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>peering-desk: --wait-for-cloud-step takes a number of minutes from 1 to %1 (AWS deletes a peering request nobody accepted after 7 days).</source>
        <translation>peering-desk: --wait-for-cloud-step には 1 から %1 までの分数を指定してください（AWS は承認されないピアリング要求を 7 日後に削除します）。</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../ui/ConnectionBanner.ui" line="+9"/>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Add an Atlas profile…</source>
        <translation>Atlas プロファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the Atlas to talk to and the API key or service account that signs in; the secret goes to the system keychain.</source>
        <translation>接続先の Atlas と、サインインに使う API キーまたはサービスアカウントを指定します。シークレットはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Try the sandbox</source>
        <translation>サンドボックスを試す(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a fake Atlas on this computer and send requests there: nothing is created in a real cloud.</source>
        <translation>このコンピューター上で疑似 Atlas を起動し、リクエストをそこに送信します。実際のクラウドには何も作成されません。</translation>
    </message>
</context>
<context>
    <name>ContainerPanel</name>
    <message>
        <location filename="../ui/ContainerPanel.ui" line="+27"/>
        <source>Containers</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New Container…</source>
        <translation>新しいコンテナー(&amp;N)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New container</source>
        <translation>新しいコンテナー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Atlas re&amp;gion:</source>
        <translation>Atlas リージョン(&amp;G):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Google Cloud regions</source>
        <translation>Google Cloud リージョン</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Leave every region unticked for a /18 or larger block. Ticking regions limits the project to them and needs a /21 to /24 block.</source>
        <translation>/18 以上のブロックを使う場合は、リージョンをすべてオフのままにしてください。リージョンを選択すると、プロジェクトはそのリージョンに限定され、/21 から /24 のブロックが必要になります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Atlas &amp;CIDR block:</source>
        <translation>Atlas の CIDR ブロック(&amp;C):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>192.168.248.0/21</source>
        <translation>192.168.248.0/21</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;reate Container</source>
        <translation>コンテナーを作成(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ContainerRequest</name>
    <message>
        <location filename="../app/core/model/ContainerRequest.cpp" line="+50"/>
        <source>Choose the Atlas region of the container, like US_EAST_1.</source>
        <translation>コンテナーの Atlas リージョンを選択してください (例: US_EAST_1)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Atlas&apos;s name for the region, like %1, not the cloud&apos;s own spelling.</source>
        <translation>リージョンはクラウド独自の表記ではなく、Atlas の名前 (例: %1) を使用してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an Atlas region name; choose regions from the list.</source>
        <translation>%1 は Atlas のリージョン名ではありません。一覧からリージョンを選択してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the Atlas CIDR block, like 192.168.248.0/21.</source>
        <translation>Atlas の CIDR ブロックを入力してください (例: 192.168.248.0/21)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter an IPv4 block in CIDR notation, like 192.168.248.0/21.</source>
        <translation>IPv4 ブロックを CIDR 表記で入力してください (例: 192.168.248.0/21)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a private block (RFC 1918): inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.</source>
        <translation>プライベートブロック (RFC 1918) を使用してください: 10.0.0.0/8、172.16.0.0/12、192.168.0.0/16 のいずれかの範囲内。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the block in canonical form, %1: the address must be the first of the block.</source>
        <translation>ブロックを正規形 %1 で記述してください。アドレスはブロックの先頭である必要があります。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 containers need a block from /21 to /24, like 192.168.248.0/21; this one is /%2.</source>
        <translation>%1 のコンテナーには /21 から /24 のブロック (例: 192.168.248.0/21) が必要です。このブロックは /%2 です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A /%1 Google Cloud container must be limited to regions: choose them, or use a /18 or larger block.</source>
        <translation>/%1 の Google Cloud コンテナーはリージョンを限定する必要があります。リージョンを選択するか、/18 以上のブロックを使用してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Cloud containers need a /18 or larger block (like 10.8.0.0/18), or /21 to /24 together with regions; this one is /%1.</source>
        <translation>Google Cloud コンテナーには /18 以上のブロック (例: 10.8.0.0/18)、またはリージョン指定と組み合わせた /21 から /24 のブロックが必要です。このブロックは /%1 です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A Google Cloud container limited to regions needs a block from /21 to /24; clear the regions to use a /18 or larger block.</source>
        <translation>リージョンを限定した Google Cloud コンテナーには /21 から /24 のブロックが必要です。/18 以上のブロックを使うには、リージョンの選択を解除してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A /%1 block allows at most %n region(s).</source>
        <translation>
            <numerusform>/%1 のブロックで使用できるリージョンは最大 %n 個です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This project already has a Google Cloud container with %1. Atlas keeps that block and ignores %2: use the existing container, or pick a route table CIDR that does not overlap %1.</source>
        <translation>このプロジェクトには %1 の Google Cloud コンテナーが既にあります。Atlas はそのブロックを維持し、%2 は無視されます。既存のコンテナーを使用するか、%1 と重複しないルートテーブル CIDR を選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A container for %1 already exists with %2. Atlas keeps that block and ignores %3: use the existing container, or pick a route table CIDR that does not overlap %2.</source>
        <translation>%1 のコンテナーは %2 で既に存在します。Atlas はそのブロックを維持し、%3 は無視されます。既存のコンテナーを使用するか、%2 と重複しないルートテーブル CIDR を選択してください。</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../app/core/store/CredentialStore.cpp" line="+37"/>
        <source>No credentials are stored for profile &quot;%1&quot; yet. Enter an API key to continue.</source>
        <translation>プロファイル &quot;%1&quot; の認証情報はまだ保存されていません。続行するには API キーを入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access to the keychain was refused. Allow Peering Desk when the keychain asks, then try again.</source>
        <translation>キーチェーンへのアクセスが拒否されました。キーチェーンの確認で Peering Desk を許可してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyring is locked. Unlock it (for example with your login password in Passwords and Keys) and try again.</source>
        <translation>キーリングがロックされています。ロックを解除してから (例: 「パスワードと鍵」でログインパスワードを使用)、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain denied access: %1</source>
        <translation>キーチェーンがアクセスを拒否しました: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available (%1). Peering Desk keeps API keys only in the system keychain: start a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>利用できるキーチェーンがありません (%1)。Peering Desk は API キーをシステムのキーチェーンにのみ保存します。GNOME Keyring や KWallet などの Secret Service を起動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The keyring is locked, so the API key of profile &quot;%1&quot; cannot be read. Unlock it, then try again: log in to your desktop session, or unlock &quot;Login&quot; in Passwords and Keys (Seahorse); on a machine without a desktop, run gnome-keyring-daemon --unlock, which reads the keyring password from its standard input.</source>
        <translation>キーリングがロックされているため、プロファイル &quot;%1&quot; の API キーを読み取れません。ロックを解除してから、もう一度お試しください。デスクトップセッションにログインするか、「パスワードと鍵」(Seahorse) で「ログイン」のロックを解除してください。デスクトップのないマシンでは gnome-keyring-daemon --unlock を実行してください。キーリングのパスワードは標準入力から読み取られます。</translation>
    </message>
</context>
<context>
    <name>ErrorGuidance</name>
    <message>
        <location filename="../app/core/peering/ErrorGuidance.cpp" line="+18"/>
        <source>Atlas rejected a field of the request: correct the fields listed below and send it again.</source>
        <translation>Atlas がリクエストのフィールドを拒否しました。以下に示すフィールドを修正して、もう一度送信してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A field has a value Atlas does not accept here, often a container of another provider: check the field Atlas names.</source>
        <translation>Atlas がここでは受け付けない値のフィールドがあります (多くの場合、別のプロバイダーのコンテナーです)。Atlas が示すフィールドを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A required field is missing: fill in the field Atlas names.</source>
        <translation>必須フィールドが入力されていません。Atlas が示すフィールドに入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Atlas could not read the request body; this is a bug in Peering Desk, please report it.</source>
        <translation>Atlas がリクエスト本文を読み取れませんでした。これは Peering Desk の不具合です。報告してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use one of AWS, AZURE or GCP as the provider.</source>
        <translation>プロバイダーには AWS、AZURE、GCP のいずれかを使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the region from the list: Atlas spells regions like US_EAST_1, not us-east-1 or eastus.</source>
        <translation>一覧からリージョンを選択してください。Atlas のリージョン表記は US_EAST_1 のような形式で、us-east-1 や eastus ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the block in CIDR notation, like 192.168.248.0/21.</source>
        <translation>ブロックを CIDR 表記で記述してください (例: 192.168.248.0/21)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use your VPC&apos;s private block (inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16) as the route table CIDR.</source>
        <translation>ルートテーブル CIDR には、お使いの VPC のプライベートブロック (10.0.0.0/8、172.16.0.0/12、192.168.0.0/16 の範囲内) を使用してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an Atlas block of the right size: /21 to /24 for AWS and Azure, /18 or larger for Google Cloud.</source>
        <translation>適切なサイズの Atlas ブロックを選択してください: AWS と Azure は /21 から /24、Google Cloud は /18 以上です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Google Cloud container limited to regions needs a /21 to /24 block; clear the regions to use /18 or larger.</source>
        <translation>リージョンを限定した Google Cloud コンテナーには /21 から /24 のブロックが必要です。/18 以上を使うには、リージョンの選択を解除してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an Atlas block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.</source>
        <translation>10.0.0.0/8、172.16.0.0/12、192.168.0.0/16 のいずれかの範囲内の Atlas ブロックを選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the block in the canonical form Atlas names, with the host bits zero.</source>
        <translation>Atlas が示す正規形 (ホストビットがゼロ) でブロックを記述してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A container&apos;s region is fixed: create a container in the other region instead.</source>
        <translation>コンテナーのリージョンは変更できません。代わりに、別のリージョンにコンテナーを作成してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Google Cloud container limited to regions cannot be changed: delete and recreate it while nothing uses it.</source>
        <translation>リージョンを限定した Google Cloud コンテナーは変更できません。使用されていないときに削除して作成し直してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project already has a container there (one per AWS or Azure region, one for Google Cloud): choose the existing container.</source>
        <translation>このプロジェクトには既にそこにコンテナーがあります (AWS と Azure はリージョンごとに 1 つ、Google Cloud は 1 つ)。既存のコンテナーを選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The container&apos;s block is locked because clusters or peerings use it: keep it, and choose a VPC block that does not overlap it.</source>
        <translation>クラスターまたはピアリングが使用しているため、コンテナーのブロックはロックされています。ブロックはそのままにして、重複しない VPC ブロックを選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That container does not exist in this project: pick one from the list.</source>
        <translation>そのコンテナーはこのプロジェクトに存在しません。一覧から選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the directory, subscription, resource group and VNet, and that you ran the service principal and role commands; role assignments can take a few minutes to apply.</source>
        <translation>ディレクトリ、サブスクリプション、リソースグループ、VNet を確認し、サービスプリンシパルとロールのコマンドを実行したことを確認してください。ロールの割り当ては反映まで数分かかる場合があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas cannot reach your Azure subscription: check the subscription ID and the Atlas role assignment.</source>
        <translation>Atlas がお使いの Azure サブスクリプションにアクセスできません。サブスクリプション ID と Atlas のロール割り当てを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure rejected one of the values: check the directory, subscription, resource group and VNet name.</source>
        <translation>Azure がいずれかの値を拒否しました。ディレクトリ、サブスクリプション、リソースグループ、VNet 名を確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This project allows Azure peering in one Atlas region only: use the container that already has a peering.</source>
        <translation>このプロジェクトでは、Azure ピアリングは 1 つの Atlas リージョンでのみ使用できます。既にピアリングがあるコンテナーを使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project in the request does not match the chosen project: choose the project again.</source>
        <translation>リクエストのプロジェクトが選択したプロジェクトと一致しません。プロジェクトを選択し直してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your key cannot change this project: give it the Project Network Access Manager role, or choose another project.</source>
        <translation>お使いのキーではこのプロジェクトを変更できません。キーに Project Network Access Manager ロールを付与するか、別のプロジェクトを選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your key has no access to this project: add it to the project, or choose another project.</source>
        <translation>お使いのキーはこのプロジェクトにアクセスできません。キーをプロジェクトに追加するか、別のプロジェクトを選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas did not accept the credentials: check the key or service account of the profile.</source>
        <translation>Atlas が認証情報を受け付けませんでした。プロファイルのキーまたはサービスアカウントを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Add this computer&apos;s public IP address to the API key&apos;s access list in Atlas.</source>
        <translation>このコンピューターのパブリック IP アドレスを、Atlas の API キーのアクセスリストに追加してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A project ID is 24 hexadecimal characters: choose the project from the list.</source>
        <translation>プロジェクト ID は 16 進数 24 文字です。一覧からプロジェクトを選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such project, or not one your key can see: choose the project from the list.</source>
        <translation>該当するプロジェクトがないか、お使いのキーでは参照できないプロジェクトです。一覧からプロジェクトを選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas does not know this address: check the base URL of the profile.</source>
        <translation>Atlas はこのアドレスを認識していません。プロファイルのベース URL を確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A peering ID is 24 hexadecimal characters: pick the peering from the list.</source>
        <translation>ピアリング ID は 16 進数 24 文字です。一覧からピアリングを選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering no longer exists (it may have been deleted): refresh the list.</source>
        <translation>ピアリングはもう存在しません (削除された可能性があります)。一覧を更新してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your VPC block overlaps another peering&apos;s block: use a VPC block no other peer uses.</source>
        <translation>お使いの VPC ブロックが別のピアリングのブロックと重複しています。他のピアが使用していない VPC ブロックを使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your VPC block overlaps the container&apos;s Atlas block: use a VPC block outside it, or another container.</source>
        <translation>お使いの VPC ブロックがコンテナーの Atlas ブロックと重複しています。その範囲外の VPC ブロックを使用するか、別のコンテナーを使用してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This VPC is already peered with the project: use the existing peering, or delete it first.</source>
        <translation>この VPC は既にこのプロジェクトとピアリングされています。既存のピアリングを使用するか、先に削除してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This VNet is already peered with the project: use the existing peering, or delete it first.</source>
        <translation>この VNet は既にこのプロジェクトとピアリングされています。既存のピアリングを使用するか、先に削除してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This network is already peered with the project: use the existing peering, or delete it first.</source>
        <translation>このネットワークは既にこのプロジェクトとピアリングされています。既存のピアリングを使用するか、先に削除してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering is already being deleted: wait a moment and refresh.</source>
        <translation>ピアリングは既に削除中です。しばらく待ってから更新してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering cannot change in its current status: wait until it is AVAILABLE or FAILED.</source>
        <translation>現在のステータスではピアリングを変更できません。AVAILABLE または FAILED になるまでお待ちください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project has the most peerings Atlas allows: delete one you no longer need.</source>
        <translation>このプロジェクトのピアリング数は Atlas の上限に達しています。不要なピアリングを削除してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Atlas is limiting requests: wait the time it names and try again.</source>
        <translation>Atlas がリクエストを制限しています。示された時間待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas failed without a reason; on a create this usually means the container ID is wrong: pick the container from the list.</source>
        <translation>Atlas が理由を示さずに失敗しました。作成時には、通常コンテナー ID の誤りが原因です。一覧からコンテナーを選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas is briefly unavailable, for example during maintenance: try again in a few minutes.</source>
        <translation>Atlas は一時的に利用できません (メンテナンス中など)。数分後にもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <location filename="../app/core/peering/FailureText.cpp" line="+19"/>
        <source>Unreadable answer: the peering may have been created</source>
        <translation>応答を読み取れません: ピアリングが作成された可能性があります</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Atlas answered HTTP %1, so it accepted the request, but its answer could not be read (%2). The peering may well have been created: look at the project&apos;s peerings before you send it again.</source>
        <translation>Atlas が HTTP %1 を返したため、リクエストは受け付けられましたが、応答を読み取れませんでした (%2)。ピアリングが作成されている可能性が十分にあります。もう一度送信する前に、プロジェクトのピアリングを確認してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What to do: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Atlas asks to wait %n second(s) before the next request. Peering Desk never sends a create again by itself: send it again once the time has passed.</source>
        <translation>
            <numerusform>Atlas から、次のリクエストまで %n 秒待つよう求められています。Peering Desk が作成リクエストを自動で再送信することはありません。時間が経過してから、もう一度送信してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request may have reached Atlas before the connection failed: look at the project&apos;s peerings before you send it again.</source>
        <translation>接続が失敗する前にリクエストが Atlas に届いている可能性があります。もう一度送信する前に、プロジェクトのピアリングを確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A gateway error does not prove that nothing was created: check the project&apos;s peerings before you send it again.</source>
        <translation>ゲートウェイエラーは、何も作成されなかったことを意味するわけではありません。もう一度送信する前に、プロジェクトのピアリングを確認してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Atlas asks to wait %n second(s) before the next request.</source>
        <translation>
            <numerusform>Atlas から、次のリクエストまで %n 秒待つよう求められています。</numerusform>
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
        <translation>フィールド %1: %2</translation>
    </message>
</context>
<context>
    <name>FieldCheck</name>
    <message numerus="yes">
        <location filename="../app/core/model/FieldCheck.cpp" line="+12"/>
        <source>This value is too long: at most %n characters.</source>
        <translation>
            <numerusform>この値は長すぎます。最大 %n 文字です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <location filename="../app/core/model/FieldValidator.cpp" line="+60"/>
        <location line="+106"/>
        <source>Enter the %1.</source>
        <translation>%1を入力してください。</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Use lower-case letters: Atlas IDs are written in lower-case hexadecimal.</source>
        <translation>小文字を使用してください。Atlas の ID は小文字の 16 進数で記述されます。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %1 is 24 characters of 0-9 and a-f, like 5f3e2d1c0b9a887766554433; this value has %n character(s).</source>
        <translation>
            <numerusform>%1は 0-9 と a-f からなる 24 文字です (例: 5f3e2d1c0b9a887766554433)。この値は %n 文字です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>project ID</source>
        <translation>プロジェクト ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>container ID</source>
        <translation>コンテナー ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the 12-digit ID of the AWS account that owns the VPC.</source>
        <translation>VPC を所有する AWS アカウントの 12 桁の ID を入力してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the dashes: enter the account ID as 12 digits.</source>
        <translation>ハイフンを削除して、アカウント ID を 12 桁の数字で入力してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>An AWS account ID has 12 digits; this one has %n. Keep any leading zeros.</source>
        <translation>
            <numerusform>AWS アカウント ID は 12 桁ですが、この値は %n 桁です。先頭のゼロは省略しないでください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An AWS account ID is exactly 12 digits, like 123456789012.</source>
        <translation>AWS アカウント ID はちょうど 12 桁の数字です (例: 123456789012)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the ID of your VPC, like vpc-0123456789abcdef0.</source>
        <translation>お使いの VPC の ID を入力してください (例: vpc-0123456789abcdef0)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is a peering connection ID; enter the VPC ID (vpc-…) instead.</source>
        <translation>これはピアリング接続 ID です。代わりに VPC ID (vpc-…) を入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use lower-case letters in the VPC ID.</source>
        <translation>VPC ID には小文字を使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A VPC ID is vpc- followed by 17 hexadecimal characters (or 8 for older VPCs), like vpc-0123456789abcdef0.</source>
        <translation>VPC ID は vpc- の後に 16 進数 17 文字 (古い VPC では 8 文字) が続く形式です (例: vpc-0123456789abcdef0)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the AWS region of your VPC, like us-east-1.</source>
        <translation>お使いの VPC の AWS リージョンを入力してください (例: us-east-1)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the AWS form of the region, %1, not the Atlas form %2.</source>
        <translation>リージョンは Atlas の形式 %2 ではなく、AWS の形式 %1 を使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the region as AWS writes it, like us-east-1 or eu-west-2.</source>
        <translation>リージョンは AWS の表記で入力してください (例: us-east-1、eu-west-2)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the CIDR block of your VPC, like 10.0.0.0/16.</source>
        <translation>お使いの VPC の CIDR ブロックを入力してください (例: 10.0.0.0/16)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the prefix length: a CIDR block looks like %1/16.</source>
        <translation>プレフィックス長を追加してください。CIDR ブロックは %1/16 のような形式です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas peers with IPv4 VPC ranges only; enter an IPv4 CIDR block like 10.0.0.0/16.</source>
        <translation>Atlas がピアリングできるのは IPv4 の VPC 範囲のみです。IPv4 CIDR ブロック (例: 10.0.0.0/16) を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a CIDR block. Write it as four numbers and a prefix length, like 10.0.0.0/16.</source>
        <translation>これは CIDR ブロックではありません。4 つの数値とプレフィックス長で記述してください (例: 10.0.0.0/16)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has host bits set; its canonical form is %2.</source>
        <translation>%1 にはホストビットが設定されています。正規形は %2 です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The block must lie inside the private ranges 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.</source>
        <translation>ブロックはプライベート範囲 10.0.0.0/8、172.16.0.0/12、192.168.0.0/16 のいずれかの中にある必要があります。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove the braces around the ID.</source>
        <translation>ID を囲む波かっこを削除してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 is a GUID, like 8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d.</source>
        <translation>%1は GUID です (例: 8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure directory (tenant) ID</source>
        <translation>Azure ディレクトリ (テナント) ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure subscription ID</source>
        <translation>Azure サブスクリプション ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the name of the resource group that holds your VNet.</source>
        <translation>お使いの VNet を含むリソースグループの名前を入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resource group name has at most 90 characters.</source>
        <translation>リソースグループ名は最大 90 文字です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resource group name may contain only letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;(&apos; and &apos;)&apos;.</source>
        <translation>リソースグループ名に使用できるのは、英字、数字、&apos;-&apos;、&apos;_&apos;、&apos;.&apos;、&apos;(&apos;、&apos;)&apos; のみです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resource group name cannot end with a period.</source>
        <translation>リソースグループ名の末尾をピリオドにすることはできません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the name of your virtual network (VNet).</source>
        <translation>お使いの仮想ネットワーク (VNet) の名前を入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A VNet name has 2 to 64 characters.</source>
        <translation>VNet 名は 2 から 64 文字です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A VNet name may contain only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>VNet 名に使用できるのは、英字、数字、&apos;-&apos;、&apos;_&apos;、&apos;.&apos; のみです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A VNet name starts with a letter or digit and ends with a letter, digit or &apos;_&apos;.</source>
        <translation>VNet 名は英字または数字で始まり、英字、数字、&apos;_&apos; のいずれかで終わる必要があります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the ID of the Google Cloud project that owns the network.</source>
        <translation>ネットワークを所有する Google Cloud プロジェクトの ID を入力してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That looks like a project number; enter the project ID, like my-project-123.</source>
        <translation>これはプロジェクト番号のようです。プロジェクト ID (例: my-project-123) を入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A project ID has 6 to 30 characters.</source>
        <translation>プロジェクト ID は 6 から 30 文字です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A project ID uses lower-case letters only.</source>
        <translation>プロジェクト ID には小文字のみを使用します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A project ID starts with a letter, contains only a-z, 0-9 and &apos;-&apos;, and does not end with &apos;-&apos;.</source>
        <translation>プロジェクト ID は英字で始まり、a-z、0-9、&apos;-&apos; のみを含み、末尾を &apos;-&apos; にすることはできません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the name of your VPC network, like default.</source>
        <translation>お使いの VPC ネットワークの名前を入力してください (例: default)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter just the network&apos;s name (%1), not its URL or self-link.</source>
        <translation>URL やセルフリンクではなく、ネットワーク名 (%1) のみを入力してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A network name has at most 63 characters.</source>
        <translation>ネットワーク名は最大 63 文字です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A network name uses lower-case letters only.</source>
        <translation>ネットワーク名には小文字のみを使用します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A network name starts with a letter, contains only a-z, 0-9 and &apos;-&apos;, and does not end with &apos;-&apos;.</source>
        <translation>ネットワーク名は英字で始まり、a-z、0-9、&apos;-&apos; のみを含み、末尾を &apos;-&apos; にすることはできません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the Atlas URL, like https://cloud.mongodb.com.</source>
        <translation>Atlas の URL を入力してください (例: https://cloud.mongodb.com)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a web address that starts with https://, like https://cloud.mongodb.com.</source>
        <translation>https:// で始まる Web アドレスを入力してください (例: https://cloud.mongodb.com)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the user name and password out of the URL: the keys go in the key fields.</source>
        <translation>URL にユーザー名とパスワードを含めないでください。キーはキーのフィールドに入力します。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use https: plain http is allowed only for this computer (127.0.0.1 or localhost).</source>
        <translation>https を使用してください。暗号化されていない http は、このコンピューター (127.0.0.1 または localhost) に対してのみ使用できます。</translation>
    </message>
</context>
<context>
    <name>FormPlanBar</name>
    <message>
        <location filename="../ui/FormPlanBar.ui" line="+9"/>
        <source>This form compared with Atlas</source>
        <translation>Atlas と比較したこのフォーム</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Requests created so far</source>
        <translation>これまでに作成したリクエスト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chec&amp;k Against Atlas</source>
        <translation>Atlas と照合(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the form&apos;s projects and show, per request, whether its peering exists, is to be created, differs or conflicts. Nothing is sent.</source>
        <translation>フォームのプロジェクトを読み取り、リクエストごとにピアリングが存在するか、作成予定か、相違があるか、競合するかを表示します。何も送信しません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create All Missin&amp;g</source>
        <translation>不足分をすべて作成(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create, one after the other, every peering the check found missing; the others are left as they are.</source>
        <translation>照合で不足と判明したピアリングを 1 件ずつ作成します。その他はそのままです。</translation>
    </message>
</context>
<context>
    <name>FormPlanner</name>
    <message>
        <location filename="../app/core/provisioning/FormPlanner.cpp" line="+67"/>
        <source>Project %1 was not read.</source>
        <translation>プロジェクト %1 は読み取られていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project %1 could not be read: %2</source>
        <translation>プロジェクト %1 を読み取れませんでした：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request %1 of this form asks for the same peering.</source>
        <translation>このフォームのリクエスト %1 が同じピアリングを要求しています。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Container %1 is not a container of project %2.</source>
        <translation>コンテナー %1 はプロジェクト %2 のコンテナーではありません。</translation>
    </message>
</context>
<context>
    <name>GcpPage</name>
    <message>
        <location filename="../ui/GcpPage.ui" line="+24"/>
        <source>Google Cloud &amp;project ID:</source>
        <translation>Google Cloud プロジェクト ID(&amp;P):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. my-project-123</source>
        <translation>例: my-project-123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project ID, not its name or number: the project picker in the Google Cloud console, ID column, or &quot;gcloud config get-value project&quot;.</source>
        <translation>プロジェクトの名前や番号ではなく、プロジェクト ID です。Google Cloud コンソールのプロジェクト選択ツールの ID 列、または &quot;gcloud config get-value project&quot; で確認できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Cloud project ID</source>
        <translation>Google Cloud プロジェクト ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID of the Google Cloud project that owns the network, 6 to 30 characters.</source>
        <translation>ネットワークを所有する Google Cloud プロジェクトの ID (6 から 30 文字)。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Network name:</source>
        <translation>ネットワーク名(&amp;N):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. default</source>
        <translation>例: default</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Cloud console: VPC network &gt; VPC networks &gt; Name. Just the name, not the URL or self-link.</source>
        <translation>Google Cloud コンソール: VPC ネットワーク &gt; VPC ネットワーク &gt; 名前。URL やセルフリンクではなく、名前のみを入力します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network name</source>
        <translation>ネットワーク名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the VPC network to peer, for example default.</source>
        <translation>ピアリングする VPC ネットワークの名前 (例: default)。</translation>
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
        <translation>リクエスト:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Request in this form</source>
        <translation>このフォーム内のリクエスト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A saved form can hold several peering requests; pick the one to edit and send.</source>
        <translation>保存したフォームには複数のピアリングリクエストを含めることができます。編集して送信するリクエストを選択してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a request to this form, starting from a copy of the current one</source>
        <translation>現在のリクエストのコピーを元に、このフォームにリクエストを追加します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a request</source>
        <translation>リクエストを追加</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the current request from this form</source>
        <translation>現在のリクエストをこのフォームから削除します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this request</source>
        <translation>このリクエストを削除</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Atlas project</source>
        <translation>Atlas プロジェクト</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pro&amp;file:</source>
        <translation>プロファイル(&amp;F):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which Atlas and which credentials requests use.</source>
        <translation>リクエストで使用する Atlas と認証情報。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which Atlas deployment and which credentials the request uses. The sandbox is a fake Atlas on this computer.</source>
        <translation>リクエストで使用する Atlas デプロイと認証情報です。サンドボックスは、このコンピューター上で動作する疑似 Atlas です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Manage…</source>
        <translation>管理(&amp;M)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, edit or delete profiles (Ctrl+K)</source>
        <translation>プロファイルを追加、編集、削除します (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Project:</source>
        <translation>プロジェクト(&amp;P):</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>C&amp;ontainer ID:</source>
        <translation>コンテナー ID(&amp;O):</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The Atlas network container of this provider (and region) in the project: Atlas &gt; Network Access &gt; Peering, or &quot;atlas networking containers list&quot;. It must belong to the chosen provider.</source>
        <translation>プロジェクト内の、このプロバイダー (およびリージョン) の Atlas ネットワークコンテナーです: Atlas &gt; Network Access &gt; Peering、または &quot;atlas networking containers list&quot;。選択したプロバイダーのものである必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Container ID</source>
        <translation>コンテナー ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID of the Atlas network container, 24 hexadecimal characters.</source>
        <translation>Atlas ネットワークコンテナーの ID (16 進数 24 文字)。</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Cloud p&amp;rovider:</source>
        <translation>クラウドプロバイダー(&amp;R):</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>e.g. 5f3e2d1c0b9a887766554433</source>
        <translation>例: 5f3e2d1c0b9a887766554433</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cloud provider</source>
        <translation>クラウドプロバイダー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cloud of the network to peer with Atlas.</source>
        <translation>Atlas とピアリングするネットワークのクラウド。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cloud your VPC or VNet is in. The container must be of the same provider.</source>
        <translation>お使いの VPC または VNet があるクラウドです。コンテナーも同じプロバイダーである必要があります。</translation>
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
        <translation>例: 65a1b2c3d4e5f60718293a4b</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Atlas network container</source>
        <translation>Atlas ネットワークコンテナー</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your network</source>
        <translation>お使いのネットワーク</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show or hide the query flags Atlas accepts with the request</source>
        <translation>Atlas がリクエストと一緒に受け付けるクエリフラグを表示または非表示にします</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask for an &amp;envelope (envelope=true)</source>
        <translation>エンベロープを要求(&amp;E) (envelope=true)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas then answers 200 and puts the real status and body inside the response. Peering Desk unwraps it; the result is the same.</source>
        <translation>Atlas は 200 を返し、実際のステータスと本文をレスポンス内に格納します。Peering Desk がそれを展開するため、結果は同じです。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pretty-&amp;print the response (pretty=true)</source>
        <translation>レスポンスを整形(&amp;P) (pretty=true)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas indents the JSON it returns. Only the raw view changes.</source>
        <translation>Atlas が返す JSON がインデントされます。変わるのは未加工表示のみです。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Create the peering</source>
        <translation>ピアリングの作成</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Request in progress</source>
        <translation>リクエストを処理中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Peering</source>
        <translation>新しいピアリング(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start another peering request in this form, keeping this one and its result</source>
        <translation>このリクエストとその結果を残したまま、このフォームで別のピアリングリクエストを開始します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abort the request in flight (Esc)</source>
        <translation>送信中のリクエストを中止します (Esc)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+120"/>
        <source>&amp;Create Peering</source>
        <translation>ピアリングを作成(&amp;C)</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Send the peering request to Atlas (Ctrl+Return)</source>
        <translation>ピアリングリクエストを Atlas に送信します (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Result and details</source>
        <translation>結果と詳細</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Result</source>
        <translation>結果(&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Peerings</source>
        <translation>ピアリング(&amp;P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;quest Preview</source>
        <translation>リクエストのプレビュー(&amp;Q)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>最近使用したファイルを開く(&amp;R)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Peering</source>
        <translation>ピアリング(&amp;P)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chec&amp;k Form Against Atlas</source>
        <translation>フォームを Atlas と照合(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the form&apos;s projects and mark each request: exists, to create, differs or conflicts. Nothing is sent.</source>
        <translation>フォームのプロジェクトを読み取り、各リクエストに「存在」「作成予定」「相違」「競合」を付けます。何も送信しません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the peering request to Atlas</source>
        <translation>ピアリングリクエストを Atlas に送信します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;ancel Request</source>
        <translation>リクエストをキャンセル(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop waiting for the request in flight (Esc)</source>
        <translation>送信中のリクエストの待機を中止します (Esc)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Peering in This Form</source>
        <translation>このフォームに新しいピアリング(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add another peering request to this form, keeping the others and their results</source>
        <translation>他のリクエストとその結果を残したまま、このフォームに別のピアリングリクエストを追加します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Profiles…</source>
        <translation>プロファイル(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, edit or delete profiles: where Atlas is and the credentials kept in the keychain</source>
        <translation>プロファイルを追加、編集、削除します: Atlas の場所と、キーチェーンに保存された認証情報</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the &amp;Sandbox</source>
        <translation>サンドボックスを使用(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send requests to a fake Atlas on this computer instead of MongoDB Atlas</source>
        <translation>MongoDB Atlas の代わりに、このコンピューター上の疑似 Atlas にリクエストを送信します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pre&amp;ferences…</source>
        <translation>環境設定(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings that apply to every profile, such as how long to wait for Atlas</source>
        <translation>すべてのプロファイルに適用される設定 (Atlas の応答を待つ時間など)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy Peering &amp;ID</source>
        <translation>ピアリング ID をコピー(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;Response</source>
        <translation>レスポンスをコピー(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lear Form</source>
        <translation>フォームをクリア(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty every field of the form</source>
        <translation>フォームのすべてのフィールドを空にします</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Peering Desk</source>
        <translation>Peering Desk について(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Form</source>
        <translation>新しいフォーム(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start an empty form</source>
        <translation>空のフォームを開始します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open Form…</source>
        <translation>フォームを開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a saved form</source>
        <translation>保存したフォームを開きます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save Form</source>
        <translation>フォームを保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the form (never any secret)</source>
        <translation>フォームを保存します (シークレットは保存されません)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save Form &amp;As…</source>
        <translation>名前を付けてフォームを保存(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the form under a new name</source>
        <translation>フォームを新しい名前で保存します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as c&amp;url</source>
        <translation>curl としてコピー(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the request as a curl command, with placeholders for the keys</source>
        <translation>キーをプレースホルダーにして、リクエストを curl コマンドとしてコピーします</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as Atlas C&amp;LI</source>
        <translation>Atlas CLI としてコピー(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the request as an atlas networking peering create command</source>
        <translation>リクエストを atlas networking peering create コマンドとしてコピーします</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as &amp;Terraform</source>
        <translation>Terraform としてコピー(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the request as a mongodbatlas_network_peering resource</source>
        <translation>リクエストを mongodbatlas_network_peering リソースとしてコピーします</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../app/core/peering/NextSteps.cpp" line="+51"/>
        <source>Accept the peering request in AWS</source>
        <translation>AWS でピアリングリクエストを承認する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this in account %1, in region %2 where VPC %3 lives. AWS expires the request after 7 days.</source>
        <translation>VPC %3 があるアカウント %1 のリージョン %2 で、これを実行してください。AWS はリクエストを 7 日後に期限切れにします。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route traffic for Atlas through the peering</source>
        <translation>Atlas へのトラフィックをピアリング経由でルーティングする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this route to every route table your application&apos;s subnets use.</source>
        <translation>アプリケーションのサブネットが使用するすべてのルートテーブルに、このルートを追加してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow outbound traffic to Atlas</source>
        <translation>Atlas への送信トラフィックを許可する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only needed when your security groups restrict egress: MongoDB uses TCP 27015 to 27017.</source>
        <translation>セキュリティグループで送信トラフィックを制限している場合にのみ必要です。MongoDB は TCP 27015 から 27017 を使用します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create the peering from your Google Cloud network to Atlas</source>
        <translation>Google Cloud ネットワークから Atlas へのピアリングを作成する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas waits until your network %1 in project %2 peers back with Atlas&apos;s project %3 and network %4. Leave custom route import and export off.</source>
        <translation>Atlas は、プロジェクト %2 のネットワーク %1 が Atlas のプロジェクト %3 とネットワーク %4 にピアリングし返すまで待機します。カスタムルートのインポートとエクスポートはオフのままにしてください。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Create the Atlas service principal</source>
        <translation>Atlas サービスプリンシパルを作成する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once per tenant. &quot;Another object with the same value … already exists&quot; means it was done before: go on.</source>
        <translation>テナントごとに 1 回だけ必要です。&quot;Another object with the same value … already exists&quot; と表示された場合は実行済みです。次に進んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the custom role as peering-role.json</source>
        <translation>カスタムロールを peering-role.json として保存する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It lets Atlas manage peerings on this VNet only.</source>
        <translation>これにより、Atlas はこの VNet のピアリングのみを管理できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the role and assign it to Atlas</source>
        <translation>ロールを作成して Atlas に割り当てる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs Owner or User Access Administrator on the VNet. Role assignments can take a minute to take effect.</source>
        <translation>VNet に対する所有者またはユーザーアクセス管理者の権限が必要です。ロールの割り当てが有効になるまで 1 分ほどかかる場合があります。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The peering request was rejected in AWS. Delete this peering and create it again, then accept it (do not reject it) in account %1.</source>
        <translation>ピアリングリクエストは AWS で拒否されました。このピアリングを削除して作成し直し、アカウント %1 で承認してください (拒否しないでください)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody accepted the request in AWS within 7 days, so it expired. Delete this peering, create it again, and accept it in AWS in time.</source>
        <translation>7 日以内に AWS でリクエストが承認されなかったため、期限切れになりました。このピアリングを削除して作成し直し、期限内に AWS で承認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS could not find VPC %1 in account %2 and region %3. Check the three values, then delete this peering and create it again.</source>
        <translation>AWS は、アカウント %2、リージョン %3 で VPC %1 を見つけられませんでした。この 3 つの値を確認してから、このピアリングを削除して作成し直してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of the container</source>
        <translation>(コンテナーと同じ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The peering failed and Atlas gave no reason. Delete it and create it again; if it fails again, contact MongoDB support with the peering ID %1.</source>
        <translation>ピアリングが失敗しましたが、Atlas は理由を示しませんでした。削除して作成し直してください。再度失敗する場合は、ピアリング ID %1 を添えて MongoDB サポートにお問い合わせください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure refused: %1 Check that Atlas&apos;s service principal has the peering role on the VNet, then delete this peering and create it again.</source>
        <translation>Azure が拒否しました: %1 Atlas のサービスプリンシパルに VNet のピアリングロールがあることを確認してから、このピアリングを削除して作成し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google Cloud refused: %1 Check the project ID and network name, then delete this peering and create it again.</source>
        <translation>Google Cloud が拒否しました: %1 プロジェクト ID とネットワーク名を確認してから、このピアリングを削除して作成し直してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The peering failed: %1</source>
        <translation>ピアリングが失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <location filename="../ui/OutcomeView.ui" line="+30"/>
        <source>Outcome of the request</source>
        <translation>リクエストの結果</translation>
    </message>
</context>
<context>
    <name>Peering</name>
    <message>
        <location filename="../app/core/model/Peering.cpp" line="+45"/>
        <source>The response is not a peering: it has no id.</source>
        <translation>レスポンスはピアリングではありません: id がありません。</translation>
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
        <translation>エントリを curl コマンド、Atlas CLI コマンド、または Terraform リソースとしてコピーします。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reading the project&apos;s IP access list…</source>
        <translation>プロジェクトの IP アクセスリストを読み取っています…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read the IP access list: %1 You can still add the entry.</source>
        <translation>IP アクセスリストを読み取れませんでした: %1 エントリの追加はできます。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is on the list already.</source>
        <translation>%1 は既にリストにあります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is allowed by the entry %2 already.</source>
        <translation>%1 はエントリ %2 によって既に許可されています。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Every range is on the IP access list already; nothing was sent.</source>
        <translation>すべての範囲が既に IP アクセスリストにあります。何も送信していません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adding %1 to the IP access list…</source>
        <translation>%1 を IP アクセスリストに追加しています…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Atlas did not add the entry: %1</source>
        <translation>Atlas はエントリを追加しませんでした: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Added %1; Atlas is applying it (PENDING).</source>
        <translation>%1 を追加しました。Atlas が適用しています (PENDING)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1 to the IP access list.</source>
        <translation>%1 を IP アクセスリストに追加しました。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not read the entry&apos;s status: %1 Asking again shortly.</source>
        <translation>エントリのステータスを読み取れませんでした: %1 まもなく再確認します。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Atlas could not apply the entry %1 (FAILED). Remove it in Atlas and add it again, or ask MongoDB support.</source>
        <translation>Atlas はエントリ %1 を適用できませんでした (FAILED)。Atlas でエントリを削除してから追加し直すか、MongoDB サポートにお問い合わせください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On the IP access list and ACTIVE: %1.</source>
        <translation>IP アクセスリストに登録済みで ACTIVE: %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Atlas is applying %1 (%2).</source>
        <translation>Atlas が %1 を適用しています (%2)。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a curl command</source>
        <translation>curl コマンド</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Atlas CLI commands</source>
        <translation>Atlas CLI コマンド</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the access list entry as %1.</source>
        <translation>アクセスリストのエントリを %1 としてコピーしました。</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ActionBar</name>
    <message>
        <location filename="../ui/ActionBar.cpp" line="+33"/>
        <source>Done: this request created peering %1. New Peering starts another.</source>
        <translation>完了: このリクエストでピアリング %1 を作成しました。[新しいピアリング] で別のピアリングを開始できます。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n field(s) still need a value or a fix.</source>
        <translation>
            <numerusform>%n 個のフィールドに、入力または修正が必要です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No profile yet: add one or try the sandbox (File menu).</source>
        <translation>プロファイルがまだありません。プロファイルを追加するか、サンドボックスをお試しください ([ファイル] メニュー)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pre-flight check found a problem Atlas would refuse; see above.</source>
        <translation>事前チェックで Atlas が拒否する問題が見つかりました。上記を参照してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to create the peering.</source>
        <translation>ピアリングを作成する準備ができました。</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::AtlasApi</name>
    <message>
        <location filename="../app/core/api/AtlasApi.cpp" line="+43"/>
        <source>project %1 of the list has no id</source>
        <translation>一覧の %1 番目のプロジェクトに id がありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the container in the answer has no id</source>
        <translation>応答のコンテナーに id がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container %1 of the list has no id</source>
        <translation>一覧の %1 番目のコンテナーに id がありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the peering in the answer has no id</source>
        <translation>応答のピアリングに id がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peering %1 of the list has no id</source>
        <translation>一覧の %1 番目のピアリングに id がありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>access list entry %1 names no CIDR block, address or security group</source>
        <translation>アクセスリストの %1 番目のエントリに CIDR ブロック、アドレス、セキュリティグループのいずれもありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cluster %1 of the list has no name</source>
        <translation>一覧の %1 番目のクラスターに名前がありません</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>the project list has no totalCount</source>
        <translation>プロジェクト一覧に totalCount がありません</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>the access list has no &quot;results&quot; array</source>
        <translation>アクセスリストに &quot;results&quot; 配列がありません</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the entry&apos;s status has no STATUS</source>
        <translation>エントリのステータスに STATUS がありません</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::AtlasCliImporter</name>
    <message>
        <location filename="../app/core/store/AtlasCliImporter.cpp" line="+76"/>
        <source>No Atlas CLI configuration was found at %1.</source>
        <translation>%1 に Atlas CLI の設定が見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is a %2 profile; only Atlas profiles can be imported.</source>
        <translation>&quot;%1&quot; は %2 のプロファイルです。インポートできるのは Atlas のプロファイルのみです。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Atlas CLI configuration at %1 has no profiles.</source>
        <translation>%1 の Atlas CLI 設定にはプロファイルがありません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A profile named &quot;%1&quot; already exists; it was left as it is.</source>
        <translation>&quot;%1&quot; という名前のプロファイルは既に存在します。変更せずにそのままにしました。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;%1&quot; has no %2, neither in the CLI&apos;s file nor in the keychain; it was skipped.</source>
        <translation>&quot;%1&quot; には %2 が CLI のファイルにもキーチェーンにもないため、スキップしました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; was skipped: %2.</source>
        <translation>&quot;%1&quot; をスキップしました: %2。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; was not imported: %2</source>
        <translation>&quot;%1&quot; はインポートされませんでした: %2</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::AtlasClient</name>
    <message>
        <location filename="../app/core/transport/AtlasClient.cpp" line="+286"/>
        <source>the connection closed before any answer came, and Peering Desk did not send the request again because it may have reached Atlas</source>
        <translation>応答が届く前に接続が閉じられました。リクエストが Atlas に届いている可能性があるため、Peering Desk は再送信していません</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the body is larger than %1 MiB</source>
        <translation>本文が %1 MiB を超えています</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>%n 秒以内に完全な応答がありませんでした</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the content type is &quot;%1&quot;, not JSON; the body began: %2</source>
        <translation>コンテンツタイプが JSON ではなく「%1」です。本文の先頭: %2</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ConnectionBanner</name>
    <message>
        <location filename="../ui/ConnectionBanner.cpp" line="+35"/>
        <source>&lt;b&gt;No profile yet.&lt;/b&gt; Nothing is sent until Peering Desk knows which Atlas to talk to and how to sign in.</source>
        <translation>&lt;b&gt;プロファイルがまだありません。&lt;/b&gt; Peering Desk が接続先の Atlas とサインイン方法を認識するまで、何も送信されません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile keeps where Atlas is and the key that signs in (the secret in the system keychain). The sandbox answers like Atlas, on this computer, without a key.</source>
        <translation>プロファイルには、Atlas の場所とサインインに使うキーを保存します (シークレットはシステムのキーチェーンに保存されます)。サンドボックスは、このコンピューター上でキーなしで Atlas と同じように応答します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; requests go to a fake Atlas at %1 on this computer; nothing is created in a real cloud.</source>
        <translation>&lt;b&gt;サンドボックス:&lt;/b&gt; リクエストはこのコンピューター上の %1 にある疑似 Atlas に送信されます。実際のクラウドには何も作成されません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project and the container are filled in for you. The README lists the values that make the sandbox answer with each error.</source>
        <translation>プロジェクトとコンテナーは自動的に入力されます。サンドボックスが各エラーを返す値は README に記載されています。</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ConnectionChooser</name>
    <message>
        <location filename="../ui/ConnectionChooser.cpp" line="+104"/>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source>No profile</source>
        <translation>プロファイルなし</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Sandbox on at %1: nothing is created in a real cloud.</source>
        <translation>サンドボックスを %1 で有効にしました。実際のクラウドには何も作成されません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No profile: nothing is sent until you add one (File ▸ Profiles…) or try the sandbox.</source>
        <translation>プロファイルなし: プロファイルを追加する ([ファイル] ▸ [プロファイル]…) か、サンドボックスを試すまで、何も送信されません。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2、%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sandbox (built-in fake Atlas)</source>
        <translation>サンドボックス (組み込みの疑似 Atlas)</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Sandbox off. %1</source>
        <translation>サンドボックスをオフにしました。%1</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Profile &quot;%1&quot;: requests go to %2.</source>
        <translation>プロファイル &quot;%1&quot;: リクエストの送信先は %2 です。</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Starting the sandbox…</source>
        <translation>サンドボックスを起動しています…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sandbox could not start.</source>
        <translation>サンドボックスを起動できませんでした。</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ConnectionSession</name>
    <message>
        <location filename="../app/core/connection/ConnectionSession.cpp" line="+50"/>
        <source>The profile or the sandbox was switched while the request was being prepared: nothing was sent.</source>
        <translation>リクエストの準備中にプロファイルまたはサンドボックスが切り替えられました。何も送信していません。</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ContainerPanel</name>
    <message>
        <location filename="../ui/ContainerPanel.cpp" line="+36"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Atlas CIDR</source>
        <translation>Atlas CIDR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provisioned</source>
        <translation>プロビジョニング済み</translation>
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
        <translation>まずプロジェクトを選択してください。そのネットワークコンテナがここに表示されます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading %1 containers…</source>
        <translation>%1 のコンテナーを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not list containers: %1</source>
        <translation>コンテナーの一覧を取得できませんでした: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This project has no %1 container yet: create one below.</source>
        <translation>このプロジェクトには %1 のコンテナーがまだありません。下で作成してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the container to peer with.</source>
        <translation>ピアリングするコンテナーを選択してください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Hide New Container</source>
        <translation>新しいコンテナーを隠す</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New Container…</source>
        <translation>新しいコンテナー(&amp;N)…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Container %1 already covers this region: choose it in the list above.</source>
        <translation>コンテナー %1 が既にこのリージョンを対象にしています。上の一覧で選択してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating the container…</source>
        <translation>コンテナーを作成しています…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Atlas did not create the container: %1</source>
        <translation>Atlas はコンテナーを作成しませんでした: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created container %1 in %2.</source>
        <translation>%2 にコンテナー %1 を作成しました。</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::FieldFeedback</name>
    <message>
        <location filename="../ui/FieldFeedback.cpp" line="+172"/>
        <source>Use %1</source>
        <translation>%1 を使用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the value with %1. Ctrl+Z in the field brings back what you typed.</source>
        <translation>値を %1 に置き換えます。フィールドで Ctrl+Z を押すと、入力した内容に戻ります。</translation>
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
        <translation>(未入力)</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Added request %1, a copy of the one before.</source>
        <translation>リクエスト %1 を追加しました (前のリクエストのコピー)。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot Open Form</source>
        <translation>フォームを開けません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened.</source>
        <translation>%1 を開けませんでした。</translation>
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
            <numerusform>%1 を開きました (リクエスト %n 件)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot Save Form</source>
        <translation>フォームを保存できません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1. It holds no secret.</source>
        <translation>%1 を保存しました。シークレットは含まれていません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save Form</source>
        <translation>フォームの保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peering Desk forms (*.peering.json);;JSON files (*.json)</source>
        <translation>Peering Desk フォーム (*.peering.json);;JSON ファイル (*.json)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open Form</source>
        <translation>フォームを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peering Desk forms (*.peering.json);;JSON files (*.json);;All files (*)</source>
        <translation>Peering Desk フォーム (*.peering.json);;JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1 first?</source>
        <translation>先に %1 への変更を保存しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this form</source>
        <translation>このフォーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Otherwise what you typed since the last save is lost.</source>
        <translation>保存しない場合、最後に保存してから入力した内容は失われます。</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::FormDocumentControls</name>
    <message>
        <location filename="../ui/FormDocumentControls.cpp" line="+73"/>
        <source>Clear the List</source>
        <translation>一覧をクリア</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Untitled</source>
        <translation>無題</translation>
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
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send no further request; the one in flight is cancelled.</source>
        <translation>これ以上リクエストを送信しません。送信中のものは取り消します。</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::FormPlanControls</name>
    <message>
        <location filename="../ui/FormPlanControls.cpp" line="+69"/>
        <location line="+272"/>
        <source>Stopped: nothing further was sent.</source>
        <translation>停止しました。これ以上は送信していません。</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Reading the form&apos;s projects in Atlas…</source>
        <translation>Atlas でフォームのプロジェクトを読み取っています…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>exists, %1</source>
        <translation>存在、%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exists</source>
        <translation>存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to create</source>
        <translation>作成予定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>differs from Atlas</source>
        <translation>Atlas と相違</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not read</source>
        <translation>未読み取り</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Peering %1 is %2 in Atlas.</source>
        <translation>ピアリング %1 は Atlas で %2 です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 in the form, %3 in Atlas.</source>
        <translation>%1: フォームでは %2、Atlas では %3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not given</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP access list: %1 still to add.</source>
        <translation>IP アクセスリスト: %1 をまだ追加する必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP access list: every range is allowed already.</source>
        <translation>IP アクセスリスト: すべての範囲が既に許可されています。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>changed since the check</source>
        <translation>照合後に変更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check Against Atlas reads the form&apos;s projects and marks each request: exists, to create, differs or conflicts.</source>
        <translation>「Atlas と照合」はフォームのプロジェクトを読み取り、各リクエストに「存在」「作成予定」「相違」「競合」を付けます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked: %1</source>
        <translation>未照合: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n exist(s)</source>
        <translation>
            <numerusform>%n 件存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to create</source>
        <translation>
            <numerusform>作成予定 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n differ(s) from Atlas</source>
        <translation>
            <numerusform>Atlas と相違 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>競合 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invalid</source>
        <translation>
            <numerusform>無効 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not read</source>
        <translation>
            <numerusform>未読み取り %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked against Atlas at %1: %2.</source>
        <translation>%1 に Atlas と照合: %2。</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Created %1 of %n missing peering(s).</source>
        <translation>
            <numerusform>不足していた %n 件のピアリングのうち %1 件を作成しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating request %1 (%2 of %3)…</source>
        <translation>リクエスト %1 を作成中（%2 / %3）…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was not sent: the form&apos;s checks stopped it.</source>
        <translation>リクエスト %1 は送信されませんでした。フォームのチェックで止められました。</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Atlas did not take request %1 (too many requests); it is sent again in %n second(s).</source>
        <translation>
            <numerusform>Atlas はリクエスト %1 を受け付けませんでした（リクエスト過多）。%n 秒後に再送します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>created</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request failed.</source>
        <translation>リクエストは失敗しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may have been created</source>
        <translation>作成された可能性あり</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1: %2</source>
        <translation>リクエスト %1: %2</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::GuidedPanels</name>
    <message>
        <location filename="../ui/GuidedPanels.cpp" line="+43"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Atlas project: pick it from the list (the refresh button lists your projects) or paste its 24-character ID, found in Atlas under Project Settings.</source>
        <translation>Atlas プロジェクトです。一覧から選択する (更新ボタンでプロジェクトの一覧を取得できます) か、24 文字の ID を貼り付けてください。ID は Atlas の Project Settings で確認できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project ID</source>
        <translation>プロジェクト ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID of the Atlas project, 24 hexadecimal characters.</source>
        <translation>Atlas プロジェクトの ID (16 進数 24 文字)。</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Lists need the profile&apos;s credentials: %1</source>
        <translation>一覧の取得にはプロファイルの認証情報が必要です: %1</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::HeadlessSubmitter</name>
    <message numerus="yes">
        <location filename="../app/core/provisioning/HeadlessSubmitter.cpp" line="+122"/>
        <source>peering-desk: %n peering(s) created.</source>
        <translation>
            <numerusform>peering-desk: %n 件のピアリングを作成しました。</numerusform>
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
        <translation>peering-desk: プロファイルがありません。アプリでプロファイルを作成するか、--profile を指定してください。</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>peering-desk: plan: nothing was changed in Atlas.</source>
        <translation>peering-desk: 計画: Atlas では何も変更していません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>peering-desk: there is no profile named &quot;%1&quot;.</source>
        <translation>peering-desk: &quot;%1&quot; という名前のプロファイルはありません。</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+69"/>
        <location line="+183"/>
        <source>peering-desk: request %1: %2: %3</source>
        <translation>peering-desk: リクエスト %1: %2: %3</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>peering-desk: request %1: exists: %2 is peering %3 (%4).</source>
        <translation>peering-desk: リクエスト %1: 存在: %2 はピアリング %3（%4）です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>peering-desk: request %1: to create: %2 with container %3.</source>
        <translation>peering-desk: リクエスト %1: 作成予定: %2（コンテナー %3）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>peering-desk: request %1: differs from peering %2 (%3); it is not changed:</source>
        <translation>peering-desk: リクエスト %1: ピアリング %2（%3）と異なります。変更はしません：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  %1: %2 in the form, %3 in Atlas</source>
        <translation>  %1: フォームでは %2、Atlas では %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>peering-desk: request %1: IP access list: to add %2.</source>
        <translation>peering-desk: リクエスト %1: IP アクセスリスト: %2 を追加予定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peering-desk: request %1: IP access list: %2 already allowed.</source>
        <translation>peering-desk: リクエスト %1: IP アクセスリスト: %2 は許可済み。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>peering-desk: plan: nothing to do.</source>
        <translation>peering-desk: 計画: することはありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>peering-desk: request %1: Atlas did not take the request (HTTP 429); sending it again in %n second(s).</source>
        <translation>
            <numerusform>peering-desk: リクエスト %1: Atlas はリクエストを受け付けませんでした（HTTP 429）。%n 秒後に再送信します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>peering-desk: apply: %n peering(s) to create.</source>
        <translation>
            <numerusform>peering-desk: 適用: 作成するピアリングは %n 件です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>peering-desk: request %1: nothing was sent: %2</source>
        <translation>peering-desk: リクエスト %1: 送信されませんでした: %2</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>peering-desk: request %1: the access list entry was not added: %2</source>
        <translation>peering-desk: リクエスト %1: アクセスリストのエントリは追加されませんでした: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>peering-desk: request %1: %2 already on the IP access list.</source>
        <translation>peering-desk: リクエスト %1: %2 は既に IP アクセスリストにあります。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>peering-desk: request %1: added %2 to the IP access list.</source>
        <translation>peering-desk: リクエスト %1: %2 を IP アクセスリストに追加しました。</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>peering-desk: request %1: peering %2 waits for this step in the cloud:</source>
        <translation>peering-desk: リクエスト %1: ピアリング %2 はクラウド側のこの手順を待っています：</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>peering-desk: request %1: peering %2 waits for this step in the cloud; following it for up to %n minute(s) while it is done:</source>
        <translation>
            <numerusform>peering-desk: リクエスト %1: ピアリング %2 はクラウド側のこの手順を待っています。実施されるまで最大 %n 分間追跡します：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>peering-desk: request %1: peering %2 failed (%3). %4</source>
        <translation>peering-desk: リクエスト %1: ピアリング %2 が失敗しました (%3)。%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no reason given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>peering-desk: request %1: the clusters could not be read: %2</source>
        <translation>peering-desk: リクエスト %1: クラスターを読み取れませんでした：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>peering-desk: request %1: private connection string of %2: %3</source>
        <translation>peering-desk: リクエスト %1: %2 のプライベート接続文字列：%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>peering-desk: request %1: no private connection string yet: %2</source>
        <translation>peering-desk: リクエスト %1: プライベート接続文字列はまだありません：%2</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>peering-desk: request %1: could not follow the peering: %2</source>
        <translation>peering-desk: リクエスト %1: ピアリングを追跡できませんでした: %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>peering-desk: request %1: peering %2 is %3.</source>
        <translation>peering-desk: リクエスト %1: ピアリング %2 は %3 です。</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>peering-desk: request %1: created peering %2 (%3).</source>
        <translation>peering-desk: リクエスト %1: ピアリング %2 (%3) を作成しました。</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::LanguageMenu</name>
    <message>
        <location filename="../ui/LanguageMenu.cpp" line="+16"/>
        <source>System Default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Peering Desk will use %1 after a restart.</source>
        <translation>Peering Desk は再起動後に %1 を使用します。</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+285"/>
        <source>Your AWS VPC</source>
        <translation>お使いの AWS VPC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your Azure VNet</source>
        <translation>お使いの Azure VNet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your Google Cloud VPC network</source>
        <translation>お使いの Google Cloud VPC ネットワーク</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Peering %1 is %2.</source>
        <translation>ピアリング %1 は %2 です。</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>This peering exists in Atlas already (%1, %2): Create opens it instead of sending the request again.</source>
        <translation>このピアリングは Atlas に既に存在します（%1、%2）。作成を押すと、リクエストを再送せずにそれを開きます。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was sent: this request already created its peering.</source>
        <translation>送信されませんでした: このリクエストではピアリングを既に作成しています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was sent: peering %1 exists in Atlas already; its details are open.</source>
        <translation>何も送信していません。ピアリング %1 は Atlas に既に存在します。詳細を開きました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was sent: the pre-flight check found a problem.</source>
        <translation>送信されませんでした: 事前チェックで問題が見つかりました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fix the marked fields first: nothing was sent.</source>
        <translation>先にマークされたフィールドを修正してください。何も送信されていません。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Peering %1 created: %2.</source>
        <translation>ピアリング %1 を作成しました: %2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was sent: %1</source>
        <translation>送信されませんでした: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request failed.</source>
        <translation>リクエストが失敗しました。</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PagedFetch</name>
    <message>
        <location filename="../app/core/transport/PagedFetch.cpp" line="+85"/>
        <source>the list has no &quot;results&quot; array</source>
        <translation>一覧に &quot;results&quot; 配列がありません</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Atlas asked to wait %n second(s) before the next page; the list will continue then.</source>
        <translation>
            <numerusform>Atlas から次のページまで %n 秒待つよう求められました。その後で一覧の読み込みを続けます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringDetailsDialog</name>
    <message>
        <location filename="../ui/PeeringDetailsDialog.cpp" line="+34"/>
        <source>Peering %1</source>
        <translation>ピアリング %1</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringTracker</name>
    <message numerus="yes">
        <location filename="../ui/PeeringTracker.cpp" line="+36"/>
        <source>%1 Next check in %n second(s).</source>
        <translation>
            <numerusform>%1 次の確認は %n 秒後です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You said the step in the cloud is done; following again.</source>
        <translation>クラウドでの手順が完了したとのことなので、追跡を再開します。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Peering %1 (%2)</source>
        <translation>ピアリング %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown provider</source>
        <translation>不明なプロバイダー</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Before you create the Azure peering</source>
        <translation>Azure ピアリングを作成する前に</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas needs permission to peer with your VNet. Run these once, then create the peering.</source>
        <translation>Atlas には VNet とピアリングするための権限が必要です。以下を一度実行してから、ピアリングを作成してください。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I Have Done This in %1</source>
        <translation>%1 で完了しました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept connection %1 in AWS before %2, or AWS expires the request.</source>
        <translation>%2 までに AWS で接続 %1 を承認してください。期限を過ぎると AWS はリクエストを期限切れにします。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not following.</source>
        <translation>追跡していません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Following the peering; Atlas is working on it.</source>
        <translation>ピアリングを追跡しています。Atlas が処理中です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for you: do the step below in your cloud, then press the button.</source>
        <translation>ユーザーの操作待ち: クラウドで以下の手順を実行してから、ボタンを押してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The peering is available.</source>
        <translation>ピアリングは利用可能です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The peering failed.</source>
        <translation>ピアリングが失敗しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas no longer knows this peering; it may have been deleted.</source>
        <translation>Atlas はこのピアリングを認識していません。削除された可能性があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped following because of an error.</source>
        <translation>エラーのため追跡を停止しました。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command %1: %2</source>
        <translation>コマンド %1: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Copy Command %1</source>
        <translation>コマンド %1 をコピー</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy command %1: %2</source>
        <translation>コマンド %1 をコピー: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied the command: %1.</source>
        <translation>コマンドをコピーしました: %1。</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringWatcher</name>
    <message numerus="yes">
        <location filename="../app/core/peering/PeeringWatcher.cpp" line="+112"/>
        <source>Atlas asked to wait %n second(s) before the next check.</source>
        <translation>
            <numerusform>Atlas から、次の確認まで %n 秒待つよう求められました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringsModel</name>
    <message>
        <location filename="../ui/PeeringsModel.cpp" line="+40"/>
        <source>%1 (account %2)</source>
        <translation>%1 (アカウント %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 in %2</source>
        <translation>%2 内の %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not known: the container of this peering has not been read.</source>
        <translation>不明: このピアリングのコンテナーは読み取られていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only AWS peerings have a connection ID.</source>
        <translation>接続 ID があるのは AWS ピアリングのみです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas has not given this value yet.</source>
        <translation>Atlas からこの値はまだ返されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, the region of the peer VPC</source>
        <translation>%1 (ピア VPC のリージョン)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the region of the Atlas container</source>
        <translation>%1 (Atlas コンテナーのリージョン)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, the route table CIDR of the peer VPC</source>
        <translation>%1 (ピア VPC のルートテーブル CIDR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the Atlas CIDR of the container</source>
        <translation>%1 (コンテナーの Atlas CIDR)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Container</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Peer VPC / VNet / Network</source>
        <translation>ピア VPC / VNet / ネットワーク</translation>
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
        <translation>接続 ID</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringsView</name>
    <message>
        <location filename="../ui/PeeringsView.cpp" line="+73"/>
        <source>Peering actions</source>
        <translation>ピアリングの操作</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Loading the peerings of every provider…</source>
        <translation>すべてのプロバイダーのピアリングを読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n peering(s): %1 AWS, %2 Azure, %3 Google Cloud.</source>
        <translation>
            <numerusform>ピアリング %n 件: AWS %1 件、Azure %2 件、Google Cloud %3 件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Some lists could not be read: %2</source>
        <translation>%1 一部の一覧を読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Copied the ID of peering %1.</source>
        <translation>ピアリング %1 の ID をコピーしました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the row of peering %1.</source>
        <translation>ピアリング %1 の行をコピーしました。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Delete Peering</source>
        <translation>ピアリングの削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete peering %1 (%2, %3)?</source>
        <translation>ピアリング %1 (%2、%3) を削除しますか?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applications in that network lose their connection to the clusters.</source>
        <translation>そのネットワーク内のアプリケーションは、クラスターへの接続を失います。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the project&apos;s last AWS peering: Atlas also removes any AWS security groups from the project&apos;s IP access list.</source>
        <translation>これはプロジェクト最後の AWS ピアリングです。Atlas はプロジェクトの IP アクセスリストから AWS セキュリティグループもすべて削除します。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deleting peering %1…</source>
        <translation>ピアリング %1 を削除しています…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Atlas is deleting peering %1.</source>
        <translation>Atlas がピアリング %1 を削除しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted peering %1</source>
        <translation>ピアリング %1 を削除しました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not delete peering %1: %2</source>
        <translation>ピアリング %1 を削除できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PreflightPanel</name>
    <message numerus="yes">
        <location filename="../ui/PreflightPanel.cpp" line="+47"/>
        <source>%n problem(s) would make Atlas refuse this peering.</source>
        <translation>
            <numerusform>%n 件の問題により、Atlas はこのピアリングを拒否します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Ready, with %n warning(s).</source>
        <translation>
            <numerusform>準備完了 (警告 %n 件)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No overlaps, duplicates or limits found.</source>
        <translation>ブロックの重複、重複したピアリング、上限超過は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PrivateConnectionPanel</name>
    <message>
        <location filename="../ui/PrivateConnectionPanel.cpp" line="+80"/>
        <source>Reading the project&apos;s clusters…</source>
        <translation>プロジェクトのクラスターを読み取っています…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the clusters: %1</source>
        <translation>クラスターを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not published yet</source>
        <translation>まだ公開されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private connection string of %1</source>
        <translation>%1 のプライベート接続文字列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the private connection string of %1</source>
        <translation>%1 のプライベート接続文字列をコピー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the private connection string of %1.</source>
        <translation>%1 のプライベート接続文字列をコピーしました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy DNS Commands</source>
        <translation>DNS コマンドをコピー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied the VPC&apos;s DNS commands.</source>
        <translation>VPC の DNS コマンドをコピーしました。</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProblemSummary</name>
    <message numerus="yes">
        <location filename="../ui/ProblemSummary.cpp" line="+47"/>
        <source>%n more</source>
        <translation>
            <numerusform>他 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n field(s) still need a value or a fix: %1.</source>
        <translation>
            <numerusform>%n 個のフィールドに、入力または修正が必要です: %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProfileDialog</name>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="+164"/>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Profile &quot;%1&quot;</source>
        <translation>プロファイル &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stored in the keychain; type to replace</source>
        <translation>キーチェーンに保存済み。置き換えるには入力してください</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Client &amp;ID:</source>
        <translation>クライアント ID(&amp;I):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;ublic key:</source>
        <translation>公開鍵(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client s&amp;ecret:</source>
        <translation>クライアントシークレット(&amp;E):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;rivate key:</source>
        <translation>秘密鍵(&amp;R):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public key</source>
        <translation>公開鍵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter the client ID.</source>
        <translation>クライアント ID を入力してください。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the public key.</source>
        <translation>公開鍵を入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the client secret.</source>
        <translation>クライアントシークレットを入力してください。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the private key.</source>
        <translation>秘密鍵を入力してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fix the marked fields first: nothing was saved.</source>
        <translation>先にマークされたフィールドを修正してください。何も保存されていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved. The secret is in the keychain.</source>
        <translation>保存しました。シークレットはキーチェーンに保存されています。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 copy</source>
        <translation>%1 のコピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 copy %2</source>
        <translation>%1 のコピー %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicated as &quot;%1&quot;. Rename it here and save.</source>
        <translation>&quot;%1&quot; として複製しました。ここで名前を変更して保存してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete Profile</source>
        <translation>プロファイルの削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete profile &quot;%1&quot; and its secret in the keychain?</source>
        <translation>プロファイル &quot;%1&quot; と、キーチェーン内のそのシークレットを削除しますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deleted &quot;%1&quot; and its keychain entry.</source>
        <translation>&quot;%1&quot; とそのキーチェーンエントリを削除しました。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the key typed here</source>
        <translation>ここに入力したキー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the key or the service account first.</source>
        <translation>先にキーまたはサービスアカウントを入力してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the secret from the keychain…</source>
        <translation>キーチェーンからシークレットを読み取っています…</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+10"/>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <location line="-335"/>
        <source>Sandbox (built in)</source>
        <translation>サンドボックス (組み込み)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fake Atlas on this computer; read-only.</source>
        <translation>このコンピューター上の疑似 Atlas です。読み取り専用です。</translation>
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
            <numerusform>接続しました。このキーで参照できるプロジェクトは %n 件です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the Atlas CLI&apos;s profiles…</source>
        <translation>Atlas CLI のプロファイルを読み取っています…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>%n 件のプロファイルをインポートしました: %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProfileStore</name>
    <message>
        <location filename="../app/core/store/ProfileStore.cpp" line="+104"/>
        <source>Enter the service account&apos;s client ID.</source>
        <translation>サービスアカウントのクライアント ID を入力してください。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the API key&apos;s public key.</source>
        <translation>API キーの公開鍵を入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the service account&apos;s client secret.</source>
        <translation>サービスアカウントのクライアントシークレットを入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the API key&apos;s private key.</source>
        <translation>API キーの秘密鍵を入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret does not match the profile&apos;s authentication method.</source>
        <translation>シークレットがプロファイルの認証方法と一致しません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+112"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>&quot;%1&quot; という名前のプロファイルは既に存在します。</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+98"/>
        <location line="+34"/>
        <source>The profile &quot;%1&quot; no longer exists.</source>
        <translation>プロファイル &quot;%1&quot; はもう存在しません。</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Enter the service account&apos;s client ID and secret.</source>
        <translation>サービスアカウントのクライアント ID とシークレットを入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the API key&apos;s public and private key.</source>
        <translation>API キーの公開鍵と秘密鍵を入力してください。</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProjectPicker</name>
    <message>
        <location filename="../ui/ProjectPicker.cpp" line="+24"/>
        <source>Choose a project, or paste its 24-character ID</source>
        <translation>プロジェクトを選択するか、24 文字の ID を貼り付けてください</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Loading projects…</source>
        <translation>プロジェクトを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not list projects: %1 You can still paste a project ID.</source>
        <translation>プロジェクトの一覧を取得できませんでした: %1 プロジェクト ID を貼り付けることはできます。</translation>
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
            <numerusform>%n 件のプロジェクト</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProviderSwitchNotice</name>
    <message>
        <location filename="../ui/ProviderSwitchNotice.cpp" line="+46"/>
        <source>Request %1 created its %2 peering and is now a %3 request. Undo, or keep it and put %3 in a new request.</source>
        <translation>リクエスト %1 は %2 のピアリングを作成済みで、現在は %3 のリクエストになっています。元に戻すか、そのままにして %3 を新しいリクエストにしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request %1 is now a %3 request. Your %2 values stay in this window until you undo or pick another request.</source>
        <translation>リクエスト %1 は %3 のリクエストになりました。%2 の値は、元に戻すか別のリクエストを選ぶまでこのウィンドウに保持されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep %1, Add %2 as a New Request</source>
        <translation>%1 を残し、%2 を新しいリクエストとして追加</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ReadyChecklist</name>
    <message>
        <location filename="../ui/ReadyChecklist.cpp" line="+41"/>
        <source>Atlas has finished the peering with your VNet (AVAILABLE)</source>
        <translation>Atlas が VNet とのピアリングを完了しています (AVAILABLE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The peering is accepted in %1 and AVAILABLE</source>
        <translation>ピアリングが %1 で承認され、AVAILABLE になっています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your VPC&apos;s route tables send Atlas&apos;s CIDR over the peering (tick when done)</source>
        <translation>VPC のルートテーブルが Atlas の CIDR をピアリング経由で送っています (完了したらチェックしてください)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your VPC&apos;s route tables send %1 over the peering (tick when done)</source>
        <translation>VPC のルートテーブルが %1 をピアリング経由で送っています (完了したらチェックしてください)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routes: %1 exchanges them by itself</source>
        <translation>ルート: %1 が自動的に交換します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your network is on the project&apos;s IP access list (ACTIVE)</source>
        <translation>ネットワークがプロジェクトの IP アクセスリストに登録されています (ACTIVE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster&apos;s private connection string is copied</source>
        <translation>クラスターのプライベート接続文字列がコピーされています</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Ready: an application in your network can connect to the cluster.</source>
        <translation>準備完了: ネットワーク内のアプリケーションからクラスターに接続できます。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n step(s) left before an application can connect.</source>
        <translation>
            <numerusform>アプリケーションが接続できるようになるまで、残り %n ステップです。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::RequestPreviewPanel</name>
    <message>
        <location filename="../ui/RequestPreviewPanel.cpp" line="+116"/>
        <source>Then the IP access list entry:</source>
        <translation>続いて IP アクセスリストのエントリ：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create sends the access list entry once the peering is created, and only the ranges no entry of the project allows yet.</source>
        <translation>作成ボタンは、ピアリングの作成後にアクセスリストのエントリを送信します。送信するのは、プロジェクトのどのエントリもまだ許可していない範囲だけです。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The form still has problems: this is what it would send once they are fixed.</source>
        <translation>フォームにまだ問題があります。これは問題が修正された後に送信される内容です。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the HTTP request</source>
        <translation>HTTP リクエスト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the curl command</source>
        <translation>curl コマンド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Atlas CLI command</source>
        <translation>Atlas CLI コマンド</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the Terraform resource</source>
        <translation>Terraform リソース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 をクリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ResultsPanel</name>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="+73"/>
        <source>connection ID</source>
        <translation>接続 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>container ID</source>
        <translation>コンテナー ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error code</source>
        <translation>エラーコード</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide &amp;Raw Response</source>
        <translation>未加工のレスポンスを隠す(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show &amp;Raw Response</source>
        <translation>未加工のレスポンスを表示(&amp;R)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No request sent yet</source>
        <translation>まだリクエストを送信していません</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+39"/>
        <source>Fill in the form and press Create Peering. The created peering and its status, or the error Atlas returned, will appear here.</source>
        <translation>フォームに入力して [ピアリングを作成] を押してください。作成されたピアリングとそのステータス、または Atlas が返したエラーがここに表示されます。</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Not sent yet</source>
        <translation>未送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Create Peering to send this request to Atlas. The created peering with its status and the steps left in your cloud, or the error Atlas returned, will appear here.</source>
        <translation>[ピアリングを作成] を押すと、このリクエストが Atlas に送信されます。作成されたピアリングとそのステータス、クラウドで残っている手順、または Atlas が返したエラーがここに表示されます。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Peering %1: %2</source>
        <translation>ピアリング %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peering created: %1</source>
        <translation>ピアリングを作成しました: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>same as the container (Atlas returns null)</source>
        <translation>コンテナーと同じ (Atlas は null を返します)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Atlas is setting up its side. Next it waits for you to accept the peering request in your AWS account (status PENDING_ACCEPTANCE).</source>
        <translation>Atlas が自身の側を設定しています。次に、お使いの AWS アカウントでピアリングリクエストが承認されるのを待ちます (ステータス PENDING_ACCEPTANCE)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Atlas is setting up its side. Next, create the matching peering from your Google Cloud network to Atlas&apos;s (status WAITING_FOR_USER).</source>
        <translation>Atlas が自身の側を設定しています。次に、お使いの Google Cloud ネットワークから Atlas のネットワークへの対応するピアリングを作成してください (ステータス WAITING_FOR_USER)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas is peering with your VNet. The status becomes AVAILABLE when it is done.</source>
        <translation>Atlas がお使いの VNet とピアリングしています。完了するとステータスが AVAILABLE になります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept peering connection %1 in the AWS VPC console within 7 days, then add a route to the Atlas CIDR in your route tables.</source>
        <translation>7 日以内に AWS VPC コンソールでピアリング接続 %1 を承認し、ルートテーブルに Atlas CIDR へのルートを追加してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the matching peering from your Google Cloud network to Atlas&apos;s network; Atlas then finishes the connection.</source>
        <translation>お使いの Google Cloud ネットワークから Atlas のネットワークへの対応するピアリングを作成してください。その後、Atlas が接続を完了します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The peering is available: traffic can flow once routes and firewall rules allow it.</source>
        <translation>ピアリングは利用可能です。ルートとファイアウォールルールで許可されると、トラフィックが流れます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering failed: %1</source>
        <translation>ピアリングが失敗しました: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering is being deleted.</source>
        <translation>ピアリングを削除しています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Atlas reported a status this version of Peering Desk does not know.</source>
        <translation>Atlas が、このバージョンの Peering Desk では認識できないステータスを報告しました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain said: %1</source>
        <translation>キーチェーンからのメッセージ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials unavailable</source>
        <translation>認証情報を利用できません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No profile</source>
        <translation>プロファイルなし</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Profile: &quot;%1&quot;.</source>
        <translation>プロファイル: &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>peering ID</source>
        <translation>ピアリング ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>response</source>
        <translation>レスポンス</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied the %1 to the clipboard.</source>
        <translation>%1 をクリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::SandboxSession</name>
    <message>
        <location filename="../app/sandbox/SandboxSession.cpp" line="+31"/>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>サンドボックスが 127.0.0.1 で待ち受けできませんでした。</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::SecretServiceLookup</name>
    <message>
        <location filename="../app/core/store/SecretServiceLookup.cpp" line="+53"/>
        <source>the Secret Service did not answer</source>
        <translation>Secret Service が応答しませんでした</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the entry is in a locked keyring; unlock it first</source>
        <translation>エントリはロックされたキーリング内にあります。先にロックを解除してください</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::SubmitProgress</name>
    <message>
        <location filename="../ui/SubmitProgress.cpp" line="+18"/>
        <source>Reading the API key from the keychain…</source>
        <translation>キーチェーンから API キーを読み取っています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading credentials…</source>
        <translation>認証情報を読み取っています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your keychain may ask whether Peering Desk may use the stored key.</source>
        <translation>保存されたキーを Peering Desk が使用してよいか、キーチェーンから確認される場合があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending to %1…</source>
        <translation>%1 に送信しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the peering…</source>
        <translation>ピアリングを作成しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for %1. Press Cancel or Esc to stop waiting.</source>
        <translation>%1 を待っています。待機を中止するには、キャンセルまたは Esc を押してください。</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::TokenProvider</name>
    <message>
        <location filename="../app/core/transport/TokenProvider.cpp" line="+105"/>
        <source>the token endpoint answered HTTP %1 (%2)</source>
        <translation>トークンエンドポイントが HTTP %1 (%2) を返しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the token endpoint answered HTTP %1 without a usable token</source>
        <translation>トークンエンドポイントが使用可能なトークンなしで HTTP %1 を返しました</translation>
    </message>
</context>
<context>
    <name>PeeringDetailsDialog</name>
    <message>
        <location filename="../ui/PeeringDetailsDialog.ui" line="+14"/>
        <source>Peering Details</source>
        <translation>ピアリングの詳細</translation>
    </message>
</context>
<context>
    <name>PeeringIdentity</name>
    <message>
        <location filename="../app/core/peering/PeeringIdentity.cpp" line="+51"/>
        <source>AWS VPC %1 of account %2</source>
        <translation>アカウント %2 の AWS VPC %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure VNet %1 in resource group %2</source>
        <translation>リソースグループ %2 の Azure VNet %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google Cloud network %1 of project %2</source>
        <translation>プロジェクト %2 の Google Cloud ネットワーク %1</translation>
    </message>
</context>
<context>
    <name>PeeringTracker</name>
    <message>
        <location filename="../ui/PeeringTracker.ui" line="+24"/>
        <source>Tracked peering</source>
        <translation>追跡中のピアリング</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Following</source>
        <translation>追跡状況</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status timeline</source>
        <translation>ステータスのタイムライン</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Why the peering failed</source>
        <translation>ピアリングが失敗した理由</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>AWS acceptance deadline</source>
        <translation>AWS での承認期限</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>I Have Done This</source>
        <translation>完了しました</translation>
    </message>
</context>
<context>
    <name>PeeringsView</name>
    <message>
        <location filename="../ui/PeeringsView.ui" line="+21"/>
        <source>Peerings</source>
        <translation>ピアリング</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every peering of the project. Enter shows the details of the selected peering, Ctrl+C copies its ID, the menu key or Shift+F10 opens its actions.</source>
        <translation>プロジェクトのすべてのピアリングです。Enter で選択したピアリングの詳細を表示し、Ctrl+C で ID をコピーし、メニューキーまたは Shift+F10 で操作メニューを開きます。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show &amp;Details</source>
        <translation>詳細を表示(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The peering&apos;s fields, status and next steps</source>
        <translation>ピアリングのフィールド、ステータス、次の手順</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy Peering &amp;ID</source>
        <translation>ピアリング ID をコピー(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy &amp;Row</source>
        <translation>行をコピー(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every column of the peering, tab-separated</source>
        <translation>ピアリングのすべての列 (タブ区切り)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De&amp;lete Peering…</source>
        <translation>ピアリングを削除(&amp;L)…</translation>
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
        <translation>Authorization: Bearer &lt;サービスアカウントのトークン。送信時に取得&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization: Digest &lt;answered with the profile&apos;s API key&gt;</source>
        <translation>Authorization: Digest &lt;プロファイルの API キーで応答&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Set ATLAS_CLIENT_ID and ATLAS_CLIENT_SECRET first; the token request needs jq.</source>
        <translation>先に ATLAS_CLIENT_ID と ATLAS_CLIENT_SECRET を設定してください。トークンのリクエストには jq が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set ATLAS_PUBLIC_KEY and ATLAS_PRIVATE_KEY first: the keys never appear in the command.</source>
        <translation>先に ATLAS_PUBLIC_KEY と ATLAS_PRIVATE_KEY を設定してください。キーがコマンドに含まれることはありません。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="+6"/>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These apply to every profile, to the sandbox and to --submit. Changes take effect at once.</source>
        <translation>これらの設定は、すべてのプロファイル、サンドボックス、--submit に適用されます。変更はすぐに反映されます。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Wait for an answer at most:</source>
        <translation>応答の最大待ち時間(&amp;W):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request timeout in seconds</source>
        <translation>リクエストのタイムアウト (秒)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long Peering Desk waits for a whole answer from Atlas, in every profile. A request that takes longer is stopped and reported; the form is kept.</source>
        <translation>すべてのプロファイルで、Peering Desk が Atlas からの完全な応答を待つ時間です。これより長くかかるリクエストは中止して報告します。フォームの内容はそのまま残ります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From 5 to 300 seconds; 30 by default. A request stopped this way may still have been processed by Atlas.</source>
        <translation>5～300 秒で指定します (既定値は 30 秒)。この方法で中止したリクエストも、Atlas で処理されている場合があります。</translation>
    </message>
</context>
<context>
    <name>PreflightCheck</name>
    <message>
        <location filename="../app/core/peering/PreflightCheck.cpp" line="+32"/>
        <source>%1 is already peered with this project (peering %2, %3).</source>
        <translation>%1 はこのプロジェクトとすでにピアリングされています（ピアリング %2、%3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is still being removed from this project (peering %2, %3). Atlas accepts it again once that peering is gone: refresh the peerings in a few minutes, then create it.</source>
        <translation>%1 はまだこのプロジェクトから削除中です（ピアリング %2、%3）。そのピアリングがなくなると Atlas は再び受け付けます。数分後にピアリング一覧を更新してから作成してください。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The container is a %1 container, but the peering is for %2: choose a %2 container.</source>
        <translation>コンテナーは %1 のコンテナーですが、ピアリングは %2 向けです。%2 のコンテナーを選択してください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your VPC block %1 overlaps the container&apos;s Atlas block %2: traffic could not be routed. Choose a VPC block outside %2, or another container.</source>
        <translation>お使いの VPC ブロック %1 がコンテナーの Atlas ブロック %2 と重複しているため、トラフィックをルーティングできません。%2 の範囲外の VPC ブロックを選択するか、別のコンテナーを選択してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>VPC %1 of account %2</source>
        <translation>アカウント %2 の VPC %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>VNet %1 of subscription %2</source>
        <translation>サブスクリプション %2 の VNet %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network %1 of Google Cloud project %2</source>
        <translation>Google Cloud プロジェクト %2 のネットワーク %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Your VPC block %1 overlaps %2 of peering %3 (VPC %4): Atlas could not tell the two networks apart. Use a block that overlaps no other peer.</source>
        <translation>お使いの VPC ブロック %1 が、ピアリング %3 (VPC %4) の %2 と重複しているため、Atlas は 2 つのネットワークを区別できません。他のどのピアとも重複しないブロックを使用してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cross-region peering: Atlas is in %1 (%2) and your VPC in %3. Accept the request in %3; security-group references do not work across regions, so use CIDR blocks in the access list.</source>
        <translation>クロスリージョンピアリング: Atlas は %1 (%2)、お使いの VPC は %3 にあります。%3 でリクエストを承認してください。セキュリティグループの参照はリージョンをまたいで機能しないため、アクセスリストには CIDR ブロックを使用してください。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The project already has %1 peerings, the most Atlas allows (%2). Delete one you no longer need first.</source>
        <translation>このプロジェクトには既に %1 件のピアリングがあり、Atlas の上限 (%2) に達しています。先に不要なピアリングを削除してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 peerings are waiting for acceptance, the most Atlas allows (%2). Accept or delete some of them first.</source>
        <translation>承認待ちのピアリングが %1 件あり、Atlas の上限 (%2) に達しています。先にいくつかを承認または削除してください。</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../ui/PreflightPanel.ui" line="+28"/>
        <source>Pre-flight findings</source>
        <translation>事前チェックの結果</translation>
    </message>
</context>
<context>
    <name>PrivateConnection</name>
    <message>
        <location filename="../app/core/peering/PrivateConnection.cpp" line="+15"/>
        <source>Turn on DNS resolution and DNS hostnames in the VPC</source>
        <translation>VPC で DNS 解決と DNS ホスト名を有効にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without them the cluster&apos;s private host names resolve to public addresses, and the application does not use the peering. Run both, one after the other (AWS takes one attribute per call). A VPC with its own DNS servers also needs Atlas&apos;s custom DNS for AWS turned on in the project.</source>
        <translation>これらを有効にしないと、クラスターのプライベートホスト名がパブリックアドレスに解決され、アプリケーションはピアリングを使用しません。2 つのコマンドを順番に実行してください (AWS は 1 回の呼び出しで 1 つの属性しか受け付けません)。独自の DNS サーバーを使用する VPC では、プロジェクトで Atlas の AWS 用カスタム DNS も有効にする必要があります。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cluster of this project runs in %1, where the peered container is. A cluster created there uses this peering; clusters elsewhere need a peering of their own.</source>
        <translation>ピアリングされたコンテナーがある %1 で動作しているクラスターは、このプロジェクトにありません。そこで作成したクラスターはこのピアリングを使用します。ほかの場所のクラスターには、それぞれ専用のピアリングが必要です。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Atlas publishes the private connection strings once the peering is AVAILABLE; it is %1 now.</source>
        <translation>Atlas は、ピアリングが AVAILABLE になるとプライベート接続文字列を公開します。現在のステータス: %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet known</source>
        <translation>まだ不明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering is AVAILABLE, but Atlas has not published the private connection strings yet: a cluster created before the peering takes a few minutes more. Refresh in a moment.</source>
        <translation>ピアリングは AVAILABLE ですが、Atlas はまだプライベート接続文字列を公開していません。ピアリングより前に作成されたクラスターでは、数分余計にかかります。しばらくしてから更新してください。</translation>
    </message>
</context>
<context>
    <name>PrivateConnectionPanel</name>
    <message>
        <location filename="../ui/PrivateConnectionPanel.ui" line="+6"/>
        <location line="+3"/>
        <source>Private connection string</source>
        <translation>プライベート接続文字列</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applications in your network reach a cluster over the peering only through its private connection string; the standard one resolves to public addresses.</source>
        <translation>ネットワーク内のアプリケーションがピアリング経由でクラスターに接続するには、プライベート接続文字列を使う必要があります。標準の接続文字列はパブリックアドレスに解決されます。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Re&amp;fresh Clusters</source>
        <translation>クラスターを更新(&amp;F)</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/core/store/Profile.cpp" line="+34"/>
        <source>Give the profile a name.</source>
        <translation>プロファイルに名前を付けてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use up to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>英字、数字、スペース、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; を最大 64 文字まで使用できます。先頭は英字または数字にしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;sandbox&quot; is reserved for the built-in sandbox.</source>
        <translation>&quot;sandbox&quot; は組み込みのサンドボックス用に予約されています。</translation>
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
        <translation>カスタム URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Service account</source>
        <translation>サービスアカウント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="+6"/>
        <location line="+63"/>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Profiles keep where Atlas is and how to sign in. Secrets go to the system keychain only; everything else to the settings.</source>
        <translation>プロファイルには、Atlas の場所とサインイン方法を保存します。シークレットはシステムのキーチェーンにのみ保存され、それ以外は設定に保存されます。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No Atlas profile yet. Press New and give it a name, where Atlas is and an API key or a service account; or import the Atlas CLI&apos;s profiles. The sandbox below needs none.</source>
        <translation>Atlas プロファイルがまだありません。[新規] を押して、名前、Atlas の場所、API キーまたはサービスアカウントを指定するか、Atlas CLI のプロファイルをインポートしてください。下のサンドボックスにはプロファイルは不要です。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import from Atlas CLI…</source>
        <translation>Atlas CLI からインポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the profiles of the Atlas CLI (its config file, and its secrets from the keychain) so you do not retype keys.</source>
        <translation>Atlas CLI のプロファイル (設定ファイルと、キーチェーン内のシークレット) を読み込み、キーを再入力しなくて済むようにします。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Na&amp;me:</source>
        <translation>名前(&amp;M):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>work</source>
        <translation>work</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name for this connection, like the Atlas CLI&apos;s profiles: &quot;prod&quot;, &quot;staging&quot;, &quot;acme-org&quot;.</source>
        <translation>この接続の名前です。Atlas CLI のプロファイルと同様に、&quot;prod&quot;、&quot;staging&quot;、&quot;acme-org&quot; などを付けます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the profile.</source>
        <translation>プロファイルの名前。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Environment:</source>
        <translation>環境(&amp;E):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MongoDB Atlas (cloud.mongodb.com), Atlas for Government (cloud.mongodbgov.com), or a custom URL such as the sandbox.</source>
        <translation>MongoDB Atlas (cloud.mongodb.com)、Atlas for Government (cloud.mongodbgov.com)、またはサンドボックスなどのカスタム URL。</translation>
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
        <translation>カスタム URL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Base &amp;URL:</source>
        <translation>ベース URL(&amp;U):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>https://cloud.mongodb.com</source>
        <translation>https://cloud.mongodb.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only for a custom environment. Plain http is allowed only for this computer (127.0.0.1, localhost).</source>
        <translation>カスタム環境の場合のみ使用します。暗号化されていない http は、このコンピューター (127.0.0.1、localhost) に対してのみ使用できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base URL of the Atlas Administration API.</source>
        <translation>Atlas Administration API のベース URL。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Authentication:</source>
        <translation>認証(&amp;A):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A programmatic API key (HTTP Digest) or a service account (OAuth 2.0 client credentials, which Atlas recommends).</source>
        <translation>プログラムによる API キー (HTTP Digest)、またはサービスアカウント (OAuth 2.0 クライアント資格情報。Atlas の推奨) です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service account</source>
        <translation>サービスアカウント</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>P&amp;ublic key:</source>
        <translation>公開鍵(&amp;U):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>abcdefgh</source>
        <translation>abcdefgh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The public key of a programmatic API key (Organization or Project Access Manager &gt; API Keys), or the client ID of a service account.</source>
        <translation>プログラムによる API キーの公開鍵 (Organization または Project Access Manager &gt; API Keys)、またはサービスアカウントのクライアント ID です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public key</source>
        <translation>公開鍵</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public key or client ID.</source>
        <translation>公開鍵またはクライアント ID。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>P&amp;rivate key:</source>
        <translation>秘密鍵(&amp;R):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</source>
        <translation>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown once in Atlas when the key or secret is created. Stored only in the system keychain.</source>
        <translation>キーまたはシークレットの作成時に Atlas で一度だけ表示されます。システムのキーチェーンにのみ保存されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private key or client secret, stored only in the keychain.</source>
        <translation>秘密鍵またはクライアントシークレット。キーチェーンにのみ保存されます。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>S&amp;how the secret while typing</source>
        <translation>入力中にシークレットを表示(&amp;H)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default &amp;project:</source>
        <translation>既定のプロジェクト(&amp;P):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>5f3e2d1c0b9a887766554433</source>
        <translation>5f3e2d1c0b9a887766554433</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: the project ID the form starts with when this profile is chosen.</source>
        <translation>省略可能: このプロファイルを選択したときにフォームに最初に入力されるプロジェクト ID です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default project</source>
        <translation>既定のプロジェクト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default Atlas project ID, optional.</source>
        <translation>既定の Atlas プロジェクト ID (省略可能)。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Test Connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in and list one project, without saving anything.</source>
        <translation>何も保存せずにサインインし、プロジェクトを 1 つ一覧表示します。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save Profile</source>
        <translation>プロファイルを保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sandbox (built in, read-only)</source>
        <translation>サンドボックス (組み込み、読み取り専用)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A fake Atlas on this computer (127.0.0.1), built into Peering Desk. It answers like Atlas, with a demo project and containers, and creates nothing in a real cloud. Its key is made up each time it starts, so there is nothing to enter or keep.</source>
        <translation>Peering Desk に組み込まれた、このコンピューター (127.0.0.1) 上の疑似 Atlas です。デモ用のプロジェクトとコンテナーを使って Atlas と同じように応答し、実際のクラウドには何も作成しません。キーは起動のたびに生成されるため、入力や保存は不要です。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Built in: it cannot be edited, renamed or deleted. File ▸ Use the Sandbox turns it on and off.</source>
        <translation>組み込みのため、編集、名前の変更、削除はできません。[ファイル] ▸ [サンドボックスを使用] でオンとオフを切り替えます。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Use the Sandbox</source>
        <translation>サンドボックスを使用(&amp;U)</translation>
    </message>
</context>
<context>
    <name>ProjectPicker</name>
    <message>
        <location filename="../ui/ProjectPicker.ui" line="+32"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List the projects of this profile</source>
        <translation>このプロファイルのプロジェクトを一覧表示します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;List Projects</source>
        <translation>プロジェクトを一覧表示(&amp;L)</translation>
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
        <translation>クラウドプロバイダーが変更されました</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back to the cloud this request had, with its values.</source>
        <translation>このリクエストの元のクラウドに、その値とともに戻ります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This request stays as it was; a new request of the other cloud is added to the form.</source>
        <translation>このリクエストはそのまま残り、もう一方のクラウドの新しいリクエストがフォームに追加されます。</translation>
    </message>
</context>
<context>
    <name>ReadyChecklist</name>
    <message>
        <location filename="../ui/ReadyChecklist.ui" line="+6"/>
        <source>Ready to connect?</source>
        <translation>接続の準備はできていますか?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection checklist</source>
        <translation>接続チェックリスト</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Steps to a working connection</source>
        <translation>接続できるようになるまでの手順</translation>
    </message>
</context>
<context>
    <name>RequestExporter</name>
    <message>
        <location filename="../app/core/provisioning/RequestExporter.cpp" line="+83"/>
        <source>The Atlas CLI uses one --region for both the Atlas container and your VPC, and picks (or creates) the container of that region itself: it cannot target container %1, and it cannot peer across regions. Use curl or Terraform when the container&apos;s region is not %2.</source>
        <translation>Atlas CLI は Atlas コンテナーとお使いの VPC の両方に 1 つの --region を使用し、そのリージョンのコンテナーを自動で選択 (または作成) します。そのため、コンテナー %1 を指定することも、リージョンをまたいでピアリングすることもできません。コンテナーのリージョンが %2 でない場合は、curl または Terraform を使用してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace &lt;ATLAS_REGION&gt; with the Atlas region of container %1 (for example US_EAST_2): the CLI finds the container by region, not by id. It also lower-cases the resource group name.</source>
        <translation>&lt;ATLAS_REGION&gt; をコンテナー %1 の Atlas リージョン (例: US_EAST_2) に置き換えてください。CLI は ID ではなくリージョンでコンテナーを検索します。また、リソースグループ名を小文字に変換します。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The CLI requires --atlasCidrBlock even though it reuses the project&apos;s existing Google Cloud container (%1): replace &lt;ATLAS_CIDR&gt; with that container&apos;s Atlas CIDR.</source>
        <translation>CLI はプロジェクトの既存の Google Cloud コンテナー (%1) を再利用するにもかかわらず、--atlasCidrBlock を必須としています。&lt;ATLAS_CIDR&gt; をそのコンテナーの Atlas CIDR に置き換えてください。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Credentials come from the provider block or the MONGODB_ATLAS_* environment variables, never from this file.</source>
        <translation>認証情報は provider ブロックまたは MONGODB_ATLAS_* 環境変数から取得され、このファイルから取得されることはありません。</translation>
    </message>
</context>
<context>
    <name>RequestFailure</name>
    <message>
        <location filename="../app/core/transport/RequestFailure.cpp" line="+16"/>
        <source>Cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timed out</source>
        <translation>タイムアウトしました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host not found</source>
        <translation>ホストが見つかりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure connection failed</source>
        <translation>セキュリティで保護された接続に失敗しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication failed (HTTP 401)</source>
        <translation>認証に失敗しました (HTTP 401)</translation>
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
        <translation>Atlas 以外からの HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected response</source>
        <translation>予期しないレスポンス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No usable credentials</source>
        <translation>使用可能な認証情報がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redirected (HTTP %1), not followed</source>
        <translation>リダイレクト (HTTP %1) — 追従していません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request was cancelled. If it had already reached Atlas, the peering may still be created: check the project&apos;s peerings before you try again.</source>
        <translation>リクエストはキャンセルされました。既に Atlas に届いていた場合、ピアリングが作成される可能性があります。再試行する前に、プロジェクトのピアリングを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer in time. The request may still have been processed: check the project&apos;s peerings before you try again.</source>
        <translation>%1 が時間内に応答しませんでした。リクエストは処理された可能性があります。再試行する前に、プロジェクトのピアリングを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is listening at %1. Check the base URL, or start the sandbox.</source>
        <translation>%1 で待ち受けているものがありません。ベース URL を確認するか、サンドボックスを起動してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host %1 could not be found. Check the base URL, your DNS and your proxy settings.</source>
        <translation>ホスト %1 が見つかりませんでした。ベース URL、DNS、プロキシの設定を確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection to %1 failed: %2. Peering Desk never ignores certificate problems; check the system clock, your proxy and the base URL.</source>
        <translation>%1 へのセキュリティで保護された接続に失敗しました: %2。Peering Desk は証明書の問題を無視しません。システムの時計、プロキシ、ベース URL を確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 failed: %2.</source>
        <translation>%1 への接続に失敗しました: %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas rejected the credentials. Check the public and private key (or the service account), and that it has access to this project.</source>
        <translation>Atlas が認証情報を拒否しました。公開鍵と秘密鍵 (またはサービスアカウント) と、それがこのプロジェクトにアクセスできることを確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Atlas answered with error %1.</source>
        <translation>Atlas がエラー %1 を返しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered HTTP %1 with a body that is not an Atlas error, so a proxy or gateway may be in the way. It began: %2</source>
        <translation>サーバーは HTTP %1 を返しましたが、本文が Atlas のエラーではないため、プロキシまたはゲートウェイが介在している可能性があります。本文の先頭: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered HTTP %1, but not with the JSON Atlas sends: %2.</source>
        <translation>サーバーは HTTP %1 を返しましたが、Atlas が送信する JSON ではありませんでした: %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set an API key or a service account before sending requests.</source>
        <translation>リクエストを送信する前に、API キーまたはサービスアカウントを設定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not authenticate: %1</source>
        <translation>認証できませんでした: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no location given)</source>
        <translation>(転送先の指定なし)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered with a redirect to %2. Peering Desk never follows redirects, so neither the request nor your credentials went there. Check the base URL of the connection: Atlas itself does not redirect API calls.</source>
        <translation>%1 は %2 へのリダイレクトを返しました。Peering Desk はリダイレクトに従わないため、リクエストも認証情報もそこへは送られていません。接続のベース URL を確認してください。Atlas 自体は API 呼び出しをリダイレクトしません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was sent to %1: %2</source>
        <translation>%1 には何も送信されていません: %2</translation>
    </message>
</context>
<context>
    <name>RequestPreviewPanel</name>
    <message>
        <location filename="../ui/RequestPreviewPanel.ui" line="+9"/>
        <source>Exactly what Create Peering sends, or the same request for another tool. Secrets never appear here.</source>
        <translation>[ピアリングを作成] で送信される内容そのもの、または別のツール用の同じリクエストです。シークレットはここには表示されません。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show &amp;as:</source>
        <translation>表示形式(&amp;A):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the request as</source>
        <translation>リクエストの表示形式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP request</source>
        <translation>HTTP リクエスト</translation>
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
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the shown text</source>
        <translation>表示されているテキストをコピーします</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Request preview</source>
        <translation>リクエストのプレビュー</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../ui/ResultsPanel.ui" line="+9"/>
        <source>No request sent yet</source>
        <translation>まだリクエストを送信していません</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Fill in the form and press Create Peering. The created peering and its status, or the error Atlas returned, will appear here.</source>
        <translation>フォームに入力して [ピアリングを作成] を押してください。作成されたピアリングとそのステータス、または Atlas が返したエラーがここに表示されます。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Peering &amp;ID:</source>
        <translation>ピアリング ID(&amp;I):</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+103"/>
        <location line="+57"/>
        <location line="+205"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="-362"/>
        <location line="+103"/>
        <location line="+57"/>
        <location line="+205"/>
        <source>Copy to the clipboard</source>
        <translation>クリップボードにコピーします</translation>
    </message>
    <message>
        <location line="-349"/>
        <source>Provider:</source>
        <translation>プロバイダー:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Status:</source>
        <translation>ステータス(&amp;S):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Co&amp;nnection ID:</source>
        <translation>接続 ID(&amp;N):</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Container ID:</source>
        <translation>コンテナー ID:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Accepter region:</source>
        <translation>承認側リージョン:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Error state:</source>
        <translation>エラー状態:</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+79"/>
        <source>HTTP status:</source>
        <translation>HTTP ステータス:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Error &amp;code:</source>
        <translation>エラーコード(&amp;C):</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Reason:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Detail:</source>
        <translation>詳細:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Parameters:</source>
        <translation>パラメーター:</translation>
    </message>
    <message>
        <location line="-575"/>
        <source>Result headline</source>
        <translation>結果の見出し</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Result message</source>
        <translation>結果のメッセージ</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Result: peering ID</source>
        <translation>結果: ピアリング ID</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy the peering ID</source>
        <translation>ピアリング ID をコピー</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Result: provider</source>
        <translation>結果: プロバイダー</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Result: status</source>
        <translation>結果: ステータス</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Result: connection ID</source>
        <translation>結果: 接続 ID</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy the connection ID</source>
        <translation>接続 ID をコピー</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Result: container ID</source>
        <translation>結果: コンテナー ID</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy the container ID</source>
        <translation>コンテナー ID をコピー</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Result: accepter region</source>
        <translation>結果: 承認側リージョン</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Result: error state</source>
        <translation>結果: エラー状態</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Result: HTTP status</source>
        <translation>結果: HTTP ステータス</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Atlas error: HTTP status</source>
        <translation>Atlas エラー: HTTP ステータス</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Atlas error code</source>
        <translation>Atlas エラーコード</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy the Atlas error code</source>
        <translation>Atlas エラーコードをコピー</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Atlas error reason</source>
        <translation>Atlas エラーの理由</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Atlas error detail</source>
        <translation>Atlas エラーの詳細</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Atlas error parameters</source>
        <translation>Atlas エラーのパラメーター</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fields Atlas rejected:</source>
        <translation>Atlas が拒否したフィールド:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fields Atlas rejected</source>
        <translation>Atlas が拒否したフィールド</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open &amp;Profiles…</source>
        <translation>プロファイルを開く(&amp;P)…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show &amp;Raw Response</source>
        <translation>未加工のレスポンスを表示(&amp;R)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copy Response</source>
        <translation>レスポンスをコピー</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy the raw response</source>
        <translation>未加工のレスポンスをコピーします</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Raw response</source>
        <translation>未加工のレスポンス</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="-311"/>
        <source>no HTTP answer</source>
        <translation>HTTP 応答なし</translation>
    </message>
</context>
<context>
    <name>SavedForm</name>
    <message>
        <location filename="../app/core/provisioning/SavedForm.cpp" line="+72"/>
        <location line="+130"/>
        <source>The file is larger than %1 KiB; a saved form is never that big.</source>
        <translation>ファイルが %1 KiB を超えています。保存されたフォームがこれほど大きくなることはありません。</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Line %1, column %2: %3.</source>
        <translation>%1 行目、%2 列目: %3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a Peering Desk form: the file must hold one JSON object.</source>
        <translation>これは Peering Desk のフォームではありません: ファイルには JSON オブジェクトが 1 つ含まれている必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a Peering Desk form: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>これは Peering Desk のフォームではありません: &quot;format&quot; は &quot;%1&quot; である必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;version&quot; must be a whole number.</source>
        <translation>&quot;version&quot; は整数である必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This form was saved in format version %1, by a newer Peering Desk; this version reads version %2. Update Peering Desk to open it.</source>
        <translation>このフォームは、より新しい Peering Desk によってフォーマットバージョン %1 で保存されています。このバージョンが読み込めるのはバージョン %2 です。開くには Peering Desk を更新してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;version&quot; %1 does not exist; the first version is 1.</source>
        <translation>&quot;version&quot; %1 は存在しません。最初のバージョンは 1 です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;profile&quot; must be a string.</source>
        <translation>&quot;profile&quot; は文字列である必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;requests&quot; must be a list of peering requests.</source>
        <translation>&quot;requests&quot; はピアリングリクエストのリストである必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A form holds at most %1 requests; this one has %2.</source>
        <translation>フォームに含められるリクエストは最大 %1 件ですが、このフォームには %2 件あります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be an object.</source>
        <translation>%1 はオブジェクトである必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.groupId must be a string.</source>
        <translation>%1.groupId は文字列である必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.%2 must be true or false.</source>
        <translation>%1.%2 は true または false である必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.peer must be an object with the request body.</source>
        <translation>%1.peer は、リクエスト本文を含むオブジェクトである必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.peer.%2 must be a string.</source>
        <translation>%1.peer.%2 は文字列である必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.peer.providerName must be &quot;AWS&quot;, &quot;AZURE&quot; or &quot;GCP&quot;.</source>
        <translation>%1.peer.providerName は &quot;AWS&quot;、&quot;AZURE&quot;、&quot;GCP&quot; のいずれかである必要があります。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1.accessList must be an object with a list &quot;cidrBlocks&quot;.</source>
        <translation>%1.accessList は、リスト &quot;cidrBlocks&quot; を含むオブジェクトである必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.accessList.cidrBlocks must hold strings.</source>
        <translation>%1.accessList.cidrBlocks には文字列を含める必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.accessList.comment must be a string.</source>
        <translation>%1.accessList.comment は文字列である必要があります。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a regular file (a pipe, device or folder): save the form to a file and open that.</source>
        <translation>%1 は通常のファイルではありません (パイプ、デバイス、またはフォルダーです)。フォームをファイルに保存して、そのファイルを開いてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open %1: %2.</source>
        <translation>%1 を開けません: %2。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <source>Cannot save %1: %2.</source>
        <translation>%1 を保存できません: %2。</translation>
    </message>
</context>
</TS>
