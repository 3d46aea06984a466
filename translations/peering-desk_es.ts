<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../ui/AboutBox.cpp" line="+11"/>
        <source>About Peering Desk</source>
        <translation>Acerca de Peering Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Peering Desk %1&lt;/h3&gt;&lt;p&gt;Creates MongoDB Atlas network peering connections for AWS, Azure and Google Cloud, with credentials kept in the system keychain.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;MongoDB and Atlas are trademarks of MongoDB, Inc. Peering Desk is not affiliated with MongoDB, Inc.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Peering Desk %1&lt;/h3&gt;&lt;p&gt;Crea conexiones de emparejamiento de red de MongoDB Atlas para AWS, Azure y Google Cloud, con las credenciales guardadas en el llavero del sistema.&lt;/p&gt;&lt;p&gt;Licencia: GNU General Public License, versión 3 o posterior.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2 (ejecutándose en Qt %3).&lt;/p&gt;&lt;p&gt;MongoDB y Atlas son marcas comerciales de MongoDB, Inc. Peering Desk no está afiliado a MongoDB, Inc.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccessListAdvice</name>
    <message>
        <location filename="../app/core/peering/AccessListAdvice.cpp" line="+39"/>
        <source>The VPC&apos;s CIDR block is offered; narrow it to the subnets of your application if you prefer.</source>
        <translation>Se propone el bloque CIDR de la VPC; redúzcalo a las subredes de su aplicación si lo prefiere.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This peering crosses regions (%1 to %2): AWS does not let a security group be referenced across regions, so the access list needs the CIDR blocks, not a security group.</source>
        <translation>Este emparejamiento es entre regiones (de %1 a %2): AWS no permite hacer referencia a un grupo de seguridad entre regiones, así que la lista de acceso necesita los bloques CIDR, no un grupo de seguridad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Atlas does not know your VNet&apos;s ranges: enter its address space, or the subnets your application runs in (az network vnet show --query addressSpace).</source>
        <translation>Atlas no conoce los rangos de su VNet: introduzca su espacio de direcciones o las subredes en las que se ejecuta su aplicación (az network vnet show --query addressSpace).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Atlas does not know your network&apos;s ranges: enter the subnet ranges your application runs in (gcloud compute networks subnets list --network=%1).</source>
        <translation>Atlas no conoce los rangos de su red: introduzca los rangos de las subredes en las que se ejecuta su aplicación (gcloud compute networks subnets list --network=%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On GKE, add the cluster&apos;s Pod range too: GKE does not translate Pod addresses to the node&apos;s, so connections arrive from the Pod range.</source>
        <translation>En GKE, añada también el rango de pods del clúster: GKE no traduce las direcciones de los pods a la del nodo, así que las conexiones llegan desde el rango de pods.</translation>
    </message>
</context>
<context>
    <name>AccessListExporter</name>
    <message>
        <location filename="../app/core/provisioning/AccessListExporter.cpp" line="+63"/>
        <source>Add depends_on with the peering&apos;s resource when both are in one configuration: Atlas accepts the entry at any time, but it only carries traffic once the peering is AVAILABLE.</source>
        <translation>Añada depends_on con el recurso del emparejamiento cuando ambos estén en la misma configuración: Atlas acepta la entrada en cualquier momento, pero el tráfico solo pasa cuando el emparejamiento está en AVAILABLE.</translation>
    </message>
</context>
<context>
    <name>AccessListOption</name>
    <message>
        <location filename="../ui/AccessListOption.ui" line="+13"/>
        <source>Also allow this network in the project&apos;s IP &amp;access list</source>
        <translation>Permitir también esta red en la lista de &amp;acceso por IP del proyecto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Once the peering is created, its ranges are added to the project&apos;s IP access list, as the result panel&apos;s &quot;Allow in Access List&quot; does. Saved with the form, and sent by --submit.</source>
        <translation>En cuanto se crea el peering, sus rangos se añaden a la lista de acceso por IP del proyecto, como hace «Permitir en la lista de acceso» en el panel de resultado. Se guarda con el formulario y lo envía --submit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ran&amp;ges:</source>
        <translation>Ran&amp;gos:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 10.20.0.0/16, 10.21.4.0/24</source>
        <translation>p. ej., 10.20.0.0/16, 10.21.4.0/24</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access list ranges</source>
        <translation>Rangos de la lista de acceso</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Private IPv4 ranges of the network that connects, separated by commas.</source>
        <translation>Rangos IPv4 privados de la red que se conecta, separados por comas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Comme&amp;nt:</source>
        <translation>Come&amp;ntario:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Access list entry comment</source>
        <translation>Comentario de la entrada de la lista de acceso</translation>
    </message>
</context>
<context>
    <name>AccessListPanel</name>
    <message>
        <location filename="../ui/AccessListPanel.ui" line="+6"/>
        <location line="+3"/>
        <source>IP access list entry</source>
        <translation>Entrada de la lista de acceso por IP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A peering carries traffic, but Atlas only accepts connections from addresses on the project&apos;s IP access list.</source>
        <translation>Un emparejamiento transporta el tráfico, pero Atlas solo acepta conexiones desde direcciones que están en la lista de acceso por IP del proyecto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Ranges:</source>
        <translation>&amp;Bloques CIDR:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 10.20.0.0/16, 10.21.4.0/24</source>
        <translation>p. ej. 10.20.0.0/16, 10.21.4.0/24</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranges to allow</source>
        <translation>Rangos que se van a permitir</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Co&amp;mment:</source>
        <translation>Comen&amp;tario:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Access list comment</source>
        <translation>Comentario de la lista de acceso</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copy As</source>
        <translation>Copiar como</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Allow in Access List</source>
        <translation>Permitir en la &amp;lista de acceso</translation>
    </message>
</context>
<context>
    <name>AccessListRequest</name>
    <message>
        <location filename="../app/core/model/AccessListRequest.cpp" line="+33"/>
        <source>%1 needs a prefix length: a whole network is written like %1/24, one address as %1/32.</source>
        <translation>%1 necesita una longitud de prefijo: una red completa se escribe como %1/24 y una sola dirección como %1/32.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is IPv6; network peering carries IPv4 only. Enter the IPv4 range of the network.</source>
        <translation>%1 es IPv6; el emparejamiento de red solo transporta IPv4. Introduzca el rango IPv4 de la red.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a CIDR block. Write it as four numbers and a prefix length, like 10.20.0.0/16.</source>
        <translation>%1 no es un bloque CIDR. Escríbalo como cuatro números y una longitud de prefijo, por ejemplo 10.20.0.0/16.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 would allow every address on the internet. Enter the private range of your network.</source>
        <translation>%1 permitiría todas las direcciones de internet. Introduzca el rango privado de su red.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has host bits set; the block it means is %2.</source>
        <translation>%1 tiene bits de host activados; el bloque que indica es %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a public range: only private ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) arrive over a peering, and a public entry would let that range in from the internet.</source>
        <translation>%1 es un rango público: por un emparejamiento solo llegan rangos privados (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16), y una entrada pública dejaría entrar ese rango desde internet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter at least one private range of the network that should reach the clusters.</source>
        <translation>Introduzca al menos un rango privado de la red que debe llegar a los clústeres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is listed twice.</source>
        <translation>%1 aparece dos veces.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Atlas keeps at most %1 characters of comment; this one has %2.</source>
        <translation>Atlas guarda como máximo %1 caracteres de comentario; este tiene %2.</translation>
    </message>
</context>
<context>
    <name>AtlasClient</name>
    <message>
        <location filename="../app/core/transport/AtlasClient.cpp" line="+51"/>
        <source>(empty body)</source>
        <translation>(cuerpo vacío)</translation>
    </message>
</context>
<context>
    <name>AtlasConnection</name>
    <message>
        <location filename="../app/core/connection/AtlasConnection.cpp" line="+13"/>
        <source>profile &quot;%1&quot;</source>
        <translation>el perfil &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the sandbox</source>
        <translation>el entorno de pruebas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no profile</source>
        <translation>ningún perfil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no profile yet. Create one with File ▸ Profiles (your Atlas URL and API key or service account), or try the built-in sandbox.</source>
        <translation>Aún no hay ningún perfil. Cree uno con Archivo ▸ Perfiles (su URL de Atlas y su clave de API o cuenta de servicio) o pruebe el entorno de pruebas integrado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Atlas URL of %1 is not a valid web address: edit it in File ▸ Profiles.</source>
        <translation>La URL de Atlas configurada para %1 no es una dirección web válida: edítela en Archivo ▸ Perfiles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was sent: %1 points at %2. %3</source>
        <translation>No se envió nada: %1 apunta a %2. %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Atlas for Government does not offer Azure network peering.</source>
        <translation>Atlas for Government no ofrece emparejamiento de red con Azure.</translation>
    </message>
</context>
<context>
    <name>AwsPage</name>
    <message>
        <location filename="../ui/AwsPage.ui" line="+24"/>
        <source>&amp;Region of your VPC:</source>
        <translation>&amp;Región de su VPC:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. us-east-1</source>
        <translation>p. ej. us-east-1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The AWS region of the VPC to peer, as AWS writes it (us-east-1). The AWS console shows it in the region selector at the top right. It may differ from the Atlas container&apos;s region.</source>
        <translation>La región de AWS de la VPC que se va a emparejar, tal como la escribe AWS (us-east-1). La consola de AWS la muestra en el selector de regiones, arriba a la derecha. Puede ser distinta de la región del contenedor de Atlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region of your VPC</source>
        <translation>Región de su VPC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AWS region of the VPC to peer, for example us-east-1.</source>
        <translation>Región de AWS de la VPC que se va a emparejar, por ejemplo us-east-1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>AWS &amp;account ID:</source>
        <translation>ID de cuenta de &amp;AWS:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. 123456789012</source>
        <translation>p. ej. 123456789012</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>e.g. vpc-0123456789abcdef0</source>
        <translation>p. ej. vpc-0123456789abcdef0</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>e.g. 10.0.0.0/16</source>
        <translation>p. ej. 10.0.0.0/16</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>The 12-digit ID of the AWS account that owns the VPC: the account menu at the top right of the AWS console, or &quot;aws sts get-caller-identity&quot;. Keep leading zeros.</source>
        <translation>El ID de 12 dígitos de la cuenta de AWS propietaria de la VPC: el menú de la cuenta, arriba a la derecha de la consola de AWS, o &quot;aws sts get-caller-identity&quot;. Conserve los ceros iniciales.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AWS account ID</source>
        <translation>ID de cuenta de AWS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twelve-digit ID of the AWS account that owns the VPC.</source>
        <translation>ID de doce dígitos de la cuenta de AWS propietaria de la VPC.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;VPC ID:</source>
        <translation>ID de la &amp;VPC:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>AWS console: VPC &gt; Your VPCs &gt; VPC ID. This is your VPC, not the Atlas one.</source>
        <translation>Consola de AWS: VPC &gt; Your VPCs &gt; VPC ID. Es su VPC, no la de Atlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VPC ID</source>
        <translation>ID de la VPC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID of your VPC, vpc- followed by 17 hexadecimal characters.</source>
        <translation>ID de su VPC: vpc- seguido de 17 caracteres hexadecimales.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>VPC &amp;CIDR block:</source>
        <translation>Bloque &amp;CIDR de la VPC:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The IPv4 CIDR block of your VPC (or of the subnet that should reach Atlas): VPC &gt; Your VPCs &gt; IPv4 CIDR. It must be private (RFC 1918) and must not overlap the Atlas CIDR.</source>
        <translation>El bloque CIDR IPv4 de su VPC (o de la subred que debe llegar a Atlas): VPC &gt; Your VPCs &gt; IPv4 CIDR. Debe ser privado (RFC 1918) y no debe solaparse con el CIDR de Atlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VPC CIDR block</source>
        <translation>Bloque CIDR de la VPC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private IPv4 CIDR block of your VPC, for example 10.0.0.0/16.</source>
        <translation>Bloque CIDR IPv4 privado de su VPC, por ejemplo 10.0.0.0/16.</translation>
    </message>
