<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil">
<context>
    <name>Format</name>
    <message>
        <source>%1 (%2 time)</source>
        <comment>a date and time, a city</comment>
        <translation>%1 (oras sa %2)</translation>
    </message>
</context>
<context>
    <name>OpenAuthorizations</name>
    <message>
        <source>Sign in to connect a shop.</source>
        <translation>Mag-sign in para makonekta ang isang shop.</translation>
    </message>
    <message>
        <source>BVA has no real-platform API named %1.</source>
        <translation>Walang real-platform API ang BVA na may pangalang %1.</translation>
    </message>
    <message>
        <source>This authorization link is not one BVA made. Start again from BVA.</source>
        <translation>Hindi gawa ng BVA ang authorization link na ito. Magsimula ulit mula sa BVA.</translation>
    </message>
    <message>
        <source>This authorization was already used. Start again from BVA.</source>
        <translation>Nagamit na ang authorization na ito. Magsimula ulit mula sa BVA.</translation>
    </message>
    <message>
        <source>This authorization expired (it lasts ten minutes). Start again from BVA.</source>
        <translation>Nag-expire na ang authorization na ito (sampung minuto lang ito). Magsimula ulit mula sa BVA.</translation>
    </message>
    <message>
        <source>The platform sent no authorization code.</source>
        <translation>Walang ipinadalang authorization code ang platform.</translation>
    </message>
    <message>
        <source>The platform did not authorize BVA (%1).</source>
        <translation>Hindi in-authorize ng platform ang BVA (%1).</translation>
    </message>
    <message>
        <source>No such authorization.</source>
        <translation>Walang ganitong authorization.</translation>
    </message>
    <message>
        <source>This authorization was cancelled in BVA: its window was closed before %1 sent you back, so nothing was connected. Start again from BVA.</source>
        <translation>Kinansela sa BVA ang awtorisasyong ito: naisara ang window nito bago ka ibinalik ng %1, kaya walang naikonekta. Magsimula muli mula sa BVA.</translation>
    </message>
    <message>
        <source>Cancelled in BVA before the platform sent you back.</source>
        <translation>Kinansela sa BVA bago ka ibinalik ng platform.</translation>
    </message>
    <message>
        <source>This authorization was already used: the platform sent you back to BVA before it was cancelled. Its outcome follows on the Integrations page.</source>
        <translation>Nagamit na ang awtorisasyong ito: ibinalik ka ng platform sa BVA bago ito nakansela. Lalabas ang resulta nito sa pahina ng Integrations.</translation>
    </message>
