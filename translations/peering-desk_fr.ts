<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../ui/AboutBox.cpp" line="+11"/>
        <source>About Peering Desk</source>
        <translation>À propos de Peering Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Peering Desk %1&lt;/h3&gt;&lt;p&gt;Creates MongoDB Atlas network peering connections for AWS, Azure and Google Cloud, with credentials kept in the system keychain.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;MongoDB and Atlas are trademarks of MongoDB, Inc. Peering Desk is not affiliated with MongoDB, Inc.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Peering Desk %1&lt;/h3&gt;&lt;p&gt;Crée des connexions d&apos;appairage réseau MongoDB Atlas pour AWS, Azure et Google Cloud, avec des identifiants conservés dans le trousseau du système.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2 (exécuté sous Qt %3).&lt;/p&gt;&lt;p&gt;MongoDB et Atlas sont des marques de MongoDB, Inc. Peering Desk n&apos;est pas affilié à MongoDB, Inc.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccessListAdvice</name>
    <message>
        <location filename="../app/core/peering/AccessListAdvice.cpp" line="+39"/>
        <source>The VPC&apos;s CIDR block is offered; narrow it to the subnets of your application if you prefer.</source>
        <translation>Le bloc CIDR du VPC est proposé&#xa0;; restreignez-le aux sous-réseaux de votre application si vous préférez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This peering crosses regions (%1 to %2): AWS does not let a security group be referenced across regions, so the access list needs the CIDR blocks, not a security group.</source>
        <translation>Cet appairage est inter-régions (de %1 vers %2)&#xa0;: AWS ne permet pas de référencer un groupe de sécurité d&apos;une région à l&apos;autre, la liste d&apos;accès a donc besoin des blocs CIDR, et non d&apos;un groupe de sécurité.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Atlas does not know your VNet&apos;s ranges: enter its address space, or the subnets your application runs in (az network vnet show --query addressSpace).</source>
        <translation>Atlas ne connaît pas les plages de votre VNet&#xa0;: saisissez son espace d&apos;adressage, ou les sous-réseaux où s&apos;exécute votre application (az network vnet show --query addressSpace).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Atlas does not know your network&apos;s ranges: enter the subnet ranges your application runs in (gcloud compute networks subnets list --network=%1).</source>
        <translation>Atlas ne connaît pas les plages de votre réseau&#xa0;: saisissez les plages des sous-réseaux où s&apos;exécute votre application (gcloud compute networks subnets list --network=%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On GKE, add the cluster&apos;s Pod range too: GKE does not translate Pod addresses to the node&apos;s, so connections arrive from the Pod range.</source>
        <translation>Sur GKE, ajoutez aussi la plage de pods du cluster&#xa0;: GKE ne traduit pas les adresses des pods en celle du nœud, les connexions arrivent donc depuis la plage de pods.</translation>
    </message>
</context>
<context>
    <name>AccessListExporter</name>
    <message>
        <location filename="../app/core/provisioning/AccessListExporter.cpp" line="+63"/>
        <source>Add depends_on with the peering&apos;s resource when both are in one configuration: Atlas accepts the entry at any time, but it only carries traffic once the peering is AVAILABLE.</source>
        <translation>Ajoutez depends_on avec la ressource de l&apos;appairage lorsque les deux sont dans la même configuration&#xa0;: Atlas accepte l&apos;entrée à tout moment, mais le trafic ne passe qu&apos;une fois l&apos;appairage AVAILABLE.</translation>
    </message>
</context>
<context>
    <name>AccessListOption</name>
    <message>
        <location filename="../ui/AccessListOption.ui" line="+13"/>
        <source>Also allow this network in the project&apos;s IP &amp;access list</source>
        <translation>Autoriser aussi ce réseau dans la liste d’&amp;accès IP du projet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Once the peering is created, its ranges are added to the project&apos;s IP access list, as the result panel&apos;s &quot;Allow in Access List&quot; does. Saved with the form, and sent by --submit.</source>
        <translation>Une fois le peering créé, ses plages sont ajoutées à la liste d’accès IP du projet, comme le fait « Ajouter à la liste d’accès » dans le panneau de résultat. Enregistré avec le formulaire et envoyé par --submit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ran&amp;ges:</source>
        <translation>Pla&amp;ges&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 10.20.0.0/16, 10.21.4.0/24</source>
        <translation>p. ex. 10.20.0.0/16, 10.21.4.0/24</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access list ranges</source>
        <translation>Plages de la liste d’accès</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Private IPv4 ranges of the network that connects, separated by commas.</source>
        <translation>Plages IPv4 privées du réseau qui se connecte, séparées par des virgules.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Comme&amp;nt:</source>
        <translation>Comme&amp;ntaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Access list entry comment</source>
        <translation>Commentaire de l’entrée de la liste d’accès</translation>
    </message>
</context>
<context>
    <name>AccessListPanel</name>
    <message>
        <location filename="../ui/AccessListPanel.ui" line="+6"/>
        <location line="+3"/>
        <source>IP access list entry</source>
        <translation>Entrée de la liste d&apos;accès IP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A peering carries traffic, but Atlas only accepts connections from addresses on the project&apos;s IP access list.</source>
        <translation>Un appairage achemine le trafic, mais Atlas n&apos;accepte que les connexions provenant d&apos;adresses figurant dans la liste d&apos;accès IP du projet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Ranges:</source>
        <translation>P&amp;lages&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 10.20.0.0/16, 10.21.4.0/24</source>
        <translation>p. ex. 10.20.0.0/16, 10.21.4.0/24</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranges to allow</source>
        <translation>Plages à autoriser</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mmentaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Access list comment</source>
        <translation>Commentaire de la liste d&apos;accès</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copy As</source>
        <translation>Copier comme</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Allow in Access List</source>
        <translation>A&amp;jouter à la liste d&apos;accès</translation>
    </message>
</context>
<context>
    <name>AccessListRequest</name>
    <message>
        <location filename="../app/core/model/AccessListRequest.cpp" line="+33"/>
        <source>%1 needs a prefix length: a whole network is written like %1/24, one address as %1/32.</source>
        <translation>%1 nécessite une longueur de préfixe&#xa0;: un réseau entier s&apos;écrit par exemple %1/24, une seule adresse %1/32.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is IPv6; network peering carries IPv4 only. Enter the IPv4 range of the network.</source>
        <translation>%1 est en IPv6&#xa0;; l&apos;appairage réseau ne transporte que l&apos;IPv4. Saisissez la plage IPv4 du réseau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a CIDR block. Write it as four numbers and a prefix length, like 10.20.0.0/16.</source>
        <translation>%1 n&apos;est pas un bloc CIDR. Écrivez-le sous la forme de quatre nombres et d&apos;une longueur de préfixe, par exemple 10.20.0.0/16.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 would allow every address on the internet. Enter the private range of your network.</source>
        <translation>%1 autoriserait toutes les adresses d&apos;Internet. Saisissez la plage privée de votre réseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has host bits set; the block it means is %2.</source>
        <translation>%1 a des bits d&apos;hôte définis&#xa0;; le bloc correspondant est %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a public range: only private ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) arrive over a peering, and a public entry would let that range in from the internet.</source>
        <translation>%1 est une plage publique&#xa0;: seules les plages privées (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) passent par un appairage, et une entrée publique laisserait entrer cette plage depuis Internet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter at least one private range of the network that should reach the clusters.</source>
        <translation>Saisissez au moins une plage privée du réseau qui doit atteindre les clusters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is listed twice.</source>
        <translation>%1 figure deux fois.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Atlas keeps at most %1 characters of comment; this one has %2.</source>
        <translation>Atlas conserve au plus %1 caractères de commentaire&#xa0;; celui-ci en a %2.</translation>
    </message>
</context>
<context>
    <name>AtlasClient</name>
    <message>
        <location filename="../app/core/transport/AtlasClient.cpp" line="+51"/>
        <source>(empty body)</source>
        <translation>(corps vide)</translation>
    </message>
</context>
<context>
    <name>AtlasConnection</name>
    <message>
        <location filename="../app/core/connection/AtlasConnection.cpp" line="+13"/>
        <source>profile &quot;%1&quot;</source>
        <translation>le profil « %1 »</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the sandbox</source>
        <translation>le bac à sable</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no profile</source>
        <translation>aucun profil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no profile yet. Create one with File ▸ Profiles (your Atlas URL and API key or service account), or try the built-in sandbox.</source>
        <translation>Il n&apos;y a pas encore de profil. Créez-en un avec Fichier ▸ Profils (votre URL Atlas et votre clé d&apos;API ou compte de service), ou essayez le bac à sable intégré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Atlas URL of %1 is not a valid web address: edit it in File ▸ Profiles.</source>
        <translation>L&apos;URL Atlas définie pour %1 n&apos;est pas une adresse web valide : modifiez-la dans Fichier ▸ Profils.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was sent: %1 points at %2. %3</source>
        <translation>Rien n&apos;a été envoyé : %1 pointe vers %2. %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Atlas for Government does not offer Azure network peering.</source>
        <translation>Atlas for Government ne propose pas l&apos;appairage réseau Azure.</translation>
    </message>
</context>
<context>
    <name>AwsPage</name>
    <message>
        <location filename="../ui/AwsPage.ui" line="+24"/>
        <source>&amp;Region of your VPC:</source>
        <translation>&amp;Région de votre VPC&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. us-east-1</source>
        <translation>p. ex. us-east-1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The AWS region of the VPC to peer, as AWS writes it (us-east-1). The AWS console shows it in the region selector at the top right. It may differ from the Atlas container&apos;s region.</source>
        <translation>La région AWS du VPC à appairer, telle qu&apos;AWS l&apos;écrit (us-east-1). La console AWS l&apos;affiche dans le sélecteur de région, en haut à droite. Elle peut différer de la région du conteneur Atlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region of your VPC</source>
        <translation>Région de votre VPC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AWS region of the VPC to peer, for example us-east-1.</source>
        <translation>Région AWS du VPC à appairer, par exemple us-east-1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>AWS &amp;account ID:</source>
        <translation>ID de &amp;compte AWS&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. 123456789012</source>
        <translation>p. ex. 123456789012</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>e.g. vpc-0123456789abcdef0</source>
        <translation>p. ex. vpc-0123456789abcdef0</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>e.g. 10.0.0.0/16</source>
        <translation>p. ex. 10.0.0.0/16</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>The 12-digit ID of the AWS account that owns the VPC: the account menu at the top right of the AWS console, or &quot;aws sts get-caller-identity&quot;. Keep leading zeros.</source>
        <translation>L&apos;ID à 12 chiffres du compte AWS propriétaire du VPC&#xa0;: menu du compte en haut à droite de la console AWS, ou «&#xa0;aws sts get-caller-identity&#xa0;». Conservez les zéros initiaux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AWS account ID</source>
        <translation>ID de compte AWS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twelve-digit ID of the AWS account that owns the VPC.</source>
        <translation>ID à douze chiffres du compte AWS propriétaire du VPC.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;VPC ID:</source>
        <translation>ID du &amp;VPC&#xa0;:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>AWS console: VPC &gt; Your VPCs &gt; VPC ID. This is your VPC, not the Atlas one.</source>
        <translation>Console AWS&#xa0;: VPC &gt; Your VPCs &gt; VPC ID. Il s&apos;agit de votre VPC, pas de celui d&apos;Atlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VPC ID</source>
        <translation>ID du VPC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID of your VPC, vpc- followed by 17 hexadecimal characters.</source>
        <translation>ID de votre VPC&#xa0;: vpc- suivi de 17 caractères hexadécimaux.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>VPC &amp;CIDR block:</source>
        <translation>Bloc C&amp;IDR du VPC&#xa0;:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The IPv4 CIDR block of your VPC (or of the subnet that should reach Atlas): VPC &gt; Your VPCs &gt; IPv4 CIDR. It must be private (RFC 1918) and must not overlap the Atlas CIDR.</source>
        <translation>Le bloc CIDR IPv4 de votre VPC (ou du sous-réseau qui doit atteindre Atlas)&#xa0;: VPC &gt; Your VPCs &gt; IPv4 CIDR. Il doit être privé (RFC 1918) et ne doit pas chevaucher le CIDR Atlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VPC CIDR block</source>
        <translation>Bloc CIDR du VPC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private IPv4 CIDR block of your VPC, for example 10.0.0.0/16.</source>
        <translation>Bloc CIDR IPv4 privé de votre VPC, par exemple 10.0.0.0/16.</translation>
    </message>
