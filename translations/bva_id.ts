<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>Format</name>
    <message>
        <source>%1 (%2 time)</source>
        <comment>a date and time, a city</comment>
        <translation>%1 (waktu %2)</translation>
    </message>
</context>
<context>
    <name>OpenAuthorizations</name>
    <message>
        <source>Sign in to connect a shop.</source>
        <translation>Masuk untuk menghubungkan toko.</translation>
    </message>
    <message>
        <source>BVA has no real-platform API named %1.</source>
        <translation>BVA tidak memiliki API platform asli bernama %1.</translation>
    </message>
    <message>
        <source>This authorization link is not one BVA made. Start again from BVA.</source>
        <translation>Tautan otorisasi ini bukan buatan BVA. Mulai lagi dari BVA.</translation>
    </message>
    <message>
        <source>This authorization was already used. Start again from BVA.</source>
        <translation>Otorisasi ini sudah digunakan. Mulai lagi dari BVA.</translation>
    </message>
    <message>
        <source>This authorization expired (it lasts ten minutes). Start again from BVA.</source>
        <translation>Otorisasi ini sudah kedaluwarsa (berlaku sepuluh menit). Mulai lagi dari BVA.</translation>
    </message>
    <message>
        <source>The platform sent no authorization code.</source>
        <translation>Platform tidak mengirim kode otorisasi.</translation>
    </message>
    <message>
        <source>The platform did not authorize BVA (%1).</source>
        <translation>Platform tidak mengotorisasi BVA (%1).</translation>
    </message>
    <message>
        <source>No such authorization.</source>
        <translation>Otorisasi tidak ditemukan.</translation>
    </message>
    <message>
        <source>This authorization was cancelled in BVA: its window was closed before %1 sent you back, so nothing was connected. Start again from BVA.</source>
        <translation>Otorisasi ini dibatalkan di BVA: jendelanya ditutup sebelum %1 mengembalikan Anda, jadi tidak ada yang terhubung. Mulai lagi dari BVA.</translation>
    </message>
    <message>
        <source>Cancelled in BVA before the platform sent you back.</source>
        <translation>Dibatalkan di BVA sebelum platform mengembalikan Anda.</translation>
    </message>
    <message>
        <source>This authorization was already used: the platform sent you back to BVA before it was cancelled. Its outcome follows on the Integrations page.</source>
        <translation>Otorisasi ini sudah dipakai: platform mengembalikan Anda ke BVA sebelum otorisasi dibatalkan. Hasilnya akan tampil di halaman Integrasi.</translation>
    </message>