</context>
<context>
    <name>PlatformApps</name>
    <message>
        <source>%1 is not a host address (like https://partner.shopeemobile.com).</source>
        <translation>Hindi host address ang %1 (gaya ng https://partner.shopeemobile.com).</translation>
    </message>
    <message>
        <source>%1 must use https (plain http is accepted only for this computer, e.g. a simulator).</source>
        <translation>Dapat gumamit ng https ang %1 (tinatanggap lang ang http para sa computer na ito, hal. isang simulator).</translation>
    </message>
    <message>
        <source>Sign in to see your platform apps.</source>
        <translation>Mag-sign in para makita ang iyong mga platform app.</translation>
    </message>
    <message>
        <source>Sign in to set up a platform app.</source>
        <translation>Mag-sign in para mag-set up ng platform app.</translation>
    </message>
    <message>
        <source>BVA has no real-platform API named %1.</source>
        <translation>Walang real-platform API ang BVA na may pangalang %1.</translation>
    </message>
    <message>
        <source>The Shopee partner_id is a number (up to 20 digits), as the Shopee Open Platform console shows it.</source>
        <translation>Numero ang Shopee partner_id (hanggang 20 digit), gaya ng ipinapakita ng Shopee Open Platform console.</translation>
    </message>
    <message>
        <source>The Lazada app_key is up to 64 letters and digits, as the Lazada Open Platform console shows it.</source>
        <translation>Hanggang 64 na letra at digit ang Lazada app_key, gaya ng ipinapakita ng Lazada Open Platform console.</translation>
    </message>
    <message>
        <source>The region must be one of %1.</source>
        <translation>Dapat isa sa %1 ang rehiyon.</translation>
    </message>
    <message>
        <source>The %1 is 8 to 256 visible characters without spaces.</source>
        <translation>Ang %1 ay 8 hanggang 256 na nakikitang character na walang espasyo.</translation>
    </message>
    <message>
        <source>Enter the %1 too: BVA cannot sign requests without it.</source>
        <translation>Ilagay din ang %1: hindi makakapag-sign ng mga request ang BVA kung wala ito.</translation>
    </message>
    <message>
        <source>The secret vault could not be read: %1</source>
        <translation>Hindi mabasa ang secret vault: %1</translation>
    </message>
    <message>
        <source>The secret vault could not store the secret: %1</source>
        <translation>Hindi maitago ng secret vault ang secret: %1</translation>
    </message>
    <message>
        <source>No %1 app is set up for this account: enter it in Settings → Platform apps.</source>
        <translation>Walang naka-set up na %1 app para sa account na ito: ilagay ito sa Settings → Platform apps.</translation>
    </message>
    <message>
        <source>The %1 app&apos;s secret is missing from the vault: enter it again.</source>
        <translation>Wala sa vault ang secret ng %1 app: ilagay ulit ito.</translation>
    </message>
    <message>
        <source>No such push endpoint.</source>
        <translation>Walang ganitong push endpoint.</translation>
    </message>
    <message>
        <source>The push carries no signature.</source>
        <translation>Walang signature ang push.</translation>
    </message>
    <message>
        <source>The push is too large.</source>
        <translation>Masyadong malaki ang push.</translation>
    </message>
    <message>
        <source>The push signature does not match any app set up in BVA.</source>
        <translation>Hindi tugma ang signature ng push sa alinmang app na naka-set up sa BVA.</translation>
    </message>
    <message>
        <source>The push names a shop that is not connected to BVA through this app.</source>
        <translation>Binabanggit ng push ang isang shop na hindi nakakonekta sa BVA sa pamamagitan ng app na ito.</translation>
    </message>
    <message>
        <source>The shop&apos;s app is no longer set up in BVA.</source>
        <translation>Hindi na naka-set up sa BVA ang app ng shop.</translation>
    </message>
    <message>
        <source>The push signature does not match the shop&apos;s app.</source>
        <translation>Hindi tugma ang signature ng push sa app ng shop.</translation>
    </message>
    <message>
        <source>A host address is at most 200 characters.</source>
        <translation>Ang address ng host ay hanggang 200 character lamang.</translation>
    </message>
    <message>
        <source>%1 is not a %2 host: use one of %3, or leave it empty.</source>
        <translation>Ang %1 ay hindi host ng %2: gamitin ang isa sa %3, o iwanan itong blangko.</translation>
    </message>
    <message>
        <source>The %1 app&apos;s host is not allowed: %2 Enter the app again.</source>
        <translation>Hindi pinapayagan ang host ng app ng %1: %2 Ilagay muli ang app.</translation>
    </message>
    <message>
        <source>%1 is this computer: BVA calls only %2&apos;s own hosts (%3), or leave it empty.</source>
        <translation>Ang %1 ay ang computer na ito: tumatawag lang ang BVA sa sariling mga host ng %2 (%3), o iwanan itong blangko.</translation>
    </message>
    <message>
        <source>--platform-host expects KIND=HOST with KIND shopee-open or lazada-open, not %1</source>
        <translation>Ang --platform-host ay naghihintay ng KIND=HOST kung saan ang KIND ay shopee-open o lazada-open, hindi %1</translation>
    </message>
    <message>
        <source>--platform-host expects an https host name on the default port (like shopee-open=partner.example.com), not %1</source>
        <translation>Ang --platform-host ay naghihintay ng https na host name sa default na port (tulad ng shopee-open=partner.example.com), hindi %1</translation>
    </message>
    <message>
        <source>--platform-host cannot allow this computer (%1): that is --simulated-platforms, for development only</source>
        <translation>Hindi maaaring payagan ng --platform-host ang computer na ito (%1): para diyan ang --simulated-platforms, para lamang sa development</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Hindi alam</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Piliin &amp;lahat</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Taasan</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Bab&amp;aan</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Tumingin sa:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Pangalan ng file:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Uri ng file:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>I-&amp;save</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buksan</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Piliin</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>I-save bilang</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Hanapin ang folder</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Mga folder</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Mga file</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Lahat ng file (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Palitan ang pangalan</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>B&amp;urahin</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Ipakita ang mga &amp;nakatagong file</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Bagong folder</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Ipakita ang </translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Pasulong</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Pasulong</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folder na magulang</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Pumunta sa folder na magulang</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Gumawa ng bagong folder</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Gumawa ng bagong folder</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listahan</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Ipakita bilang listahan</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>May detalye</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Ipakita nang may detalye</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Gilid na panel</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Listahan ng mga lugar at bookmark</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Mga kamakailang lugar</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Mayroon nang %1.
Papalitan ba ito?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Sigurado ka bang buburahin ang &apos;%1&apos;?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Laki</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Petsa ng pagbago</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Kompyuter</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>I-&amp;save</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Kanselahin</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Isara</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Isara nang hindi sine-save</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Bawiin</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulitin</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Gupitin</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyahin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>I&amp;dikit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Piliin lahat</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Ipakita ang detalye...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Itago ang detalye...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hindi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Itapon</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Ilapat</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>I-reset</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Tulong</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Bawiin</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulitin</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Gupitin</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyahin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopyahin ang lokasyon ng li&amp;nk</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>I&amp;dikit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Piliin lahat</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>By period</source>
        <translation>Ayon sa panahon</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Panahon</translation>
    </message>
    <message>
        <source>Sales Summary</source>
        <translation>Buod ng Benta</translation>
    </message>
    <message>
        <source>Profit Analysis</source>
        <translation>Pagsusuri ng Tubo</translation>
    </message>
    <message>
        <source>Stock Turnover</source>
        <translation>Stock Turnover</translation>
    </message>
    <message>
        <source>Platform Comparison</source>
        <translation>Paghahambing ng Platform</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Mga kabuuan</translation>
    </message>
    <message>
        <source>Cost and profit cover only orders whose every item has a known cost; the revenue of the others is shown as &quot;Revenue with unknown cost&quot; and is left out of the margin.</source>
        <translation>Saklaw lang ng Gastos at Tubo ang mga order na alam ang gastos ng bawat item; ang kita ng iba ay ipinapakita bilang &quot;Kita na hindi alam ang gastos&quot; at hindi kasama sa margin.</translation>
    </message>
    <message>
        <source>By shop</source>
        <translation>Ayon sa shop</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Sell-through = units sold ÷ (units sold + stock on hand). Days of inventory = stock on hand ÷ average units sold per day in the range.</source>
        <translation>Sell-through = nabentang piraso ÷ (nabentang piraso + kasalukuyang stock). Araw ng imbentaryo = kasalukuyang stock ÷ karaniwang nabentang piraso kada araw sa saklaw.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Mga produkto</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkto</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorya</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Nabentang piraso</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Kita</translation>
    </message>
    <message>
        <source>Sell-through %</source>
        <translation>Sell-through %</translation>
    </message>
    <message>
        <source>Days of inventory</source>
        <translation>Araw ng imbentaryo</translation>
    </message>
    <message>
        <source>Stock state</source>
        <translation>Kalagayan ng stock</translation>
    </message>
    <message>
        <source>Shops in different currencies are compared side by side, never added together.</source>
        <translation>Pinaghahambing nang magkatabi ang mga shop na magkaiba ang currency, hindi pinagsasama.</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Ayon sa platform</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Mga order</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Piraso</translation>
    </message>
    <message>
        <source>Avg. order value</source>
        <translation>Karaniwang halaga ng order</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>Kabuuang tubo</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Margin %</translation>
    </message>
    <message>
        <source>Revenue with unknown cost</source>
        <translation>Kita na hindi alam ang gastos</translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation>Mga na-cancel na order</translation>
    </message>
    <message>
        <source>Cancelled amount</source>
        <translation>Halagang na-cancel</translation>
    </message>
    <message>
        <source>Returned/refunded orders</source>
        <translation>Mga order na ibinalik/na-refund</translation>
    </message>
    <message>
        <source>Returned/refunded amount</source>
        <translation>Halagang ibinalik/na-refund</translation>
    </message>
    <message>
        <source>Previous period revenue</source>
        <translation>Kita sa nakaraang panahon</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Pagbabago %</translation>
    </message>
    <message>
        <source>All currencies converted to %1 at your exchange rates</source>
        <translation>Lahat ng currency na na-convert sa %1 ayon sa iyong mga exchange rate</translation>
    </message>
    <message>
        <source>Converted from</source>
        <translation>Na-convert mula sa</translation>
    </message>
    <message>
        <source>No converted total: set a rate for %1 in Settings → Exchange rates.</source>
        <translation>Walang na-convert na kabuuan: magtakda ng rate para sa %1 sa Settings → Mga exchange rate.</translation>
    </message>
    <message>
        <source>Orders and revenue count every order that was not cancelled, failed, returned or refunded; those are listed on their own.</source>
        <translation>Kasama sa Mga order at Kita ang bawat order na hindi kinansela, pumalya, ibinalik o na-refund; hiwalay na nakalista ang mga iyon.</translation>
    </message>
</context>
<context>
    <name>ReportsDocument</name>
    <message>
        <source>BVA · %1 · %2 – %3</source>
        <translation>BVA · %1 · %2 – %3</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Pahina %1</translation>
    </message>
    <message>
        <source>%1 – %2 · generated %3</source>
        <translation>%1 – %2 · ginawa noong %3</translation>
    </message>
    <message>
        <source>Nothing in this range.</source>
        <translation>Walang laman sa saklaw na ito.</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Hindi maisulat ang %1</translation>
    </message>
</context>
<context>
    <name>bva::AccessPolicy</name>
    <message>
        <source>your role on this shop does not allow this</source>
        <translation>hindi ito pinapayagan ng role mo sa shop na ito</translation>
    </message>
    <message>
        <source>no such shop</source>
        <translation>walang ganitong shop</translation>
    </message>
</context>
<context>
    <name>bva::AnalyticsRoutes</name>
    <message>
        <source>granularity: expected day, week or month</source>
        <translation>granularity: inaasahan ang day, week o month</translation>
    </message>
    <message>
        <source>platform: expected SHOPEE, LAZADA or TIKTOK</source>
        <translation>platform: inaasahan ang SHOPEE, LAZADA o TIKTOK</translation>
    </message>
    <message>
        <source>from: expected yyyy-MM-dd</source>
        <translation>from: inaasahan ang yyyy-MM-dd</translation>
    </message>
    <message>
        <source>to: expected yyyy-MM-dd, not before from</source>
        <translation>to: inaasahan ang yyyy-MM-dd, hindi mas maaga sa from</translation>
    </message>
    <message>
        <source>from/to: at most ten years</source>
        <translation>from/to: hanggang sampung taon lang</translation>
    </message>
    <message>
        <source>preset: expected today, 7d, 30d, 90d or 1y (or from and to)</source>
        <translation>preset: inaasahan ang today, 7d, 30d, 90d o 1y (o from at to)</translation>
    </message>
    <message>
        <source>unknown report; expected sales-summary, profit-analysis, stock-turnover or platform-comparison</source>
        <translation>hindi kilalang report; inaasahan ang sales-summary, profit-analysis, stock-turnover o platform-comparison</translation>
    </message>
    <message>
        <source>rates.%1: expected the rate as text, e.g. &quot;0.0035&quot;</source>
        <translation>rates.%1: inaasahang text ang rate, hal. &quot;0.0035&quot;</translation>
    </message>
</context>
<context>
    <name>bva::AnalyticsService</name>
    <message>
        <source>The date range is not valid: the start must be on or before the end.</source>
        <translation>Hindi valid ang saklaw ng petsa: dapat kapareho o mas maaga sa katapusan ang simula.</translation>
    </message>
    <message>
        <source>Exchange rates belong to an account; sign in first.</source>
        <translation>Nakatali sa isang account ang mga exchange rate; mag-sign in muna.</translation>
    </message>
    <message>
        <source>%1 is not a currency code (three letters, such as PHP).</source>
        <translation>Hindi currency code ang %1 (tatlong letra, gaya ng PHP).</translation>
    </message>
    <message>
        <source>Choose the currency to convert into.</source>
        <translation>Piliin ang currency na pagko-convert-an.</translation>
    </message>
    <message>
        <source>%1 is not a currency code (three letters, such as IDR).</source>
        <translation>Hindi currency code ang %1 (tatlong letra, gaya ng IDR).</translation>
    </message>
    <message>
        <source>The rate for %1 must be a positive number with up to %2 decimals, such as 0.0035 (written with a point); &quot;%3&quot; is not.</source>
        <translation>Ang rate para sa %1 ay dapat positibong numero na may hanggang %2 decimal, gaya ng 0.0035 (may tuldok); hindi ganoon ang &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>bva::Api</name>
    <message>
        <source>body: malformed JSON (%1)</source>
        <translation>body: sirang JSON (%1)</translation>
    </message>
    <message>
        <source>body: must be a JSON object</source>
        <translation>body: dapat ay JSON object</translation>
    </message>
    <message>
        <source>: required string</source>
        <translation>: kailangang string</translation>
    </message>
    <message>
        <source>: expected a date (yyyy-MM-dd) or an ISO-8601 time</source>
        <translation>: inaasahan ang petsa (yyyy-MM-dd) o ISO-8601 na oras</translation>
    </message>
    <message>
        <source>status: unknown order status</source>
        <translation>status: hindi kilalang status ng order</translation>
    </message>
    <message>
        <source>to: must not be before from</source>
        <translation>to: hindi dapat mas maaga sa from</translation>
    </message>
    <message>
        <source>no such order</source>
        <translation>walang ganitong order</translation>
    </message>
    <message>
        <source>no such product</source>
        <translation>walang ganitong produkto</translation>
    </message>
    <message>
        <source>your role on this shop does not allow this</source>
        <translation>hindi ito pinapayagan ng role mo sa shop na ito</translation>
    </message>
    <message>
        <source>name: required string</source>
        <translation>name: kailangang string</translation>
    </message>
    <message>
        <source>price: must be a non-negative number</source>
        <translation>price: dapat ay numerong hindi negatibo</translation>
    </message>
    <message>
        <source>cost: must be a non-negative number or null</source>
        <translation>cost: dapat ay numerong hindi negatibo o null</translation>
    </message>
    <message>
        <source>stock: must be a whole number &gt;= 0</source>
        <translation>stock: dapat ay buong numero &gt;= 0</translation>
    </message>
    <message>
        <source>marketplace products are read-only in BVA; change them on the marketplace</source>
        <translation>read-only sa BVA ang mga produkto ng marketplace; baguhin ang mga ito sa marketplace</translation>
    </message>
    <message>
        <source>shopId: required</source>
        <translation>shopId: kailangan</translation>
    </message>
    <message>
        <source>platform: unknown platform</source>
        <translation>platform: hindi kilalang platform</translation>
    </message>
    <message>
        <source>platform: required, several shops have this shopId</source>
        <translation>platform: kailangan, maraming shop ang may shopId na ito</translation>
    </message>
    <message>
        <source>shopId: you have no access to this shop</source>
        <translation>shopId: wala kang access sa shop na ito</translation>
    </message>
    <message>
        <source>shopId: no such shop</source>
        <translation>shopId: walang ganitong shop</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>hindi nakita</translation>
    </message>
    <message>
        <source>no such integration</source>
        <translation>walang ganitong integration</translation>
    </message>
    <message>
        <source>platform: required (SHOPEE or LAZADA)</source>
        <translation>platform: kailangan (SHOPEE o LAZADA)</translation>
    </message>
    <message>
        <source>token: required (token, shopeeToken or lazadaToken)</source>
        <translation>token: kailangan (token, shopeeToken o lazadaToken)</translation>
    </message>
    <message>
        <source>integrations are not available in this build</source>
        <translation>hindi available ang mga integration sa build na ito</translation>
    </message>
    <message>
        <source>malformed session token</source>
        <translation>sirang session token</translation>
    </message>
    <message>
        <source>unsupported session token algorithm</source>
        <translation>hindi suportadong algorithm ng session token</translation>
    </message>
    <message>
        <source>invalid session token</source>
        <translation>hindi wastong session token</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>nag-expire na ang session</translation>
    </message>
    <message>
        <source>Deliveries with only a token are refused: this shop takes signed deliveries only.</source>
        <translation>Tinatanggihan ang mga padalang token lang ang dala: mga naka-sign na padala lang ang tinatanggap ng shop na ito.</translation>
    </message>
    <message>
        <source>mode: required, one of auto, signed, bearer</source>
        <translation>mode: kailangan, isa sa auto, signed, bearer</translation>
    </message>
    <message>
        <source>: an ISO date or date-time is required</source>
        <translation>: kailangan ng ISO na petsa o petsa at oras</translation>
    </message>
    <message>
        <source>userId: a positive number is required</source>
        <translation>userId: kailangan ng positibong numero</translation>
    </message>
    <message>
        <source>outcome: ok, failed or refused</source>
        <translation>outcome: ok, failed o refused</translation>
    </message>
    <message>
        <source>the audit trail is not available</source>
        <translation>hindi available ang audit trail</translation>
    </message>
    <message>
        <source>no such session</source>
        <translation>walang ganitong session</translation>
    </message>
    <message>
        <source>teams are not available</source>
        <translation>hindi available ang mga team</translation>
    </message>
    <message>
        <source>role: VIEWER, EDITOR or ADMIN</source>
        <translation>role: VIEWER, EDITOR o ADMIN</translation>
    </message>
    <message>
        <source>no such member</source>
        <translation>walang ganitong miyembro</translation>
    </message>
    <message>
        <source>no such invitation</source>
        <translation>walang ganitong imbitasyon</translation>
    </message>
    <message>
        <source>intervalSeconds: a whole number of seconds from %1 to %2</source>
        <translation>intervalSeconds: buong bilang ng segundo mula %1 hanggang %2</translation>
    </message>
    <message>
        <source>paused: true or false</source>
        <translation>paused: true o false</translation>
    </message>
    <message>
        <source>%1: unknown field (intervalSeconds, paused)</source>
        <translation>%1: hindi kilalang field (intervalSeconds, paused)</translation>
    </message>
    <message>
        <source>nothing to change: give intervalSeconds, paused or both</source>
        <translation>walang babaguhin: ibigay ang intervalSeconds, paused, o pareho</translation>
    </message>
    <message>
        <source>outcome: %1 is not one of applied, duplicate, refused, failed</source>
        <translation>outcome: ang %1 ay hindi isa sa applied, duplicate, refused, failed</translation>
    </message>
    <message>
        <source>limit: a whole number from 1 to %1</source>
        <translation>limit: isang buong numero mula 1 hanggang %1</translation>
    </message>
    <message>
        <source>the deliveries inspector is not available in this build</source>
        <translation>wala ang deliveries inspector sa build na ito</translation>
    </message>
    <message>
        <source>BVA-native products are not available on this server</source>
        <translation>Hindi available sa server na ito ang mga sariling produkto ng BVA</translation>
    </message>
    <message>
        <source>placedAt: expected an ISO-8601 time with its zone</source>
        <translation>placedAt: inaasahan ang oras na ISO-8601 na may time zone</translation>
    </message>
    <message>
        <source>items: required, a list of {productId or sku, quantity, price}</source>
        <translation>items: kailangan, listahan ng {productId o sku, quantity, price}</translation>
    </message>
    <message>
        <source>: no such product in this channel (give productId or sku)</source>
        <translation>: walang ganitong produkto sa channel na ito (ibigay ang productId o sku)</translation>
    </message>
    <message>
        <source>.quantity: a whole number from 1 to %1</source>
        <translation>.quantity: buong numero mula 1 hanggang %1</translation>
    </message>
    <message>
        <source>.price: must be a non-negative number</source>
        <translation>.price: dapat numerong hindi negatibo</translation>
    </message>
    <message>
        <source>offline sales are not available on this server</source>
        <translation>hindi available sa server na ito ang offline na benta</translation>
    </message>
    <message>
        <source>kind must be shopee-open or lazada-open</source>
        <translation>dapat shopee-open o lazada-open ang kind</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>dapat string ang %1</translation>
    </message>
    <message>
        <source>You can close this window and go back to BVA.</source>
        <translation>Puwede mo nang isara ang window na ito at bumalik sa BVA.</translation>
    </message>
    <message>
        <source>BVA is not ready</source>
        <translation>Hindi pa handa ang BVA</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Subukan ulit mamaya.</translation>
    </message>
    <message>
        <source>Shop connected</source>
        <translation>Nakakonekta na ang shop</translation>
    </message>
    <message>
        <source>BVA is now connected to your shop and is reading its products and orders.</source>
        <translation>Nakakonekta na ang BVA sa iyong shop at binabasa na nito ang mga produkto at order.</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>hindi pa handa</translation>
    </message>
    <message>
        <source>A push must be application/json.</source>
        <translation>Ang push ay dapat application/json.</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>sobrang daming request</translation>
    </message>
    <message>
        <source>the store is unavailable, retry later</source>
        <translation>hindi magamit ang imbakan, subukan muli mamaya</translation>
    </message>
    <message>
        <source>Shop not connected</source>
        <translation>Hindi nakakonekta ang shop</translation>
    </message>
</context>
<context>
    <name>bva::AuditService</name>
    <message>
        <source>a signed-in account is required</source>
        <translation>kailangan ng naka-sign in na account</translation>
    </message>
    <message>
        <source>retentionDays: between 0 (keep forever) and %1</source>
        <translation>retentionDays: mula 0 (panatilihin habambuhay) hanggang %1</translation>
    </message>
    <message>
        <source>only a shop admin may change how long activity is kept</source>
        <translation>admin lang ng shop ang makakapagbago kung gaano katagal pananatilihin ang aktibidad</translation>
    </message>
</context>
<context>
    <name>bva::AuthService</name>
    <message>
        <source>email: a valid email address is required</source>
        <translation>email: kailangan ng valid na email address</translation>
    </message>
    <message>
        <source>password: at least 8 characters are required</source>
        <translation>password: kailangan ng hindi bababa sa 8 character</translation>
    </message>
    <message>
        <source>password: at most 1024 characters</source>
        <translation>password: hanggang 1024 character</translation>
    </message>
    <message>
        <source>email: an account with this email already exists</source>
        <translation>email: may account na gamit ang email na ito</translation>
    </message>
    <message>
        <source>invalid email or password</source>
        <translation>mali ang email o password</translation>
    </message>
    <message>
        <source>a session token is required</source>
        <translation>kailangan ng session token</translation>
    </message>
    <message>
        <source>invalid or expired session</source>
        <translation>hindi valid o expired na session</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>hindi kilalang user</translation>
    </message>
    <message>
        <source>currentPassword: the current password is wrong</source>
        <translation>currentPassword: mali ang kasalukuyang password</translation>
    </message>
    <message numerus="yes">
        <source>too many failed sign-ins; try again in %n second(s)</source>
        <translation>
            <numerusform>sobrang daming pumalyang pag-sign in; subukan ulit pagkalipas ng %n segundo</numerusform>
            <numerusform>sobrang daming pumalyang pag-sign in; subukan ulit pagkalipas ng %n segundo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too many accounts created from here; try again in %n second(s)</source>
        <translation>
            <numerusform>sobrang daming account na ginawa mula rito; subukan ulit pagkalipas ng %n segundo</numerusform>
            <numerusform>sobrang daming account na ginawa mula rito; subukan ulit pagkalipas ng %n segundo</numerusform>
        </translation>
    </message>
    <message>
        <source>no such session</source>
        <translation>walang ganitong session</translation>
    </message>
    <message numerus="yes">
        <source>too many email changes from here; try again in %n second(s)</source>
        <translation>
            <numerusform>sobrang daming pagpapalit ng email mula rito; subukan ulit pagkalipas ng %n segundo</numerusform>
            <numerusform>sobrang daming pagpapalit ng email mula rito; subukan ulit pagkalipas ng %n segundo</numerusform>
        </translation>
    </message>
    <message>
        <source>currentPassword: enter your current password to change the email</source>
        <translation>currentPassword: ilagay ang kasalukuyang password mo para mapalitan ang email</translation>
    </message>
    <message>
        <source>email: &quot;%1&quot; is written in letters that only look like &quot;%2&quot;; type the address in Latin letters</source>
        <translation>email: ang &quot;%1&quot; ay nakasulat sa mga titik na kamukha lang ng &quot;%2&quot;; i-type ang address sa mga titik na Latin</translation>
    </message>
</context>
<context>
    <name>bva::CatalogImport</name>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has more than %n decimal(s)</source>
        <translation>
            <numerusform>%1: ang &quot;%2&quot; ay may higit sa %n decimal</numerusform>
            <numerusform>%1: ang &quot;%2&quot; ay may higit sa %n decimal</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too large</source>
        <translation>%1: masyadong malaki ang &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount (write it like 1234.50)</source>
        <translation>%1: ang &quot;%2&quot; ay hindi halaga (isulat na parang 1234.50)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>walang laman ang file</translation>
    </message>
    <message>
        <source>the file has no &quot;%1&quot; column (columns: %2)</source>
        <translation>walang column na &quot;%1&quot; ang file (mga column: %2)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Presyo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorya</translation>
    </message>
    <message>
        <source>sku: required</source>
        <translation>sku: kailangan</translation>
    </message>
    <message>
        <source>name: required</source>
        <translation>name: kailangan</translation>
    </message>
    <message>
        <source>price: required</source>
        <translation>price: kailangan</translation>
    </message>
    <message>
        <source>stock: &quot;%1&quot; is not a whole number of at least 0</source>
        <translation>stock: ang &quot;%1&quot; ay hindi buong numero na 0 pataas</translation>
    </message>
    <message>
        <source>sku: %1 is already on row %2</source>
        <translation>sku: nasa row %2 na ang %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported</source>
        <translation>
            <numerusform>may mali ang %n row; walang na-import</numerusform>
            <numerusform>may mali ang %n row; walang na-import</numerusform>
        </translation>
    </message>
    <message>
        <source>the file has no &quot;date&quot; column: add one, or choose a date for every row</source>
        <translation>walang column na &quot;date&quot; ang file: magdagdag nito, o pumili ng petsa para sa bawat row</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Resibo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Dami</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Presyo bawat piraso</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>date: required (or choose a date for rows without one)</source>
        <translation>date: kailangan (o pumili ng petsa para sa mga row na wala nito)</translation>
    </message>
    <message>
        <source>date: %1 is in the future</source>
        <translation>date: nasa hinaharap ang %1</translation>
    </message>
    <message>
        <source>date: &quot;%1&quot; is not a date (write 2026-12-05, 2026-12-05 14:30 or 2026-12-05T14:30:00+08:00)</source>
        <translation>date: ang &quot;%1&quot; ay hindi petsa (isulat na 2026-12-05, 2026-12-05 14:30 o 2026-12-05T14:30:00+08:00)</translation>
    </message>
    <message>
        <source>sku: no product with SKU %1 in this channel</source>
        <translation>sku: walang produktong may SKU na %1 sa channel na ito</translation>
    </message>
    <message>
        <source>quantity: required</source>
        <translation>quantity: kailangan</translation>
    </message>
    <message>
        <source>quantity: &quot;%1&quot; is not a whole number from 1 to %2</source>
        <translation>quantity: ang &quot;%1&quot; ay hindi buong numero mula 1 hanggang %2</translation>
    </message>
    <message>
        <source>receipt %1 has an error on row %2</source>
        <translation>may mali ang resibong %1 sa row %2</translation>
    </message>
    <message>
        <source>receipt %1: rows %2 and %3 have different dates</source>
        <translation>resibong %1: magkaiba ang petsa ng row %2 at %3</translation>
    </message>
    <message>
        <source>only %1 of %2 left in stock for this row (selling %3)</source>
        <translation>%1 na lang na %2 ang natitira sa stock para sa row na ito (ibebenta ang %3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount (this file uses decimal commas: write it like 1234,50)</source>
        <translation>%1: ang &quot;%2&quot; ay hindi halaga (decimal comma ang gamit ng file na ito: isulat na parang 1234,50)</translation>
    </message>
</context>
<context>
    <name>bva::Clock</name>
    <message>
        <source>BVA_NOW: not a real time after &apos;@&apos;: %1</source>
        <translation>BVA_NOW: hindi totoong oras pagkatapos ng &apos;@&apos;: %1</translation>
    </message>
    <message>
        <source>not an instant with a time zone: %1 (example: 2026-02-28T23:30:00+08:00)</source>
        <translation>hindi oras na may time zone: %1 (halimbawa: 2026-02-28T23:30:00+08:00)</translation>
    </message>
    <message>
        <source>Start the clock at this instant (ISO-8601 with a zone, e.g. 2026-02-28T23:30:00+08:00); it runs on from there. Default: BVA_NOW, else the real time.</source>
        <translation>Simulan ang orasan sa oras na ito (ISO-8601 na may zone, hal. 2026-02-28T23:30:00+08:00); tumatakbo ito mula roon. Default: BVA_NOW, kung wala ay ang totoong oras.</translation>
    </message>
</context>
<context>
    <name>bva::ConnectionGate</name>
    <message>
        <source>the request could not be framed</source>
        <translation>hindi matukoy kung saan nagtatapos ang request</translation>
    </message>
    <message>
        <source>the request body did not arrive within %1 s</source>
        <translation>hindi dumating ang body ng request sa loob ng %1 s</translation>
    </message>
    <message>
        <source>the request head did not arrive within %1 s</source>
        <translation>hindi dumating ang mga header ng request sa loob ng %1 s</translation>
    </message>
</context>
<context>
    <name>bva::ConsentMessage</name>
    <message>
        <source>The marketplace sent an unexpected message.</source>
        <translation>Nagpadala ang marketplace ng hindi inaasahang mensahe.</translation>
    </message>
    <message>
        <source>The message comes from a marketplace BVA does not know.</source>
        <translation>Galing ang mensahe sa marketplace na hindi kilala ng BVA.</translation>
    </message>
    <message>
        <source>Access was denied on the marketplace&apos;s page.</source>
        <translation>Tinanggihan ang access sa page ng marketplace.</translation>
    </message>
    <message>
        <source>Sign in to the marketplace as the shop&apos;s seller first.</source>
        <translation>Mag-sign in muna sa marketplace bilang seller ng shop.</translation>
    </message>
    <message>
        <source>The marketplace reported an error.</source>
        <translation>Nag-ulat ng error ang marketplace.</translation>
    </message>
    <message>
        <source>The marketplace reported: %1</source>
        <translation>Iniulat ng marketplace: %1</translation>
    </message>
    <message>
        <source>The marketplace&apos;s answer carries no usable token.</source>
        <translation>Walang magagamit na token sa sagot ng marketplace.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s answer names no shop.</source>
        <translation>Walang binanggit na shop ang sagot ng marketplace.</translation>
    </message>
</context>
<context>
    <name>bva::CsvReader</name>
    <message>
        <source>the file is not UTF-8 text (save it as &quot;CSV UTF-8&quot;)</source>
        <translation>hindi UTF-8 na text ang file (i-save bilang &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>row %1: a quoted cell is never closed</source>
        <translation>row %1: hindi naisara ang cell na may panipi</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; split it into smaller files</source>
        <translation>mas malaki sa %1 MB ang file; hatiin ito sa mas maliliit na file</translation>
    </message>
    <message>
        <source>row %1: a cell is longer than %2 characters</source>
        <translation>row %1: may cell na mas mahaba sa %2 character</translation>
    </message>
    <message>
        <source>the file has more than %1 rows; split it into smaller files</source>
        <translation>may higit sa %1 row ang file; hatiin ito sa mas maliliit na file</translation>
    </message>
</context>
<context>
    <name>bva::DeliveryService</name>
    <message>
        <source>no such integration</source>
        <translation>walang ganitong integration</translation>
    </message>
    <message>
        <source>cursor: not a cursor of this listing</source>
        <translation>cursor: hindi ito cursor ng listahang ito</translation>
    </message>
    <message>
        <source>to: must be later than from</source>
        <translation>to: dapat mas huli kaysa from</translation>
    </message>
    <message>
        <source>no such delivery</source>
        <translation>walang ganitong delivery</translation>
    </message>
    <message>
        <source>only a failed delivery can be replayed; this one is %1</source>
        <translation>ang pumalyang delivery lang ang puwedeng i-replay; ito ay %1</translation>
    </message>
    <message>
        <source>this delivery was already replayed and applied as delivery %1</source>
        <translation>na-replay na ang delivery na ito at nailapat bilang delivery %1</translation>
    </message>
    <message>
        <source>the shop is disconnected: connect it again before replaying</source>
        <translation>naka-disconnect ang shop: ikonekta ulit ito bago mag-replay</translation>
    </message>
    <message>
        <source>topic: %1 is not a webhook topic BVA takes</source>
        <translation>topic: ang %1 ay hindi webhook topic na tinatanggap ng BVA</translation>
    </message>
    <message>
        <source>shopId: %1 is not the shop of this credential</source>
        <translation>shopId: hindi %1 ang shop ng credential na ito</translation>
    </message>
    <message>
        <source>this delivery was already replayed and applied</source>
        <translation>na-replay na ang delivery na ito at nailapat na</translation>
    </message>
</context>
<context>
    <name>bva::ForecastRoutes</name>
    <message>
        <source>%1: expected a whole number from %2 to %3</source>
        <translation>%1: inaasahan ang buong numero mula %2 hanggang %3</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: inaasahan ang true o false</translation>
    </message>
    <message>
        <source>budgetMinor: expected a whole number of minor units, not negative</source>
        <translation>budgetMinor: inaasahan ang buong numero ng minor units, hindi negatibo</translation>
    </message>
    <message>
        <source>budget: expected an amount in %1, not negative</source>
        <translation>budget: inaasahan ang halaga sa %1, hindi negatibo</translation>
    </message>
    <message>
        <source>budget: required (an amount in the shop currency, or budgetMinor)</source>
        <translation>budget: kailangan (halaga sa currency ng shop, o budgetMinor)</translation>
    </message>
    <message>
        <source>goal: expected profit, volume or balanced</source>
        <translation>goal: inaasahan ang profit, volume o balanced</translation>
    </message>
    <message>
        <source>serviceLevel: expected a fraction from 0.5 to 0.999</source>
        <translation>serviceLevel: inaasahan ang fraction mula 0.5 hanggang 0.999</translation>
    </message>
    <message>
        <source>risk: expected stock_out, near_expiry, expired, slow_moving or overstock</source>
        <translation>risk: inaasahan ang stock_out, near_expiry, expired, slow_moving o overstock</translation>
    </message>
    <message>
        <source>product: no forecast for this product in your shops (yet)</source>
        <translation>product: wala (pa) ang forecast para sa produktong ito sa mga shop mo</translation>
    </message>
    <message>
        <source>language: expected one of %1</source>
        <translation>language: inaasahan ang isa sa %1</translation>
    </message>
    <message>
        <source>status: expected DRAFT, SCHEDULED or DONE</source>
        <translation>status: inaasahan ang DRAFT, SCHEDULED o DONE</translation>
    </message>
    <message>
        <source>shopId: required</source>
        <translation>shopId: kailangan</translation>
    </message>
    <message>
        <source>playbook: expected flash_sale, new_arrival, best_seller or bundle_up</source>
        <translation>playbook: inaasahan ang flash_sale, new_arrival, best_seller o bundle_up</translation>
    </message>
    <message>
        <source>%1: expected yyyy-MM-dd</source>
        <translation>%1: inaasahan ang yyyy-MM-dd</translation>
    </message>
    <message>
        <source>endDate: must not be before startDate</source>
        <translation>endDate: hindi dapat mas maaga sa startDate</translation>
    </message>
    <message>
        <source>no such campaign</source>
        <translation>walang ganitong campaign</translation>
    </message>
    <message>
        <source>budgetMinor: at most %1 minor units</source>
        <translation>budgetMinor: hanggang %1 minor units lamang</translation>
    </message>
    <message>
        <source>hashtags: expected an array of strings</source>
        <translation>hashtags: inaasahan ang array ng mga string</translation>
    </message>
</context>
<context>
    <name>bva::FrontDoor</name>
    <message>
        <source>too many connections from %1 (at most %2); close some and retry</source>
        <translation>sobrang daming koneksyon mula sa %1 (hanggang %2 lang); isara ang ilan at subukan ulit</translation>
    </message>
    <message>
        <source>too many connections (at most %1); retry shortly</source>
        <translation>sobrang daming koneksyon (hanggang %1 lang); subukan ulit mamaya</translation>
    </message>
</context>
<context>
    <name>bva::Http</name>
    <message>
        <source>Refusing plain HTTP on %1 (beyond this computer): session tokens and webhook credentials would cross the network in clear text. Serve HTTPS, or say that a TLS proxy on a trusted network fronts this server.</source>
        <translation>Hindi papayagan ang plain HTTP sa %1 (lampas sa computer na ito): dadaan sa network nang hindi naka-encrypt ang mga session token at webhook credential. Gumamit ng HTTPS, o sabihing may TLS proxy sa mapagkakatiwalaang network sa harap ng server na ito.</translation>
    </message>
    <message>
        <source>request headers are larger than %1 bytes</source>
        <translation>mas malaki sa %1 bytes ang mga header ng request</translation>
    </message>
    <message>
        <source>chunked body: a chunk size line is longer than 1024 bytes</source>
        <translation>chunked body: mas mahaba sa 1024 bytes ang linya ng laki ng chunk</translation>
    </message>
    <message>
        <source>request line is longer than %1 bytes</source>
        <translation>mas mahaba sa %1 bytes ang request line</translation>
    </message>
    <message>
        <source>chunked body: a chunk is longer than its size</source>
        <translation>chunked body: mas mahaba ang isang chunk kaysa sa laki nito</translation>
    </message>
    <message>
        <source>chunked body: trailers are not accepted</source>
        <translation>chunked body: hindi tinatanggap ang mga trailer</translation>
    </message>
    <message>
        <source>chunked body: its framing is larger than %1 bytes</source>
        <translation>chunked body: mas malaki sa %1 bytes ang framing nito</translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation>sirang request line</translation>
    </message>
    <message>
        <source>only HTTP/1.0 and HTTP/1.1 are spoken here</source>
        <translation>HTTP/1.0 at HTTP/1.1 lang ang naiintindihan dito</translation>
    </message>
    <message>
        <source>folded header lines are not accepted</source>
        <translation>hindi tinatanggap ang mga nakatiklop na header line</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>sirang header line</translation>
    </message>
    <message>
        <source>more than %1 request headers</source>
        <translation>higit sa %1 header ng request</translation>
    </message>
    <message>
        <source>Content-Length: not a number of bytes</source>
        <translation>Content-Length: hindi bilang ng bytes</translation>
    </message>
    <message>
        <source>Content-Length: given twice, differently</source>
        <translation>Content-Length: dalawang beses ibinigay, magkaiba</translation>
    </message>
    <message>
        <source>Transfer-Encoding: given twice</source>
        <translation>Transfer-Encoding: dalawang beses ibinigay</translation>
    </message>
    <message>
        <source>Transfer-Encoding: only chunked is understood</source>
        <translation>Transfer-Encoding: chunked lang ang naiintindihan</translation>
    </message>
    <message>
        <source>both Content-Length and Transfer-Encoding: the body&apos;s length is ambiguous</source>
        <translation>parehong may Content-Length at Transfer-Encoding: hindi malinaw ang haba ng body</translation>
    </message>
    <message>
        <source>request body is larger than %1 bytes</source>
        <translation>mas malaki sa %1 bytes ang body ng request</translation>
    </message>
    <message>
        <source>chunked body: a chunk size line must end with CRLF</source>
        <translation>chunked body: dapat magtapos sa CRLF ang linya ng laki ng chunk</translation>
    </message>
    <message>
        <source>chunked body: malformed chunk size</source>
        <translation>chunked body: sirang laki ng chunk</translation>
    </message>
    <message>
        <source>request target: a path starting with a single / is required</source>
        <translation>request target: kailangan ang path na nagsisimula sa iisang /</translation>
    </message>
</context>
<context>
    <name>bva::HttpServer</name>
    <message>
        <source>origin not allowed</source>
        <translation>hindi pinapayagan ang origin</translation>
    </message>
    <message>
        <source>request body is larger than %1 bytes</source>
        <translation>mas malaki sa %1 bytes ang body ng request</translation>
    </message>
    <message>
        <source>method not allowed</source>
        <translation>hindi pinapayagan ang method</translation>
    </message>
    <message>
        <source>no such endpoint: %1</source>
        <translation>walang ganitong endpoint: %1</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>hindi nakita</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; is not a name of this BVA server. If it is reached through a proxy or a public name, configure that address (bva-server --public-url).</source>
        <translation>Hindi pangalan ng BVA server na ito ang Host na &quot;%1&quot;. Kung naaabot ito sa pamamagitan ng proxy o pampublikong pangalan, i-configure ang address na iyon (bva-server --public-url).</translation>
    </message>
    <message>
        <source>requests from other sites&apos; pages are refused</source>
        <translation>tinatanggihan ang mga kahilingan mula sa mga pahina ng ibang site</translation>
    </message>
</context>
<context>
    <name>bva::IntegrationService</name>
    <message>
        <source>Interrupted (BVA stopped during the sync)</source>
        <translation>Naputol (huminto ang BVA habang nagsi-sync)</translation>
    </message>
    <message>
        <source>The marketplace</source>
        <translation>Ang marketplace</translation>
    </message>
    <message>
        <source>%1 did not accept this token (wrong, expired or revoked). Sign in on %1 again and grant BVA access.</source>
        <translation>Hindi tinanggap ng %1 ang token na ito (mali, expired o binawi). Mag-sign in ulit sa %1 at bigyan ng access ang BVA.</translation>
    </message>
    <message>
        <source>%1 refused access with this token.</source>
        <translation>Tinanggihan ng %1 ang access gamit ang token na ito.</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2).</source>
        <translation>Hindi makakonekta sa %1 (%2).</translation>
    </message>
    <message>
        <source>%1 sent an answer BVA could not read (%2).</source>
        <translation>Nagpadala ang %1 ng sagot na hindi mabasa ng BVA (%2).</translation>
    </message>
    <message>
        <source>%1 answered with an error (%2).</source>
        <translation>Sumagot ang %1 ng error (%2).</translation>
    </message>
    <message>
        <source>BVA cannot connect to %1 shops yet.</source>
        <translation>Hindi pa makakonekta ang BVA sa mga %1 shop.</translation>
    </message>
    <message>
        <source>The marketplace token is missing.</source>
        <translation>Nawawala ang token ng marketplace.</translation>
    </message>
    <message>
        <source>The integration service is not running.</source>
        <translation>Hindi tumatakbo ang integration service.</translation>
    </message>
    <message>
        <source>This token does not own shop %1 on %2 (it belongs to %3, who owns: %4). Sign in as the shop&apos;s seller and grant access again.</source>
        <translation>Hindi pag-aari ng token na ito ang shop %1 sa %2 (kay %3 ito, na may-ari ng: %4). Mag-sign in bilang seller ng shop at magbigay ulit ng access.</translation>
    </message>
    <message>
        <source>This %1 account owns no shop.</source>
        <translation>Walang shop ang %1 account na ito.</translation>
    </message>
    <message>
        <source>This %1 account owns several shops (%2); say which one to connect.</source>
        <translation>Maraming shop ang %1 account na ito (%2); sabihin kung alin ang ikokonekta.</translation>
    </message>
    <message>
        <source>Shop %1 is a %2 shop, not a %3 shop.</source>
        <translation>Ang shop %1 ay %2 shop, hindi %3 shop.</translation>
    </message>
    <message>
        <source>The secret vault could not store the token: %1</source>
        <translation>Hindi maitago ng secret vault ang token: %1</translation>
    </message>
    <message>
        <source>The secret vault could not be read: %1</source>
        <translation>Hindi mabasa ang secret vault: %1</translation>
    </message>
    <message>
        <source>The secret vault could not store the webhook secret: %1</source>
        <translation>Hindi maitago ng secret vault ang webhook secret: %1</translation>
    </message>
    <message>
        <source>No such integration.</source>
        <translation>Walang ganitong integration.</translation>
    </message>
    <message>
        <source>The shop of this integration is missing.</source>
        <translation>Nawawala ang shop ng integration na ito.</translation>
    </message>
    <message>
        <source>This token does not own shop %1 (its account owns: %2).</source>
        <translation>Hindi pag-aari ng token na ito ang shop %1 (ang account nito ay may-ari ng: %2).</translation>
    </message>
    <message>
        <source>The token no longer owns this shop. Reconnect the shop.</source>
        <translation>Hindi na pag-aari ng token ang shop na ito. Ikonekta ulit ang shop.</translation>
    </message>
    <message>
        <source>The secret vault could not delete a secret: %1</source>
        <translation>Hindi mabura ng secret vault ang isang secret: %1</translation>
    </message>
    <message>
        <source>A sync of this shop is starting.</source>
        <translation>Nagsisimula na ang sync ng shop na ito.</translation>
    </message>
    <message>
        <source>The marketplace token of this shop expired. Reconnect the shop first.</source>
        <translation>Nag-expire na ang marketplace token ng shop na ito. Ikonekta muna ulit ang shop.</translation>
    </message>
    <message>
        <source>A sync of this shop is already running in another BVA process.</source>
        <translation>May tumatakbo nang sync ng shop na ito sa ibang BVA process.</translation>
    </message>
    <message>
        <source>This integration has no webhook secret.</source>
        <translation>Walang webhook secret ang integration na ito.</translation>
    </message>
    <message>
        <source>The webhook secret is missing from the vault.</source>
        <translation>Wala sa vault ang webhook secret.</translation>
    </message>
    <message>
        <source>%1 shop %2 is already linked in BVA by another account. Ask that shop&apos;s admin in BVA to invite you; nothing was changed.</source>
        <translation>Naka-link na sa BVA ang %1 shop na %2 ng ibang account. Hilingin sa admin ng shop na iyon sa BVA na imbitahan ka; walang binago.</translation>
    </message>
    <message>
        <source>The connection was cancelled; nothing was stored.</source>
        <translation>Kinansela ang pagkonekta; walang na-save.</translation>
    </message>
    <message>
        <source>Syncing this shop is paused. Resume it to sync.</source>
        <translation>Naka-pause ang pag-sync ng shop na ito. Ituloy ito para mag-sync.</translation>
    </message>
    <message>
        <source>The sync interval must be between %1 and %2 seconds (1 minute to 24 hours).</source>
        <translation>Ang pagitan ng sync ay dapat mula %1 hanggang %2 segundo (1 minuto hanggang 24 na oras).</translation>
    </message>
    <message>
        <source>No app is set up for this platform.</source>
        <translation>Walang naka-set up na app para sa platform na ito.</translation>
    </message>
    <message>
        <source>The platform sent no authorization code.</source>
        <translation>Walang ipinadalang authorization code ang platform.</translation>
    </message>
    <message>
        <source>%1 did not accept the authorization (%2). Start again from BVA.</source>
        <translation>Hindi tinanggap ng %1 ang authorization (%2). Magsimula ulit mula sa BVA.</translation>
    </message>
    <message>
        <source>%1 did not give BVA access (%2).</source>
        <translation>Hindi binigyan ng %1 ng access ang BVA (%2).</translation>
    </message>
    <message>
        <source>The authorization does not cover shop %1 on %2.</source>
        <translation>Hindi saklaw ng authorization ang shop %1 sa %2.</translation>
    </message>
    <message>
        <source>The authorization names no shop.</source>
        <translation>Walang binabanggit na shop ang authorization.</translation>
    </message>
    <message>
        <source>%1 sent shop details BVA could not read (%2).</source>
        <translation>Nagpadala ang %1 ng detalye ng shop na hindi mabasa ng BVA (%2).</translation>
    </message>
</context>
<context>
    <name>bva::Migrations</name>
    <message>
        <source>This database was last used by a newer version of BVA (schema %1; this version knows up to %2). Install that version or a later one to open it.</source>
        <translation>Huling ginamit ang database na ito ng mas bagong bersyon ng BVA (schema %1; hanggang %2 lang ang alam ng bersyong ito). I-install ang bersyong iyon o mas bago pa para mabuksan ito.</translation>
    </message>
</context>
<context>
    <name>bva::NativeCatalog</name>
    <message>
        <source>sign in first</source>
        <translation>mag-sign in muna</translation>
    </message>
    <message>
        <source>marketplace products and orders are read-only in BVA; change them on the marketplace</source>
        <translation>read-only sa BVA ang mga produkto at order ng marketplace; baguhin ang mga ito sa marketplace</translation>
    </message>
    <message>
        <source>your role on this shop does not allow this</source>
        <translation>hindi ito pinapayagan ng role mo sa shop na ito</translation>
    </message>
    <message>
        <source>My products</source>
        <translation>Aking mga produkto</translation>
    </message>
    <message>
        <source>name: required</source>
        <translation>name: kailangan</translation>
    </message>
    <message>
        <source>price: must be a number of at least 0</source>
        <translation>price: dapat numerong 0 pataas</translation>
    </message>
    <message>
        <source>cost: must be a number of at least 0, or empty</source>
        <translation>cost: dapat numerong 0 pataas, o walang laman</translation>
    </message>
    <message>
        <source>stock: must be a whole number of at least 0</source>
        <translation>stock: dapat buong numerong 0 pataas</translation>
    </message>
    <message>
        <source>no such product</source>
        <translation>walang ganitong produkto</translation>
    </message>
    <message>
        <source>sku: %1 is already used by &quot;%2&quot;</source>
        <translation>sku: ginagamit na ng &quot;%2&quot; ang %1</translation>
    </message>
    <message>
        <source>the product was not stored</source>
        <translation>hindi na-save ang produkto</translation>
    </message>
    <message>
        <source>date: required</source>
        <translation>date: kailangan</translation>
    </message>
    <message>
        <source>lines: add at least one product</source>
        <translation>lines: magdagdag ng kahit isang produkto</translation>
    </message>
    <message>
        <source>quantity: must be a whole number from 1 to %1</source>
        <translation>quantity: dapat buong numero mula 1 hanggang %1</translation>
    </message>
    <message>
        <source>unit price: must be a number of at least 0</source>
        <translation>unit price: dapat numerong 0 pataas</translation>
    </message>
    <message>
        <source>product: no such product in this channel (%1)</source>
        <translation>product: walang ganitong produkto sa channel na ito (%1)</translation>
    </message>
    <message>
        <source>total: too large</source>
        <translation>total: masyadong malaki</translation>
    </message>
    <message>
        <source>only %1 of &quot;%2&quot; in stock; selling %3 needs your confirmation</source>
        <translation>%1 na lang na &quot;%2&quot; ang nasa stock; kailangan ng iyong kumpirmasyon para magbenta ng %3</translation>
    </message>
    <message>
        <source>the sale was not stored</source>
        <translation>hindi na-save ang benta</translation>
    </message>
    <message>
        <source>lines: at most %1 in one sale</source>
        <translation>lines: hanggang %1 lamang sa isang benta</translation>
    </message>
    <message>
        <source>quantity: one sale&apos;s quantities add up to at most %1</source>
        <translation>quantity: ang kabuuang dami ng isang benta ay hanggang %1 lamang</translation>
    </message>
    <message>
        <source>%1: at most %2 characters</source>
        <translation>%1: hanggang %2 character lamang</translation>
    </message>
</context>
<context>
    <name>bva::PasswordWorkers</name>
    <message>
        <source>too many sign-in attempts are being checked right now; try again in a moment</source>
        <translation>sobrang daming pag-sign in ang sinusuri ngayon; subukan ulit mamaya</translation>
    </message>
</context>
<context>
    <name>bva::Sync</name>
    <message>
        <source>&quot;%1&quot; is not a web address (http or https).</source>
        <translation>Hindi web address (http o https) ang &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No %1 site is configured in BVA.</source>
        <translation>Walang naka-configure na %1 site sa BVA.</translation>
    </message>
    <message>
        <source>siteUrl: BVA connects %1 shops only through the %1 site it is configured with (%2). Ask whoever runs BVA to configure another address.</source>
        <translation>siteUrl: ikinokonekta ng BVA ang mga %1 shop sa pamamagitan lang ng %1 site na naka-configure dito (%2). Hilingin sa nagpapatakbo ng BVA na mag-configure ng ibang address.</translation>
    </message>
</context>
<context>
    <name>bva::SyncService</name>
    <message>
        <source>A sync of this shop is already running.</source>
        <translation>May tumatakbo nang sync ng shop na ito.</translation>
    </message>
    <message>
        <source>A sync of this shop is already running in another BVA process.</source>
        <translation>May tumatakbo nang sync ng shop na ito sa ibang BVA process.</translation>
    </message>
    <message>
        <source>Could not take the sync lock: %1</source>
        <translation>Hindi makuha ang sync lock: %1</translation>
    </message>
    <message>
        <source>The integration no longer exists.</source>
        <translation>Wala na ang integration.</translation>
    </message>
    <message>
        <source>BVA has no adapter for %1.</source>
        <translation>Walang adapter ang BVA para sa %1.</translation>
    </message>
    <message>
        <source>The shop of this integration is missing.</source>
        <translation>Nawawala ang shop ng integration na ito.</translation>
    </message>
    <message>
        <source>The marketplace no longer accepts the token (expired or revoked). Reconnect the shop.</source>
        <translation>Hindi na tinatanggap ng marketplace ang token (expired o binawi). Ikonekta ulit ang shop.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Pumalya ang sync: %1</translation>
    </message>
    <message>
        <source>No app is set up.</source>
        <translation>Walang naka-set up na app.</translation>
    </message>
</context>
<context>
    <name>bva::TeamService</name>
    <message>
        <source>a signed-in account is required</source>
        <translation>kailangan ng naka-sign in na account</translation>
    </message>
    <message>
        <source>email: %1 already works on this shop; change their role instead</source>
        <translation>email: kasali na si %1 sa shop na ito; palitan na lang ang role niya</translation>
    </message>
    <message>
        <source>no such invitation</source>
        <translation>walang ganitong imbitasyon</translation>
    </message>
    <message>
        <source>the invitation was already answered</source>
        <translation>nasagot na ang imbitasyon</translation>
    </message>
    <message>
        <source>no such invitation, or it is no longer open</source>
        <translation>walang ganitong imbitasyon, o hindi na ito bukas</translation>
    </message>
    <message>
        <source>a shop needs an admin: make another member admin first</source>
        <translation>kailangan ng admin ang shop: gawin munang admin ang ibang miyembro</translation>
    </message>
    <message>
        <source>no such member</source>
        <translation>walang ganitong miyembro</translation>
    </message>
    <message>
        <source>code: this invitation was locked after too many wrong codes; ask the shop&apos;s admin to invite you again</source>
        <translation>code: na-lock ang imbitasyong ito dahil sa sobrang daming maling code; hilingin sa admin ng shop na imbitahan ka ulit</translation>
    </message>
    <message>
        <source>code: this invitation was made before invitation codes and cannot be accepted; ask the shop&apos;s admin to invite you again</source>
        <translation>code: ginawa ang imbitasyong ito bago pa nagkaroon ng mga invitation code at hindi ito matatanggap; hilingin sa admin ng shop na imbitahan ka ulit</translation>
    </message>
    <message>
        <source>code: the invitation code is required; the shop&apos;s admin was shown it when they invited you</source>
        <translation>code: kailangan ang invitation code; ipinakita ito sa admin ng shop nang imbitahan ka nila</translation>
    </message>
    <message>
        <source>code: an invitation code has 16 letters and digits, like ABCD-EFGH-JKMN-PQRS</source>
        <translation>code: may 16 na titik at numero ang invitation code, gaya ng ABCD-EFGH-JKMN-PQRS</translation>
    </message>
    <message>
        <source>code: wrong invitation code; the invitation is now locked, ask the shop&apos;s admin to invite you again</source>
        <translation>code: maling invitation code; naka-lock na ngayon ang imbitasyon, hilingin sa admin ng shop na imbitahan ka ulit</translation>
    </message>
    <message numerus="yes">
        <source>code: wrong invitation code; %n attempt(s) left before it locks</source>
        <translation>
            <numerusform>code: maling invitation code; %n subok na lang bago ito ma-lock</numerusform>
            <numerusform>code: maling invitation code; %n subok na lang bago ito ma-lock</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::TokenKeeper</name>
    <message>
        <source>The secret vault could not be read: %1</source>
        <translation>Hindi mabasa ang secret vault: %1</translation>
    </message>
    <message>
        <source>The marketplace token is missing from the vault. Reconnect the shop.</source>
        <translation>Wala sa vault ang token ng marketplace. Ikonekta ulit ang shop.</translation>
    </message>
    <message>
        <source>The marketplace no longer accepts the token (expired or revoked). Reconnect the shop.</source>
        <translation>Hindi na tinatanggap ng marketplace ang token (expired o binawi). Ikonekta ulit ang shop.</translation>
    </message>
    <message>
        <source>%1 sent a renewal BVA could not read (%2).</source>
        <translation>Nagpadala ang %1 ng renewal na hindi mabasa ng BVA (%2).</translation>
    </message>
    <message>
        <source>The integration no longer exists.</source>
        <translation>Wala na ang integration.</translation>
    </message>
    <message>
        <source>The secret vault could not store the renewed access: %1</source>
        <translation>Hindi maitago ng secret vault ang na-renew na access: %1</translation>
    </message>
    <message>
        <source>%1 refused to renew BVA&apos;s access (%2). Reconnect the shop to sync again; its data is kept.</source>
        <translation>Tumanggi ang %1 na i-renew ang access ng BVA (%2). Ikonekta ulit ang shop para makapag-sync muli; nananatili ang data nito.</translation>
    </message>
    <message>
        <source>Could not renew the access to %1 (%2); trying again at the next sync.</source>
        <translation>Hindi ma-renew ang access sa %1 (%2); susubukan ulit sa susunod na sync.</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Kailangang muling ikonekta</translation>
    </message>
    <message>
        <source>%1 no longer accepts BVA&apos;s access, so syncing this shop has stopped (webhooks are still received). Open Settings → Integrations and choose Reconnect: the shop and all its data are kept.</source>
        <translation>Hindi na tinatanggap ng %1 ang access ng BVA, kaya huminto ang pag-sync ng shop na ito (natatanggap pa rin ang mga webhook). Buksan ang Settings → Integrations at piliin ang Muling ikonekta: mananatili ang shop at lahat ng data nito.</translation>
    </message>
    <message>
        <source>Could not renew the access to %1: its app is not set up in BVA (Settings → Platform apps).</source>
        <translation>Hindi ma-renew ang access sa %1: hindi naka-set up sa BVA ang app nito (Settings → Platform apps).</translation>
    </message>
</context>
<context>
    <name>bva::WebSocketHub</name>
    <message>
        <source>unauthorized: a valid session token is required</source>
        <translation>unauthorized: kailangan ng valid na session token</translation>
    </message>
    <message>
        <source>unknown event</source>
        <translation>hindi kilalang event</translation>
    </message>
</context>
<context>
    <name>bva::WebhookService</name>
    <message>
        <source>shutting down</source>
        <translation>nagsasara</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>sobrang daming request</translation>
    </message>
    <message>
        <source>shopId: %1 is not the shop of this credential</source>
        <translation>shopId: hindi %1 ang shop ng credential na ito</translation>
    </message>
</context>
<context>
    <name>bva::Webhooks</name>
    <message>
        <source>status: unknown order status</source>
        <translation>status: hindi kilalang status ng order</translation>
    </message>
    <message>
        <source>: must be an array</source>
        <translation>: dapat ay array</translation>
    </message>
    <message>
        <source>: at most %1 entries</source>
        <translation>: hanggang %1 entry lang</translation>
    </message>
    <message>
        <source>]: must be an object</source>
        <translation>]: dapat ay object</translation>
    </message>
    <message>
        <source>body: malformed JSON (%1)</source>
        <translation>body: sirang JSON (%1)</translation>
    </message>
    <message>
        <source>body: must be a JSON object</source>
        <translation>body: dapat ay JSON object</translation>
    </message>
    <message>
        <source>id: required (id or productId)</source>
        <translation>id: kailangan (id o productId)</translation>
    </message>
    <message>
        <source>id: required (id or orderId)</source>
        <translation>id: kailangan (id o orderId)</translation>
    </message>
    <message>
        <source>status: required string</source>
        <translation>status: kailangang string</translation>
    </message>
    <message>
        <source>productId: required</source>
        <translation>productId: kailangan</translation>
    </message>
    <message>
        <source>stock: required (stock or quantity)</source>
        <translation>stock: kailangan (stock o quantity)</translation>
    </message>
    <message>
        <source>stock: must be a whole number &gt;= 0</source>
        <translation>stock: dapat ay buong numero &gt;= 0</translation>
    </message>
    <message>
        <source>threshold: must be a whole number &gt;= 0</source>
        <translation>threshold: dapat ay buong numero &gt;= 0</translation>
    </message>
    <message>
        <source>products: required (products or orders array)</source>
        <translation>products: kailangan (array na products o orders)</translation>
    </message>
    <message>
        <source>Authorization: expected a Bearer token</source>
        <translation>Authorization: inaasahan ang Bearer token</translation>
    </message>
    <message>
        <source>Authorization: missing (Bearer token or webhook signature required)</source>
        <translation>Authorization: wala (kailangan ng Bearer token o webhook signature)</translation>
    </message>
    <message>
        <source>Authorization: unknown or revoked token</source>
        <translation>Authorization: hindi kilala o binawing token</translation>
    </message>
    <message>
        <source>webhook-id and webhook-timestamp are required with webhook-signature</source>
        <translation>kailangan ang webhook-id at webhook-timestamp kapag may webhook-signature</translation>
    </message>
    <message>
        <source>webhook-timestamp: missing or more than 5 minutes off</source>
        <translation>webhook-timestamp: wala o lampas 5 minuto ang layo</translation>
    </message>
    <message>
        <source>signed webhook names no shopId</source>
        <translation>walang shopId ang signed webhook</translation>
    </message>
    <message>
        <source>webhook-signature: invalid</source>
        <translation>webhook-signature: hindi valid</translation>
    </message>
    <message>
        <source>price: required for a product BVA has not seen yet</source>
        <translation>price: kailangan para sa produktong hindi pa nakikita ng BVA</translation>
    </message>
    <message>
        <source>Unsigned webhook refused: this shop&apos;s deliveries must carry a Standard Webhooks signature (webhook-id, webhook-timestamp, webhook-signature); a bearer token alone is no longer accepted. The shop&apos;s admin in BVA can change this.</source>
        <translation>Tinanggihan ang webhook na walang signature: dapat may Standard Webhooks signature (webhook-id, webhook-timestamp, webhook-signature) ang mga padala ng shop na ito; hindi na sapat ang bearer token lang. Mababago ito ng admin ng shop sa BVA.</translation>
    </message>
    <message numerus="yes">
        <source>shopId: required, this credential serves %n shops</source>
        <translation>
            <numerusform>shopId: kailangan, %n shop ang sakop ng credential na ito</numerusform>
            <numerusform>shopId: kailangan, %n shop ang sakop ng credential na ito</numerusform>
        </translation>
    </message>
    <message>
        <source>shopId: %1 is not the shop of this credential</source>
        <translation>shopId: hindi %1 ang shop ng credential na ito</translation>
    </message>
    <message>
        <source>A repeat of a delivery already received: no effect.</source>
        <translation>Ulit ng delivery na natanggap na: walang epekto.</translation>
    </message>
    <message>
        <source>items: must be an array</source>
        <translation>items: dapat ay array</translation>
    </message>
    <message>
        <source>items: required</source>
        <translation>items: kailangan</translation>
    </message>
</context>
<context>
    <name>bva::desktop::DemoClones</name>
    <message>
        <source>bva-clone was not found next to bva. Build it (target bva-clone) or install it.</source>
        <translation>Hindi nakita ang bva-clone sa tabi ng bva. I-build ito (target na bva-clone) o i-install.</translation>
    </message>
    <message>
        <source>bva-clone did not start: %1</source>
        <translation>Hindi nagsimula ang bva-clone: %1</translation>
    </message>
    <message>
        <source>bva-clone stopped before it was ready: %1</source>
        <translation>Huminto ang bva-clone bago ito naging handa: %1</translation>
    </message>
</context>
<context>
    <name>bva::forecast</name>
    <message>
        <source>No sales</source>
        <translation>Walang benta</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>Tuloy-tuloy</translation>
    </message>
    <message>
        <source>Erratic</source>
        <translation>Pabago-bago</translation>
    </message>
    <message>
        <source>Intermittent</source>
        <translation>Paminsan-minsan</translation>
    </message>
    <message>
        <source>Lumpy</source>
        <translation>Paminsan-minsan at pabago-bago</translation>
    </message>
    <message>
        <source>No sales in the history, so no demand is expected.</source>
        <translation>Walang benta sa history, kaya walang inaasahang demand.</translation>
    </message>
    <message numerus="yes">
        <source>%1 demand. %2 had the smallest error in %n test(s) on recent history (scaled error %3</source>
        <translation>
            <numerusform>%1 na demand. Ang %2 ang may pinakamaliit na error sa %n test sa kamakailang history (scaled error %3</numerusform>
            <numerusform>%1 na demand. Ang %2 ang may pinakamaliit na error sa %n test sa kamakailang history (scaled error %3</numerusform>
        </translation>
    </message>
    <message>
        <source> versus %1 for simply repeating the last season</source>
        <translation> kumpara sa %1 kung uulitin lang ang nakaraang season</translation>
    </message>
    <message>
        <source>%1 demand; the history is short, so %2 is used.</source>
        <translation>%1 na demand; maikli ang history, kaya %2 ang ginamit.</translation>
    </message>
    <message>
        <source>Paydays sell %1× a normal day.</source>
        <translation>Sa araw ng sahod, %1× ang benta kumpara sa karaniwang araw.</translation>
    </message>
    <message>
        <source>Mega-sale days sell %1× a normal day.</source>
        <translation>Sa mga mega-sale, %1× ang benta kumpara sa karaniwang araw.</translation>
    </message>
    <message>
        <source>; repeating the last season scored %1, but one week of sales says little about a slow item&apos;s average</source>
        <translation>; inulit ang nakaraang season at umiskor ng %1, pero kaunti lang ang sinasabi ng isang linggo ng benta tungkol sa karaniwang benta ng mabagal na item</translation>
    </message>
</context>
<context>
    <name>bva::forecast::MarketMate</name>
    <message>
        <source>Flash Sale</source>
        <translation>Flash Sale</translation>
    </message>
    <message>
        <source>New Arrival</source>
        <translation>Bagong Dating</translation>
    </message>
    <message>
        <source>Best Seller Spotlight</source>
        <translation>Tampok na Best Seller</translation>
    </message>
    <message>
        <source>Bundle Up</source>
        <translation>Bundle Deal</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Naka-schedule</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tapos na</translation>
    </message>
    <message>
        <source>Timed for the %1 mega-sale, when shoppers are out in numbers.</source>
        <translation>Itinapat sa %1 mega-sale, kung kailan maraming namimili.</translation>
    </message>
    <message>
        <source>Payday</source>
        <translation>Sahod</translation>
    </message>
    <message>
        <source>Timed for payday on %1, when buyers have fresh money.</source>
        <translation>Itinapat sa sahod sa %1, kung kailan may bagong pera ang mga buyer.</translation>
    </message>
    <message>
        <source>Starts now: no payday or mega-sale comes soon enough.</source>
        <translation>Magsisimula ngayon: walang sahod o mega-sale na malapit na.</translation>
    </message>
    <message>
        <source>%1% off brings the price to %2</source>
        <translation>Sa %1% off, magiging %2 ang presyo</translation>
    </message>
    <message>
        <source>, still above the cost of %1.</source>
        <translation>, mas mataas pa rin sa gastos na %1.</translation>
    </message>
    <message>
        <source>; the cost is unknown, so the discount stays small.</source>
        <translation>; hindi alam ang gastos, kaya maliit lang ang diskwento.</translation>
    </message>
    <message>
        <source>No discount fits above cost, so the offer is a bundle.</source>
        <translation>Walang diskwentong kasya nang hindi bumababa sa gastos, kaya bundle ang alok.</translation>
    </message>
    <message>
        <source>One of your best sellers (about %1 a day) with stock to spare: show it off at full price.</source>
        <translation>Isa sa mga best seller mo (mga %1 kada araw) na may sobrang stock: ibida ito sa buong presyo.</translation>
    </message>
    <message>
        <source>Orders of it hold %1 units on average, so the bundle is %2.</source>
        <translation>May %1 piraso nito ang karaniwang order, kaya %2 ang bundle.</translation>
    </message>
    <message>
        <source>title: required, at most 200 characters</source>
        <translation>title: kailangan, hanggang 200 character</translation>
    </message>
    <message>
        <source>body: at most 5000 characters</source>
        <translation>body: hanggang 5000 character</translation>
    </message>
    <message numerus="yes">
        <source>hashtags: at most %n hashtags</source>
        <translation>
            <numerusform>hashtags: hanggang %n hashtag lamang</numerusform>
            <numerusform>hashtags: hanggang %n hashtag lamang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hashtags: each one word of at most %n characters</source>
        <translation>
            <numerusform>hashtags: bawat isa ay iisang salita na hanggang %n character</numerusform>
            <numerusform>hashtags: bawat isa ay iisang salita na hanggang %n character</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::forecast::RestockPlanner</name>
    <message>
        <source>The shops use different currencies (%1); amounts are added as if they were %2.</source>
        <translation>Magkakaiba ang currency ng mga shop (%1); pinagsama ang mga halaga na parang %2 ang lahat.</translation>
    </message>
    <message>
        <source>Minimum order and pack size must be at least 1, units on order and lead time not negative.</source>
        <translation>Dapat hindi bababa sa 1 ang minimum order at laki ng pack, at hindi negatibo ang mga pirasong naka-order at ang lead time.</translation>
    </message>
    <message>
        <source>Shopping list</source>
        <translation>Listahan ng bibilhin</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Hindi maisulat ang %1</translation>
    </message>
    <message>
        <source>No sales expected.</source>
        <translation>Walang inaasahang benta.</translation>
    </message>
    <message>
        <source>Needs %1 units but has no cost price, so it is left out of the budget.</source>
        <translation>Kailangan ng %1 piraso pero walang cost price, kaya hindi ito isinama sa budget.</translation>
    </message>
    <message>
        <source>Needs %1 units (%2) but the budget went to better buys for this goal.</source>
        <translation>Kailangan ng %1 piraso (%2) pero napunta ang budget sa mas magagandang bilhin para sa layuning ito.</translation>
    </message>
    <message>
        <source>Order %1 of the %2 needed to cover %3 days with %4 safety stock; expected profit %5.</source>
        <translation>Mag-order ng %1 sa %2 na kailangan para sa %3 araw na may %4 na safety stock; inaasahang tubo %5.</translation>
    </message>
    <message>
        <source>Rounded to a minimum of %1 in packs of %2.</source>
        <translation>Inayos sa minimum na %1, nang tig-%2 kada pack.</translation>
    </message>
    <message>
        <source>Only %1% of the budget is used: nothing else is worth buying for this goal and horizon.</source>
        <translation>%1% lang ng budget ang nagamit: wala nang iba pang sulit bilhin para sa layunin at panahong ito.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) stay at risk of running out</source>
        <translation>
            <numerusform>%n produkto ang nanganganib pa ring maubusan</numerusform>
            <numerusform>%n produkto ang nanganganib pa ring maubusan</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 more budget would cover them.</source>
        <translation>; sasapat ang dagdag na %1 na budget para sa mga ito.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) need stock but have no cost price; add costs to plan them.</source>
        <translation>
            <numerusform>%n produkto ang kailangan ng stock pero walang cost price; ilagay ang gastos para maisama sa plano.</numerusform>
            <numerusform>%n produkto ang kailangan ng stock pero walang cost price; ilagay ang gastos para maisama sa plano.</numerusform>
        </translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Dami</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dahilan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kabuuan</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago — do not reorder until the expired units are off sale and the product has the expiry date of a new batch.</source>
        <translation>
            <numerusform>Nag-expire %n araw na ang nakalipas — huwag munang mag-reorder hanggang maalis sa bentahan ang mga expired na piraso at may expiry date na ng bagong batch ang produkto.</numerusform>
            <numerusform>Nag-expire %n araw na ang nakalipas — huwag munang mag-reorder hanggang maalis sa bentahan ang mga expired na piraso at may expiry date na ng bagong batch ang produkto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hardly sells lately and is out of stock.</source>
        <translation>Halos hindi nabebenta nitong huli at ubos na ang stock.</translation>
    </message>
    <message>
        <source>Hardly sells lately; %1 in stock.</source>
        <translation>Halos hindi nabebenta nitong huli; %1 ang nasa stock.</translation>
    </message>
    <message>
        <source>Sells about %1 a day and is out of stock.</source>
        <translation>Mga %1 ang nabebenta kada araw at ubos na ang stock.</translation>
    </message>
    <message numerus="yes">
        <source>Sells about %1 a day; %2 in stock last about %n day(s).</source>
        <translation>
            <numerusform>Mga %1 ang nabebenta kada araw; ang %2 na nasa stock ay tatagal nang mga %n araw.</numerusform>
            <numerusform>Mga %1 ang nabebenta kada araw; ang %2 na nasa stock ay tatagal nang mga %n araw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Below the reorder point of %1: it may run out before a new order arrives in %n day(s).</source>
        <translation>
            <numerusform>Mas mababa sa reorder point na %1: maaari itong maubos bago dumating ang bagong order sa loob ng %n araw.</numerusform>
            <numerusform>Mas mababa sa reorder point na %1: maaari itong maubos bago dumating ang bagong order sa loob ng %n araw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stock covers the next %n day(s) plus safety stock; no order needed.</source>
        <translation>
            <numerusform>Sapat ang stock para sa susunod na %n araw kasama ang safety stock; hindi kailangang umorder.</numerusform>
            <numerusform>Sapat ang stock para sa susunod na %n araw kasama ang safety stock; hindi kailangang umorder.</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 may go unsold for lack of stock before it arrives; the order does not make them up.</source>
        <translation>Mga %1 ang maaaring hindi mabenta dahil kulang ang stock bago ito dumating; hindi ito pinupunan ng order.</translation>
    </message>
    <message>
        <source>Sells about %1 a day; %2 in stock may not last the day.</source>
        <translation>Mga %1 ang nabebenta kada araw; ang %2 na nasa stock ay baka hindi tumagal nang isang araw.</translation>
    </message>
</context>
<context>
    <name>bva::forecast::RiskAlerts</name>
    <message>
        <source>Expired: %1</source>
        <translation>Nag-expire: %1</translation>
    </message>
    <message>
        <source>Running out: %1</source>
        <translation>Nauubos: %1</translation>
    </message>
</context>
<context>
    <name>bva::forecast::SmartShelf</name>
    <message>
        <source>No action</source>
        <translation>Walang gagawin</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Mag-restock</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskwento</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <source>Remove from sale</source>
        <translation>Alisin sa benta</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Mababa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Katamtaman</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Mataas</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritikal</translation>
    </message>
    <message>
        <source>%1 in stock covers about %2 days, but a restock takes %3 days: %4% chance of running out first.</source>
        <translation>Sapat ang %1 na stock para sa mga %2 araw, pero %3 araw bago dumating ang restock: %4% ang tsansang maubos muna.</translation>
    </message>
    <message>
        <source>Bundle it with a best seller: no discount keeps the price above cost.</source>
        <translation>I-bundle ito sa isang best seller: walang diskwentong magpapanatili sa presyo nang mas mataas sa gastos.</translation>
    </message>
    <message>
        <source>%1 of %2–%3%.</source>
        <translation>%1 na %2–%3%.</translation>
    </message>
    <message>
        <source>Clearance sale</source>
        <translation>Clearance sale</translation>
    </message>
    <message>
        <source>Capped so the price stays above cost.</source>
        <translation>Nilimitahan para manatiling mas mataas sa gastos ang presyo.</translation>
    </message>
    <message>
        <source>Cost unknown, so the discount is kept small.</source>
        <translation>Hindi alam ang gastos, kaya maliit lang ang diskwento.</translation>
    </message>
    <message>
        <source>A bundle with a best seller also helps.</source>
        <translation>Makakatulong din ang bundle kasama ang isang best seller.</translation>
    </message>
    <message>
        <source>Take the expired units off sale and write them off.</source>
        <translation>Alisin sa benta ang mga nag-expire na piraso at i-write off ang mga ito.</translation>
    </message>
    <message>
        <source>Nothing to do: stock and sales are in balance.</source>
        <translation>Walang kailangang gawin: balanse ang stock at benta.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n piraso</numerusform>
            <numerusform>%n piraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago with %1 still in stock.</source>
        <translation>
            <numerusform>Nag-expire %n araw na ang nakalipas at may %1 pang stock.</numerusform>
            <numerusform>Nag-expire %n araw na ang nakalipas at may %1 pang stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s); about %1 of %2 will not sell by then at the expected %3 a day.</source>
        <translation>
            <numerusform>Mag-e-expire sa loob ng %n araw; mga %1 sa %2 ang hindi mabebenta bago noon sa inaasahang %3 kada araw.</numerusform>
            <numerusform>Mag-e-expire sa loob ng %n araw; mga %1 sa %2 ang hindi mabebenta bago noon sa inaasahang %3 kada araw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of stock while about %1 units a day are expected to sell.</source>
        <translation>Ubos na ang stock habang mga %1 piraso kada araw ang inaasahang mabebenta.</translation>
    </message>
    <message>
        <source>No sales recorded yet with %1 in stock.</source>
        <translation>Wala pang naitalang benta at may %1 sa stock.</translation>
    </message>
    <message numerus="yes">
        <source>No sale for %n day(s) with %1 in stock.</source>
        <translation>
            <numerusform>Walang benta sa loob ng %n araw at may %1 sa stock.</numerusform>
            <numerusform>Walang benta sa loob ng %n araw at may %1 sa stock.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is about %2 days of sales at %3 a day: more than %4 days is overstock.</source>
        <translation>Ang %1 ay mga %2 araw na benta sa %3 kada araw: sobra sa stock kapag lampas %4 araw.</translation>
    </message>
    <message>
        <source>Restock %1 to cover %2 days after delivery.</source>
        <translation>Mag-restock ng %1 para sa %2 araw pagkatapos ng delivery.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s); about %1 of %2 will not sell by then: it has hardly sold lately.</source>
        <translation>
            <numerusform>Mag-e-expire sa loob ng %n araw; mga %1 sa %2 ang hindi mabebenta bago noon: halos hindi ito nabenta nitong huli.</numerusform>
            <numerusform>Mag-e-expire sa loob ng %n araw; mga %1 sa %2 ang hindi mabebenta bago noon: halos hindi ito nabenta nitong huli.</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of stock, and it still sells now and then.</source>
        <translation>Ubos na ang stock, at paminsan-minsan pa rin itong nabebenta.</translation>
    </message>
    <message>
        <source>%1 in stock, and it has hardly sold lately: more than %2 days of sales is overstock.</source>
        <translation>%1 ang nasa stock, at halos hindi ito nabenta nitong huli: sobra sa stock kapag lampas %2 araw ng benta.</translation>
    </message>
</context>
<context>
    <name>bva::forecast::csv</name>
    <message>
        <source>line %1: %2</source>
        <translation>linya %1: %2</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>hindi naisarang field na may quote</translation>
    </message>
    <message>
        <source>expected the header &quot;series,date,quantity&quot;</source>
        <translation>inaasahan ang header na &quot;series,date,quantity&quot;</translation>
    </message>
    <message>
        <source>expected 3 fields, found %1</source>
        <translation>inaasahan ang 3 field, %1 ang nakita</translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot; (expected yyyy-MM-dd)</source>
        <translation>hindi valid na petsa &quot;%1&quot; (inaasahan ang yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>invalid quantity &quot;%1&quot;</source>
        <translation>hindi valid na dami &quot;%1&quot;</translation>
    </message>
    <message>
        <source>line 1: empty input, expected the header &quot;series,date,quantity&quot;</source>
        <translation>linya 1: walang laman, inaasahan ang header na &quot;series,date,quantity&quot;</translation>
    </message>
    <message>
        <source>no data rows after the header</source>
        <translation>walang data row pagkatapos ng header</translation>
    </message>
    <message>
        <source>line %1: date %2 appears twice in series &quot;%3&quot;</source>
        <translation>linya %1: dalawang beses lumabas ang petsang %2 sa series na &quot;%3&quot;</translation>
    </message>
    <message>
        <source>quantity %1 is out of range (at most %2 a period)</source>
        <translation>lampas sa saklaw ang dami %1 (hanggang %2 lamang bawat panahon)</translation>
    </message>
</context>
<context>
    <name>bva::ui::AccountDialog</name>
    <message>
        <source>The passwords do not match.</source>
        <translation>Hindi magkatugma ang mga password.</translation>
    </message>
    <message>
        <source>The email or password is not right.</source>
        <translation>Mali ang email o password.</translation>
    </message>
    <message>
        <source>Create your BVA account</source>
        <translation>Gumawa ng iyong BVA account</translation>
    </message>
    <message>
        <source>Log in to BVA</source>
        <translation>Mag-log in sa BVA</translation>
    </message>
    <message>
        <source>Welcome to BVA</source>
        <translation>Maligayang pagdating sa BVA</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Maligayang pagbabalik</translation>
    </message>
    <message>
        <source>Create a local account. Your shops and figures stay on this computer (or your own database server).</source>
        <translation>Gumawa ng lokal na account. Mananatili ang iyong mga shop at numero sa computer na ito (o sa sarili mong database server).</translation>
    </message>
    <message>
        <source>Log in to see your shops.</source>
        <translation>Mag-log in para makita ang iyong mga shop.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Pangalan mo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ulitin ang password</translation>
    </message>
    <message>
        <source>Keep me logged in on this computer</source>
        <translation>Panatilihin akong naka-log in sa computer na ito</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Gumawa ng account</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Mag-log in</translation>
    </message>
    <message>
        <source>I already have an account</source>
        <translation>May account na ako</translation>
    </message>
    <message>
        <source>Create another account</source>
        <translation>Gumawa ng isa pang account</translation>
    </message>
    <message>
        <source>Could not sign in to the new account. If this email already has an account, log in with its password instead.</source>
        <translation>Hindi maka-sign in sa bagong account. Kung may account na ang email na ito, mag-log in na lang gamit ang password nito.</translation>
    </message>
    <message>
        <source>BVA is busy checking other sign-ins. Try again in a moment.</source>
        <translation>Abala ang BVA sa pagsusuri ng ibang pag-sign in. Subukan ulit mamaya.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts that did not match. For your safety, wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Sobrang daming maling pagtatangka. Para sa iyong kaligtasan, maghintay ng %n segundo bago subukan ulit.</numerusform>
            <numerusform>Sobrang daming maling pagtatangka. Para sa iyong kaligtasan, maghintay ng %n segundo bago subukan ulit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>Maghintay ng %n s</numerusform>
            <numerusform>Maghintay ng %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::AccountSettings</name>
    <message>
        <source>Profile saved.</source>
        <translation>Na-save ang profile.</translation>
    </message>
    <message>
        <source>The new passwords do not match.</source>
        <translation>Hindi magkatugma ang mga bagong password.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Mali ang kasalukuyang password.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>I-save ang profile</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kasalukuyang password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Bagong password</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Ulitin ang bagong password</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Palitan ang password</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts that did not match. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Sobrang daming maling pagtatangka. Maghintay ng %n segundo at subukan ulit.</numerusform>
            <numerusform>Sobrang daming maling pagtatangka. Maghintay ng %n segundo at subukan ulit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password changed. Every other session of this account was signed out.</source>
        <translation>Napalitan ang password. Na-sign out ang lahat ng iba pang session ng account na ito.</translation>
    </message>
    <message>
        <source>BVA desktop</source>
        <translation>BVA desktop</translation>
    </message>
    <message>
        <source>(this window)</source>
        <translation>(ang window na ito)</translation>
    </message>
    <message numerus="yes">
        <source>%n open session(s).</source>
        <translation>
            <numerusform>%n bukas na session.</numerusform>
            <numerusform>%n bukas na session.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Mag-sign out sa lahat ng device</translation>
    </message>
    <message>
        <source>Sign out of every device and browser that uses this account, this window included? Open live connections close at once.</source>
        <translation>Mag-sign out sa bawat device at browser na gumagamit ng account na ito, kasama ang window na ito? Agad na magsasara ang mga bukas na live na koneksyon.</translation>
    </message>
    <message>
        <source>Where you&apos;re signed in</source>
        <translation>Kung saan ka naka-sign in</translation>
    </message>
    <message>
        <source>Every open session of this account. Signing one out ends it at once, live updates included; changing the password signs out all but this window.</source>
        <translation>Bawat bukas na session ng account na ito. Kapag in-sign out mo ang isa, agad itong matatapos, kasama ang mga live na update; kapag pinalitan mo ang password, masa-sign out ang lahat maliban sa window na ito.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Saan</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Mag-e-expire</translation>
    </message>
    <message>
        <source>Sign out selected</source>
        <translation>I-sign out ang napili</translation>
    </message>
    <message>
        <source>Enter your current password to change the email.</source>
        <translation>Ilagay ang kasalukuyang password mo para mapalitan ang email.</translation>
    </message>
    <message>
        <source>The current password is wrong; the email was not changed.</source>
        <translation>Mali ang kasalukuyang password; hindi napalitan ang email.</translation>
    </message>
    <message>
        <source>Needed to change the email</source>
        <translation>Kailangan para mapalitan ang email</translation>
    </message>
    <message>
        <source>Signed in</source>
        <comment>when a session began</comment>
        <translation>Nag-sign in</translation>
    </message>
</context>
<context>
    <name>bva::ui::ActivityModel</name>
    <message>
        <source>Signed in</source>
        <translation>Nag-sign in</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Nag-sign out</translation>
    </message>
    <message>
        <source>Signed out everywhere</source>
        <translation>Nag-sign out sa lahat ng device</translation>
    </message>
    <message>
        <source>Created the account</source>
        <translation>Ginawa ang account</translation>
    </message>
    <message>
        <source>Changed the password</source>
        <translation>Pinalitan ang password</translation>
    </message>
    <message>
        <source>Ended a session</source>
        <translation>Tinapos ang isang session</translation>
    </message>
    <message>
        <source>Changed the email</source>
        <translation>Pinalitan ang email</translation>
    </message>
    <message>
        <source>Connected a shop</source>
        <translation>Nagkonekta ng shop</translation>
    </message>
    <message>
        <source>Connected a shop again</source>
        <translation>Nagkonekta ulit ng shop</translation>
    </message>
    <message>
        <source>Reconnected a shop</source>
        <translation>Muling ikinonekta ang shop</translation>
    </message>
    <message>
        <source>Disconnected a shop</source>
        <translation>Nagdiskonekta ng shop</translation>
    </message>
    <message>
        <source>Linking a shop was refused</source>
        <translation>Tinanggihan ang pag-link ng shop</translation>
    </message>
    <message>
        <source>Changed which deliveries are accepted</source>
        <translation>Binago kung aling mga padala ang tinatanggap</translation>
    </message>
    <message>
        <source>Deliveries must be signed from now on</source>
        <translation>Dapat nang naka-sign ang mga padala mula ngayon</translation>
    </message>
    <message>
        <source>Refused unsigned deliveries</source>
        <translation>Tinanggihan ang mga padalang walang signature</translation>
    </message>
    <message>
        <source>Showed the signing secret</source>
        <translation>Ipinakita ang signing secret</translation>
    </message>
    <message>
        <source>Copied the signing secret</source>
        <translation>Kinopya ang signing secret</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Nag-imbita ng tao</translation>
    </message>
    <message>
        <source>Withdrew an invitation</source>
        <translation>Binawi ang isang imbitasyon</translation>
    </message>
    <message>
        <source>Joined the shop&apos;s team</source>
        <translation>Sumali sa team ng shop</translation>
    </message>
    <message>
        <source>Declined an invitation</source>
        <translation>Tinanggihan ang isang imbitasyon</translation>
    </message>
    <message>
        <source>Changed a role</source>
        <translation>Pinalitan ang isang role</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Nag-alis ng miyembro</translation>
    </message>
    <message>
        <source>Left the shop&apos;s team</source>
        <translation>Umalis sa team ng shop</translation>
    </message>
    <message>
        <source>Sync started</source>
        <translation>Nagsimula ang sync</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Natapos ang sync</translation>
    </message>
    <message>
        <source>Changed the database</source>
        <translation>Pinalitan ang database</translation>
    </message>
    <message>
        <source>Changed the webhook server</source>
        <translation>Binago ang webhook server</translation>
    </message>
    <message>
        <source>Changed how long activity is kept</source>
        <translation>Binago kung gaano katagal pananatilihin ang aktibidad</translation>
    </message>
    <message>
        <source>BVA desktop</source>
        <translation>BVA desktop</translation>
    </message>
    <message>
        <source>BVA (scheduled)</source>
        <translation>BVA (naka-schedule)</translation>
    </message>
    <message>
        <source>bva-server</source>
        <translation>bva-server</translation>
    </message>
    <message>
        <source>Marketplace delivery</source>
        <translation>Padala ng marketplace</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Pumalya</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Tinanggihan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tapos na</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message numerus="yes">
        <source>further attempts wait %n second(s)</source>
        <translation>
            <numerusform>maghihintay ng %n segundo ang mga susunod na pagtatangka</numerusform>
            <numerusform>maghihintay ng %n segundo ang mga susunod na pagtatangka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too many failed attempts; asked to wait %n second(s)</source>
        <translation>
            <numerusform>sobrang daming pumalyang pagtatangka; pinaghintay ng %n segundo</numerusform>
            <numerusform>sobrang daming pumalyang pagtatangka; pinaghintay ng %n segundo</numerusform>
        </translation>
    </message>
    <message>
        <source>wrong email or password</source>
        <translation>mali ang email o password</translation>
    </message>
    <message>
        <source>someone tried to create an account with this email</source>
        <translation>may sumubok gumawa ng account gamit ang email na ito</translation>
    </message>
    <message>
        <source>the current password was wrong</source>
        <translation>mali ang kasalukuyang password</translation>
    </message>
    <message numerus="yes">
        <source>%n other session(s) ended</source>
        <translation>
            <numerusform>natapos ang %n iba pang session</numerusform>
            <numerusform>natapos ang %n iba pang session</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 bilang %2</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>bilang %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>lahat</translation>
    </message>
    <message>
        <source>changes since the last sync</source>
        <translation>mga pagbabago mula sa huling sync</translation>
    </message>
    <message>
        <source>%1 products, %2 orders</source>
        <translation>%1 produkto, %2 order</translation>
    </message>
    <message>
        <source>its data deleted</source>
        <translation>binura ang data nito</translation>
    </message>
    <message>
        <source>its data kept</source>
        <translation>itinago ang data nito</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>habambuhay</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n araw</numerusform>
            <numerusform>%n araw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies), the last from %1</source>
        <translation>
            <numerusform>%n padala, ang huli mula sa %1</numerusform>
            <numerusform>%n padala, ang huli mula sa %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the shop is linked by another account; an invitation from its admin is the way in</source>
        <translation>naka-link ang shop sa ibang account; makakasali lang sa pamamagitan ng imbitasyon mula sa admin nito</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>account %1</translation>
    </message>
    <message>
        <source>a deleted shop</source>
        <translation>isang binurang shop</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Sino</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalye</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <source>Changed how often the shop re-syncs</source>
        <translation>Binago kung gaano kadalas muling mag-sync ang shop</translation>
    </message>
    <message>
        <source>Paused syncing</source>
        <translation>Ipinause ang pag-sync</translation>
    </message>
    <message>
        <source>Resumed syncing</source>
        <translation>Itinuloy ang pag-sync</translation>
    </message>
    <message>
        <source>Replayed a webhook delivery</source>
        <translation>Nag-replay ng webhook delivery</translation>
    </message>
    <message>
        <source>delivery %1 (%2) failed again: %3</source>
        <translation>pumalya ulit ang delivery %1 (%2): %3</translation>
    </message>
    <message>
        <source>delivery %1 (%2) applied as delivery %3</source>
        <translation>nailapat ang delivery %1 (%2) bilang delivery %3</translation>
    </message>
    <message>
        <source>The marketplace refused to renew the access (reconnect needed)</source>
        <translation>Tumanggi ang marketplace na i-renew ang access (kailangang muling ikonekta)</translation>
    </message>
    <message>
        <source>An invitation was locked after too many wrong codes</source>
        <translation>Na-lock ang isang imbitasyon dahil sa sobrang daming maling code</translation>
    </message>
    <message>
        <source>wrong invitation code</source>
        <translation>maling invitation code</translation>
    </message>
    <message>
        <source>From</source>
        <comment>where a request came from</comment>
        <translation>Mula saan</translation>
    </message>
</context>
<context>
    <name>bva::ui::ActivityPage</name>
    <message>
        <source>All shops</source>
        <translation>Lahat ng shop</translation>
    </message>
    <message>
        <source>Nothing recorded for these filters.</source>
        <translation>Walang naitala para sa mga filter na ito.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 sa %n entry</numerusform>
            <numerusform>%1 sa %n entry</numerusform>
        </translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>I-export ang aktibidad</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Mga CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>Hindi ma-save ang file: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>Na-export ang %n entry sa %1.</numerusform>
            <numerusform>Na-export ang %n entry sa %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Older activity is deleted for everyone who uses this database.</source>
        <translation>Binubura ang mas lumang aktibidad para sa lahat ng gumagamit ng database na ito.</translation>
    </message>
    <message>
        <source>A shop admin can change this.</source>
        <translation>Mababago ito ng admin ng shop.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n araw</numerusform>
            <numerusform>%n araw</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep activity</source>
        <translation>Pagpapanatili ng aktibidad</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktibidad</translation>
    </message>
    <message>
        <source>Who did what, when and from where: sign-ins, shops connected, invitations and roles, syncs and settings. You see your own account&apos;s activity and everything about the shops you administer. Nothing here can be edited.</source>
        <translation>Sino ang gumawa ng ano, kailan at mula saan: mga pag-sign in, mga ikinonektang shop, mga imbitasyon at role, mga sync at settings. Makikita mo ang aktibidad ng sarili mong account at ang lahat tungkol sa mga shop na ikaw ang admin. Walang mae-edit dito.</translation>
    </message>
    <message>
        <source>Search an email or what was acted on</source>
        <translation>Hanapin ang email o ang target ng aksyon</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>Lahat ng aktibidad</translation>
    </message>
    <message>
        <source>Sign-ins and sessions</source>
        <translation>Mga pag-sign in at session</translation>
    </message>
    <message>
        <source>Shops and connections</source>
        <translation>Mga shop at koneksyon</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation>Mga sync</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Anumang resulta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tapos na</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Pumalya</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Tinanggihan</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Huling 24 oras</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Huling 7 araw</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Huling 30 araw</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Huling 90 araw</translation>
    </message>
    <message>
        <source>Everything kept</source>
        <translation>Lahat ng naitala</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>I-refresh</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>I-export bilang CSV…</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Magpakita pa</translation>
    </message>
    <message>
        <source>Keep activity for</source>
        <translation>Panatilihin ang aktibidad nang</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Habambuhay</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n taon</numerusform>
            <numerusform>%n taon</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::AppearanceSettings</name>
    <message>
        <source>Number: %1
Money: %2 · %3
Date: %4</source>
        <translation>Numero: %1
Pera: %2 · %3
Petsa: %4</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Itsura</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Sundin ang system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Maliwanag</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Madilim</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>Numbers, money and dates in this language:</source>
        <translation>Mga numero, pera at petsa sa wikang ito:</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Mga abiso</translation>
    </message>
    <message>
        <source>Also show notifications in the system tray</source>
        <translation>Ipakita rin ang mga abiso sa system tray</translation>
    </message>
</context>
<context>
    <name>bva::ui::CampaignModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Diskarte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Mga petsa</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskwento</translation>
    </message>
</context>
<context>
    <name>bva::ui::CommandPalette</name>
    <message>
        <source>Type a page, an action, a product or an order…</source>
        <translation>Mag-type ng pahina, aksyon, produkto o order…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkto</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
</context>
<context>
    <name>bva::ui::ConsentWindow</name>
    <message>
        <source>Cannot reach %1</source>
        <translation>Hindi maabot ang %1</translation>
    </message>
    <message>
        <source>Connecting %1</source>
        <translation>Ikinokonekta ang %1</translation>
    </message>
    <message>
        <source>Checking with %1 that this account owns the shop…</source>
        <translation>Tinitiyak sa %1 na pag-aari ng account na ito ang shop…</translation>
    </message>
    <message>
        <source>Log in to your %1 seller account to continue.</source>
        <translation>Mag-log in sa iyong %1 seller account para magpatuloy.</translation>
    </message>
    <message>
        <source>%1 said: “%2”. Nothing was connected and nothing was stored.</source>
        <translation>Sabi ng %1: “%2”. Walang ikinonekta at walang na-save.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Hindi nakakonekta</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 sa %3</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Ikonekta ang %1</translation>
    </message>
    <message>
        <source>Connect your %1 shop</source>
        <translation>Ikonekta ang iyong %1 shop</translation>
    </message>
    <message>
        <source>This is %1&apos;s own page at %2. BVA only reads your products and orders; it never changes your shop.</source>
        <translation>Ito ang sariling pahina ng %1 sa %2. Binabasa lang ng BVA ang iyong mga produkto at order; hindi nito binabago ang iyong shop.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Unexpected answer from %1</source>
        <translation>Hindi inaasahang sagot mula sa %1</translation>
    </message>
    <message>
        <source>%1&apos;s page sent an answer BVA cannot use. Nothing was connected and nothing was stored. Try again; if this keeps happening, %1 may have changed its page.</source>
        <translation>Nagpadala ang page ng %1 ng sagot na hindi magamit ng BVA. Walang ikinonekta at walang na-save. Subukan ulit; kung paulit-ulit ito, maaaring binago ng %1 ang page nito.</translation>
    </message>
    <message>
        <source>The page stopped</source>
        <translation>Huminto ang page</translation>
    </message>
    <message>
        <source>%1&apos;s page stopped working before you answered. Nothing was stored.</source>
        <translation>Huminto ang page ng %1 bago ka sumagot. Walang na-save.</translation>
    </message>
    <message>
        <source>%1 is not answering</source>
        <translation>Hindi sumasagot ang %1</translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s page at %2 did not load within %n second(s). Check that the site is up and that you are online, then try again. Nothing was stored.</source>
        <translation>
            <numerusform>Hindi nag-load ang page ng %1 sa %2 sa loob ng %n segundo. Tiyaking gumagana ang site at online ka, saka subukan ulit. Walang na-save.</numerusform>
            <numerusform>Hindi nag-load ang page ng %1 sa %2 sa loob ng %n segundo. Tiyaking gumagana ang site at online ka, saka subukan ulit. Walang na-save.</numerusform>
        </translation>
    </message>
    <message>
        <source>The marketplace site at %1 did not answer. Check that it is running and that you are online, then try again. Nothing was stored.</source>
        <translation>Hindi sumagot ang marketplace site sa %1. Tiyaking tumatakbo ito at online ka, saka subukan muli. Walang na-save.</translation>
    </message>
    <message>
        <source>You chose not to give BVA access on %1&apos;s page. Nothing was connected and nothing was stored. To connect the shop, try again and choose Grant.</source>
        <translation>Pinili mong hindi bigyan ng access ang BVA sa page ng %1. Walang ikinonekta at walang na-save. Para ikonekta ang shop, subukan ulit at piliin ang Grant.</translation>
    </message>
    <message>
        <source>You chose not to give BVA access on %1&apos;s page (%1 said: “%2”). Nothing was connected and nothing was stored. To connect the shop, try again and choose Grant.</source>
        <translation>Pinili mong hindi bigyan ng access ang BVA sa page ng %1 (sabi ng %1: “%2”). Walang ikinonekta at walang na-save. Para ikonekta ang shop, subukan ulit at piliin ang Grant.</translation>
    </message>
    <message>
        <source>Access not granted</source>
        <translation>Hindi ibinigay ang access</translation>
    </message>
    <message>
        <source>%1&apos;s page reported an error. Nothing was connected and nothing was stored.</source>
        <translation>Nag-ulat ng error ang page ng %1. Walang ikinonekta at walang na-save.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>The shop is connected. Importing its products and orders… You can close this window: the import goes on and the Integrations page shows its progress.</source>
        <translation>Nakakonekta na ang shop. Ini-import ang mga produkto at order nito… Puwede mong isara ang window na ito: tuloy ang pag-import at makikita ang progreso nito sa page ng Integrations.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Subukan ulit</translation>
    </message>
</context>
<context>
    <name>bva::ui::CsvImportDialog</name>
    <message>
        <source>New</source>
        <translation>Bago</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>I-update</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Na-import na</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Walang pagbabago</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Walang napiling file</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pumili ng file…</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rows with errors</source>
        <translation>I-import ang mga tamang row at laktawan ang mga may mali</translation>
    </message>
    <message>
        <source>Import nothing unless every row is valid</source>
        <translation>Walang i-import maliban kung tama ang lahat ng row</translation>
    </message>
    <message>
        <source>Import products from CSV</source>
        <translation>Mag-import ng mga produkto mula sa CSV</translation>
    </message>
    <message>
        <source>Import sales from CSV</source>
        <translation>Mag-import ng mga benta mula sa CSV</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Columns: sku, name, price (required); cost, stock, category, description. A row whose SKU is already in the channel updates that product.</source>
        <translation>Mga column: sku, name, price (kailangan); cost, stock, category, description. Ina-update ng row na ang SKU ay nasa channel na ang produktong iyon.</translation>
    </message>
    <message>
        <source>Columns: date, sku, quantity (required); unit_price, receipt, customer. Rows with the same receipt form one sale.</source>
        <translation>Mga column: date, sku, quantity (kailangan); unit_price, receipt, customer. Isang benta ang mga row na may parehong resibo.</translation>
    </message>
    <message>
        <source>Rows without a date were sold on</source>
        <translation>Naibenta ang mga row na walang petsa noong</translation>
    </message>
    <message>
        <source>Allow selling more than is in stock (the stock stops at 0)</source>
        <translation>Payagang magbenta nang higit sa stock (titigil ang stock sa 0)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>I-import</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Mga CSV file (*.csv);;Lahat ng file (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Binabasa…</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Hindi mabuksan ang %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB; split it into smaller files.</source>
        <translation>Mas malaki sa 32 MB ang %1; hatiin ito sa mas maliliit na file.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Hindi ma-import ang file na ito: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 to update, %4 already there, %5 with errors.</source>
        <translation>%1 row: %2 bago, %3 ia-update, %4 naroon na, %5 may mali.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Walang na-import: %1</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 already there, %4 rows with errors skipped.</source>
        <translation>Na-import: %1 bago, %2 na-update, %3 naroon na, nilaktawan ang %4 row na may mali.</translation>
    </message>
</context>
<context>
    <name>bva::ui::CurrencySummary</name>
    <message>
        <source>Revenue in %1</source>
        <translation>Kita sa %1</translation>
    </message>
    <message>
        <source>Orders: %1 · gross profit %2</source>
        <translation>Mga order: %1 · kabuuang tubo %2</translation>
    </message>
    <message>
        <source>Show the figures and charts in %1</source>
        <translation>Ipakita ang mga numero at chart sa %1</translation>
    </message>
    <message>
        <source>Set exchange rates</source>
        <translation>Magtakda ng mga exchange rate</translation>
    </message>
    <message>
        <source>Your shops sell in %1: each currency is shown on its own, never added together. %2 to also see one total converted at your rates.</source>
        <translation>Nagbebenta ang iyong mga shop sa %1: hiwalay na ipinapakita ang bawat currency at hindi kailanman pinagsasama. %2 para makita rin ang isang kabuuang na-convert ayon sa iyong mga rate.</translation>
    </message>
    <message>
        <source>All shops, converted to %1</source>
        <translation>Lahat ng shop, na-convert sa %1</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <source>Converted at your rates: %1</source>
        <translation>Na-convert ayon sa iyong mga rate: %1</translation>
    </message>
    <message>
        <source>Each currency is shown on its own; the converted total is an estimate at your rates. %1</source>
        <translation>Hiwalay na ipinapakita ang bawat currency; tantiya lang ang na-convert na kabuuan ayon sa iyong mga rate. %1</translation>
    </message>
    <message>
        <source>Change the rates</source>
        <translation>Baguhin ang mga rate</translation>
    </message>
    <message>
        <source>No rate for %1 yet.</source>
        <translation>Wala pang rate para sa %1.</translation>
    </message>
    <message>
        <source>%1 to see one total converted to %2.</source>
        <translation>%1 para makita ang isang kabuuang na-convert sa %2.</translation>
    </message>
</context>
<context>
    <name>bva::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Shops in different currencies are shown separately, never added together.</source>
        <translation>Magkahiwalay na ipinapakita ang mga shop na may ibang pera; hindi pinagsasama.</translation>
    </message>
    <message>
        <source>No shops to show yet</source>
        <translation>Wala pang shop na maipapakita</translation>
    </message>
    <message>
        <source>Connect a shop in Settings → Integrations. Its orders and products appear here as soon as the first sync finishes.</source>
        <translation>Magkonekta ng shop sa Settings → Integrations. Lalabas dito ang mga order at produkto nito pagkatapos ng unang sync.</translation>
    </message>
    <message>
        <source>Open Integrations</source>
        <translation>Buksan ang Integrations</translation>
    </message>
    <message>
        <source>No orders in this period. Pick a longer range above, or wait for the next sync.</source>
        <translation>Walang order sa panahong ito. Pumili ng mas mahabang saklaw sa itaas, o hintayin ang susunod na sync.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Kita</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Mga order</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Nabentang piraso</translation>
    </message>
    <message>
        <source>Avg. order value</source>
        <translation>Karaniwang halaga ng order</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>Kabuuang tubo</translation>
    </message>
    <message>
        <source>Cancelled &amp; returned</source>
        <translation>Kinansela at ibinalik</translation>
    </message>
    <message>
        <source>Revenue and gross profit</source>
        <translation>Kita at kabuuang tubo</translation>
    </message>
    <message>
        <source>Gross profit (known costs)</source>
        <translation>Kabuuang tubo (kilalang gastos)</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Ayon sa platform</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Nangungunang produkto</translation>
    </message>
    <message>
        <source>Stock alerts</source>
        <translation>Mga babala sa stock</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>Mga bagong order</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Ina-update…</translation>
    </message>
    <message>
        <source>Could not load the figures: %1</source>
        <translation>Hindi ma-load ang mga numero: %1</translation>
    </message>
    <message>
        <source>%1 – %2, compared with %3 – %4</source>
        <translation>%1 – %2, kumpara sa %3 – %4</translation>
    </message>
    <message>
        <source>Margin %1</source>
        <translation>Margin %1</translation>
    </message>
    <message>
        <source>%1 of revenue has no cost yet</source>
        <translation>%1 ng kita ang wala pang gastos</translation>
    </message>
    <message>
        <source>%1 cancelled (%2) · %3 returned (%4)</source>
        <translation>%1 kinansela (%2) · %3 ibinalik (%4)</translation>
    </message>
    <message>
        <source>Predicted sales</source>
        <translation>Tinatayang benta</translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation>Ngayong araw, sa ngayon</translation>
    </message>
    <message>
        <source>This week so far</source>
        <translation>Ngayong linggo, sa ngayon</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>Ngayong buwan, sa ngayon</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln order(s), %2 revenue. The line leaves it out until it is over.</source>
        <translation>
            <numerusform>%1: %Ln order, %2 na kita. Hindi ito isinasama sa linya hangga&apos;t hindi pa tapos.</numerusform>
            <numerusform>%1: %Ln order, %2 na kita. Hindi ito isinasama sa linya hangga&apos;t hindi pa tapos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders placed in the period that were not cancelled, failed, returned or refunded, as in Reports. Those are on the Cancelled &amp; returned tile.</source>
        <translation>Mga order sa panahong ito na hindi kinansela, pumalya, ibinalik o na-refund, gaya sa Mga ulat. Nasa tile na Kinansela at ibinalik ang mga iyon.</translation>
    </message>
    <message numerus="yes">
        <source>Not counting %Ln cancelled or returned (%1 placed in all)</source>
        <translation>
            <numerusform>Hindi kasama ang %Ln kinansela o ibinalik (%1 order lahat)</numerusform>
            <numerusform>Hindi kasama ang %Ln kinansela o ibinalik (%1 order lahat)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled and returned orders are not counted</source>
        <translation>Hindi binibilang ang mga kinansela at ibinalik na order</translation>
    </message>
    <message>
        <source>%1 (today is the date in %2)</source>
        <translation>%1 (ang petsa ngayon ay ayon sa %2)</translation>
    </message>
    <message>
        <source>The shops in view are in different time zones. Each shop&apos;s figures are for its own days, midnight to midnight on its clock; today is the date in %1, the first shop&apos;s time zone. Pick one shop to see its own today.</source>
        <translation>Nasa magkakaibang time zone ang mga shop na nakikita. Ang mga numero ng bawat shop ay para sa sarili nitong mga araw, mula hatinggabi hanggang hatinggabi sa oras nito; ang petsa ngayon ay ayon sa %1, ang time zone ng unang shop. Pumili ng isang shop para makita ang sarili nitong petsa ngayon.</translation>
    </message>
</context>
<context>
    <name>bva::ui::DashboardTile</name>
    <message>
        <source>%1 vs previous period</source>
        <translation>%1 kumpara sa nakaraang panahon</translation>
    </message>
    <message>
        <source>No change vs previous period</source>
        <translation>Walang pagbabago kumpara sa nakaraang panahon</translation>
    </message>
    <message>
        <source>No previous period to compare</source>
        <translation>Walang naunang panahon na maikukumpara</translation>
    </message>
</context>
<context>
    <name>bva::ui::DatabaseSettings</name>
    <message>
        <source>This is not a database address BVA understands: %1</source>
        <translation>Hindi ito database address na naiintindihan ng BVA: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Sinusubukan…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Nakakonekta sa %1.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Hindi makakonekta: %1</translation>
    </message>
    <message>
        <source>This is not a database address BVA understands.</source>
        <translation>Hindi ito database address na naiintindihan ng BVA.</translation>
    </message>
    <message>
        <source>Restart BVA?</source>
        <translation>I-restart ang BVA?</translation>
    </message>
    <message>
        <source>BVA opens the new database when it restarts. Your shops on the old database stay there. Restart now?</source>
        <translation>Bubuksan ng BVA ang bagong database pag-restart nito. Mananatili roon ang mga shop mo sa lumang database. I-restart ngayon?</translation>
    </message>
    <message>
        <source>Saved. The new database is used from the next start.</source>
        <translation>Na-save. Gagamitin ang bagong database sa susunod na pagbukas.</translation>
    </message>
    <message>
        <source>Saved. The webhook server uses it from the next start.</source>
        <translation>Na-save. Gagamitin ito ng webhook server sa susunod na pagbukas.</translation>
    </message>
    <message>
        <source>The webhook server now listens on %1:%2. Update the webhook URL in your marketplaces if it changed.</source>
        <translation>Nakikinig na ngayon ang webhook server sa %1:%2. I-update ang webhook URL sa iyong mga marketplace kung nagbago ito.</translation>
    </message>
    <message>
        <source>The webhook server could not start on %1:%2: %3</source>
        <translation>Hindi masimulan ang webhook server sa %1:%2: %3</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite file</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Subukan ang koneksyon</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>Gamitin ang database na ito</translation>
    </message>
    <message>
        <source>Webhook server</source>
        <translation>Webhook server</translation>
    </message>
    <message>
        <source>Marketplaces send live updates to this address. 127.0.0.1 accepts them only from this computer.</source>
        <translation>Dito nagpapadala ng live na update ang mga marketplace. Ang 127.0.0.1 ay tumatanggap lang mula sa computer na ito.</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>Bind address</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Apply and restart the server</source>
        <translation>Ilapat at i-restart ang server</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>Ginagamit: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address this computer can listen on.</source>
        <translation>Hindi IP address na mapakikinggan ng computer na ito ang &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The public address must be a web address, e.g. https://bva.example.com.</source>
        <translation>Dapat web address ang pampublikong address, hal. https://bva.example.com.</translation>
    </message>
    <message>
        <source>A TLS proxy on a trusted network fronts this server (needed to listen beyond this computer)</source>
        <translation>May TLS proxy sa mapagkakatiwalaang network sa harap ng server na ito (kailangan para makinig lampas sa computer na ito)</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Pampublikong address</translation>
    </message>
    <message>
        <source>The address marketplaces and browsers use through the proxy. BVA answers only this name and this computer&apos;s own names.</source>
        <translation>Ang address na ginagamit ng mga marketplace at browser sa pamamagitan ng proxy. Ang pangalang ito at ang sariling mga pangalan ng computer na ito lang ang sinasagot ng BVA.</translation>
    </message>
    <message>
        <source>No secret vault to keep the password in.</source>
        <translation>Walang secret vault na mapagtataguan ng password.</translation>
    </message>
    <message>
        <source>The password could not be kept in the secret vault: %1</source>
        <translation>Hindi maitago ang password sa secret vault: %1</translation>
    </message>
    <message>
        <source>One seller: the SQLite file on this computer. A team: a PostgreSQL server shared by several BVA apps and bva-server. Its password is kept in this computer&apos;s secret vault (keychain), not in BVA&apos;s settings.</source>
        <translation>Isang seller: ang SQLite file sa computer na ito. Isang team: isang PostgreSQL server na pinaghahatian ng ilang BVA app at ng bva-server. Nakatago ang password nito sa secret vault (keychain) ng computer na ito, hindi sa settings ng BVA.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>unchanged: the one in the vault, if any</source>
        <translation>walang pagbabago: ang nasa vault, kung mayroon</translation>
    </message>
</context>
<context>
    <name>bva::ui::DateRangePopup</name>
    <message>
        <source>Apply</source>
        <translation>Ilapat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mula</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hanggang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>The start must be on or before the end.</source>
        <translation>Dapat kapareho o mas maaga sa katapusan ang simula.</translation>
    </message>
    <message>
        <source>Choose at most ten years.</source>
        <translation>Pumili ng hanggang sampung taon lang.</translation>
    </message>
</context>
<context>
    <name>bva::ui::DeliveriesDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Naglo-load…</translation>
    </message>
    <message>
        <source>No deliveries match.</source>
        <translation>Walang tugmang delivery.</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries shown, newest first.</source>
        <translation>
            <numerusform>%n delivery ang ipinapakita, pinakabago muna.</numerusform>
            <numerusform>%n delivery ang ipinapakita, pinakabago muna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a delivery to see its body.</source>
        <translation>Pumili ng delivery para makita ang laman nito.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Replayed and applied as delivery %1.</source>
        <translation>Na-replay at nailapat bilang delivery %1.</translation>
    </message>
    <message>
        <source>A replay of delivery %1.</source>
        <translation>Replay ng delivery %1.</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n times.</source>
        <translation>
            <numerusform>Sinubukan nang %n beses.</numerusform>
            <numerusform>Sinubukan nang %n beses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply this delivery again, as if it had just arrived.</source>
        <translation>Ilapat ulit ang delivery na ito, na parang kararating lang.</translation>
    </message>
    <message>
        <source>This delivery was already replayed and applied.</source>
        <translation>Na-replay at nailapat na ang delivery na ito.</translation>
    </message>
    <message>
        <source>Replaying…</source>
        <translation>Nire-replay…</translation>
    </message>
    <message>
        <source>Replayed: the delivery was applied (as delivery %1).</source>
        <translation>Na-replay: nailapat ang delivery (bilang delivery %1).</translation>
    </message>
    <message>
        <source>Replayed, but it failed again: %1 Fix the cause, then replay it again.</source>
        <translation>Na-replay, pero pumalya ulit: %1 Ayusin ang sanhi, saka i-replay ulit.</translation>
    </message>
    <message>
        <source>Webhook deliveries · %1</source>
        <translation>Mga webhook delivery · %1</translation>
    </message>
    <message>
        <source>Webhook deliveries of %1</source>
        <translation>Mga webhook delivery ng %1</translation>
    </message>
    <message>
        <source>Search topic, reason, body or order id</source>
        <translation>Hanapin sa topic, dahilan, laman o order id</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Lahat ng resulta</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Kahit kailan</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Huling oras</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Huling 24 oras</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Huling 7 araw</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Huling 30 araw</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>I-refresh</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Higit pa</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>I-replay</translation>
    </message>
    <message>
        <source>Secrets (tokens, signatures, passwords) are masked.</source>
        <translation>Nakatago ang mga lihim (token, signature, password).</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Lahat ng paksa</translation>
    </message>
</context>
<context>
    <name>bva::ui::DeliveriesModel</name>
    <message>
        <source>Applied</source>
        <translation>Nailapat</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Tinanggihan</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Pumalya</translation>
    </message>
    <message>
        <source>Failed, replayed</source>
        <translation>Pumalya, na-replay</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Natanggap</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Dahilan</translation>
    </message>
</context>
<context>
    <name>bva::ui::DemoPanel</name>
    <message>
        <source>BVA demo</source>
        <translation>BVA demo</translation>
    </message>
    <message>
        <source>Welcome to the BVA demo</source>
        <translation>Maligayang pagdating sa BVA demo</translation>
    </message>
    <message>
        <source>Two demo marketplaces are running on this computer with live shoppers. Connect each shop through its own consent page: log in there with the seller login below, then press Grant. Orders start arriving within minutes.</source>
        <translation>Dalawang demo marketplace ang tumatakbo sa computer na ito na may mga live na mamimili. Ikonekta ang bawat shop sa sarili nitong consent page: mag-log in doon gamit ang seller login sa ibaba, saka pindutin ang Grant. Darating ang mga order sa loob ng ilang minuto.</translation>
    </message>
    <message>
        <source>Seller email: %1</source>
        <translation>Email ng seller: %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Password: %1</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Kopyahin ang password</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Ikonekta</translation>
    </message>
    <message>
        <source>Your demo BVA login: %1 / %2</source>
        <translation>Ang iyong demo BVA login: %1 / %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Nakakonekta</translation>
    </message>
</context>
<context>
    <name>bva::ui::DesktopShell</name>
    <message>
        <source>You were signed out: this session was ended (signed out everywhere, a password change, or it expired). Sign in again to continue.</source>
        <translation>Na-sign out ka: tinapos ang session na ito (nag-sign out sa lahat ng device, pinalitan ang password, o nag-expire ito). Mag-sign in ulit para magpatuloy.</translation>
    </message>
</context>
<context>
    <name>bva::ui::DisplayFormat</name>
    <message>
        <source>BVA</source>
        <translation>BVA</translation>
    </message>
</context>
<context>
    <name>bva::ui::ExchangeRatesSettings</name>
    <message>
        <source>1 %1 =</source>
        <translation>1 %1 =</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>hal. %1</translation>
    </message>
    <message>
        <source>All your shops sell in %1: there is nothing to convert.</source>
        <translation>Nagbebenta sa %1 ang lahat ng iyong shop: walang kailangang i-convert.</translation>
    </message>
    <message>
        <source>Saved. Add a rate to see converted totals.</source>
        <translation>Na-save. Magdagdag ng rate para makita ang mga na-convert na kabuuan.</translation>
    </message>
    <message>
        <source>Saved. Totals are converted to %1 at these rates, and marked as converted.</source>
        <translation>Na-save. Kino-convert sa %1 ang mga kabuuan ayon sa mga rate na ito, at minamarkahang na-convert.</translation>
    </message>
    <message>
        <source>Rates removed: each currency is shown on its own.</source>
        <translation>Inalis ang mga rate: hiwalay na ipinapakita ang bawat currency.</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Mga exchange rate</translation>
    </message>
    <message>
        <source>Shops that sell in different currencies are never added together: the dashboard and reports show each currency side by side. To also see one total, choose the currency to convert into and say what one unit of each other currency is worth in it. Converted totals are always marked as converted.</source>
        <translation>Hindi kailanman pinagsasama ang mga shop na nagbebenta sa magkaibang currency: magkatabing ipinapakita ng dashboard at mga report ang bawat currency. Para makita rin ang isang kabuuan, piliin ang currency na pagko-convert-an at ilagay kung magkano ang isang unit ng bawat ibang currency dito. Laging minamarkahang na-convert ang mga na-convert na kabuuan.</translation>
    </message>
    <message>
        <source>Convert totals into</source>
        <translation>I-convert ang mga kabuuan sa</translation>
    </message>
    <message>
        <source>Save rates</source>
        <translation>I-save ang mga rate</translation>
    </message>
    <message>
        <source>Remove rates</source>
        <translation>Alisin ang mga rate</translation>
    </message>
</context>
<context>
    <name>bva::ui::IntegrationActions</name>
    <message>
        <source>Connecting shops is not available in this build of BVA.</source>
        <translation>Hindi available ang pagkonekta ng shop sa build na ito ng BVA.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Mga produkto</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Mga order</translation>
    </message>
    <message>
        <source>Checking access</source>
        <translation>Sinusuri ang access</translation>
    </message>
    <message>
        <source>Preparing reports</source>
        <translation>Inihahanda ang mga ulat</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Tinatapos</translation>
    </message>
    <message>
        <source>The marketplace did not accept the access token: %1</source>
        <translation>Hindi tinanggap ng marketplace ang access token: %1</translation>
    </message>
    <message>
        <source>This seller account does not own that shop: %1</source>
        <translation>Hindi pag-aari ng seller account na ito ang shop na iyon: %1</translation>
    </message>
    <message>
        <source>The marketplace could not be reached: %1</source>
        <translation>Hindi maabot ang marketplace: %1</translation>
    </message>
    <message>
        <source>Your role on this shop does not allow this. Ask one of its admins.</source>
        <translation>Hindi ito pinapayagan ng role mo sa shop na ito. Magtanong sa isa sa mga admin nito.</translation>
    </message>
    <message>
        <source>Syncing paused.</source>
        <translation>Naka-pause na ang pag-sync.</translation>
    </message>
    <message>
        <source>Syncing resumed; a sync started.</source>
        <translation>Itinuloy ang pag-sync; nagsimula ang isang sync.</translation>
    </message>
    <message>
        <source>Syncing resumed.</source>
        <translation>Itinuloy ang pag-sync.</translation>
    </message>
    <message>
        <source>This shop now re-syncs every %1.</source>
        <translation>Muling nagsi-sync na ang shop na ito tuwing %1.</translation>
    </message>
    <message>
        <source>BVA&apos;s own server is not running, so the platform cannot send you back to BVA. Check Settings → Database.</source>
        <translation>Hindi tumatakbo ang sariling server ng BVA, kaya hindi ka maibabalik ng platform sa BVA. Tingnan ang Settings → Database.</translation>
    </message>
</context>
<context>
    <name>bva::ui::IntegrationCard</name>
    <message>
        <source>Not connected</source>
        <translation>Hindi nakakonekta</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Kumokonekta</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Nagsi-sync</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Nakakonekta</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Connect your %1 seller account through %1&apos;s own consent page at %2.</source>
        <translation>Ikonekta ang iyong %1 seller account sa sariling consent page ng %1 sa %2.</translation>
    </message>
    <message>
        <source>Shop %1</source>
        <translation>Shop %1</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>huling na-sync %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>hindi pa na-sync</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 sa %3</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Muling ikonekta</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Ikonekta</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>I-sync ngayon</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Subukan</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Idiskonekta</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook URL</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signing secret</translation>
    </message>
    <message>
        <source>(webhook server not running)</source>
        <translation>(hindi tumatakbo ang webhook server)</translation>
    </message>
    <message>
        <source>(created when the shop is connected)</source>
        <translation>(ginagawa kapag nakakonekta na ang shop)</translation>
    </message>
    <message>
        <source>Copy the webhook URL</source>
        <translation>Kopyahin ang webhook URL</translation>
    </message>
    <message>
        <source>Copy the signing secret</source>
        <translation>Kopyahin ang signing secret</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Ipakita o itago ang secret</translation>
    </message>
    <message>
        <source>BVA keeps the products and orders it already has and tries again at the next scheduled sync; press Sync now to try at once.</source>
        <translation>Itinatago ng BVA ang mga produkto at order na mayroon na ito at susubok muli sa susunod na nakatakdang sync; pindutin ang I-sync ngayon para subukan agad.</translation>
    </message>
    <message>
        <source>Deliveries with the token alone are accepted until %1 sends its first signed one; from then on only signed deliveries are.</source>
        <translation>Tinatanggap ang mga padalang token lang ang dala hanggang magpadala ang %1 ng unang naka-sign; mula noon, mga naka-sign na lang ang tinatanggap.</translation>
    </message>
    <message>
        <source>Only signed deliveries are accepted (last signed delivery %1).</source>
        <translation>Mga naka-sign na padala lang ang tinatanggap (huling naka-sign na padala %1).</translation>
    </message>
    <message>
        <source>Only signed deliveries are accepted.</source>
        <translation>Mga naka-sign na padala lang ang tinatanggap.</translation>
    </message>
    <message>
        <source>Deliveries with the token alone are accepted, signed or not: anyone who holds the seller&apos;s token (%1 hands it to buyers&apos; browsers) can send updates.</source>
        <translation>Tinatanggap ang mga padalang token lang ang dala, naka-sign man o hindi: makakapagpadala ng update ang sinumang may hawak ng token ng seller (ibinibigay ito ng %1 sa browser ng mga buyer).</translation>
    </message>
    <message numerus="yes">
        <source>%n unsigned deliveries refused, the last %1.</source>
        <translation>
            <numerusform>%n padalang walang signature ang tinanggihan, ang huli %1.</numerusform>
            <numerusform>%n padalang walang signature ang tinanggihan, ang huli %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Mga padala</translation>
    </message>
    <message>
        <source>Signed once %1 signs (recommended)</source>
        <translation>Naka-sign kapag nag-sign na ang %1 (inirerekomenda)</translation>
    </message>
    <message>
        <source>Signed only</source>
        <translation>Naka-sign lang</translation>
    </message>
    <message>
        <source>Token alone or signed</source>
        <translation>Token lang o naka-sign</translation>
    </message>
    <message>
        <source>Only the shop&apos;s admin can change this.</source>
        <translation>Ang admin lang ng shop ang makakapagbago nito.</translation>
    </message>
    <message>
        <source>(hidden: press the eye to show it)</source>
        <translation>(nakatago: pindutin ang mata para ipakita ito)</translation>
    </message>
    <message>
        <source>You can sync and test this shop. Its admins manage the connection and its secret.</source>
        <translation>Maaari mong i-sync at subukan ang shop na ito. Ang mga admin nito ang namamahala sa koneksyon at sa secret nito.</translation>
    </message>
    <message>
        <source>You can see this shop&apos;s figures. Its admins manage the connection.</source>
        <translation>Makikita mo ang mga numero ng shop na ito. Ang mga admin nito ang namamahala sa koneksyon.</translation>
    </message>
    <message>
        <source>Syncing paused since %1. Webhooks from %2 still update BVA; nothing is fetched from %2 until syncing is resumed.</source>
        <translation>Naka-pause ang pag-sync mula %1. Ina-update pa rin ng mga webhook mula sa %2 ang BVA; walang kinukuha mula sa %2 hangga&apos;t hindi itinutuloy ang pag-sync.</translation>
    </message>
    <message>
        <source>BVA fetches this shop&apos;s products and orders every %1 to catch anything the webhooks missed.</source>
        <translation>Kinukuha ng BVA ang mga produkto at order ng shop na ito tuwing %1 para mahuli ang anumang nalampasan ng mga webhook.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Naka-pause</translation>
    </message>
    <message>
        <source>Syncing is paused. Resume it to sync.</source>
        <translation>Naka-pause ang pag-sync. Ituloy ito para mag-sync.</translation>
    </message>
    <message>
        <source>Paste these into %1&apos;s webhook settings so new orders and stock changes reach BVA right away.</source>
        <translation>Idikit ang mga ito sa webhook settings ng %1 para agad makarating sa BVA ang mga bagong order at pagbabago sa stock.</translation>
    </message>
    <message>
        <source>Re-sync</source>
        <translation>Muling pag-sync</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Tuwing %1</translation>
    </message>
    <message>
        <source>Resume syncing</source>
        <translation>Ituloy ang pag-sync</translation>
    </message>
    <message>
        <source>Pause syncing</source>
        <translation>I-pause ang pag-sync</translation>
    </message>
    <message>
        <source>Webhook deliveries…</source>
        <translation>Mga webhook delivery…</translation>
    </message>
    <message>
        <source>What the marketplace sent: each delivery, what became of it, and replay of failed ones.</source>
        <translation>Ang ipinadala ng marketplace: bawat delivery, ano ang nangyari rito, at replay ng mga pumalya.</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Kailangang muling ikonekta</translation>
    </message>
    <message>
        <source>%1 no longer accepts BVA&apos;s access, so syncing this shop has stopped; webhooks are still received. Reconnect grants access again: the shop and all its data are kept.</source>
        <translation>Hindi na tinatanggap ng %1 ang access ng BVA, kaya huminto ang pag-sync ng shop na ito; natatanggap pa rin ang mga webhook. Ibinibigay ulit ng Muling ikonekta ang access: mananatili ang shop at lahat ng data nito.</translation>
    </message>
    <message>
        <source>sells in %1</source>
        <translation>nagbebenta sa %1</translation>
    </message>
    <message>
        <source>Syncing paused since %1: nothing is fetched from %2, not even after its pushes, until syncing is resumed.</source>
        <translation>Naka-pause ang pag-sync mula %1: walang kinukuha mula sa %2, kahit pagkatapos ng mga push nito, hanggang ituloy muli ang pag-sync.</translation>
    </message>
    <message>
        <source>BVA fetches this shop&apos;s products and orders every %1, and sooner when %2 pushes a change.</source>
        <translation>Kinukuha ng BVA ang mga produkto at order ng shop na ito tuwing %1, at mas maaga kapag may ipinush na pagbabago ang %2.</translation>
    </message>
    <message>
        <source>%1 (Open Platform)</source>
        <translation>%1 (Open Platform)</translation>
    </message>
    <message>
        <source>Push deliveries…</source>
        <translation>Mga push delivery…</translation>
    </message>
    <message>
        <source>Push URL</source>
        <translation>Push URL</translation>
    </message>
    <message>
        <source>(BVA&apos;s server is not running)</source>
        <translation>(hindi tumatakbo ang server ng BVA)</translation>
    </message>
    <message>
        <source>Copy the push URL</source>
        <translation>Kopyahin ang push URL</translation>
    </message>
    <message>
        <source>You can sync and test this shop. Its admins manage the connection.</source>
        <translation>Maaari mong i-sync at subukan ang shop na ito. Ang mga admin nito ang namamahala sa koneksyon.</translation>
    </message>
    <message>
        <source>Pushes are set up in Lazada&apos;s App Console, not in BVA: enter this push URL under Push and subscribe to Trade order.</source>
        <translation>Sa App Console ng Lazada isinasaayos ang mga push, hindi sa BVA: ilagay ang push URL na ito sa ilalim ng Push at mag-subscribe sa Trade order.</translation>
    </message>
    <message>
        <source>Pushes are set up in Shopee&apos;s app console, not in BVA: enter this push URL under Push Mechanism and turn on Order status update.</source>
        <translation>Sa app console ng Shopee isinasaayos ang mga push, hindi sa BVA: ilagay ang push URL na ito sa ilalim ng Push Mechanism at i-on ang Order status update.</translation>
    </message>
    <message>
        <source>%1 signs each push with your platform app&apos;s key (Settings → Platform apps), so this shop has no signing secret of its own. The platform needs an https address reachable from the internet; without pushes BVA still syncs on its schedule.</source>
        <translation>Pinipirmahan ng %1 ang bawat push gamit ang key ng iyong platform app (Settings → Platform apps), kaya walang sariling signing secret ang shop na ito. Kailangan ng platform ng https address na naaabot mula sa internet; kung walang push, nagsi-sync pa rin ang BVA ayon sa iskedyul nito.</translation>
    </message>
</context>
<context>
    <name>bva::ui::IntegrationsPage</name>
    <message>
        <source>The first sync did not finish</source>
        <translation>Hindi natapos ang unang sync</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Hindi nakakonekta</translation>
    </message>
    <message>
        <source>Starting the first sync</source>
        <translation>Sinisimulan ang unang sync</translation>
    </message>
    <message>
        <source>Sync started.</source>
        <translation>Nagsimula ang sync.</translation>
    </message>
    <message>
        <source>The marketplace answered and the token still works.</source>
        <translation>Sumagot ang marketplace at gumagana pa ang token.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Idiskonekta</translation>
    </message>
    <message>
        <source>Disconnect %1? BVA stops syncing and forgets the access token and webhook secret.</source>
        <translation>Idiskonekta ang %1? Titigil ang BVA sa pag-sync at kakalimutan ang access token at webhook secret.</translation>
    </message>
    <message>
        <source>Keep this shop&apos;s products, orders and reports in BVA, or delete them?</source>
        <translation>Itago ang mga produkto, order at ulat ng shop na ito sa BVA, o burahin?</translation>
    </message>
    <message>
        <source>Keep the data</source>
        <translation>Itago ang data</translation>
    </message>
    <message>
        <source>Delete the data</source>
        <translation>Burahin ang data</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Nadiskonekta.</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Natapos ang sync.</translation>
    </message>
    <message>
        <source>Accept deliveries without a signature?</source>
        <translation>Tanggapin ang mga padalang walang signature?</translation>
    </message>
    <message>
        <source>%1 hands the seller&apos;s token to buyers&apos; browsers. With this choice anyone holding it can send BVA orders and stock changes for this shop. Choose it only if %1 cannot sign its deliveries.</source>
        <translation>Ibinibigay ng %1 ang token ng seller sa browser ng mga buyer. Sa pagpiling ito, makakapagpadala sa BVA ng mga order at pagbabago ng stock para sa shop na ito ang sinumang may hawak nito. Piliin lang ito kung hindi kayang i-sign ng %1 ang mga padala nito.</translation>
    </message>
    <message>
        <source>Signing secret copied. Paste it into the marketplace&apos;s webhook settings.</source>
        <translation>Nakopya ang signing secret. Idikit ito sa webhook settings ng marketplace.</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>Hindi sumagot ang %1 sa takdang oras</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not confirm within %n second(s) that this account owns the shop. Nothing was stored. Try again in a moment.</source>
        <translation>
            <numerusform>Hindi nakumpirma ng %1 sa loob ng %n segundo na pag-aari ng account na ito ang shop. Walang na-save. Subukan ulit mamaya.</numerusform>
            <numerusform>Hindi nakumpirma ng %1 sa loob ng %n segundo na pag-aari ng account na ito ang shop. Walang na-save. Subukan ulit mamaya.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop is connected, but the first sync failed: %1. Try again now, or later with Sync now on the Integrations page.</source>
        <translation>Nakakonekta ang shop, pero pumalya ang unang sync: %1. Subukan ulit ngayon, o mamaya gamit ang Sync now sa page ng Integrations.</translation>
    </message>
    <message>
        <source>Already connected</source>
        <translation>Nakakonekta na</translation>
    </message>
    <message>
        <source>“%1” is already connected to BVA. To add another shop, try again and choose it on %2&apos;s page; for a shop of another %2 account, log out there first and sign in with that account.</source>
        <translation>Nakakonekta na sa BVA ang “%1”. Para magdagdag ng ibang shop, subukan ulit at piliin ito sa page ng %2; para sa shop ng ibang %2 account, mag-log out muna roon at mag-sign in gamit ang account na iyon.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Walang na-save.</translation>
    </message>
    <message>
        <source>The first sync did not start</source>
        <translation>Hindi nagsimula ang unang sync</translation>
    </message>
    <message>
        <source>Connecting %1</source>
        <translation>Ikinokonekta ang %1</translation>
    </message>
    <message>
        <source>Checking with %1 that this account owns the shop…</source>
        <translation>Tinitiyak sa %1 na pag-aari ng account na ito ang shop…</translation>
    </message>
    <message>
        <source>%1 was disconnected.</source>
        <translation>Nadiskonekta ang %1.</translation>
    </message>
    <message>
        <source>Connect another %1 shop</source>
        <translation>Magkonekta ng isa pang %1 shop</translation>
    </message>
    <message>
        <source>Sign in on %1&apos;s page and choose the shop to connect. A %1 account with several shops lets you pick one each time.</source>
        <translation>Mag-sign in sa page ng %1 at piliin ang shop na ikokonekta. Sa %1 account na may ilang shop, makakapili ka ng isa bawat beses.</translation>
    </message>
    <message>
        <source>Connect each marketplace shop once through the marketplace&apos;s own page. BVA only reads your products and orders; it never changes your shop. You can connect several shops of the same marketplace.</source>
        <translation>Ikonekta nang isang beses ang bawat marketplace shop sa sariling page ng marketplace. Binabasa lang ng BVA ang iyong mga produkto at order; hindi nito binabago ang iyong shop. Puwede kang magkonekta ng ilang shop ng iisang marketplace.</translation>
    </message>
    <message>
        <source>Another shop</source>
        <translation>Ibang shop</translation>
    </message>
    <message>
        <source>Access was granted to “%1”, but this card is for another shop. Try again and choose the card&apos;s shop on %2&apos;s page.</source>
        <translation>Ibinigay ang access sa “%1”, pero para sa ibang shop ang card na ito. Subukan ulit at piliin ang shop ng card sa page ng %2.</translation>
    </message>
    <message>
        <source>To connect a shop through %1, first enter your app in Settings → Platform apps.</source>
        <translation>Para makonekta ang shop sa pamamagitan ng %1, ilagay muna ang iyong app sa Settings → Platform apps.</translation>
    </message>
    <message>
        <source>Shop connected. Its first sync is reading its products and orders.</source>
        <translation>Nakakonekta na ang shop. Binabasa ng unang sync nito ang mga produkto at order.</translation>
    </message>
    <message>
        <source>Real Shopee and Lazada shops</source>
        <translation>Mga tunay na Shopee at Lazada shop</translation>
    </message>
    <message>
        <source>Connect a shop on the real Shopee or Lazada through your own app on the platform&apos;s open platform (enter it once in Settings → Platform apps). You sign in and pick the shop on the platform&apos;s own page.</source>
        <translation>Ikonekta ang shop sa tunay na Shopee o Lazada gamit ang sarili mong app sa open platform nito (ilagay ito nang isang beses sa Settings → Platform apps). Mag-sign in ka at pipiliin ang shop sa sariling pahina ng platform.</translation>
    </message>
    <message>
        <source>Connect a Shopee shop (Open Platform)</source>
        <translation>Ikonekta ang isang Shopee shop (Open Platform)</translation>
    </message>
    <message>
        <source>Connect a Lazada shop (Open Platform)</source>
        <translation>Ikonekta ang isang Lazada shop (Open Platform)</translation>
    </message>
    <message>
        <source>Not connected: the window was closed before %1 sent you back to BVA, so BVA cancelled the authorization. Nothing was changed.</source>
        <translation>Hindi nakakonekta: naisara ang window bago ka ibinalik ng %1 sa BVA, kaya kinansela ng BVA ang awtorisasyon. Walang binago.</translation>
    </message>
</context>
<context>
    <name>bva::ui::MainWindow</name>
    <message>
        <source>Profile and password</source>
        <translation>Profile at password</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Mag-log out</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Pumunta sa</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aksyon</translation>
    </message>
    <message>
        <source>Connect a Shopee shop</source>
        <translation>Magkonekta ng Shopee shop</translation>
    </message>
    <message>
        <source>Connect a Lazada shop</source>
        <translation>Magkonekta ng Lazada shop</translation>
    </message>
    <message>
        <source>Integrations and webhooks</source>
        <translation>Integrations at webhooks</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Mga abiso</translation>
    </message>
    <message>
        <source>Mark all notifications as read</source>
        <translation>Markahang nabasa ang lahat ng abiso</translation>
    </message>
    <message>
        <source>Appearance: light, dark or system</source>
        <translation>Itsura: maliwanag, madilim o system</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>Database and server</source>
        <translation>Database at server</translation>
    </message>
    <message>
        <source>BVA — Business Virtual Assistant</source>
        <translation>BVA — Business Virtual Assistant</translation>
    </message>
    <message>
        <source>Business Virtual Assistant</source>
        <translation>Business Virtual Assistant</translation>
    </message>
    <message>
        <source>Read-only: BVA never changes your marketplace shops.</source>
        <translation>Pagbasa lang: hindi kailanman binabago ng BVA ang iyong mga marketplace shop.</translation>
    </message>
    <message>
        <source>Team: invite people and change roles</source>
        <translation>Team: mag-imbita ng mga tao at magpalit ng role</translation>
    </message>
    <message>
        <source>Activity: who did what</source>
        <translation>Aktibidad: sino ang gumawa ng ano</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Mag-sign out sa lahat ng device</translation>
    </message>
    <message>
        <source>Exchange rates for converted totals</source>
        <translation>Mga exchange rate para sa na-convert na kabuuan</translation>
    </message>
    <message>
        <source>BVA&apos;s server could not start on %1, so marketplaces cannot send live updates and no shop can be connected. Another program may be using that port, perhaps BVA open a second time: close it and start BVA again, or choose another port.</source>
        <translation>Hindi makapagsimula ang server ng BVA sa %1, kaya hindi makapagpadala ang mga marketplace ng live na update at walang shop na maikokonekta. Maaaring may ibang program na gumagamit ng port na iyon, baka BVA na nakabukas nang dalawang beses: isara ito at simulan muli ang BVA, o pumili ng ibang port.</translation>
    </message>
    <message>
        <source>Choose another port…</source>
        <translation>Pumili ng ibang port…</translation>
    </message>
</context>
<context>
    <name>bva::ui::MarketMatePage</name>
    <message>
        <source>Copy to clipboard</source>
        <translation>Kopyahin sa clipboard</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>I-save bilang draft</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>I-schedule</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Markahang tapos</translation>
    </message>
    <message>
        <source>MarketMate</source>
        <translation>MarketMate</translation>
    </message>
    <message>
        <source>Ad language</source>
        <translation>Wika ng ad</translation>
    </message>
    <message>
        <source>No shops to promote yet</source>
        <translation>Wala pang shop na mapo-promote</translation>
    </message>
    <message>
        <source>Connect a shop in Settings → Integrations. MarketMate suggests promotions for slow and near-expiry items once its sales are synced.</source>
        <translation>Magkonekta ng shop sa Settings → Integrations. Magmumungkahi ang MarketMate ng mga promo para sa mga item na mabagal mabenta o malapit nang mag-expire kapag na-sync na ang benta nito.</translation>
    </message>
    <message>
        <source>Suggested promotions</source>
        <translation>Mga mungkahing promo</translation>
    </message>
    <message>
        <source>Ad copy</source>
        <translation>Teksto ng ad</translation>
    </message>
    <message>
        <source>Select a suggestion to see its ad copy.</source>
        <translation>Pumili ng mungkahi para makita ang teksto ng ad nito.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Mga campaign</translation>
    </message>
    <message>
        <source>Your own list: BVA never posts to a marketplace.</source>
        <translation>Sarili mong listahan: hindi kailanman nagpo-post ang BVA sa marketplace.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Ina-update…</translation>
    </message>
    <message>
        <source>Could not make suggestions: %1</source>
        <translation>Hindi makagawa ng mga mungkahi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n mungkahi</numerusform>
            <numerusform>%n mungkahi</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs a promotion right now: no slow, overstocked or near-expiry items.</source>
        <translation>Walang kailangang i-promote ngayon: walang item na mabagal mabenta, sobra sa stock o malapit nang mag-expire.</translation>
    </message>
    <message>
        <source>Ad copy copied.</source>
        <translation>Nakopya ang teksto ng ad.</translation>
    </message>
    <message>
        <source>Select a suggestion first.</source>
        <translation>Pumili muna ng mungkahi.</translation>
    </message>
    <message>
        <source>Could not save the campaign: %1</source>
        <translation>Hindi ma-save ang campaign: %1</translation>
    </message>
    <message>
        <source>Saved as a draft.</source>
        <translation>Na-save bilang draft.</translation>
    </message>
    <message>
        <source>Campaign scheduled.</source>
        <translation>Naka-schedule na ang campaign.</translation>
    </message>
    <message>
        <source>Select a campaign first.</source>
        <translation>Pumili muna ng campaign.</translation>
    </message>
    <message>
        <source>Campaign updated.</source>
        <translation>Na-update ang campaign.</translation>
    </message>
    <message>
        <source>Could not list the campaigns: %1</source>
        <translation>Hindi mailista ang mga campaign: %1</translation>
    </message>
</context>
<context>
    <name>bva::ui::NotificationCenter</name>
    <message>
        <source>BVA — Business Virtual Assistant</source>
        <translation>BVA — Business Virtual Assistant</translation>
    </message>
    <message>
        <source>your shop</source>
        <translation>ang iyong shop</translation>
    </message>
    <message>
        <source>New order %1</source>
        <translation>Bagong order %1</translation>
    </message>
    <message>
        <source>%1 received a new order.</source>
        <translation>Nakatanggap ang %1 ng bagong order.</translation>
    </message>
    <message>
        <source>%1 received a new order of %2.</source>
        <translation>Nakatanggap ang %1 ng bagong order na %2.</translation>
    </message>
    <message>
        <source>Out of stock: %1</source>
        <translation>Ubos na ang stock: %1</translation>
    </message>
    <message>
        <source>Low stock: %1</source>
        <translation>Mababa ang stock: %1</translation>
    </message>
    <message>
        <source>%1 has no stock left.</source>
        <translation>Wala nang natitirang stock ang %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is down to %n unit(s).</source>
        <translation>
            <numerusform>%n piraso na lang ang natitira sa %1.</numerusform>
            <numerusform>%n piraso na lang ang natitira sa %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Pumalya ang sync</translation>
    </message>
    <message>
        <source>The last sync of %1 failed: %2</source>
        <translation>Pumalya ang huling sync ng %1: %2</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Kailangang muling ikonekta</translation>
    </message>
    <message>
        <source>The %1 connection has expired. Open Settings → Integrations and reconnect.</source>
        <translation>Nag-expire ang koneksyon sa %1. Buksan ang Settings → Integrations at muling ikonekta.</translation>
    </message>
    <message>
        <source>BVA</source>
        <translation>BVA</translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n bagong abiso</numerusform>
            <numerusform>%n bagong abiso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::NotificationPanel</name>
    <message>
        <source>Notifications</source>
        <translation>Mga abiso</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Markahang nabasa lahat</translation>
    </message>
    <message>
        <source>Nothing new. New orders, low stock, sync problems and expired connections show up here.</source>
        <translation>Walang bago. Dito lalabas ang mga bagong order, mababang stock, problema sa sync at nag-expire na koneksyon.</translation>
    </message>
</context>
<context>
    <name>bva::ui::OpenConnect</name>
    <message>
        <source>Shopee (Open Platform)</source>
        <translation>Shopee (Open Platform)</translation>
    </message>
    <message>
        <source>Lazada (Open Platform)</source>
        <translation>Lazada (Open Platform)</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Binubuksan ang %1</translation>
    </message>
    <message>
        <source>Asking BVA&apos;s server for a new authorization link…</source>
        <translation>Humihingi sa server ng BVA ng bagong link ng awtorisasyon…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Hindi nakakonekta</translation>
    </message>
    <message>
        <source>Connecting your %1 shop</source>
        <translation>Ikinokonekta ang iyong %1 shop</translation>
    </message>
    <message>
        <source>%1 sent you back to BVA. BVA is checking the authorization and reading the shop you chose…</source>
        <translation>Ibinalik ka ng %1 sa BVA. Sinusuri ng BVA ang awtorisasyon at binabasa ang shop na pinili mo…</translation>
    </message>
    <message>
        <source>%1 did not connect the shop.</source>
        <translation>Hindi ikinonekta ng %1 ang shop.</translation>
    </message>
    <message>
        <source>The authorization expired</source>
        <translation>Nag-expire ang awtorisasyon</translation>
    </message>
    <message>
        <source>The link to %1 lasts ten minutes and was not used in time.</source>
        <translation>Sampung minuto lang ang bisa ng link sa %1 at hindi ito nagamit sa oras.</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Wala pang sagot</translation>
    </message>
    <message>
        <source>%1 sent you back to BVA, but BVA has not finished connecting the shop. If it does, the shop appears on the Integrations page.</source>
        <translation>Ibinalik ka ng %1 sa BVA, pero hindi pa tapos ng BVA ang pagkonekta sa shop. Kapag natapos, lalabas ang shop sa pahina ng Integrations.</translation>
    </message>
    <message>
        <source>Nothing was changed. Try again to start over.</source>
        <translation>Walang nabago. Subukang muli para magsimula ulit.</translation>
    </message>
    <message>
        <source>This authorization was cancelled.</source>
        <translation>Kinansela ang awtorisasyong ito.</translation>
    </message>
</context>
<context>
    <name>bva::ui::OrderItemModel</name>
    <message>
        <source>No cost is known for this product, so the order&apos;s profit is not shown.</source>
        <translation>Walang kilalang gastos ang produktong ito, kaya hindi ipinapakita ang tubo ng order.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkto</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Dami</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Presyo bawat piraso</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Gastos bawat piraso</translation>
    </message>
</context>
<context>
    <name>bva::ui::OrderTableModel</name>
    <message>
        <source>Pending</source>
        <translation>Nakabinbin</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>Ipapadala</translation>
    </message>
    <message>
        <source>To receive</source>
        <translation>Tatanggapin</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Nakumpleto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kinansela</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Ibinalik</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Na-refund</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Pumalya</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Hindi alam</translation>
    </message>
    <message>
        <source>Cost unknown for at least one item, so profit is not shown.</source>
        <translation>Hindi alam ang gastos ng kahit isang item, kaya hindi ipinapakita ang tubo.</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Inilagay</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kabuuan</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Tubo</translation>
    </message>
    <message>
        <source>When the order was placed, on this computer&apos;s clock</source>
        <translation>Kung kailan inilagay ang order, ayon sa orasan ng computer na ito</translation>
    </message>
    <message>
        <source>When the order was placed, on the shop&apos;s clock (its time zone)</source>
        <translation>Kung kailan inilagay ang order, ayon sa orasan ng shop (sa time zone nito)</translation>
    </message>
</context>
<context>
    <name>bva::ui::OrdersPage</name>
    <message>
        <source>‹ Newer</source>
        <translation>‹ Mas bago</translation>
    </message>
    <message>
        <source>Older ›</source>
        <translation>Mas luma ›</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Mga order</translation>
    </message>
    <message>
        <source>Search order id, customer name or email</source>
        <translation>Hanapin ang order id, pangalan o email ng customer</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Lahat ng shop</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Anumang status</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Wala pang order</translation>
    </message>
    <message>
        <source>Connect a shop in Settings → Integrations; orders arrive with the first sync and then live from webhooks.</source>
        <translation>Magkonekta ng shop sa Settings → Integrations; darating ang mga order sa unang sync at pagkatapos ay live mula sa webhooks.</translation>
    </message>
    <message>
        <source>Select an order</source>
        <translation>Pumili ng order</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Mga item</translation>
    </message>
    <message>
        <source>Could not load orders: %1</source>
        <translation>Hindi ma-load ang mga order: %1</translation>
    </message>
    <message>
        <source>%1–%2 of %3 orders</source>
        <translation>%1–%2 sa %3 order</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>unknown (an item has no cost)</source>
        <translation>hindi alam (may item na walang gastos)</translation>
    </message>
    <message>
        <source>not counted as revenue</source>
        <translation>hindi binibilang na kita</translation>
    </message>
    <message>
        <source>%1 · %2&lt;br&gt;Placed %3 (shop day %4)&lt;br&gt;Customer %5&lt;br&gt;Status: &lt;b&gt;%6&lt;/b&gt;&lt;br&gt;Total %7 · Profit %8</source>
        <translation>%1 · %2&lt;br&gt;Inilagay %3 (araw ng shop %4)&lt;br&gt;Customer %5&lt;br&gt;Status: &lt;b&gt;%6&lt;/b&gt;&lt;br&gt;Kabuuan %7 · Tubo %8</translation>
    </message>
    <message>
        <source>Its items and status history show here.</source>
        <translation>Dito ipinapakita ang mga item at kasaysayan ng status nito.</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Kasaysayan ng status</translation>
    </message>
</context>
<context>
    <name>bva::ui::PageFactory</name>
    <message>
        <source>This page&apos;s engine is not wired into this build of BVA yet, so there is nothing to show here. BVA never shows made-up numbers: figures appear once the engine is in place and your shops are connected.</source>
        <translation>Hindi pa nakakabit sa build na ito ng BVA ang engine ng pahinang ito, kaya wala pang maipapakita rito. Hindi kailanman nagpapakita ang BVA ng gawa-gawang numero: lalabas ang mga numero kapag nakakabit na ang engine at nakakonekta ang iyong mga shop.</translation>
    </message>
</context>
<context>
    <name>bva::ui::Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Products &amp; Inventory</source>
        <translation>Mga Produkto at Imbentaryo</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Mga order</translation>
    </message>
    <message>
        <source>SmartShelf</source>
        <translation>SmartShelf</translation>
    </message>
    <message>
        <source>Restock Planner</source>
        <translation>Restock Planner</translation>
    </message>
    <message>
        <source>MarketMate</source>
        <translation>MarketMate</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Mga ulat</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>bva::ui::PlatformAppsSettings</name>
    <message>
        <source>Philippines (PHP)</source>
        <translation>Pilipinas (PHP)</translation>
    </message>
    <message>
        <source>Indonesia (IDR)</source>
        <translation>Indonesia (IDR)</translation>
    </message>
    <message>
        <source>Malaysia (MYR)</source>
        <translation>Malaysia (MYR)</translation>
    </message>
    <message>
        <source>Thailand (THB)</source>
        <translation>Thailand (THB)</translation>
    </message>
    <message>
        <source>Vietnam (VND)</source>
        <translation>Vietnam (VND)</translation>
    </message>
    <message>
        <source>Singapore (SGD)</source>
        <translation>Singapore (SGD)</translation>
    </message>
    <message>
        <source>(BVA&apos;s server is not running)</source>
        <translation>(hindi tumatakbo ang server ng BVA)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sine-save…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Hindi na-save: %1</translation>
    </message>
    <message>
        <source>Saved. You can now connect a shop with “%1” on the Integrations page.</source>
        <translation>Na-save. Maaari ka nang magkonekta ng shop gamit ang “%1” sa pahina ng Integrations.</translation>
    </message>
    <message>
        <source>Connect a Shopee shop (Open Platform)</source>
        <translation>Ikonekta ang isang Shopee shop (Open Platform)</translation>
    </message>
    <message>
        <source>Connect a Lazada shop (Open Platform)</source>
        <translation>Ikonekta ang isang Lazada shop (Open Platform)</translation>
    </message>
    <message>
        <source>Shopee Open Platform</source>
        <translation>Shopee Open Platform</translation>
    </message>
    <message>
        <source>Lazada Open Platform</source>
        <translation>Lazada Open Platform</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Naka-set up</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Hindi pa naka-set up</translation>
    </message>
    <message>
        <source>Your app of the type “Seller In House System” on open.shopee.com: its Partner ID and Partner Key (the test key while the app is in the sandbox).</source>
        <translation>Ang iyong app na uring “Seller In House System” sa open.shopee.com: ang Partner ID at Partner Key nito (ang test key habang nasa sandbox pa ang app).</translation>
    </message>
    <message>
        <source>Your “Seller In-house APP” on open.lazada.com: its App Key and App Secret.</source>
        <translation>Ang iyong “Seller In-house APP” sa open.lazada.com: ang App Key at App Secret nito.</translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation>Partner ID</translation>
    </message>
    <message>
        <source>App Key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <source>Partner Key</source>
        <translation>Partner Key</translation>
    </message>
    <message>
        <source>App Secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <source>Stored in BVA&apos;s vault; leave empty to keep it</source>
        <translation>Nakatago sa vault ng BVA; iwanang blangko para panatilihin</translation>
    </message>
    <message>
        <source>Required; kept in BVA&apos;s vault, never shown again</source>
        <translation>Kailangan; itatago sa vault ng BVA, hindi na ipapakita ulit</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Rehiyon</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>API host</source>
        <translation>API host</translation>
    </message>
    <message>
        <source>The platform&apos;s own host is filled in. Change it only for the platform&apos;s sandbox (https), or a simulator on this computer.</source>
        <translation>Nakalagay na ang sariling host ng platform. Palitan lang ito para sa sandbox ng platform (https), o sa simulator sa computer na ito.</translation>
    </message>
    <message>
        <source>Authorization host</source>
        <translation>Host ng awtorisasyon</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>Redirect URL</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback URL</translation>
    </message>
    <message>
        <source>Register the domain 127.0.0.1 as the app&apos;s redirect URL domain: Shopee sends you back to BVA on this computer after you authorize.</source>
        <translation>Irehistro ang domain na 127.0.0.1 bilang redirect URL domain ng app: ibinabalik ka ng Shopee sa BVA sa computer na ito pagkatapos mong mag-authorize.</translation>
    </message>
    <message>
        <source>Register this as the app&apos;s callback URL: Lazada sends you back to BVA on this computer after you authorize.</source>
        <translation>Irehistro ito bilang callback URL ng app: ibinabalik ka ng Lazada sa BVA sa computer na ito pagkatapos mong mag-authorize.</translation>
    </message>
    <message>
        <source>Push URL</source>
        <translation>Push URL</translation>
    </message>
    <message>
        <source>Optional, for updates within seconds: the platform needs an https address reachable from the internet (a public URL for BVA&apos;s server). Without it BVA still syncs on its schedule.</source>
        <translation>Opsyonal, para sa mga update sa loob ng ilang segundo: kailangan ng platform ng https address na naaabot mula sa internet (isang public URL para sa server ng BVA). Kung wala ito, nagsi-sync pa rin ang BVA ayon sa iskedyul nito.</translation>
    </message>
    <message>
        <source>Copy the URL</source>
        <translation>Kopyahin ang URL</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <source>To read a shop on the real Shopee or Lazada, BVA uses your own app on the platform&apos;s open platform. Register the app once on the platform&apos;s console, enter it here, then connect each shop on the Integrations page. BVA only reads; it never changes your shop.</source>
        <translation>Para mabasa ang shop sa tunay na Shopee o Lazada, ginagamit ng BVA ang sarili mong app sa open platform nito. Irehistro ang app nang isang beses sa console ng platform, ilagay ito rito, saka ikonekta ang bawat shop sa pahina ng Integrations. Nagbabasa lang ang BVA; hindi nito binabago ang iyong shop.</translation>
    </message>
</context>
<context>
    <name>bva::ui::PredictedSalesChart</name>
    <message>
        <source>No forecast yet. BVA forecasts each product&apos;s sales after a shop&apos;s sync finishes; the predicted sales appear here then.</source>
        <translation>Wala pang forecast. Tinataya ng BVA ang benta ng bawat produkto kapag natapos ang sync ng isang shop; saka lalabas dito ang tinatayang benta.</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Saklaw na 95%</translation>
    </message>
    <message>
        <source>Predicted units</source>
        <translation>Tinatayang piraso</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s): about %1 units</source>
        <translation>
            <numerusform>Susunod na %n araw: mga %1 piraso</numerusform>
            <numerusform>Susunod na %n araw: mga %1 piraso</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at today&apos;s prices</source>
        <translation>%1 sa presyo ngayon</translation>
    </message>
</context>
<context>
    <name>bva::ui::ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation>I-edit ang produkto</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Bagong produkto</translation>
    </message>
    <message>
        <source>e.g. 199.50</source>
        <translation>hal. 199.50</translation>
    </message>
    <message>
        <source>optional: what one unit costs you</source>
        <translation>opsyonal: magkano ang gastos mo sa isang piraso</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Presyo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorya</translation>
    </message>
    <message>
        <source>There is no BVA channel you may add products to.</source>
        <translation>Walang BVA channel na puwede mong dagdagan ng produkto.</translation>
    </message>
    <message>
        <source>Give the product a name.</source>
        <translation>Bigyan ng pangalan ang produkto.</translation>
    </message>
    <message>
        <source>Give the product a SKU (your own code for it, unique in the channel).</source>
        <translation>Bigyan ng SKU ang produkto (sarili mong code para dito, natatangi sa channel).</translation>
    </message>
    <message>
        <source>Price: write an amount like 199.50 (at most %1 decimals).</source>
        <translation>Presyo: isulat ang halaga na parang 199.50 (hanggang %1 decimal).</translation>
    </message>
    <message>
        <source>Cost: write an amount like 120.00, or leave it empty.</source>
        <translation>Gastos: isulat ang halaga na parang 120.00, o iwanang walang laman.</translation>
    </message>
    <message>
        <source>Remove product…</source>
        <translation>Alisin ang produkto…</translation>
    </message>
    <message>
        <source>Take it off your BVA channel; its past sales stay in your reports</source>
        <translation>Alisin ito sa iyong BVA channel; mananatili sa iyong mga ulat ang mga nakaraang benta nito</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Alisin ang produkto</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from %2? Its past sales stay in orders and reports; it leaves Products, SmartShelf and restock plans, and its SKU can be used again.</source>
        <translation>Alisin ang &quot;%1&quot; sa %2? Mananatili ang mga nakaraang benta nito sa mga order at ulat; mawawala ito sa Products, SmartShelf at mga restock plan, at magagamit muli ang SKU nito.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
</context>
<context>
    <name>bva::ui::ProductTableModel</name>
    <message>
        <source>In stock</source>
        <translation>May stock</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Mababa ang stock</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Ubos ang stock</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Hindi aktibo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkto</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorya</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Presyo</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Stock state</source>
        <translation>Kalagayan ng stock</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Nabentang piraso</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Kita</translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation>Sell-through</translation>
    </message>
    <message>
        <source>Days of inventory</source>
        <translation>Araw ng imbentaryo</translation>
    </message>
</context>
<context>
    <name>bva::ui::ProductsPage</name>
    <message>
        <source>Products &amp; Inventory</source>
        <translation>Mga Produkto at Imbentaryo</translation>
    </message>
    <message>
        <source>Search name, SKU or category</source>
        <translation>Hanapin ang pangalan, SKU o kategorya</translation>
    </message>
    <message>
        <source>Any stock state</source>
        <translation>Anumang kalagayan ng stock</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Lahat ng shop</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Lahat ng kategorya</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>Wala pang produkto</translation>
    </message>
    <message>
        <source>Select a product</source>
        <translation>Pumili ng produkto</translation>
    </message>
    <message>
        <source>Its daily sales and stock history show here.</source>
        <translation>Dito ipinapakita ang araw-araw na benta at kasaysayan ng stock nito.</translation>
    </message>
    <message>
        <source>Units sold per day</source>
        <translation>Nabentang piraso bawat araw</translation>
    </message>
    <message>
        <source>Stock history</source>
        <translation>Kasaysayan ng stock</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>hindi alam</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Price %4 · Cost %5&lt;br&gt;Stock %6 (%7) · Sold %8 in range · Revenue %9&lt;br&gt;Sell-through %10 · Days of inventory %11</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Presyo %4 · Gastos %5&lt;br&gt;Stock %6 (%7) · Nabenta %8 sa saklaw · Kita %9&lt;br&gt;Sell-through %10 · Araw ng imbentaryo %11</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Bagong produkto</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>I-edit ang produkto</translation>
    </message>
    <message>
        <source>Record sale</source>
        <translation>Itala ang benta</translation>
    </message>
    <message>
        <source>Connect a shop in Settings → Integrations; its products are listed here after the first sync. Products you sell outside the marketplaces: add them with New product.</source>
        <translation>Magkonekta ng shop sa Settings → Integrations; nakalista rito ang mga produkto nito pagkatapos ng unang sync. Mga produktong ibinebenta mo sa labas ng marketplace: idagdag ang mga ito gamit ang Bagong produkto.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>I-import</translation>
    </message>
    <message>
        <source>Import products from CSV…</source>
        <translation>Mag-import ng mga produkto mula sa CSV…</translation>
    </message>
    <message>
        <source>Import sales from CSV…</source>
        <translation>Mag-import ng mga benta mula sa CSV…</translation>
    </message>
    <message>
        <source>A product you sell outside the marketplaces, kept in your BVA channel</source>
        <translation>Produktong ibinebenta mo sa labas ng marketplace, nasa iyong BVA channel</translation>
    </message>
    <message>
        <source>A walk-in or other offline sale of your BVA channel&apos;s products</source>
        <translation>Benta sa walk-in o iba pang offline na benta ng mga produkto ng iyong BVA channel</translation>
    </message>
    <message>
        <source>Marketplace products are changed on the marketplace</source>
        <translation>Binabago sa marketplace ang mga produkto ng marketplace</translation>
    </message>
    <message>
        <source>Your role on this channel does not allow changes</source>
        <translation>Hindi pinapayagan ng iyong role sa channel na ito ang pagbabago</translation>
    </message>
    <message>
        <source>BVA channel</source>
        <translation>BVA channel</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln product(s)</source>
        <translation>
            <numerusform>%1 sa %Ln produkto</numerusform>
            <numerusform>%1 sa %Ln produkto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::PromotionModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No discount</source>
        <translation>Walang diskwento</translation>
    </message>
    <message>
        <source>%1% (range %2–%3%)</source>
        <translation>%1% (saklaw %2–%3%)</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (dating %2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkto</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Diskarte</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskwento</translation>
    </message>
    <message>
        <source>Promo price</source>
        <translation>Presyo sa promo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dahilan</translation>
    </message>
</context>
<context>
    <name>bva::ui::ReportsPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>I-export bilang CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>I-export bilang PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>I-print…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Mga ulat</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Awtomatiko</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Bawat araw</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Bawat linggo</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Bawat buwan</translation>
    </message>
    <message>
        <source>No shops to report on</source>
        <translation>Walang shop na maiuulat</translation>
    </message>
    <message>
        <source>Connect a shop in Settings → Integrations; reports cover its orders and products once the first sync is done.</source>
        <translation>Magkonekta ng shop sa Settings → Integrations; saklaw ng mga ulat ang mga order at produkto nito pagkatapos ng unang sync.</translation>
    </message>
    <message>
        <source>Could not build the report: %1</source>
        <translation>Hindi mabuo ang ulat: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No report to export yet.</source>
        <translation>Wala pang ulat na mai-export.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>I-export bilang CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Mga CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>Hindi ma-save ang file: %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>I-export bilang PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>How the report splits the date range into periods. Automatic: by day up to three months, by week up to a year and a half, else by month.</source>
        <translation>Kung paano hinahati ng ulat ang saklaw ng petsa sa mga panahon. Awtomatiko: kada araw hanggang tatlong buwan, kada linggo hanggang isa&apos;t kalahating taon, kung hindi ay kada buwan.</translation>
    </message>
    <message>
        <source>Report periods</source>
        <translation>Mga panahon ng ulat</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Nai-save: %1</translation>
    </message>
</context>
<context>
    <name>bva::ui::RestockPage</name>
    <message>
        <source>Payday effects</source>
        <translation>Epekto ng payday</translation>
    </message>
    <message>
        <source>Mega-sale effects</source>
        <translation>Epekto ng mega sale</translation>
    </message>
    <message>
        <source>Make plan</source>
        <translation>Gumawa ng plano</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>I-export bilang CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>I-export bilang PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>I-print…</translation>
    </message>
    <message>
        <source>Restock Planner</source>
        <translation>Restock Planner</translation>
    </message>
    <message>
        <source>No shops to plan for yet</source>
        <translation>Wala pang shop na mapaplanuhan</translation>
    </message>
    <message>
        <source>Connect a shop in Settings → Integrations. The planner turns its sales forecasts into a shopping list for the budget you set.</source>
        <translation>Magkonekta ng shop sa Settings → Integrations. Gagawing listahan ng bibilhin ng planner ang mga forecast ng benta nito, ayon sa budget na itatakda mo.</translation>
    </message>
    <message>
        <source>What to plan for</source>
        <translation>Ano ang paplanuhin</translation>
    </message>
    <message>
        <source>The money you can spend on stock now, in the shop currency.</source>
        <translation>Ang perang magagastos mo sa stock ngayon, sa pera ng shop.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Balanse</translation>
    </message>
    <message>
        <source>Most profit</source>
        <translation>Pinakamalaking tubo</translation>
    </message>
    <message>
        <source>Most units sold</source>
        <translation>Pinakamaraming mabentang piraso</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Layunin</translation>
    </message>
    <message>
        <source> days</source>
        <translation> araw</translation>
    </message>
    <message>
        <source>Cover sales for</source>
        <translation>Sapat sa benta nang</translation>
    </message>
    <message>
        <source>Supplier lead time</source>
        <translation>Lead time ng supplier</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>Expect the payday lift learned from your sales (15th and month end).</source>
        <translation>Asahan ang pagtaas ng benta tuwing payday na natutunan mula sa iyong benta (ika-15 at katapusan ng buwan).</translation>
    </message>
    <message>
        <source>Expect the lift learned from mega-sale days (11.11, 12.12, …).</source>
        <translation>Asahan ang pagtaas ng benta na natutunan mula sa mga araw ng mega sale (11.11, 12.12, …).</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Nagamit na budget</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Pinaplano…</translation>
    </message>
    <message>
        <source>Could not make the plan: %1</source>
        <translation>Hindi magawa ang plano: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sa %2</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) to buy</source>
        <translation>
            <numerusform>%n produktong bibilhin</numerusform>
            <numerusform>%n produktong bibilhin</numerusform>
        </translation>
    </message>
    <message>
        <source>expected revenue %1, expected profit %2</source>
        <translation>inaasahang kita %1, inaasahang tubo %2</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) below the reorder point</source>
        <translation>
            <numerusform>%n produktong mas mababa sa reorder point</numerusform>
            <numerusform>%n produktong mas mababa sa reorder point</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a budget to see what it buys; the recommended quantities need no budget.</source>
        <translation>Maglagay ng budget para makita kung ano ang mabibili nito; hindi kailangan ng budget ang mga inirerekomendang dami.</translation>
    </message>
    <message>
        <source>No plan to export yet.</source>
        <translation>Wala pang planong mai-export.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Hindi maisulat ang %1: %2</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>I-export bilang CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Mga CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>Hindi ma-save ang file: %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>I-export bilang PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Shopping list</source>
        <translation>Listahan ng bibilhin</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>hal. %1</translation>
    </message>
    <message>
        <source>Budget: enter an amount in %1, like %2 or %3.</source>
        <translation>Budget: maglagay ng halaga sa %1, gaya ng %2 o %3.</translation>
    </message>
    <message>
        <source>The share of what buyers ask for that should be served from stock. For products that sell in large, irregular amounts: how often the stock should last until the next delivery. Higher needs more safety stock.</source>
        <translation>Ang bahagi ng hinihingi ng mga mamimili na dapat maibigay mula sa stock. Para sa mga produktong nabebenta nang malakihan at hindi regular: gaano kadalas dapat umabot ang stock hanggang sa susunod na delivery. Kapag mas mataas, mas maraming safety stock ang kailangan.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Nai-save: %1</translation>
    </message>