</context>
<context>
    <name>AzurePage</name>
    <message>
        <location filename="../ui/AzurePage.ui" line="+24"/>
        <source>&amp;Directory (tenant) ID:</source>
        <translation>ID de l&apos;&amp;annuaire (locataire)&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. 8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d</source>
        <translation>p. ex. 8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure portal: Microsoft Entra ID &gt; Overview &gt; Tenant ID, or &quot;az account show --query tenantId&quot;.</source>
        <translation>Portail Azure&#xa0;: Microsoft Entra ID &gt; Overview &gt; Tenant ID, ou «&#xa0;az account show --query tenantId&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Directory (tenant) ID</source>
        <translation>ID de l&apos;annuaire (locataire)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GUID of the Azure directory, also called the tenant ID.</source>
        <translation>GUID de l&apos;annuaire Azure, aussi appelé ID de locataire.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Subscription ID:</source>
        <translation>ID d&apos;a&amp;bonnement&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. 1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d</source>
        <translation>p. ex. 1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>e.g. my-resource-group</source>
        <translation>p. ex. my-resource-group</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>e.g. my-vnet</source>
        <translation>p. ex. my-vnet</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Azure portal: Subscriptions &gt; Subscription ID, or &quot;az account show --query id&quot;.</source>
        <translation>Portail Azure&#xa0;: Subscriptions &gt; Subscription ID, ou «&#xa0;az account show --query id&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscription ID</source>
        <translation>ID d&apos;abonnement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GUID of the Azure subscription that holds the VNet.</source>
        <translation>GUID de l&apos;abonnement Azure qui contient le VNet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Resource group:</source>
        <translation>&amp;Groupe de ressources&#xa0;:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Azure portal: Virtual networks &gt; your VNet &gt; Overview &gt; Resource group.</source>
        <translation>Portail Azure&#xa0;: Virtual networks &gt; votre VNet &gt; Overview &gt; Resource group.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resource group</source>
        <translation>Groupe de ressources</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the resource group that holds the VNet.</source>
        <translation>Nom du groupe de ressources qui contient le VNet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;VNet name:</source>
        <translation>Nom du &amp;VNet&#xa0;:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Azure portal: Virtual networks &gt; Name.</source>
        <translation>Portail Azure&#xa0;: Virtual networks &gt; Name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VNet name</source>
        <translation>Nom du VNet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the virtual network to peer.</source>
        <translation>Nom du réseau virtuel à appairer.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/main.cpp" line="+56"/>
        <source>peering-desk: the sandbox could not listen on 127.0.0.1.</source>
        <translation>peering-desk: le bac à sable n&apos;a pas pu écouter sur 127.0.0.1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the sandbox</source>
        <translation>le bac à sable</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>peering-desk: the window needs a display (none is set: DISPLAY and WAYLAND_DISPLAY are empty). Without one, use --submit FORM; --help lists every option.</source>
        <translation>peering-desk: la fenêtre a besoin d&apos;un affichage (aucun n&apos;est défini : DISPLAY et WAYLAND_DISPLAY sont vides). Sans affichage, utilisez --submit FORMULAIRE ; --help liste toutes les options.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>peering-desk: there is no profile named &quot;%1&quot; (profiles: %2).</source>
        <translation>peering-desk: aucun profil nommé « %1 » (profils : %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>aucun pour le moment</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="+7"/>
        <source>Start the built-in fake Atlas on 127.0.0.1 and send requests to it.</source>
        <translation>Démarrer le faux Atlas intégré sur 127.0.0.1 et lui envoyer les requêtes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this profile.</source>
        <translation>Utiliser ce profil.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in this project (group) ID.</source>
        <translation>Renseigner cet ID de projet (groupe).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start on this cloud: AWS, AZURE or GCP.</source>
        <translation>Démarrer sur ce cloud : AWS, AZURE ou GCP.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>provider</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send every request of this saved form without a window, print one JSON result per request, and exit (0 created, 1 invalid, 2 API error, 3 network, authentication or keychain failure, 4 a create may have reached Atlas without a readable answer).</source>
        <translation>Envoyer toutes les requêtes de ce formulaire enregistré sans fenêtre, afficher un résultat JSON par requête, puis quitter (0 créé, 1 invalide, 2 erreur d&apos;API, 3 échec réseau, d&apos;authentification ou du trousseau, 4 une création a pu atteindre Atlas sans réponse lisible).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Compare this saved form with Atlas and print, per request, whether its peering exists, is to be created, differs or conflicts, without changing anything; exit 0 when there is nothing to do, 5 when something is to be created.</source>
        <translation>Comparer ce formulaire enregistré avec Atlas et afficher, pour chaque requête, si son peering existe, est à créer, diffère ou est en conflit, sans rien modifier ; code de sortie 0 s&apos;il n&apos;y a rien à faire, 5 s&apos;il y a quelque chose à créer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan this saved form, then create only the peerings and access list entries that are missing; running it again does nothing.</source>
        <translation>Planifier ce formulaire enregistré, puis créer uniquement les peerings et entrées de liste d&apos;accès manquants ; le relancer ne fait rien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --submit or --apply: follow each new peering until it is available, failed or waiting for you.</source>
        <translation>Avec --submit ou --apply : suivre chaque nouvel appairage jusqu&apos;à ce qu&apos;il soit disponible, en échec ou en attente de votre action.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --submit or --apply: follow each new peering, and when it waits for a step in the cloud (accepting in AWS, the peering in Google Cloud), print that step and keep following for up to this many minutes while it is done.</source>
        <translation>Avec --submit ou --apply : suivre chaque nouveau peering et, lorsqu&apos;il attend une étape dans le cloud (l&apos;accepter dans AWS, le peering dans Google Cloud), afficher cette étape et continuer à le suivre jusqu&apos;à ce nombre de minutes pendant qu&apos;elle est faite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep preferences (never secrets) in this INI file instead of the default.</source>
        <translation>Conserver les préférences (jamais les secrets) dans ce fichier INI au lieu du fichier par défaut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit after this many milliseconds (smoke tests).</source>
        <translation>Quitter après ce nombre de millisecondes (tests de fumée).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates MongoDB Atlas network peering connections.</source>
        <translation>Crée des connexions d&apos;appairage réseau MongoDB Atlas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A saved form to open.</source>
        <translation>Un formulaire enregistré à ouvrir.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>peering-desk: --provider must be AWS, AZURE or GCP.</source>
        <translation>peering-desk: --provider doit valoir AWS, AZURE ou GCP.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>peering-desk: choose one of --submit, --plan and --apply.</source>
        <translation>peering-desk : choisissez une seule option parmi --submit, --plan et --apply.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>peering-desk: --wait-for-cloud-step goes with --submit or --apply.</source>
        <translation>peering-desk : --wait-for-cloud-step va avec --submit ou --apply.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>peering-desk: --wait-for-cloud-step takes a number of minutes from 1 to %1 (AWS deletes a peering request nobody accepted after 7 days).</source>
        <translation>peering-desk : --wait-for-cloud-step attend un nombre de minutes de 1 à %1 (AWS supprime une demande de peering non acceptée au bout de 7 jours).</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../ui/ConnectionBanner.ui" line="+9"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Add an Atlas profile…</source>
        <translation>&amp;Ajouter un profil Atlas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the Atlas to talk to and the API key or service account that signs in; the secret goes to the system keychain.</source>
        <translation>Indiquez l&apos;Atlas à contacter et la clé d&apos;API ou le compte de service qui sert à se connecter&#xa0;; le secret va dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Try the sandbox</source>
        <translation>&amp;Essayer le bac à sable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a fake Atlas on this computer and send requests there: nothing is created in a real cloud.</source>
        <translation>Démarrer un faux Atlas sur cet ordinateur et lui envoyer les requêtes&#xa0;: rien n&apos;est créé dans un vrai cloud.</translation>
    </message>
</context>
<context>
    <name>ContainerPanel</name>
    <message>
        <location filename="../ui/ContainerPanel.ui" line="+27"/>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New Container…</source>
        <translation>&amp;Nouveau conteneur…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New container</source>
        <translation>Nouveau conteneur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Atlas re&amp;gion:</source>
        <translation>Ré&amp;gion Atlas&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Google Cloud regions</source>
        <translation>Régions Google Cloud</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Leave every region unticked for a /18 or larger block. Ticking regions limits the project to them and needs a /21 to /24 block.</source>
        <translation>Laissez toutes les régions décochées pour un bloc /18 ou plus grand. Cocher des régions limite le projet à celles-ci et exige un bloc de /21 à /24.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Atlas &amp;CIDR block:</source>
        <translation>Bloc &amp;CIDR Atlas&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>192.168.248.0/21</source>
        <translation>192.168.248.0/21</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;reate Container</source>
        <translation>C&amp;réer le conteneur</translation>
    </message>
</context>
<context>
    <name>ContainerRequest</name>
    <message>
        <location filename="../app/core/model/ContainerRequest.cpp" line="+50"/>
        <source>Choose the Atlas region of the container, like US_EAST_1.</source>
        <translation>Choisissez la région Atlas du conteneur, par exemple US_EAST_1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Atlas&apos;s name for the region, like %1, not the cloud&apos;s own spelling.</source>
        <translation>Utilisez le nom de région d&apos;Atlas, par exemple %1, et non la graphie propre au cloud.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an Atlas region name; choose regions from the list.</source>
        <translation>%1 n&apos;est pas un nom de région Atlas&#xa0;; choisissez les régions dans la liste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the Atlas CIDR block, like 192.168.248.0/21.</source>
        <translation>Saisissez le bloc CIDR Atlas, par exemple 192.168.248.0/21.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter an IPv4 block in CIDR notation, like 192.168.248.0/21.</source>
        <translation>Saisissez un bloc IPv4 en notation CIDR, par exemple 192.168.248.0/21.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a private block (RFC 1918): inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.</source>
        <translation>Utilisez un bloc privé (RFC 1918)&#xa0;: dans 10.0.0.0/8, 172.16.0.0/12 ou 192.168.0.0/16.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the block in canonical form, %1: the address must be the first of the block.</source>
        <translation>Écrivez le bloc sous sa forme canonique, %1&#xa0;: l&apos;adresse doit être la première du bloc.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 containers need a block from /21 to /24, like 192.168.248.0/21; this one is /%2.</source>
        <translation>Les conteneurs %1 exigent un bloc de /21 à /24, par exemple 192.168.248.0/21&#xa0;; celui-ci est un /%2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A /%1 Google Cloud container must be limited to regions: choose them, or use a /18 or larger block.</source>
        <translation>Un conteneur Google Cloud en /%1 doit être limité à des régions&#xa0;: choisissez-les, ou utilisez un bloc /18 ou plus grand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Cloud containers need a /18 or larger block (like 10.8.0.0/18), or /21 to /24 together with regions; this one is /%1.</source>
        <translation>Les conteneurs Google Cloud exigent un bloc /18 ou plus grand (par exemple 10.8.0.0/18), ou de /21 à /24 avec des régions&#xa0;; celui-ci est un /%1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A Google Cloud container limited to regions needs a block from /21 to /24; clear the regions to use a /18 or larger block.</source>
        <translation>Un conteneur Google Cloud limité à des régions exige un bloc de /21 à /24&#xa0;; décochez les régions pour utiliser un bloc /18 ou plus grand.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A /%1 block allows at most %n region(s).</source>
        <translation>
            <numerusform>Un bloc /%1 permet au plus %n région.</numerusform>
            <numerusform>Un bloc /%1 permet au plus %n régions.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This project already has a Google Cloud container with %1. Atlas keeps that block and ignores %2: use the existing container, or pick a route table CIDR that does not overlap %1.</source>
        <translation>Ce projet a déjà un conteneur Google Cloud avec %1. Atlas conserve ce bloc et ignore %2&#xa0;: utilisez le conteneur existant, ou choisissez un CIDR de table de routage qui ne chevauche pas %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A container for %1 already exists with %2. Atlas keeps that block and ignores %3: use the existing container, or pick a route table CIDR that does not overlap %2.</source>
        <translation>Un conteneur pour %1 existe déjà avec %2. Atlas conserve ce bloc et ignore %3&#xa0;: utilisez le conteneur existant, ou choisissez un CIDR de table de routage qui ne chevauche pas %2.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../app/core/store/CredentialStore.cpp" line="+37"/>
        <source>No credentials are stored for profile &quot;%1&quot; yet. Enter an API key to continue.</source>
        <translation>Aucun identifiant n&apos;est encore enregistré pour le profil «&#xa0;%1&#xa0;». Saisissez une clé d&apos;API pour continuer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access to the keychain was refused. Allow Peering Desk when the keychain asks, then try again.</source>
        <translation>L&apos;accès au trousseau a été refusé. Autorisez Peering Desk lorsque le trousseau le demande, puis réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyring is locked. Unlock it (for example with your login password in Passwords and Keys) and try again.</source>
        <translation>Le trousseau est verrouillé. Déverrouillez-le (par exemple avec votre mot de passe de session dans Mots de passe et clés) et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain denied access: %1</source>
        <translation>Le trousseau a refusé l&apos;accès&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available (%1). Peering Desk keeps API keys only in the system keychain: start a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1). Peering Desk conserve les clés d&apos;API uniquement dans le trousseau du système&#xa0;: démarrez un Secret Service tel que GNOME Keyring ou KWallet, puis réessayez.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The keyring is locked, so the API key of profile &quot;%1&quot; cannot be read. Unlock it, then try again: log in to your desktop session, or unlock &quot;Login&quot; in Passwords and Keys (Seahorse); on a machine without a desktop, run gnome-keyring-daemon --unlock, which reads the keyring password from its standard input.</source>
        <translation>Le trousseau est verrouillé : la clé d&apos;API du profil « %1 » ne peut pas être lue. Déverrouillez-le, puis réessayez : ouvrez votre session de bureau, ou déverrouillez « Connexion » dans Mots de passe et clés (Seahorse) ; sur une machine sans bureau, exécutez gnome-keyring-daemon --unlock, qui lit le mot de passe du trousseau sur son entrée standard.</translation>
    </message>
</context>
<context>
    <name>ErrorGuidance</name>
    <message>
        <location filename="../app/core/peering/ErrorGuidance.cpp" line="+18"/>
        <source>Atlas rejected a field of the request: correct the fields listed below and send it again.</source>
        <translation>Atlas a rejeté un champ de la requête&#xa0;: corrigez les champs listés ci-dessous et renvoyez-la.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A field has a value Atlas does not accept here, often a container of another provider: check the field Atlas names.</source>
        <translation>Un champ a une valeur qu&apos;Atlas n&apos;accepte pas ici, souvent un conteneur d&apos;un autre fournisseur&#xa0;: vérifiez le champ indiqué par Atlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A required field is missing: fill in the field Atlas names.</source>
        <translation>Un champ obligatoire est manquant&#xa0;: remplissez le champ indiqué par Atlas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Atlas could not read the request body; this is a bug in Peering Desk, please report it.</source>
        <translation>Atlas n&apos;a pas pu lire le corps de la requête&#xa0;; c&apos;est un bogue de Peering Desk, merci de le signaler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use one of AWS, AZURE or GCP as the provider.</source>
        <translation>Utilisez AWS, AZURE ou GCP comme fournisseur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the region from the list: Atlas spells regions like US_EAST_1, not us-east-1 or eastus.</source>
        <translation>Choisissez la région dans la liste&#xa0;: Atlas écrit les régions comme US_EAST_1, et non us-east-1 ou eastus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the block in CIDR notation, like 192.168.248.0/21.</source>
        <translation>Écrivez le bloc en notation CIDR, par exemple 192.168.248.0/21.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use your VPC&apos;s private block (inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16) as the route table CIDR.</source>
        <translation>Utilisez le bloc privé de votre VPC (dans 10.0.0.0/8, 172.16.0.0/12 ou 192.168.0.0/16) comme CIDR de table de routage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an Atlas block of the right size: /21 to /24 for AWS and Azure, /18 or larger for Google Cloud.</source>
        <translation>Choisissez un bloc Atlas de la bonne taille&#xa0;: de /21 à /24 pour AWS et Azure, /18 ou plus grand pour Google Cloud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Google Cloud container limited to regions needs a /21 to /24 block; clear the regions to use /18 or larger.</source>
        <translation>Un conteneur Google Cloud limité à des régions exige un bloc de /21 à /24&#xa0;; décochez les régions pour utiliser un /18 ou plus grand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an Atlas block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.</source>
        <translation>Choisissez un bloc Atlas dans 10.0.0.0/8, 172.16.0.0/12 ou 192.168.0.0/16.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the block in the canonical form Atlas names, with the host bits zero.</source>
        <translation>Écrivez le bloc sous la forme canonique indiquée par Atlas, avec les bits d&apos;hôte à zéro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A container&apos;s region is fixed: create a container in the other region instead.</source>
        <translation>La région d&apos;un conteneur est fixe&#xa0;: créez plutôt un conteneur dans l&apos;autre région.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Google Cloud container limited to regions cannot be changed: delete and recreate it while nothing uses it.</source>
        <translation>Un conteneur Google Cloud limité à des régions ne peut pas être modifié&#xa0;: supprimez-le et recréez-le tant que rien ne l&apos;utilise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project already has a container there (one per AWS or Azure region, one for Google Cloud): choose the existing container.</source>
        <translation>Le projet a déjà un conteneur à cet endroit (un par région AWS ou Azure, un pour Google Cloud)&#xa0;: choisissez le conteneur existant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The container&apos;s block is locked because clusters or peerings use it: keep it, and choose a VPC block that does not overlap it.</source>
        <translation>Le bloc du conteneur est verrouillé, car des clusters ou des appairages l&apos;utilisent&#xa0;: conservez-le et choisissez un bloc de VPC qui ne le chevauche pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That container does not exist in this project: pick one from the list.</source>
        <translation>Ce conteneur n&apos;existe pas dans ce projet&#xa0;: choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the directory, subscription, resource group and VNet, and that you ran the service principal and role commands; role assignments can take a few minutes to apply.</source>
        <translation>Vérifiez l&apos;annuaire, l&apos;abonnement, le groupe de ressources et le VNet, ainsi que l&apos;exécution des commandes du principal de service et du rôle&#xa0;; les attributions de rôle peuvent mettre quelques minutes à s&apos;appliquer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas cannot reach your Azure subscription: check the subscription ID and the Atlas role assignment.</source>
        <translation>Atlas ne peut pas accéder à votre abonnement Azure&#xa0;: vérifiez l&apos;ID d&apos;abonnement et l&apos;attribution de rôle d&apos;Atlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure rejected one of the values: check the directory, subscription, resource group and VNet name.</source>
        <translation>Azure a rejeté l&apos;une des valeurs&#xa0;: vérifiez l&apos;annuaire, l&apos;abonnement, le groupe de ressources et le nom du VNet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This project allows Azure peering in one Atlas region only: use the container that already has a peering.</source>
        <translation>Ce projet n&apos;autorise l&apos;appairage Azure que dans une seule région Atlas&#xa0;: utilisez le conteneur qui a déjà un appairage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project in the request does not match the chosen project: choose the project again.</source>
        <translation>Le projet de la requête ne correspond pas au projet choisi&#xa0;: choisissez à nouveau le projet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your key cannot change this project: give it the Project Network Access Manager role, or choose another project.</source>
        <translation>Votre clé ne peut pas modifier ce projet&#xa0;: attribuez-lui le rôle Project Network Access Manager, ou choisissez un autre projet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your key has no access to this project: add it to the project, or choose another project.</source>
        <translation>Votre clé n&apos;a pas accès à ce projet&#xa0;: ajoutez-la au projet, ou choisissez un autre projet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas did not accept the credentials: check the key or service account of the profile.</source>
        <translation>Atlas n&apos;a pas accepté les identifiants&#xa0;: vérifiez la clé ou le compte de service du profil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Add this computer&apos;s public IP address to the API key&apos;s access list in Atlas.</source>
        <translation>Ajoutez l&apos;adresse IP publique de cet ordinateur à la liste d&apos;accès de la clé d&apos;API dans Atlas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A project ID is 24 hexadecimal characters: choose the project from the list.</source>
        <translation>Un ID de projet comporte 24 caractères hexadécimaux&#xa0;: choisissez le projet dans la liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such project, or not one your key can see: choose the project from the list.</source>
        <translation>Ce projet n&apos;existe pas, ou votre clé ne peut pas le voir&#xa0;: choisissez le projet dans la liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas does not know this address: check the base URL of the profile.</source>
        <translation>Atlas ne connaît pas cette adresse&#xa0;: vérifiez l&apos;URL de base du profil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A peering ID is 24 hexadecimal characters: pick the peering from the list.</source>
        <translation>Un ID d&apos;appairage comporte 24 caractères hexadécimaux&#xa0;: choisissez l&apos;appairage dans la liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering no longer exists (it may have been deleted): refresh the list.</source>
        <translation>L&apos;appairage n&apos;existe plus (il a peut-être été supprimé)&#xa0;: actualisez la liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your VPC block overlaps another peering&apos;s block: use a VPC block no other peer uses.</source>
        <translation>Le bloc de votre VPC chevauche le bloc d&apos;un autre appairage&#xa0;: utilisez un bloc de VPC qu&apos;aucun autre pair n&apos;utilise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your VPC block overlaps the container&apos;s Atlas block: use a VPC block outside it, or another container.</source>
        <translation>Le bloc de votre VPC chevauche le bloc Atlas du conteneur&#xa0;: utilisez un bloc de VPC en dehors de celui-ci, ou un autre conteneur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This VPC is already peered with the project: use the existing peering, or delete it first.</source>
        <translation>Ce VPC est déjà appairé avec le projet&#xa0;: utilisez l&apos;appairage existant, ou supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This VNet is already peered with the project: use the existing peering, or delete it first.</source>
        <translation>Ce VNet est déjà appairé avec le projet&#xa0;: utilisez l&apos;appairage existant, ou supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This network is already peered with the project: use the existing peering, or delete it first.</source>
        <translation>Ce réseau est déjà appairé avec le projet&#xa0;: utilisez l&apos;appairage existant, ou supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering is already being deleted: wait a moment and refresh.</source>
        <translation>L&apos;appairage est déjà en cours de suppression&#xa0;: patientez un instant, puis actualisez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering cannot change in its current status: wait until it is AVAILABLE or FAILED.</source>
        <translation>L&apos;appairage ne peut pas être modifié dans son statut actuel&#xa0;: attendez qu&apos;il soit AVAILABLE ou FAILED.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project has the most peerings Atlas allows: delete one you no longer need.</source>
        <translation>Le projet a atteint le nombre maximal d&apos;appairages autorisé par Atlas&#xa0;: supprimez-en un dont vous n&apos;avez plus besoin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Atlas is limiting requests: wait the time it names and try again.</source>
        <translation>Atlas limite les requêtes&#xa0;: attendez le délai indiqué, puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas failed without a reason; on a create this usually means the container ID is wrong: pick the container from the list.</source>
        <translation>Atlas a échoué sans donner de raison&#xa0;; lors d&apos;une création, cela signifie généralement que l&apos;ID du conteneur est erroné&#xa0;: choisissez le conteneur dans la liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas is briefly unavailable, for example during maintenance: try again in a few minutes.</source>
        <translation>Atlas est momentanément indisponible, par exemple pendant une maintenance&#xa0;: réessayez dans quelques minutes.</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <location filename="../app/core/peering/FailureText.cpp" line="+19"/>
        <source>Unreadable answer: the peering may have been created</source>
        <translation>Réponse illisible : l&apos;appairage a peut-être été créé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Atlas answered HTTP %1, so it accepted the request, but its answer could not be read (%2). The peering may well have been created: look at the project&apos;s peerings before you send it again.</source>
        <translation>Atlas a répondu HTTP %1 : il a donc accepté la requête, mais sa réponse n&apos;a pas pu être lue (%2). L&apos;appairage a très bien pu être créé : consultez les appairages du projet avant de la renvoyer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Atlas asks to wait %n second(s) before the next request. Peering Desk never sends a create again by itself: send it again once the time has passed.</source>
        <translation>
            <numerusform>Atlas demande d&apos;attendre %n seconde avant la prochaine requête. Peering Desk ne renvoie jamais une création de lui-même : renvoyez-la une fois ce délai écoulé.</numerusform>
            <numerusform>Atlas demande d&apos;attendre %n secondes avant la prochaine requête. Peering Desk ne renvoie jamais une création de lui-même : renvoyez-la une fois ce délai écoulé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request may have reached Atlas before the connection failed: look at the project&apos;s peerings before you send it again.</source>
        <translation>La requête a pu atteindre Atlas avant l&apos;échec de la connexion : consultez les appairages du projet avant de la renvoyer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A gateway error does not prove that nothing was created: check the project&apos;s peerings before you send it again.</source>
        <translation>Une erreur de passerelle ne prouve pas que rien n&apos;a été créé : vérifiez les appairages du projet avant de renvoyer la requête.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Atlas asks to wait %n second(s) before the next request.</source>
        <translation>
            <numerusform>Atlas demande d&apos;attendre %n seconde avant la prochaine requête.</numerusform>
            <numerusform>Atlas demande d&apos;attendre %n secondes avant la prochaine requête.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>errorCode: %1</source>
        <translation>errorCode : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reason: %1</source>
        <translation>reason : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>detail: %1</source>
        <translation>detail : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parameters: %1</source>
        <translation>parameters : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field %1: %2</source>
        <translation>champ %1 : %2</translation>
    </message>