</context>
<context>
    <name>PlatformApps</name>
    <message>
        <source>%1 is not a host address (like https://partner.shopeemobile.com).</source>
        <translation>%1 bukan alamat host (seperti https://partner.shopeemobile.com).</translation>
    </message>
    <message>
        <source>%1 must use https (plain http is accepted only for this computer, e.g. a simulator).</source>
        <translation>%1 harus memakai https (http biasa hanya diterima untuk komputer ini, mis. simulator).</translation>
    </message>
    <message>
        <source>Sign in to see your platform apps.</source>
        <translation>Masuk untuk melihat aplikasi platform Anda.</translation>
    </message>
    <message>
        <source>Sign in to set up a platform app.</source>
        <translation>Masuk untuk menyiapkan aplikasi platform.</translation>
    </message>
    <message>
        <source>BVA has no real-platform API named %1.</source>
        <translation>BVA tidak memiliki API platform asli bernama %1.</translation>
    </message>
    <message>
        <source>The Shopee partner_id is a number (up to 20 digits), as the Shopee Open Platform console shows it.</source>
        <translation>partner_id Shopee adalah angka (hingga 20 digit), seperti yang ditampilkan konsol Shopee Open Platform.</translation>
    </message>
    <message>
        <source>The Lazada app_key is up to 64 letters and digits, as the Lazada Open Platform console shows it.</source>
        <translation>app_key Lazada berisi hingga 64 huruf dan angka, seperti yang ditampilkan konsol Lazada Open Platform.</translation>
    </message>
    <message>
        <source>The region must be one of %1.</source>
        <translation>Wilayah harus salah satu dari %1.</translation>
    </message>
    <message>
        <source>The %1 is 8 to 256 visible characters without spaces.</source>
        <translation>%1 terdiri dari 8 sampai 256 karakter terlihat tanpa spasi.</translation>
    </message>
    <message>
        <source>Enter the %1 too: BVA cannot sign requests without it.</source>
        <translation>Masukkan juga %1: BVA tidak dapat menandatangani permintaan tanpanya.</translation>
    </message>
    <message>
        <source>The secret vault could not be read: %1</source>
        <translation>Brankas rahasia tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The secret vault could not store the secret: %1</source>
        <translation>Brankas rahasia tidak dapat menyimpan rahasia: %1</translation>
    </message>
    <message>
        <source>No %1 app is set up for this account: enter it in Settings → Platform apps.</source>
        <translation>Belum ada aplikasi %1 untuk akun ini: masukkan di Pengaturan → Aplikasi platform.</translation>
    </message>
    <message>
        <source>The %1 app&apos;s secret is missing from the vault: enter it again.</source>
        <translation>Rahasia aplikasi %1 tidak ada di brankas: masukkan lagi.</translation>
    </message>
    <message>
        <source>No such push endpoint.</source>
        <translation>Endpoint push tidak ditemukan.</translation>
    </message>
    <message>
        <source>The push carries no signature.</source>
        <translation>Push tidak membawa tanda tangan.</translation>
    </message>
    <message>
        <source>The push is too large.</source>
        <translation>Push terlalu besar.</translation>
    </message>
    <message>
        <source>The push signature does not match any app set up in BVA.</source>
        <translation>Tanda tangan push tidak cocok dengan aplikasi mana pun di BVA.</translation>
    </message>
    <message>
        <source>The push names a shop that is not connected to BVA through this app.</source>
        <translation>Push menyebut toko yang tidak terhubung ke BVA melalui aplikasi ini.</translation>
    </message>
    <message>
        <source>The shop&apos;s app is no longer set up in BVA.</source>
        <translation>Aplikasi toko ini tidak lagi disiapkan di BVA.</translation>
    </message>
    <message>
        <source>The push signature does not match the shop&apos;s app.</source>
        <translation>Tanda tangan push tidak cocok dengan aplikasi toko.</translation>
    </message>
    <message>
        <source>A host address is at most 200 characters.</source>
        <translation>Alamat host paling banyak 200 karakter.</translation>
    </message>
    <message>
        <source>%1 is not a %2 host: use one of %3, or leave it empty.</source>
        <translation>%1 bukan host %2: gunakan salah satu dari %3, atau kosongkan.</translation>
    </message>
    <message>
        <source>The %1 app&apos;s host is not allowed: %2 Enter the app again.</source>
        <translation>Host aplikasi %1 tidak diizinkan: %2 Masukkan aplikasi itu lagi.</translation>
    </message>
    <message>
        <source>%1 is this computer: BVA calls only %2&apos;s own hosts (%3), or leave it empty.</source>
        <translation>%1 adalah komputer ini: BVA hanya memanggil host milik %2 sendiri (%3), atau kosongkan.</translation>
    </message>
    <message>
        <source>--platform-host expects KIND=HOST with KIND shopee-open or lazada-open, not %1</source>
        <translation>--platform-host mengharapkan KIND=HOST dengan KIND shopee-open atau lazada-open, bukan %1</translation>
    </message>
    <message>
        <source>--platform-host expects an https host name on the default port (like shopee-open=partner.example.com), not %1</source>
        <translation>--platform-host mengharapkan nama host https pada port bawaan (seperti shopee-open=partner.example.com), bukan %1</translation>
    </message>
    <message>
        <source>--platform-host cannot allow this computer (%1): that is --simulated-platforms, for development only</source>
        <translation>--platform-host tidak dapat mengizinkan komputer ini (%1): itu gunanya --simulated-platforms, hanya untuk pengembangan</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Diska</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Pilih se&amp;mua</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Tu&amp;runkan</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Lihat di:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Jenis berkas:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Cari folder</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;baru</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Tampilkan </translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folder induk</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Tampilan daftar</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Ubah ke tampilan daftar</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Tampilan rinci</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Ubah ke tampilan rinci</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bilah sisi</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan markah</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Tempat terakhir</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Ganti berkas itu?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Yakin ingin menghapus &apos;%1&apos;?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tanggal diubah</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
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
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Tutup tanpa menyimpan</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Tem&amp;pel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan rincian...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan rincian...</translation>
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
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin lokasi t&amp;autan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Tem&amp;pel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>By period</source>
        <translation>Per periode</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Sales Summary</source>
        <translation>Ringkasan Penjualan</translation>
    </message>
    <message>
        <source>Profit Analysis</source>
        <translation>Analisis Laba</translation>
    </message>
    <message>
        <source>Stock Turnover</source>
        <translation>Perputaran Stok</translation>
    </message>
    <message>
        <source>Platform Comparison</source>
        <translation>Perbandingan Platform</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cost and profit cover only orders whose every item has a known cost; the revenue of the others is shown as &quot;Revenue with unknown cost&quot; and is left out of the margin.</source>
        <translation>Biaya dan laba hanya mencakup pesanan yang biaya setiap barangnya diketahui; pendapatan pesanan lain ditampilkan sebagai &quot;Pendapatan dengan biaya tidak diketahui&quot; dan tidak dihitung dalam margin.</translation>
    </message>
    <message>
        <source>By shop</source>
        <translation>Per toko</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Sell-through = units sold ÷ (units sold + stock on hand). Days of inventory = stock on hand ÷ average units sold per day in the range.</source>
        <translation>Sell-through = unit terjual ÷ (unit terjual + stok tersedia). Hari persediaan = stok tersedia ÷ rata-rata unit terjual per hari dalam rentang.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Unit terjual</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Sell-through %</source>
        <translation>Sell-through %</translation>
    </message>
    <message>
        <source>Days of inventory</source>
        <translation>Hari persediaan</translation>
    </message>
    <message>
        <source>Stock state</source>
        <translation>Status stok</translation>
    </message>
    <message>
        <source>Shops in different currencies are compared side by side, never added together.</source>
        <translation>Toko dengan mata uang berbeda dibandingkan berdampingan, tidak pernah dijumlahkan.</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Per platform</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Avg. order value</source>
        <translation>Rata-rata nilai pesanan</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>Laba kotor</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Margin %</translation>
    </message>
    <message>
        <source>Revenue with unknown cost</source>
        <translation>Pendapatan dengan biaya tidak diketahui</translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation>Pesanan dibatalkan</translation>
    </message>
    <message>
        <source>Cancelled amount</source>
        <translation>Jumlah dibatalkan</translation>
    </message>
    <message>
        <source>Returned/refunded orders</source>
        <translation>Pesanan dikembalikan/di-refund</translation>
    </message>
    <message>
        <source>Returned/refunded amount</source>
        <translation>Jumlah dikembalikan/di-refund</translation>
    </message>
    <message>
        <source>Previous period revenue</source>
        <translation>Pendapatan periode sebelumnya</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Perubahan %</translation>
    </message>
    <message>
        <source>All currencies converted to %1 at your exchange rates</source>
        <translation>Semua mata uang dikonversi ke %1 dengan kurs Anda</translation>
    </message>
    <message>
        <source>Converted from</source>
        <translation>Dikonversi dari</translation>
    </message>
    <message>
        <source>No converted total: set a rate for %1 in Settings → Exchange rates.</source>
        <translation>Tidak ada total konversi: tetapkan kurs untuk %1 di Pengaturan → Kurs.</translation>
    </message>
    <message>
        <source>Orders and revenue count every order that was not cancelled, failed, returned or refunded; those are listed on their own.</source>
        <translation>Pesanan dan pendapatan menghitung setiap pesanan yang tidak dibatalkan, gagal, dikembalikan, atau di-refund; pesanan tersebut dicantumkan tersendiri.</translation>
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
        <translation>Halaman %1</translation>
    </message>
    <message>
        <source>%1 – %2 · generated %3</source>
        <translation>%1 – %2 · dibuat %3</translation>
    </message>
    <message>
        <source>Nothing in this range.</source>
        <translation>Tidak ada data dalam rentang ini.</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Tidak dapat menulis %1</translation>
    </message>
</context>
<context>
    <name>bva::AccessPolicy</name>
    <message>
        <source>your role on this shop does not allow this</source>
        <translation>peran Anda di toko ini tidak mengizinkan hal ini</translation>
    </message>
    <message>
        <source>no such shop</source>
        <translation>toko tidak ditemukan</translation>
    </message>
</context>
<context>
    <name>bva::AnalyticsRoutes</name>
    <message>
        <source>granularity: expected day, week or month</source>
        <translation>granularity: diharapkan day, week, atau month</translation>
    </message>
    <message>
        <source>platform: expected SHOPEE, LAZADA or TIKTOK</source>
        <translation>platform: diharapkan SHOPEE, LAZADA, atau TIKTOK</translation>
    </message>
    <message>
        <source>from: expected yyyy-MM-dd</source>
        <translation>from: diharapkan yyyy-MM-dd</translation>
    </message>
    <message>
        <source>to: expected yyyy-MM-dd, not before from</source>
        <translation>to: diharapkan yyyy-MM-dd, tidak sebelum from</translation>
    </message>
    <message>
        <source>from/to: at most ten years</source>
        <translation>from/to: paling lama sepuluh tahun</translation>
    </message>
    <message>
        <source>preset: expected today, 7d, 30d, 90d or 1y (or from and to)</source>
        <translation>preset: diharapkan today, 7d, 30d, 90d, atau 1y (atau from dan to)</translation>
    </message>
    <message>
        <source>unknown report; expected sales-summary, profit-analysis, stock-turnover or platform-comparison</source>
        <translation>laporan tidak dikenal; diharapkan sales-summary, profit-analysis, stock-turnover, atau platform-comparison</translation>
    </message>
    <message>
        <source>rates.%1: expected the rate as text, e.g. &quot;0.0035&quot;</source>
        <translation>rates.%1: kurs diharapkan berupa teks, mis. &quot;0.0035&quot;</translation>
    </message>
</context>
<context>
    <name>bva::AnalyticsService</name>
    <message>
        <source>The date range is not valid: the start must be on or before the end.</source>
        <translation>Rentang tanggal tidak valid: tanggal mulai harus sama dengan atau sebelum tanggal akhir.</translation>
    </message>
    <message>
        <source>Exchange rates belong to an account; sign in first.</source>
        <translation>Kurs milik sebuah akun; masuk terlebih dahulu.</translation>
    </message>
    <message>
        <source>%1 is not a currency code (three letters, such as PHP).</source>
        <translation>%1 bukan kode mata uang (tiga huruf, seperti PHP).</translation>
    </message>
    <message>
        <source>Choose the currency to convert into.</source>
        <translation>Pilih mata uang tujuan konversi.</translation>
    </message>
    <message>
        <source>%1 is not a currency code (three letters, such as IDR).</source>
        <translation>%1 bukan kode mata uang (tiga huruf, seperti IDR).</translation>
    </message>
    <message>
        <source>The rate for %1 must be a positive number with up to %2 decimals, such as 0.0035 (written with a point); &quot;%3&quot; is not.</source>
        <translation>Kurs untuk %1 harus berupa angka positif dengan paling banyak %2 desimal, seperti 0.0035 (ditulis dengan titik); &quot;%3&quot; tidak memenuhi.</translation>
    </message>
</context>
<context>
    <name>bva::Api</name>
    <message>
        <source>body: malformed JSON (%1)</source>
        <translation>body: JSON rusak (%1)</translation>
    </message>
    <message>
        <source>body: must be a JSON object</source>
        <translation>body: harus berupa objek JSON</translation>
    </message>
    <message>
        <source>: required string</source>
        <translation>: string wajib diisi</translation>
    </message>
    <message>
        <source>: expected a date (yyyy-MM-dd) or an ISO-8601 time</source>
        <translation>: diharapkan tanggal (yyyy-MM-dd) atau waktu ISO-8601</translation>
    </message>
    <message>
        <source>status: unknown order status</source>
        <translation>status: status pesanan tidak dikenal</translation>
    </message>
    <message>
        <source>to: must not be before from</source>
        <translation>to: tidak boleh sebelum from</translation>
    </message>
    <message>
        <source>no such order</source>
        <translation>pesanan tidak ditemukan</translation>
    </message>
    <message>
        <source>no such product</source>
        <translation>produk tidak ditemukan</translation>
    </message>
    <message>
        <source>your role on this shop does not allow this</source>
        <translation>peran Anda di toko ini tidak mengizinkan hal ini</translation>
    </message>
    <message>
        <source>name: required string</source>
        <translation>name: string wajib diisi</translation>
    </message>
    <message>
        <source>price: must be a non-negative number</source>
        <translation>price: harus angka tidak negatif</translation>
    </message>
    <message>
        <source>cost: must be a non-negative number or null</source>
        <translation>cost: harus angka tidak negatif atau null</translation>
    </message>
    <message>
        <source>stock: must be a whole number &gt;= 0</source>
        <translation>stock: harus bilangan bulat &gt;= 0</translation>
    </message>
    <message>
        <source>marketplace products are read-only in BVA; change them on the marketplace</source>
        <translation>produk marketplace hanya-baca di BVA; ubah di marketplace</translation>
    </message>
    <message>
        <source>shopId: required</source>
        <translation>shopId: wajib diisi</translation>
    </message>
    <message>
        <source>platform: unknown platform</source>
        <translation>platform: platform tidak dikenal</translation>
    </message>
    <message>
        <source>platform: required, several shops have this shopId</source>
        <translation>platform: wajib diisi, beberapa toko memiliki shopId ini</translation>
    </message>
    <message>
        <source>shopId: you have no access to this shop</source>
        <translation>shopId: Anda tidak memiliki akses ke toko ini</translation>
    </message>
    <message>
        <source>shopId: no such shop</source>
        <translation>shopId: toko tidak ditemukan</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>tidak ditemukan</translation>
    </message>
    <message>
        <source>no such integration</source>
        <translation>integrasi tidak ditemukan</translation>
    </message>
    <message>
        <source>platform: required (SHOPEE or LAZADA)</source>
        <translation>platform: wajib diisi (SHOPEE atau LAZADA)</translation>
    </message>
    <message>
        <source>token: required (token, shopeeToken or lazadaToken)</source>
        <translation>token: wajib diisi (token, shopeeToken, atau lazadaToken)</translation>
    </message>
    <message>
        <source>integrations are not available in this build</source>
        <translation>integrasi tidak tersedia di build ini</translation>
    </message>
    <message>
        <source>malformed session token</source>
        <translation>token sesi rusak</translation>
    </message>
    <message>
        <source>unsupported session token algorithm</source>
        <translation>algoritma token sesi tidak didukung</translation>
    </message>
    <message>
        <source>invalid session token</source>
        <translation>token sesi tidak valid</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>sesi telah berakhir</translation>
    </message>
    <message>
        <source>Deliveries with only a token are refused: this shop takes signed deliveries only.</source>
        <translation>Kiriman yang hanya membawa token ditolak: toko ini hanya menerima kiriman bertanda tangan.</translation>
    </message>
    <message>
        <source>mode: required, one of auto, signed, bearer</source>
        <translation>mode: wajib diisi, salah satu dari auto, signed, bearer</translation>
    </message>
    <message>
        <source>: an ISO date or date-time is required</source>
        <translation>: tanggal atau tanggal-waktu ISO wajib diisi</translation>
    </message>
    <message>
        <source>userId: a positive number is required</source>
        <translation>userId: angka positif wajib diisi</translation>
    </message>
    <message>
        <source>outcome: ok, failed or refused</source>
        <translation>outcome: ok, failed, atau refused</translation>
    </message>
    <message>
        <source>the audit trail is not available</source>
        <translation>jejak audit tidak tersedia</translation>
    </message>
    <message>
        <source>no such session</source>
        <translation>sesi tidak ditemukan</translation>
    </message>
    <message>
        <source>teams are not available</source>
        <translation>tim tidak tersedia</translation>
    </message>
    <message>
        <source>role: VIEWER, EDITOR or ADMIN</source>
        <translation>role: VIEWER, EDITOR, atau ADMIN</translation>
    </message>
    <message>
        <source>no such member</source>
        <translation>anggota tidak ditemukan</translation>
    </message>
    <message>
        <source>no such invitation</source>
        <translation>undangan tidak ditemukan</translation>
    </message>
    <message>
        <source>intervalSeconds: a whole number of seconds from %1 to %2</source>
        <translation>intervalSeconds: bilangan bulat detik dari %1 sampai %2</translation>
    </message>
    <message>
        <source>paused: true or false</source>
        <translation>paused: true atau false</translation>
    </message>
    <message>
        <source>%1: unknown field (intervalSeconds, paused)</source>
        <translation>%1: kolom tidak dikenal (intervalSeconds, paused)</translation>
    </message>
    <message>
        <source>nothing to change: give intervalSeconds, paused or both</source>
        <translation>tidak ada yang diubah: berikan intervalSeconds, paused, atau keduanya</translation>
    </message>
    <message>
        <source>outcome: %1 is not one of applied, duplicate, refused, failed</source>
        <translation>outcome: %1 bukan salah satu dari applied, duplicate, refused, failed</translation>
    </message>
    <message>
        <source>limit: a whole number from 1 to %1</source>
        <translation>limit: bilangan bulat dari 1 sampai %1</translation>
    </message>
    <message>
        <source>the deliveries inspector is not available in this build</source>
        <translation>pemeriksa pengiriman tidak tersedia di build ini</translation>
    </message>
    <message>
        <source>BVA-native products are not available on this server</source>
        <translation>Produk milik BVA tidak tersedia di server ini</translation>
    </message>
    <message>
        <source>placedAt: expected an ISO-8601 time with its zone</source>
        <translation>placedAt: diharapkan waktu ISO-8601 dengan zona waktunya</translation>
    </message>
    <message>
        <source>items: required, a list of {productId or sku, quantity, price}</source>
        <translation>items: wajib, daftar {productId atau sku, quantity, price}</translation>
    </message>
    <message>
        <source>: no such product in this channel (give productId or sku)</source>
        <translation>: produk ini tidak ada di channel ini (berikan productId atau sku)</translation>
    </message>
    <message>
        <source>.quantity: a whole number from 1 to %1</source>
        <translation>.quantity: bilangan bulat dari 1 sampai %1</translation>
    </message>
    <message>
        <source>.price: must be a non-negative number</source>
        <translation>.price: harus angka yang tidak negatif</translation>
    </message>
    <message>
        <source>offline sales are not available on this server</source>
        <translation>penjualan offline tidak tersedia di server ini</translation>
    </message>
    <message>
        <source>kind must be shopee-open or lazada-open</source>
        <translation>kind harus shopee-open atau lazada-open</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 harus berupa string</translation>
    </message>
    <message>
        <source>You can close this window and go back to BVA.</source>
        <translation>Anda dapat menutup jendela ini dan kembali ke BVA.</translation>
    </message>
    <message>
        <source>BVA is not ready</source>
        <translation>BVA belum siap</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>Shop connected</source>
        <translation>Toko terhubung</translation>
    </message>
    <message>
        <source>BVA is now connected to your shop and is reading its products and orders.</source>
        <translation>BVA kini terhubung ke toko Anda dan sedang membaca produk serta pesanannya.</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>belum siap</translation>
    </message>
    <message>
        <source>A push must be application/json.</source>
        <translation>Push harus berupa application/json.</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>terlalu banyak permintaan</translation>
    </message>
    <message>
        <source>the store is unavailable, retry later</source>
        <translation>penyimpanan tidak tersedia, coba lagi nanti</translation>
    </message>
    <message>
        <source>Shop not connected</source>
        <translation>Toko tidak terhubung</translation>
    </message>
</context>
<context>
    <name>bva::AuditService</name>
    <message>
        <source>a signed-in account is required</source>
        <translation>diperlukan akun yang sudah masuk</translation>
    </message>
    <message>
        <source>retentionDays: between 0 (keep forever) and %1</source>
        <translation>retentionDays: antara 0 (simpan selamanya) dan %1</translation>
    </message>
    <message>
        <source>only a shop admin may change how long activity is kept</source>
        <translation>hanya admin toko yang dapat mengubah berapa lama aktivitas disimpan</translation>
    </message>
</context>
<context>
    <name>bva::AuthService</name>
    <message>
        <source>email: a valid email address is required</source>
        <translation>email: alamat email yang valid wajib diisi</translation>
    </message>
    <message>
        <source>password: at least 8 characters are required</source>
        <translation>password: minimal 8 karakter</translation>
    </message>
    <message>
        <source>password: at most 1024 characters</source>
        <translation>password: paling banyak 1024 karakter</translation>
    </message>
    <message>
        <source>email: an account with this email already exists</source>
        <translation>email: akun dengan email ini sudah ada</translation>
    </message>
    <message>
        <source>invalid email or password</source>
        <translation>email atau kata sandi salah</translation>
    </message>
    <message>
        <source>a session token is required</source>
        <translation>token sesi wajib diisi</translation>
    </message>
    <message>
        <source>invalid or expired session</source>
        <translation>sesi tidak valid atau kedaluwarsa</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>pengguna tidak dikenal</translation>
    </message>
    <message>
        <source>currentPassword: the current password is wrong</source>
        <translation>currentPassword: kata sandi saat ini salah</translation>
    </message>
    <message numerus="yes">
        <source>too many failed sign-ins; try again in %n second(s)</source>
        <translation>
            <numerusform>terlalu banyak upaya masuk yang gagal; coba lagi dalam %n detik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too many accounts created from here; try again in %n second(s)</source>
        <translation>
            <numerusform>terlalu banyak akun dibuat dari sini; coba lagi dalam %n detik</numerusform>
        </translation>
    </message>
    <message>
        <source>no such session</source>
        <translation>sesi tidak ditemukan</translation>
    </message>
    <message numerus="yes">
        <source>too many email changes from here; try again in %n second(s)</source>
        <translation>
            <numerusform>terlalu banyak perubahan email dari sini; coba lagi dalam %n detik</numerusform>
        </translation>
    </message>
    <message>
        <source>currentPassword: enter your current password to change the email</source>
        <translation>currentPassword: masukkan kata sandi Anda saat ini untuk mengubah email</translation>
    </message>
    <message>
        <source>email: &quot;%1&quot; is written in letters that only look like &quot;%2&quot;; type the address in Latin letters</source>
        <translation>email: &quot;%1&quot; ditulis dengan huruf yang hanya mirip &quot;%2&quot;; ketik alamatnya dengan huruf Latin</translation>
    </message>
</context>
<context>
    <name>bva::CatalogImport</name>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has more than %n decimal(s)</source>
        <translation>
            <numerusform>%1: &quot;%2&quot; memiliki lebih dari %n desimal</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too large</source>
        <translation>%1: &quot;%2&quot; terlalu besar</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount (write it like 1234.50)</source>
        <translation>%1: &quot;%2&quot; bukan jumlah uang (tulis seperti 1234.50)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>file kosong</translation>
    </message>
    <message>
        <source>the file has no &quot;%1&quot; column (columns: %2)</source>
        <translation>file tidak memiliki kolom &quot;%1&quot; (kolom: %2)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>sku: required</source>
        <translation>sku: wajib</translation>
    </message>
    <message>
        <source>name: required</source>
        <translation>name: wajib</translation>
    </message>
    <message>
        <source>price: required</source>
        <translation>price: wajib</translation>
    </message>
    <message>
        <source>stock: &quot;%1&quot; is not a whole number of at least 0</source>
        <translation>stock: &quot;%1&quot; bukan bilangan bulat minimal 0</translation>
    </message>
    <message>
        <source>sku: %1 is already on row %2</source>
        <translation>sku: %1 sudah ada di baris %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported</source>
        <translation>
            <numerusform>%n baris berisi kesalahan; tidak ada yang diimpor</numerusform>
        </translation>
    </message>
    <message>
        <source>the file has no &quot;date&quot; column: add one, or choose a date for every row</source>
        <translation>file tidak memiliki kolom &quot;date&quot;: tambahkan, atau pilih tanggal untuk setiap baris</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Struk</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>date: required (or choose a date for rows without one)</source>
        <translation>date: wajib (atau pilih tanggal untuk baris tanpa tanggal)</translation>
    </message>
    <message>
        <source>date: %1 is in the future</source>
        <translation>date: %1 ada di masa depan</translation>
    </message>
    <message>
        <source>date: &quot;%1&quot; is not a date (write 2026-12-05, 2026-12-05 14:30 or 2026-12-05T14:30:00+08:00)</source>
        <translation>date: &quot;%1&quot; bukan tanggal (tulis 2026-12-05, 2026-12-05 14:30 atau 2026-12-05T14:30:00+08:00)</translation>
    </message>
    <message>
        <source>sku: no product with SKU %1 in this channel</source>
        <translation>sku: tidak ada produk dengan SKU %1 di channel ini</translation>
    </message>
    <message>
        <source>quantity: required</source>
        <translation>quantity: wajib</translation>
    </message>
    <message>
        <source>quantity: &quot;%1&quot; is not a whole number from 1 to %2</source>
        <translation>quantity: &quot;%1&quot; bukan bilangan bulat dari 1 sampai %2</translation>
    </message>
    <message>
        <source>receipt %1 has an error on row %2</source>
        <translation>struk %1 berisi kesalahan di baris %2</translation>
    </message>
    <message>
        <source>receipt %1: rows %2 and %3 have different dates</source>
        <translation>struk %1: baris %2 dan %3 memiliki tanggal berbeda</translation>
    </message>
    <message>
        <source>only %1 of %2 left in stock for this row (selling %3)</source>
        <translation>hanya tersisa %1 stok %2 untuk baris ini (menjual %3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount (this file uses decimal commas: write it like 1234,50)</source>
        <translation>%1: &quot;%2&quot; bukan jumlah uang (berkas ini memakai koma desimal: tulis seperti 1234,50)</translation>
    </message>
</context>
<context>
    <name>bva::Clock</name>
    <message>
        <source>BVA_NOW: not a real time after &apos;@&apos;: %1</source>
        <translation>BVA_NOW: bukan waktu nyata setelah &apos;@&apos;: %1</translation>
    </message>
    <message>
        <source>not an instant with a time zone: %1 (example: 2026-02-28T23:30:00+08:00)</source>
        <translation>bukan waktu dengan zona waktu: %1 (contoh: 2026-02-28T23:30:00+08:00)</translation>
    </message>
    <message>
        <source>Start the clock at this instant (ISO-8601 with a zone, e.g. 2026-02-28T23:30:00+08:00); it runs on from there. Default: BVA_NOW, else the real time.</source>
        <translation>Mulai jam pada waktu ini (ISO-8601 dengan zona, mis. 2026-02-28T23:30:00+08:00); jam berjalan dari situ. Bawaan: BVA_NOW, jika tidak ada waktu nyata.</translation>
    </message>
</context>
<context>
    <name>bva::ConnectionGate</name>
    <message>
        <source>the request could not be framed</source>
        <translation>batas permintaan tidak dapat ditentukan</translation>
    </message>
    <message>
        <source>the request body did not arrive within %1 s</source>
        <translation>isi permintaan tidak tiba dalam %1 dtk</translation>
    </message>
    <message>
        <source>the request head did not arrive within %1 s</source>
        <translation>kepala permintaan tidak tiba dalam %1 dtk</translation>
    </message>
</context>
<context>
    <name>bva::ConsentMessage</name>
    <message>
        <source>The marketplace sent an unexpected message.</source>
        <translation>Marketplace mengirim pesan yang tidak terduga.</translation>
    </message>
    <message>
        <source>The message comes from a marketplace BVA does not know.</source>
        <translation>Pesan berasal dari marketplace yang tidak dikenal BVA.</translation>
    </message>
    <message>
        <source>Access was denied on the marketplace&apos;s page.</source>
        <translation>Akses ditolak di halaman marketplace.</translation>
    </message>
    <message>
        <source>Sign in to the marketplace as the shop&apos;s seller first.</source>
        <translation>Masuk ke marketplace sebagai penjual toko terlebih dahulu.</translation>
    </message>
    <message>
        <source>The marketplace reported an error.</source>
        <translation>Marketplace melaporkan galat.</translation>
    </message>
    <message>
        <source>The marketplace reported: %1</source>
        <translation>Marketplace melaporkan: %1</translation>
    </message>
    <message>
        <source>The marketplace&apos;s answer carries no usable token.</source>
        <translation>Jawaban marketplace tidak berisi token yang dapat digunakan.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s answer names no shop.</source>
        <translation>Jawaban marketplace tidak menyebut toko.</translation>
    </message>
</context>
<context>
    <name>bva::CsvReader</name>
    <message>
        <source>the file is not UTF-8 text (save it as &quot;CSV UTF-8&quot;)</source>
        <translation>file bukan teks UTF-8 (simpan sebagai &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>row %1: a quoted cell is never closed</source>
        <translation>baris %1: sel bertanda kutip tidak pernah ditutup</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; split it into smaller files</source>
        <translation>file lebih besar dari %1 MB; pecah menjadi file yang lebih kecil</translation>
    </message>
    <message>
        <source>row %1: a cell is longer than %2 characters</source>
        <translation>baris %1: ada sel yang lebih panjang dari %2 karakter</translation>
    </message>
    <message>
        <source>the file has more than %1 rows; split it into smaller files</source>
        <translation>file berisi lebih dari %1 baris; pecah menjadi file yang lebih kecil</translation>
    </message>
</context>
<context>
    <name>bva::DeliveryService</name>
    <message>
        <source>no such integration</source>
        <translation>integrasi tidak ditemukan</translation>
    </message>
    <message>
        <source>cursor: not a cursor of this listing</source>
        <translation>cursor: bukan cursor dari daftar ini</translation>
    </message>
    <message>
        <source>to: must be later than from</source>
        <translation>to: harus lebih akhir dari from</translation>
    </message>
    <message>
        <source>no such delivery</source>
        <translation>pengiriman tidak ditemukan</translation>
    </message>
    <message>
        <source>only a failed delivery can be replayed; this one is %1</source>
        <translation>hanya pengiriman yang gagal yang dapat diputar ulang; yang ini %1</translation>
    </message>
    <message>
        <source>this delivery was already replayed and applied as delivery %1</source>
        <translation>pengiriman ini sudah diputar ulang dan diterapkan sebagai pengiriman %1</translation>
    </message>
    <message>
        <source>the shop is disconnected: connect it again before replaying</source>
        <translation>toko terputus: hubungkan kembali sebelum memutar ulang</translation>
    </message>
    <message>
        <source>topic: %1 is not a webhook topic BVA takes</source>
        <translation>topic: %1 bukan topik webhook yang diterima BVA</translation>
    </message>
    <message>
        <source>shopId: %1 is not the shop of this credential</source>
        <translation>shopId: %1 bukan toko milik kredensial ini</translation>
    </message>
    <message>
        <source>this delivery was already replayed and applied</source>
        <translation>pengiriman ini sudah diputar ulang dan diterapkan</translation>
    </message>
</context>
<context>
    <name>bva::ForecastRoutes</name>
    <message>
        <source>%1: expected a whole number from %2 to %3</source>
        <translation>%1: diharapkan bilangan bulat dari %2 sampai %3</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: diharapkan true atau false</translation>
    </message>
    <message>
        <source>budgetMinor: expected a whole number of minor units, not negative</source>
        <translation>budgetMinor: diharapkan bilangan bulat dalam satuan terkecil, tidak negatif</translation>
    </message>
    <message>
        <source>budget: expected an amount in %1, not negative</source>
        <translation>budget: diharapkan jumlah dalam %1, tidak negatif</translation>
    </message>
    <message>
        <source>budget: required (an amount in the shop currency, or budgetMinor)</source>
        <translation>budget: wajib diisi (jumlah dalam mata uang toko, atau budgetMinor)</translation>
    </message>
    <message>
        <source>goal: expected profit, volume or balanced</source>
        <translation>goal: diharapkan profit, volume, atau balanced</translation>
    </message>
    <message>
        <source>serviceLevel: expected a fraction from 0.5 to 0.999</source>
        <translation>serviceLevel: diharapkan pecahan dari 0.5 sampai 0.999</translation>
    </message>
    <message>
        <source>risk: expected stock_out, near_expiry, expired, slow_moving or overstock</source>
        <translation>risk: diharapkan stock_out, near_expiry, expired, slow_moving, atau overstock</translation>
    </message>
    <message>
        <source>product: no forecast for this product in your shops (yet)</source>
        <translation>product: (belum) ada prediksi untuk produk ini di toko Anda</translation>
    </message>
    <message>
        <source>language: expected one of %1</source>
        <translation>language: diharapkan salah satu dari %1</translation>
    </message>
    <message>
        <source>status: expected DRAFT, SCHEDULED or DONE</source>
        <translation>status: diharapkan DRAFT, SCHEDULED, atau DONE</translation>
    </message>
    <message>
        <source>shopId: required</source>
        <translation>shopId: wajib diisi</translation>
    </message>
    <message>
        <source>playbook: expected flash_sale, new_arrival, best_seller or bundle_up</source>
        <translation>playbook: diharapkan flash_sale, new_arrival, best_seller, atau bundle_up</translation>
    </message>
    <message>
        <source>%1: expected yyyy-MM-dd</source>
        <translation>%1: diharapkan yyyy-MM-dd</translation>
    </message>
    <message>
        <source>endDate: must not be before startDate</source>
        <translation>endDate: tidak boleh sebelum startDate</translation>
    </message>
    <message>
        <source>no such campaign</source>
        <translation>kampanye tidak ditemukan</translation>
    </message>
    <message>
        <source>budgetMinor: at most %1 minor units</source>
        <translation>budgetMinor: paling banyak %1 satuan terkecil</translation>
    </message>
    <message>
        <source>hashtags: expected an array of strings</source>
        <translation>hashtags: diharapkan array berisi string</translation>
    </message>
</context>
<context>
    <name>bva::FrontDoor</name>
    <message>
        <source>too many connections from %1 (at most %2); close some and retry</source>
        <translation>terlalu banyak koneksi dari %1 (paling banyak %2); tutup sebagian lalu coba lagi</translation>
    </message>
    <message>
        <source>too many connections (at most %1); retry shortly</source>
        <translation>terlalu banyak koneksi (paling banyak %1); coba lagi sebentar lagi</translation>
    </message>
</context>
<context>
    <name>bva::Http</name>
    <message>
        <source>Refusing plain HTTP on %1 (beyond this computer): session tokens and webhook credentials would cross the network in clear text. Serve HTTPS, or say that a TLS proxy on a trusted network fronts this server.</source>
        <translation>Menolak HTTP biasa di %1 (di luar komputer ini): token sesi dan kredensial webhook akan melintasi jaringan tanpa enkripsi. Gunakan HTTPS, atau nyatakan bahwa proxy TLS di jaringan tepercaya berada di depan server ini.</translation>
    </message>
    <message>
        <source>request headers are larger than %1 bytes</source>
        <translation>header permintaan lebih besar dari %1 byte</translation>
    </message>
    <message>
        <source>chunked body: a chunk size line is longer than 1024 bytes</source>
        <translation>isi chunked: baris ukuran chunk lebih panjang dari 1024 byte</translation>
    </message>
    <message>
        <source>request line is longer than %1 bytes</source>
        <translation>baris permintaan lebih panjang dari %1 byte</translation>
    </message>
    <message>
        <source>chunked body: a chunk is longer than its size</source>
        <translation>isi chunked: sebuah chunk lebih panjang dari ukurannya</translation>
    </message>
    <message>
        <source>chunked body: trailers are not accepted</source>
        <translation>isi chunked: trailer tidak diterima</translation>
    </message>
    <message>
        <source>chunked body: its framing is larger than %1 bytes</source>
        <translation>isi chunked: pembingkaiannya lebih besar dari %1 byte</translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation>baris permintaan rusak</translation>
    </message>
    <message>
        <source>only HTTP/1.0 and HTTP/1.1 are spoken here</source>
        <translation>hanya HTTP/1.0 dan HTTP/1.1 yang dipahami di sini</translation>
    </message>
    <message>
        <source>folded header lines are not accepted</source>
        <translation>baris header terlipat tidak diterima</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>baris header rusak</translation>
    </message>
    <message>
        <source>more than %1 request headers</source>
        <translation>lebih dari %1 header permintaan</translation>
    </message>
    <message>
        <source>Content-Length: not a number of bytes</source>
        <translation>Content-Length: bukan jumlah byte</translation>
    </message>
    <message>
        <source>Content-Length: given twice, differently</source>
        <translation>Content-Length: diberikan dua kali dengan nilai berbeda</translation>
    </message>
    <message>
        <source>Transfer-Encoding: given twice</source>
        <translation>Transfer-Encoding: diberikan dua kali</translation>
    </message>
    <message>
        <source>Transfer-Encoding: only chunked is understood</source>
        <translation>Transfer-Encoding: hanya chunked yang dipahami</translation>
    </message>
    <message>
        <source>both Content-Length and Transfer-Encoding: the body&apos;s length is ambiguous</source>
        <translation>Content-Length dan Transfer-Encoding sekaligus: panjang isi menjadi ambigu</translation>
    </message>
    <message>
        <source>request body is larger than %1 bytes</source>
        <translation>isi permintaan lebih besar dari %1 byte</translation>
    </message>
    <message>
        <source>chunked body: a chunk size line must end with CRLF</source>
        <translation>isi chunked: baris ukuran chunk harus diakhiri CRLF</translation>
    </message>
    <message>
        <source>chunked body: malformed chunk size</source>
        <translation>isi chunked: ukuran chunk rusak</translation>
    </message>
    <message>
        <source>request target: a path starting with a single / is required</source>
        <translation>request target: wajib berupa path yang diawali satu /</translation>
    </message>
</context>
<context>
    <name>bva::HttpServer</name>
    <message>
        <source>origin not allowed</source>
        <translation>origin tidak diizinkan</translation>
    </message>
    <message>
        <source>request body is larger than %1 bytes</source>
        <translation>isi permintaan lebih besar dari %1 byte</translation>
    </message>
    <message>
        <source>method not allowed</source>
        <translation>metode tidak diizinkan</translation>
    </message>
    <message>
        <source>no such endpoint: %1</source>
        <translation>endpoint tidak ditemukan: %1</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>tidak ditemukan</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; is not a name of this BVA server. If it is reached through a proxy or a public name, configure that address (bva-server --public-url).</source>
        <translation>Host &quot;%1&quot; bukan nama server BVA ini. Jika server dicapai lewat proxy atau nama publik, konfigurasikan alamat itu (bva-server --public-url).</translation>
    </message>
    <message>
        <source>requests from other sites&apos; pages are refused</source>
        <translation>permintaan dari halaman situs lain ditolak</translation>
    </message>
</context>
<context>
    <name>bva::IntegrationService</name>
    <message>
        <source>Interrupted (BVA stopped during the sync)</source>
        <translation>Terputus (BVA berhenti saat sinkronisasi)</translation>
    </message>
    <message>
        <source>The marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>%1 did not accept this token (wrong, expired or revoked). Sign in on %1 again and grant BVA access.</source>
        <translation>%1 tidak menerima token ini (salah, kedaluwarsa, atau dicabut). Masuk lagi di %1 dan beri akses ke BVA.</translation>
    </message>
    <message>
        <source>%1 refused access with this token.</source>
        <translation>%1 menolak akses dengan token ini.</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2).</source>
        <translation>Tidak dapat menghubungi %1 (%2).</translation>
    </message>
    <message>
        <source>%1 sent an answer BVA could not read (%2).</source>
        <translation>%1 mengirim jawaban yang tidak dapat dibaca BVA (%2).</translation>
    </message>
    <message>
        <source>%1 answered with an error (%2).</source>
        <translation>%1 menjawab dengan galat (%2).</translation>
    </message>
    <message>
        <source>BVA cannot connect to %1 shops yet.</source>
        <translation>BVA belum dapat terhubung ke toko %1.</translation>
    </message>
    <message>
        <source>The marketplace token is missing.</source>
        <translation>Token marketplace tidak ada.</translation>
    </message>
    <message>
        <source>The integration service is not running.</source>
        <translation>Layanan integrasi tidak berjalan.</translation>
    </message>
    <message>
        <source>This token does not own shop %1 on %2 (it belongs to %3, who owns: %4). Sign in as the shop&apos;s seller and grant access again.</source>
        <translation>Token ini tidak memiliki toko %1 di %2 (milik %3, yang memiliki: %4). Masuk sebagai penjual toko tersebut dan beri akses lagi.</translation>
    </message>
    <message>
        <source>This %1 account owns no shop.</source>
        <translation>Akun %1 ini tidak memiliki toko.</translation>
    </message>
    <message>
        <source>This %1 account owns several shops (%2); say which one to connect.</source>
        <translation>Akun %1 ini memiliki beberapa toko (%2); pilih toko yang akan dihubungkan.</translation>
    </message>
    <message>
        <source>Shop %1 is a %2 shop, not a %3 shop.</source>
        <translation>Toko %1 adalah toko %2, bukan toko %3.</translation>
    </message>
    <message>
        <source>The secret vault could not store the token: %1</source>
        <translation>Brankas rahasia tidak dapat menyimpan token: %1</translation>
    </message>
    <message>
        <source>The secret vault could not be read: %1</source>
        <translation>Brankas rahasia tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The secret vault could not store the webhook secret: %1</source>
        <translation>Brankas rahasia tidak dapat menyimpan rahasia webhook: %1</translation>
    </message>
    <message>
        <source>No such integration.</source>
        <translation>Integrasi tidak ditemukan.</translation>
    </message>
    <message>
        <source>The shop of this integration is missing.</source>
        <translation>Toko untuk integrasi ini tidak ada.</translation>
    </message>
    <message>
        <source>This token does not own shop %1 (its account owns: %2).</source>
        <translation>Token ini tidak memiliki toko %1 (akunnya memiliki: %2).</translation>
    </message>
    <message>
        <source>The token no longer owns this shop. Reconnect the shop.</source>
        <translation>Token tidak lagi memiliki toko ini. Hubungkan ulang toko.</translation>
    </message>
    <message>
        <source>The secret vault could not delete a secret: %1</source>
        <translation>Brankas rahasia tidak dapat menghapus rahasia: %1</translation>
    </message>
    <message>
        <source>A sync of this shop is starting.</source>
        <translation>Sinkronisasi toko ini sedang dimulai.</translation>
    </message>
    <message>
        <source>The marketplace token of this shop expired. Reconnect the shop first.</source>
        <translation>Token marketplace toko ini kedaluwarsa. Hubungkan ulang toko terlebih dahulu.</translation>
    </message>
    <message>
        <source>A sync of this shop is already running in another BVA process.</source>
        <translation>Sinkronisasi toko ini sudah berjalan di proses BVA lain.</translation>
    </message>
    <message>
        <source>This integration has no webhook secret.</source>
        <translation>Integrasi ini tidak memiliki rahasia webhook.</translation>
    </message>
    <message>
        <source>The webhook secret is missing from the vault.</source>
        <translation>Rahasia webhook tidak ada di brankas.</translation>
    </message>
    <message>
        <source>%1 shop %2 is already linked in BVA by another account. Ask that shop&apos;s admin in BVA to invite you; nothing was changed.</source>
        <translation>Toko %1 %2 sudah ditautkan di BVA oleh akun lain. Minta admin toko itu di BVA untuk mengundang Anda; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The connection was cancelled; nothing was stored.</source>
        <translation>Penghubungan dibatalkan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Syncing this shop is paused. Resume it to sync.</source>
        <translation>Sinkronisasi toko ini dijeda. Lanjutkan untuk menyinkronkan.</translation>
    </message>
    <message>
        <source>The sync interval must be between %1 and %2 seconds (1 minute to 24 hours).</source>
        <translation>Interval sinkronisasi harus antara %1 dan %2 detik (1 menit sampai 24 jam).</translation>
    </message>
    <message>
        <source>No app is set up for this platform.</source>
        <translation>Belum ada aplikasi yang disiapkan untuk platform ini.</translation>
    </message>
    <message>
        <source>The platform sent no authorization code.</source>
        <translation>Platform tidak mengirim kode otorisasi.</translation>
    </message>
    <message>
        <source>%1 did not accept the authorization (%2). Start again from BVA.</source>
        <translation>%1 tidak menerima otorisasi (%2). Mulai lagi dari BVA.</translation>
    </message>
    <message>
        <source>%1 did not give BVA access (%2).</source>
        <translation>%1 tidak memberi BVA akses (%2).</translation>
    </message>
    <message>
        <source>The authorization does not cover shop %1 on %2.</source>
        <translation>Otorisasi tidak mencakup toko %1 di %2.</translation>
    </message>
    <message>
        <source>The authorization names no shop.</source>
        <translation>Otorisasi tidak menyebut toko mana pun.</translation>
    </message>
    <message>
        <source>%1 sent shop details BVA could not read (%2).</source>
        <translation>%1 mengirim detail toko yang tidak dapat dibaca BVA (%2).</translation>
    </message>
</context>
<context>
    <name>bva::Migrations</name>
    <message>
        <source>This database was last used by a newer version of BVA (schema %1; this version knows up to %2). Install that version or a later one to open it.</source>
        <translation>Database ini terakhir dipakai oleh versi BVA yang lebih baru (skema %1; versi ini hanya mengenal sampai %2). Pasang versi itu atau yang lebih baru untuk membukanya.</translation>
    </message>
</context>
<context>
    <name>bva::NativeCatalog</name>
    <message>
        <source>sign in first</source>
        <translation>masuk terlebih dahulu</translation>
    </message>
    <message>
        <source>marketplace products and orders are read-only in BVA; change them on the marketplace</source>
        <translation>produk dan pesanan marketplace hanya-baca di BVA; ubah di marketplace</translation>
    </message>
    <message>
        <source>your role on this shop does not allow this</source>
        <translation>peran Anda di toko ini tidak mengizinkan hal ini</translation>
    </message>
    <message>
        <source>My products</source>
        <translation>Produk saya</translation>
    </message>
    <message>
        <source>name: required</source>
        <translation>name: wajib</translation>
    </message>
    <message>
        <source>price: must be a number of at least 0</source>
        <translation>price: harus angka minimal 0</translation>
    </message>
    <message>
        <source>cost: must be a number of at least 0, or empty</source>
        <translation>cost: harus angka minimal 0, atau kosong</translation>
    </message>
    <message>
        <source>stock: must be a whole number of at least 0</source>
        <translation>stock: harus bilangan bulat minimal 0</translation>
    </message>
    <message>
        <source>no such product</source>
        <translation>produk tidak ditemukan</translation>
    </message>
    <message>
        <source>sku: %1 is already used by &quot;%2&quot;</source>
        <translation>sku: %1 sudah dipakai oleh &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the product was not stored</source>
        <translation>produk tidak tersimpan</translation>
    </message>
    <message>
        <source>date: required</source>
        <translation>date: wajib</translation>
    </message>
    <message>
        <source>lines: add at least one product</source>
        <translation>lines: tambahkan setidaknya satu produk</translation>
    </message>
    <message>
        <source>quantity: must be a whole number from 1 to %1</source>
        <translation>quantity: harus bilangan bulat dari 1 sampai %1</translation>
    </message>
    <message>
        <source>unit price: must be a number of at least 0</source>
        <translation>unit price: harus angka minimal 0</translation>
    </message>
    <message>
        <source>product: no such product in this channel (%1)</source>
        <translation>product: produk ini tidak ada di channel ini (%1)</translation>
    </message>
    <message>
        <source>total: too large</source>
        <translation>total: terlalu besar</translation>
    </message>
    <message>
        <source>only %1 of &quot;%2&quot; in stock; selling %3 needs your confirmation</source>
        <translation>hanya %1 stok &quot;%2&quot;; menjual %3 memerlukan konfirmasi Anda</translation>
    </message>
    <message>
        <source>the sale was not stored</source>
        <translation>penjualan tidak tersimpan</translation>
    </message>
    <message>
        <source>lines: at most %1 in one sale</source>
        <translation>lines: paling banyak %1 dalam satu penjualan</translation>
    </message>
    <message>
        <source>quantity: one sale&apos;s quantities add up to at most %1</source>
        <translation>quantity: jumlah kuantitas satu penjualan paling banyak %1</translation>
    </message>
    <message>
        <source>%1: at most %2 characters</source>
        <translation>%1: paling banyak %2 karakter</translation>
    </message>
</context>
<context>
    <name>bva::PasswordWorkers</name>
    <message>
        <source>too many sign-in attempts are being checked right now; try again in a moment</source>
        <translation>terlalu banyak upaya masuk yang sedang diperiksa; coba lagi sebentar lagi</translation>
    </message>
</context>
<context>
    <name>bva::Sync</name>
    <message>
        <source>&quot;%1&quot; is not a web address (http or https).</source>
        <translation>&quot;%1&quot; bukan alamat web (http atau https).</translation>
    </message>
    <message>
        <source>No %1 site is configured in BVA.</source>
        <translation>Tidak ada situs %1 yang dikonfigurasi di BVA.</translation>
    </message>
    <message>
        <source>siteUrl: BVA connects %1 shops only through the %1 site it is configured with (%2). Ask whoever runs BVA to configure another address.</source>
        <translation>siteUrl: BVA menghubungkan toko %1 hanya melalui situs %1 yang dikonfigurasi (%2). Minta pengelola BVA untuk mengonfigurasi alamat lain.</translation>
    </message>
</context>
<context>
    <name>bva::SyncService</name>
    <message>
        <source>A sync of this shop is already running.</source>
        <translation>Sinkronisasi toko ini sudah berjalan.</translation>
    </message>
    <message>
        <source>A sync of this shop is already running in another BVA process.</source>
        <translation>Sinkronisasi toko ini sudah berjalan di proses BVA lain.</translation>
    </message>
    <message>
        <source>Could not take the sync lock: %1</source>
        <translation>Tidak dapat mengambil kunci sinkronisasi: %1</translation>
    </message>
    <message>
        <source>The integration no longer exists.</source>
        <translation>Integrasi sudah tidak ada.</translation>
    </message>
    <message>
        <source>BVA has no adapter for %1.</source>
        <translation>BVA tidak memiliki adaptor untuk %1.</translation>
    </message>
    <message>
        <source>The shop of this integration is missing.</source>
        <translation>Toko untuk integrasi ini tidak ada.</translation>
    </message>
    <message>
        <source>The marketplace no longer accepts the token (expired or revoked). Reconnect the shop.</source>
        <translation>Marketplace tidak lagi menerima token (kedaluwarsa atau dicabut). Hubungkan ulang toko.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sinkronisasi gagal: %1</translation>
    </message>
    <message>
        <source>No app is set up.</source>
        <translation>Belum ada aplikasi yang disiapkan.</translation>
    </message>
</context>
<context>
    <name>bva::TeamService</name>
    <message>
        <source>a signed-in account is required</source>
        <translation>diperlukan akun yang sudah masuk</translation>
    </message>
    <message>
        <source>email: %1 already works on this shop; change their role instead</source>
        <translation>email: %1 sudah menjadi anggota toko ini; ubah saja perannya</translation>
    </message>
    <message>
        <source>no such invitation</source>
        <translation>undangan tidak ditemukan</translation>
    </message>
    <message>
        <source>the invitation was already answered</source>
        <translation>undangan sudah dijawab</translation>
    </message>
    <message>
        <source>no such invitation, or it is no longer open</source>
        <translation>undangan tidak ditemukan atau sudah tidak berlaku</translation>
    </message>
    <message>
        <source>a shop needs an admin: make another member admin first</source>
        <translation>toko harus punya admin: jadikan anggota lain admin terlebih dahulu</translation>
    </message>
    <message>
        <source>no such member</source>
        <translation>anggota tidak ditemukan</translation>
    </message>
    <message>
        <source>code: this invitation was locked after too many wrong codes; ask the shop&apos;s admin to invite you again</source>
        <translation>code: undangan ini dikunci setelah terlalu banyak kode salah; minta admin toko untuk mengundang Anda lagi</translation>
    </message>
    <message>
        <source>code: this invitation was made before invitation codes and cannot be accepted; ask the shop&apos;s admin to invite you again</source>
        <translation>code: undangan ini dibuat sebelum ada kode undangan dan tidak dapat diterima; minta admin toko untuk mengundang Anda lagi</translation>
    </message>
    <message>
        <source>code: the invitation code is required; the shop&apos;s admin was shown it when they invited you</source>
        <translation>code: kode undangan wajib diisi; admin toko melihatnya saat mengundang Anda</translation>
    </message>
    <message>
        <source>code: an invitation code has 16 letters and digits, like ABCD-EFGH-JKMN-PQRS</source>
        <translation>code: kode undangan terdiri dari 16 huruf dan angka, seperti ABCD-EFGH-JKMN-PQRS</translation>
    </message>
    <message>
        <source>code: wrong invitation code; the invitation is now locked, ask the shop&apos;s admin to invite you again</source>
        <translation>code: kode undangan salah; undangan kini dikunci, minta admin toko untuk mengundang Anda lagi</translation>
    </message>
    <message numerus="yes">
        <source>code: wrong invitation code; %n attempt(s) left before it locks</source>
        <translation>
            <numerusform>code: kode undangan salah; tersisa %n percobaan sebelum terkunci</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::TokenKeeper</name>
    <message>
        <source>The secret vault could not be read: %1</source>
        <translation>Brankas rahasia tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The marketplace token is missing from the vault. Reconnect the shop.</source>
        <translation>Token marketplace tidak ada di brankas. Hubungkan ulang toko.</translation>
    </message>
    <message>
        <source>The marketplace no longer accepts the token (expired or revoked). Reconnect the shop.</source>
        <translation>Marketplace tidak lagi menerima token (kedaluwarsa atau dicabut). Hubungkan ulang toko.</translation>
    </message>
    <message>
        <source>%1 sent a renewal BVA could not read (%2).</source>
        <translation>%1 mengirim pembaruan yang tidak dapat dibaca BVA (%2).</translation>
    </message>
    <message>
        <source>The integration no longer exists.</source>
        <translation>Integrasi sudah tidak ada.</translation>
    </message>
    <message>
        <source>The secret vault could not store the renewed access: %1</source>
        <translation>Brankas rahasia tidak dapat menyimpan akses yang diperbarui: %1</translation>
    </message>
    <message>
        <source>%1 refused to renew BVA&apos;s access (%2). Reconnect the shop to sync again; its data is kept.</source>
        <translation>%1 menolak memperbarui akses BVA (%2). Hubungkan ulang toko untuk menyinkronkan lagi; datanya tetap disimpan.</translation>
    </message>
    <message>
        <source>Could not renew the access to %1 (%2); trying again at the next sync.</source>
        <translation>Tidak dapat memperbarui akses ke %1 (%2); dicoba lagi pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Perlu dihubungkan ulang</translation>
    </message>
    <message>
        <source>%1 no longer accepts BVA&apos;s access, so syncing this shop has stopped (webhooks are still received). Open Settings → Integrations and choose Reconnect: the shop and all its data are kept.</source>
        <translation>%1 tidak lagi menerima akses BVA, jadi sinkronisasi toko ini berhenti (webhook tetap diterima). Buka Pengaturan → Integrasi dan pilih Hubungkan ulang: toko dan semua datanya tetap disimpan.</translation>
    </message>
    <message>
        <source>Could not renew the access to %1: its app is not set up in BVA (Settings → Platform apps).</source>
        <translation>Tidak dapat memperbarui akses ke %1: aplikasinya tidak disiapkan di BVA (Pengaturan → Aplikasi platform).</translation>
    </message>
</context>
<context>
    <name>bva::WebSocketHub</name>
    <message>
        <source>unauthorized: a valid session token is required</source>
        <translation>tidak berwenang: token sesi yang valid wajib diisi</translation>
    </message>
    <message>
        <source>unknown event</source>
        <translation>event tidak dikenal</translation>
    </message>
</context>
<context>
    <name>bva::WebhookService</name>
    <message>
        <source>shutting down</source>
        <translation>sedang dimatikan</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>terlalu banyak permintaan</translation>
    </message>
    <message>
        <source>shopId: %1 is not the shop of this credential</source>
        <translation>shopId: %1 bukan toko milik kredensial ini</translation>
    </message>
</context>
<context>
    <name>bva::Webhooks</name>
    <message>
        <source>status: unknown order status</source>
        <translation>status: status pesanan tidak dikenal</translation>
    </message>
    <message>
        <source>: must be an array</source>
        <translation>: harus berupa array</translation>
    </message>
    <message>
        <source>: at most %1 entries</source>
        <translation>: paling banyak %1 entri</translation>
    </message>
    <message>
        <source>]: must be an object</source>
        <translation>]: harus berupa objek</translation>
    </message>
    <message>
        <source>body: malformed JSON (%1)</source>
        <translation>body: JSON rusak (%1)</translation>
    </message>
    <message>
        <source>body: must be a JSON object</source>
        <translation>body: harus berupa objek JSON</translation>
    </message>
    <message>
        <source>id: required (id or productId)</source>
        <translation>id: wajib diisi (id atau productId)</translation>
    </message>
    <message>
        <source>id: required (id or orderId)</source>
        <translation>id: wajib diisi (id atau orderId)</translation>
    </message>
    <message>
        <source>status: required string</source>
        <translation>status: string wajib diisi</translation>
    </message>
    <message>
        <source>productId: required</source>
        <translation>productId: wajib diisi</translation>
    </message>
    <message>
        <source>stock: required (stock or quantity)</source>
        <translation>stock: wajib diisi (stock atau quantity)</translation>
    </message>
    <message>
        <source>stock: must be a whole number &gt;= 0</source>
        <translation>stock: harus bilangan bulat &gt;= 0</translation>
    </message>
    <message>
        <source>threshold: must be a whole number &gt;= 0</source>
        <translation>threshold: harus bilangan bulat &gt;= 0</translation>
    </message>
    <message>
        <source>products: required (products or orders array)</source>
        <translation>products: wajib diisi (array products atau orders)</translation>
    </message>
    <message>
        <source>Authorization: expected a Bearer token</source>
        <translation>Authorization: diharapkan token Bearer</translation>
    </message>
    <message>
        <source>Authorization: missing (Bearer token or webhook signature required)</source>
        <translation>Authorization: tidak ada (token Bearer atau tanda tangan webhook wajib)</translation>
    </message>
    <message>
        <source>Authorization: unknown or revoked token</source>
        <translation>Authorization: token tidak dikenal atau dicabut</translation>
    </message>
    <message>
        <source>webhook-id and webhook-timestamp are required with webhook-signature</source>
        <translation>webhook-id dan webhook-timestamp wajib disertakan dengan webhook-signature</translation>
    </message>
    <message>
        <source>webhook-timestamp: missing or more than 5 minutes off</source>
        <translation>webhook-timestamp: tidak ada atau selisih lebih dari 5 menit</translation>
    </message>
    <message>
        <source>signed webhook names no shopId</source>
        <translation>webhook bertanda tangan tidak menyebut shopId</translation>
    </message>
    <message>
        <source>webhook-signature: invalid</source>
        <translation>webhook-signature: tidak valid</translation>
    </message>
    <message>
        <source>price: required for a product BVA has not seen yet</source>
        <translation>price: wajib untuk produk yang belum pernah dilihat BVA</translation>
    </message>
    <message>
        <source>Unsigned webhook refused: this shop&apos;s deliveries must carry a Standard Webhooks signature (webhook-id, webhook-timestamp, webhook-signature); a bearer token alone is no longer accepted. The shop&apos;s admin in BVA can change this.</source>
        <translation>Webhook tanpa tanda tangan ditolak: kiriman toko ini harus membawa tanda tangan Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature); token bearer saja tidak lagi diterima. Admin toko di BVA dapat mengubah ini.</translation>
    </message>
    <message numerus="yes">
        <source>shopId: required, this credential serves %n shops</source>
        <translation>
            <numerusform>shopId: wajib, kredensial ini melayani %n toko</numerusform>
        </translation>
    </message>
    <message>
        <source>shopId: %1 is not the shop of this credential</source>
        <translation>shopId: %1 bukan toko milik kredensial ini</translation>
    </message>
    <message>
        <source>A repeat of a delivery already received: no effect.</source>
        <translation>Pengulangan pengiriman yang sudah diterima: tidak berpengaruh.</translation>
    </message>
    <message>
        <source>items: must be an array</source>
        <translation>items: harus berupa array</translation>
    </message>
    <message>
        <source>items: required</source>
        <translation>items: wajib diisi</translation>
    </message>