</context>
<context>
    <name>bva::ui::RestockPlanModel</name>
    <message>
        <source>Priority: 1 is the most urgent.</source>
        <translation>Priyoridad: 1 ang pinakaapurahan.</translation>
    </message>
    <message>
        <source>Units expected to sell over the lead time plus the horizon.</source>
        <translation>Mga pirasong inaasahang mabenta sa loob ng lead time at ng panahong pinaplano.</translation>
    </message>
    <message>
        <source>Below this stock the product runs out before a new order arrives.</source>
        <translation>Kapag bumaba rito ang stock, mauubos ang produkto bago dumating ang bagong order.</translation>
    </message>
    <message>
        <source>What the budget buys.</source>
        <translation>Ang mabibili ng budget.</translation>
    </message>
    <message>
        <source>Revenue from the extra units these items are expected to sell.</source>
        <translation>Kita mula sa dagdag na pirasong inaasahang mabenta ng mga item na ito.</translation>
    </message>
    <message>
        <source>Expected revenue minus the cost of the order.</source>
        <translation>Inaasahang kita bawas ang gastos ng order.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkto</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demand</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Reserba</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Mag-order ulit sa</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Kailangan</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Bilhin</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Kita</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Tubo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Dahilan</translation>
    </message>
    <message>
        <source>Extra units held against demand above the forecast (service level). Below zero when the level is a fill rate and a large order may wait a little past the expected sales of the lead time.</source>
        <translation>Dagdag na pirasong nakareserba para sa demand na lampas sa forecast (service level). Mas mababa sa zero kapag fill rate ang level at puwedeng maghintay nang kaunti ang malaking order lampas sa inaasahang benta sa lead time.</translation>
    </message>
    <message>
        <source>What the product needs, rounded to the minimum order and pack size. For products that sell in large, irregular amounts, sales expected to be missed for lack of stock before the delivery arrives are not made up.</source>
        <translation>Ang kailangan ng produkto, ini-round sa minimum order at laki ng pack. Para sa mga produktong nabebenta nang malakihan at hindi regular, hindi na pinupunan ang mga benta na inaasahang mawawala dahil kulang ang stock bago dumating ang delivery.</translation>
    </message>
    <message>
        <source>Below zero: the service level is a fill rate, and this product&apos;s orders are large enough that the next one may arrive a little after the expected sales of the lead time without missing more sales than the level allows.</source>
        <translation>Mas mababa sa zero: ang antas ng serbisyo ay isang fill rate, at sapat na malalaki ang mga order ng produktong ito kaya maaaring dumating ang susunod nang kaunti pagkatapos ng inaasahang benta sa lead time nang hindi nawawalan ng mas maraming benta kaysa pinapayagan ng antas.</translation>
    </message>