</context>
<context>
    <name>AzurePage</name>
    <message>
        <location filename="../ui/AzurePage.ui" line="+24"/>
        <source>&amp;Directory (tenant) ID:</source>
        <translation>ID de &amp;directorio (inquilino):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. 8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d</source>
        <translation>p. ej. 8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure portal: Microsoft Entra ID &gt; Overview &gt; Tenant ID, or &quot;az account show --query tenantId&quot;.</source>
        <translation>Portal de Azure: Microsoft Entra ID &gt; Información general &gt; Id. de inquilino, o &quot;az account show --query tenantId&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Directory (tenant) ID</source>
        <translation>ID de directorio (inquilino)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GUID of the Azure directory, also called the tenant ID.</source>
        <translation>GUID del directorio de Azure, también llamado ID de inquilino.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Subscription ID:</source>
        <translation>ID de &amp;suscripción:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. 1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d</source>
        <translation>p. ej. 1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>e.g. my-resource-group</source>
        <translation>p. ej. my-resource-group</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>e.g. my-vnet</source>
        <translation>p. ej. my-vnet</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Azure portal: Subscriptions &gt; Subscription ID, or &quot;az account show --query id&quot;.</source>
        <translation>Portal de Azure: Suscripciones &gt; Id. de suscripción, o &quot;az account show --query id&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscription ID</source>
        <translation>ID de suscripción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GUID of the Azure subscription that holds the VNet.</source>
        <translation>GUID de la suscripción de Azure que contiene la VNet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Resource group:</source>
        <translation>&amp;Grupo de recursos:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Azure portal: Virtual networks &gt; your VNet &gt; Overview &gt; Resource group.</source>
        <translation>Portal de Azure: Redes virtuales &gt; su VNet &gt; Información general &gt; Grupo de recursos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resource group</source>
        <translation>Grupo de recursos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the resource group that holds the VNet.</source>
        <translation>Nombre del grupo de recursos que contiene la VNet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;VNet name:</source>
        <translation>&amp;Nombre de la VNet:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Azure portal: Virtual networks &gt; Name.</source>
        <translation>Portal de Azure: Redes virtuales &gt; Nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VNet name</source>
        <translation>Nombre de la VNet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the virtual network to peer.</source>
        <translation>Nombre de la red virtual que se va a emparejar.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/main.cpp" line="+56"/>
        <source>peering-desk: the sandbox could not listen on 127.0.0.1.</source>
        <translation>peering-desk: el entorno de pruebas no pudo escuchar en 127.0.0.1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the sandbox</source>
        <translation>el entorno de pruebas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>peering-desk: the window needs a display (none is set: DISPLAY and WAYLAND_DISPLAY are empty). Without one, use --submit FORM; --help lists every option.</source>
        <translation>peering-desk: la ventana necesita una pantalla (no hay ninguna definida: DISPLAY y WAYLAND_DISPLAY están vacías). Sin pantalla, use --submit FORMULARIO; --help enumera todas las opciones.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>peering-desk: there is no profile named &quot;%1&quot; (profiles: %2).</source>
        <translation>peering-desk: no hay ningún perfil llamado &quot;%1&quot; (perfiles: %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="+7"/>
        <source>Start the built-in fake Atlas on 127.0.0.1 and send requests to it.</source>
        <translation>Iniciar el Atlas simulado integrado en 127.0.0.1 y enviarle las solicitudes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this profile.</source>
        <translation>Usar este perfil.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in this project (group) ID.</source>
        <translation>Rellenar este ID de proyecto (grupo).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start on this cloud: AWS, AZURE or GCP.</source>
        <translation>Empezar en esta nube: AWS, AZURE o GCP.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>provider</source>
        <translation>proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send every request of this saved form without a window, print one JSON result per request, and exit (0 created, 1 invalid, 2 API error, 3 network, authentication or keychain failure, 4 a create may have reached Atlas without a readable answer).</source>
        <translation>Enviar todas las solicitudes de este formulario guardado sin ventana, imprimir un resultado JSON por solicitud y salir (0 creado, 1 no válido, 2 error de API, 3 fallo de red, de autenticación o del llavero, 4 una creación puede haber llegado a Atlas sin una respuesta legible).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Compare this saved form with Atlas and print, per request, whether its peering exists, is to be created, differs or conflicts, without changing anything; exit 0 when there is nothing to do, 5 when something is to be created.</source>
        <translation>Comparar este formulario guardado con Atlas e indicar, por solicitud, si su peering existe, está por crear, difiere o entra en conflicto, sin cambiar nada; código de salida 0 si no hay nada que hacer, 5 si hay algo que crear.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan this saved form, then create only the peerings and access list entries that are missing; running it again does nothing.</source>
        <translation>Planificar este formulario guardado y crear solo los peerings y las entradas de la lista de acceso que faltan; volver a ejecutarlo no hace nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --submit or --apply: follow each new peering until it is available, failed or waiting for you.</source>
        <translation>Con --submit o --apply: seguir cada emparejamiento nuevo hasta que esté disponible, haya fallado o esté esperando su acción.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --submit or --apply: follow each new peering, and when it waits for a step in the cloud (accepting in AWS, the peering in Google Cloud), print that step and keep following for up to this many minutes while it is done.</source>
        <translation>Con --submit o --apply: seguir cada peering nuevo y, cuando espere un paso en la nube (aceptarlo en AWS, el peering en Google Cloud), mostrar ese paso y seguirlo hasta este número de minutos mientras se hace.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep preferences (never secrets) in this INI file instead of the default.</source>
        <translation>Guardar las preferencias (nunca los secretos) en este archivo INI en lugar del predeterminado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit after this many milliseconds (smoke tests).</source>
        <translation>Salir tras este número de milisegundos (pruebas de humo).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates MongoDB Atlas network peering connections.</source>
        <translation>Crea conexiones de emparejamiento de red de MongoDB Atlas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A saved form to open.</source>
        <translation>Un formulario guardado que abrir.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>peering-desk: --provider must be AWS, AZURE or GCP.</source>
        <translation>peering-desk: --provider debe ser AWS, AZURE o GCP.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>peering-desk: choose one of --submit, --plan and --apply.</source>
        <translation>peering-desk: elija una sola de --submit, --plan y --apply.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>peering-desk: --wait-for-cloud-step goes with --submit or --apply.</source>
        <translation>peering-desk: --wait-for-cloud-step se usa con --submit o --apply.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>peering-desk: --wait-for-cloud-step takes a number of minutes from 1 to %1 (AWS deletes a peering request nobody accepted after 7 days).</source>
        <translation>peering-desk: --wait-for-cloud-step espera un número de minutos de 1 a %1 (AWS elimina una solicitud de peering no aceptada a los 7 días).</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../ui/ConnectionBanner.ui" line="+9"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Add an Atlas profile…</source>
        <translation>&amp;Añadir un perfil de Atlas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the Atlas to talk to and the API key or service account that signs in; the secret goes to the system keychain.</source>
        <translation>Indique con qué Atlas comunicarse y la clave de API o la cuenta de servicio con la que iniciar sesión; el secreto se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Try the sandbox</source>
        <translation>&amp;Probar el entorno de pruebas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a fake Atlas on this computer and send requests there: nothing is created in a real cloud.</source>
        <translation>Iniciar un Atlas simulado en este equipo y enviarle las solicitudes: no se crea nada en una nube real.</translation>
    </message>
</context>
<context>
    <name>ContainerPanel</name>
    <message>
        <location filename="../ui/ContainerPanel.ui" line="+27"/>
        <source>Containers</source>
        <translation>Contenedores</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New Container…</source>
        <translation>&amp;Nuevo contenedor…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New container</source>
        <translation>Nuevo contenedor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Atlas re&amp;gion:</source>
        <translation>Re&amp;gión de Atlas:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Google Cloud regions</source>
        <translation>Regiones de Google Cloud</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Leave every region unticked for a /18 or larger block. Ticking regions limits the project to them and needs a /21 to /24 block.</source>
        <translation>Deje todas las regiones sin marcar para un bloque /18 o mayor. Marcar regiones limita el proyecto a ellas y requiere un bloque de /21 a /24.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Atlas &amp;CIDR block:</source>
        <translation>Bloque &amp;CIDR de Atlas:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>192.168.248.0/21</source>
        <translation>192.168.248.0/21</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;reate Container</source>
        <translation>C&amp;rear contenedor</translation>
    </message>
</context>
<context>
    <name>ContainerRequest</name>
    <message>
        <location filename="../app/core/model/ContainerRequest.cpp" line="+50"/>
        <source>Choose the Atlas region of the container, like US_EAST_1.</source>
        <translation>Elija la región de Atlas del contenedor, como US_EAST_1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Atlas&apos;s name for the region, like %1, not the cloud&apos;s own spelling.</source>
        <translation>Use el nombre de la región en Atlas, como %1, no la forma en que la escribe la nube.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an Atlas region name; choose regions from the list.</source>
        <translation>%1 no es un nombre de región de Atlas; elija las regiones de la lista.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the Atlas CIDR block, like 192.168.248.0/21.</source>
        <translation>Introduzca el bloque CIDR de Atlas, como 192.168.248.0/21.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter an IPv4 block in CIDR notation, like 192.168.248.0/21.</source>
        <translation>Introduzca un bloque IPv4 en notación CIDR, como 192.168.248.0/21.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a private block (RFC 1918): inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.</source>
        <translation>Use un bloque privado (RFC 1918): dentro de 10.0.0.0/8, 172.16.0.0/12 o 192.168.0.0/16.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the block in canonical form, %1: the address must be the first of the block.</source>
        <translation>Escriba el bloque en forma canónica, %1: la dirección debe ser la primera del bloque.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 containers need a block from /21 to /24, like 192.168.248.0/21; this one is /%2.</source>
        <translation>Los contenedores de %1 necesitan un bloque de /21 a /24, como 192.168.248.0/21; este es /%2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A /%1 Google Cloud container must be limited to regions: choose them, or use a /18 or larger block.</source>
        <translation>Un contenedor de Google Cloud /%1 debe limitarse a regiones: elíjalas o use un bloque /18 o mayor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Cloud containers need a /18 or larger block (like 10.8.0.0/18), or /21 to /24 together with regions; this one is /%1.</source>
        <translation>Los contenedores de Google Cloud necesitan un bloque /18 o mayor (como 10.8.0.0/18), o de /21 a /24 junto con regiones; este es /%1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A Google Cloud container limited to regions needs a block from /21 to /24; clear the regions to use a /18 or larger block.</source>
        <translation>Un contenedor de Google Cloud limitado a regiones necesita un bloque de /21 a /24; desmarque las regiones para usar un bloque /18 o mayor.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A /%1 block allows at most %n region(s).</source>
        <translation>
            <numerusform>Un bloque /%1 permite como máximo %n región.</numerusform>
            <numerusform>Un bloque /%1 permite como máximo %n regiones.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This project already has a Google Cloud container with %1. Atlas keeps that block and ignores %2: use the existing container, or pick a route table CIDR that does not overlap %1.</source>
        <translation>Este proyecto ya tiene un contenedor de Google Cloud con %1. Atlas conserva ese bloque e ignora %2: use el contenedor existente o elija un CIDR de tabla de rutas que no se solape con %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A container for %1 already exists with %2. Atlas keeps that block and ignores %3: use the existing container, or pick a route table CIDR that does not overlap %2.</source>
        <translation>Ya existe un contenedor para %1 con %2. Atlas conserva ese bloque e ignora %3: use el contenedor existente o elija un CIDR de tabla de rutas que no se solape con %2.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../app/core/store/CredentialStore.cpp" line="+37"/>
        <source>No credentials are stored for profile &quot;%1&quot; yet. Enter an API key to continue.</source>
        <translation>Aún no hay credenciales guardadas para el perfil &quot;%1&quot;. Introduzca una clave de API para continuar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access to the keychain was refused. Allow Peering Desk when the keychain asks, then try again.</source>
        <translation>Se denegó el acceso al llavero. Permita el acceso a Peering Desk cuando el llavero lo pregunte e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyring is locked. Unlock it (for example with your login password in Passwords and Keys) and try again.</source>
        <translation>El depósito de claves está bloqueado. Desbloquéelo (por ejemplo, con su contraseña de inicio de sesión en Contraseñas y claves) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain denied access: %1</source>
        <translation>El llavero denegó el acceso: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available (%1). Peering Desk keeps API keys only in the system keychain: start a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>No hay ningún llavero disponible (%1). Peering Desk guarda las claves de API solo en el llavero del sistema: inicie un Secret Service como GNOME Keyring o KWallet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The keyring is locked, so the API key of profile &quot;%1&quot; cannot be read. Unlock it, then try again: log in to your desktop session, or unlock &quot;Login&quot; in Passwords and Keys (Seahorse); on a machine without a desktop, run gnome-keyring-daemon --unlock, which reads the keyring password from its standard input.</source>
        <translation>El depósito de claves está bloqueado, por lo que no se puede leer la clave de API del perfil &quot;%1&quot;. Desbloquéelo e inténtelo de nuevo: inicie sesión en su escritorio o desbloquee &quot;Inicio de sesión&quot; en Contraseñas y claves (Seahorse); en un equipo sin escritorio, ejecute gnome-keyring-daemon --unlock, que lee la contraseña del depósito de claves de su entrada estándar.</translation>
    </message>
</context>
<context>
    <name>ErrorGuidance</name>
    <message>
        <location filename="../app/core/peering/ErrorGuidance.cpp" line="+18"/>
        <source>Atlas rejected a field of the request: correct the fields listed below and send it again.</source>
        <translation>Atlas rechazó un campo de la solicitud: corrija los campos indicados abajo y vuelva a enviarla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A field has a value Atlas does not accept here, often a container of another provider: check the field Atlas names.</source>
        <translation>Un campo tiene un valor que Atlas no acepta aquí, a menudo un contenedor de otro proveedor: revise el campo que indica Atlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A required field is missing: fill in the field Atlas names.</source>
        <translation>Falta un campo obligatorio: rellene el campo que indica Atlas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Atlas could not read the request body; this is a bug in Peering Desk, please report it.</source>
        <translation>Atlas no pudo leer el cuerpo de la solicitud; es un error de Peering Desk, por favor, infórmenos de él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use one of AWS, AZURE or GCP as the provider.</source>
        <translation>Use AWS, AZURE o GCP como proveedor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the region from the list: Atlas spells regions like US_EAST_1, not us-east-1 or eastus.</source>
        <translation>Elija la región de la lista: Atlas escribe las regiones como US_EAST_1, no us-east-1 ni eastus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the block in CIDR notation, like 192.168.248.0/21.</source>
        <translation>Escriba el bloque en notación CIDR, como 192.168.248.0/21.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use your VPC&apos;s private block (inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16) as the route table CIDR.</source>
        <translation>Use el bloque privado de su VPC (dentro de 10.0.0.0/8, 172.16.0.0/12 o 192.168.0.0/16) como CIDR de la tabla de rutas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an Atlas block of the right size: /21 to /24 for AWS and Azure, /18 or larger for Google Cloud.</source>
        <translation>Elija un bloque de Atlas del tamaño adecuado: de /21 a /24 para AWS y Azure, /18 o mayor para Google Cloud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Google Cloud container limited to regions needs a /21 to /24 block; clear the regions to use /18 or larger.</source>
        <translation>Un contenedor de Google Cloud limitado a regiones necesita un bloque de /21 a /24; desmarque las regiones para usar /18 o mayor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an Atlas block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.</source>
        <translation>Elija un bloque de Atlas dentro de 10.0.0.0/8, 172.16.0.0/12 o 192.168.0.0/16.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the block in the canonical form Atlas names, with the host bits zero.</source>
        <translation>Escriba el bloque en la forma canónica que indica Atlas, con los bits de host a cero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A container&apos;s region is fixed: create a container in the other region instead.</source>
        <translation>La región de un contenedor no se puede cambiar: cree en su lugar un contenedor en la otra región.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Google Cloud container limited to regions cannot be changed: delete and recreate it while nothing uses it.</source>
        <translation>Un contenedor de Google Cloud limitado a regiones no se puede cambiar: elimínelo y vuelva a crearlo mientras nada lo use.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project already has a container there (one per AWS or Azure region, one for Google Cloud): choose the existing container.</source>
        <translation>El proyecto ya tiene un contenedor ahí (uno por región de AWS o Azure, uno para Google Cloud): elija el contenedor existente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The container&apos;s block is locked because clusters or peerings use it: keep it, and choose a VPC block that does not overlap it.</source>
        <translation>El bloque del contenedor está bloqueado porque lo usan clústeres o emparejamientos: consérvelo y elija un bloque de VPC que no se solape con él.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That container does not exist in this project: pick one from the list.</source>
        <translation>Ese contenedor no existe en este proyecto: elija uno de la lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the directory, subscription, resource group and VNet, and that you ran the service principal and role commands; role assignments can take a few minutes to apply.</source>
        <translation>Compruebe el directorio, la suscripción, el grupo de recursos y la VNet, y que ejecutó los comandos de la entidad de servicio y del rol; las asignaciones de roles pueden tardar unos minutos en aplicarse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas cannot reach your Azure subscription: check the subscription ID and the Atlas role assignment.</source>
        <translation>Atlas no puede acceder a su suscripción de Azure: compruebe el ID de suscripción y la asignación de rol de Atlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure rejected one of the values: check the directory, subscription, resource group and VNet name.</source>
        <translation>Azure rechazó uno de los valores: compruebe el directorio, la suscripción, el grupo de recursos y el nombre de la VNet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This project allows Azure peering in one Atlas region only: use the container that already has a peering.</source>
        <translation>Este proyecto solo permite emparejamientos de Azure en una región de Atlas: use el contenedor que ya tiene un emparejamiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project in the request does not match the chosen project: choose the project again.</source>
        <translation>El proyecto de la solicitud no coincide con el proyecto elegido: vuelva a elegir el proyecto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your key cannot change this project: give it the Project Network Access Manager role, or choose another project.</source>
        <translation>Su clave no puede modificar este proyecto: asígnele el rol Project Network Access Manager o elija otro proyecto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your key has no access to this project: add it to the project, or choose another project.</source>
        <translation>Su clave no tiene acceso a este proyecto: añádala al proyecto o elija otro proyecto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas did not accept the credentials: check the key or service account of the profile.</source>
        <translation>Atlas no aceptó las credenciales: compruebe la clave o la cuenta de servicio del perfil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Add this computer&apos;s public IP address to the API key&apos;s access list in Atlas.</source>
        <translation>Añada la dirección IP pública de este equipo a la lista de acceso de la clave de API en Atlas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A project ID is 24 hexadecimal characters: choose the project from the list.</source>
        <translation>Un ID de proyecto tiene 24 caracteres hexadecimales: elija el proyecto de la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such project, or not one your key can see: choose the project from the list.</source>
        <translation>El proyecto no existe o su clave no puede verlo: elija el proyecto de la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas does not know this address: check the base URL of the profile.</source>
        <translation>Atlas no reconoce esta dirección: compruebe la URL base del perfil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A peering ID is 24 hexadecimal characters: pick the peering from the list.</source>
        <translation>Un ID de emparejamiento tiene 24 caracteres hexadecimales: elija el emparejamiento de la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering no longer exists (it may have been deleted): refresh the list.</source>
        <translation>El emparejamiento ya no existe (puede que se haya eliminado): actualice la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your VPC block overlaps another peering&apos;s block: use a VPC block no other peer uses.</source>
        <translation>El bloque de su VPC se solapa con el bloque de otro emparejamiento: use un bloque de VPC que no use ningún otro par.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your VPC block overlaps the container&apos;s Atlas block: use a VPC block outside it, or another container.</source>
        <translation>El bloque de su VPC se solapa con el bloque de Atlas del contenedor: use un bloque de VPC fuera de él u otro contenedor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This VPC is already peered with the project: use the existing peering, or delete it first.</source>
        <translation>Esta VPC ya está emparejada con el proyecto: use el emparejamiento existente o elimínelo antes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This VNet is already peered with the project: use the existing peering, or delete it first.</source>
        <translation>Esta VNet ya está emparejada con el proyecto: use el emparejamiento existente o elimínelo antes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This network is already peered with the project: use the existing peering, or delete it first.</source>
        <translation>Esta red ya está emparejada con el proyecto: use el emparejamiento existente o elimínelo antes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering is already being deleted: wait a moment and refresh.</source>
        <translation>El emparejamiento ya se está eliminando: espere un momento y actualice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering cannot change in its current status: wait until it is AVAILABLE or FAILED.</source>
        <translation>El emparejamiento no puede cambiar en su estado actual: espere hasta que esté en AVAILABLE o FAILED.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project has the most peerings Atlas allows: delete one you no longer need.</source>
        <translation>El proyecto tiene el máximo de emparejamientos que permite Atlas: elimine uno que ya no necesite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Atlas is limiting requests: wait the time it names and try again.</source>
        <translation>Atlas está limitando las solicitudes: espere el tiempo que indica e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas failed without a reason; on a create this usually means the container ID is wrong: pick the container from the list.</source>
        <translation>Atlas falló sin indicar el motivo; al crear, esto suele significar que el ID del contenedor es incorrecto: elija el contenedor de la lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas is briefly unavailable, for example during maintenance: try again in a few minutes.</source>
        <translation>Atlas no está disponible momentáneamente, por ejemplo, durante un mantenimiento: inténtelo de nuevo en unos minutos.</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <location filename="../app/core/peering/FailureText.cpp" line="+19"/>
        <source>Unreadable answer: the peering may have been created</source>
        <translation>Respuesta ilegible: puede que se haya creado el emparejamiento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Atlas answered HTTP %1, so it accepted the request, but its answer could not be read (%2). The peering may well have been created: look at the project&apos;s peerings before you send it again.</source>
        <translation>Atlas respondió HTTP %1, así que aceptó la solicitud, pero no se pudo leer su respuesta (%2). Es muy posible que el emparejamiento se haya creado: revise los emparejamientos del proyecto antes de volver a enviarla.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Atlas asks to wait %n second(s) before the next request. Peering Desk never sends a create again by itself: send it again once the time has passed.</source>
        <translation>
            <numerusform>Atlas pide esperar %n segundo antes de la próxima solicitud. Peering Desk nunca vuelve a enviar una creación por sí solo: vuelva a enviarla cuando haya pasado ese tiempo.</numerusform>
            <numerusform>Atlas pide esperar %n segundos antes de la próxima solicitud. Peering Desk nunca vuelve a enviar una creación por sí solo: vuelva a enviarla cuando haya pasado ese tiempo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request may have reached Atlas before the connection failed: look at the project&apos;s peerings before you send it again.</source>
        <translation>Puede que la solicitud llegara a Atlas antes de que fallara la conexión: revise los emparejamientos del proyecto antes de volver a enviarla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A gateway error does not prove that nothing was created: check the project&apos;s peerings before you send it again.</source>
        <translation>Un error de puerta de enlace no demuestra que no se haya creado nada: revise los emparejamientos del proyecto antes de volver a enviar la solicitud.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Atlas asks to wait %n second(s) before the next request.</source>
        <translation>
            <numerusform>Atlas pide esperar %n segundo antes de la próxima solicitud.</numerusform>
            <numerusform>Atlas pide esperar %n segundos antes de la próxima solicitud.</numerusform>
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
        <translation>campo %1: %2</translation>
    </message>
</context>
<context>
    <name>FieldCheck</name>
    <message numerus="yes">
        <location filename="../app/core/model/FieldCheck.cpp" line="+12"/>
        <source>This value is too long: at most %n characters.</source>
        <translation>
            <numerusform>Este valor es demasiado largo: como máximo %n carácter.</numerusform>
            <numerusform>Este valor es demasiado largo: como máximo %n caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <location filename="../app/core/model/FieldValidator.cpp" line="+60"/>
        <location line="+106"/>
        <source>Enter the %1.</source>
        <translation>Introduzca el %1.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Use lower-case letters: Atlas IDs are written in lower-case hexadecimal.</source>
        <translation>Use minúsculas: los ID de Atlas se escriben en hexadecimal en minúsculas.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %1 is 24 characters of 0-9 and a-f, like 5f3e2d1c0b9a887766554433; this value has %n character(s).</source>
        <translation>
            <numerusform>El %1 consta de 24 caracteres entre 0-9 y a-f, como 5f3e2d1c0b9a887766554433; este valor tiene %n carácter.</numerusform>
            <numerusform>El %1 consta de 24 caracteres entre 0-9 y a-f, como 5f3e2d1c0b9a887766554433; este valor tiene %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>project ID</source>
        <translation>ID del proyecto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>container ID</source>
        <translation>ID del contenedor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the 12-digit ID of the AWS account that owns the VPC.</source>
        <translation>Introduzca el ID de 12 dígitos de la cuenta de AWS propietaria de la VPC.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the dashes: enter the account ID as 12 digits.</source>
        <translation>Quite los guiones: introduzca el ID de cuenta como 12 dígitos.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>An AWS account ID has 12 digits; this one has %n. Keep any leading zeros.</source>
        <translation>
            <numerusform>Un ID de cuenta de AWS tiene 12 dígitos; este tiene %n. Conserve los ceros iniciales.</numerusform>
            <numerusform>Un ID de cuenta de AWS tiene 12 dígitos; este tiene %n. Conserve los ceros iniciales.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An AWS account ID is exactly 12 digits, like 123456789012.</source>
        <translation>Un ID de cuenta de AWS tiene exactamente 12 dígitos, como 123456789012.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the ID of your VPC, like vpc-0123456789abcdef0.</source>
        <translation>Introduzca el ID de su VPC, como vpc-0123456789abcdef0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is a peering connection ID; enter the VPC ID (vpc-…) instead.</source>
        <translation>Eso es un ID de conexión de emparejamiento; introduzca en su lugar el ID de la VPC (vpc-…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use lower-case letters in the VPC ID.</source>
        <translation>Use minúsculas en el ID de la VPC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A VPC ID is vpc- followed by 17 hexadecimal characters (or 8 for older VPCs), like vpc-0123456789abcdef0.</source>
        <translation>Un ID de VPC es vpc- seguido de 17 caracteres hexadecimales (u 8 en las VPC más antiguas), como vpc-0123456789abcdef0.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the AWS region of your VPC, like us-east-1.</source>
        <translation>Introduzca la región de AWS de su VPC, como us-east-1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the AWS form of the region, %1, not the Atlas form %2.</source>
        <translation>Use la forma de AWS de la región, %1, no la forma de Atlas %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the region as AWS writes it, like us-east-1 or eu-west-2.</source>
        <translation>Introduzca la región tal como la escribe AWS, como us-east-1 o eu-west-2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the CIDR block of your VPC, like 10.0.0.0/16.</source>
        <translation>Introduzca el bloque CIDR de su VPC, como 10.0.0.0/16.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the prefix length: a CIDR block looks like %1/16.</source>
        <translation>Añada la longitud del prefijo: un bloque CIDR tiene la forma %1/16.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas peers with IPv4 VPC ranges only; enter an IPv4 CIDR block like 10.0.0.0/16.</source>
        <translation>Atlas solo se empareja con rangos de VPC IPv4; introduzca un bloque CIDR IPv4 como 10.0.0.0/16.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a CIDR block. Write it as four numbers and a prefix length, like 10.0.0.0/16.</source>
        <translation>Esto no es un bloque CIDR. Escríbalo como cuatro números y una longitud de prefijo, como 10.0.0.0/16.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has host bits set; its canonical form is %2.</source>
        <translation>%1 tiene bits de host activados; su forma canónica es %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The block must lie inside the private ranges 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.</source>
        <translation>El bloque debe estar dentro de los rangos privados 10.0.0.0/8, 172.16.0.0/12 o 192.168.0.0/16.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove the braces around the ID.</source>
        <translation>Quite las llaves que rodean el ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 is a GUID, like 8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d.</source>
        <translation>El %1 es un GUID, como 8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure directory (tenant) ID</source>
        <translation>ID de directorio (inquilino) de Azure</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure subscription ID</source>
        <translation>ID de suscripción de Azure</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the name of the resource group that holds your VNet.</source>
        <translation>Introduzca el nombre del grupo de recursos que contiene su VNet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resource group name has at most 90 characters.</source>
        <translation>El nombre de un grupo de recursos tiene como máximo 90 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resource group name may contain only letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;(&apos; and &apos;)&apos;.</source>
        <translation>El nombre de un grupo de recursos solo puede contener letras, dígitos, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;(&apos; y &apos;)&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resource group name cannot end with a period.</source>
        <translation>El nombre de un grupo de recursos no puede terminar en punto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the name of your virtual network (VNet).</source>
        <translation>Introduzca el nombre de su red virtual (VNet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A VNet name has 2 to 64 characters.</source>
        <translation>El nombre de una VNet tiene de 2 a 64 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A VNet name may contain only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>El nombre de una VNet solo puede contener letras, dígitos, &apos;-&apos;, &apos;_&apos; y &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A VNet name starts with a letter or digit and ends with a letter, digit or &apos;_&apos;.</source>
        <translation>El nombre de una VNet empieza por una letra o un dígito y termina en una letra, un dígito o &apos;_&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the ID of the Google Cloud project that owns the network.</source>
        <translation>Introduzca el ID del proyecto de Google Cloud propietario de la red.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That looks like a project number; enter the project ID, like my-project-123.</source>
        <translation>Parece un número de proyecto; introduzca el ID del proyecto, como my-project-123.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A project ID has 6 to 30 characters.</source>
        <translation>Un ID de proyecto tiene de 6 a 30 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A project ID uses lower-case letters only.</source>
        <translation>Un ID de proyecto solo usa minúsculas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A project ID starts with a letter, contains only a-z, 0-9 and &apos;-&apos;, and does not end with &apos;-&apos;.</source>
        <translation>Un ID de proyecto empieza por una letra, solo contiene a-z, 0-9 y &apos;-&apos;, y no termina en &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the name of your VPC network, like default.</source>
        <translation>Introduzca el nombre de su red de VPC, como default.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter just the network&apos;s name (%1), not its URL or self-link.</source>
        <translation>Introduzca solo el nombre de la red (%1), no su URL ni su self-link.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A network name has at most 63 characters.</source>
        <translation>Un nombre de red tiene como máximo 63 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A network name uses lower-case letters only.</source>
        <translation>Un nombre de red solo usa minúsculas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A network name starts with a letter, contains only a-z, 0-9 and &apos;-&apos;, and does not end with &apos;-&apos;.</source>
        <translation>Un nombre de red empieza por una letra, solo contiene a-z, 0-9 y &apos;-&apos;, y no termina en &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the Atlas URL, like https://cloud.mongodb.com.</source>
        <translation>Introduzca la URL de Atlas, como https://cloud.mongodb.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a web address that starts with https://, like https://cloud.mongodb.com.</source>
        <translation>Introduzca una dirección web que empiece por https://, como https://cloud.mongodb.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the user name and password out of the URL: the keys go in the key fields.</source>
        <translation>No incluya el nombre de usuario ni la contraseña en la URL: las claves van en los campos de clave.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use https: plain http is allowed only for this computer (127.0.0.1 or localhost).</source>
        <translation>Use https: http sin cifrar solo se permite para este equipo (127.0.0.1 o localhost).</translation>
    </message>
</context>
<context>
    <name>FormPlanBar</name>
    <message>
        <location filename="../ui/FormPlanBar.ui" line="+9"/>
        <source>This form compared with Atlas</source>
        <translation>Este formulario comparado con Atlas</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Requests created so far</source>
        <translation>Solicitudes creadas hasta ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chec&amp;k Against Atlas</source>
        <translation>Co&amp;mprobar en Atlas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the form&apos;s projects and show, per request, whether its peering exists, is to be created, differs or conflicts. Nothing is sent.</source>
        <translation>Lee los proyectos del formulario y muestra, por solicitud, si su peering existe, está por crear, difiere o entra en conflicto. No se envía nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create All Missin&amp;g</source>
        <translation>Crear todos los &amp;que faltan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create, one after the other, every peering the check found missing; the others are left as they are.</source>
        <translation>Crea, uno tras otro, cada peering que la comprobación encontró ausente; los demás quedan como están.</translation>
    </message>
</context>
<context>
    <name>FormPlanner</name>
    <message>
        <location filename="../app/core/provisioning/FormPlanner.cpp" line="+67"/>
        <source>Project %1 was not read.</source>
        <translation>El proyecto %1 no se leyó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project %1 could not be read: %2</source>
        <translation>No se pudo leer el proyecto %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request %1 of this form asks for the same peering.</source>
        <translation>La solicitud %1 de este formulario pide el mismo peering.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Container %1 is not a container of project %2.</source>
        <translation>El contenedor %1 no es un contenedor del proyecto %2.</translation>
    </message>
</context>
<context>
    <name>GcpPage</name>
    <message>
        <location filename="../ui/GcpPage.ui" line="+24"/>
        <source>Google Cloud &amp;project ID:</source>
        <translation>ID del &amp;proyecto de Google Cloud:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. my-project-123</source>
        <translation>p. ej. my-project-123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project ID, not its name or number: the project picker in the Google Cloud console, ID column, or &quot;gcloud config get-value project&quot;.</source>
        <translation>El ID del proyecto, no su nombre ni su número: el selector de proyectos de la consola de Google Cloud, columna ID, o &quot;gcloud config get-value project&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Cloud project ID</source>
        <translation>ID del proyecto de Google Cloud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID of the Google Cloud project that owns the network, 6 to 30 characters.</source>
        <translation>ID del proyecto de Google Cloud propietario de la red, de 6 a 30 caracteres.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Network name:</source>
        <translation>Nombre de la &amp;red:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. default</source>
        <translation>p. ej. default</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Cloud console: VPC network &gt; VPC networks &gt; Name. Just the name, not the URL or self-link.</source>
        <translation>Consola de Google Cloud: Red de VPC &gt; Redes de VPC &gt; Nombre. Solo el nombre, no la URL ni el self-link.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network name</source>
        <translation>Nombre de la red</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the VPC network to peer, for example default.</source>
        <translation>Nombre de la red de VPC que se va a emparejar, por ejemplo default.</translation>
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
        <translation>Solicitud:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Request in this form</source>
        <translation>Solicitud de este formulario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A saved form can hold several peering requests; pick the one to edit and send.</source>
        <translation>Un formulario guardado puede contener varias solicitudes de emparejamiento; elija la que quiera editar y enviar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a request to this form, starting from a copy of the current one</source>
        <translation>Añadir una solicitud a este formulario, a partir de una copia de la actual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a request</source>
        <translation>Añadir una solicitud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the current request from this form</source>
        <translation>Quitar la solicitud actual de este formulario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this request</source>
        <translation>Quitar esta solicitud</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Atlas project</source>
        <translation>Proyecto de Atlas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pro&amp;file:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which Atlas and which credentials requests use.</source>
        <translation>Qué Atlas y qué credenciales usan las solicitudes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which Atlas deployment and which credentials the request uses. The sandbox is a fake Atlas on this computer.</source>
        <translation>Qué despliegue de Atlas y qué credenciales usa la solicitud. El entorno de pruebas es un Atlas simulado en este equipo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Manage…</source>
        <translation>&amp;Gestionar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, edit or delete profiles (Ctrl+K)</source>
        <translation>Añadir, editar o eliminar perfiles (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>C&amp;ontainer ID:</source>
        <translation>ID del c&amp;ontenedor:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The Atlas network container of this provider (and region) in the project: Atlas &gt; Network Access &gt; Peering, or &quot;atlas networking containers list&quot;. It must belong to the chosen provider.</source>
        <translation>El contenedor de red de Atlas de este proveedor (y región) en el proyecto: Atlas &gt; Network Access &gt; Peering, o &quot;atlas networking containers list&quot;. Debe pertenecer al proveedor elegido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Container ID</source>
        <translation>ID del contenedor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID of the Atlas network container, 24 hexadecimal characters.</source>
        <translation>ID del contenedor de red de Atlas, 24 caracteres hexadecimales.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Cloud p&amp;rovider:</source>
        <translation>Proveedor de &amp;nube:</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>e.g. 5f3e2d1c0b9a887766554433</source>
        <translation>p. ej. 5f3e2d1c0b9a887766554433</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cloud provider</source>
        <translation>Proveedor de nube</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cloud of the network to peer with Atlas.</source>
        <translation>La nube de la red que se va a emparejar con Atlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cloud your VPC or VNet is in. The container must be of the same provider.</source>
        <translation>La nube en la que está su VPC o VNet. El contenedor debe ser del mismo proveedor.</translation>
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
        <translation>p. ej. 65a1b2c3d4e5f60718293a4b</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Atlas network container</source>
        <translation>Contenedor de red de Atlas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your network</source>
        <translation>Su red</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show or hide the query flags Atlas accepts with the request</source>
        <translation>Mostrar u ocultar los parámetros de consulta que Atlas acepta con la solicitud</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask for an &amp;envelope (envelope=true)</source>
        <translation>Pedir un &amp;sobre (envelope=true)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas then answers 200 and puts the real status and body inside the response. Peering Desk unwraps it; the result is the same.</source>
        <translation>Atlas responde entonces 200 y pone el estado y el cuerpo reales dentro de la respuesta. Peering Desk los extrae; el resultado es el mismo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pretty-&amp;print the response (pretty=true)</source>
        <translation>For&amp;matear la respuesta (pretty=true)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas indents the JSON it returns. Only the raw view changes.</source>
        <translation>Atlas sangra el JSON que devuelve. Solo cambia la vista sin procesar.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Create the peering</source>
        <translation>Crear el emparejamiento</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Request in progress</source>
        <translation>Solicitud en curso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Peering</source>
        <translation>&amp;Nuevo emparejamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start another peering request in this form, keeping this one and its result</source>
        <translation>Empezar otra solicitud de emparejamiento en este formulario, conservando esta y su resultado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abort the request in flight (Esc)</source>
        <translation>Interrumpir la solicitud en curso (Esc)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+120"/>
        <source>&amp;Create Peering</source>
        <translation>&amp;Crear emparejamiento</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Send the peering request to Atlas (Ctrl+Return)</source>
        <translation>Enviar la solicitud de emparejamiento a Atlas (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Result and details</source>
        <translation>Resultado y detalles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Result</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Peerings</source>
        <translation>Empare&amp;jamientos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;quest Preview</source>
        <translation>&amp;Vista previa de la solicitud</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Peering</source>
        <translation>E&amp;mparejamiento</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chec&amp;k Form Against Atlas</source>
        <translation>Co&amp;mprobar el formulario en Atlas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the form&apos;s projects and mark each request: exists, to create, differs or conflicts. Nothing is sent.</source>
        <translation>Lee los proyectos del formulario y marca cada solicitud: existe, por crear, difiere o en conflicto. No se envía nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the peering request to Atlas</source>
        <translation>Enviar la solicitud de emparejamiento a Atlas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;ancel Request</source>
        <translation>C&amp;ancelar solicitud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop waiting for the request in flight (Esc)</source>
        <translation>Dejar de esperar la solicitud en curso (Esc)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Peering in This Form</source>
        <translation>&amp;Nuevo emparejamiento en este formulario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add another peering request to this form, keeping the others and their results</source>
        <translation>Añadir otra solicitud de emparejamiento a este formulario, conservando las demás y sus resultados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Perfiles…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, edit or delete profiles: where Atlas is and the credentials kept in the keychain</source>
        <translation>Añadir, editar o eliminar perfiles: dónde está Atlas y las credenciales guardadas en el llavero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the &amp;Sandbox</source>
        <translation>Usar el &amp;entorno de pruebas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send requests to a fake Atlas on this computer instead of MongoDB Atlas</source>
        <translation>Enviar las solicitudes a un Atlas simulado en este equipo en lugar de a MongoDB Atlas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings that apply to every profile, such as how long to wait for Atlas</source>
        <translation>Configuración que se aplica a todos los perfiles, como cuánto esperar a Atlas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy Peering &amp;ID</source>
        <translation>Copiar el &amp;ID del emparejamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;Response</source>
        <translation>Copiar la &amp;respuesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lear Form</source>
        <translation>&amp;Vaciar formulario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty every field of the form</source>
        <translation>Vaciar todos los campos del formulario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Peering Desk</source>
        <translation>&amp;Acerca de Peering Desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Form</source>
        <translation>&amp;Nuevo formulario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start an empty form</source>
        <translation>Empezar un formulario vacío</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open Form…</source>
        <translation>&amp;Abrir formulario…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a saved form</source>
        <translation>Abrir un formulario guardado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save Form</source>
        <translation>&amp;Guardar formulario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the form (never any secret)</source>
        <translation>Guardar el formulario (nunca incluye secretos)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save Form &amp;As…</source>
        <translation>Guardar formulario &amp;como…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the form under a new name</source>
        <translation>Guardar el formulario con otro nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as c&amp;url</source>
        <translation>Copiar como c&amp;url</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the request as a curl command, with placeholders for the keys</source>
        <translation>Copiar la solicitud como un comando curl, con marcadores en lugar de las claves</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as Atlas C&amp;LI</source>
        <translation>Copiar como Atlas C&amp;LI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the request as an atlas networking peering create command</source>
        <translation>Copiar la solicitud como un comando atlas networking peering create</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as &amp;Terraform</source>
        <translation>Copiar como &amp;Terraform</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the request as a mongodbatlas_network_peering resource</source>
        <translation>Copiar la solicitud como un recurso mongodbatlas_network_peering</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../app/core/peering/NextSteps.cpp" line="+51"/>
        <source>Accept the peering request in AWS</source>
        <translation>Aceptar la solicitud de emparejamiento en AWS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this in account %1, in region %2 where VPC %3 lives. AWS expires the request after 7 days.</source>
        <translation>Ejecute esto en la cuenta %1, en la región %2, donde está la VPC %3. La solicitud caduca en AWS a los 7 días.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route traffic for Atlas through the peering</source>
        <translation>Enrutar el tráfico hacia Atlas a través del emparejamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this route to every route table your application&apos;s subnets use.</source>
        <translation>Añada esta ruta a todas las tablas de rutas que usen las subredes de su aplicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow outbound traffic to Atlas</source>
        <translation>Permitir el tráfico saliente hacia Atlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only needed when your security groups restrict egress: MongoDB uses TCP 27015 to 27017.</source>
        <translation>Solo es necesario si sus grupos de seguridad restringen el tráfico saliente: MongoDB usa los puertos TCP 27015 a 27017.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create the peering from your Google Cloud network to Atlas</source>
        <translation>Crear el emparejamiento desde su red de Google Cloud hacia Atlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas waits until your network %1 in project %2 peers back with Atlas&apos;s project %3 and network %4. Leave custom route import and export off.</source>
        <translation>Atlas espera hasta que su red %1 del proyecto %2 se empareje a su vez con el proyecto %3 y la red %4 de Atlas. Deje desactivadas la importación y la exportación de rutas personalizadas.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Create the Atlas service principal</source>
        <translation>Crear la entidad de servicio de Atlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once per tenant. &quot;Another object with the same value … already exists&quot; means it was done before: go on.</source>
        <translation>Una vez por inquilino. &quot;Another object with the same value … already exists&quot; significa que ya se hizo antes: continúe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the custom role as peering-role.json</source>
        <translation>Guardar el rol personalizado como peering-role.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It lets Atlas manage peerings on this VNet only.</source>
        <translation>Permite que Atlas gestione emparejamientos solo en esta VNet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the role and assign it to Atlas</source>
        <translation>Crear el rol y asignarlo a Atlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs Owner or User Access Administrator on the VNet. Role assignments can take a minute to take effect.</source>
        <translation>Requiere el rol Owner o User Access Administrator en la VNet. Las asignaciones de roles pueden tardar un minuto en surtir efecto.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The peering request was rejected in AWS. Delete this peering and create it again, then accept it (do not reject it) in account %1.</source>
        <translation>La solicitud de emparejamiento se rechazó en AWS. Elimine este emparejamiento, vuelva a crearlo y, después, acéptelo (no lo rechace) en la cuenta %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody accepted the request in AWS within 7 days, so it expired. Delete this peering, create it again, and accept it in AWS in time.</source>
        <translation>Nadie aceptó la solicitud en AWS en 7 días, así que caducó. Elimine este emparejamiento, vuelva a crearlo y acéptelo en AWS a tiempo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS could not find VPC %1 in account %2 and region %3. Check the three values, then delete this peering and create it again.</source>
        <translation>AWS no encontró la VPC %1 en la cuenta %2 y la región %3. Compruebe los tres valores y, después, elimine este emparejamiento y vuelva a crearlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of the container</source>
        <translation>del contenedor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The peering failed and Atlas gave no reason. Delete it and create it again; if it fails again, contact MongoDB support with the peering ID %1.</source>
        <translation>El emparejamiento falló y Atlas no indicó el motivo. Elimínelo y vuelva a crearlo; si vuelve a fallar, contacte con el soporte de MongoDB indicando el ID de emparejamiento %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure refused: %1 Check that Atlas&apos;s service principal has the peering role on the VNet, then delete this peering and create it again.</source>
        <translation>Azure lo rechazó: %1 Compruebe que la entidad de servicio de Atlas tiene el rol de emparejamiento en la VNet y, después, elimine este emparejamiento y vuelva a crearlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google Cloud refused: %1 Check the project ID and network name, then delete this peering and create it again.</source>
        <translation>Google Cloud lo rechazó: %1 Compruebe el ID del proyecto y el nombre de la red y, después, elimine este emparejamiento y vuelva a crearlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The peering failed: %1</source>
        <translation>El emparejamiento falló: %1</translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <location filename="../ui/OutcomeView.ui" line="+30"/>
        <source>Outcome of the request</source>
        <translation>Resultado de la solicitud</translation>
    </message>
</context>
<context>
    <name>Peering</name>
    <message>
        <location filename="../app/core/model/Peering.cpp" line="+45"/>
        <source>The response is not a peering: it has no id.</source>
        <translation>La respuesta no es un emparejamiento: no tiene id.</translation>
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
        <translation>Copiar la entrada como comando curl, comandos de Atlas CLI o recursos de Terraform.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reading the project&apos;s IP access list…</source>
        <translation>Leyendo la lista de acceso por IP del proyecto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read the IP access list: %1 You can still add the entry.</source>
        <translation>No se pudo leer la lista de acceso por IP: %1 Aun así, puede añadir la entrada.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is on the list already.</source>
        <translation>%1 ya está en la lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is allowed by the entry %2 already.</source>
        <translation>%1 ya está permitido por la entrada %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Every range is on the IP access list already; nothing was sent.</source>
        <translation>Todos los rangos ya están en la lista de acceso por IP; no se envió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adding %1 to the IP access list…</source>
        <translation>Añadiendo %1 a la lista de acceso por IP…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Atlas did not add the entry: %1</source>
        <translation>Atlas no añadió la entrada: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Added %1; Atlas is applying it (PENDING).</source>
        <translation>Se añadió %1; Atlas lo está aplicando (PENDING).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1 to the IP access list.</source>
        <translation>Se añadió %1 a la lista de acceso por IP.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not read the entry&apos;s status: %1 Asking again shortly.</source>
        <translation>No se pudo leer el estado de la entrada: %1 Se volverá a consultar en breve.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Atlas could not apply the entry %1 (FAILED). Remove it in Atlas and add it again, or ask MongoDB support.</source>
        <translation>Atlas no pudo aplicar la entrada %1 (FAILED). Quítela en Atlas y vuelva a añadirla, o consulte al soporte de MongoDB.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On the IP access list and ACTIVE: %1.</source>
        <translation>En la lista de acceso por IP y en ACTIVE: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Atlas is applying %1 (%2).</source>
        <translation>Atlas está aplicando %1 (%2).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a curl command</source>
        <translation>comando curl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Atlas CLI commands</source>
        <translation>comandos de Atlas CLI</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the access list entry as %1.</source>
        <translation>Se copió la entrada de la lista de acceso como %1.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ActionBar</name>
    <message>
        <location filename="../ui/ActionBar.cpp" line="+33"/>
        <source>Done: this request created peering %1. New Peering starts another.</source>
        <translation>Hecho: esta solicitud creó el emparejamiento %1. Nuevo emparejamiento empieza otro.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n field(s) still need a value or a fix.</source>
        <translation>
            <numerusform>%n campo aún necesita un valor o una corrección.</numerusform>
            <numerusform>%n campos aún necesitan un valor o una corrección.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No profile yet: add one or try the sandbox (File menu).</source>
        <translation>Aún no hay ningún perfil: añada uno o pruebe el entorno de pruebas (menú Archivo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pre-flight check found a problem Atlas would refuse; see above.</source>
        <translation>La comprobación previa encontró un problema que Atlas rechazaría; véase arriba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to create the peering.</source>
        <translation>Listo para crear el emparejamiento.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::AtlasApi</name>
    <message>
        <location filename="../app/core/api/AtlasApi.cpp" line="+43"/>
        <source>project %1 of the list has no id</source>
        <translation>el proyecto %1 de la lista no tiene id</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the container in the answer has no id</source>
        <translation>el contenedor de la respuesta no tiene id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container %1 of the list has no id</source>
        <translation>el contenedor %1 de la lista no tiene id</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the peering in the answer has no id</source>
        <translation>el emparejamiento de la respuesta no tiene id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peering %1 of the list has no id</source>
        <translation>el emparejamiento %1 de la lista no tiene id</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>access list entry %1 names no CIDR block, address or security group</source>
        <translation>la entrada %1 de la lista de acceso no indica ningún bloque CIDR, dirección ni grupo de seguridad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cluster %1 of the list has no name</source>
        <translation>el clúster %1 de la lista no tiene nombre</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>the project list has no totalCount</source>
        <translation>la lista de proyectos no tiene totalCount</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>the access list has no &quot;results&quot; array</source>
        <translation>la lista de acceso no tiene ninguna matriz &quot;results&quot;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the entry&apos;s status has no STATUS</source>
        <translation>el estado de la entrada no tiene el campo STATUS</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::AtlasCliImporter</name>
    <message>
        <location filename="../app/core/store/AtlasCliImporter.cpp" line="+76"/>
        <source>No Atlas CLI configuration was found at %1.</source>
        <translation>No se encontró ninguna configuración de Atlas CLI en %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is a %2 profile; only Atlas profiles can be imported.</source>
        <translation>&quot;%1&quot; es un perfil de %2; solo se pueden importar perfiles de Atlas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Atlas CLI configuration at %1 has no profiles.</source>
        <translation>La configuración de Atlas CLI en %1 no tiene perfiles.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A profile named &quot;%1&quot; already exists; it was left as it is.</source>
        <translation>Ya existe un perfil llamado &quot;%1&quot;; se ha dejado como estaba.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;%1&quot; has no %2, neither in the CLI&apos;s file nor in the keychain; it was skipped.</source>
        <translation>&quot;%1&quot; no tiene %2, ni en el archivo de la CLI ni en el llavero; se ha omitido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; was skipped: %2.</source>
        <translation>Se ha omitido &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; was not imported: %2</source>
        <translation>No se ha importado &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::AtlasClient</name>
    <message>
        <location filename="../app/core/transport/AtlasClient.cpp" line="+286"/>
        <source>the connection closed before any answer came, and Peering Desk did not send the request again because it may have reached Atlas</source>
        <translation>la conexión se cerró antes de que llegara una respuesta, y Peering Desk no volvió a enviar la solicitud porque puede haber llegado a Atlas</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the body is larger than %1 MiB</source>
        <translation>el cuerpo ocupa más de %1 MiB</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>ninguna respuesta completa en %n segundo</numerusform>
            <numerusform>ninguna respuesta completa en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the content type is &quot;%1&quot;, not JSON; the body began: %2</source>
        <translation>el tipo de contenido es «%1», no JSON; el cuerpo empezaba así: %2</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ConnectionBanner</name>
    <message>
        <location filename="../ui/ConnectionBanner.cpp" line="+35"/>
        <source>&lt;b&gt;No profile yet.&lt;/b&gt; Nothing is sent until Peering Desk knows which Atlas to talk to and how to sign in.</source>
        <translation>&lt;b&gt;Aún no hay ningún perfil.&lt;/b&gt; No se envía nada hasta que Peering Desk sepa con qué Atlas comunicarse y cómo iniciar sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile keeps where Atlas is and the key that signs in (the secret in the system keychain). The sandbox answers like Atlas, on this computer, without a key.</source>
        <translation>Un perfil guarda dónde está Atlas y la clave con la que se inicia sesión (el secreto, en el llavero del sistema). El entorno de pruebas responde como Atlas, en este equipo, sin clave.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; requests go to a fake Atlas at %1 on this computer; nothing is created in a real cloud.</source>
        <translation>&lt;b&gt;Entorno de pruebas:&lt;/b&gt; las solicitudes van a un Atlas simulado en %1, en este equipo; no se crea nada en una nube real.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project and the container are filled in for you. The README lists the values that make the sandbox answer with each error.</source>
        <translation>El proyecto y el contenedor se rellenan automáticamente. El README enumera los valores que hacen que el entorno de pruebas responda con cada error.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ConnectionChooser</name>
    <message>
        <location filename="../ui/ConnectionChooser.cpp" line="+104"/>
        <source>Sandbox</source>
        <translation>Entorno de pruebas</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source>No profile</source>
        <translation>Ningún perfil</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Sandbox on at %1: nothing is created in a real cloud.</source>
        <translation>Entorno de pruebas activo en %1: no se crea nada en una nube real.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No profile: nothing is sent until you add one (File ▸ Profiles…) or try the sandbox.</source>
        <translation>Ningún perfil: no se envía nada hasta que añada uno (Archivo ▸ Perfiles…) o pruebe el entorno de pruebas.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sandbox (built-in fake Atlas)</source>
        <translation>Entorno de pruebas (Atlas simulado integrado)</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Sandbox off. %1</source>
        <translation>Entorno de pruebas desactivado. %1</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Profile &quot;%1&quot;: requests go to %2.</source>
        <translation>Perfil &quot;%1&quot;: las solicitudes van a %2.</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Starting the sandbox…</source>
        <translation>Iniciando el entorno de pruebas…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sandbox could not start.</source>
        <translation>No se pudo iniciar el entorno de pruebas.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ConnectionSession</name>
    <message>
        <location filename="../app/core/connection/ConnectionSession.cpp" line="+50"/>
        <source>The profile or the sandbox was switched while the request was being prepared: nothing was sent.</source>
        <translation>Se cambió el perfil o el entorno de pruebas mientras se preparaba la solicitud: no se envió nada.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ContainerPanel</name>
    <message>
        <location filename="../ui/ContainerPanel.cpp" line="+36"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Atlas CIDR</source>
        <translation>CIDR de Atlas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provisioned</source>
        <translation>Aprovisionado</translation>
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
        <translation>Elija primero un proyecto: aquí se muestran sus contenedores de red.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading %1 containers…</source>
        <translation>Cargando los contenedores de %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not list containers: %1</source>
        <translation>No se pudieron listar los contenedores: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This project has no %1 container yet: create one below.</source>
        <translation>Este proyecto aún no tiene ningún contenedor de %1: cree uno abajo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the container to peer with.</source>
        <translation>Elija el contenedor con el que emparejar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Hide New Container</source>
        <translation>Ocultar nuevo contenedor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New Container…</source>
        <translation>&amp;Nuevo contenedor…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Container %1 already covers this region: choose it in the list above.</source>
        <translation>El contenedor %1 ya cubre esta región: elíjalo en la lista de arriba.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating the container…</source>
        <translation>Creando el contenedor…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Atlas did not create the container: %1</source>
        <translation>Atlas no creó el contenedor: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created container %1 in %2.</source>
        <translation>Se creó el contenedor %1 en %2.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::FieldFeedback</name>
    <message>
        <location filename="../ui/FieldFeedback.cpp" line="+172"/>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the value with %1. Ctrl+Z in the field brings back what you typed.</source>
        <translation>Sustituir el valor por %1. Ctrl+Z en el campo recupera lo que escribió.</translation>
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
        <translation>(aún sin rellenar)</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Added request %1, a copy of the one before.</source>
        <translation>Se añadió la solicitud %1, una copia de la anterior.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot Open Form</source>
        <translation>No se puede abrir el formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened.</source>
        <translation>No se pudo abrir %1.</translation>
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
            <numerusform>Se abrió %1 (%n solicitud).</numerusform>
            <numerusform>Se abrió %1 (%n solicitudes).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot Save Form</source>
        <translation>No se puede guardar el formulario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1. It holds no secret.</source>
        <translation>Se guardó %1. No contiene ningún secreto.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save Form</source>
        <translation>Guardar formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peering Desk forms (*.peering.json);;JSON files (*.json)</source>
        <translation>Formularios de Peering Desk (*.peering.json);;Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open Form</source>
        <translation>Abrir formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peering Desk forms (*.peering.json);;JSON files (*.json);;All files (*)</source>
        <translation>Formularios de Peering Desk (*.peering.json);;Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1 first?</source>
        <translation>¿Guardar antes los cambios en %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this form</source>
        <translation>este formulario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Otherwise what you typed since the last save is lost.</source>
        <translation>De lo contrario, se perderá lo que haya escrito desde la última vez que guardó.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::FormDocumentControls</name>
    <message>
        <location filename="../ui/FormDocumentControls.cpp" line="+73"/>
        <source>Clear the List</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
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
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send no further request; the one in flight is cancelled.</source>
        <translation>No enviar más solicitudes; la que está en curso se cancela.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::FormPlanControls</name>
    <message>
        <location filename="../ui/FormPlanControls.cpp" line="+69"/>
        <location line="+272"/>
        <source>Stopped: nothing further was sent.</source>
        <translation>Detenido: no se envió nada más.</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Reading the form&apos;s projects in Atlas…</source>
        <translation>Leyendo los proyectos del formulario en Atlas…</translation>
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
        <translation>por crear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>differs from Atlas</source>
        <translation>difiere de Atlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>no válida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not read</source>
        <translation>no leído</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Peering %1 is %2 in Atlas.</source>
        <translation>El peering %1 está %2 en Atlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 in the form, %3 in Atlas.</source>
        <translation>%1: %2 en el formulario, %3 en Atlas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP access list: %1 still to add.</source>
        <translation>Lista de acceso IP: falta añadir %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP access list: every range is allowed already.</source>
        <translation>Lista de acceso IP: cada rango ya está permitido.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>changed since the check</source>
        <translation>cambiada desde la comprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check Against Atlas reads the form&apos;s projects and marks each request: exists, to create, differs or conflicts.</source>
        <translation>«Comprobar en Atlas» lee los proyectos del formulario y marca cada solicitud: existe, por crear, difiere o en conflicto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked: %1</source>
        <translation>No comprobado: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n exist(s)</source>
        <translation>
            <numerusform>%n existe</numerusform>
            <numerusform>%n existen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to create</source>
        <translation>
            <numerusform>%n por crear</numerusform>
            <numerusform>%n por crear</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n differ(s) from Atlas</source>
        <translation>
            <numerusform>%n difiere de Atlas</numerusform>
            <numerusform>%n difieren de Atlas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invalid</source>
        <translation>
            <numerusform>%n no válida</numerusform>
            <numerusform>%n no válidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not read</source>
        <translation>
            <numerusform>%n no leída</numerusform>
            <numerusform>%n no leídas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked against Atlas at %1: %2.</source>
        <translation>Comprobado en Atlas a las %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Created %1 of %n missing peering(s).</source>
        <translation>
            <numerusform>Creado %1 de %n peering que faltaba.</numerusform>
            <numerusform>Creados %1 de %n peerings que faltaban.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating request %1 (%2 of %3)…</source>
        <translation>Creando la solicitud %1 (%2 de %3)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not sent</source>
        <translation>no enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was not sent: the form&apos;s checks stopped it.</source>
        <translation>La solicitud %1 no se envió: las comprobaciones del formulario la detuvieron.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Atlas did not take request %1 (too many requests); it is sent again in %n second(s).</source>
        <translation>
            <numerusform>Atlas no aceptó la solicitud %1 (demasiadas solicitudes); se envía de nuevo en %n segundo.</numerusform>
            <numerusform>Atlas no aceptó la solicitud %1 (demasiadas solicitudes); se envía de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>created</source>
        <translation>creada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request failed.</source>
        <translation>La solicitud falló.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may have been created</source>
        <translation>quizá creada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1: %2</source>
        <translation>Solicitud %1: %2</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::GuidedPanels</name>
    <message>
        <location filename="../ui/GuidedPanels.cpp" line="+43"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Atlas project: pick it from the list (the refresh button lists your projects) or paste its 24-character ID, found in Atlas under Project Settings.</source>
        <translation>El proyecto de Atlas: elíjalo de la lista (el botón de actualizar muestra sus proyectos) o pegue su ID de 24 caracteres, que se encuentra en Atlas en Project Settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project ID</source>
        <translation>ID del proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID of the Atlas project, 24 hexadecimal characters.</source>
        <translation>ID del proyecto de Atlas, 24 caracteres hexadecimales.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Lists need the profile&apos;s credentials: %1</source>
        <translation>Las listas necesitan las credenciales del perfil: %1</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::HeadlessSubmitter</name>
    <message numerus="yes">
        <location filename="../app/core/provisioning/HeadlessSubmitter.cpp" line="+122"/>
        <source>peering-desk: %n peering(s) created.</source>
        <translation>
            <numerusform>peering-desk: se ha creado %n emparejamiento.</numerusform>
            <numerusform>peering-desk: se han creado %n emparejamientos.</numerusform>
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
        <translation>peering-desk: no hay ningún perfil; cree uno en la aplicación o indique --profile.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>peering-desk: plan: nothing was changed in Atlas.</source>
        <translation>peering-desk: plan: no se cambió nada en Atlas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>peering-desk: there is no profile named &quot;%1&quot;.</source>
        <translation>peering-desk: no hay ningún perfil llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+69"/>
        <location line="+183"/>
        <source>peering-desk: request %1: %2: %3</source>
        <translation>peering-desk: solicitud %1: %2: %3</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>peering-desk: request %1: exists: %2 is peering %3 (%4).</source>
        <translation>peering-desk: solicitud %1: existe: %2 es el peering %3 (%4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>peering-desk: request %1: to create: %2 with container %3.</source>
        <translation>peering-desk: solicitud %1: por crear: %2 con el contenedor %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>peering-desk: request %1: differs from peering %2 (%3); it is not changed:</source>
        <translation>peering-desk: solicitud %1: difiere del peering %2 (%3); no se modifica:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  %1: %2 in the form, %3 in Atlas</source>
        <translation>  %1: %2 en el formulario, %3 en Atlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>peering-desk: request %1: IP access list: to add %2.</source>
        <translation>peering-desk: solicitud %1: lista de acceso IP: por añadir %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peering-desk: request %1: IP access list: %2 already allowed.</source>
        <translation>peering-desk: solicitud %1: lista de acceso IP: %2 ya permitido.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>peering-desk: plan: nothing to do.</source>
        <translation>peering-desk: plan: nada que hacer.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>peering-desk: request %1: Atlas did not take the request (HTTP 429); sending it again in %n second(s).</source>
        <translation>
            <numerusform>peering-desk: solicitud %1: Atlas no aceptó la solicitud (HTTP 429); se enviará de nuevo en %n segundo.</numerusform>
            <numerusform>peering-desk: solicitud %1: Atlas no aceptó la solicitud (HTTP 429); se enviará de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>peering-desk: apply: %n peering(s) to create.</source>
        <translation>
            <numerusform>peering-desk: aplicar: %n peering por crear.</numerusform>
            <numerusform>peering-desk: aplicar: %n peerings por crear.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>peering-desk: request %1: nothing was sent: %2</source>
        <translation>peering-desk: solicitud %1: no se envió nada: %2</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>peering-desk: request %1: the access list entry was not added: %2</source>
        <translation>peering-desk: solicitud %1: no se añadió la entrada de la lista de acceso: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>peering-desk: request %1: %2 already on the IP access list.</source>
        <translation>peering-desk: solicitud %1: %2 ya en la lista de acceso por IP.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>peering-desk: request %1: added %2 to the IP access list.</source>
        <translation>peering-desk: solicitud %1: se añadió %2 a la lista de acceso por IP.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>peering-desk: request %1: peering %2 waits for this step in the cloud:</source>
        <translation>peering-desk: solicitud %1: el peering %2 espera este paso en la nube:</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>peering-desk: request %1: peering %2 waits for this step in the cloud; following it for up to %n minute(s) while it is done:</source>
        <translation>
            <numerusform>peering-desk: solicitud %1: el peering %2 espera este paso en la nube; se sigue hasta %n minuto mientras se hace:</numerusform>
            <numerusform>peering-desk: solicitud %1: el peering %2 espera este paso en la nube; se sigue hasta %n minutos mientras se hace:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>peering-desk: request %1: peering %2 failed (%3). %4</source>
        <translation>peering-desk: solicitud %1: el emparejamiento %2 falló (%3). %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no reason given</source>
        <translation>no se indicó el motivo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>peering-desk: request %1: the clusters could not be read: %2</source>
        <translation>peering-desk: solicitud %1: no se pudieron leer los clústeres: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>peering-desk: request %1: private connection string of %2: %3</source>
        <translation>peering-desk: solicitud %1: cadena de conexión privada de %2: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>peering-desk: request %1: no private connection string yet: %2</source>
        <translation>peering-desk: solicitud %1: todavía no hay cadena de conexión privada: %2</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>peering-desk: request %1: could not follow the peering: %2</source>
        <translation>peering-desk: solicitud %1: no se pudo seguir el emparejamiento: %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>peering-desk: request %1: peering %2 is %3.</source>
        <translation>peering-desk: solicitud %1: el emparejamiento %2 está en %3.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>peering-desk: request %1: created peering %2 (%3).</source>
        <translation>peering-desk: solicitud %1: se creó el emparejamiento %2 (%3).</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::LanguageMenu</name>
    <message>
        <location filename="../ui/LanguageMenu.cpp" line="+16"/>
        <source>System Default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Peering Desk will use %1 after a restart.</source>
        <translation>Peering Desk usará %1 tras reiniciar.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+285"/>
        <source>Your AWS VPC</source>
        <translation>Su VPC de AWS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your Azure VNet</source>
        <translation>Su VNet de Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your Google Cloud VPC network</source>
        <translation>Su red de VPC de Google Cloud</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Peering %1 is %2.</source>
        <translation>El emparejamiento %1 está en %2.</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>This peering exists in Atlas already (%1, %2): Create opens it instead of sending the request again.</source>
        <translation>Este peering ya existe en Atlas (%1, %2): Crear lo abre en lugar de enviar la solicitud otra vez.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was sent: this request already created its peering.</source>
        <translation>No se envió nada: esta solicitud ya creó su emparejamiento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was sent: peering %1 exists in Atlas already; its details are open.</source>
        <translation>No se envió nada: el peering %1 ya existe en Atlas; sus detalles están abiertos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was sent: the pre-flight check found a problem.</source>
        <translation>No se envió nada: la comprobación previa encontró un problema.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fix the marked fields first: nothing was sent.</source>
        <translation>Corrija primero los campos marcados: no se envió nada.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Peering %1 created: %2.</source>
        <translation>Emparejamiento %1 creado: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was sent: %1</source>
        <translation>No se envió nada: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request failed.</source>
        <translation>La solicitud falló.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PagedFetch</name>
    <message>
        <location filename="../app/core/transport/PagedFetch.cpp" line="+85"/>
        <source>the list has no &quot;results&quot; array</source>
        <translation>la lista no tiene ninguna matriz &quot;results&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Atlas asked to wait %n second(s) before the next page; the list will continue then.</source>
        <translation>
            <numerusform>Atlas pidió esperar %n segundo antes de la página siguiente; la lista continuará entonces.</numerusform>
            <numerusform>Atlas pidió esperar %n segundos antes de la página siguiente; la lista continuará entonces.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringDetailsDialog</name>
    <message>
        <location filename="../ui/PeeringDetailsDialog.cpp" line="+34"/>
        <source>Peering %1</source>
        <translation>Emparejamiento %1</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringTracker</name>
    <message numerus="yes">
        <location filename="../ui/PeeringTracker.cpp" line="+36"/>
        <source>%1 Next check in %n second(s).</source>
        <translation>
            <numerusform>%1 Próxima comprobación en %n segundo.</numerusform>
            <numerusform>%1 Próxima comprobación en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You said the step in the cloud is done; following again.</source>
        <translation>Ha indicado que el paso en la nube está hecho; se reanuda el seguimiento.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Peering %1 (%2)</source>
        <translation>Emparejamiento %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown provider</source>
        <translation>proveedor desconocido</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Before you create the Azure peering</source>
        <translation>Antes de crear el emparejamiento de Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas needs permission to peer with your VNet. Run these once, then create the peering.</source>
        <translation>Atlas necesita permiso para emparejarse con su VNet. Ejecute estos comandos una vez y, después, cree el emparejamiento.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the cloud</source>
        <translation>la nube</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I Have Done This in %1</source>
        <translation>Ya lo he hecho en %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept connection %1 in AWS before %2, or AWS expires the request.</source>
        <translation>Acepte la conexión %1 en AWS antes del %2 o la solicitud caducará en AWS.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not following.</source>
        <translation>Sin seguimiento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Following the peering; Atlas is working on it.</source>
        <translation>Siguiendo el emparejamiento; Atlas está trabajando en él.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for you: do the step below in your cloud, then press the button.</source>
        <translation>Esperando su acción: realice el paso de abajo en su nube y, después, pulse el botón.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The peering is available.</source>
        <translation>El emparejamiento está disponible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The peering failed.</source>
        <translation>El emparejamiento falló.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas no longer knows this peering; it may have been deleted.</source>
        <translation>Atlas ya no reconoce este emparejamiento; puede que se haya eliminado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped following because of an error.</source>
        <translation>Se detuvo el seguimiento debido a un error.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command %1: %2</source>
        <translation>Comando %1: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Copy Command %1</source>
        <translation>Copiar el comando %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy command %1: %2</source>
        <translation>Copiar el comando %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied the command: %1.</source>
        <translation>Se copió el comando: %1.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringWatcher</name>
    <message numerus="yes">
        <location filename="../app/core/peering/PeeringWatcher.cpp" line="+112"/>
        <source>Atlas asked to wait %n second(s) before the next check.</source>
        <translation>
            <numerusform>Atlas pidió esperar %n segundo antes de la próxima comprobación.</numerusform>
            <numerusform>Atlas pidió esperar %n segundos antes de la próxima comprobación.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringsModel</name>
    <message>
        <location filename="../ui/PeeringsModel.cpp" line="+40"/>
        <source>%1 (account %2)</source>
        <translation>%1 (cuenta %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not known: the container of this peering has not been read.</source>
        <translation>Desconocido: no se ha leído el contenedor de este emparejamiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only AWS peerings have a connection ID.</source>
        <translation>Solo los emparejamientos de AWS tienen ID de conexión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas has not given this value yet.</source>
        <translation>Atlas aún no ha proporcionado este valor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, the region of the peer VPC</source>
        <translation>%1, la región de la VPC emparejada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the region of the Atlas container</source>
        <translation>%1, la región del contenedor de Atlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, the route table CIDR of the peer VPC</source>
        <translation>%1, el CIDR de la tabla de rutas de la VPC emparejada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the Atlas CIDR of the container</source>
        <translation>%1, el CIDR de Atlas del contenedor</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Peer VPC / VNet / Network</source>
        <translation>VPC / VNet / red emparejada</translation>
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
        <translation>ID de conexión</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PeeringsView</name>
    <message>
        <location filename="../ui/PeeringsView.cpp" line="+73"/>
        <source>Peering actions</source>
        <translation>Acciones del emparejamiento</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Loading the peerings of every provider…</source>
        <translation>Cargando los emparejamientos de todos los proveedores…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n peering(s): %1 AWS, %2 Azure, %3 Google Cloud.</source>
        <translation>
            <numerusform>%n emparejamiento: %1 de AWS, %2 de Azure, %3 de Google Cloud.</numerusform>
            <numerusform>%n emparejamientos: %1 de AWS, %2 de Azure, %3 de Google Cloud.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Some lists could not be read: %2</source>
        <translation>%1 No se pudieron leer algunas listas: %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Copied the ID of peering %1.</source>
        <translation>Se copió el ID del emparejamiento %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the row of peering %1.</source>
        <translation>Se copió la fila del emparejamiento %1.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Delete Peering</source>
        <translation>Eliminar emparejamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete peering %1 (%2, %3)?</source>
        <translation>¿Eliminar el emparejamiento %1 (%2, %3)?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applications in that network lose their connection to the clusters.</source>
        <translation>Las aplicaciones de esa red perderán la conexión con los clústeres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the project&apos;s last AWS peering: Atlas also removes any AWS security groups from the project&apos;s IP access list.</source>
        <translation>Es el último emparejamiento de AWS del proyecto: Atlas también quitará todos los grupos de seguridad de AWS de la lista de acceso por IP del proyecto.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deleting peering %1…</source>
        <translation>Eliminando el emparejamiento %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Atlas is deleting peering %1.</source>
        <translation>Atlas está eliminando el emparejamiento %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted peering %1</source>
        <translation>Se eliminó el emparejamiento %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not delete peering %1: %2</source>
        <translation>No se pudo eliminar el emparejamiento %1: %2</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PreflightPanel</name>
    <message numerus="yes">
        <location filename="../ui/PreflightPanel.cpp" line="+47"/>
        <source>%n problem(s) would make Atlas refuse this peering.</source>
        <translation>
            <numerusform>%n problema haría que Atlas rechazara este emparejamiento.</numerusform>
            <numerusform>%n problemas harían que Atlas rechazara este emparejamiento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Ready, with %n warning(s).</source>
        <translation>
            <numerusform>Listo, con %n advertencia.</numerusform>
            <numerusform>Listo, con %n advertencias.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No overlaps, duplicates or limits found.</source>
        <translation>No se encontraron solapamientos, duplicados ni límites.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::PrivateConnectionPanel</name>
    <message>
        <location filename="../ui/PrivateConnectionPanel.cpp" line="+80"/>
        <source>Reading the project&apos;s clusters…</source>
        <translation>Leyendo los clústeres del proyecto…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the clusters: %1</source>
        <translation>No se pudieron leer los clústeres: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not published yet</source>
        <translation>Aún no publicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private connection string of %1</source>
        <translation>Cadena de conexión privada de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the private connection string of %1</source>
        <translation>Copiar la cadena de conexión privada de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the private connection string of %1.</source>
        <translation>Se copió la cadena de conexión privada de %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy DNS Commands</source>
        <translation>Copiar comandos DNS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied the VPC&apos;s DNS commands.</source>
        <translation>Se copiaron los comandos DNS de la VPC.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProblemSummary</name>
    <message numerus="yes">
        <location filename="../ui/ProblemSummary.cpp" line="+47"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n field(s) still need a value or a fix: %1.</source>
        <translation>
            <numerusform>%n campo aún necesita un valor o una corrección: %1.</numerusform>
            <numerusform>%n campos aún necesitan un valor o una corrección: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProfileDialog</name>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="+164"/>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Profile &quot;%1&quot;</source>
        <translation>Perfil &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stored in the keychain; type to replace</source>
        <translation>guardado en el llavero; escriba para sustituirlo</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Client &amp;ID:</source>
        <translation>I&amp;D de cliente:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;ublic key:</source>
        <translation>C&amp;lave pública:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client s&amp;ecret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;rivate key:</source>
        <translation>Clave p&amp;rivada:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter the client ID.</source>
        <translation>Introduzca el ID de cliente.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the public key.</source>
        <translation>Introduzca la clave pública.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the client secret.</source>
        <translation>Introduzca el secreto de cliente.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the private key.</source>
        <translation>Introduzca la clave privada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fix the marked fields first: nothing was saved.</source>
        <translation>Corrija primero los campos marcados: no se guardó nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved. The secret is in the keychain.</source>
        <translation>Guardado. El secreto está en el llavero.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 copy</source>
        <translation>Copia de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 copy %2</source>
        <translation>Copia %2 de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicated as &quot;%1&quot;. Rename it here and save.</source>
        <translation>Duplicado como &quot;%1&quot;. Cámbiele el nombre aquí y guárdelo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete Profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete profile &quot;%1&quot; and its secret in the keychain?</source>
        <translation>¿Eliminar el perfil &quot;%1&quot; y su secreto del llavero?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deleted &quot;%1&quot; and its keychain entry.</source>
        <translation>Se eliminaron &quot;%1&quot; y su entrada del llavero.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the key typed here</source>
        <translation>la clave introducida aquí</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the key or the service account first.</source>
        <translation>Introduzca primero la clave o la cuenta de servicio.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the secret from the keychain…</source>
        <translation>Leyendo el secreto del llavero…</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+10"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="-335"/>
        <source>Sandbox (built in)</source>
        <translation>Entorno de pruebas (integrado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fake Atlas on this computer; read-only.</source>
        <translation>Un Atlas simulado en este equipo; de solo lectura.</translation>
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
            <numerusform>Conectado. Esta clave ve %n proyecto.</numerusform>
            <numerusform>Conectado. Esta clave ve %n proyectos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the Atlas CLI&apos;s profiles…</source>
        <translation>Leyendo los perfiles de Atlas CLI…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>Se importó %n perfil: %1.</numerusform>
            <numerusform>Se importaron %n perfiles: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProfileStore</name>
    <message>
        <location filename="../app/core/store/ProfileStore.cpp" line="+104"/>
        <source>Enter the service account&apos;s client ID.</source>
        <translation>Introduzca el ID de cliente de la cuenta de servicio.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the API key&apos;s public key.</source>
        <translation>Introduzca la clave pública de la clave de API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the service account&apos;s client secret.</source>
        <translation>Introduzca el secreto de cliente de la cuenta de servicio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the API key&apos;s private key.</source>
        <translation>Introduzca la clave privada de la clave de API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret does not match the profile&apos;s authentication method.</source>
        <translation>El secreto no corresponde al método de autenticación del perfil.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+112"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un perfil llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+98"/>
        <location line="+34"/>
        <source>The profile &quot;%1&quot; no longer exists.</source>
        <translation>El perfil &quot;%1&quot; ya no existe.</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Enter the service account&apos;s client ID and secret.</source>
        <translation>Introduzca el ID de cliente y el secreto de la cuenta de servicio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the API key&apos;s public and private key.</source>
        <translation>Introduzca la clave pública y la clave privada de la clave de API.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProjectPicker</name>
    <message>
        <location filename="../ui/ProjectPicker.cpp" line="+24"/>
        <source>Choose a project, or paste its 24-character ID</source>
        <translation>Elija un proyecto o pegue su ID de 24 caracteres</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Loading projects…</source>
        <translation>Cargando los proyectos…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not list projects: %1 You can still paste a project ID.</source>
        <translation>No se pudieron listar los proyectos: %1 Aún puede pegar un ID de proyecto.</translation>
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
            <numerusform>%n proyecto</numerusform>
            <numerusform>%n proyectos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ProviderSwitchNotice</name>
    <message>
        <location filename="../ui/ProviderSwitchNotice.cpp" line="+46"/>
        <source>Request %1 created its %2 peering and is now a %3 request. Undo, or keep it and put %3 in a new request.</source>
        <translation>La solicitud %1 creó su peering de %2 y ahora es una solicitud de %3. Deshaga el cambio, o consérvela y ponga %3 en una solicitud nueva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request %1 is now a %3 request. Your %2 values stay in this window until you undo or pick another request.</source>
        <translation>La solicitud %1 es ahora una solicitud de %3. Sus valores de %2 se conservan en esta ventana hasta que deshaga el cambio o elija otra solicitud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep %1, Add %2 as a New Request</source>
        <translation>Conservar %1, añadir %2 como solicitud nueva</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ReadyChecklist</name>
    <message>
        <location filename="../ui/ReadyChecklist.cpp" line="+41"/>
        <source>Atlas has finished the peering with your VNet (AVAILABLE)</source>
        <translation>Atlas ha completado el emparejamiento con su VNet (AVAILABLE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The peering is accepted in %1 and AVAILABLE</source>
        <translation>El emparejamiento está aceptado en %1 y en AVAILABLE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your VPC&apos;s route tables send Atlas&apos;s CIDR over the peering (tick when done)</source>
        <translation>Las tablas de rutas de su VPC envían el CIDR de Atlas por el emparejamiento (márquelo cuando esté hecho)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your VPC&apos;s route tables send %1 over the peering (tick when done)</source>
        <translation>Las tablas de rutas de su VPC envían %1 por el emparejamiento (márquelo cuando esté hecho)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routes: %1 exchanges them by itself</source>
        <translation>Rutas: %1 las intercambia automáticamente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your network is on the project&apos;s IP access list (ACTIVE)</source>
        <translation>Su red está en la lista de acceso por IP del proyecto (ACTIVE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster&apos;s private connection string is copied</source>
        <translation>La cadena de conexión privada del clúster está copiada</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Ready: an application in your network can connect to the cluster.</source>
        <translation>Listo: una aplicación de su red puede conectarse al clúster.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n step(s) left before an application can connect.</source>
        <translation>
            <numerusform>Falta %n paso para que una aplicación pueda conectarse.</numerusform>
            <numerusform>Faltan %n pasos para que una aplicación pueda conectarse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeeringDesk::RequestPreviewPanel</name>
    <message>
        <location filename="../ui/RequestPreviewPanel.cpp" line="+116"/>
        <source>Then the IP access list entry:</source>
        <translation>Después, la entrada de la lista de acceso IP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create sends the access list entry once the peering is created, and only the ranges no entry of the project allows yet.</source>
        <translation>Crear envía la entrada de la lista de acceso una vez creado el peering, y solo los rangos que ninguna entrada del proyecto permite todavía.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The form still has problems: this is what it would send once they are fixed.</source>
        <translation>El formulario aún tiene problemas: esto es lo que enviaría una vez corregidos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the HTTP request</source>
        <translation>la solicitud HTTP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the curl command</source>
        <translation>el comando curl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Atlas CLI command</source>
        <translation>el comando de Atlas CLI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the Terraform resource</source>
        <translation>el recurso de Terraform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied %1 to the clipboard.</source>
        <translation>Se copió %1 al portapapeles.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::ResultsPanel</name>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="+73"/>
        <source>connection ID</source>
        <translation>el ID de conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>container ID</source>
        <translation>el ID del contenedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error code</source>
        <translation>el código de error</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide &amp;Raw Response</source>
        <translation>Ocultar la respuesta sin p&amp;rocesar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show &amp;Raw Response</source>
        <translation>Mostrar la respuesta sin p&amp;rocesar</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No request sent yet</source>
        <translation>Aún no se ha enviado ninguna solicitud</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+39"/>
        <source>Fill in the form and press Create Peering. The created peering and its status, or the error Atlas returned, will appear here.</source>
        <translation>Rellene el formulario y pulse Crear emparejamiento. Aquí aparecerán el emparejamiento creado y su estado, o el error que devolvió Atlas.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Not sent yet</source>
        <translation>Aún no enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Create Peering to send this request to Atlas. The created peering with its status and the steps left in your cloud, or the error Atlas returned, will appear here.</source>
        <translation>Pulse Crear emparejamiento para enviar esta solicitud a Atlas. Aquí aparecerán el emparejamiento creado con su estado y los pasos pendientes en su nube, o el error que devolvió Atlas.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Peering %1: %2</source>
        <translation>Emparejamiento %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peering created: %1</source>
        <translation>Emparejamiento creado: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>same as the container (Atlas returns null)</source>
        <translation>la misma que la del contenedor (Atlas devuelve null)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Atlas is setting up its side. Next it waits for you to accept the peering request in your AWS account (status PENDING_ACCEPTANCE).</source>
        <translation>Atlas está configurando su lado. Después, esperará a que acepte la solicitud de emparejamiento en su cuenta de AWS (estado PENDING_ACCEPTANCE).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Atlas is setting up its side. Next, create the matching peering from your Google Cloud network to Atlas&apos;s (status WAITING_FOR_USER).</source>
        <translation>Atlas está configurando su lado. Después, cree el emparejamiento correspondiente desde su red de Google Cloud hacia la de Atlas (estado WAITING_FOR_USER).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas is peering with your VNet. The status becomes AVAILABLE when it is done.</source>
        <translation>Atlas se está emparejando con su VNet. El estado pasará a AVAILABLE cuando termine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept peering connection %1 in the AWS VPC console within 7 days, then add a route to the Atlas CIDR in your route tables.</source>
        <translation>Acepte la conexión de emparejamiento %1 en la consola de VPC de AWS en un plazo de 7 días y, después, añada una ruta al CIDR de Atlas en sus tablas de rutas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the matching peering from your Google Cloud network to Atlas&apos;s network; Atlas then finishes the connection.</source>
        <translation>Cree el emparejamiento correspondiente desde su red de Google Cloud hacia la red de Atlas; Atlas completará entonces la conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The peering is available: traffic can flow once routes and firewall rules allow it.</source>
        <translation>El emparejamiento está disponible: el tráfico podrá circular cuando las rutas y las reglas del cortafuegos lo permitan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering failed: %1</source>
        <translation>El emparejamiento falló: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering is being deleted.</source>
        <translation>El emparejamiento se está eliminando.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Atlas reported a status this version of Peering Desk does not know.</source>
        <translation>Atlas informó de un estado que esta versión de Peering Desk no conoce.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain said: %1</source>
        <translation>El llavero respondió: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials unavailable</source>
        <translation>Credenciales no disponibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No profile</source>
        <translation>Ningún perfil</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Profile: &quot;%1&quot;.</source>
        <translation>Perfil: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>peering ID</source>
        <translation>el ID del emparejamiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>response</source>
        <translation>la respuesta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied the %1 to the clipboard.</source>
        <translation>Se copió %1 al portapapeles.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::SandboxSession</name>
    <message>
        <location filename="../app/sandbox/SandboxSession.cpp" line="+31"/>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>El entorno de pruebas no pudo escuchar en 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::SecretServiceLookup</name>
    <message>
        <location filename="../app/core/store/SecretServiceLookup.cpp" line="+53"/>
        <source>the Secret Service did not answer</source>
        <translation>el Secret Service no respondió</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the entry is in a locked keyring; unlock it first</source>
        <translation>la entrada está en un depósito de claves bloqueado; desbloquéelo primero</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::SubmitProgress</name>
    <message>
        <location filename="../ui/SubmitProgress.cpp" line="+18"/>
        <source>Reading the API key from the keychain…</source>
        <translation>Leyendo la clave de API del llavero…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading credentials…</source>
        <translation>Leyendo las credenciales…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your keychain may ask whether Peering Desk may use the stored key.</source>
        <translation>Puede que el llavero pregunte si Peering Desk puede usar la clave guardada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending to %1…</source>
        <translation>Enviando a %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the peering…</source>
        <translation>Creando el emparejamiento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for %1. Press Cancel or Esc to stop waiting.</source>
        <translation>Esperando a %1. Pulse Cancelar o Esc para dejar de esperar.</translation>
    </message>
</context>
<context>
    <name>PeeringDesk::TokenProvider</name>
    <message>
        <location filename="../app/core/transport/TokenProvider.cpp" line="+105"/>
        <source>the token endpoint answered HTTP %1 (%2)</source>
        <translation>el punto de conexión del token respondió HTTP %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the token endpoint answered HTTP %1 without a usable token</source>
        <translation>el punto de conexión del token respondió HTTP %1 sin un token utilizable</translation>
    </message>
</context>
<context>
    <name>PeeringDetailsDialog</name>
    <message>
        <location filename="../ui/PeeringDetailsDialog.ui" line="+14"/>
        <source>Peering Details</source>
        <translation>Detalles del emparejamiento</translation>
    </message>
</context>
<context>
    <name>PeeringIdentity</name>
    <message>
        <location filename="../app/core/peering/PeeringIdentity.cpp" line="+51"/>
        <source>AWS VPC %1 of account %2</source>
        <translation>VPC de AWS %1 de la cuenta %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure VNet %1 in resource group %2</source>
        <translation>VNet de Azure %1 del grupo de recursos %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google Cloud network %1 of project %2</source>
        <translation>red de Google Cloud %1 del proyecto %2</translation>
    </message>
</context>
<context>
    <name>PeeringTracker</name>
    <message>
        <location filename="../ui/PeeringTracker.ui" line="+24"/>
        <source>Tracked peering</source>
        <translation>Emparejamiento en seguimiento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Following</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status timeline</source>
        <translation>Cronología del estado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Why the peering failed</source>
        <translation>Por qué falló el emparejamiento</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>AWS acceptance deadline</source>
        <translation>Plazo de aceptación en AWS</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>I Have Done This</source>
        <translation>Ya lo he hecho</translation>
    </message>
</context>
<context>
    <name>PeeringsView</name>
    <message>
        <location filename="../ui/PeeringsView.ui" line="+21"/>
        <source>Peerings</source>
        <translation>Emparejamientos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every peering of the project. Enter shows the details of the selected peering, Ctrl+C copies its ID, the menu key or Shift+F10 opens its actions.</source>
        <translation>Todos los emparejamientos del proyecto. Intro muestra los detalles del emparejamiento seleccionado, Ctrl+C copia su ID y la tecla de menú o Mayús+F10 abre sus acciones.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show &amp;Details</source>
        <translation>Mostrar &amp;detalles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The peering&apos;s fields, status and next steps</source>
        <translation>Los campos, el estado y los siguientes pasos del emparejamiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy Peering &amp;ID</source>
        <translation>Copiar el &amp;ID del emparejamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy &amp;Row</source>
        <translation>Copiar la &amp;fila</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every column of the peering, tab-separated</source>
        <translation>Todas las columnas del emparejamiento, separadas por tabulaciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De&amp;lete Peering…</source>
        <translation>E&amp;liminar emparejamiento…</translation>
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
        <translation>Authorization: Bearer &lt;token de la cuenta de servicio, obtenido al enviar&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization: Digest &lt;answered with the profile&apos;s API key&gt;</source>
        <translation>Authorization: Digest &lt;respondido con la clave de API del perfil&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Set ATLAS_CLIENT_ID and ATLAS_CLIENT_SECRET first; the token request needs jq.</source>
        <translation>Defina antes ATLAS_CLIENT_ID y ATLAS_CLIENT_SECRET; la solicitud del token necesita jq.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set ATLAS_PUBLIC_KEY and ATLAS_PRIVATE_KEY first: the keys never appear in the command.</source>
        <translation>Defina antes ATLAS_PUBLIC_KEY y ATLAS_PRIVATE_KEY: las claves nunca aparecen en el comando.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="+6"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These apply to every profile, to the sandbox and to --submit. Changes take effect at once.</source>
        <translation>Se aplican a todos los perfiles, al entorno de pruebas y a --submit. Los cambios se aplican de inmediato.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Wait for an answer at most:</source>
        <translation>&amp;Esperar una respuesta como máximo:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request timeout in seconds</source>
        <translation>Tiempo límite de las solicitudes en segundos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long Peering Desk waits for a whole answer from Atlas, in every profile. A request that takes longer is stopped and reported; the form is kept.</source>
        <translation>Cuánto espera Peering Desk una respuesta completa de Atlas, en todos los perfiles. Una solicitud que tarde más se detiene y se informa; el formulario se conserva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From 5 to 300 seconds; 30 by default. A request stopped this way may still have been processed by Atlas.</source>
        <translation>De 5 a 300 segundos; 30 de forma predeterminada. Puede que Atlas haya procesado igualmente una solicitud detenida de esta forma.</translation>
    </message>
</context>
<context>
    <name>PreflightCheck</name>
    <message>
        <location filename="../app/core/peering/PreflightCheck.cpp" line="+32"/>
        <source>%1 is already peered with this project (peering %2, %3).</source>
        <translation>%1 ya está emparejado con este proyecto (emparejamiento %2, %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is still being removed from this project (peering %2, %3). Atlas accepts it again once that peering is gone: refresh the peerings in a few minutes, then create it.</source>
        <translation>%1 todavía se está quitando de este proyecto (emparejamiento %2, %3). Atlas lo acepta de nuevo cuando ese emparejamiento haya desaparecido: actualice los emparejamientos en unos minutos y créelo entonces.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The container is a %1 container, but the peering is for %2: choose a %2 container.</source>
        <translation>El contenedor es de %1, pero el emparejamiento es para %2: elija un contenedor de %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your VPC block %1 overlaps the container&apos;s Atlas block %2: traffic could not be routed. Choose a VPC block outside %2, or another container.</source>
        <translation>El bloque %1 de su VPC se solapa con el bloque de Atlas %2 del contenedor: no se podría enrutar el tráfico. Elija un bloque de VPC fuera de %2 u otro contenedor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>VPC %1 of account %2</source>
        <translation>La VPC %1 de la cuenta %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>VNet %1 of subscription %2</source>
        <translation>La VNet %1 de la suscripción %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network %1 of Google Cloud project %2</source>
        <translation>La red %1 del proyecto de Google Cloud %2</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Your VPC block %1 overlaps %2 of peering %3 (VPC %4): Atlas could not tell the two networks apart. Use a block that overlaps no other peer.</source>
        <translation>El bloque %1 de su VPC se solapa con %2 del emparejamiento %3 (VPC %4): Atlas no podría distinguir las dos redes. Use un bloque que no se solape con ningún otro par.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cross-region peering: Atlas is in %1 (%2) and your VPC in %3. Accept the request in %3; security-group references do not work across regions, so use CIDR blocks in the access list.</source>
        <translation>Emparejamiento entre regiones: Atlas está en %1 (%2) y su VPC en %3. Acepte la solicitud en %3; las referencias a grupos de seguridad no funcionan entre regiones, así que use bloques CIDR en la lista de acceso.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The project already has %1 peerings, the most Atlas allows (%2). Delete one you no longer need first.</source>
        <translation>El proyecto ya tiene %1 emparejamientos, el máximo que permite Atlas (%2). Elimine primero uno que ya no necesite.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 peerings are waiting for acceptance, the most Atlas allows (%2). Accept or delete some of them first.</source>
        <translation>Hay %1 emparejamientos en espera de aceptación, el máximo que permite Atlas (%2). Acepte o elimine primero algunos de ellos.</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../ui/PreflightPanel.ui" line="+28"/>
        <source>Pre-flight findings</source>
        <translation>Resultados de la comprobación previa</translation>
    </message>
</context>
<context>
    <name>PrivateConnection</name>
    <message>
        <location filename="../app/core/peering/PrivateConnection.cpp" line="+15"/>
        <source>Turn on DNS resolution and DNS hostnames in the VPC</source>
        <translation>Activar la resolución DNS y los nombres de host DNS en la VPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without them the cluster&apos;s private host names resolve to public addresses, and the application does not use the peering. Run both, one after the other (AWS takes one attribute per call). A VPC with its own DNS servers also needs Atlas&apos;s custom DNS for AWS turned on in the project.</source>
        <translation>Sin ellas, los nombres de host privados del clúster se resuelven en direcciones públicas y la aplicación no usa el emparejamiento. Ejecute ambos comandos, uno después del otro (AWS admite un atributo por llamada). Una VPC con sus propios servidores DNS también necesita que se active en el proyecto el DNS personalizado de Atlas para AWS.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cluster of this project runs in %1, where the peered container is. A cluster created there uses this peering; clusters elsewhere need a peering of their own.</source>
        <translation>Ningún clúster de este proyecto se ejecuta en %1, donde está el contenedor emparejado. Un clúster creado allí usa este emparejamiento; los clústeres de otras ubicaciones necesitan su propio emparejamiento.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Atlas publishes the private connection strings once the peering is AVAILABLE; it is %1 now.</source>
        <translation>Atlas publica las cadenas de conexión privadas cuando el emparejamiento está en AVAILABLE; estado actual: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet known</source>
        <translation>aún desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peering is AVAILABLE, but Atlas has not published the private connection strings yet: a cluster created before the peering takes a few minutes more. Refresh in a moment.</source>
        <translation>El emparejamiento está en AVAILABLE, pero Atlas aún no ha publicado las cadenas de conexión privadas: con un clúster creado antes del emparejamiento tarda unos minutos más. Actualice dentro de un momento.</translation>
    </message>
</context>
<context>
    <name>PrivateConnectionPanel</name>
    <message>
        <location filename="../ui/PrivateConnectionPanel.ui" line="+6"/>
        <location line="+3"/>
        <source>Private connection string</source>
        <translation>Cadena de conexión privada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applications in your network reach a cluster over the peering only through its private connection string; the standard one resolves to public addresses.</source>
        <translation>Las aplicaciones de su red solo llegan a un clúster por el emparejamiento con su cadena de conexión privada; la estándar se resuelve en direcciones públicas.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Re&amp;fresh Clusters</source>
        <translation>Actuali&amp;zar clústeres</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/core/store/Profile.cpp" line="+34"/>
        <source>Give the profile a name.</source>
        <translation>Asigne un nombre al perfil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use up to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Use hasta 64 letras, dígitos, espacios, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, empezando por una letra o un dígito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;sandbox&quot; is reserved for the built-in sandbox.</source>
        <translation>&quot;sandbox&quot; está reservado para el entorno de pruebas integrado.</translation>
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
        <translation>URL personalizada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Service account</source>
        <translation>Cuenta de servicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="+6"/>
        <location line="+63"/>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Profiles keep where Atlas is and how to sign in. Secrets go to the system keychain only; everything else to the settings.</source>
        <translation>Los perfiles guardan dónde está Atlas y cómo iniciar sesión. Los secretos se guardan solo en el llavero del sistema; todo lo demás, en la configuración.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No Atlas profile yet. Press New and give it a name, where Atlas is and an API key or a service account; or import the Atlas CLI&apos;s profiles. The sandbox below needs none.</source>
        <translation>Aún no hay ningún perfil de Atlas. Pulse Nuevo e indique un nombre, dónde está Atlas y una clave de API o una cuenta de servicio; o importe los perfiles de Atlas CLI. El entorno de pruebas de abajo no necesita ninguno.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import from Atlas CLI…</source>
        <translation>&amp;Importar desde Atlas CLI…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the profiles of the Atlas CLI (its config file, and its secrets from the keychain) so you do not retype keys.</source>
        <translation>Leer los perfiles de Atlas CLI (su archivo de configuración y sus secretos del llavero) para no tener que volver a escribir las claves.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name for this connection, like the Atlas CLI&apos;s profiles: &quot;prod&quot;, &quot;staging&quot;, &quot;acme-org&quot;.</source>
        <translation>Un nombre para esta conexión, como los perfiles de Atlas CLI: &quot;prod&quot;, &quot;staging&quot;, &quot;acme-org&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the profile.</source>
        <translation>Nombre del perfil.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Environment:</source>
        <translation>En&amp;torno:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MongoDB Atlas (cloud.mongodb.com), Atlas for Government (cloud.mongodbgov.com), or a custom URL such as the sandbox.</source>
        <translation>MongoDB Atlas (cloud.mongodb.com), Atlas for Government (cloud.mongodbgov.com) o una URL personalizada, como la del entorno de pruebas.</translation>
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
        <translation>URL personalizada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Base &amp;URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>https://cloud.mongodb.com</source>
        <translation>https://cloud.mongodb.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only for a custom environment. Plain http is allowed only for this computer (127.0.0.1, localhost).</source>
        <translation>Solo para un entorno personalizado. http sin cifrar solo se permite para este equipo (127.0.0.1, localhost).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base URL of the Atlas Administration API.</source>
        <translation>URL base de la Atlas Administration API.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autenticación:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A programmatic API key (HTTP Digest) or a service account (OAuth 2.0 client credentials, which Atlas recommends).</source>
        <translation>Una clave de API programática (HTTP Digest) o una cuenta de servicio (credenciales de cliente OAuth 2.0, la opción que recomienda Atlas).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service account</source>
        <translation>Cuenta de servicio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>P&amp;ublic key:</source>
        <translation>C&amp;lave pública:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>abcdefgh</source>
        <translation>abcdefgh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The public key of a programmatic API key (Organization or Project Access Manager &gt; API Keys), or the client ID of a service account.</source>
        <translation>La clave pública de una clave de API programática (Organization o Project Access Manager &gt; API Keys) o el ID de cliente de una cuenta de servicio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public key or client ID.</source>
        <translation>Clave pública o ID de cliente.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>P&amp;rivate key:</source>
        <translation>Clave p&amp;rivada:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</source>
        <translation>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown once in Atlas when the key or secret is created. Stored only in the system keychain.</source>
        <translation>Atlas la muestra una sola vez, al crear la clave o el secreto. Se guarda solo en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private key or client secret, stored only in the keychain.</source>
        <translation>Clave privada o secreto de cliente, guardado solo en el llavero.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>S&amp;how the secret while typing</source>
        <translation>M&amp;ostrar el secreto al escribir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default &amp;project:</source>
        <translation>&amp;Proyecto predeterminado:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>5f3e2d1c0b9a887766554433</source>
        <translation>5f3e2d1c0b9a887766554433</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: the project ID the form starts with when this profile is chosen.</source>
        <translation>Opcional: el ID del proyecto con el que empieza el formulario al elegir este perfil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default project</source>
        <translation>Proyecto predeterminado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default Atlas project ID, optional.</source>
        <translation>ID del proyecto de Atlas predeterminado, opcional.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Test Connection</source>
        <translation>Probar &amp;conexión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in and list one project, without saving anything.</source>
        <translation>Iniciar sesión y listar un proyecto, sin guardar nada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save Profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sandbox (built in, read-only)</source>
        <translation>Entorno de pruebas (integrado, de solo lectura)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A fake Atlas on this computer (127.0.0.1), built into Peering Desk. It answers like Atlas, with a demo project and containers, and creates nothing in a real cloud. Its key is made up each time it starts, so there is nothing to enter or keep.</source>
        <translation>Un Atlas simulado en este equipo (127.0.0.1), integrado en Peering Desk. Responde como Atlas, con un proyecto y contenedores de demostración, y no crea nada en una nube real. Su clave se genera cada vez que se inicia, así que no hay nada que introducir ni guardar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Built in: it cannot be edited, renamed or deleted. File ▸ Use the Sandbox turns it on and off.</source>
        <translation>Integrado: no se puede editar, renombrar ni eliminar. Archivo ▸ Usar el entorno de pruebas lo activa y lo desactiva.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Use the Sandbox</source>
        <translation>&amp;Usar el entorno de pruebas</translation>
    </message>
</context>
<context>
    <name>ProjectPicker</name>
    <message>
        <location filename="../ui/ProjectPicker.ui" line="+32"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List the projects of this profile</source>
        <translation>Listar los proyectos de este perfil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;List Projects</source>
        <translation>&amp;Listar proyectos</translation>
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
        <translation>Proveedor de nube cambiado</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back to the cloud this request had, with its values.</source>
        <translation>Volver a la nube que tenía esta solicitud, con sus valores.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This request stays as it was; a new request of the other cloud is added to the form.</source>
        <translation>Esta solicitud queda como estaba; se añade al formulario una solicitud nueva de la otra nube.</translation>
    </message>
</context>
<context>
    <name>ReadyChecklist</name>
    <message>
        <location filename="../ui/ReadyChecklist.ui" line="+6"/>
        <source>Ready to connect?</source>
        <translation>¿Listo para conectarse?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection checklist</source>
        <translation>Lista de comprobación de la conexión</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Steps to a working connection</source>
        <translation>Pasos para una conexión que funcione</translation>
    </message>
</context>
<context>
    <name>RequestExporter</name>
    <message>
        <location filename="../app/core/provisioning/RequestExporter.cpp" line="+83"/>
        <source>The Atlas CLI uses one --region for both the Atlas container and your VPC, and picks (or creates) the container of that region itself: it cannot target container %1, and it cannot peer across regions. Use curl or Terraform when the container&apos;s region is not %2.</source>
        <translation>Atlas CLI usa un único --region para el contenedor de Atlas y para su VPC, y elige (o crea) por sí misma el contenedor de esa región: no puede usar el contenedor %1 ni emparejar entre regiones. Use curl o Terraform cuando la región del contenedor no sea %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace &lt;ATLAS_REGION&gt; with the Atlas region of container %1 (for example US_EAST_2): the CLI finds the container by region, not by id. It also lower-cases the resource group name.</source>
        <translation>Sustituya &lt;ATLAS_REGION&gt; por la región de Atlas del contenedor %1 (por ejemplo, US_EAST_2): la CLI encuentra el contenedor por región, no por id. Además, pasa a minúsculas el nombre del grupo de recursos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The CLI requires --atlasCidrBlock even though it reuses the project&apos;s existing Google Cloud container (%1): replace &lt;ATLAS_CIDR&gt; with that container&apos;s Atlas CIDR.</source>
        <translation>La CLI exige --atlasCidrBlock aunque reutilice el contenedor de Google Cloud existente del proyecto (%1): sustituya &lt;ATLAS_CIDR&gt; por el CIDR de Atlas de ese contenedor.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Credentials come from the provider block or the MONGODB_ATLAS_* environment variables, never from this file.</source>
        <translation>Las credenciales proceden del bloque provider o de las variables de entorno MONGODB_ATLAS_*, nunca de este archivo.</translation>
    </message>
</context>
<context>
    <name>RequestFailure</name>
    <message>
        <location filename="../app/core/transport/RequestFailure.cpp" line="+16"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timed out</source>
        <translation>Tiempo de espera agotado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host not found</source>
        <translation>No se encontró el host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure connection failed</source>
        <translation>Falló la conexión segura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication failed (HTTP 401)</source>
        <translation>Falló la autenticación (HTTP 401)</translation>
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
        <translation>HTTP %1 desde algo que no es Atlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected response</source>
        <translation>Respuesta inesperada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No usable credentials</source>
        <translation>No hay credenciales utilizables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redirected (HTTP %1), not followed</source>
        <translation>Redirigido (HTTP %1), no se siguió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request was cancelled. If it had already reached Atlas, the peering may still be created: check the project&apos;s peerings before you try again.</source>
        <translation>Se canceló la solicitud. Si ya había llegado a Atlas, puede que el emparejamiento se cree igualmente: revise los emparejamientos del proyecto antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer in time. The request may still have been processed: check the project&apos;s peerings before you try again.</source>
        <translation>%1 no respondió a tiempo. Puede que la solicitud se haya procesado igualmente: revise los emparejamientos del proyecto antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is listening at %1. Check the base URL, or start the sandbox.</source>
        <translation>No hay nada escuchando en %1. Compruebe la URL base o inicie el entorno de pruebas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host %1 could not be found. Check the base URL, your DNS and your proxy settings.</source>
        <translation>No se encontró el host %1. Compruebe la URL base, su DNS y la configuración del proxy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection to %1 failed: %2. Peering Desk never ignores certificate problems; check the system clock, your proxy and the base URL.</source>
        <translation>Falló la conexión segura con %1: %2. Peering Desk nunca ignora los problemas de certificados; compruebe el reloj del sistema, su proxy y la URL base.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 failed: %2.</source>
        <translation>Falló la conexión con %1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas rejected the credentials. Check the public and private key (or the service account), and that it has access to this project.</source>
        <translation>Atlas rechazó las credenciales. Compruebe la clave pública y la privada (o la cuenta de servicio) y que tenga acceso a este proyecto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Atlas answered with error %1.</source>
        <translation>Atlas respondió con el error %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered HTTP %1 with a body that is not an Atlas error, so a proxy or gateway may be in the way. It began: %2</source>
        <translation>El servidor respondió HTTP %1 con un cuerpo que no es un error de Atlas, así que puede haber un proxy o una pasarela por medio. Empezaba así: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered HTTP %1, but not with the JSON Atlas sends: %2.</source>
        <translation>El servidor respondió HTTP %1, pero no con el JSON que envía Atlas: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set an API key or a service account before sending requests.</source>
        <translation>Configure una clave de API o una cuenta de servicio antes de enviar solicitudes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not authenticate: %1</source>
        <translation>No se pudo autenticar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no location given)</source>
        <translation>(sin destino indicado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered with a redirect to %2. Peering Desk never follows redirects, so neither the request nor your credentials went there. Check the base URL of the connection: Atlas itself does not redirect API calls.</source>
        <translation>%1 respondió con una redirección a %2. Peering Desk nunca sigue redirecciones, así que ni la solicitud ni sus credenciales fueron allí. Compruebe la URL base de la conexión: Atlas no redirige las llamadas a la API.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was sent to %1: %2</source>
        <translation>No se envió nada a %1: %2</translation>
    </message>
</context>
<context>
    <name>RequestPreviewPanel</name>
    <message>
        <location filename="../ui/RequestPreviewPanel.ui" line="+9"/>
        <source>Exactly what Create Peering sends, or the same request for another tool. Secrets never appear here.</source>
        <translation>Exactamente lo que envía Crear emparejamiento, o la misma solicitud para otra herramienta. Los secretos nunca aparecen aquí.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show &amp;as:</source>
        <translation>&amp;Mostrar como:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the request as</source>
        <translation>Mostrar la solicitud como</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP request</source>
        <translation>Solicitud HTTP</translation>
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
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the shown text</source>
        <translation>Copiar el texto mostrado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Request preview</source>
        <translation>Vista previa de la solicitud</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../ui/ResultsPanel.ui" line="+9"/>
        <source>No request sent yet</source>
        <translation>Aún no se ha enviado ninguna solicitud</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Fill in the form and press Create Peering. The created peering and its status, or the error Atlas returned, will appear here.</source>
        <translation>Rellene el formulario y pulse Crear emparejamiento. Aquí aparecerán el emparejamiento creado y su estado, o el error que devolvió Atlas.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Peering &amp;ID:</source>
        <translation>&amp;ID del emparejamiento:</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+103"/>
        <location line="+57"/>
        <location line="+205"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="-362"/>
        <location line="+103"/>
        <location line="+57"/>
        <location line="+205"/>
        <source>Copy to the clipboard</source>
        <translation>Copiar al portapapeles</translation>
    </message>
    <message>
        <location line="-349"/>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Co&amp;nnection ID:</source>
        <translation>ID de co&amp;nexión:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Container ID:</source>
        <translation>ID del contenedor:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Accepter region:</source>
        <translation>Región del aceptante:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Error state:</source>
        <translation>Estado de error:</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+79"/>
        <source>HTTP status:</source>
        <translation>Estado HTTP:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Error &amp;code:</source>
        <translation>&amp;Código de error:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Detail:</source>
        <translation>Detalle:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Parameters:</source>
        <translation>Parámetros:</translation>
    </message>
    <message>
        <location line="-575"/>
        <source>Result headline</source>
        <translation>Titular del resultado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Result message</source>
        <translation>Mensaje del resultado</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Result: peering ID</source>
        <translation>Resultado: ID del emparejamiento</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy the peering ID</source>
        <translation>Copiar el ID del emparejamiento</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Result: provider</source>
        <translation>Resultado: proveedor</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Result: status</source>
        <translation>Resultado: estado</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Result: connection ID</source>
        <translation>Resultado: ID de conexión</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy the connection ID</source>
        <translation>Copiar el ID de conexión</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Result: container ID</source>
        <translation>Resultado: ID del contenedor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy the container ID</source>
        <translation>Copiar el ID del contenedor</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Result: accepter region</source>
        <translation>Resultado: región del aceptante</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Result: error state</source>
        <translation>Resultado: estado de error</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Result: HTTP status</source>
        <translation>Resultado: estado HTTP</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Atlas error: HTTP status</source>
        <translation>Error de Atlas: estado HTTP</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Atlas error code</source>
        <translation>Código de error de Atlas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy the Atlas error code</source>
        <translation>Copiar el código de error de Atlas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Atlas error reason</source>
        <translation>Motivo del error de Atlas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Atlas error detail</source>
        <translation>Detalle del error de Atlas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Atlas error parameters</source>
        <translation>Parámetros del error de Atlas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fields Atlas rejected:</source>
        <translation>Campos que rechazó Atlas:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fields Atlas rejected</source>
        <translation>Campos que rechazó Atlas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open &amp;Profiles…</source>
        <translation>Abrir &amp;perfiles…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show &amp;Raw Response</source>
        <translation>Mostrar la respuesta sin p&amp;rocesar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copy Response</source>
        <translation>Copiar la respuesta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy the raw response</source>
        <translation>Copiar la respuesta sin procesar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Raw response</source>
        <translation>Respuesta sin procesar</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="-311"/>
        <source>no HTTP answer</source>
        <translation>sin respuesta HTTP</translation>
    </message>
</context>
<context>
    <name>SavedForm</name>
    <message>
        <location filename="../app/core/provisioning/SavedForm.cpp" line="+72"/>
        <location line="+130"/>
        <source>The file is larger than %1 KiB; a saved form is never that big.</source>
        <translation>El archivo ocupa más de %1 KiB; un formulario guardado nunca es tan grande.</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Line %1, column %2: %3.</source>
        <translation>Línea %1, columna %2: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a Peering Desk form: the file must hold one JSON object.</source>
        <translation>No es un formulario de Peering Desk: el archivo debe contener un único objeto JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a Peering Desk form: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>No es un formulario de Peering Desk: &quot;format&quot; debe ser &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;version&quot; must be a whole number.</source>
        <translation>&quot;version&quot; debe ser un número entero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This form was saved in format version %1, by a newer Peering Desk; this version reads version %2. Update Peering Desk to open it.</source>
        <translation>Este formulario se guardó en la versión de formato %1 con un Peering Desk más reciente; esta versión lee la versión %2. Actualice Peering Desk para abrirlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;version&quot; %1 does not exist; the first version is 1.</source>
        <translation>La &quot;version&quot; %1 no existe; la primera versión es la 1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;profile&quot; must be a string.</source>
        <translation>&quot;profile&quot; debe ser una cadena.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;requests&quot; must be a list of peering requests.</source>
        <translation>&quot;requests&quot; debe ser una lista de solicitudes de emparejamiento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A form holds at most %1 requests; this one has %2.</source>
        <translation>Un formulario contiene como máximo %1 solicitudes; este tiene %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be an object.</source>
        <translation>%1 debe ser un objeto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.groupId must be a string.</source>
        <translation>%1.groupId debe ser una cadena.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.%2 must be true or false.</source>
        <translation>%1.%2 debe ser true o false.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.peer must be an object with the request body.</source>
        <translation>%1.peer debe ser un objeto con el cuerpo de la solicitud.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.peer.%2 must be a string.</source>
        <translation>%1.peer.%2 debe ser una cadena.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.peer.providerName must be &quot;AWS&quot;, &quot;AZURE&quot; or &quot;GCP&quot;.</source>
        <translation>%1.peer.providerName debe ser &quot;AWS&quot;, &quot;AZURE&quot; o &quot;GCP&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1.accessList must be an object with a list &quot;cidrBlocks&quot;.</source>
        <translation>%1.accessList debe ser un objeto con una lista &quot;cidrBlocks&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.accessList.cidrBlocks must hold strings.</source>
        <translation>%1.accessList.cidrBlocks debe contener cadenas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.accessList.comment must be a string.</source>
        <translation>%1.accessList.comment debe ser una cadena.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a regular file (a pipe, device or folder): save the form to a file and open that.</source>
        <translation>%1 no es un archivo normal (es una tubería, un dispositivo o una carpeta): guarde el formulario en un archivo y ábralo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open %1: %2.</source>
        <translation>No se puede abrir %1: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <source>Cannot save %1: %2.</source>
        <translation>No se puede guardar %1: %2.</translation>
    </message>
</context>
</TS>