</context>
<context>
    <name>bva::desktop::DemoClones</name>
    <message>
        <source>bva-clone was not found next to bva. Build it (target bva-clone) or install it.</source>
        <translation>bva-clone tidak ditemukan di samping bva. Build (target bva-clone) atau pasang terlebih dahulu.</translation>
    </message>
    <message>
        <source>bva-clone did not start: %1</source>
        <translation>bva-clone tidak dapat dimulai: %1</translation>
    </message>
    <message>
        <source>bva-clone stopped before it was ready: %1</source>
        <translation>bva-clone berhenti sebelum siap: %1</translation>
    </message>
</context>
<context>
    <name>bva::forecast</name>
    <message>
        <source>No sales</source>
        <translation>Tidak ada penjualan</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Erratic</source>
        <translation>Tidak menentu</translation>
    </message>
    <message>
        <source>Intermittent</source>
        <translation>Sesekali</translation>
    </message>
    <message>
        <source>Lumpy</source>
        <translation>Sesekali dan tidak menentu</translation>
    </message>
    <message>
        <source>No sales in the history, so no demand is expected.</source>
        <translation>Tidak ada penjualan dalam riwayat, jadi tidak ada permintaan yang diperkirakan.</translation>
    </message>
    <message numerus="yes">
        <source>%1 demand. %2 had the smallest error in %n test(s) on recent history (scaled error %3</source>
        <translation>
            <numerusform>Permintaan %1. %2 memiliki galat terkecil dalam %n uji pada riwayat terbaru (galat berskala %3</numerusform>
        </translation>
    </message>
    <message>
        <source> versus %1 for simply repeating the last season</source>
        <translation> dibandingkan %1 jika hanya mengulang musim terakhir</translation>
    </message>
    <message>
        <source>%1 demand; the history is short, so %2 is used.</source>
        <translation>Permintaan %1; riwayatnya pendek, jadi %2 yang digunakan.</translation>
    </message>
    <message>
        <source>Paydays sell %1× a normal day.</source>
        <translation>Hari gajian menjual %1× hari biasa.</translation>
    </message>
    <message>
        <source>Mega-sale days sell %1× a normal day.</source>
        <translation>Hari mega-sale menjual %1× hari biasa.</translation>
    </message>
    <message>
        <source>; repeating the last season scored %1, but one week of sales says little about a slow item&apos;s average</source>
        <translation>; mengulang musim terakhir mendapat skor %1, tetapi penjualan satu minggu hanya sedikit menggambarkan rata-rata barang yang lambat laku</translation>
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
        <translation>Produk Baru</translation>
    </message>
    <message>
        <source>Best Seller Spotlight</source>
        <translation>Sorotan Produk Terlaris</translation>
    </message>
    <message>
        <source>Bundle Up</source>
        <translation>Paket Bundel</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Terjadwal</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Timed for the %1 mega-sale, when shoppers are out in numbers.</source>
        <translation>Dijadwalkan untuk mega-sale %1, saat pembeli ramai berbelanja.</translation>
    </message>
    <message>
        <source>Payday</source>
        <translation>Gajian</translation>
    </message>
    <message>
        <source>Timed for payday on %1, when buyers have fresh money.</source>
        <translation>Dijadwalkan untuk gajian pada %1, saat pembeli baru menerima uang.</translation>
    </message>
    <message>
        <source>Starts now: no payday or mega-sale comes soon enough.</source>
        <translation>Mulai sekarang: tidak ada gajian atau mega-sale yang cukup dekat.</translation>
    </message>
    <message>
        <source>%1% off brings the price to %2</source>
        <translation>Diskon %1% membuat harga menjadi %2</translation>
    </message>
    <message>
        <source>, still above the cost of %1.</source>
        <translation>, masih di atas biaya %1.</translation>
    </message>
    <message>
        <source>; the cost is unknown, so the discount stays small.</source>
        <translation>; biayanya tidak diketahui, jadi diskonnya tetap kecil.</translation>
    </message>
    <message>
        <source>No discount fits above cost, so the offer is a bundle.</source>
        <translation>Tidak ada diskon yang muat di atas biaya, jadi penawarannya berupa bundel.</translation>
    </message>
    <message>
        <source>One of your best sellers (about %1 a day) with stock to spare: show it off at full price.</source>
        <translation>Salah satu produk terlaris Anda (sekitar %1 per hari) dengan stok berlebih: tampilkan dengan harga penuh.</translation>
    </message>
    <message>
        <source>Orders of it hold %1 units on average, so the bundle is %2.</source>
        <translation>Rata-rata satu pesanan berisi %1 unit produk ini, jadi paketnya %2.</translation>
    </message>
    <message>
        <source>title: required, at most 200 characters</source>
        <translation>title: wajib diisi, paling banyak 200 karakter</translation>
    </message>
    <message>
        <source>body: at most 5000 characters</source>
        <translation>body: paling banyak 5000 karakter</translation>
    </message>
    <message numerus="yes">
        <source>hashtags: at most %n hashtags</source>
        <translation>
            <numerusform>hashtags: paling banyak %n hashtag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hashtags: each one word of at most %n characters</source>
        <translation>
            <numerusform>hashtags: masing-masing satu kata, paling banyak %n karakter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::forecast::RestockPlanner</name>
    <message>
        <source>The shops use different currencies (%1); amounts are added as if they were %2.</source>
        <translation>Toko-toko memakai mata uang berbeda (%1); jumlahnya dijumlahkan seolah-olah semuanya %2.</translation>
    </message>
    <message>
        <source>Minimum order and pack size must be at least 1, units on order and lead time not negative.</source>
        <translation>Pesanan minimum dan ukuran kemasan minimal 1, unit dalam pesanan dan waktu tunggu tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Shopping list</source>
        <translation>Daftar belanja</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Tidak dapat menulis %1</translation>
    </message>
    <message>
        <source>No sales expected.</source>
        <translation>Tidak ada penjualan yang diperkirakan.</translation>
    </message>
    <message>
        <source>Needs %1 units but has no cost price, so it is left out of the budget.</source>
        <translation>Butuh %1 unit tetapi tidak ada harga pokok, jadi tidak dimasukkan ke anggaran.</translation>
    </message>
    <message>
        <source>Needs %1 units (%2) but the budget went to better buys for this goal.</source>
        <translation>Butuh %1 unit (%2) tetapi anggaran dipakai untuk pembelian yang lebih baik bagi tujuan ini.</translation>
    </message>
    <message>
        <source>Order %1 of the %2 needed to cover %3 days with %4 safety stock; expected profit %5.</source>
        <translation>Pesan %1 dari %2 yang dibutuhkan untuk %3 hari dengan stok pengaman %4; perkiraan laba %5.</translation>
    </message>
    <message>
        <source>Rounded to a minimum of %1 in packs of %2.</source>
        <translation>Dibulatkan ke minimum %1 dalam kemasan isi %2.</translation>
    </message>
    <message>
        <source>Only %1% of the budget is used: nothing else is worth buying for this goal and horizon.</source>
        <translation>Hanya %1% anggaran yang terpakai: tidak ada lagi yang layak dibeli untuk tujuan dan jangka waktu ini.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) stay at risk of running out</source>
        <translation>
            <numerusform>%n produk tetap berisiko kehabisan stok</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 more budget would cover them.</source>
        <translation>; tambahan anggaran %1 akan mencukupinya.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) need stock but have no cost price; add costs to plan them.</source>
        <translation>
            <numerusform>%n produk butuh stok tetapi tidak punya harga pokok; tambahkan biaya untuk merencanakannya.</numerusform>
        </translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago — do not reorder until the expired units are off sale and the product has the expiry date of a new batch.</source>
        <translation>
            <numerusform>Kedaluwarsa %n hari lalu — jangan pesan ulang sampai unit yang kedaluwarsa ditarik dari penjualan dan produk memiliki tanggal kedaluwarsa batch baru.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hardly sells lately and is out of stock.</source>
        <translation>Hampir tidak terjual akhir-akhir ini dan stoknya habis.</translation>
    </message>
    <message>
        <source>Hardly sells lately; %1 in stock.</source>
        <translation>Hampir tidak terjual akhir-akhir ini; stok %1.</translation>
    </message>
    <message>
        <source>Sells about %1 a day and is out of stock.</source>
        <translation>Terjual sekitar %1 per hari dan stoknya habis.</translation>
    </message>
    <message numerus="yes">
        <source>Sells about %1 a day; %2 in stock last about %n day(s).</source>
        <translation>
            <numerusform>Terjual sekitar %1 per hari; stok %2 cukup untuk sekitar %n hari.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Below the reorder point of %1: it may run out before a new order arrives in %n day(s).</source>
        <translation>
            <numerusform>Di bawah titik pemesanan ulang %1: bisa habis sebelum pesanan baru tiba dalam %n hari.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stock covers the next %n day(s) plus safety stock; no order needed.</source>
        <translation>
            <numerusform>Stok cukup untuk %n hari ke depan ditambah stok pengaman; tidak perlu memesan.</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 may go unsold for lack of stock before it arrives; the order does not make them up.</source>
        <translation>Sekitar %1 bisa tidak terjual karena stok habis sebelum pesanan tiba; pesanan ini tidak menggantinya.</translation>
    </message>
    <message>
        <source>Sells about %1 a day; %2 in stock may not last the day.</source>
        <translation>Terjual sekitar %1 per hari; %2 stok yang ada mungkin tidak cukup untuk sehari.</translation>
    </message>