</context>
<context>
    <name>bva::ui::SaleDialog</name>
    <message>
        <source>Add line</source>
        <translation>Magdagdag ng linya</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Alisin ang linya</translation>
    </message>
    <message>
        <source>Record sale</source>
        <translation>Itala ang benta</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opsyonal</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Dami</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Presyo bawat piraso</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>This channel has no products yet: add one with New product first.</source>
        <translation>Wala pang produkto ang channel na ito: magdagdag muna gamit ang Bagong produkto.</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 in stock</source>
        <translation>%1 (%2) · %3 sa stock</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Kabuuan %1</translation>
    </message>
    <message>
        <source>Total —</source>
        <translation>Kabuuan —</translation>
    </message>
    <message>
        <source>Line %1: write the unit price like 199.50 (at most %2 decimals).</source>
        <translation>Linya %1: isulat ang presyo bawat piraso na parang 199.50 (hanggang %2 decimal).</translation>
    </message>
    <message>
        <source>Add at least one product to the sale.</source>
        <translation>Magdagdag ng kahit isang produkto sa benta.</translation>
    </message>
    <message>
        <source>%1: %2 in stock, selling %3</source>
        <translation>%1: %2 sa stock, ibebenta ang %3</translation>
    </message>
    <message>
        <source>Not enough stock. %1. Sell anyway? The stock stops at 0.</source>
        <translation>Kulang ang stock. %1. Ibenta pa rin? Titigil ang stock sa 0.</translation>
    </message>
    <message>
        <source>Sell anyway</source>
        <translation>Ibenta pa rin</translation>
    </message>