</context>
<context>
    <name>FieldCheck</name>
    <message numerus="yes">
        <location filename="../app/core/model/FieldCheck.cpp" line="+12"/>
        <source>This value is too long: at most %n characters.</source>
        <translation>
            <numerusform>Cette valeur est trop longue&#xa0;: %n caractère au maximum.</numerusform>
            <numerusform>Cette valeur est trop longue&#xa0;: %n caractères au maximum.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <location filename="../app/core/model/FieldValidator.cpp" line="+60"/>
        <location line="+106"/>
        <source>Enter the %1.</source>
        <translation>Saisissez l&apos;%1.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Use lower-case letters: Atlas IDs are written in lower-case hexadecimal.</source>
        <translation>Utilisez des minuscules&#xa0;: les ID Atlas s&apos;écrivent en hexadécimal minuscule.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %1 is 24 characters of 0-9 and a-f, like 5f3e2d1c0b9a887766554433; this value has %n character(s).</source>
        <translation>
            <numerusform>L&apos;%1 comporte 24 caractères parmi 0-9 et a-f, par exemple 5f3e2d1c0b9a887766554433&#xa0;; cette valeur en a %n.</numerusform>
            <numerusform>L&apos;%1 comporte 24 caractères parmi 0-9 et a-f, par exemple 5f3e2d1c0b9a887766554433&#xa0;; cette valeur en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>project ID</source>
        <translation>ID de projet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>container ID</source>
        <translation>ID de conteneur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the 12-digit ID of the AWS account that owns the VPC.</source>
        <translation>Saisissez l&apos;ID à 12 chiffres du compte AWS propriétaire du VPC.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the dashes: enter the account ID as 12 digits.</source>
        <translation>Retirez les tirets&#xa0;: saisissez l&apos;ID de compte sous forme de 12 chiffres.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>An AWS account ID has 12 digits; this one has %n. Keep any leading zeros.</source>
        <translation>
            <numerusform>Un ID de compte AWS comporte 12 chiffres&#xa0;; celui-ci en a %n. Conservez les éventuels zéros initiaux.</numerusform>
            <numerusform>Un ID de compte AWS comporte 12 chiffres&#xa0;; celui-ci en a %n. Conservez les éventuels zéros initiaux.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An AWS account ID is exactly 12 digits, like 123456789012.</source>
        <translation>Un ID de compte AWS comporte exactement 12 chiffres, par exemple 123456789012.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the ID of your VPC, like vpc-0123456789abcdef0.</source>
        <translation>Saisissez l&apos;ID de votre VPC, par exemple vpc-0123456789abcdef0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is a peering connection ID; enter the VPC ID (vpc-…) instead.</source>
        <translation>Il s&apos;agit d&apos;un ID de connexion d&apos;appairage&#xa0;; saisissez plutôt l&apos;ID du VPC (vpc-…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use lower-case letters in the VPC ID.</source>
        <translation>Utilisez des minuscules dans l&apos;ID du VPC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A VPC ID is vpc- followed by 17 hexadecimal characters (or 8 for older VPCs), like vpc-0123456789abcdef0.</source>
        <translation>Un ID de VPC est composé de vpc- suivi de 17 caractères hexadécimaux (ou 8 pour les anciens VPC), par exemple vpc-0123456789abcdef0.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the AWS region of your VPC, like us-east-1.</source>
        <translation>Saisissez la région AWS de votre VPC, par exemple us-east-1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the AWS form of the region, %1, not the Atlas form %2.</source>
        <translation>Utilisez la forme AWS de la région, %1, et non la forme Atlas %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the region as AWS writes it, like us-east-1 or eu-west-2.</source>
        <translation>Saisissez la région telle qu&apos;AWS l&apos;écrit, par exemple us-east-1 ou eu-west-2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the CIDR block of your VPC, like 10.0.0.0/16.</source>
        <translation>Saisissez le bloc CIDR de votre VPC, par exemple 10.0.0.0/16.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the prefix length: a CIDR block looks like %1/16.</source>
        <translation>Ajoutez la longueur de préfixe&#xa0;: un bloc CIDR ressemble à %1/16.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas peers with IPv4 VPC ranges only; enter an IPv4 CIDR block like 10.0.0.0/16.</source>
        <translation>Atlas ne s&apos;appaire qu&apos;avec des plages de VPC IPv4&#xa0;; saisissez un bloc CIDR IPv4, par exemple 10.0.0.0/16.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a CIDR block. Write it as four numbers and a prefix length, like 10.0.0.0/16.</source>
        <translation>Ceci n&apos;est pas un bloc CIDR. Écrivez-le sous forme de quatre nombres et d&apos;une longueur de préfixe, par exemple 10.0.0.0/16.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has host bits set; its canonical form is %2.</source>
        <translation>%1 a des bits d&apos;hôte non nuls&#xa0;; sa forme canonique est %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The block must lie inside the private ranges 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.</source>
        <translation>Le bloc doit se trouver dans les plages privées 10.0.0.0/8, 172.16.0.0/12 ou 192.168.0.0/16.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove the braces around the ID.</source>
        <translation>Retirez les accolades autour de l&apos;ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 is a GUID, like 8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d.</source>
        <translation>L&apos;%1 est un GUID, par exemple 8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure directory (tenant) ID</source>
        <translation>ID de l&apos;annuaire (locataire) Azure</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure subscription ID</source>
        <translation>ID d&apos;abonnement Azure</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the name of the resource group that holds your VNet.</source>
        <translation>Saisissez le nom du groupe de ressources qui contient votre VNet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resource group name has at most 90 characters.</source>
        <translation>Un nom de groupe de ressources comporte au plus 90 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resource group name may contain only letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;(&apos; and &apos;)&apos;.</source>
        <translation>Un nom de groupe de ressources ne peut contenir que des lettres, des chiffres, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;(&apos; et &apos;)&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resource group name cannot end with a period.</source>
        <translation>Un nom de groupe de ressources ne peut pas se terminer par un point.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the name of your virtual network (VNet).</source>
        <translation>Saisissez le nom de votre réseau virtuel (VNet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A VNet name has 2 to 64 characters.</source>
        <translation>Un nom de VNet comporte de 2 à 64 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A VNet name may contain only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>Un nom de VNet ne peut contenir que des lettres, des chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A VNet name starts with a letter or digit and ends with a letter, digit or &apos;_&apos;.</source>
        <translation>Un nom de VNet commence par une lettre ou un chiffre et se termine par une lettre, un chiffre ou &apos;_&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the ID of the Google Cloud project that owns the network.</source>
        <translation>Saisissez l&apos;ID du projet Google Cloud propriétaire du réseau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That looks like a project number; enter the project ID, like my-project-123.</source>
        <translation>Cela ressemble à un numéro de projet&#xa0;; saisissez l&apos;ID du projet, par exemple my-project-123.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A project ID has 6 to 30 characters.</source>
        <translation>Un ID de projet comporte de 6 à 30 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A project ID uses lower-case letters only.</source>
        <translation>Un ID de projet n&apos;utilise que des minuscules.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A project ID starts with a letter, contains only a-z, 0-9 and &apos;-&apos;, and does not end with &apos;-&apos;.</source>
        <translation>Un ID de projet commence par une lettre, ne contient que a-z, 0-9 et &apos;-&apos;, et ne se termine pas par &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the name of your VPC network, like default.</source>
        <translation>Saisissez le nom de votre réseau VPC, par exemple default.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter just the network&apos;s name (%1), not its URL or self-link.</source>
        <translation>Saisissez uniquement le nom du réseau (%1), et non son URL ou son self-link.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A network name has at most 63 characters.</source>
        <translation>Un nom de réseau comporte au plus 63 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A network name uses lower-case letters only.</source>
        <translation>Un nom de réseau n&apos;utilise que des minuscules.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A network name starts with a letter, contains only a-z, 0-9 and &apos;-&apos;, and does not end with &apos;-&apos;.</source>
        <translation>Un nom de réseau commence par une lettre, ne contient que a-z, 0-9 et &apos;-&apos;, et ne se termine pas par &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the Atlas URL, like https://cloud.mongodb.com.</source>
        <translation>Saisissez l&apos;URL d&apos;Atlas, par exemple https://cloud.mongodb.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a web address that starts with https://, like https://cloud.mongodb.com.</source>
        <translation>Saisissez une adresse web commençant par https://, par exemple https://cloud.mongodb.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the user name and password out of the URL: the keys go in the key fields.</source>
        <translation>N&apos;incluez ni nom d&apos;utilisateur ni mot de passe dans l&apos;URL&#xa0;: les clés vont dans les champs de clé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use https: plain http is allowed only for this computer (127.0.0.1 or localhost).</source>
        <translation>Utilisez https&#xa0;: le http simple n&apos;est autorisé que pour cet ordinateur (127.0.0.1 ou localhost).</translation>
    </message>
</context>
<context>
    <name>FormPlanBar</name>
    <message>
        <location filename="../ui/FormPlanBar.ui" line="+9"/>
        <source>This form compared with Atlas</source>
        <translation>Ce formulaire comparé à Atlas</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Requests created so far</source>
        <translation>Requêtes créées jusqu’ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chec&amp;k Against Atlas</source>
        <translation>&amp;Vérifier dans Atlas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the form&apos;s projects and show, per request, whether its peering exists, is to be created, differs or conflicts. Nothing is sent.</source>
        <translation>Lit les projets du formulaire et indique, pour chaque requête, si son peering existe, est à créer, diffère ou est en conflit. Rien n’est envoyé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create All Missin&amp;g</source>
        <translation>Créer tous les &amp;manquants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create, one after the other, every peering the check found missing; the others are left as they are.</source>
        <translation>Crée, l’un après l’autre, chaque peering que la vérification a trouvé manquant ; les autres restent tels quels.</translation>
    </message>
</context>
<context>
    <name>FormPlanner</name>
    <message>
        <location filename="../app/core/provisioning/FormPlanner.cpp" line="+67"/>
        <source>Project %1 was not read.</source>
        <translation>Le projet %1 n&apos;a pas été lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project %1 could not be read: %2</source>
        <translation>Impossible de lire le projet %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request %1 of this form asks for the same peering.</source>
        <translation>La requête %1 de ce formulaire demande le même peering.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Container %1 is not a container of project %2.</source>
        <translation>Le conteneur %1 n&apos;est pas un conteneur du projet %2.</translation>
    </message>
</context>
<context>
    <name>GcpPage</name>
    <message>
        <location filename="../ui/GcpPage.ui" line="+24"/>
        <source>Google Cloud &amp;project ID:</source>
        <translation>ID de &amp;projet Google Cloud&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. my-project-123</source>
        <translation>p. ex. my-project-123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project ID, not its name or number: the project picker in the Google Cloud console, ID column, or &quot;gcloud config get-value project&quot;.</source>
        <translation>L&apos;ID du projet, et non son nom ou son numéro&#xa0;: sélecteur de projet de la console Google Cloud, colonne ID, ou «&#xa0;gcloud config get-value project&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Cloud project ID</source>
        <translation>ID de projet Google Cloud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID of the Google Cloud project that owns the network, 6 to 30 characters.</source>
        <translation>ID du projet Google Cloud propriétaire du réseau, de 6 à 30 caractères.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Network name:</source>
        <translation>Nom du &amp;réseau&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. default</source>
        <translation>p. ex. default</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Cloud console: VPC network &gt; VPC networks &gt; Name. Just the name, not the URL or self-link.</source>
        <translation>Console Google Cloud&#xa0;: VPC network &gt; VPC networks &gt; Name. Uniquement le nom, et non l&apos;URL ou le self-link.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network name</source>
        <translation>Nom du réseau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the VPC network to peer, for example default.</source>
        <translation>Nom du réseau VPC à appairer, par exemple default.</translation>
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
        <translation>Requête&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Request in this form</source>
        <translation>Requête de ce formulaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A saved form can hold several peering requests; pick the one to edit and send.</source>
        <translation>Un formulaire enregistré peut contenir plusieurs requêtes d&apos;appairage&#xa0;; choisissez celle à modifier et à envoyer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a request to this form, starting from a copy of the current one</source>
        <translation>Ajouter une requête à ce formulaire, à partir d&apos;une copie de la requête actuelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a request</source>
        <translation>Ajouter une requête</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the current request from this form</source>
        <translation>Retirer la requête actuelle de ce formulaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this request</source>
        <translation>Retirer cette requête</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Atlas project</source>
        <translation>Projet Atlas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which Atlas and which credentials requests use.</source>
        <translation>Quel Atlas et quels identifiants les requêtes utilisent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which Atlas deployment and which credentials the request uses. The sandbox is a fake Atlas on this computer.</source>
        <translation>Quel déploiement Atlas et quels identifiants la requête utilise. Le bac à sable est un faux Atlas sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Manage…</source>
        <translation>&amp;Gérer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, edit or delete profiles (Ctrl+K)</source>
        <translation>Ajouter, modifier ou supprimer des profils (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>C&amp;ontainer ID:</source>
        <translation>ID du c&amp;onteneur&#xa0;:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The Atlas network container of this provider (and region) in the project: Atlas &gt; Network Access &gt; Peering, or &quot;atlas networking containers list&quot;. It must belong to the chosen provider.</source>
        <translation>Le conteneur réseau Atlas de ce fournisseur (et de cette région) dans le projet&#xa0;: Atlas &gt; Network Access &gt; Peering, ou «&#xa0;atlas networking containers list&#xa0;». Il doit appartenir au fournisseur choisi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Container ID</source>
        <translation>ID du conteneur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID of the Atlas network container, 24 hexadecimal characters.</source>
        <translation>ID du conteneur réseau Atlas, 24 caractères hexadécimaux.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Cloud p&amp;rovider:</source>
        <translation>Fou&amp;rnisseur cloud&#xa0;:</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>e.g. 5f3e2d1c0b9a887766554433</source>
        <translation>p. ex. 5f3e2d1c0b9a887766554433</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cloud provider</source>
        <translation>Fournisseur cloud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cloud of the network to peer with Atlas.</source>
        <translation>Le cloud du réseau à appairer avec Atlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cloud your VPC or VNet is in. The container must be of the same provider.</source>
        <translation>Le cloud où se trouve votre VPC ou VNet. Le conteneur doit être du même fournisseur.</translation>
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
        <translation>p. ex. 65a1b2c3d4e5f60718293a4b</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Atlas network container</source>
        <translation>Conteneur réseau Atlas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your network</source>
        <translation>Votre réseau</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show or hide the query flags Atlas accepts with the request</source>
        <translation>Afficher ou masquer les paramètres de requête qu&apos;Atlas accepte avec la requête</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask for an &amp;envelope (envelope=true)</source>
        <translation>Demander une &amp;enveloppe (envelope=true)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas then answers 200 and puts the real status and body inside the response. Peering Desk unwraps it; the result is the same.</source>
        <translation>Atlas répond alors 200 et place le vrai statut et le vrai corps dans la réponse. Peering Desk les extrait&#xa0;; le résultat est le même.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pretty-&amp;print the response (pretty=true)</source>
        <translation>&amp;Indenter la réponse (pretty=true)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas indents the JSON it returns. Only the raw view changes.</source>
        <translation>Atlas indente le JSON qu&apos;il renvoie. Seule la vue brute change.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Create the peering</source>
        <translation>Créer l&apos;appairage</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Request in progress</source>
        <translation>Requête en cours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Peering</source>
        <translation>&amp;Nouvel appairage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start another peering request in this form, keeping this one and its result</source>
        <translation>Commencer une autre requête d&apos;appairage dans ce formulaire, en conservant celle-ci et son résultat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abort the request in flight (Esc)</source>
        <translation>Interrompre la requête en cours (Échap)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+120"/>
        <source>&amp;Create Peering</source>
        <translation>&amp;Créer l&apos;appairage</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Send the peering request to Atlas (Ctrl+Return)</source>
        <translation>Envoyer la requête d&apos;appairage à Atlas (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Result and details</source>
        <translation>Résultat et détails</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Result</source>
        <translation>Résul&amp;tat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Peerings</source>
        <translation>Appairage&amp;s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;quest Preview</source>
        <translation>Aperçu de la re&amp;quête</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un formulaire &amp;récent</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Peering</source>
        <translation>A&amp;ppairage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chec&amp;k Form Against Atlas</source>
        <translation>&amp;Vérifier le formulaire dans Atlas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the form&apos;s projects and mark each request: exists, to create, differs or conflicts. Nothing is sent.</source>
        <translation>Lit les projets du formulaire et marque chaque requête : existe, à créer, diffère ou en conflit. Rien n’est envoyé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the peering request to Atlas</source>
        <translation>Envoyer la requête d&apos;appairage à Atlas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;ancel Request</source>
        <translation>&amp;Annuler la requête</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop waiting for the request in flight (Esc)</source>
        <translation>Arrêter d&apos;attendre la requête en cours (Échap)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Peering in This Form</source>
        <translation>&amp;Nouvel appairage dans ce formulaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add another peering request to this form, keeping the others and their results</source>
        <translation>Ajouter une autre requête d&apos;appairage à ce formulaire, en conservant les autres et leurs résultats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profils…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, edit or delete profiles: where Atlas is and the credentials kept in the keychain</source>
        <translation>Ajouter, modifier ou supprimer des profils&#xa0;: l&apos;emplacement d&apos;Atlas et les identifiants conservés dans le trousseau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the &amp;Sandbox</source>
        <translation>Utiliser le &amp;bac à sable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send requests to a fake Atlas on this computer instead of MongoDB Atlas</source>
        <translation>Envoyer les requêtes à un faux Atlas sur cet ordinateur au lieu de MongoDB Atlas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings that apply to every profile, such as how long to wait for Atlas</source>
        <translation>Paramètres qui s&apos;appliquent à tous les profils, comme la durée d&apos;attente d&apos;Atlas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy Peering &amp;ID</source>
        <translation>Copier l&apos;&amp;ID d&apos;appairage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;Response</source>
        <translation>Copier la &amp;réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lear Form</source>
        <translation>&amp;Vider le formulaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty every field of the form</source>
        <translation>Vider tous les champs du formulaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Peering Desk</source>
        <translation>À &amp;propos de Peering Desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Form</source>
        <translation>&amp;Nouveau formulaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start an empty form</source>
        <translation>Commencer un formulaire vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open Form…</source>
        <translation>&amp;Ouvrir un formulaire…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a saved form</source>
        <translation>Ouvrir un formulaire enregistré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save Form</source>
        <translation>&amp;Enregistrer le formulaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the form (never any secret)</source>
        <translation>Enregistrer le formulaire (jamais aucun secret)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save Form &amp;As…</source>
        <translation>Enregistrer le formulaire &amp;sous…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the form under a new name</source>
        <translation>Enregistrer le formulaire sous un nouveau nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as c&amp;url</source>
        <translation>Copier comme commande c&amp;url</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the request as a curl command, with placeholders for the keys</source>
        <translation>Copier la requête comme commande curl, avec des espaces réservés pour les clés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as Atlas C&amp;LI</source>
        <translation>Copier comme commande Atlas C&amp;LI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the request as an atlas networking peering create command</source>
        <translation>Copier la requête comme commande atlas networking peering create</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as &amp;Terraform</source>
        <translation>Copier comme ressource &amp;Terraform</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the request as a mongodbatlas_network_peering resource</source>
        <translation>Copier la requête comme ressource mongodbatlas_network_peering</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../app/core/peering/NextSteps.cpp" line="+51"/>
        <source>Accept the peering request in AWS</source>
        <translation>Accepter la demande d&apos;appairage dans AWS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this in account %1, in region %2 where VPC %3 lives. AWS expires the request after 7 days.</source>
        <translation>Exécutez ceci dans le compte %1, dans la région %2 où se trouve le VPC %3. AWS fait expirer la demande au bout de 7 jours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route traffic for Atlas through the peering</source>
        <translation>Acheminer le trafic destiné à Atlas via l&apos;appairage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this route to every route table your application&apos;s subnets use.</source>
        <translation>Ajoutez cette route à chaque table de routage utilisée par les sous-réseaux de votre application.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow outbound traffic to Atlas</source>
        <translation>Autoriser le trafic sortant vers Atlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only needed when your security groups restrict egress: MongoDB uses TCP 27015 to 27017.</source>
        <translation>Nécessaire uniquement si vos groupes de sécurité restreignent le trafic sortant&#xa0;: MongoDB utilise les ports TCP 27015 à 27017.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create the peering from your Google Cloud network to Atlas</source>
        <translation>Créer l&apos;appairage de votre réseau Google Cloud vers Atlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas waits until your network %1 in project %2 peers back with Atlas&apos;s project %3 and network %4. Leave custom route import and export off.</source>
        <translation>Atlas attend que votre réseau %1 du projet %2 s&apos;appaire en retour avec le projet %3 et le réseau %4 d&apos;Atlas. Laissez l&apos;importation et l&apos;exportation de routes personnalisées désactivées.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Create the Atlas service principal</source>
        <translation>Créer le principal de service Atlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once per tenant. &quot;Another object with the same value … already exists&quot; means it was done before: go on.</source>
        <translation>Une fois par locataire. «&#xa0;Another object with the same value … already exists&#xa0;» signifie que c&apos;est déjà fait&#xa0;: continuez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the custom role as peering-role.json</source>
        <translation>Enregistrer le rôle personnalisé sous peering-role.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It lets Atlas manage peerings on this VNet only.</source>
        <translation>Il permet à Atlas de gérer les appairages sur ce VNet uniquement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the role and assign it to Atlas</source>
        <translation>Créer le rôle et l&apos;attribuer à Atlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs Owner or User Access Administrator on the VNet. Role assignments can take a minute to take effect.</source>
        <translation>Nécessite le rôle Owner ou User Access Administrator sur le VNet. Les attributions de rôle peuvent mettre une minute à prendre effet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The peering request was rejected in AWS. Delete this peering and create it again, then accept it (do not reject it) in account %1.</source>
        <translation>La demande d&apos;appairage a été rejetée dans AWS. Supprimez cet appairage et recréez-le, puis acceptez-le (sans le rejeter) dans le compte %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody accepted the request in AWS within 7 days, so it expired. Delete this peering, create it again, and accept it in AWS in time.</source>
        <translation>Personne n&apos;a accepté la demande dans AWS sous 7 jours&#xa0;: elle a donc expiré. Supprimez cet appairage, recréez-le et acceptez-le dans AWS à temps.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS could not find VPC %1 in account %2 and region %3. Check the three values, then delete this peering and create it again.</source>
        <translation>AWS n&apos;a pas trouvé le VPC %1 dans le compte %2 et la région %3. Vérifiez ces trois valeurs, puis supprimez cet appairage et recréez-le.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of the container</source>
        <translation>du conteneur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The peering failed and Atlas gave no reason. Delete it and create it again; if it fails again, contact MongoDB support with the peering ID %1.</source>
        <translation>L&apos;appairage a échoué et Atlas n&apos;a donné aucune raison. Supprimez-le et recréez-le&#xa0;; s&apos;il échoue de nouveau, contactez le support MongoDB en indiquant l&apos;ID d&apos;appairage %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure refused: %1 Check that Atlas&apos;s service principal has the peering role on the VNet, then delete this peering and create it again.</source>
        <translation>Azure a refusé&#xa0;: %1 Vérifiez que le principal de service d&apos;Atlas dispose du rôle d&apos;appairage sur le VNet, puis supprimez cet appairage et recréez-le.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google Cloud refused: %1 Check the project ID and network name, then delete this peering and create it again.</source>
        <translation>Google Cloud a refusé&#xa0;: %1 Vérifiez l&apos;ID du projet et le nom du réseau, puis supprimez cet appairage et recréez-le.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The peering failed: %1</source>
        <translation>L&apos;appairage a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <location filename="../ui/OutcomeView.ui" line="+30"/>
        <source>Outcome of the request</source>
        <translation>Résultat de la requête</translation>
    </message>
</context>
<context>
    <name>Peering</name>
    <message>
        <location filename="../app/core/model/Peering.cpp" line="+45"/>
        <source>The response is not a peering: it has no id.</source>
        <translation>La réponse n&apos;est pas un appairage&#xa0;: elle n&apos;a pas d&apos;id.</translation>
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
        <translation>Copier l&apos;entrée sous forme de commande curl, de commandes Atlas CLI ou de ressources Terraform.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reading the project&apos;s IP access list…</source>
        <translation>Lecture de la liste d&apos;accès IP du projet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read the IP access list: %1 You can still add the entry.</source>
        <translation>Impossible de lire la liste d&apos;accès IP&#xa0;: %1 Vous pouvez tout de même ajouter l&apos;entrée.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is on the list already.</source>
        <translation>%1 figure déjà dans la liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is allowed by the entry %2 already.</source>
        <translation>%1 est déjà autorisé par l&apos;entrée %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Every range is on the IP access list already; nothing was sent.</source>
        <translation>Toutes les plages figurent déjà dans la liste d&apos;accès IP&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adding %1 to the IP access list…</source>
        <translation>Ajout de %1 à la liste d&apos;accès IP…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Atlas did not add the entry: %1</source>
        <translation>Atlas n&apos;a pas ajouté l&apos;entrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Added %1; Atlas is applying it (PENDING).</source>
        <translation>Ajouté&#xa0;: %1&#xa0;; Atlas applique l&apos;entrée (PENDING).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1 to the IP access list.</source>
        <translation>Ajouté à la liste d&apos;accès IP&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not read the entry&apos;s status: %1 Asking again shortly.</source>
        <translation>Impossible de lire le statut de l&apos;entrée&#xa0;: %1 Nouvelle demande dans un instant.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Atlas could not apply the entry %1 (FAILED). Remove it in Atlas and add it again, or ask MongoDB support.</source>
        <translation>Atlas n&apos;a pas pu appliquer l&apos;entrée %1 (FAILED). Supprimez-la dans Atlas et ajoutez-la de nouveau, ou contactez le support MongoDB.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On the IP access list and ACTIVE: %1.</source>
        <translation>Dans la liste d&apos;accès IP et ACTIVE&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Atlas is applying %1 (%2).</source>
        <translation>Atlas applique %1 (%2).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a curl command</source>
        <translation>commande curl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Atlas CLI commands</source>
        <translation>commandes Atlas CLI</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the access list entry as %1.</source>
        <translation>Entrée de la liste d&apos;accès copiée sous forme de %1.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ActionBar</name>
    <message>
        <location filename="../ui/ActionBar.cpp" line="+33"/>
        <source>Done: this request created peering %1. New Peering starts another.</source>
        <translation>Terminé&#xa0;: cette requête a créé l&apos;appairage %1. Nouvel appairage en commence un autre.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n field(s) still need a value or a fix.</source>
        <translation>
            <numerusform>%n champ nécessite encore une valeur ou une correction.</numerusform>
            <numerusform>%n champs nécessitent encore une valeur ou une correction.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No profile yet: add one or try the sandbox (File menu).</source>
        <translation>Aucun profil pour l&apos;instant&#xa0;: ajoutez-en un ou essayez le bac à sable (menu Fichier).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pre-flight check found a problem Atlas would refuse; see above.</source>
        <translation>La vérification préalable a trouvé un problème qu’Atlas refuserait&#xa0;; voir ci-dessus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to create the peering.</source>
        <translation>Prêt à créer l&apos;appairage.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::AtlasApi</name>
    <message>
        <location filename="../app/core/api/AtlasApi.cpp" line="+43"/>
        <source>project %1 of the list has no id</source>
        <translation>le projet %1 de la liste n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the container in the answer has no id</source>
        <translation>le conteneur de la réponse n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container %1 of the list has no id</source>
        <translation>le conteneur %1 de la liste n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the peering in the answer has no id</source>
        <translation>l&apos;appairage de la réponse n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peering %1 of the list has no id</source>
        <translation>l&apos;appairage %1 de la liste n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>access list entry %1 names no CIDR block, address or security group</source>
        <translation>l&apos;entrée %1 de la liste d&apos;accès n&apos;indique ni bloc CIDR, ni adresse, ni groupe de sécurité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cluster %1 of the list has no name</source>
        <translation>le cluster %1 de la liste n&apos;a pas de nom</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>the project list has no totalCount</source>
        <translation>la liste des projets n&apos;a pas de totalCount</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>the access list has no &quot;results&quot; array</source>
        <translation>la liste d&apos;accès n&apos;a pas de tableau «&#xa0;results&#xa0;»</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the entry&apos;s status has no STATUS</source>
        <translation>le statut de l&apos;entrée n&apos;a pas de champ STATUS</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::AtlasCliImporter</name>
    <message>
        <location filename="../app/core/store/AtlasCliImporter.cpp" line="+76"/>
        <source>No Atlas CLI configuration was found at %1.</source>
        <translation>Aucune configuration Atlas CLI n&apos;a été trouvée dans %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is a %2 profile; only Atlas profiles can be imported.</source>
        <translation>«&#xa0;%1&#xa0;» est un profil %2&#xa0;; seuls les profils Atlas peuvent être importés.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Atlas CLI configuration at %1 has no profiles.</source>
        <translation>La configuration Atlas CLI dans %1 ne contient aucun profil.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A profile named &quot;%1&quot; already exists; it was left as it is.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;%1&quot; has no %2, neither in the CLI&apos;s file nor in the keychain; it was skipped.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de %2, ni dans le fichier de la CLI ni dans le trousseau&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; was skipped: %2.</source>
        <translation>«&#xa0;%1&#xa0;» a été ignoré&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; was not imported: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été importé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::AtlasClient</name>
    <message>
        <location filename="../app/core/transport/AtlasClient.cpp" line="+286"/>
        <source>the connection closed before any answer came, and Peering Desk did not send the request again because it may have reached Atlas</source>
        <translation>la connexion s&apos;est fermée avant toute réponse, et Peering Desk n&apos;a pas renvoyé la requête car elle a pu atteindre Atlas</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the body is larger than %1 MiB</source>
        <translation>le corps dépasse %1 Mio</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>aucune réponse complète en %n seconde</numerusform>
            <numerusform>aucune réponse complète en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the content type is &quot;%1&quot;, not JSON; the body began: %2</source>
        <translation>le type de contenu est « %1 », pas JSON ; le corps commençait par : %2</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ConnectionBanner</name>
    <message>
        <location filename="../ui/ConnectionBanner.cpp" line="+35"/>
        <source>&lt;b&gt;No profile yet.&lt;/b&gt; Nothing is sent until Peering Desk knows which Atlas to talk to and how to sign in.</source>
        <translation>&lt;b&gt;Aucun profil pour l&apos;instant.&lt;/b&gt; Rien n&apos;est envoyé tant que Peering Desk ne sait pas quel Atlas contacter ni comment s&apos;y connecter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile keeps where Atlas is and the key that signs in (the secret in the system keychain). The sandbox answers like Atlas, on this computer, without a key.</source>
        <translation>Un profil indique où se trouve Atlas et la clé qui sert à se connecter (le secret dans le trousseau du système). Le bac à sable répond comme Atlas, sur cet ordinateur, sans clé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; requests go to a fake Atlas at %1 on this computer; nothing is created in a real cloud.</source>
        <translation>&lt;b&gt;Bac à sable&#xa0;:&lt;/b&gt; les requêtes sont envoyées à un faux Atlas sur %1, sur cet ordinateur&#xa0;; rien n&apos;est créé dans un vrai cloud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project and the container are filled in for you. The README lists the values that make the sandbox answer with each error.</source>
        <translation>Le projet et le conteneur sont remplis pour vous. Le README liste les valeurs qui font répondre le bac à sable avec chaque erreur.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ConnectionChooser</name>
    <message>
        <location filename="../ui/ConnectionChooser.cpp" line="+104"/>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Sandbox on at %1: nothing is created in a real cloud.</source>
        <translation>Bac à sable actif sur %1&#xa0;: rien n&apos;est créé dans un vrai cloud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No profile: nothing is sent until you add one (File ▸ Profiles…) or try the sandbox.</source>
        <translation>Aucun profil&#xa0;: rien n&apos;est envoyé tant que vous n&apos;en ajoutez pas un (Fichier ▸ Profils…) ou n&apos;essayez pas le bac à sable.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sandbox (built-in fake Atlas)</source>
        <translation>Bac à sable (faux Atlas intégré)</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Sandbox off. %1</source>
        <translation>Bac à sable désactivé. %1</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Profile &quot;%1&quot;: requests go to %2.</source>
        <translation>Profil «&#xa0;%1&#xa0;»&#xa0;: les requêtes sont envoyées à %2.</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Starting the sandbox…</source>
        <translation>Démarrage du bac à sable…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sandbox could not start.</source>
        <translation>Le bac à sable n&apos;a pas pu démarrer.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ConnectionSession</name>
    <message>
        <location filename="../app/core/connection/ConnectionSession.cpp" line="+50"/>
        <source>The profile or the sandbox was switched while the request was being prepared: nothing was sent.</source>
        <translation>Le profil ou le bac à sable a changé pendant la préparation de la requête&#xa0;: rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ContainerPanel</name>
    <message>
        <location filename="../ui/ContainerPanel.cpp" line="+36"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Atlas CIDR</source>
        <translation>CIDR Atlas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provisioned</source>
        <translation>Provisionné</translation>
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
        <translation>Choisissez d’abord un projet : ses conteneurs réseau sont listés ici.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading %1 containers…</source>
        <translation>Chargement des conteneurs %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not list containers: %1</source>
        <translation>Impossible de lister les conteneurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This project has no %1 container yet: create one below.</source>
        <translation>Ce projet n&apos;a pas encore de conteneur %1&#xa0;: créez-en un ci-dessous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the container to peer with.</source>
        <translation>Choisissez le conteneur avec lequel appairer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Hide New Container</source>
        <translation>Masquer le nouveau conteneur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New Container…</source>
        <translation>&amp;Nouveau conteneur…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Container %1 already covers this region: choose it in the list above.</source>
        <translation>Le conteneur %1 couvre déjà cette région&#xa0;: choisissez-le dans la liste ci-dessus.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating the container…</source>
        <translation>Création du conteneur…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Atlas did not create the container: %1</source>
        <translation>Atlas n&apos;a pas créé le conteneur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created container %1 in %2.</source>
        <translation>Conteneur %1 créé dans %2.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::FieldFeedback</name>
    <message>
        <location filename="../ui/FieldFeedback.cpp" line="+172"/>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the value with %1. Ctrl+Z in the field brings back what you typed.</source>
        <translation>Remplacer la valeur par %1. Ctrl+Z dans le champ rétablit votre saisie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Atlas: %1</source>
        <translation>Atlas&#xa0;: %1</translation>
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
        <translation>(pas encore rempli)</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Added request %1, a copy of the one before.</source>
        <translation>Requête %1 ajoutée, copie de la précédente.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot Open Form</source>
        <translation>Impossible d&apos;ouvrir le formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened.</source>
        <translation>Impossible d&apos;ouvrir %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Opened %1 (%n request(s)).</source>
        <translation>
            <numerusform>%1 ouvert (%n requête).</numerusform>
            <numerusform>%1 ouvert (%n requêtes).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot Save Form</source>
        <translation>Impossible d&apos;enregistrer le formulaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1. It holds no secret.</source>
        <translation>%1 enregistré. Il ne contient aucun secret.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save Form</source>
        <translation>Enregistrer le formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peering Desk forms (*.peering.json);;JSON files (*.json)</source>
        <translation>Formulaires Peering Desk (*.peering.json);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open Form</source>
        <translation>Ouvrir un formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peering Desk forms (*.peering.json);;JSON files (*.json);;All files (*)</source>
        <translation>Formulaires Peering Desk (*.peering.json);;Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1 first?</source>
        <translation>Enregistrer d&apos;abord les modifications de %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this form</source>
        <translation>ce formulaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Otherwise what you typed since the last save is lost.</source>
        <translation>Sinon, ce que vous avez saisi depuis le dernier enregistrement sera perdu.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::FormDocumentControls</name>
    <message>
        <location filename="../ui/FormDocumentControls.cpp" line="+73"/>
        <source>Clear the List</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
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
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send no further request; the one in flight is cancelled.</source>
        <translation>N’envoyer aucune autre requête ; celle en cours est annulée.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::FormPlanControls</name>
    <message>
        <location filename="../ui/FormPlanControls.cpp" line="+69"/>
        <location line="+272"/>
        <source>Stopped: nothing further was sent.</source>
        <translation>Arrêté : rien d’autre n’a été envoyé.</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Reading the form&apos;s projects in Atlas…</source>
        <translation>Lecture des projets du formulaire dans Atlas…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>exists, %1</source>
        <translation>existe, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exists</source>
        <translation>existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to create</source>
        <translation>à créer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>differs from Atlas</source>
        <translation>diffère d’Atlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Peering %1 is %2 in Atlas.</source>
        <translation>Le peering %1 est %2 dans Atlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 in the form, %3 in Atlas.</source>
        <translation>%1 : %2 dans le formulaire, %3 dans Atlas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP access list: %1 still to add.</source>
        <translation>Liste d’accès IP : %1 reste à ajouter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP access list: every range is allowed already.</source>
        <translation>Liste d’accès IP : chaque plage est déjà autorisée.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>changed since the check</source>
        <translation>modifiée depuis la vérification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check Against Atlas reads the form&apos;s projects and marks each request: exists, to create, differs or conflicts.</source>
        <translation>« Vérifier dans Atlas » lit les projets du formulaire et marque chaque requête : existe, à créer, diffère ou en conflit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked: %1</source>
        <translation>Non vérifié : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n exist(s)</source>
        <translation>
            <numerusform>%n existe</numerusform>
            <numerusform>%n existent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to create</source>
        <translation>
            <numerusform>%n à créer</numerusform>
            <numerusform>%n à créer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n differ(s) from Atlas</source>
        <translation>
            <numerusform>%n diffère d’Atlas</numerusform>
            <numerusform>%n diffèrent d’Atlas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalide</numerusform>
            <numerusform>%n invalides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not read</source>
        <translation>
            <numerusform>%n non lue</numerusform>
            <numerusform>%n non lues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked against Atlas at %1: %2.</source>
        <translation>Vérifié dans Atlas à %1 : %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Created %1 of %n missing peering(s).</source>
        <translation>
            <numerusform>%1 peering manquant sur %n créé.</numerusform>
            <numerusform>%1 des %n peerings manquants créés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating request %1 (%2 of %3)…</source>
        <translation>Création de la requête %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not sent</source>
        <translation>non envoyée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was not sent: the form&apos;s checks stopped it.</source>
        <translation>La requête %1 n’a pas été envoyée : les vérifications du formulaire l’ont arrêtée.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Atlas did not take request %1 (too many requests); it is sent again in %n second(s).</source>
        <translation>
            <numerusform>Atlas n’a pas pris la requête %1 (trop de requêtes) ; elle est renvoyée dans %n seconde.</numerusform>
            <numerusform>Atlas n’a pas pris la requête %1 (trop de requêtes) ; elle est renvoyée dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request failed.</source>
        <translation>La requête a échoué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may have been created</source>
        <translation>peut-être créée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1: %2</source>
        <translation>Requête %1 : %2</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::GuidedPanels</name>
    <message>
        <location filename="../ui/GuidedPanels.cpp" line="+43"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Atlas project: pick it from the list (the refresh button lists your projects) or paste its 24-character ID, found in Atlas under Project Settings.</source>
        <translation>Le projet Atlas&#xa0;: choisissez-le dans la liste (le bouton d&apos;actualisation liste vos projets) ou collez son ID de 24 caractères, indiqué dans Atlas sous Project Settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project ID</source>
        <translation>ID du projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID of the Atlas project, 24 hexadecimal characters.</source>
        <translation>ID du projet Atlas, 24 caractères hexadécimaux.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Lists need the profile&apos;s credentials: %1</source>
        <translation>Les listes nécessitent les identifiants du profil&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::HeadlessSubmitter</name>
    <message numerus="yes">
        <location filename="../app/core/provisioning/HeadlessSubmitter.cpp" line="+122"/>
        <source>peering-desk: %n peering(s) created.</source>
        <translation>
            <numerusform>peering-desk: %n appairage créé.</numerusform>
            <numerusform>peering-desk: %n appairages créés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>peering-desk: %1: %2</source>
        <translation>peering-desk: %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>peering-desk: there is no profile; create one in the app or pass --profile.</source>
        <translation>peering-desk: aucun profil&#xa0;; créez-en un dans l&apos;application ou passez --profile.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>peering-desk: plan: nothing was changed in Atlas.</source>
        <translation>peering-desk : plan : rien n&apos;a été modifié dans Atlas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>peering-desk: there is no profile named &quot;%1&quot;.</source>
        <translation>peering-desk: aucun profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+69"/>
        <location line="+183"/>
        <source>peering-desk: request %1: %2: %3</source>
        <translation>peering-desk: requête %1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>peering-desk: request %1: exists: %2 is peering %3 (%4).</source>
        <translation>peering-desk : requête %1 : existe : %2 est le peering %3 (%4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>peering-desk: request %1: to create: %2 with container %3.</source>
        <translation>peering-desk : requête %1 : à créer : %2 avec le conteneur %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>peering-desk: request %1: differs from peering %2 (%3); it is not changed:</source>
        <translation>peering-desk : requête %1 : diffère du peering %2 (%3) ; il n&apos;est pas modifié :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  %1: %2 in the form, %3 in Atlas</source>
        <translation>  %1 : %2 dans le formulaire, %3 dans Atlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>peering-desk: request %1: IP access list: to add %2.</source>
        <translation>peering-desk : requête %1 : liste d&apos;accès IP : %2 à ajouter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peering-desk: request %1: IP access list: %2 already allowed.</source>
        <translation>peering-desk : requête %1 : liste d&apos;accès IP : %2 déjà autorisé.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>peering-desk: plan: nothing to do.</source>
        <translation>peering-desk : plan : rien à faire.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>peering-desk: request %1: Atlas did not take the request (HTTP 429); sending it again in %n second(s).</source>
        <translation>
            <numerusform>peering-desk : requête %1 : Atlas n&apos;a pas pris la requête (HTTP 429) ; nouvel envoi dans %n seconde.</numerusform>
            <numerusform>peering-desk : requête %1 : Atlas n&apos;a pas pris la requête (HTTP 429) ; nouvel envoi dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>peering-desk: apply: %n peering(s) to create.</source>
        <translation>
            <numerusform>peering-desk : application : %n peering à créer.</numerusform>
            <numerusform>peering-desk : application : %n peerings à créer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>peering-desk: request %1: nothing was sent: %2</source>
        <translation>peering-desk: requête %1 : rien n&apos;a été envoyé : %2</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>peering-desk: request %1: the access list entry was not added: %2</source>
        <translation>peering-desk: requête %1&#xa0;: l&apos;entrée de la liste d&apos;accès n&apos;a pas été ajoutée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>peering-desk: request %1: %2 already on the IP access list.</source>
        <translation>peering-desk: requête %1&#xa0;: %2 déjà dans la liste d&apos;accès IP.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>peering-desk: request %1: added %2 to the IP access list.</source>
        <translation>peering-desk: requête %1&#xa0;: ajouté à la liste d&apos;accès IP&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>peering-desk: request %1: peering %2 waits for this step in the cloud:</source>
        <translation>peering-desk : requête %1 : le peering %2 attend cette étape dans le cloud :</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>peering-desk: request %1: peering %2 waits for this step in the cloud; following it for up to %n minute(s) while it is done:</source>
        <translation>
            <numerusform>peering-desk : requête %1 : le peering %2 attend cette étape dans le cloud ; suivi pendant au plus %n minute le temps qu&apos;elle soit faite :</numerusform>
            <numerusform>peering-desk : requête %1 : le peering %2 attend cette étape dans le cloud ; suivi pendant au plus %n minutes le temps qu&apos;elle soit faite :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>peering-desk: request %1: peering %2 failed (%3). %4</source>
        <translation>peering-desk: requête %1 : l&apos;appairage %2 a échoué (%3). %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>peering-desk: request %1: the clusters could not be read: %2</source>
        <translation>peering-desk : requête %1 : impossible de lire les clusters : %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>peering-desk: request %1: private connection string of %2: %3</source>
        <translation>peering-desk : requête %1 : chaîne de connexion privée de %2 : %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>peering-desk: request %1: no private connection string yet: %2</source>
        <translation>peering-desk : requête %1 : pas encore de chaîne de connexion privée : %2</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>peering-desk: request %1: could not follow the peering: %2</source>
        <translation>peering-desk: requête %1 : impossible de suivre l&apos;appairage : %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>peering-desk: request %1: peering %2 is %3.</source>
        <translation>peering-desk: requête %1&#xa0;: l&apos;appairage %2 est à l&apos;état %3.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>peering-desk: request %1: created peering %2 (%3).</source>
        <translation>peering-desk: requête %1&#xa0;: appairage %2 créé (%3).</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::LanguageMenu</name>
    <message>
        <location filename="../ui/LanguageMenu.cpp" line="+16"/>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Peering Desk will use %1 after a restart.</source>
        <translation>Peering Desk utilisera %1 après un redémarrage.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+285"/>
        <source>Your AWS VPC</source>
        <translation>Votre VPC AWS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your Azure VNet</source>
        <translation>Votre VNet Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your Google Cloud VPC network</source>
        <translation>Votre réseau VPC Google Cloud</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Peering %1 is %2.</source>
        <translation>L&apos;appairage %1 est à l&apos;état %2.</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>This peering exists in Atlas already (%1, %2): Create opens it instead of sending the request again.</source>
        <translation>Ce peering existe déjà dans Atlas (%1, %2) : Créer l’ouvre au lieu de renvoyer la requête.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was sent: this request already created its peering.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: cette requête a déjà créé son appairage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was sent: peering %1 exists in Atlas already; its details are open.</source>
        <translation>Rien n’a été envoyé : le peering %1 existe déjà dans Atlas ; ses détails sont ouverts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was sent: the pre-flight check found a problem.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: la vérification préalable a détecté un problème.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fix the marked fields first: nothing was sent.</source>
        <translation>Corrigez d&apos;abord les champs signalés&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Peering %1 created: %2.</source>
        <translation>Appairage %1 créé&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was sent: %1</source>
        <translation>Rien n&apos;a été envoyé : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request failed.</source>
        <translation>La requête a échoué.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PagedFetch</name>
    <message>
        <location filename="../app/core/transport/PagedFetch.cpp" line="+85"/>
        <source>the list has no &quot;results&quot; array</source>
        <translation>la liste n&apos;a pas de tableau «&#xa0;results&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Atlas asked to wait %n second(s) before the next page; the list will continue then.</source>
        <translation>
            <numerusform>Atlas demande d&apos;attendre %n seconde avant la page suivante ; la liste reprendra ensuite.</numerusform>
            <numerusform>Atlas demande d&apos;attendre %n secondes avant la page suivante ; la liste reprendra ensuite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringDetailsDialog</name>
    <message>
        <location filename="../ui/PeeringDetailsDialog.cpp" line="+34"/>
        <source>Peering %1</source>
        <translation>Appairage %1</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringTracker</name>
    <message numerus="yes">
        <location filename="../ui/PeeringTracker.cpp" line="+36"/>
        <source>%1 Next check in %n second(s).</source>
        <translation>
            <numerusform>%1 Prochaine vérification dans %n seconde.</numerusform>
            <numerusform>%1 Prochaine vérification dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You said the step in the cloud is done; following again.</source>
        <translation>Vous avez indiqué que l&apos;étape dans le cloud est faite&#xa0;; reprise du suivi.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Peering %1 (%2)</source>
        <translation>Appairage %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown provider</source>
        <translation>fournisseur inconnu</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Before you create the Azure peering</source>
        <translation>Avant de créer l&apos;appairage Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas needs permission to peer with your VNet. Run these once, then create the peering.</source>
        <translation>Atlas a besoin d&apos;une autorisation pour s&apos;appairer avec votre VNet. Exécutez ces commandes une fois, puis créez l&apos;appairage.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the cloud</source>
        <translation>le cloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I Have Done This in %1</source>
        <translation>C&apos;est fait dans %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept connection %1 in AWS before %2, or AWS expires the request.</source>
        <translation>Acceptez la connexion %1 dans AWS avant %2, sinon AWS fera expirer la demande.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not following.</source>
        <translation>Suivi arrêté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Following the peering; Atlas is working on it.</source>
        <translation>Suivi de l&apos;appairage&#xa0;; Atlas s&apos;en occupe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for you: do the step below in your cloud, then press the button.</source>
        <translation>En attente de votre action&#xa0;: effectuez l&apos;étape ci-dessous dans votre cloud, puis appuyez sur le bouton.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The peering is available.</source>
        <translation>L&apos;appairage est disponible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The peering failed.</source>
        <translation>L&apos;appairage a échoué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas no longer knows this peering; it may have been deleted.</source>
        <translation>Atlas ne connaît plus cet appairage&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped following because of an error.</source>
        <translation>Suivi arrêté à cause d&apos;une erreur.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command %1: %2</source>
        <translation>Commande %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Copy Command %1</source>
        <translation>Copier la commande %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy command %1: %2</source>
        <translation>Copier la commande %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied the command: %1.</source>
        <translation>Commande copiée&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringWatcher</name>
    <message numerus="yes">
        <location filename="../app/core/peering/PeeringWatcher.cpp" line="+112"/>
        <source>Atlas asked to wait %n second(s) before the next check.</source>
        <translation>
            <numerusform>Atlas a demandé d&apos;attendre %n seconde avant la prochaine vérification.</numerusform>
            <numerusform>Atlas a demandé d&apos;attendre %n secondes avant la prochaine vérification.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringsModel</name>
    <message>
        <location filename="../ui/PeeringsModel.cpp" line="+40"/>
        <source>%1 (account %2)</source>
        <translation>%1 (compte %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not known: the container of this peering has not been read.</source>
        <translation>Inconnu&#xa0;: le conteneur de cet appairage n&apos;a pas été lu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only AWS peerings have a connection ID.</source>
        <translation>Seuls les appairages AWS ont un ID de connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas has not given this value yet.</source>
        <translation>Atlas n&apos;a pas encore fourni cette valeur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, the region of the peer VPC</source>
        <translation>%1, la région du VPC pair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the region of the Atlas container</source>
        <translation>%1, la région du conteneur Atlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, the route table CIDR of the peer VPC</source>
        <translation>%1, le CIDR de table de routage du VPC pair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the Atlas CIDR of the container</source>
        <translation>%1, le CIDR Atlas du conteneur</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Peer VPC / VNet / Network</source>
        <translation>VPC / VNet / réseau pair</translation>
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
        <translation>ID de connexion</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringsView</name>
    <message>
        <location filename="../ui/PeeringsView.cpp" line="+73"/>
        <source>Peering actions</source>
        <translation>Actions sur l&apos;appairage</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Loading the peerings of every provider…</source>
        <translation>Chargement des appairages de tous les fournisseurs…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n peering(s): %1 AWS, %2 Azure, %3 Google Cloud.</source>
        <translation>
            <numerusform>%n appairage&#xa0;: %1 AWS, %2 Azure, %3 Google Cloud.</numerusform>
            <numerusform>%n appairages&#xa0;: %1 AWS, %2 Azure, %3 Google Cloud.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Some lists could not be read: %2</source>
        <translation>%1 Certaines listes n&apos;ont pas pu être lues&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Copied the ID of peering %1.</source>
        <translation>ID de l&apos;appairage %1 copié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the row of peering %1.</source>
        <translation>Ligne de l&apos;appairage %1 copiée.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Delete Peering</source>
        <translation>Supprimer l&apos;appairage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete peering %1 (%2, %3)?</source>
        <translation>Supprimer l&apos;appairage %1 (%2, %3)&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applications in that network lose their connection to the clusters.</source>
        <translation>Les applications de ce réseau perdront leur connexion aux clusters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the project&apos;s last AWS peering: Atlas also removes any AWS security groups from the project&apos;s IP access list.</source>
        <translation>C&apos;est le dernier appairage AWS du projet&#xa0;: Atlas retire aussi tous les groupes de sécurité AWS de la liste d&apos;accès IP du projet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deleting peering %1…</source>
        <translation>Suppression de l&apos;appairage %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Atlas is deleting peering %1.</source>
        <translation>Atlas supprime l&apos;appairage %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted peering %1</source>
        <translation>Appairage %1 supprimé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not delete peering %1: %2</source>
        <translation>Impossible de supprimer l&apos;appairage %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PreflightPanel</name>
    <message numerus="yes">
        <location filename="../ui/PreflightPanel.cpp" line="+47"/>
        <source>%n problem(s) would make Atlas refuse this peering.</source>
        <translation>
            <numerusform>%n problème amènerait Atlas à refuser cet appairage.</numerusform>
            <numerusform>%n problèmes amèneraient Atlas à refuser cet appairage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Ready, with %n warning(s).</source>
        <translation>
            <numerusform>Prêt, avec %n avertissement.</numerusform>
            <numerusform>Prêt, avec %n avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No overlaps, duplicates or limits found.</source>
        <translation>Aucun chevauchement, doublon ou limite détecté.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PrivateConnectionPanel</name>
    <message>
        <location filename="../ui/PrivateConnectionPanel.cpp" line="+80"/>
        <source>Reading the project&apos;s clusters…</source>
        <translation>Lecture des clusters du projet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the clusters: %1</source>
        <translation>Impossible de lire les clusters&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not published yet</source>
        <translation>Pas encore publiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private connection string of %1</source>
        <translation>Chaîne de connexion privée de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the private connection string of %1</source>
        <translation>Copier la chaîne de connexion privée de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the private connection string of %1.</source>
        <translation>Chaîne de connexion privée de %1 copiée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy DNS Commands</source>
        <translation>Copier les commandes DNS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied the VPC&apos;s DNS commands.</source>
        <translation>Commandes DNS du VPC copiées.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProblemSummary</name>
    <message numerus="yes">
        <location filename="../ui/ProblemSummary.cpp" line="+47"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n field(s) still need a value or a fix: %1.</source>
        <translation>
            <numerusform>%n champ nécessite encore une valeur ou une correction&#xa0;: %1.</numerusform>
            <numerusform>%n champs nécessitent encore une valeur ou une correction&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProfileDialog</name>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="+164"/>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Profile &quot;%1&quot;</source>
        <translation>Profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stored in the keychain; type to replace</source>
        <translation>enregistré dans le trousseau&#xa0;; saisissez pour remplacer</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Client &amp;ID:</source>
        <translation>I&amp;D client&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;ublic key:</source>
        <translation>Clé p&amp;ublique&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client s&amp;ecret:</source>
        <translation>Secret c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;rivate key:</source>
        <translation>Clé p&amp;rivée&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter the client ID.</source>
        <translation>Saisissez l&apos;ID client.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the public key.</source>
        <translation>Saisissez la clé publique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the client secret.</source>
        <translation>Saisissez le secret client.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the private key.</source>
        <translation>Saisissez la clé privée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fix the marked fields first: nothing was saved.</source>
        <translation>Corrigez d&apos;abord les champs signalés&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved. The secret is in the keychain.</source>
        <translation>Enregistré. Le secret est dans le trousseau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 copy</source>
        <translation>%1 copie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 copy %2</source>
        <translation>%1 copie %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicated as &quot;%1&quot;. Rename it here and save.</source>
        <translation>Dupliqué sous le nom «&#xa0;%1&#xa0;». Renommez-le ici et enregistrez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete profile &quot;%1&quot; and its secret in the keychain?</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;» et son secret dans le trousseau&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deleted &quot;%1&quot; and its keychain entry.</source>
        <translation>«&#xa0;%1&#xa0;» et son entrée du trousseau ont été supprimés.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the key typed here</source>
        <translation>la clé saisie ici</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the key or the service account first.</source>
        <translation>Saisissez d&apos;abord la clé ou le compte de service.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the secret from the keychain…</source>
        <translation>Lecture du secret dans le trousseau…</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+10"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="-335"/>
        <source>Sandbox (built in)</source>
        <translation>Bac à sable (intégré)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fake Atlas on this computer; read-only.</source>
        <translation>Un faux Atlas sur cet ordinateur&#xa0;; en lecture seule.</translation>
    </message>
    <message>
        <location line="+343"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Connected. This key sees %n project(s).</source>
        <translation>
            <numerusform>Connecté. Cette clé voit %n projet.</numerusform>
            <numerusform>Connecté. Cette clé voit %n projets.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the Atlas CLI&apos;s profiles…</source>
        <translation>Lecture des profils d&apos;Atlas CLI…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>%n profil importé&#xa0;: %1.</numerusform>
            <numerusform>%n profils importés&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProfileStore</name>
    <message>
        <location filename="../app/core/store/ProfileStore.cpp" line="+104"/>
        <source>Enter the service account&apos;s client ID.</source>
        <translation>Saisissez l&apos;ID client du compte de service.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the API key&apos;s public key.</source>
        <translation>Saisissez la clé publique de la clé d&apos;API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the service account&apos;s client secret.</source>
        <translation>Saisissez le secret client du compte de service.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the API key&apos;s private key.</source>
        <translation>Saisissez la clé privée de la clé d&apos;API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret does not match the profile&apos;s authentication method.</source>
        <translation>Le secret ne correspond pas à la méthode d&apos;authentification du profil.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+112"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+98"/>
        <location line="+34"/>
        <source>The profile &quot;%1&quot; no longer exists.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Enter the service account&apos;s client ID and secret.</source>
        <translation>Saisissez l&apos;ID client et le secret du compte de service.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the API key&apos;s public and private key.</source>
        <translation>Saisissez la clé publique et la clé privée de la clé d&apos;API.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProjectPicker</name>
    <message>
        <location filename="../ui/ProjectPicker.cpp" line="+24"/>
        <source>Choose a project, or paste its 24-character ID</source>
        <translation>Choisissez un projet, ou collez son ID de 24 caractères</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Loading projects…</source>
        <translation>Chargement des projets…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not list projects: %1 You can still paste a project ID.</source>
        <translation>Impossible de lister les projets&#xa0;: %1 Vous pouvez tout de même coller un ID de projet.</translation>
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
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProviderSwitchNotice</name>
    <message>
        <location filename="../ui/ProviderSwitchNotice.cpp" line="+46"/>
        <source>Request %1 created its %2 peering and is now a %3 request. Undo, or keep it and put %3 in a new request.</source>
        <translation>La requête %1 a créé son peering %2 et est maintenant une requête %3. Annulez, ou gardez-la et placez %3 dans une nouvelle requête.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request %1 is now a %3 request. Your %2 values stay in this window until you undo or pick another request.</source>
        <translation>La requête %1 est maintenant une requête %3. Vos valeurs %2 restent dans cette fenêtre jusqu’à ce que vous annuliez ou choisissiez une autre requête.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep %1, Add %2 as a New Request</source>
        <translation>Garder %1, ajouter %2 comme nouvelle requête</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ReadyChecklist</name>
    <message>
        <location filename="../ui/ReadyChecklist.cpp" line="+41"/>
        <source>Atlas has finished the peering with your VNet (AVAILABLE)</source>
        <translation>Atlas a terminé l&apos;appairage avec votre VNet (AVAILABLE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The peering is accepted in %1 and AVAILABLE</source>
        <translation>L&apos;appairage est accepté dans %1 et AVAILABLE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your VPC&apos;s route tables send Atlas&apos;s CIDR over the peering (tick when done)</source>
        <translation>Les tables de routage de votre VPC envoient le CIDR Atlas via l&apos;appairage (cochez une fois fait)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your VPC&apos;s route tables send %1 over the peering (tick when done)</source>
        <translation>Les tables de routage de votre VPC envoient %1 via l&apos;appairage (cochez une fois fait)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routes: %1 exchanges them by itself</source>
        <translation>Routes&#xa0;: %1 les échange automatiquement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your network is on the project&apos;s IP access list (ACTIVE)</source>
        <translation>Votre réseau figure dans la liste d&apos;accès IP du projet (ACTIVE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster&apos;s private connection string is copied</source>
        <translation>La chaîne de connexion privée du cluster est copiée</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Ready: an application in your network can connect to the cluster.</source>
        <translation>Prêt&#xa0;: une application de votre réseau peut se connecter au cluster.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n step(s) left before an application can connect.</source>
        <translation>
            <numerusform>Encore %n étape avant qu&apos;une application puisse se connecter.</numerusform>
            <numerusform>Encore %n étapes avant qu&apos;une application puisse se connecter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::RequestPreviewPanel</name>
    <message>
        <location filename="../ui/RequestPreviewPanel.cpp" line="+116"/>
        <source>Then the IP access list entry:</source>
        <translation>Ensuite, l&apos;entrée de la liste d&apos;accès IP :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create sends the access list entry once the peering is created, and only the ranges no entry of the project allows yet.</source>
        <translation>Créer envoie l&apos;entrée de la liste d&apos;accès une fois le peering créé, et seulement les plages qu&apos;aucune entrée du projet n&apos;autorise encore.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The form still has problems: this is what it would send once they are fixed.</source>
        <translation>Le formulaire comporte encore des problèmes&#xa0;: voici ce qu&apos;il enverrait une fois ceux-ci corrigés.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the HTTP request</source>
        <translation>la requête HTTP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the curl command</source>
        <translation>la commande curl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Atlas CLI command</source>
        <translation>la commande Atlas CLI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the Terraform resource</source>
        <translation>la ressource Terraform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied %1 to the clipboard.</source>
        <translation>Vous avez copié %1 dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ResultsPanel</name>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="+73"/>
        <source>connection ID</source>
        <translation>l&apos;ID de connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>container ID</source>
        <translation>l&apos;ID du conteneur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error code</source>
        <translation>le code d&apos;erreur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide &amp;Raw Response</source>
        <translation>Masquer la &amp;réponse brute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show &amp;Raw Response</source>
        <translation>Afficher la &amp;réponse brute</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No request sent yet</source>
        <translation>Aucune requête envoyée pour l&apos;instant</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+39"/>
        <source>Fill in the form and press Create Peering. The created peering and its status, or the error Atlas returned, will appear here.</source>
        <translation>Remplissez le formulaire et appuyez sur Créer l&apos;appairage. L&apos;appairage créé et son statut, ou l&apos;erreur renvoyée par Atlas, s&apos;afficheront ici.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Not sent yet</source>
        <translation>Requête pas encore envoyée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Create Peering to send this request to Atlas. The created peering with its status and the steps left in your cloud, or the error Atlas returned, will appear here.</source>
        <translation>Appuyez sur Créer l&apos;appairage pour envoyer cette requête à Atlas. L&apos;appairage créé avec son statut et les étapes restantes dans votre cloud, ou l&apos;erreur renvoyée par Atlas, s&apos;afficheront ici.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Peering %1: %2</source>
        <translation>Appairage %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peering created: %1</source>
        <translation>Appairage créé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>same as the container (Atlas returns null)</source>
        <translation>identique au conteneur (Atlas renvoie null)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Atlas is setting up its side. Next it waits for you to accept the peering request in your AWS account (status PENDING_ACCEPTANCE).</source>
        <translation>Atlas configure sa partie. Il attendra ensuite que vous acceptiez la demande d&apos;appairage dans votre compte AWS (statut PENDING_ACCEPTANCE).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Atlas is setting up its side. Next, create the matching peering from your Google Cloud network to Atlas&apos;s (status WAITING_FOR_USER).</source>
        <translation>Atlas configure sa partie. Ensuite, créez l&apos;appairage correspondant de votre réseau Google Cloud vers celui d&apos;Atlas (statut WAITING_FOR_USER).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas is peering with your VNet. The status becomes AVAILABLE when it is done.</source>
        <translation>Atlas s&apos;appaire avec votre VNet. Le statut passe à AVAILABLE une fois l&apos;opération terminée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept peering connection %1 in the AWS VPC console within 7 days, then add a route to the Atlas CIDR in your route tables.</source>
        <translation>Acceptez la connexion d&apos;appairage %1 dans la console VPC d&apos;AWS sous 7 jours, puis ajoutez une route vers le CIDR Atlas dans vos tables de routage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the matching peering from your Google Cloud network to Atlas&apos;s network; Atlas then finishes the connection.</source>
        <translation>Créez l&apos;appairage correspondant de votre réseau Google Cloud vers le réseau d&apos;Atlas&#xa0;; Atlas finalise ensuite la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The peering is available: traffic can flow once routes and firewall rules allow it.</source>
        <translation>L&apos;appairage est disponible&#xa0;: le trafic peut circuler dès que les routes et les règles de pare-feu le permettent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering failed: %1</source>
        <translation>L&apos;appairage a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering is being deleted.</source>
        <translation>L&apos;appairage est en cours de suppression.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Atlas reported a status this version of Peering Desk does not know.</source>
        <translation>Atlas a signalé un statut que cette version de Peering Desk ne connaît pas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain said: %1</source>
        <translation>Réponse du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials unavailable</source>
        <translation>Identifiants indisponibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>Requête non envoyée</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Profile: &quot;%1&quot;.</source>
        <translation>Profil&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>peering ID</source>
        <translation>l&apos;ID d&apos;appairage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>response</source>
        <translation>la réponse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied the %1 to the clipboard.</source>
        <translation>Vous avez copié %1 dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::SandboxSession</name>
    <message>
        <location filename="../app/sandbox/SandboxSession.cpp" line="+31"/>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>Le bac à sable n&apos;a pas pu écouter sur 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::SecretServiceLookup</name>
    <message>
        <location filename="../app/core/store/SecretServiceLookup.cpp" line="+53"/>
        <source>the Secret Service did not answer</source>
        <translation>le Secret Service n&apos;a pas répondu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the entry is in a locked keyring; unlock it first</source>
        <translation>l&apos;entrée se trouve dans un trousseau verrouillé&#xa0;; déverrouillez-le d&apos;abord</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::SubmitProgress</name>
    <message>
        <location filename="../ui/SubmitProgress.cpp" line="+18"/>
        <source>Reading the API key from the keychain…</source>
        <translation>Lecture de la clé d&apos;API dans le trousseau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading credentials…</source>
        <translation>Lecture des identifiants…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your keychain may ask whether Peering Desk may use the stored key.</source>
        <translation>Votre trousseau peut vous demander si Peering Desk est autorisé à utiliser la clé enregistrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending to %1…</source>
        <translation>Envoi à %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the peering…</source>
        <translation>Création de l&apos;appairage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for %1. Press Cancel or Esc to stop waiting.</source>
        <translation>En attente de %1. Appuyez sur Annuler ou Échap pour arrêter d&apos;attendre.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::TokenProvider</name>
    <message>
        <location filename="../app/core/transport/TokenProvider.cpp" line="+105"/>
        <source>the token endpoint answered HTTP %1 (%2)</source>
        <translation>le point de terminaison des jetons a répondu HTTP %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the token endpoint answered HTTP %1 without a usable token</source>
        <translation>le point de terminaison des jetons a répondu HTTP %1 sans jeton utilisable</translation>
    </message>
</context>
<context>
    <name>PeeringDetailsDialog</name>
    <message>
        <location filename="../ui/PeeringDetailsDialog.ui" line="+14"/>
        <source>Peering Details</source>
        <translation>Détails de l&apos;appairage</translation>
    </message>
</context>
<context>
    <name>PeeringIdentity</name>
    <message>
        <location filename="../app/core/peering/PeeringIdentity.cpp" line="+51"/>
        <source>AWS VPC %1 of account %2</source>
        <translation>VPC AWS %1 du compte %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure VNet %1 in resource group %2</source>
        <translation>VNet Azure %1 du groupe de ressources %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google Cloud network %1 of project %2</source>
        <translation>réseau Google Cloud %1 du projet %2</translation>
    </message>
</context>
<context>
    <name>PeeringTracker</name>
    <message>
        <location filename="../ui/PeeringTracker.ui" line="+24"/>
        <source>Tracked peering</source>
        <translation>Appairage suivi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Following</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status timeline</source>
        <translation>Chronologie des statuts</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Why the peering failed</source>
        <translation>Raison de l&apos;échec de l&apos;appairage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>AWS acceptance deadline</source>
        <translation>Date limite d&apos;acceptation dans AWS</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>I Have Done This</source>
        <translation>C&apos;est fait</translation>
    </message>
</context>
<context>
    <name>PeeringsView</name>
    <message>
        <location filename="../ui/PeeringsView.ui" line="+21"/>
        <source>Peerings</source>
        <translation>Appairages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every peering of the project. Enter shows the details of the selected peering, Ctrl+C copies its ID, the menu key or Shift+F10 opens its actions.</source>
        <translation>Tous les appairages du projet. Entrée affiche les détails de l&apos;appairage sélectionné, Ctrl+C copie son ID, la touche Menu ou Maj+F10 ouvre ses actions.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show &amp;Details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The peering&apos;s fields, status and next steps</source>
        <translation>Les champs, le statut et les prochaines étapes de l&apos;appairage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy Peering &amp;ID</source>
        <translation>Copier l&apos;&amp;ID d&apos;appairage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy &amp;Row</source>
        <translation>Copier la &amp;ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every column of the peering, tab-separated</source>
        <translation>Toutes les colonnes de l&apos;appairage, séparées par des tabulations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De&amp;lete Peering…</source>
        <translation>&amp;Supprimer l&apos;appairage…</translation>
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
        <translation>Authorization: Bearer &lt;jeton du compte de service, obtenu lors de l&apos;envoi&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization: Digest &lt;answered with the profile&apos;s API key&gt;</source>
        <translation>Authorization: Digest &lt;réponse calculée avec la clé d&apos;API du profil&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Set ATLAS_CLIENT_ID and ATLAS_CLIENT_SECRET first; the token request needs jq.</source>
        <translation>Définissez d&apos;abord ATLAS_CLIENT_ID et ATLAS_CLIENT_SECRET&#xa0;; la requête de jeton nécessite jq.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set ATLAS_PUBLIC_KEY and ATLAS_PRIVATE_KEY first: the keys never appear in the command.</source>
        <translation>Définissez d&apos;abord ATLAS_PUBLIC_KEY et ATLAS_PRIVATE_KEY&#xa0;: les clés n&apos;apparaissent jamais dans la commande.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="+6"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These apply to every profile, to the sandbox and to --submit. Changes take effect at once.</source>
        <translation>Ces réglages s&apos;appliquent à tous les profils, au bac à sable et à --submit. Les modifications prennent effet immédiatement.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Wait for an answer at most:</source>
        <translation>&amp;Attendre une réponse au plus&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request timeout in seconds</source>
        <translation>Délai maximal des requêtes en secondes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long Peering Desk waits for a whole answer from Atlas, in every profile. A request that takes longer is stopped and reported; the form is kept.</source>
        <translation>Durée pendant laquelle Peering Desk attend une réponse complète d&apos;Atlas, pour tous les profils. Une requête plus longue est arrêtée et signalée&#xa0;; le formulaire est conservé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From 5 to 300 seconds; 30 by default. A request stopped this way may still have been processed by Atlas.</source>
        <translation>De 5 à 300 secondes&#xa0;; 30 par défaut. Une requête arrêtée ainsi peut quand même avoir été traitée par Atlas.</translation>
    </message>
</context>
<context>
    <name>PreflightCheck</name>
    <message>
        <location filename="../app/core/peering/PreflightCheck.cpp" line="+32"/>
        <source>%1 is already peered with this project (peering %2, %3).</source>
        <translation>%1 est déjà appairé avec ce projet (appairage %2, %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is still being removed from this project (peering %2, %3). Atlas accepts it again once that peering is gone: refresh the peerings in a few minutes, then create it.</source>
        <translation>%1 est encore en cours de retrait de ce projet (appairage %2, %3). Atlas ne l&apos;accepte à nouveau qu&apos;une fois cet appairage disparu : actualisez les appairages dans quelques minutes, puis créez-le.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The container is a %1 container, but the peering is for %2: choose a %2 container.</source>
        <translation>Le conteneur est un conteneur %1, mais l&apos;appairage est pour %2&#xa0;: choisissez un conteneur %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your VPC block %1 overlaps the container&apos;s Atlas block %2: traffic could not be routed. Choose a VPC block outside %2, or another container.</source>
        <translation>Le bloc %1 de votre VPC chevauche le bloc Atlas %2 du conteneur&#xa0;: le trafic ne pourrait pas être routé. Choisissez un bloc de VPC en dehors de %2, ou un autre conteneur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>VPC %1 of account %2</source>
        <translation>Le VPC %1 du compte %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>VNet %1 of subscription %2</source>
        <translation>Le VNet %1 de l&apos;abonnement %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network %1 of Google Cloud project %2</source>
        <translation>Le réseau %1 du projet Google Cloud %2</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Your VPC block %1 overlaps %2 of peering %3 (VPC %4): Atlas could not tell the two networks apart. Use a block that overlaps no other peer.</source>
        <translation>Le bloc %1 de votre VPC chevauche %2 de l&apos;appairage %3 (VPC %4)&#xa0;: Atlas ne pourrait pas distinguer les deux réseaux. Utilisez un bloc qui ne chevauche aucun autre pair.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cross-region peering: Atlas is in %1 (%2) and your VPC in %3. Accept the request in %3; security-group references do not work across regions, so use CIDR blocks in the access list.</source>
        <translation>Appairage inter-régions&#xa0;: Atlas est dans %1 (%2) et votre VPC dans %3. Acceptez la demande dans %3&#xa0;; les références à des groupes de sécurité ne fonctionnent pas entre régions, utilisez donc des blocs CIDR dans la liste d&apos;accès.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The project already has %1 peerings, the most Atlas allows (%2). Delete one you no longer need first.</source>
        <translation>Le projet a déjà %1 appairages, le maximum autorisé par Atlas (%2). Supprimez d&apos;abord un appairage dont vous n&apos;avez plus besoin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 peerings are waiting for acceptance, the most Atlas allows (%2). Accept or delete some of them first.</source>
        <translation>%1 appairages attendent d&apos;être acceptés, le maximum autorisé par Atlas (%2). Acceptez-en ou supprimez-en d&apos;abord quelques-uns.</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../ui/PreflightPanel.ui" line="+28"/>
        <source>Pre-flight findings</source>
        <translation>Résultats de la vérification préalable</translation>
    </message>
</context>
<context>
    <name>PrivateConnection</name>
    <message>
        <location filename="../app/core/peering/PrivateConnection.cpp" line="+15"/>
        <source>Turn on DNS resolution and DNS hostnames in the VPC</source>
        <translation>Activer la résolution DNS et les noms d&apos;hôte DNS dans le VPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without them the cluster&apos;s private host names resolve to public addresses, and the application does not use the peering. Run both, one after the other (AWS takes one attribute per call). A VPC with its own DNS servers also needs Atlas&apos;s custom DNS for AWS turned on in the project.</source>
        <translation>Sans elles, les noms d&apos;hôte privés du cluster se résolvent en adresses publiques, et l&apos;application n&apos;utilise pas l&apos;appairage. Exécutez les deux commandes, l&apos;une après l&apos;autre (AWS n&apos;accepte qu&apos;un attribut par appel). Un VPC doté de ses propres serveurs DNS nécessite aussi d&apos;activer dans le projet le DNS personnalisé d&apos;Atlas pour AWS.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cluster of this project runs in %1, where the peered container is. A cluster created there uses this peering; clusters elsewhere need a peering of their own.</source>
        <translation>Aucun cluster de ce projet ne s&apos;exécute dans %1, où se trouve le conteneur appairé. Un cluster créé à cet endroit utilise cet appairage&#xa0;; les clusters situés ailleurs ont besoin de leur propre appairage.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Atlas publishes the private connection strings once the peering is AVAILABLE; it is %1 now.</source>
        <translation>Atlas publie les chaînes de connexion privées une fois l&apos;appairage AVAILABLE&#xa0;; statut actuel&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet known</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering is AVAILABLE, but Atlas has not published the private connection strings yet: a cluster created before the peering takes a few minutes more. Refresh in a moment.</source>
        <translation>L&apos;appairage est AVAILABLE, mais Atlas n&apos;a pas encore publié les chaînes de connexion privées&#xa0;: pour un cluster créé avant l&apos;appairage, cela prend quelques minutes de plus. Actualisez dans un instant.</translation>
    </message>
</context>
<context>
    <name>PrivateConnectionPanel</name>
    <message>
        <location filename="../ui/PrivateConnectionPanel.ui" line="+6"/>
        <location line="+3"/>
        <source>Private connection string</source>
        <translation>Chaîne de connexion privée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applications in your network reach a cluster over the peering only through its private connection string; the standard one resolves to public addresses.</source>
        <translation>Les applications de votre réseau n&apos;atteignent un cluster via l&apos;appairage qu&apos;avec sa chaîne de connexion privée&#xa0;; la chaîne standard se résout en adresses publiques.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Re&amp;fresh Clusters</source>
        <translation>Act&amp;ualiser les clusters</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/core/store/Profile.cpp" line="+34"/>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use up to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Utilisez jusqu&apos;à 64 lettres, chiffres, espaces, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;sandbox&quot; is reserved for the built-in sandbox.</source>
        <translation>«&#xa0;sandbox&#xa0;» est réservé au bac à sable intégré.</translation>
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
        <translation>URL personnalisée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Service account</source>
        <translation>Compte de service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="+6"/>
        <location line="+63"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Profiles keep where Atlas is and how to sign in. Secrets go to the system keychain only; everything else to the settings.</source>
        <translation>Les profils indiquent où se trouve Atlas et comment s&apos;y connecter. Les secrets vont uniquement dans le trousseau du système&#xa0;; tout le reste dans les paramètres.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No Atlas profile yet. Press New and give it a name, where Atlas is and an API key or a service account; or import the Atlas CLI&apos;s profiles. The sandbox below needs none.</source>
        <translation>Aucun profil Atlas pour l&apos;instant. Appuyez sur Nouveau et indiquez un nom, l&apos;emplacement d&apos;Atlas et une clé d&apos;API ou un compte de service&#xa0;; ou importez les profils d&apos;Atlas CLI. Le bac à sable ci-dessous n&apos;en a pas besoin.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;quer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import from Atlas CLI…</source>
        <translation>&amp;Importer depuis Atlas CLI…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the profiles of the Atlas CLI (its config file, and its secrets from the keychain) so you do not retype keys.</source>
        <translation>Lire les profils d&apos;Atlas CLI (son fichier de configuration et ses secrets dans le trousseau) pour éviter de ressaisir les clés.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name for this connection, like the Atlas CLI&apos;s profiles: &quot;prod&quot;, &quot;staging&quot;, &quot;acme-org&quot;.</source>
        <translation>Un nom pour cette connexion, comme les profils d&apos;Atlas CLI&#xa0;: «&#xa0;prod&#xa0;», «&#xa0;staging&#xa0;», «&#xa0;acme-org&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the profile.</source>
        <translation>Nom du profil.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MongoDB Atlas (cloud.mongodb.com), Atlas for Government (cloud.mongodbgov.com), or a custom URL such as the sandbox.</source>
        <translation>MongoDB Atlas (cloud.mongodb.com), Atlas for Government (cloud.mongodbgov.com), ou une URL personnalisée comme celle du bac à sable.</translation>
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
        <translation>URL personnalisée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Base &amp;URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>https://cloud.mongodb.com</source>
        <translation>https://cloud.mongodb.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only for a custom environment. Plain http is allowed only for this computer (127.0.0.1, localhost).</source>
        <translation>Uniquement pour un environnement personnalisé. Le http simple n&apos;est autorisé que pour cet ordinateur (127.0.0.1, localhost).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base URL of the Atlas Administration API.</source>
        <translation>URL de base de l&apos;Atlas Administration API.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A programmatic API key (HTTP Digest) or a service account (OAuth 2.0 client credentials, which Atlas recommends).</source>
        <translation>Une clé d&apos;API programmatique (HTTP Digest) ou un compte de service (identifiants client OAuth 2.0, recommandés par Atlas).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service account</source>
        <translation>Compte de service</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>P&amp;ublic key:</source>
        <translation>Clé p&amp;ublique&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>abcdefgh</source>
        <translation>abcdefgh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The public key of a programmatic API key (Organization or Project Access Manager &gt; API Keys), or the client ID of a service account.</source>
        <translation>La clé publique d&apos;une clé d&apos;API programmatique (Organization ou Project Access Manager &gt; API Keys), ou l&apos;ID client d&apos;un compte de service.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public key or client ID.</source>
        <translation>Clé publique ou ID client.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>P&amp;rivate key:</source>
        <translation>Clé p&amp;rivée&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</source>
        <translation>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown once in Atlas when the key or secret is created. Stored only in the system keychain.</source>
        <translation>Affichée une seule fois dans Atlas lors de la création de la clé ou du secret. Enregistrée uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private key or client secret, stored only in the keychain.</source>
        <translation>Clé privée ou secret client, enregistré uniquement dans le trousseau.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>S&amp;how the secret while typing</source>
        <translation>Affic&amp;her le secret pendant la saisie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default &amp;project:</source>
        <translation>&amp;Projet par défaut&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>5f3e2d1c0b9a887766554433</source>
        <translation>5f3e2d1c0b9a887766554433</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: the project ID the form starts with when this profile is chosen.</source>
        <translation>Facultatif&#xa0;: l&apos;ID du projet avec lequel le formulaire démarre lorsque ce profil est choisi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default project</source>
        <translation>Projet par défaut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default Atlas project ID, optional.</source>
        <translation>ID du projet Atlas par défaut, facultatif.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in and list one project, without saving anything.</source>
        <translation>Se connecter et lister un projet, sans rien enregistrer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save Profile</source>
        <translation>Enregistrer le pro&amp;fil</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sandbox (built in, read-only)</source>
        <translation>Bac à sable (intégré, en lecture seule)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A fake Atlas on this computer (127.0.0.1), built into Peering Desk. It answers like Atlas, with a demo project and containers, and creates nothing in a real cloud. Its key is made up each time it starts, so there is nothing to enter or keep.</source>
        <translation>Un faux Atlas sur cet ordinateur (127.0.0.1), intégré à Peering Desk. Il répond comme Atlas, avec un projet et des conteneurs de démonstration, et ne crée rien dans un vrai cloud. Sa clé est générée à chaque démarrage&#xa0;: il n&apos;y a donc rien à saisir ni à conserver.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Built in: it cannot be edited, renamed or deleted. File ▸ Use the Sandbox turns it on and off.</source>
        <translation>Intégré&#xa0;: il ne peut être ni modifié, ni renommé, ni supprimé. Fichier ▸ Utiliser le bac à sable l&apos;active et le désactive.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Use the Sandbox</source>
        <translation>&amp;Utiliser le bac à sable</translation>
    </message>
</context>
<context>
    <name>ProjectPicker</name>
    <message>
        <location filename="../ui/ProjectPicker.ui" line="+32"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List the projects of this profile</source>
        <translation>Lister les projets de ce profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;List Projects</source>
        <translation>&amp;Lister les projets</translation>
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
        <translation>Fournisseur cloud modifié</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back to the cloud this request had, with its values.</source>
        <translation>Revenir au cloud qu’avait cette requête, avec ses valeurs.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This request stays as it was; a new request of the other cloud is added to the form.</source>
        <translation>Cette requête reste telle quelle ; une nouvelle requête pour l’autre cloud est ajoutée au formulaire.</translation>
    </message>
</context>
<context>
    <name>ReadyChecklist</name>
    <message>
        <location filename="../ui/ReadyChecklist.ui" line="+6"/>
        <source>Ready to connect?</source>
        <translation>Prêt à vous connecter&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection checklist</source>
        <translation>Liste de vérification de la connexion</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Steps to a working connection</source>
        <translation>Étapes vers une connexion opérationnelle</translation>
    </message>
</context>
<context>
    <name>RequestExporter</name>
    <message>
        <location filename="../app/core/provisioning/RequestExporter.cpp" line="+83"/>
        <source>The Atlas CLI uses one --region for both the Atlas container and your VPC, and picks (or creates) the container of that region itself: it cannot target container %1, and it cannot peer across regions. Use curl or Terraform when the container&apos;s region is not %2.</source>
        <translation>Atlas CLI utilise un seul --region pour le conteneur Atlas et pour votre VPC, et choisit (ou crée) lui-même le conteneur de cette région&#xa0;: il ne peut pas cibler le conteneur %1 ni appairer entre régions. Utilisez curl ou Terraform lorsque la région du conteneur n&apos;est pas %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace &lt;ATLAS_REGION&gt; with the Atlas region of container %1 (for example US_EAST_2): the CLI finds the container by region, not by id. It also lower-cases the resource group name.</source>
        <translation>Remplacez &lt;ATLAS_REGION&gt; par la région Atlas du conteneur %1 (par exemple US_EAST_2)&#xa0;: la CLI trouve le conteneur par sa région, et non par son id. Elle met aussi le nom du groupe de ressources en minuscules.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The CLI requires --atlasCidrBlock even though it reuses the project&apos;s existing Google Cloud container (%1): replace &lt;ATLAS_CIDR&gt; with that container&apos;s Atlas CIDR.</source>
        <translation>La CLI exige --atlasCidrBlock même si elle réutilise le conteneur Google Cloud existant du projet (%1)&#xa0;: remplacez &lt;ATLAS_CIDR&gt; par le CIDR Atlas de ce conteneur.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Credentials come from the provider block or the MONGODB_ATLAS_* environment variables, never from this file.</source>
        <translation>Les identifiants proviennent du bloc provider ou des variables d&apos;environnement MONGODB_ATLAS_*, jamais de ce fichier.</translation>
    </message>
</context>
<context>
    <name>RequestFailure</name>
    <message>
        <location filename="../app/core/transport/RequestFailure.cpp" line="+16"/>
        <source>Cancelled</source>
        <translation>Requête annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timed out</source>
        <translation>Délai d&apos;attente dépassé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host not found</source>
        <translation>Hôte introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication failed (HTTP 401)</source>
        <translation>Échec de l&apos;authentification (HTTP 401)</translation>
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
        <translation>HTTP %1 provenant d&apos;autre chose qu&apos;Atlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected response</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No usable credentials</source>
        <translation>Aucun identifiant utilisable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redirected (HTTP %1), not followed</source>
        <translation>Redirigé (HTTP %1), redirection non suivie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>Requête non envoyée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request was cancelled. If it had already reached Atlas, the peering may still be created: check the project&apos;s peerings before you try again.</source>
        <translation>La requête a été annulée. Si elle avait déjà atteint Atlas, l&apos;appairage peut quand même être créé&#xa0;: vérifiez les appairages du projet avant de réessayer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer in time. The request may still have been processed: check the project&apos;s peerings before you try again.</source>
        <translation>%1 n&apos;a pas répondu à temps. La requête a peut-être quand même été traitée&#xa0;: vérifiez les appairages du projet avant de réessayer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is listening at %1. Check the base URL, or start the sandbox.</source>
        <translation>Rien n&apos;écoute sur %1. Vérifiez l&apos;URL de base, ou démarrez le bac à sable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host %1 could not be found. Check the base URL, your DNS and your proxy settings.</source>
        <translation>L&apos;hôte %1 est introuvable. Vérifiez l&apos;URL de base, votre DNS et les paramètres de votre proxy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection to %1 failed: %2. Peering Desk never ignores certificate problems; check the system clock, your proxy and the base URL.</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2. Peering Desk n&apos;ignore jamais les problèmes de certificat&#xa0;; vérifiez l&apos;horloge du système, votre proxy et l&apos;URL de base.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 failed: %2.</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas rejected the credentials. Check the public and private key (or the service account), and that it has access to this project.</source>
        <translation>Atlas a rejeté les identifiants. Vérifiez la clé publique et la clé privée (ou le compte de service), ainsi que leur accès à ce projet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Atlas answered with error %1.</source>
        <translation>Atlas a répondu avec l&apos;erreur %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered HTTP %1 with a body that is not an Atlas error, so a proxy or gateway may be in the way. It began: %2</source>
        <translation>Le serveur a répondu HTTP %1 avec un corps qui n&apos;est pas une erreur Atlas&#xa0;; un proxy ou une passerelle fait peut-être obstacle. Début du corps&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered HTTP %1, but not with the JSON Atlas sends: %2.</source>
        <translation>Le serveur a répondu HTTP %1, mais pas avec le JSON qu&apos;envoie Atlas&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set an API key or a service account before sending requests.</source>
        <translation>Définissez une clé d&apos;API ou un compte de service avant d&apos;envoyer des requêtes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not authenticate: %1</source>
        <translation>Échec de l&apos;authentification&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no location given)</source>
        <translation>(aucune destination indiquée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered with a redirect to %2. Peering Desk never follows redirects, so neither the request nor your credentials went there. Check the base URL of the connection: Atlas itself does not redirect API calls.</source>
        <translation>%1 a répondu par une redirection vers %2. Peering Desk ne suit jamais les redirections : ni la requête ni vos identifiants n&apos;y ont été envoyés. Vérifiez l&apos;URL de base de la connexion : Atlas lui-même ne redirige pas les appels d&apos;API.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was sent to %1: %2</source>
        <translation>Rien n&apos;a été envoyé à %1 : %2</translation>
    </message>
</context>
<context>
    <name>RequestPreviewPanel</name>
    <message>
        <location filename="../ui/RequestPreviewPanel.ui" line="+9"/>
        <source>Exactly what Create Peering sends, or the same request for another tool. Secrets never appear here.</source>
        <translation>Exactement ce qu&apos;envoie Créer l&apos;appairage, ou la même requête pour un autre outil. Les secrets n&apos;apparaissent jamais ici.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show &amp;as:</source>
        <translation>&amp;Afficher comme&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the request as</source>
        <translation>Afficher la requête comme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP request</source>
        <translation>Requête HTTP</translation>
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
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the shown text</source>
        <translation>Copier le texte affiché</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Request preview</source>
        <translation>Aperçu de la requête</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../ui/ResultsPanel.ui" line="+9"/>
        <source>No request sent yet</source>
        <translation>Aucune requête envoyée pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Fill in the form and press Create Peering. The created peering and its status, or the error Atlas returned, will appear here.</source>
        <translation>Remplissez le formulaire et appuyez sur Créer l&apos;appairage. L&apos;appairage créé et son statut, ou l&apos;erreur renvoyée par Atlas, s&apos;afficheront ici.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Peering &amp;ID:</source>
        <translation>&amp;ID d&apos;appairage&#xa0;:</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+103"/>
        <location line="+57"/>
        <location line="+205"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="-362"/>
        <location line="+103"/>
        <location line="+57"/>
        <location line="+205"/>
        <source>Copy to the clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
    <message>
        <location line="-349"/>
        <source>Provider:</source>
        <translation>Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Co&amp;nnection ID:</source>
        <translation>ID de co&amp;nnexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Container ID:</source>
        <translation>ID du conteneur&#xa0;:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Accepter region:</source>
        <translation>Région de l&apos;accepteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Error state:</source>
        <translation>État d&apos;erreur&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+79"/>
        <source>HTTP status:</source>
        <translation>Statut HTTP&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Error &amp;code:</source>
        <translation>&amp;Code d&apos;erreur&#xa0;:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Reason:</source>
        <translation>Raison&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Detail:</source>
        <translation>Détail&#xa0;:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Parameters:</source>
        <translation>Paramètres&#xa0;:</translation>
    </message>
    <message>
        <location line="-575"/>
        <source>Result headline</source>
        <translation>Titre du résultat</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Result message</source>
        <translation>Message du résultat</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Result: peering ID</source>
        <translation>Résultat&#xa0;: ID d&apos;appairage</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy the peering ID</source>
        <translation>Copier l&apos;ID d&apos;appairage</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Result: provider</source>
        <translation>Résultat&#xa0;: fournisseur</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Result: status</source>
        <translation>Résultat&#xa0;: statut</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Result: connection ID</source>
        <translation>Résultat&#xa0;: ID de connexion</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy the connection ID</source>
        <translation>Copier l&apos;ID de connexion</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Result: container ID</source>
        <translation>Résultat&#xa0;: ID du conteneur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy the container ID</source>
        <translation>Copier l&apos;ID du conteneur</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Result: accepter region</source>
        <translation>Résultat&#xa0;: région de l&apos;accepteur</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Result: error state</source>
        <translation>Résultat&#xa0;: état d&apos;erreur</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Result: HTTP status</source>
        <translation>Résultat&#xa0;: statut HTTP</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Atlas error: HTTP status</source>
        <translation>Erreur Atlas&#xa0;: statut HTTP</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Atlas error code</source>
        <translation>Code d&apos;erreur Atlas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy the Atlas error code</source>
        <translation>Copier le code d&apos;erreur Atlas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Atlas error reason</source>
        <translation>Raison de l&apos;erreur Atlas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Atlas error detail</source>
        <translation>Détail de l&apos;erreur Atlas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Atlas error parameters</source>
        <translation>Paramètres de l&apos;erreur Atlas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fields Atlas rejected:</source>
        <translation>Champs rejetés par Atlas&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fields Atlas rejected</source>
        <translation>Champs rejetés par Atlas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open &amp;Profiles…</source>
        <translation>Ouvrir les &amp;profils…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show &amp;Raw Response</source>
        <translation>Afficher la &amp;réponse brute</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copy Response</source>
        <translation>Copier la réponse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy the raw response</source>
        <translation>Copier la réponse brute</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Raw response</source>
        <translation>Réponse brute</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="-311"/>
        <source>no HTTP answer</source>
        <translation>aucune réponse HTTP</translation>
    </message>
</context>
<context>
    <name>SavedForm</name>
    <message>
        <location filename="../app/core/provisioning/SavedForm.cpp" line="+72"/>
        <location line="+130"/>
        <source>The file is larger than %1 KiB; a saved form is never that big.</source>
        <translation>Le fichier dépasse %1 Kio&#xa0;; un formulaire enregistré n&apos;est jamais aussi volumineux.</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Line %1, column %2: %3.</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a Peering Desk form: the file must hold one JSON object.</source>
        <translation>Ce n&apos;est pas un formulaire Peering Desk&#xa0;: le fichier doit contenir un seul objet JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a Peering Desk form: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>Ce n&apos;est pas un formulaire Peering Desk&#xa0;: «&#xa0;format&#xa0;» doit valoir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;version&quot; must be a whole number.</source>
        <translation>«&#xa0;version&#xa0;» doit être un nombre entier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This form was saved in format version %1, by a newer Peering Desk; this version reads version %2. Update Peering Desk to open it.</source>
        <translation>Ce formulaire a été enregistré au format version %1 par une version plus récente de Peering Desk&#xa0;; cette version lit la version %2. Mettez à jour Peering Desk pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;version&quot; %1 does not exist; the first version is 1.</source>
        <translation>La «&#xa0;version&#xa0;» %1 n&apos;existe pas&#xa0;; la première version est 1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;profile&quot; must be a string.</source>
        <translation>«&#xa0;profile&#xa0;» doit être une chaîne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;requests&quot; must be a list of peering requests.</source>
        <translation>«&#xa0;requests&#xa0;» doit être une liste de requêtes d&apos;appairage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A form holds at most %1 requests; this one has %2.</source>
        <translation>Un formulaire contient au plus %1 requêtes&#xa0;; celui-ci en a %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be an object.</source>
        <translation>%1 doit être un objet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.groupId must be a string.</source>
        <translation>%1.groupId doit être une chaîne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.%2 must be true or false.</source>
        <translation>%1.%2 doit valoir true ou false.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.peer must be an object with the request body.</source>
        <translation>%1.peer doit être un objet contenant le corps de la requête.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.peer.%2 must be a string.</source>
        <translation>%1.peer.%2 doit être une chaîne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.peer.providerName must be &quot;AWS&quot;, &quot;AZURE&quot; or &quot;GCP&quot;.</source>
        <translation>%1.peer.providerName doit valoir «&#xa0;AWS&#xa0;», «&#xa0;AZURE&#xa0;» ou «&#xa0;GCP&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1.accessList must be an object with a list &quot;cidrBlocks&quot;.</source>
        <translation>%1.accessList doit être un objet avec une liste «&#xa0;cidrBlocks&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.accessList.cidrBlocks must hold strings.</source>
        <translation>%1.accessList.cidrBlocks doit contenir des chaînes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.accessList.comment must be a string.</source>
        <translation>%1.accessList.comment doit être une chaîne.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a regular file (a pipe, device or folder): save the form to a file and open that.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (tube, périphérique ou dossier) : enregistrez le formulaire dans un fichier et ouvrez celui-ci.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open %1: %2.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <source>Cannot save %1: %2.</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2.</translation>
    </message>
</context>
</TS>