</context>
<context>
    <name>bva::forecast::RiskAlerts</name>
    <message>
        <source>Expired: %1</source>
        <translation>Kedaluwarsa: %1</translation>
    </message>
    <message>
        <source>Running out: %1</source>
        <translation>Hampir habis: %1</translation>
    </message>
</context>
<context>
    <name>bva::forecast::SmartShelf</name>
    <message>
        <source>No action</source>
        <translation>Tidak ada tindakan</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Restok</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundel</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Cuci gudang</translation>
    </message>
    <message>
        <source>Remove from sale</source>
        <translation>Tarik dari penjualan</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritis</translation>
    </message>
    <message>
        <source>%1 in stock covers about %2 days, but a restock takes %3 days: %4% chance of running out first.</source>
        <translation>Stok %1 cukup untuk sekitar %2 hari, tetapi restok butuh %3 hari: peluang %4% habis lebih dulu.</translation>
    </message>
    <message>
        <source>Bundle it with a best seller: no discount keeps the price above cost.</source>
        <translation>Bundel dengan produk terlaris: tidak ada diskon yang menjaga harga di atas biaya.</translation>
    </message>
    <message>
        <source>%1 of %2–%3%.</source>
        <translation>%1 sebesar %2–%3%.</translation>
    </message>
    <message>
        <source>Clearance sale</source>
        <translation>Obral cuci gudang</translation>
    </message>
    <message>
        <source>Capped so the price stays above cost.</source>
        <translation>Dibatasi agar harga tetap di atas biaya.</translation>
    </message>
    <message>
        <source>Cost unknown, so the discount is kept small.</source>
        <translation>Biaya tidak diketahui, jadi diskon dibuat kecil.</translation>
    </message>
    <message>
        <source>A bundle with a best seller also helps.</source>
        <translation>Bundel dengan produk terlaris juga membantu.</translation>
    </message>
    <message>
        <source>Take the expired units off sale and write them off.</source>
        <translation>Tarik unit yang kedaluwarsa dari penjualan dan hapus bukukan.</translation>
    </message>
    <message>
        <source>Nothing to do: stock and sales are in balance.</source>
        <translation>Tidak ada yang perlu dilakukan: stok dan penjualan seimbang.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago with %1 still in stock.</source>
        <translation>
            <numerusform>Kedaluwarsa %n hari lalu dengan %1 masih di stok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s); about %1 of %2 will not sell by then at the expected %3 a day.</source>
        <translation>
            <numerusform>Kedaluwarsa dalam %n hari; sekitar %1 dari %2 tidak akan terjual sebelum itu dengan perkiraan %3 per hari.</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of stock while about %1 units a day are expected to sell.</source>
        <translation>Stok habis padahal sekitar %1 unit per hari diperkirakan terjual.</translation>
    </message>
    <message>
        <source>No sales recorded yet with %1 in stock.</source>
        <translation>Belum ada penjualan tercatat dengan %1 di stok.</translation>
    </message>
    <message numerus="yes">
        <source>No sale for %n day(s) with %1 in stock.</source>
        <translation>
            <numerusform>Tidak ada penjualan selama %n hari dengan %1 di stok.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is about %2 days of sales at %3 a day: more than %4 days is overstock.</source>
        <translation>%1 setara sekitar %2 hari penjualan dengan %3 per hari: lebih dari %4 hari berarti stok berlebih.</translation>
    </message>
    <message>
        <source>Restock %1 to cover %2 days after delivery.</source>
        <translation>Restok %1 untuk mencukupi %2 hari setelah pengiriman.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s); about %1 of %2 will not sell by then: it has hardly sold lately.</source>
        <translation>
            <numerusform>Kedaluwarsa dalam %n hari; sekitar %1 dari %2 tidak akan terjual sebelum itu: hampir tidak terjual akhir-akhir ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of stock, and it still sells now and then.</source>
        <translation>Stok habis, dan masih terjual sesekali.</translation>
    </message>
    <message>
        <source>%1 in stock, and it has hardly sold lately: more than %2 days of sales is overstock.</source>
        <translation>Stok %1, dan hampir tidak terjual akhir-akhir ini: lebih dari %2 hari penjualan berarti stok berlebih.</translation>
    </message>
</context>
<context>
    <name>bva::forecast::csv</name>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>kolom berkutip tidak ditutup</translation>
    </message>
    <message>
        <source>expected the header &quot;series,date,quantity&quot;</source>
        <translation>diharapkan header &quot;series,date,quantity&quot;</translation>
    </message>
    <message>
        <source>expected 3 fields, found %1</source>
        <translation>diharapkan 3 kolom, ditemukan %1</translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot; (expected yyyy-MM-dd)</source>
        <translation>tanggal &quot;%1&quot; tidak valid (diharapkan yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>invalid quantity &quot;%1&quot;</source>
        <translation>jumlah &quot;%1&quot; tidak valid</translation>
    </message>
    <message>
        <source>line 1: empty input, expected the header &quot;series,date,quantity&quot;</source>
        <translation>baris 1: masukan kosong, diharapkan header &quot;series,date,quantity&quot;</translation>
    </message>
    <message>
        <source>no data rows after the header</source>
        <translation>tidak ada baris data setelah header</translation>
    </message>
    <message>
        <source>line %1: date %2 appears twice in series &quot;%3&quot;</source>
        <translation>baris %1: tanggal %2 muncul dua kali dalam seri &quot;%3&quot;</translation>
    </message>
    <message>
        <source>quantity %1 is out of range (at most %2 a period)</source>
        <translation>jumlah %1 di luar batas (paling banyak %2 per periode)</translation>
    </message>
</context>
<context>
    <name>bva::ui::AccountDialog</name>
    <message>
        <source>The passwords do not match.</source>
        <translation>Kata sandi tidak cocok.</translation>
    </message>
    <message>
        <source>The email or password is not right.</source>
        <translation>Email atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Create your BVA account</source>
        <translation>Buat akun BVA Anda</translation>
    </message>
    <message>
        <source>Log in to BVA</source>
        <translation>Masuk ke BVA</translation>
    </message>
    <message>
        <source>Welcome to BVA</source>
        <translation>Selamat datang di BVA</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Selamat datang kembali</translation>
    </message>
    <message>
        <source>Create a local account. Your shops and figures stay on this computer (or your own database server).</source>
        <translation>Buat akun lokal. Toko dan angka Anda tetap di komputer ini (atau server basis data Anda sendiri).</translation>
    </message>
    <message>
        <source>Log in to see your shops.</source>
        <translation>Masuk untuk melihat toko Anda.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Keep me logged in on this computer</source>
        <translation>Biarkan saya tetap masuk di komputer ini</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Buat akun</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>I already have an account</source>
        <translation>Saya sudah punya akun</translation>
    </message>
    <message>
        <source>Create another account</source>
        <translation>Buat akun lain</translation>
    </message>
    <message>
        <source>Could not sign in to the new account. If this email already has an account, log in with its password instead.</source>
        <translation>Tidak dapat masuk ke akun baru. Jika email ini sudah punya akun, masuk saja dengan kata sandinya.</translation>
    </message>
    <message>
        <source>BVA is busy checking other sign-ins. Try again in a moment.</source>
        <translation>BVA sedang sibuk memeriksa upaya masuk lain. Coba lagi sebentar lagi.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts that did not match. For your safety, wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Terlalu banyak percobaan yang tidak cocok. Demi keamanan Anda, tunggu %n detik sebelum mencoba lagi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>Tunggu %n dtk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::AccountSettings</name>
    <message>
        <source>Profile saved.</source>
        <translation>Profil disimpan.</translation>
    </message>
    <message>
        <source>The new passwords do not match.</source>
        <translation>Kata sandi baru tidak cocok.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Kata sandi saat ini salah.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kata sandi saat ini</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Ubah kata sandi</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts that did not match. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Terlalu banyak percobaan yang tidak cocok. Tunggu %n detik lalu coba lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password changed. Every other session of this account was signed out.</source>
        <translation>Kata sandi diubah. Semua sesi lain dari akun ini telah diakhiri.</translation>
    </message>
    <message>
        <source>BVA desktop</source>
        <translation>BVA desktop</translation>
    </message>
    <message>
        <source>(this window)</source>
        <translation>(jendela ini)</translation>
    </message>
    <message numerus="yes">
        <source>%n open session(s).</source>
        <translation>
            <numerusform>%n sesi aktif.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Keluar dari semua perangkat</translation>
    </message>
    <message>
        <source>Sign out of every device and browser that uses this account, this window included? Open live connections close at once.</source>
        <translation>Keluar dari setiap perangkat dan browser yang memakai akun ini, termasuk jendela ini? Koneksi langsung yang terbuka segera ditutup.</translation>
    </message>
    <message>
        <source>Where you&apos;re signed in</source>
        <translation>Tempat Anda masuk</translation>
    </message>
    <message>
        <source>Every open session of this account. Signing one out ends it at once, live updates included; changing the password signs out all but this window.</source>
        <translation>Semua sesi aktif akun ini. Mengeluarkan satu sesi langsung mengakhirinya, termasuk pembaruan langsung; mengubah kata sandi mengeluarkan semua sesi kecuali jendela ini.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Di mana</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Sign out selected</source>
        <translation>Keluarkan yang dipilih</translation>
    </message>
    <message>
        <source>Enter your current password to change the email.</source>
        <translation>Masukkan kata sandi Anda saat ini untuk mengubah email.</translation>
    </message>
    <message>
        <source>The current password is wrong; the email was not changed.</source>
        <translation>Kata sandi saat ini salah; email tidak diubah.</translation>
    </message>
    <message>
        <source>Needed to change the email</source>
        <translation>Diperlukan untuk mengubah email</translation>
    </message>
    <message>
        <source>Signed in</source>
        <comment>when a session began</comment>
        <translation>Waktu masuk</translation>
    </message>
</context>
<context>
    <name>bva::ui::ActivityModel</name>
    <message>
        <source>Signed in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Signed out everywhere</source>
        <translation>Keluar dari semua perangkat</translation>
    </message>
    <message>
        <source>Created the account</source>
        <translation>Membuat akun</translation>
    </message>
    <message>
        <source>Changed the password</source>
        <translation>Mengubah kata sandi</translation>
    </message>
    <message>
        <source>Ended a session</source>
        <translation>Mengakhiri sesi</translation>
    </message>
    <message>
        <source>Changed the email</source>
        <translation>Mengubah email</translation>
    </message>
    <message>
        <source>Connected a shop</source>
        <translation>Menghubungkan toko</translation>
    </message>
    <message>
        <source>Connected a shop again</source>
        <translation>Menghubungkan toko lagi</translation>
    </message>
    <message>
        <source>Reconnected a shop</source>
        <translation>Menghubungkan ulang toko</translation>
    </message>
    <message>
        <source>Disconnected a shop</source>
        <translation>Memutuskan toko</translation>
    </message>
    <message>
        <source>Linking a shop was refused</source>
        <translation>Penautan toko ditolak</translation>
    </message>
    <message>
        <source>Changed which deliveries are accepted</source>
        <translation>Mengubah kiriman yang diterima</translation>
    </message>
    <message>
        <source>Deliveries must be signed from now on</source>
        <translation>Kiriman harus bertanda tangan mulai sekarang</translation>
    </message>
    <message>
        <source>Refused unsigned deliveries</source>
        <translation>Menolak kiriman tanpa tanda tangan</translation>
    </message>
    <message>
        <source>Showed the signing secret</source>
        <translation>Menampilkan rahasia penandatanganan</translation>
    </message>
    <message>
        <source>Copied the signing secret</source>
        <translation>Menyalin rahasia penandatanganan</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Mengundang seseorang</translation>
    </message>
    <message>
        <source>Withdrew an invitation</source>
        <translation>Menarik undangan</translation>
    </message>
    <message>
        <source>Joined the shop&apos;s team</source>
        <translation>Bergabung dengan tim toko</translation>
    </message>
    <message>
        <source>Declined an invitation</source>
        <translation>Menolak undangan</translation>
    </message>
    <message>
        <source>Changed a role</source>
        <translation>Mengubah peran</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Mengeluarkan anggota</translation>
    </message>
    <message>
        <source>Left the shop&apos;s team</source>
        <translation>Keluar dari tim toko</translation>
    </message>
    <message>
        <source>Sync started</source>
        <translation>Sinkronisasi dimulai</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Sinkronisasi selesai</translation>
    </message>
    <message>
        <source>Changed the database</source>
        <translation>Mengubah basis data</translation>
    </message>
    <message>
        <source>Changed the webhook server</source>
        <translation>Mengubah server webhook</translation>
    </message>
    <message>
        <source>Changed how long activity is kept</source>
        <translation>Mengubah lama penyimpanan aktivitas</translation>
    </message>
    <message>
        <source>BVA desktop</source>
        <translation>BVA desktop</translation>
    </message>
    <message>
        <source>BVA (scheduled)</source>
        <translation>BVA (terjadwal)</translation>
    </message>
    <message>
        <source>bva-server</source>
        <translation>bva-server</translation>
    </message>
    <message>
        <source>Marketplace delivery</source>
        <translation>Kiriman marketplace</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
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
        <translation>Pelihat</translation>
    </message>
    <message numerus="yes">
        <source>further attempts wait %n second(s)</source>
        <translation>
            <numerusform>percobaan berikutnya menunggu %n detik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too many failed attempts; asked to wait %n second(s)</source>
        <translation>
            <numerusform>terlalu banyak percobaan gagal; diminta menunggu %n detik</numerusform>
        </translation>
    </message>
    <message>
        <source>wrong email or password</source>
        <translation>email atau kata sandi salah</translation>
    </message>
    <message>
        <source>someone tried to create an account with this email</source>
        <translation>seseorang mencoba membuat akun dengan email ini</translation>
    </message>
    <message>
        <source>the current password was wrong</source>
        <translation>kata sandi saat ini salah</translation>
    </message>
    <message numerus="yes">
        <source>%n other session(s) ended</source>
        <translation>
            <numerusform>%n sesi lain diakhiri</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 sebagai %2</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>sebagai %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>semuanya</translation>
    </message>
    <message>
        <source>changes since the last sync</source>
        <translation>perubahan sejak sinkronisasi terakhir</translation>
    </message>
    <message>
        <source>%1 products, %2 orders</source>
        <translation>%1 produk, %2 pesanan</translation>
    </message>
    <message>
        <source>its data deleted</source>
        <translation>datanya dihapus</translation>
    </message>
    <message>
        <source>its data kept</source>
        <translation>datanya disimpan</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>selamanya</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies), the last from %1</source>
        <translation>
            <numerusform>%n kiriman, yang terakhir dari %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the shop is linked by another account; an invitation from its admin is the way in</source>
        <translation>toko ditautkan oleh akun lain; bergabung hanya bisa lewat undangan dari adminnya</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>akun %1</translation>
    </message>
    <message>
        <source>a deleted shop</source>
        <translation>toko yang dihapus</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Changed how often the shop re-syncs</source>
        <translation>Mengubah seberapa sering toko disinkronkan ulang</translation>
    </message>
    <message>
        <source>Paused syncing</source>
        <translation>Menjeda sinkronisasi</translation>
    </message>
    <message>
        <source>Resumed syncing</source>
        <translation>Melanjutkan sinkronisasi</translation>
    </message>
    <message>
        <source>Replayed a webhook delivery</source>
        <translation>Memutar ulang pengiriman webhook</translation>
    </message>
    <message>
        <source>delivery %1 (%2) failed again: %3</source>
        <translation>pengiriman %1 (%2) gagal lagi: %3</translation>
    </message>
    <message>
        <source>delivery %1 (%2) applied as delivery %3</source>
        <translation>pengiriman %1 (%2) diterapkan sebagai pengiriman %3</translation>
    </message>
    <message>
        <source>The marketplace refused to renew the access (reconnect needed)</source>
        <translation>Marketplace menolak memperbarui akses (perlu dihubungkan ulang)</translation>
    </message>
    <message>
        <source>An invitation was locked after too many wrong codes</source>
        <translation>Sebuah undangan dikunci setelah terlalu banyak kode salah</translation>
    </message>
    <message>
        <source>wrong invitation code</source>
        <translation>kode undangan salah</translation>
    </message>
    <message>
        <source>From</source>
        <comment>where a request came from</comment>
        <translation>Dari mana</translation>
    </message>