</context>
<context>
    <name>bva::ui::SeriesTableModel</name>
    <message>
        <source>Period</source>
        <translation>Panahon</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Kita</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>Kabuuang tubo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Mga order</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Piraso</translation>
    </message>
    <message>
        <source>Revenue with unknown cost</source>
        <translation>Kita na hindi alam ang gastos</translation>
    </message>
</context>
<context>
    <name>bva::ui::SettingsPage</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrations</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktibidad</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Mga exchange rate</translation>
    </message>
    <message>
        <source>Platform apps</source>
        <translation>Platform apps</translation>
    </message>
    <message>
        <source>Language and look</source>
        <translation>Wika at itsura</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
</context>
<context>
    <name>bva::ui::ShelfTableModel</name>
    <message>
        <source>Stock-out before restock</source>
        <translation>Mauubos bago ang restock</translation>
    </message>
    <message>
        <source>Near expiry</source>
        <translation>Malapit nang mag-expire</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Nag-expire</translation>
    </message>
    <message>
        <source>Slow moving</source>
        <translation>Mabagal mabenta</translation>
    </message>
    <message>
        <source>Overstock</source>
        <translation>Sobra sa stock</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Wala</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkto</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Panganib</translation>
    </message>
    <message>
        <source>Risk kinds</source>
        <translation>Uri ng panganib</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Inirerekomendang gawin</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dahilan</translation>
    </message>