</context>
<context>
    <name>bva::ui::ActivityPage</name>
    <message>
        <source>All shops</source>
        <translation>Semua toko</translation>
    </message>
    <message>
        <source>Nothing recorded for these filters.</source>
        <translation>Tidak ada catatan untuk filter ini.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 dari %n entri</numerusform>
        </translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Ekspor aktivitas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>Tidak dapat menyimpan berkas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n entri diekspor ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Older activity is deleted for everyone who uses this database.</source>
        <translation>Aktivitas yang lebih lama dihapus untuk semua orang yang memakai basis data ini.</translation>
    </message>
    <message>
        <source>A shop admin can change this.</source>
        <translation>Admin toko dapat mengubah ini.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep activity</source>
        <translation>Penyimpanan aktivitas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitas</translation>
    </message>
    <message>
        <source>Who did what, when and from where: sign-ins, shops connected, invitations and roles, syncs and settings. You see your own account&apos;s activity and everything about the shops you administer. Nothing here can be edited.</source>
        <translation>Siapa melakukan apa, kapan, dan dari mana: aktivitas masuk, toko yang dihubungkan, undangan dan peran, sinkronisasi, dan pengaturan. Anda melihat aktivitas akun Anda sendiri dan semua hal tentang toko yang Anda kelola sebagai admin. Tidak ada yang dapat diubah di sini.</translation>
    </message>
    <message>
        <source>Search an email or what was acted on</source>
        <translation>Cari email atau sasaran tindakan</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>Semua aktivitas</translation>
    </message>
    <message>
        <source>Sign-ins and sessions</source>
        <translation>Masuk dan sesi</translation>
    </message>
    <message>
        <source>Shops and connections</source>
        <translation>Toko dan koneksi</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Semua hasil</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 jam terakhir</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 hari terakhir</translation>
    </message>
    <message>
        <source>Everything kept</source>
        <translation>Semua yang tersimpan</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Tampilkan lebih banyak</translation>
    </message>
    <message>
        <source>Keep activity for</source>
        <translation>Simpan aktivitas selama</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Selamanya</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n tahun</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::AppearanceSettings</name>
    <message>
        <source>Number: %1
Money: %2 · %3
Date: %4</source>
        <translation>Angka: %1
Uang: %2 · %3
Tanggal: %4</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Numbers, money and dates in this language:</source>
        <translation>Angka, uang, dan tanggal dalam bahasa ini:</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifikasi</translation>
    </message>
    <message>
        <source>Also show notifications in the system tray</source>
        <translation>Tampilkan juga notifikasi di baki sistem</translation>
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
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
</context>
<context>
    <name>bva::ui::CommandPalette</name>
    <message>
        <source>Type a page, an action, a product or an order…</source>
        <translation>Ketik halaman, tindakan, produk, atau pesanan…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pesanan %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
</context>
<context>
    <name>bva::ui::ConsentWindow</name>
    <message>
        <source>Cannot reach %1</source>
        <translation>Tidak dapat menjangkau %1</translation>
    </message>
    <message>
        <source>Connecting %1</source>
        <translation>Menghubungkan %1</translation>
    </message>
    <message>
        <source>Checking with %1 that this account owns the shop…</source>
        <translation>Memeriksa ke %1 bahwa akun ini pemilik toko…</translation>
    </message>
    <message>
        <source>Log in to your %1 seller account to continue.</source>
        <translation>Masuk ke akun penjual %1 Anda untuk melanjutkan.</translation>
    </message>
    <message>
        <source>%1 said: “%2”. Nothing was connected and nothing was stored.</source>
        <translation>%1 menjawab: “%2”. Tidak ada yang dihubungkan dan tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Tidak terhubung</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 dari %3</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Hubungkan %1</translation>
    </message>
    <message>
        <source>Connect your %1 shop</source>
        <translation>Hubungkan toko %1 Anda</translation>
    </message>
    <message>
        <source>This is %1&apos;s own page at %2. BVA only reads your products and orders; it never changes your shop.</source>
        <translation>Ini halaman milik %1 sendiri di %2. BVA hanya membaca produk dan pesanan Anda; BVA tidak pernah mengubah toko Anda.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Unexpected answer from %1</source>
        <translation>Jawaban tak terduga dari %1</translation>
    </message>
    <message>
        <source>%1&apos;s page sent an answer BVA cannot use. Nothing was connected and nothing was stored. Try again; if this keeps happening, %1 may have changed its page.</source>
        <translation>Halaman %1 mengirim jawaban yang tidak dapat dipakai BVA. Tidak ada yang dihubungkan dan tidak ada yang disimpan. Coba lagi; jika terus terjadi, %1 mungkin telah mengubah halamannya.</translation>
    </message>
    <message>
        <source>The page stopped</source>
        <translation>Halaman berhenti</translation>
    </message>
    <message>
        <source>%1&apos;s page stopped working before you answered. Nothing was stored.</source>
        <translation>Halaman %1 berhenti bekerja sebelum Anda menjawab. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>%1 is not answering</source>
        <translation>%1 tidak menjawab</translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s page at %2 did not load within %n second(s). Check that the site is up and that you are online, then try again. Nothing was stored.</source>
        <translation>
            <numerusform>Halaman %1 di %2 tidak termuat dalam %n detik. Pastikan situsnya aktif dan Anda sedang online, lalu coba lagi. Tidak ada yang disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The marketplace site at %1 did not answer. Check that it is running and that you are online, then try again. Nothing was stored.</source>
        <translation>Situs marketplace di %1 tidak menjawab. Pastikan situs itu berjalan dan Anda sedang online, lalu coba lagi. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>You chose not to give BVA access on %1&apos;s page. Nothing was connected and nothing was stored. To connect the shop, try again and choose Grant.</source>
        <translation>Anda memilih tidak memberi BVA akses di halaman %1. Tidak ada yang dihubungkan dan tidak ada yang disimpan. Untuk menghubungkan toko, coba lagi dan pilih Grant.</translation>
    </message>
    <message>
        <source>You chose not to give BVA access on %1&apos;s page (%1 said: “%2”). Nothing was connected and nothing was stored. To connect the shop, try again and choose Grant.</source>
        <translation>Anda memilih tidak memberi BVA akses di halaman %1 (kata %1: “%2”). Tidak ada yang dihubungkan dan tidak ada yang disimpan. Untuk menghubungkan toko, coba lagi dan pilih Grant.</translation>
    </message>
    <message>
        <source>Access not granted</source>
        <translation>Akses tidak diberikan</translation>
    </message>
    <message>
        <source>%1&apos;s page reported an error. Nothing was connected and nothing was stored.</source>
        <translation>Halaman %1 melaporkan kesalahan. Tidak ada yang dihubungkan dan tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The shop is connected. Importing its products and orders… You can close this window: the import goes on and the Integrations page shows its progress.</source>
        <translation>Toko sudah terhubung. Mengimpor produk dan pesanannya… Anda boleh menutup jendela ini: impor tetap berjalan dan halaman Integrasi menampilkan kemajuannya.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
</context>
<context>
    <name>bva::ui::CsvImportDialog</name>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Perbarui</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Sudah diimpor</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Belum ada file dipilih</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pilih file…</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rows with errors</source>
        <translation>Impor baris yang valid dan lewati baris yang salah</translation>
    </message>
    <message>
        <source>Import nothing unless every row is valid</source>
        <translation>Jangan impor apa pun kecuali semua baris valid</translation>
    </message>
    <message>
        <source>Import products from CSV</source>
        <translation>Impor produk dari CSV</translation>
    </message>
    <message>
        <source>Import sales from CSV</source>
        <translation>Impor penjualan dari CSV</translation>
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
        <translation>Kolom: sku, name, price (wajib); cost, stock, category, description. Baris yang SKU-nya sudah ada di channel memperbarui produk itu.</translation>
    </message>
    <message>
        <source>Columns: date, sku, quantity (required); unit_price, receipt, customer. Rows with the same receipt form one sale.</source>
        <translation>Kolom: date, sku, quantity (wajib); unit_price, receipt, customer. Baris dengan struk yang sama menjadi satu penjualan.</translation>
    </message>
    <message>
        <source>Rows without a date were sold on</source>
        <translation>Baris tanpa tanggal terjual pada</translation>
    </message>
    <message>
        <source>Allow selling more than is in stock (the stock stops at 0)</source>
        <translation>Izinkan menjual melebihi stok (stok berhenti di 0)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Semua file (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB; split it into smaller files.</source>
        <translation>%1 lebih besar dari 32 MB; bagi menjadi file yang lebih kecil.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>File ini tidak dapat diimpor: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 to update, %4 already there, %5 with errors.</source>
        <translation>%1 baris: %2 baru, %3 diperbarui, %4 sudah ada, %5 berisi kesalahan.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Tidak ada yang diimpor: %1</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 already there, %4 rows with errors skipped.</source>
        <translation>Diimpor: %1 baru, %2 diperbarui, %3 sudah ada, %4 baris berisi kesalahan dilewati.</translation>
    </message>
</context>
<context>
    <name>bva::ui::CurrencySummary</name>
    <message>
        <source>Revenue in %1</source>
        <translation>Pendapatan dalam %1</translation>
    </message>
    <message>
        <source>Orders: %1 · gross profit %2</source>
        <translation>Pesanan: %1 · laba kotor %2</translation>
    </message>
    <message>
        <source>Show the figures and charts in %1</source>
        <translation>Tampilkan angka dan grafik dalam %1</translation>
    </message>
    <message>
        <source>Set exchange rates</source>
        <translation>Tetapkan kurs</translation>
    </message>
    <message>
        <source>Your shops sell in %1: each currency is shown on its own, never added together. %2 to also see one total converted at your rates.</source>
        <translation>Toko Anda berjualan dalam %1: setiap mata uang ditampilkan tersendiri, tidak pernah dijumlahkan. %2 untuk juga melihat satu total yang dikonversi dengan kurs Anda.</translation>
    </message>
    <message>
        <source>All shops, converted to %1</source>
        <translation>Semua toko, dikonversi ke %1</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <source>Converted at your rates: %1</source>
        <translation>Dikonversi dengan kurs Anda: %1</translation>
    </message>
    <message>
        <source>Each currency is shown on its own; the converted total is an estimate at your rates. %1</source>
        <translation>Setiap mata uang ditampilkan tersendiri; total konversi adalah perkiraan dengan kurs Anda. %1</translation>
    </message>
    <message>
        <source>Change the rates</source>
        <translation>Ubah kurs</translation>
    </message>
    <message>
        <source>No rate for %1 yet.</source>
        <translation>Belum ada kurs untuk %1.</translation>
    </message>
    <message>
        <source>%1 to see one total converted to %2.</source>
        <translation>%1 untuk melihat satu total yang dikonversi ke %2.</translation>
    </message>
</context>
<context>
    <name>bva::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Shops in different currencies are shown separately, never added together.</source>
        <translation>Toko dengan mata uang berbeda ditampilkan terpisah, tidak pernah dijumlahkan.</translation>
    </message>
    <message>
        <source>No shops to show yet</source>
        <translation>Belum ada toko untuk ditampilkan</translation>
    </message>
    <message>
        <source>Connect a shop in Settings → Integrations. Its orders and products appear here as soon as the first sync finishes.</source>
        <translation>Hubungkan toko di Pengaturan → Integrasi. Pesanan dan produknya muncul di sini setelah sinkronisasi pertama selesai.</translation>
    </message>
    <message>
        <source>Open Integrations</source>
        <translation>Buka Integrasi</translation>
    </message>
    <message>
        <source>No orders in this period. Pick a longer range above, or wait for the next sync.</source>
        <translation>Tidak ada pesanan pada periode ini. Pilih rentang yang lebih panjang di atas, atau tunggu sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Unit terjual</translation>
    </message>
    <message>
        <source>Avg. order value</source>
        <translation>Rata-rata nilai pesanan</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>Laba kotor</translation>
    </message>
    <message>
        <source>Cancelled &amp; returned</source>
        <translation>Dibatalkan &amp; dikembalikan</translation>
    </message>
    <message>
        <source>Revenue and gross profit</source>
        <translation>Pendapatan dan laba kotor</translation>
    </message>
    <message>
        <source>Gross profit (known costs)</source>
        <translation>Laba kotor (biaya diketahui)</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Per platform</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Produk teratas</translation>
    </message>
    <message>
        <source>Stock alerts</source>
        <translation>Peringatan stok</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>Pesanan terbaru</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Memperbarui…</translation>
    </message>
    <message>
        <source>Could not load the figures: %1</source>
        <translation>Tidak dapat memuat angka: %1</translation>
    </message>
    <message>
        <source>%1 – %2, compared with %3 – %4</source>
        <translation>%1 – %2, dibandingkan dengan %3 – %4</translation>
    </message>
    <message>
        <source>Margin %1</source>
        <translation>Margin %1</translation>
    </message>
    <message>
        <source>%1 of revenue has no cost yet</source>
        <translation>%1 dari pendapatan belum memiliki biaya</translation>
    </message>
    <message>
        <source>%1 cancelled (%2) · %3 returned (%4)</source>
        <translation>%1 dibatalkan (%2) · %3 dikembalikan (%4)</translation>
    </message>
    <message>
        <source>Predicted sales</source>
        <translation>Prediksi penjualan</translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation>Hari ini sejauh ini</translation>
    </message>
    <message>
        <source>This week so far</source>
        <translation>Minggu ini sejauh ini</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>Bulan ini sejauh ini</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln order(s), %2 revenue. The line leaves it out until it is over.</source>
        <translation>
            <numerusform>%1: %Ln pesanan, pendapatan %2. Garis belum memuatnya sampai periode ini selesai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders placed in the period that were not cancelled, failed, returned or refunded, as in Reports. Those are on the Cancelled &amp; returned tile.</source>
        <translation>Pesanan dalam periode ini yang tidak dibatalkan, gagal, dikembalikan, atau di-refund, sama seperti di Laporan. Pesanan tersebut ada di ubin Dibatalkan &amp; dikembalikan.</translation>
    </message>
    <message numerus="yes">
        <source>Not counting %Ln cancelled or returned (%1 placed in all)</source>
        <translation>
            <numerusform>Tidak termasuk %Ln yang dibatalkan atau dikembalikan (total %1 pesanan)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled and returned orders are not counted</source>
        <translation>Pesanan yang dibatalkan dan dikembalikan tidak dihitung</translation>
    </message>
    <message>
        <source>%1 (today is the date in %2)</source>
        <translation>%1 (hari ini menurut tanggal di %2)</translation>
    </message>
    <message>
        <source>The shops in view are in different time zones. Each shop&apos;s figures are for its own days, midnight to midnight on its clock; today is the date in %1, the first shop&apos;s time zone. Pick one shop to see its own today.</source>
        <translation>Toko yang ditampilkan berada di zona waktu berbeda. Angka setiap toko dihitung menurut harinya sendiri, dari tengah malam ke tengah malam pada jamnya; hari ini mengikuti tanggal di %1, zona waktu toko pertama. Pilih satu toko untuk melihat hari ininya sendiri.</translation>
    </message>
</context>
<context>
    <name>bva::ui::DashboardTile</name>
    <message>
        <source>%1 vs previous period</source>
        <translation>%1 dibanding periode sebelumnya</translation>
    </message>
    <message>
        <source>No change vs previous period</source>
        <translation>Tidak ada perubahan dibanding periode sebelumnya</translation>
    </message>
    <message>
        <source>No previous period to compare</source>
        <translation>Tidak ada periode sebelumnya untuk dibandingkan</translation>
    </message>
</context>
<context>
    <name>bva::ui::DatabaseSettings</name>
    <message>
        <source>This is not a database address BVA understands: %1</source>
        <translation>Ini bukan alamat basis data yang dipahami BVA: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Menguji…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Terhubung ke %1.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Tidak dapat terhubung: %1</translation>
    </message>
    <message>
        <source>This is not a database address BVA understands.</source>
        <translation>Ini bukan alamat basis data yang dipahami BVA.</translation>
    </message>
    <message>
        <source>Restart BVA?</source>
        <translation>Mulai ulang BVA?</translation>
    </message>
    <message>
        <source>BVA opens the new database when it restarts. Your shops on the old database stay there. Restart now?</source>
        <translation>BVA membuka basis data baru saat dimulai ulang. Toko Anda di basis data lama tetap di sana. Mulai ulang sekarang?</translation>
    </message>
    <message>
        <source>Saved. The new database is used from the next start.</source>
        <translation>Disimpan. Basis data baru dipakai mulai saat berikutnya dibuka.</translation>
    </message>
    <message>
        <source>Saved. The webhook server uses it from the next start.</source>
        <translation>Disimpan. Server webhook memakainya mulai saat berikutnya dibuka.</translation>
    </message>
    <message>
        <source>The webhook server now listens on %1:%2. Update the webhook URL in your marketplaces if it changed.</source>
        <translation>Server webhook kini mendengarkan di %1:%2. Perbarui URL webhook di marketplace Anda jika berubah.</translation>
    </message>
    <message>
        <source>The webhook server could not start on %1:%2: %3</source>
        <translation>Server webhook tidak dapat dimulai di %1:%2: %3</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Berkas SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>Gunakan basis data ini</translation>
    </message>
    <message>
        <source>Webhook server</source>
        <translation>Server webhook</translation>
    </message>
    <message>
        <source>Marketplaces send live updates to this address. 127.0.0.1 accepts them only from this computer.</source>
        <translation>Marketplace mengirim pembaruan langsung ke alamat ini. 127.0.0.1 hanya menerimanya dari komputer ini.</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>Alamat bind</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Apply and restart the server</source>
        <translation>Terapkan dan mulai ulang server</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>Digunakan: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address this computer can listen on.</source>
        <translation>&quot;%1&quot; bukan alamat IP yang dapat didengarkan komputer ini.</translation>
    </message>
    <message>
        <source>The public address must be a web address, e.g. https://bva.example.com.</source>
        <translation>Alamat publik harus alamat web, mis. https://bva.example.com.</translation>
    </message>
    <message>
        <source>A TLS proxy on a trusted network fronts this server (needed to listen beyond this computer)</source>
        <translation>Proxy TLS di jaringan tepercaya berada di depan server ini (diperlukan untuk mendengarkan di luar komputer ini)</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Alamat publik</translation>
    </message>
    <message>
        <source>The address marketplaces and browsers use through the proxy. BVA answers only this name and this computer&apos;s own names.</source>
        <translation>Alamat yang dipakai marketplace dan browser melalui proxy. BVA hanya menjawab nama ini dan nama-nama komputer ini sendiri.</translation>
    </message>
    <message>
        <source>No secret vault to keep the password in.</source>
        <translation>Tidak ada brankas rahasia untuk menyimpan kata sandi.</translation>
    </message>
    <message>
        <source>The password could not be kept in the secret vault: %1</source>
        <translation>Kata sandi tidak dapat disimpan di brankas rahasia: %1</translation>
    </message>
    <message>
        <source>One seller: the SQLite file on this computer. A team: a PostgreSQL server shared by several BVA apps and bva-server. Its password is kept in this computer&apos;s secret vault (keychain), not in BVA&apos;s settings.</source>
        <translation>Satu penjual: berkas SQLite di komputer ini. Tim: server PostgreSQL yang dipakai bersama beberapa aplikasi BVA dan bva-server. Kata sandinya disimpan di brankas rahasia komputer ini (keychain), bukan di pengaturan BVA.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>unchanged: the one in the vault, if any</source>
        <translation>tidak diubah: yang ada di brankas, jika ada</translation>
    </message>
</context>
<context>
    <name>bva::ui::DateRangePopup</name>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The start must be on or before the end.</source>
        <translation>Tanggal mulai harus sama dengan atau sebelum tanggal akhir.</translation>
    </message>
    <message>
        <source>Choose at most ten years.</source>
        <translation>Pilih paling lama sepuluh tahun.</translation>
    </message>
</context>
<context>
    <name>bva::ui::DeliveriesDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>No deliveries match.</source>
        <translation>Tidak ada pengiriman yang cocok.</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries shown, newest first.</source>
        <translation>
            <numerusform>%n pengiriman ditampilkan, terbaru lebih dulu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a delivery to see its body.</source>
        <translation>Pilih pengiriman untuk melihat isinya.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Replayed and applied as delivery %1.</source>
        <translation>Diputar ulang dan diterapkan sebagai pengiriman %1.</translation>
    </message>
    <message>
        <source>A replay of delivery %1.</source>
        <translation>Putar ulang dari pengiriman %1.</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n times.</source>
        <translation>
            <numerusform>Dicoba %n kali.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply this delivery again, as if it had just arrived.</source>
        <translation>Terapkan lagi pengiriman ini, seolah baru saja tiba.</translation>
    </message>
    <message>
        <source>This delivery was already replayed and applied.</source>
        <translation>Pengiriman ini sudah diputar ulang dan diterapkan.</translation>
    </message>
    <message>
        <source>Replaying…</source>
        <translation>Memutar ulang…</translation>
    </message>
    <message>
        <source>Replayed: the delivery was applied (as delivery %1).</source>
        <translation>Diputar ulang: pengiriman diterapkan (sebagai pengiriman %1).</translation>
    </message>
    <message>
        <source>Replayed, but it failed again: %1 Fix the cause, then replay it again.</source>
        <translation>Diputar ulang, tetapi gagal lagi: %1 Perbaiki penyebabnya, lalu putar ulang lagi.</translation>
    </message>
    <message>
        <source>Webhook deliveries · %1</source>
        <translation>Pengiriman webhook · %1</translation>
    </message>
    <message>
        <source>Webhook deliveries of %1</source>
        <translation>Pengiriman webhook %1</translation>
    </message>
    <message>
        <source>Search topic, reason, body or order id</source>
        <translation>Cari topik, alasan, isi atau id pesanan</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Semua hasil</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Kapan saja</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Satu jam terakhir</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 jam terakhir</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Putar ulang</translation>
    </message>
    <message>
        <source>Secrets (tokens, signatures, passwords) are masked.</source>
        <translation>Rahasia (token, tanda tangan, kata sandi) disamarkan.</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Semua topik</translation>
    </message>
</context>
<context>
    <name>bva::ui::DeliveriesModel</name>
    <message>
        <source>Applied</source>
        <translation>Diterapkan</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Failed, replayed</source>
        <translation>Gagal, diputar ulang</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>bva::ui::DemoPanel</name>
    <message>
        <source>BVA demo</source>
        <translation>Demo BVA</translation>
    </message>
    <message>
        <source>Welcome to the BVA demo</source>
        <translation>Selamat datang di demo BVA</translation>
    </message>
    <message>
        <source>Two demo marketplaces are running on this computer with live shoppers. Connect each shop through its own consent page: log in there with the seller login below, then press Grant. Orders start arriving within minutes.</source>
        <translation>Dua marketplace demo berjalan di komputer ini dengan pembeli langsung. Hubungkan setiap toko lewat halaman persetujuannya sendiri: masuk di sana dengan login penjual di bawah, lalu tekan Grant. Pesanan mulai masuk dalam beberapa menit.</translation>
    </message>
    <message>
        <source>Seller email: %1</source>
        <translation>Email penjual: %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Kata sandi: %1</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Salin kata sandi</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Hubungkan</translation>
    </message>
    <message>
        <source>Your demo BVA login: %1 / %2</source>
        <translation>Login BVA demo Anda: %1 / %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Terhubung</translation>
    </message>
</context>
<context>
    <name>bva::ui::DesktopShell</name>
    <message>
        <source>You were signed out: this session was ended (signed out everywhere, a password change, or it expired). Sign in again to continue.</source>
        <translation>Anda telah keluar: sesi ini diakhiri (keluar dari semua perangkat, kata sandi diubah, atau sesi kedaluwarsa). Masuk lagi untuk melanjutkan.</translation>
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
        <translation>mis. %1</translation>
    </message>
    <message>
        <source>All your shops sell in %1: there is nothing to convert.</source>
        <translation>Semua toko Anda berjualan dalam %1: tidak ada yang perlu dikonversi.</translation>
    </message>
    <message>
        <source>Saved. Add a rate to see converted totals.</source>
        <translation>Tersimpan. Tambahkan kurs untuk melihat total konversi.</translation>
    </message>
    <message>
        <source>Saved. Totals are converted to %1 at these rates, and marked as converted.</source>
        <translation>Tersimpan. Total dikonversi ke %1 dengan kurs ini dan ditandai sebagai hasil konversi.</translation>
    </message>
    <message>
        <source>Rates removed: each currency is shown on its own.</source>
        <translation>Kurs dihapus: setiap mata uang ditampilkan tersendiri.</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Shops that sell in different currencies are never added together: the dashboard and reports show each currency side by side. To also see one total, choose the currency to convert into and say what one unit of each other currency is worth in it. Converted totals are always marked as converted.</source>
        <translation>Toko yang berjualan dalam mata uang berbeda tidak pernah dijumlahkan: dasbor dan laporan menampilkan setiap mata uang berdampingan. Untuk juga melihat satu total, pilih mata uang tujuan konversi dan tentukan nilai satu unit setiap mata uang lain dalam mata uang itu. Total hasil konversi selalu ditandai sebagai hasil konversi.</translation>
    </message>
    <message>
        <source>Convert totals into</source>
        <translation>Konversi total ke</translation>
    </message>
    <message>
        <source>Save rates</source>
        <translation>Simpan kurs</translation>
    </message>
    <message>
        <source>Remove rates</source>
        <translation>Hapus kurs</translation>
    </message>
</context>
<context>
    <name>bva::ui::IntegrationActions</name>
    <message>
        <source>Connecting shops is not available in this build of BVA.</source>
        <translation>Menghubungkan toko tidak tersedia di versi BVA ini.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Checking access</source>
        <translation>Memeriksa akses</translation>
    </message>
    <message>
        <source>Preparing reports</source>
        <translation>Menyiapkan laporan</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Menyelesaikan</translation>
    </message>
    <message>
        <source>The marketplace did not accept the access token: %1</source>
        <translation>Marketplace tidak menerima token akses: %1</translation>
    </message>
    <message>
        <source>This seller account does not own that shop: %1</source>
        <translation>Akun penjual ini bukan pemilik toko tersebut: %1</translation>
    </message>
    <message>
        <source>The marketplace could not be reached: %1</source>
        <translation>Marketplace tidak dapat dijangkau: %1</translation>
    </message>
    <message>
        <source>Your role on this shop does not allow this. Ask one of its admins.</source>
        <translation>Peran Anda di toko ini tidak mengizinkan hal ini. Hubungi salah satu adminnya.</translation>
    </message>
    <message>
        <source>Syncing paused.</source>
        <translation>Sinkronisasi dijeda.</translation>
    </message>
    <message>
        <source>Syncing resumed; a sync started.</source>
        <translation>Sinkronisasi dilanjutkan; sinkronisasi dimulai.</translation>
    </message>
    <message>
        <source>Syncing resumed.</source>
        <translation>Sinkronisasi dilanjutkan.</translation>
    </message>
    <message>
        <source>This shop now re-syncs every %1.</source>
        <translation>Toko ini kini disinkronkan ulang setiap %1.</translation>
    </message>
    <message>
        <source>BVA&apos;s own server is not running, so the platform cannot send you back to BVA. Check Settings → Database.</source>
        <translation>Server BVA sendiri tidak berjalan, jadi platform tidak bisa mengembalikan Anda ke BVA. Periksa Pengaturan → Basis data.</translation>
    </message>
</context>
<context>
    <name>bva::ui::IntegrationCard</name>
    <message>
        <source>Not connected</source>
        <translation>Tidak terhubung</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Menghubungkan</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Menyinkronkan</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Terhubung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Connect your %1 seller account through %1&apos;s own consent page at %2.</source>
        <translation>Hubungkan akun penjual %1 Anda lewat halaman persetujuan milik %1 di %2.</translation>
    </message>
    <message>
        <source>Shop %1</source>
        <translation>Toko %1</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>terakhir disinkronkan %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>belum disinkronkan</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 dari %3</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Hubungkan ulang</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Hubungkan</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Uji</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Putuskan</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL webhook</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Rahasia penandatanganan</translation>
    </message>
    <message>
        <source>(webhook server not running)</source>
        <translation>(server webhook tidak berjalan)</translation>
    </message>
    <message>
        <source>(created when the shop is connected)</source>
        <translation>(dibuat saat toko terhubung)</translation>
    </message>
    <message>
        <source>Copy the webhook URL</source>
        <translation>Salin URL webhook</translation>
    </message>
    <message>
        <source>Copy the signing secret</source>
        <translation>Salin rahasia penandatanganan</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Tampilkan atau sembunyikan rahasia</translation>
    </message>
    <message>
        <source>BVA keeps the products and orders it already has and tries again at the next scheduled sync; press Sync now to try at once.</source>
        <translation>BVA menyimpan produk dan pesanan yang sudah ada dan mencoba lagi pada sinkronisasi terjadwal berikutnya; tekan Sinkronkan sekarang untuk mencoba segera.</translation>
    </message>
    <message>
        <source>Deliveries with the token alone are accepted until %1 sends its first signed one; from then on only signed deliveries are.</source>
        <translation>Kiriman dengan token saja diterima sampai %1 mengirim kiriman bertanda tangan pertama; sejak itu hanya kiriman bertanda tangan yang diterima.</translation>
    </message>
    <message>
        <source>Only signed deliveries are accepted (last signed delivery %1).</source>
        <translation>Hanya kiriman bertanda tangan yang diterima (kiriman bertanda tangan terakhir %1).</translation>
    </message>
    <message>
        <source>Only signed deliveries are accepted.</source>
        <translation>Hanya kiriman bertanda tangan yang diterima.</translation>
    </message>
    <message>
        <source>Deliveries with the token alone are accepted, signed or not: anyone who holds the seller&apos;s token (%1 hands it to buyers&apos; browsers) can send updates.</source>
        <translation>Kiriman dengan token saja diterima, bertanda tangan atau tidak: siapa pun yang memegang token penjual (%1 memberikannya ke browser pembeli) dapat mengirim pembaruan.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsigned deliveries refused, the last %1.</source>
        <translation>
            <numerusform>%n kiriman tanpa tanda tangan ditolak, yang terakhir %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Kiriman</translation>
    </message>
    <message>
        <source>Signed once %1 signs (recommended)</source>
        <translation>Bertanda tangan setelah %1 menandatangani (disarankan)</translation>
    </message>
    <message>
        <source>Signed only</source>
        <translation>Hanya bertanda tangan</translation>
    </message>
    <message>
        <source>Token alone or signed</source>
        <translation>Token saja atau bertanda tangan</translation>
    </message>
    <message>
        <source>Only the shop&apos;s admin can change this.</source>
        <translation>Hanya admin toko yang dapat mengubah ini.</translation>
    </message>
    <message>
        <source>(hidden: press the eye to show it)</source>
        <translation>(tersembunyi: tekan ikon mata untuk menampilkannya)</translation>
    </message>
    <message>
        <source>You can sync and test this shop. Its admins manage the connection and its secret.</source>
        <translation>Anda dapat menyinkronkan dan menguji toko ini. Admin toko mengelola koneksi dan rahasianya.</translation>
    </message>
    <message>
        <source>You can see this shop&apos;s figures. Its admins manage the connection.</source>
        <translation>Anda dapat melihat angka toko ini. Admin toko mengelola koneksinya.</translation>
    </message>
    <message>
        <source>Syncing paused since %1. Webhooks from %2 still update BVA; nothing is fetched from %2 until syncing is resumed.</source>
        <translation>Sinkronisasi dijeda sejak %1. Webhook dari %2 tetap memperbarui BVA; tidak ada yang diambil dari %2 sampai sinkronisasi dilanjutkan.</translation>
    </message>
    <message>
        <source>BVA fetches this shop&apos;s products and orders every %1 to catch anything the webhooks missed.</source>
        <translation>BVA mengambil produk dan pesanan toko ini setiap %1 untuk menangkap apa pun yang terlewat oleh webhook.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <source>Syncing is paused. Resume it to sync.</source>
        <translation>Sinkronisasi dijeda. Lanjutkan untuk menyinkronkan.</translation>
    </message>
    <message>
        <source>Paste these into %1&apos;s webhook settings so new orders and stock changes reach BVA right away.</source>
        <translation>Tempelkan ini ke pengaturan webhook %1 agar pesanan baru dan perubahan stok langsung sampai ke BVA.</translation>
    </message>
    <message>
        <source>Re-sync</source>
        <translation>Sinkronisasi ulang</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Setiap %1</translation>
    </message>
    <message>
        <source>Resume syncing</source>
        <translation>Lanjutkan sinkronisasi</translation>
    </message>
    <message>
        <source>Pause syncing</source>
        <translation>Jeda sinkronisasi</translation>
    </message>
    <message>
        <source>Webhook deliveries…</source>
        <translation>Pengiriman webhook…</translation>
    </message>
    <message>
        <source>What the marketplace sent: each delivery, what became of it, and replay of failed ones.</source>
        <translation>Apa yang dikirim marketplace: setiap pengiriman, apa hasilnya, dan putar ulang yang gagal.</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Perlu dihubungkan ulang</translation>
    </message>
    <message>
        <source>%1 no longer accepts BVA&apos;s access, so syncing this shop has stopped; webhooks are still received. Reconnect grants access again: the shop and all its data are kept.</source>
        <translation>%1 tidak lagi menerima akses BVA, jadi sinkronisasi toko ini berhenti; webhook tetap diterima. Hubungkan ulang memberi akses lagi: toko dan semua datanya tetap disimpan.</translation>
    </message>
    <message>
        <source>sells in %1</source>
        <translation>berjualan dalam %1</translation>
    </message>
    <message>
        <source>Syncing paused since %1: nothing is fetched from %2, not even after its pushes, until syncing is resumed.</source>
        <translation>Sinkronisasi dijeda sejak %1: tidak ada yang diambil dari %2, bahkan setelah push-nya, sampai sinkronisasi dilanjutkan.</translation>
    </message>
    <message>
        <source>BVA fetches this shop&apos;s products and orders every %1, and sooner when %2 pushes a change.</source>
        <translation>BVA mengambil produk dan pesanan toko ini setiap %1, dan lebih cepat saat %2 mengirim push perubahan.</translation>
    </message>
    <message>
        <source>%1 (Open Platform)</source>
        <translation>%1 (Open Platform)</translation>
    </message>
    <message>
        <source>Push deliveries…</source>
        <translation>Pengiriman push…</translation>
    </message>
    <message>
        <source>Push URL</source>
        <translation>URL push</translation>
    </message>
    <message>
        <source>(BVA&apos;s server is not running)</source>
        <translation>(server BVA tidak berjalan)</translation>
    </message>
    <message>
        <source>Copy the push URL</source>
        <translation>Salin URL push</translation>
    </message>
    <message>
        <source>You can sync and test this shop. Its admins manage the connection.</source>
        <translation>Anda dapat menyinkronkan dan menguji toko ini. Admin toko mengelola koneksinya.</translation>
    </message>
    <message>
        <source>Pushes are set up in Lazada&apos;s App Console, not in BVA: enter this push URL under Push and subscribe to Trade order.</source>
        <translation>Push diatur di App Console Lazada, bukan di BVA: masukkan URL push ini di bagian Push dan berlangganan Trade order.</translation>
    </message>
    <message>
        <source>Pushes are set up in Shopee&apos;s app console, not in BVA: enter this push URL under Push Mechanism and turn on Order status update.</source>
        <translation>Push diatur di konsol aplikasi Shopee, bukan di BVA: masukkan URL push ini di bagian Push Mechanism dan aktifkan Order status update.</translation>
    </message>
    <message>
        <source>%1 signs each push with your platform app&apos;s key (Settings → Platform apps), so this shop has no signing secret of its own. The platform needs an https address reachable from the internet; without pushes BVA still syncs on its schedule.</source>
        <translation>%1 menandatangani setiap push dengan kunci aplikasi platform Anda (Pengaturan → Aplikasi platform), jadi toko ini tidak punya rahasia penandatanganan sendiri. Platform memerlukan alamat https yang bisa dijangkau dari internet; tanpa push BVA tetap menyinkronkan sesuai jadwalnya.</translation>
    </message>
</context>
<context>
    <name>bva::ui::IntegrationsPage</name>
    <message>
        <source>The first sync did not finish</source>
        <translation>Sinkronisasi pertama tidak selesai</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Tidak terhubung</translation>
    </message>
    <message>
        <source>Starting the first sync</source>
        <translation>Memulai sinkronisasi pertama</translation>
    </message>
    <message>
        <source>Sync started.</source>
        <translation>Sinkronisasi dimulai.</translation>
    </message>
    <message>
        <source>The marketplace answered and the token still works.</source>
        <translation>Marketplace menjawab dan token masih berlaku.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Putuskan</translation>
    </message>
    <message>
        <source>Disconnect %1? BVA stops syncing and forgets the access token and webhook secret.</source>
        <translation>Putuskan %1? BVA berhenti menyinkronkan dan melupakan token akses serta rahasia webhook.</translation>
    </message>
    <message>
        <source>Keep this shop&apos;s products, orders and reports in BVA, or delete them?</source>
        <translation>Simpan produk, pesanan, dan laporan toko ini di BVA, atau hapus?</translation>
    </message>
    <message>
        <source>Keep the data</source>
        <translation>Simpan data</translation>
    </message>
    <message>
        <source>Delete the data</source>
        <translation>Hapus data</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Terputus.</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Sinkronisasi selesai.</translation>
    </message>
    <message>
        <source>Accept deliveries without a signature?</source>
        <translation>Terima kiriman tanpa tanda tangan?</translation>
    </message>
    <message>
        <source>%1 hands the seller&apos;s token to buyers&apos; browsers. With this choice anyone holding it can send BVA orders and stock changes for this shop. Choose it only if %1 cannot sign its deliveries.</source>
        <translation>%1 memberikan token penjual ke browser pembeli. Dengan pilihan ini siapa pun yang memegangnya dapat mengirim pesanan dan perubahan stok toko ini ke BVA. Pilih ini hanya jika %1 tidak dapat menandatangani kirimannya.</translation>
    </message>
    <message>
        <source>Signing secret copied. Paste it into the marketplace&apos;s webhook settings.</source>
        <translation>Rahasia penandatanganan disalin. Tempelkan di pengaturan webhook marketplace.</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 tidak menjawab tepat waktu</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not confirm within %n second(s) that this account owns the shop. Nothing was stored. Try again in a moment.</source>
        <translation>
            <numerusform>%1 tidak mengonfirmasi dalam %n detik bahwa akun ini pemilik toko. Tidak ada yang disimpan. Coba lagi sebentar lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop is connected, but the first sync failed: %1. Try again now, or later with Sync now on the Integrations page.</source>
        <translation>Toko sudah terhubung, tetapi sinkronisasi pertama gagal: %1. Coba lagi sekarang, atau nanti dengan Sinkronkan sekarang di halaman Integrasi.</translation>
    </message>
    <message>
        <source>Already connected</source>
        <translation>Sudah terhubung</translation>
    </message>
    <message>
        <source>“%1” is already connected to BVA. To add another shop, try again and choose it on %2&apos;s page; for a shop of another %2 account, log out there first and sign in with that account.</source>
        <translation>“%1” sudah terhubung ke BVA. Untuk menambah toko lain, coba lagi dan pilih toko itu di halaman %2; untuk toko dari akun %2 lain, keluar dulu di sana lalu masuk dengan akun tersebut.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The first sync did not start</source>
        <translation>Sinkronisasi pertama tidak dimulai</translation>
    </message>
    <message>
        <source>Connecting %1</source>
        <translation>Menghubungkan %1</translation>
    </message>
    <message>
        <source>Checking with %1 that this account owns the shop…</source>
        <translation>Memeriksa ke %1 bahwa akun ini pemilik toko…</translation>
    </message>
    <message>
        <source>%1 was disconnected.</source>
        <translation>%1 telah diputuskan.</translation>
    </message>
    <message>
        <source>Connect another %1 shop</source>
        <translation>Hubungkan toko %1 lainnya</translation>
    </message>
    <message>
        <source>Sign in on %1&apos;s page and choose the shop to connect. A %1 account with several shops lets you pick one each time.</source>
        <translation>Masuk di halaman %1 dan pilih toko yang akan dihubungkan. Akun %1 dengan beberapa toko memungkinkan Anda memilih satu setiap kali.</translation>
    </message>
    <message>
        <source>Connect each marketplace shop once through the marketplace&apos;s own page. BVA only reads your products and orders; it never changes your shop. You can connect several shops of the same marketplace.</source>
        <translation>Hubungkan setiap toko marketplace sekali melalui halaman marketplace itu sendiri. BVA hanya membaca produk dan pesanan Anda; tidak pernah mengubah toko Anda. Anda dapat menghubungkan beberapa toko dari marketplace yang sama.</translation>
    </message>
    <message>
        <source>Another shop</source>
        <translation>Toko lain</translation>
    </message>
    <message>
        <source>Access was granted to “%1”, but this card is for another shop. Try again and choose the card&apos;s shop on %2&apos;s page.</source>
        <translation>Akses diberikan ke “%1”, tetapi kartu ini untuk toko lain. Coba lagi dan pilih toko kartu ini di halaman %2.</translation>
    </message>
    <message>
        <source>To connect a shop through %1, first enter your app in Settings → Platform apps.</source>
        <translation>Untuk menghubungkan toko melalui %1, masukkan dulu aplikasi Anda di Pengaturan → Aplikasi platform.</translation>
    </message>
    <message>
        <source>Shop connected. Its first sync is reading its products and orders.</source>
        <translation>Toko terhubung. Sinkronisasi pertamanya sedang membaca produk dan pesanannya.</translation>
    </message>
    <message>
        <source>Real Shopee and Lazada shops</source>
        <translation>Toko Shopee dan Lazada sungguhan</translation>
    </message>
    <message>
        <source>Connect a shop on the real Shopee or Lazada through your own app on the platform&apos;s open platform (enter it once in Settings → Platform apps). You sign in and pick the shop on the platform&apos;s own page.</source>
        <translation>Hubungkan toko di Shopee atau Lazada sungguhan melalui aplikasi Anda sendiri di open platform-nya (masukkan sekali di Pengaturan → Aplikasi platform). Anda masuk dan memilih toko di halaman platform itu sendiri.</translation>
    </message>
    <message>
        <source>Connect a Shopee shop (Open Platform)</source>
        <translation>Hubungkan toko Shopee (Open Platform)</translation>
    </message>
    <message>
        <source>Connect a Lazada shop (Open Platform)</source>
        <translation>Hubungkan toko Lazada (Open Platform)</translation>
    </message>
    <message>
        <source>Not connected: the window was closed before %1 sent you back to BVA, so BVA cancelled the authorization. Nothing was changed.</source>
        <translation>Tidak terhubung: jendela ditutup sebelum %1 mengembalikan Anda ke BVA, jadi BVA membatalkan otorisasi. Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>bva::ui::MainWindow</name>
    <message>
        <source>Profile and password</source>
        <translation>Profil dan kata sandi</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Connect a Shopee shop</source>
        <translation>Hubungkan toko Shopee</translation>
    </message>
    <message>
        <source>Connect a Lazada shop</source>
        <translation>Hubungkan toko Lazada</translation>
    </message>
    <message>
        <source>Integrations and webhooks</source>
        <translation>Integrasi dan webhook</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifikasi</translation>
    </message>
    <message>
        <source>Mark all notifications as read</source>
        <translation>Tandai semua notifikasi sudah dibaca</translation>
    </message>
    <message>
        <source>Appearance: light, dark or system</source>
        <translation>Tampilan: terang, gelap, atau sistem</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Database and server</source>
        <translation>Basis data dan server</translation>
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
        <translation>Hanya baca: BVA tidak pernah mengubah toko marketplace Anda.</translation>
    </message>
    <message>
        <source>Team: invite people and change roles</source>
        <translation>Tim: undang orang dan ubah peran</translation>
    </message>
    <message>
        <source>Activity: who did what</source>
        <translation>Aktivitas: siapa melakukan apa</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Keluar dari semua perangkat</translation>
    </message>
    <message>
        <source>Exchange rates for converted totals</source>
        <translation>Kurs untuk total konversi</translation>
    </message>
    <message>
        <source>BVA&apos;s server could not start on %1, so marketplaces cannot send live updates and no shop can be connected. Another program may be using that port, perhaps BVA open a second time: close it and start BVA again, or choose another port.</source>
        <translation>Server BVA tidak dapat dimulai di %1, sehingga marketplace tidak dapat mengirim pembaruan langsung dan tidak ada toko yang dapat dihubungkan. Mungkin program lain memakai port itu, misalnya BVA yang terbuka dua kali: tutup program itu lalu mulai BVA lagi, atau pilih port lain.</translation>
    </message>
    <message>
        <source>Choose another port…</source>
        <translation>Pilih port lain…</translation>
    </message>
</context>
<context>
    <name>bva::ui::MarketMatePage</name>
    <message>
        <source>Copy to clipboard</source>
        <translation>Salin ke papan klip</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Simpan sebagai draf</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwalkan</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Tandai selesai</translation>
    </message>
    <message>
        <source>MarketMate</source>
        <translation>MarketMate</translation>
    </message>
    <message>
        <source>Ad language</source>
        <translation>Bahasa iklan</translation>
    </message>
    <message>
        <source>No shops to promote yet</source>
        <translation>Belum ada toko untuk dipromosikan</translation>
    </message>
    <message>
        <source>Connect a shop in Settings → Integrations. MarketMate suggests promotions for slow and near-expiry items once its sales are synced.</source>
        <translation>Hubungkan toko di Pengaturan → Integrasi. MarketMate menyarankan promo untuk barang yang lambat laku dan hampir kedaluwarsa setelah penjualannya disinkronkan.</translation>
    </message>
    <message>
        <source>Suggested promotions</source>
        <translation>Saran promo</translation>
    </message>
    <message>
        <source>Ad copy</source>
        <translation>Teks iklan</translation>
    </message>
    <message>
        <source>Select a suggestion to see its ad copy.</source>
        <translation>Pilih saran untuk melihat teks iklannya.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Your own list: BVA never posts to a marketplace.</source>
        <translation>Daftar Anda sendiri: BVA tidak pernah memposting ke marketplace.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Memperbarui…</translation>
    </message>
    <message>
        <source>Could not make suggestions: %1</source>
        <translation>Tidak dapat membuat saran: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n saran</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs a promotion right now: no slow, overstocked or near-expiry items.</source>
        <translation>Saat ini tidak ada yang perlu dipromosikan: tidak ada barang yang lambat laku, stok berlebih, atau hampir kedaluwarsa.</translation>
    </message>
    <message>
        <source>Ad copy copied.</source>
        <translation>Teks iklan disalin.</translation>
    </message>
    <message>
        <source>Select a suggestion first.</source>
        <translation>Pilih saran terlebih dahulu.</translation>
    </message>
    <message>
        <source>Could not save the campaign: %1</source>
        <translation>Tidak dapat menyimpan kampanye: %1</translation>
    </message>
    <message>
        <source>Saved as a draft.</source>
        <translation>Disimpan sebagai draf.</translation>
    </message>
    <message>
        <source>Campaign scheduled.</source>
        <translation>Kampanye dijadwalkan.</translation>
    </message>
    <message>
        <source>Select a campaign first.</source>
        <translation>Pilih kampanye terlebih dahulu.</translation>
    </message>
    <message>
        <source>Campaign updated.</source>
        <translation>Kampanye diperbarui.</translation>
    </message>
    <message>
        <source>Could not list the campaigns: %1</source>
        <translation>Tidak dapat menampilkan daftar kampanye: %1</translation>
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
        <translation>toko Anda</translation>
    </message>
    <message>
        <source>New order %1</source>
        <translation>Pesanan baru %1</translation>
    </message>
    <message>
        <source>%1 received a new order.</source>
        <translation>%1 menerima pesanan baru.</translation>
    </message>
    <message>
        <source>%1 received a new order of %2.</source>
        <translation>%1 menerima pesanan baru senilai %2.</translation>
    </message>
    <message>
        <source>Out of stock: %1</source>
        <translation>Stok habis: %1</translation>
    </message>
    <message>
        <source>Low stock: %1</source>
        <translation>Stok menipis: %1</translation>
    </message>
    <message>
        <source>%1 has no stock left.</source>
        <translation>Stok %1 sudah habis.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is down to %n unit(s).</source>
        <translation>
            <numerusform>%1 tinggal %n unit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sinkronisasi gagal</translation>
    </message>
    <message>
        <source>The last sync of %1 failed: %2</source>
        <translation>Sinkronisasi terakhir %1 gagal: %2</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Perlu dihubungkan ulang</translation>
    </message>
    <message>
        <source>The %1 connection has expired. Open Settings → Integrations and reconnect.</source>
        <translation>Koneksi %1 telah kedaluwarsa. Buka Pengaturan → Integrasi dan hubungkan ulang.</translation>
    </message>
    <message>
        <source>BVA</source>
        <translation>BVA</translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n notifikasi baru</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::NotificationPanel</name>
    <message>
        <source>Notifications</source>
        <translation>Notifikasi</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Tandai semua sudah dibaca</translation>
    </message>
    <message>
        <source>Nothing new. New orders, low stock, sync problems and expired connections show up here.</source>
        <translation>Tidak ada yang baru. Pesanan baru, stok menipis, masalah sinkronisasi, dan koneksi kedaluwarsa muncul di sini.</translation>
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
        <translation>Membuka %1</translation>
    </message>
    <message>
        <source>Asking BVA&apos;s server for a new authorization link…</source>
        <translation>Meminta tautan otorisasi baru ke server BVA…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Tidak terhubung</translation>
    </message>
    <message>
        <source>Connecting your %1 shop</source>
        <translation>Menghubungkan toko %1 Anda</translation>
    </message>
    <message>
        <source>%1 sent you back to BVA. BVA is checking the authorization and reading the shop you chose…</source>
        <translation>%1 mengembalikan Anda ke BVA. BVA sedang memeriksa otorisasi dan membaca toko yang Anda pilih…</translation>
    </message>
    <message>
        <source>%1 did not connect the shop.</source>
        <translation>%1 tidak menghubungkan toko.</translation>
    </message>
    <message>
        <source>The authorization expired</source>
        <translation>Otorisasi kedaluwarsa</translation>
    </message>
    <message>
        <source>The link to %1 lasts ten minutes and was not used in time.</source>
        <translation>Tautan ke %1 berlaku sepuluh menit dan tidak dipakai tepat waktu.</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Belum ada jawaban</translation>
    </message>
    <message>
        <source>%1 sent you back to BVA, but BVA has not finished connecting the shop. If it does, the shop appears on the Integrations page.</source>
        <translation>%1 mengembalikan Anda ke BVA, tetapi BVA belum selesai menghubungkan toko. Jika selesai, toko muncul di halaman Integrasi.</translation>
    </message>
    <message>
        <source>Nothing was changed. Try again to start over.</source>
        <translation>Tidak ada yang berubah. Coba lagi untuk memulai dari awal.</translation>
    </message>
    <message>
        <source>This authorization was cancelled.</source>
        <translation>Otorisasi ini dibatalkan.</translation>
    </message>
</context>
<context>
    <name>bva::ui::OrderItemModel</name>
    <message>
        <source>No cost is known for this product, so the order&apos;s profit is not shown.</source>
        <translation>Biaya produk ini tidak diketahui, jadi laba pesanan tidak ditampilkan.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Biaya satuan</translation>
    </message>
</context>
<context>
    <name>bva::ui::OrderTableModel</name>
    <message>
        <source>Pending</source>
        <translation>Tertunda</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>Akan dikirim</translation>
    </message>
    <message>
        <source>To receive</source>
        <translation>Akan diterima</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Dana dikembalikan</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Cost unknown for at least one item, so profit is not shown.</source>
        <translation>Biaya minimal satu item tidak diketahui, jadi laba tidak ditampilkan.</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Laba</translation>
    </message>
    <message>
        <source>When the order was placed, on this computer&apos;s clock</source>
        <translation>Waktu pesanan dibuat, menurut jam komputer ini</translation>
    </message>
    <message>
        <source>When the order was placed, on the shop&apos;s clock (its time zone)</source>
        <translation>Waktu pesanan dibuat, menurut jam toko (zona waktunya)</translation>
    </message>
</context>
<context>
    <name>bva::ui::OrdersPage</name>
    <message>
        <source>‹ Newer</source>
        <translation>‹ Lebih baru</translation>
    </message>
    <message>
        <source>Older ›</source>
        <translation>Lebih lama ›</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Search order id, customer name or email</source>
        <translation>Cari ID pesanan, nama atau email pelanggan</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Semua toko</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Belum ada pesanan</translation>
    </message>
    <message>
        <source>Connect a shop in Settings → Integrations; orders arrive with the first sync and then live from webhooks.</source>
        <translation>Hubungkan toko di Pengaturan → Integrasi; pesanan masuk saat sinkronisasi pertama lalu langsung lewat webhook.</translation>
    </message>
    <message>
        <source>Select an order</source>
        <translation>Pilih pesanan</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Could not load orders: %1</source>
        <translation>Tidak dapat memuat pesanan: %1</translation>
    </message>
    <message>
        <source>%1–%2 of %3 orders</source>
        <translation>%1–%2 dari %3 pesanan</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pesanan %1</translation>
    </message>
    <message>
        <source>unknown (an item has no cost)</source>
        <translation>tidak diketahui (ada item tanpa biaya)</translation>
    </message>
    <message>
        <source>not counted as revenue</source>
        <translation>tidak dihitung sebagai pendapatan</translation>
    </message>
    <message>
        <source>%1 · %2&lt;br&gt;Placed %3 (shop day %4)&lt;br&gt;Customer %5&lt;br&gt;Status: &lt;b&gt;%6&lt;/b&gt;&lt;br&gt;Total %7 · Profit %8</source>
        <translation>%1 · %2&lt;br&gt;Dibuat %3 (hari toko %4)&lt;br&gt;Pelanggan %5&lt;br&gt;Status: &lt;b&gt;%6&lt;/b&gt;&lt;br&gt;Total %7 · Laba %8</translation>
    </message>
    <message>
        <source>Its items and status history show here.</source>
        <translation>Item dan riwayat statusnya tampil di sini.</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Riwayat status</translation>
    </message>
</context>
<context>
    <name>bva::ui::PageFactory</name>
    <message>
        <source>This page&apos;s engine is not wired into this build of BVA yet, so there is nothing to show here. BVA never shows made-up numbers: figures appear once the engine is in place and your shops are connected.</source>
        <translation>Mesin halaman ini belum terpasang di versi BVA ini, jadi belum ada yang bisa ditampilkan. BVA tidak pernah menampilkan angka karangan: angka muncul setelah mesinnya terpasang dan toko Anda terhubung.</translation>
    </message>
</context>
<context>
    <name>bva::ui::Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Products &amp; Inventory</source>
        <translation>Produk &amp; Inventaris</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>SmartShelf</source>
        <translation>SmartShelf</translation>
    </message>
    <message>
        <source>Restock Planner</source>
        <translation>Perencana Restok</translation>
    </message>
    <message>
        <source>MarketMate</source>
        <translation>MarketMate</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>bva::ui::PlatformAppsSettings</name>
    <message>
        <source>Philippines (PHP)</source>
        <translation>Filipina (PHP)</translation>
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
        <translation>Singapura (SGD)</translation>
    </message>
    <message>
        <source>(BVA&apos;s server is not running)</source>
        <translation>(server BVA tidak berjalan)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak disimpan: %1</translation>
    </message>
    <message>
        <source>Saved. You can now connect a shop with “%1” on the Integrations page.</source>
        <translation>Tersimpan. Sekarang Anda bisa menghubungkan toko dengan “%1” di halaman Integrasi.</translation>
    </message>
    <message>
        <source>Connect a Shopee shop (Open Platform)</source>
        <translation>Hubungkan toko Shopee (Open Platform)</translation>
    </message>
    <message>
        <source>Connect a Lazada shop (Open Platform)</source>
        <translation>Hubungkan toko Lazada (Open Platform)</translation>
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
        <translation>Sudah diatur</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Belum diatur</translation>
    </message>
    <message>
        <source>Your app of the type “Seller In House System” on open.shopee.com: its Partner ID and Partner Key (the test key while the app is in the sandbox).</source>
        <translation>Aplikasi Anda berjenis “Seller In House System” di open.shopee.com: Partner ID dan Partner Key-nya (kunci uji selama aplikasi masih di sandbox).</translation>
    </message>
    <message>
        <source>Your “Seller In-house APP” on open.lazada.com: its App Key and App Secret.</source>
        <translation>“Seller In-house APP” Anda di open.lazada.com: App Key dan App Secret-nya.</translation>
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
        <translation>Tersimpan di brankas BVA; biarkan kosong untuk mempertahankannya</translation>
    </message>
    <message>
        <source>Required; kept in BVA&apos;s vault, never shown again</source>
        <translation>Wajib; disimpan di brankas BVA, tidak pernah ditampilkan lagi</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Lanjutan</translation>
    </message>
    <message>
        <source>API host</source>
        <translation>Host API</translation>
    </message>
    <message>
        <source>The platform&apos;s own host is filled in. Change it only for the platform&apos;s sandbox (https), or a simulator on this computer.</source>
        <translation>Host milik platform sudah terisi. Ubah hanya untuk sandbox platform (https), atau simulator di komputer ini.</translation>
    </message>
    <message>
        <source>Authorization host</source>
        <translation>Host otorisasi</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>URL pengalihan</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL callback</translation>
    </message>
    <message>
        <source>Register the domain 127.0.0.1 as the app&apos;s redirect URL domain: Shopee sends you back to BVA on this computer after you authorize.</source>
        <translation>Daftarkan domain 127.0.0.1 sebagai domain URL pengalihan aplikasi: Shopee mengembalikan Anda ke BVA di komputer ini setelah Anda memberi otorisasi.</translation>
    </message>
    <message>
        <source>Register this as the app&apos;s callback URL: Lazada sends you back to BVA on this computer after you authorize.</source>
        <translation>Daftarkan ini sebagai URL callback aplikasi: Lazada mengembalikan Anda ke BVA di komputer ini setelah Anda memberi otorisasi.</translation>
    </message>
    <message>
        <source>Push URL</source>
        <translation>URL push</translation>
    </message>
    <message>
        <source>Optional, for updates within seconds: the platform needs an https address reachable from the internet (a public URL for BVA&apos;s server). Without it BVA still syncs on its schedule.</source>
        <translation>Opsional, untuk pembaruan dalam hitungan detik: platform memerlukan alamat https yang bisa dijangkau dari internet (URL publik untuk server BVA). Tanpa itu BVA tetap menyinkronkan sesuai jadwalnya.</translation>
    </message>
    <message>
        <source>Copy the URL</source>
        <translation>Salin URL</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>To read a shop on the real Shopee or Lazada, BVA uses your own app on the platform&apos;s open platform. Register the app once on the platform&apos;s console, enter it here, then connect each shop on the Integrations page. BVA only reads; it never changes your shop.</source>
        <translation>Untuk membaca toko di Shopee atau Lazada sungguhan, BVA memakai aplikasi Anda sendiri di open platform-nya. Daftarkan aplikasi sekali di konsol platform, masukkan di sini, lalu hubungkan setiap toko di halaman Integrasi. BVA hanya membaca; tidak pernah mengubah toko Anda.</translation>
    </message>
</context>
<context>
    <name>bva::ui::PredictedSalesChart</name>
    <message>
        <source>No forecast yet. BVA forecasts each product&apos;s sales after a shop&apos;s sync finishes; the predicted sales appear here then.</source>
        <translation>Belum ada prediksi. BVA memprediksi penjualan setiap produk setelah sinkronisasi toko selesai; prediksi penjualan akan muncul di sini.</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Interval 95%</translation>
    </message>
    <message>
        <source>Predicted units</source>
        <translation>Prediksi unit</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s): about %1 units</source>
        <translation>
            <numerusform>%n hari ke depan: sekitar %1 unit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at today&apos;s prices</source>
        <translation>%1 dengan harga saat ini</translation>
    </message>