</context>
<context>
    <name>bva::ui::SmartShelfPage</name>
    <message>
        <source>SmartShelf</source>
        <translation>SmartShelf</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Lahat ng produkto</translation>
    </message>
    <message>
        <source>At risk only</source>
        <translation>Nanganganib lang</translation>
    </message>
    <message>
        <source>Show only the products with this risk</source>
        <translation>Ipakita lang ang mga produktong may ganitong panganib</translation>
    </message>
    <message>
        <source>No shops to check yet</source>
        <translation>Wala pang shop na masusuri</translation>
    </message>
    <message>
        <source>Connect a shop in Settings → Integrations. SmartShelf scores every product for stock-out, expiry and slow-moving risk once its sales are synced.</source>
        <translation>Magkonekta ng shop sa Settings → Integrations. Bibigyan ng SmartShelf ng marka ang bawat produkto sa panganib na maubusan ng stock, mag-expire o mabagal mabenta kapag na-sync na ang benta nito.</translation>
    </message>
    <message>
        <source>Products by risk</source>
        <translation>Mga produkto ayon sa panganib</translation>
    </message>
    <message>
        <source>Select a product to read SmartShelf&apos;s reasoning.</source>
        <translation>Pumili ng produkto para mabasa ang paliwanag ng SmartShelf.</translation>
    </message>
    <message>
        <source>Expired items</source>
        <translation>Mga item na nag-expire</translation>
    </message>
    <message>
        <source>Nothing in stock has passed its expiry date.</source>
        <translation>Walang item sa stock na lampas na sa expiry date.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Ina-update…</translation>
    </message>
    <message>
        <source>Could not score the products: %1</source>
        <translation>Hindi masuri ang mga produkto: %1</translation>
    </message>
    <message>
        <source>%1 products · %2 at risk · %3 expired</source>
        <translation>%1 produkto · %2 nanganganib · %3 nag-expire</translation>
    </message>
    <message>
        <source>risk %1 of 100 (%2)</source>
        <translation>panganib %1 sa 100 (%2)</translation>
    </message>