</context>
<context>
    <name>bva::ui::ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation>Ubah produk</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Produk baru</translation>
    </message>
    <message>
        <source>e.g. 199.50</source>
        <translation>mis. 199.50</translation>
    </message>
    <message>
        <source>optional: what one unit costs you</source>
        <translation>opsional: modal Anda untuk satu unit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>There is no BVA channel you may add products to.</source>
        <translation>Tidak ada channel BVA yang boleh Anda tambahi produk.</translation>
    </message>
    <message>
        <source>Give the product a name.</source>
        <translation>Beri nama produk.</translation>
    </message>
    <message>
        <source>Give the product a SKU (your own code for it, unique in the channel).</source>
        <translation>Beri SKU untuk produk (kode Anda sendiri, unik di channel).</translation>
    </message>
    <message>
        <source>Price: write an amount like 199.50 (at most %1 decimals).</source>
        <translation>Harga: tulis jumlah seperti 199.50 (paling banyak %1 desimal).</translation>
    </message>
    <message>
        <source>Cost: write an amount like 120.00, or leave it empty.</source>
        <translation>Modal: tulis jumlah seperti 120.00, atau biarkan kosong.</translation>
    </message>
    <message>
        <source>Remove product…</source>
        <translation>Hapus produk…</translation>
    </message>
    <message>
        <source>Take it off your BVA channel; its past sales stay in your reports</source>
        <translation>Keluarkan dari kanal BVA Anda; penjualan sebelumnya tetap ada di laporan Anda</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Hapus produk</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from %2? Its past sales stay in orders and reports; it leaves Products, SmartShelf and restock plans, and its SKU can be used again.</source>
        <translation>Hapus &quot;%1&quot; dari %2? Penjualan sebelumnya tetap ada di pesanan dan laporan; produk ini keluar dari Products, SmartShelf dan rencana restok, dan SKU-nya bisa dipakai lagi.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>bva::ui::ProductTableModel</name>
    <message>
        <source>In stock</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stok menipis</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Stok habis</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Stock state</source>
        <translation>Status stok</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Unit terjual</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation>Tingkat terjual</translation>
    </message>
    <message>
        <source>Days of inventory</source>
        <translation>Hari persediaan</translation>
    </message>