</context>
<context>
    <name>bva::ui::StatusHistoryModel</name>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>When (shop time)</source>
        <translation>Kailan (oras ng shop)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Pinagmulan</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Unang nakita</translation>
    </message>
</context>
<context>
    <name>bva::ui::StockHistoryModel</name>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Pagbabago</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Pinagmulan</translation>
    </message>
</context>
<context>
    <name>bva::ui::SyncInterval</name>
    <message>
        <source>1 hour</source>
        <translation>1 oras</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 oras</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuto</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundo</translation>
    </message>
</context>
<context>
    <name>bva::ui::TablePage</name>
    <message>
        <source>All platforms</source>
        <translation>Lahat ng platform</translation>
    </message>
    <message>
        <source>Open Integrations</source>
        <translation>Buksan ang Integrations</translation>
    </message>
</context>
<context>
    <name>bva::ui::TeamPage</name>
    <message>
        <source>Remove from the team</source>
        <translation>Alisin sa team</translation>
    </message>
    <message>
        <source>Remove %1 from this shop? They stop seeing its figures at once.</source>
        <translation>Alisin si %1 sa shop na ito? Mula ngayon, hindi na niya makikita ang mga numero nito.</translation>
    </message>
    <message>
        <source>Leave this shop</source>
        <translation>Umalis sa shop na ito</translation>
    </message>
    <message>
        <source>Leave this shop&apos;s team? You stop seeing its figures until an admin invites you again.</source>
        <translation>Umalis sa team ng shop na ito? Hindi mo na makikita ang mga numero nito hanggang imbitahan ka ulit ng isang admin.</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(ikaw)</translation>
    </message>
    <message>
        <source>Connect a shop, or accept an invitation, to work with a team.</source>
        <translation>Magkonekta ng shop, o tumanggap ng imbitasyon, para makatrabaho ang isang team.</translation>
    </message>
    <message>
        <source>You are an admin of this shop: you can invite people, change roles and remove members. A shop always keeps at least one admin.</source>
        <translation>Admin ka ng shop na ito: maaari kang mag-imbita ng mga tao, magpalit ng role at mag-alis ng mga miyembro. Laging may kahit isang admin ang isang shop.</translation>
    </message>
    <message>
        <source>You are an editor of this shop: you can sync it and plan restocks. Its admins manage the team.</source>
        <translation>Editor ka ng shop na ito: maaari mo itong i-sync at magplano ng restock. Ang mga admin nito ang namamahala sa team.</translation>
    </message>
    <message>
        <source>You are a viewer of this shop: you can see its figures. Its admins manage the team.</source>
        <translation>Viewer ka ng shop na ito: makikita mo ang mga numero nito. Ang mga admin nito ang namamahala sa team.</translation>
    </message>
    <message>
        <source>Your role on this shop does not allow this. Ask one of its admins.</source>
        <translation>Hindi ito pinapayagan ng role mo sa shop na ito. Magtanong sa isa sa mga admin nito.</translation>
    </message>
    <message>
        <source>Role changed to %1.</source>
        <translation>Napalitan ang role at naging %1.</translation>
    </message>
    <message>
        <source>You left the shop&apos;s team.</source>
        <translation>Umalis ka na sa team ng shop.</translation>
    </message>
    <message>
        <source>Removed from the team.</source>
        <translation>Inalis sa team.</translation>
    </message>
    <message>
        <source>Invitation withdrawn.</source>
        <translation>Binawi ang imbitasyon.</translation>
    </message>
    <message>
        <source>You joined the shop&apos;s team. Its figures are on every page now.</source>
        <translation>Sumali ka na sa team ng shop. Nasa bawat pahina na ngayon ang mga numero nito.</translation>
    </message>
    <message>
        <source>Invitation declined.</source>
        <translation>Tinanggihan ang imbitasyon.</translation>
    </message>
    <message>
        <source>Invitations for you</source>
        <translation>Mga imbitasyon para sa iyo</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Inimbitahan ni</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Tanggapin</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Tanggihan</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Mula noong</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Palitan ang role</translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Alisin sa team</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>Mga nakabinbing imbitasyon</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>Bukas hanggang</translation>
    </message>
    <message>
        <source>Withdraw invitation</source>
        <translation>Bawiin ang imbitasyon</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Mag-imbita ng tao</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>pangalan@example.com</translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation>Ipadala ang imbitasyon</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Nakopya na</translation>
    </message>
    <message>
        <source>Waiting for the code</source>
        <translation>Naghihintay ng code</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n wrong code(s): invite again</source>
        <translation>
            <numerusform>Na-lock matapos ang %n maling code: mag-imbita ulit</numerusform>
            <numerusform>Na-lock matapos ang %n maling code: mag-imbita ulit</numerusform>
        </translation>
    </message>
    <message>
        <source>Made before invitation codes: invite again</source>
        <translation>Ginawa bago ang mga invitation code: mag-imbita ulit</translation>
    </message>
    <message>
        <source>This invitation cannot be accepted. Invite the same email again to get a new invitation code; it replaces this one.</source>
        <translation>Hindi matatanggap ang imbitasyong ito. Imbitahan ulit ang parehong email para makakuha ng bagong invitation code; papalitan nito ang isang ito.</translation>
    </message>
    <message>
        <source>Invitation made for %1. It waits for them in Settings → Team; they need the code below to accept it.</source>
        <translation>Nagawa ang imbitasyon para kay %1. Hihintayin sila nito sa Settings → Team; kailangan nila ang code sa ibaba para tanggapin ito.</translation>
    </message>
    <message>
        <source>To accept, enter the invitation code the shop&apos;s admin gave you. It proves the invitation is meant for you; BVA never sends it by email.</source>
        <translation>Para tanggapin, ilagay ang invitation code na ibinigay sa iyo ng admin ng shop. Pinatutunayan nito na para sa iyo ang imbitasyon; hindi ito kailanman ipinapadala ng BVA sa email.</translation>
    </message>
    <message>
        <source>Invitation code, e.g. ABCD-EFGH-JKMN-PQRS</source>
        <translation>Invitation code, hal. ABCD-EFGH-JKMN-PQRS</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Kalagayan</translation>
    </message>
    <message>
        <source>Viewers see the figures; editors also sync and plan restocks; admins also manage the connection, its secret and the team. The invitation waits for the account with this email on this database; nothing is sent by email. You get a one-time invitation code to hand over yourself.</source>
        <translation>Nakikita ng mga viewer ang mga numero; nakakapag-sync at nakakapagplano rin ng restock ang mga editor; pinamamahalaan din ng mga admin ang koneksyon, ang secret nito at ang team. Hihintayin ng imbitasyon ang account na may ganitong email sa database na ito; walang ipinapadala sa email. Makakatanggap ka ng isang beses lang na invitation code na ikaw mismo ang magbibigay.</translation>
    </message>
    <message>
        <source>Invitation code for %1</source>
        <translation>Invitation code para kay %1</translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation>Kopyahin ang code sa clipboard</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyahin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tapos na</translation>
    </message>
    <message>
        <source>Give this code to %1 yourself, by a channel you trust: in person, by phone, or in a chat you know is theirs. They need it to accept the invitation. It is shown only now and BVA keeps no copy: if it is lost, invite the same email again for a new code.</source>
        <translation>Ikaw mismo ang magbigay ng code na ito kay %1, sa paraang pinagkakatiwalaan mo: nang personal, sa telepono, o sa chat na alam mong kanila. Kailangan nila ito para tanggapin ang imbitasyon. Ngayon lang ito ipapakita at walang itinatagong kopya ang BVA: kapag nawala ito, imbitahan ulit ang parehong email para sa bagong code.</translation>
    </message>
</context>
<context>
    <name>bva::ui::TopBar</name>
    <message>
        <source>All shops</source>
        <translation>Lahat ng shop</translation>
    </message>
    <message>
        <source>All Shopee shops</source>
        <translation>Lahat ng Shopee shop</translation>
    </message>
    <message>
        <source>All Lazada shops</source>
        <translation>Lahat ng Lazada shop</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n hindi pa nababasang abiso</numerusform>
            <numerusform>%n hindi pa nababasang abiso</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>Walang hindi pa nababasang abiso</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Live · waiting for events</source>
        <translation>Live · naghihintay ng mga event</translation>
    </message>
    <message>
        <source>Live · last event just now</source>
        <translation>Live · huling event ngayon lang</translation>
    </message>
    <message numerus="yes">
        <source>Live · last event %n min ago</source>
        <translation>
            <numerusform>Live · huling event %n minuto na ang nakalipas</numerusform>
            <numerusform>Live · huling event %n minuto na ang nakalipas</numerusform>
        </translation>
    </message>
    <message>
        <source>Live · last event %1</source>
        <translation>Live · huling event %1</translation>
    </message>
    <message>
        <source>Webhook server listening on %1</source>
        <translation>Nakikinig ang webhook server sa %1</translation>
    </message>
    <message>
        <source>The webhook server is not running: marketplaces cannot send live updates.</source>
        <translation>Hindi tumatakbo ang webhook server: hindi makakapagpadala ng live na update ang mga marketplace.</translation>
    </message>
    <message>
        <source>Search or jump to…  Ctrl+K</source>
        <translation>Maghanap o pumunta sa…  Ctrl+K</translation>
    </message>
    <message>
        <source>Show figures for all shops, one marketplace or one shop</source>
        <translation>Ipakita ang mga numero para sa lahat ng shop, isang marketplace o isang shop</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Ngayong araw</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Huling 7 araw</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Huling 30 araw</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Huling 90 araw</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Huling 12 buwan</translation>
    </message>
    <message>
        <source>The days every page shows</source>
        <translation>Ang mga araw na ipinapakita ng bawat pahina</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Custom na saklaw…</translation>
    </message>
    <message>
        <source>All BVA channels (own products, offline sales)</source>
        <translation>Lahat ng BVA channel (sariling produkto, offline na benta)</translation>
    </message>
</context>
<context>
    <name>bva::ui::UpgradeSplash</name>
    <message>
        <source>BVA — Business Virtual Assistant</source>
        <translation>BVA — Business Virtual Assistant</translation>
    </message>
    <message>
        <source>Updating your data for this version of BVA</source>
        <translation>Ina-update ang iyong data para sa bersyong ito ng BVA</translation>
    </message>
    <message>
        <source>This happens once after an update. With many orders it can take a minute; please keep BVA open. Nothing is lost if it is interrupted.</source>
        <translation>Isang beses lang ito mangyayari pagkatapos ng update. Kung marami ang order, maaari itong umabot nang isang minuto; huwag munang isara ang BVA. Walang mawawala kung maantala ito.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Hakbang %1 sa %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>BVA cannot start</source>
        <translation>Hindi makapagsimula ang BVA</translation>
    </message>
    <message>
        <source>The database could not be opened: %1

Start BVA with --db to choose another database.</source>
        <translation>Hindi mabuksan ang database: %1

Simulan ang BVA gamit ang --db para pumili ng ibang database.</translation>
    </message>
    <message>
        <source>The demo cannot start</source>
        <translation>Hindi makapagsimula ang demo</translation>
    </message>
    <message>
        <source>BVA can read its database but not save to it: %1, or its folder, is read-only. Nothing in it was changed.

Allow your user account to change the file and its folder, then start BVA again, or start BVA with --db to choose another database.</source>
        <translation>Nababasa ng BVA ang database nito pero hindi ito makapag-save dito: read-only ang %1 o ang folder nito. Walang binago rito.

Payagan ang iyong user account na baguhin ang file at ang folder nito, saka simulan muli ang BVA, o simulan ang BVA gamit ang --db para pumili ng ibang database.</translation>
    </message>
</context>
</TS>