</context>
<context>
    <name>bva::ui::ProductsPage</name>
    <message>
        <source>Products &amp; Inventory</source>
        <translation>Produk &amp; Inventaris</translation>
    </message>
    <message>
        <source>Search name, SKU or category</source>
        <translation>Cari nama, SKU, atau kategori</translation>
    </message>
    <message>
        <source>Any stock state</source>
        <translation>Semua status stok</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Semua toko</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>Belum ada produk</translation>
    </message>
    <message>
        <source>Select a product</source>
        <translation>Pilih produk</translation>
    </message>
    <message>
        <source>Its daily sales and stock history show here.</source>
        <translation>Penjualan harian dan riwayat stoknya tampil di sini.</translation>
    </message>
    <message>
        <source>Units sold per day</source>
        <translation>Unit terjual per hari</translation>
    </message>
    <message>
        <source>Stock history</source>
        <translation>Riwayat stok</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Price %4 · Cost %5&lt;br&gt;Stock %6 (%7) · Sold %8 in range · Revenue %9&lt;br&gt;Sell-through %10 · Days of inventory %11</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Harga %4 · Biaya %5&lt;br&gt;Stok %6 (%7) · Terjual %8 dalam rentang · Pendapatan %9&lt;br&gt;Tingkat terjual %10 · Hari persediaan %11</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Produk baru</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Ubah produk</translation>
    </message>
    <message>
        <source>Record sale</source>
        <translation>Catat penjualan</translation>
    </message>
    <message>
        <source>Connect a shop in Settings → Integrations; its products are listed here after the first sync. Products you sell outside the marketplaces: add them with New product.</source>
        <translation>Hubungkan toko di Pengaturan → Integrasi; produknya tampil di sini setelah sinkronisasi pertama. Produk yang Anda jual di luar marketplace: tambahkan dengan Produk baru.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Impor CSV</translation>
    </message>
    <message>
        <source>Import products from CSV…</source>
        <translation>Impor produk dari CSV…</translation>
    </message>
    <message>
        <source>Import sales from CSV…</source>
        <translation>Impor penjualan dari CSV…</translation>
    </message>
    <message>
        <source>A product you sell outside the marketplaces, kept in your BVA channel</source>
        <translation>Produk yang Anda jual di luar marketplace, disimpan di channel BVA Anda</translation>
    </message>
    <message>
        <source>A walk-in or other offline sale of your BVA channel&apos;s products</source>
        <translation>Penjualan langsung atau offline lain dari produk channel BVA Anda</translation>
    </message>
    <message>
        <source>Marketplace products are changed on the marketplace</source>
        <translation>Produk marketplace diubah di marketplace</translation>
    </message>
    <message>
        <source>Your role on this channel does not allow changes</source>
        <translation>Peran Anda di channel ini tidak mengizinkan perubahan</translation>
    </message>
    <message>
        <source>BVA channel</source>
        <translation>Channel BVA</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln product(s)</source>
        <translation>
            <numerusform>%1 dari %Ln produk</numerusform>
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
        <translation>Tanpa diskon</translation>
    </message>
    <message>
        <source>%1% (range %2–%3%)</source>
        <translation>%1% (rentang %2–%3%)</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (sebelumnya %2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Promo price</source>
        <translation>Harga promo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>bva::ui::ReportsPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Per hari</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Per minggu</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Per bulan</translation>
    </message>
    <message>
        <source>No shops to report on</source>
        <translation>Tidak ada toko untuk dilaporkan</translation>
    </message>
    <message>
        <source>Connect a shop in Settings → Integrations; reports cover its orders and products once the first sync is done.</source>
        <translation>Hubungkan toko di Pengaturan → Integrasi; laporan mencakup pesanan dan produknya setelah sinkronisasi pertama selesai.</translation>
    </message>
    <message>
        <source>Could not build the report: %1</source>
        <translation>Tidak dapat membuat laporan: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No report to export yet.</source>
        <translation>Belum ada laporan untuk diekspor.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>Tidak dapat menyimpan berkas: %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>How the report splits the date range into periods. Automatic: by day up to three months, by week up to a year and a half, else by month.</source>
        <translation>Cara laporan membagi rentang tanggal menjadi periode. Otomatis: per hari hingga tiga bulan, per minggu hingga satu setengah tahun, selebihnya per bulan.</translation>
    </message>
    <message>
        <source>Report periods</source>
        <translation>Periode laporan</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>bva::ui::RestockPage</name>
    <message>
        <source>Payday effects</source>
        <translation>Efek gajian</translation>
    </message>
    <message>
        <source>Mega-sale effects</source>
        <translation>Efek mega sale</translation>
    </message>
    <message>
        <source>Make plan</source>
        <translation>Buat rencana</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Restock Planner</source>
        <translation>Perencana Restok</translation>
    </message>
    <message>
        <source>No shops to plan for yet</source>
        <translation>Belum ada toko untuk direncanakan</translation>
    </message>
    <message>
        <source>Connect a shop in Settings → Integrations. The planner turns its sales forecasts into a shopping list for the budget you set.</source>
        <translation>Hubungkan toko di Pengaturan → Integrasi. Perencana mengubah prediksi penjualannya menjadi daftar belanja sesuai anggaran yang Anda tetapkan.</translation>
    </message>
    <message>
        <source>What to plan for</source>
        <translation>Pengaturan rencana</translation>
    </message>
    <message>
        <source>The money you can spend on stock now, in the shop currency.</source>
        <translation>Uang yang bisa Anda belanjakan untuk stok sekarang, dalam mata uang toko.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Seimbang</translation>
    </message>
    <message>
        <source>Most profit</source>
        <translation>Laba terbesar</translation>
    </message>
    <message>
        <source>Most units sold</source>
        <translation>Unit terjual terbanyak</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Cover sales for</source>
        <translation>Cukup untuk penjualan</translation>
    </message>
    <message>
        <source>Supplier lead time</source>
        <translation>Waktu tunggu pemasok</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Tingkat layanan</translation>
    </message>
    <message>
        <source>Expect the payday lift learned from your sales (15th and month end).</source>
        <translation>Perhitungkan kenaikan saat gajian yang dipelajari dari penjualan Anda (tanggal 15 dan akhir bulan).</translation>
    </message>
    <message>
        <source>Expect the lift learned from mega-sale days (11.11, 12.12, …).</source>
        <translation>Perhitungkan kenaikan yang dipelajari dari hari mega sale (11.11, 12.12, …).</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Anggaran terpakai</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Merencanakan…</translation>
    </message>
    <message>
        <source>Could not make the plan: %1</source>
        <translation>Tidak dapat membuat rencana: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) to buy</source>
        <translation>
            <numerusform>%n produk untuk dibeli</numerusform>
        </translation>
    </message>
    <message>
        <source>expected revenue %1, expected profit %2</source>
        <translation>perkiraan pendapatan %1, perkiraan laba %2</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) below the reorder point</source>
        <translation>
            <numerusform>%n produk di bawah titik pesan ulang</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a budget to see what it buys; the recommended quantities need no budget.</source>
        <translation>Masukkan anggaran untuk melihat apa yang bisa dibeli; jumlah yang disarankan tidak memerlukan anggaran.</translation>
    </message>
    <message>
        <source>No plan to export yet.</source>
        <translation>Belum ada rencana untuk diekspor.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>Tidak dapat menyimpan berkas: %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Shopping list</source>
        <translation>Daftar belanja</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>mis. %1</translation>
    </message>
    <message>
        <source>Budget: enter an amount in %1, like %2 or %3.</source>
        <translation>Anggaran: masukkan jumlah dalam %1, misalnya %2 atau %3.</translation>
    </message>
    <message>
        <source>The share of what buyers ask for that should be served from stock. For products that sell in large, irregular amounts: how often the stock should last until the next delivery. Higher needs more safety stock.</source>
        <translation>Bagian dari permintaan pembeli yang harus terlayani dari stok. Untuk produk yang terjual dalam jumlah besar dan tidak teratur: seberapa sering stok harus cukup sampai pengiriman berikutnya. Makin tinggi, makin banyak stok pengaman yang dibutuhkan.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>bva::ui::RestockPlanModel</name>
    <message>
        <source>Priority: 1 is the most urgent.</source>
        <translation>Prioritas: 1 paling mendesak.</translation>
    </message>
    <message>
        <source>Units expected to sell over the lead time plus the horizon.</source>
        <translation>Unit yang diperkirakan terjual selama waktu tunggu ditambah periode rencana.</translation>
    </message>
    <message>
        <source>Below this stock the product runs out before a new order arrives.</source>
        <translation>Di bawah stok ini, produk akan habis sebelum pesanan baru tiba.</translation>
    </message>
    <message>
        <source>What the budget buys.</source>
        <translation>Yang bisa dibeli dengan anggaran.</translation>
    </message>
    <message>
        <source>Revenue from the extra units these items are expected to sell.</source>
        <translation>Pendapatan dari unit tambahan yang diperkirakan terjual dari barang ini.</translation>
    </message>
    <message>
        <source>Expected revenue minus the cost of the order.</source>
        <translation>Perkiraan pendapatan dikurangi biaya pesanan.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Stok pengaman</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Pesan ulang di</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Dibutuhkan</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Beli</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Laba</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Extra units held against demand above the forecast (service level). Below zero when the level is a fill rate and a large order may wait a little past the expected sales of the lead time.</source>
        <translation>Unit tambahan yang disiapkan untuk permintaan di atas prediksi (tingkat layanan). Di bawah nol bila tingkatnya berupa fill rate dan pesanan besar boleh menunggu sedikit melewati perkiraan penjualan selama waktu tunggu.</translation>
    </message>
    <message>
        <source>What the product needs, rounded to the minimum order and pack size. For products that sell in large, irregular amounts, sales expected to be missed for lack of stock before the delivery arrives are not made up.</source>
        <translation>Yang dibutuhkan produk, dibulatkan ke pesanan minimum dan ukuran kemasan. Untuk produk yang terjual dalam jumlah besar dan tidak teratur, penjualan yang diperkirakan hilang karena stok habis sebelum kiriman tiba tidak diganti.</translation>
    </message>
    <message>
        <source>Below zero: the service level is a fill rate, and this product&apos;s orders are large enough that the next one may arrive a little after the expected sales of the lead time without missing more sales than the level allows.</source>
        <translation>Di bawah nol: tingkat layanan berupa fill rate, dan pesanan produk ini cukup besar sehingga pesanan berikutnya boleh tiba sedikit setelah perkiraan penjualan selama lead time tanpa kehilangan penjualan lebih banyak dari yang diizinkan tingkat itu.</translation>
    </message>
</context>
<context>
    <name>bva::ui::SaleDialog</name>
    <message>
        <source>Add line</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <source>Record sale</source>
        <translation>Catat penjualan</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opsional</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
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
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>This channel has no products yet: add one with New product first.</source>
        <translation>Channel ini belum punya produk: tambahkan dulu dengan Produk baru.</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 in stock</source>
        <translation>%1 (%2) · stok %3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Total —</source>
        <translation>Total —</translation>
    </message>
    <message>
        <source>Line %1: write the unit price like 199.50 (at most %2 decimals).</source>
        <translation>Baris %1: tulis harga satuan seperti 199.50 (paling banyak %2 desimal).</translation>
    </message>
    <message>
        <source>Add at least one product to the sale.</source>
        <translation>Tambahkan setidaknya satu produk ke penjualan.</translation>
    </message>
    <message>
        <source>%1: %2 in stock, selling %3</source>
        <translation>%1: stok %2, menjual %3</translation>
    </message>
    <message>
        <source>Not enough stock. %1. Sell anyway? The stock stops at 0.</source>
        <translation>Stok tidak cukup. %1. Tetap jual? Stok berhenti di 0.</translation>
    </message>
    <message>
        <source>Sell anyway</source>
        <translation>Tetap jual</translation>
    </message>
</context>
<context>
    <name>bva::ui::SeriesTableModel</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>Laba kotor</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Revenue with unknown cost</source>
        <translation>Pendapatan dengan biaya tidak diketahui</translation>
    </message>
</context>
<context>
    <name>bva::ui::SettingsPage</name>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrasi</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitas</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Platform apps</source>
        <translation>Aplikasi platform</translation>
    </message>
    <message>
        <source>Language and look</source>
        <translation>Bahasa dan tampilan</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
</context>
<context>
    <name>bva::ui::ShelfTableModel</name>
    <message>
        <source>Stock-out before restock</source>
        <translation>Habis sebelum restok</translation>
    </message>
    <message>
        <source>Near expiry</source>
        <translation>Hampir kedaluwarsa</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Slow moving</source>
        <translation>Lambat laku</translation>
    </message>
    <message>
        <source>Overstock</source>
        <translation>Stok berlebih</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Risk kinds</source>
        <translation>Jenis risiko</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Tindakan yang disarankan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
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
        <translation>Semua produk</translation>
    </message>
    <message>
        <source>At risk only</source>
        <translation>Hanya yang berisiko</translation>
    </message>
    <message>
        <source>Show only the products with this risk</source>
        <translation>Tampilkan hanya produk dengan risiko ini</translation>
    </message>
    <message>
        <source>No shops to check yet</source>
        <translation>Belum ada toko untuk diperiksa</translation>
    </message>
    <message>
        <source>Connect a shop in Settings → Integrations. SmartShelf scores every product for stock-out, expiry and slow-moving risk once its sales are synced.</source>
        <translation>Hubungkan toko di Pengaturan → Integrasi. SmartShelf menilai risiko kehabisan stok, kedaluwarsa, dan lambat laku setiap produk setelah penjualannya disinkronkan.</translation>
    </message>
    <message>
        <source>Products by risk</source>
        <translation>Produk menurut risiko</translation>
    </message>
    <message>
        <source>Select a product to read SmartShelf&apos;s reasoning.</source>
        <translation>Pilih produk untuk membaca alasan SmartShelf.</translation>
    </message>
    <message>
        <source>Expired items</source>
        <translation>Barang kedaluwarsa</translation>
    </message>
    <message>
        <source>Nothing in stock has passed its expiry date.</source>
        <translation>Tidak ada stok yang melewati tanggal kedaluwarsa.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Memperbarui…</translation>
    </message>
    <message>
        <source>Could not score the products: %1</source>
        <translation>Tidak dapat menilai produk: %1</translation>
    </message>
    <message>
        <source>%1 products · %2 at risk · %3 expired</source>
        <translation>%1 produk · %2 berisiko · %3 kedaluwarsa</translation>
    </message>
    <message>
        <source>risk %1 of 100 (%2)</source>
        <translation>risiko %1 dari 100 (%2)</translation>
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
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>When (shop time)</source>
        <translation>Kapan (waktu toko)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Pertama terlihat</translation>
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
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
</context>
<context>
    <name>bva::ui::SyncInterval</name>
    <message>
        <source>1 hour</source>
        <translation>1 jam</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 menit</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 menit</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 detik</translation>
    </message>
</context>
<context>
    <name>bva::ui::TablePage</name>
    <message>
        <source>All platforms</source>
        <translation>Semua platform</translation>
    </message>
    <message>
        <source>Open Integrations</source>
        <translation>Buka Integrasi</translation>
    </message>
</context>
<context>
    <name>bva::ui::TeamPage</name>
    <message>
        <source>Remove from the team</source>
        <translation>Keluarkan dari tim</translation>
    </message>
    <message>
        <source>Remove %1 from this shop? They stop seeing its figures at once.</source>
        <translation>Keluarkan %1 dari toko ini? Aksesnya ke angka toko ini langsung berakhir.</translation>
    </message>
    <message>
        <source>Leave this shop</source>
        <translation>Tinggalkan toko ini</translation>
    </message>
    <message>
        <source>Leave this shop&apos;s team? You stop seeing its figures until an admin invites you again.</source>
        <translation>Keluar dari tim toko ini? Anda tidak dapat melihat angkanya lagi sampai admin mengundang Anda kembali.</translation>
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
        <translation>Pelihat</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(Anda)</translation>
    </message>
    <message>
        <source>Connect a shop, or accept an invitation, to work with a team.</source>
        <translation>Hubungkan toko, atau terima undangan, untuk bekerja dalam tim.</translation>
    </message>
    <message>
        <source>You are an admin of this shop: you can invite people, change roles and remove members. A shop always keeps at least one admin.</source>
        <translation>Anda admin toko ini: Anda dapat mengundang orang, mengubah peran, dan mengeluarkan anggota. Toko selalu memiliki minimal satu admin.</translation>
    </message>
    <message>
        <source>You are an editor of this shop: you can sync it and plan restocks. Its admins manage the team.</source>
        <translation>Anda editor toko ini: Anda dapat menyinkronkannya dan merencanakan restok. Admin toko mengelola tim.</translation>
    </message>
    <message>
        <source>You are a viewer of this shop: you can see its figures. Its admins manage the team.</source>
        <translation>Anda pelihat toko ini: Anda dapat melihat angkanya. Admin toko mengelola tim.</translation>
    </message>
    <message>
        <source>Your role on this shop does not allow this. Ask one of its admins.</source>
        <translation>Peran Anda di toko ini tidak mengizinkan hal ini. Hubungi salah satu adminnya.</translation>
    </message>
    <message>
        <source>Role changed to %1.</source>
        <translation>Peran diubah menjadi %1.</translation>
    </message>
    <message>
        <source>You left the shop&apos;s team.</source>
        <translation>Anda telah keluar dari tim toko.</translation>
    </message>
    <message>
        <source>Removed from the team.</source>
        <translation>Dikeluarkan dari tim.</translation>
    </message>
    <message>
        <source>Invitation withdrawn.</source>
        <translation>Undangan ditarik.</translation>
    </message>
    <message>
        <source>You joined the shop&apos;s team. Its figures are on every page now.</source>
        <translation>Anda telah bergabung dengan tim toko. Angkanya kini ada di setiap halaman.</translation>
    </message>
    <message>
        <source>Invitation declined.</source>
        <translation>Undangan ditolak.</translation>
    </message>
    <message>
        <source>Invitations for you</source>
        <translation>Undangan untuk Anda</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Diundang oleh</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Terima</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Ubah peran</translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Keluarkan dari tim</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>Undangan tertunda</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>Berlaku hingga</translation>
    </message>
    <message>
        <source>Withdraw invitation</source>
        <translation>Tarik undangan</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Undang seseorang</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nama@example.com</translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation>Kirim undangan</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Disalin</translation>
    </message>
    <message>
        <source>Waiting for the code</source>
        <translation>Menunggu kode</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n wrong code(s): invite again</source>
        <translation>
            <numerusform>Terkunci setelah %n kode salah: undang lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>Made before invitation codes: invite again</source>
        <translation>Dibuat sebelum ada kode undangan: undang lagi</translation>
    </message>
    <message>
        <source>This invitation cannot be accepted. Invite the same email again to get a new invitation code; it replaces this one.</source>
        <translation>Undangan ini tidak dapat diterima. Undang email yang sama lagi untuk mendapatkan kode undangan baru; undangan itu menggantikan yang ini.</translation>
    </message>
    <message>
        <source>Invitation made for %1. It waits for them in Settings → Team; they need the code below to accept it.</source>
        <translation>Undangan dibuat untuk %1. Undangan menunggu di Pengaturan → Tim; mereka memerlukan kode di bawah untuk menerimanya.</translation>
    </message>
    <message>
        <source>To accept, enter the invitation code the shop&apos;s admin gave you. It proves the invitation is meant for you; BVA never sends it by email.</source>
        <translation>Untuk menerima, masukkan kode undangan yang diberikan admin toko kepada Anda. Kode itu membuktikan bahwa undangan ini memang untuk Anda; BVA tidak pernah mengirimkannya lewat email.</translation>
    </message>
    <message>
        <source>Invitation code, e.g. ABCD-EFGH-JKMN-PQRS</source>
        <translation>Kode undangan, mis. ABCD-EFGH-JKMN-PQRS</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Viewers see the figures; editors also sync and plan restocks; admins also manage the connection, its secret and the team. The invitation waits for the account with this email on this database; nothing is sent by email. You get a one-time invitation code to hand over yourself.</source>
        <translation>Pelihat melihat angka; editor juga dapat menyinkronkan dan merencanakan restok; admin juga mengelola koneksi, rahasianya, dan tim. Undangan menunggu akun dengan email ini di basis data ini; tidak ada yang dikirim lewat email. Anda mendapat kode undangan sekali pakai untuk Anda serahkan sendiri.</translation>
    </message>
    <message>
        <source>Invitation code for %1</source>
        <translation>Kode undangan untuk %1</translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation>Salin kode ke papan klip</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Give this code to %1 yourself, by a channel you trust: in person, by phone, or in a chat you know is theirs. They need it to accept the invitation. It is shown only now and BVA keeps no copy: if it is lost, invite the same email again for a new code.</source>
        <translation>Berikan kode ini kepada %1 sendiri, lewat saluran yang Anda percayai: langsung, lewat telepon, atau di obrolan yang Anda tahu milik mereka. Mereka memerlukannya untuk menerima undangan. Kode hanya ditampilkan sekarang dan BVA tidak menyimpan salinannya: jika hilang, undang email yang sama lagi untuk kode baru.</translation>
    </message>
</context>
<context>
    <name>bva::ui::TopBar</name>
    <message>
        <source>All shops</source>
        <translation>Semua toko</translation>
    </message>
    <message>
        <source>All Shopee shops</source>
        <translation>Semua toko Shopee</translation>
    </message>
    <message>
        <source>All Lazada shops</source>
        <translation>Semua toko Lazada</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n notifikasi belum dibaca</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>Tidak ada notifikasi yang belum dibaca</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
    <message>
        <source>Live · waiting for events</source>
        <translation>Langsung · menunggu peristiwa</translation>
    </message>
    <message>
        <source>Live · last event just now</source>
        <translation>Langsung · peristiwa terakhir baru saja</translation>
    </message>
    <message numerus="yes">
        <source>Live · last event %n min ago</source>
        <translation>
            <numerusform>Langsung · peristiwa terakhir %n menit lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>Live · last event %1</source>
        <translation>Langsung · peristiwa terakhir %1</translation>
    </message>
    <message>
        <source>Webhook server listening on %1</source>
        <translation>Server webhook mendengarkan di %1</translation>
    </message>
    <message>
        <source>The webhook server is not running: marketplaces cannot send live updates.</source>
        <translation>Server webhook tidak berjalan: marketplace tidak dapat mengirim pembaruan langsung.</translation>
    </message>
    <message>
        <source>Search or jump to…  Ctrl+K</source>
        <translation>Cari atau lompat ke…  Ctrl+K</translation>
    </message>
    <message>
        <source>Show figures for all shops, one marketplace or one shop</source>
        <translation>Tampilkan angka untuk semua toko, satu marketplace, atau satu toko</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 hari terakhir</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <source>The days every page shows</source>
        <translation>Hari yang ditampilkan setiap halaman</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Rentang khusus…</translation>
    </message>
    <message>
        <source>All BVA channels (own products, offline sales)</source>
        <translation>Semua channel BVA (produk sendiri, penjualan offline)</translation>
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
        <translation>Memperbarui data Anda untuk versi BVA ini</translation>
    </message>
    <message>
        <source>This happens once after an update. With many orders it can take a minute; please keep BVA open. Nothing is lost if it is interrupted.</source>
        <translation>Ini terjadi sekali setelah pembaruan. Dengan banyak pesanan, prosesnya bisa memakan waktu sekitar satu menit; biarkan BVA tetap terbuka. Tidak ada yang hilang jika terputus.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Langkah %1 dari %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>BVA cannot start</source>
        <translation>BVA tidak dapat dimulai</translation>
    </message>
    <message>
        <source>The database could not be opened: %1

Start BVA with --db to choose another database.</source>
        <translation>Basis data tidak dapat dibuka: %1

Jalankan BVA dengan --db untuk memilih basis data lain.</translation>
    </message>
    <message>
        <source>The demo cannot start</source>
        <translation>Demo tidak dapat dimulai</translation>
    </message>
    <message>
        <source>BVA can read its database but not save to it: %1, or its folder, is read-only. Nothing in it was changed.

Allow your user account to change the file and its folder, then start BVA again, or start BVA with --db to choose another database.</source>
        <translation>BVA dapat membaca databasenya tetapi tidak dapat menyimpan ke sana: %1, atau foldernya, hanya-baca. Tidak ada yang diubah di dalamnya.

Izinkan akun pengguna Anda mengubah file dan foldernya, lalu mulai BVA lagi, atau mulai BVA dengan --db untuk memilih database lain.</translation>
    </message>
</context>
</TS>
