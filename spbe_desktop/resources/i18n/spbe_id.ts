<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Import internal &amp;assessment…</source>
        <translation>Impor penilaian &amp;internal…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navigasi</translation>
    </message>
    <message>
        <source>&amp;Package</source>
        <translation>&amp;Paket</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Ba&amp;hasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>Ruang kerja &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>B&amp;uka ruang kerja…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Buka yang &amp;terakhir</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Buka ruang kerja &amp;demo</translation>
    </message>
    <message>
        <source>Open the coordinator de&amp;mo</source>
        <translation>Buka de&amp;mo koordinator</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>T&amp;utup ruang kerja</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Pulihkan &amp;cadangan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>&amp;Attach evidence…</source>
        <translation>&amp;Lampirkan bukti dukung…</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Ringkasan</translation>
    </message>
    <message>
        <source>&amp;Previous indicator</source>
        <translation>Indikator &amp;sebelumnya</translation>
    </message>
    <message>
        <source>&amp;Next indicator</source>
        <translation>Indikator &amp;berikutnya</translation>
    </message>
    <message>
        <source>Go to the indicator &amp;list</source>
        <translation>Ke &amp;daftar indikator</translation>
    </message>
    <message>
        <source>Go to the &amp;justification</source>
        <translation>Ke &amp;justifikasi</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>&amp;Kirim paket…</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>&amp;Cetak ringkasan…</translation>
    </message>
    <message>
        <source>Write the p&amp;ortal folder…</source>
        <translation>Tulis f&amp;older portal…</translation>
    </message>
    <message>
        <source>&amp;Verify package…</source>
        <translation>&amp;Periksa paket…</translation>
    </message>
    <message>
        <source>Open &amp;assignment…</source>
        <translation>Buka pen&amp;ugasan…</translation>
    </message>
    <message>
        <source>&amp;Receive receipt / review…</source>
        <translation>&amp;Terima tanda terima / reviu…</translation>
    </message>
    <message>
        <source>&amp;Target plan…</source>
        <translation>Rencana t&amp;arget…</translation>
    </message>
    <message>
        <source>&amp;Change key passphrase…</source>
        <translation>&amp;Ganti kata sandi kunci…</translation>
    </message>
    <message>
        <source>&amp;Help for this screen</source>
        <translation>&amp;Bantuan untuk layar ini</translation>
    </message>
    <message>
        <source>Help &amp;contents</source>
        <translation>&amp;Daftar isi bantuan</translation>
    </message>
    <message>
        <source>Short &amp;tour</source>
        <translation>Tu&amp;r singkat</translation>
    </message>
    <message>
        <source>&amp;User guide (PDF)…</source>
        <translation>Panduan &amp;Pengguna (PDF)…</translation>
    </message>
    <message>
        <source>&amp;About SPBE Desktop</source>
        <translation>&amp;Tentang SPBE Desktop</translation>
    </message>
    <message>
        <source>Import the portal&apos;s item &amp;list…</source>
        <translation>Impor &amp;daftar butir portal…</translation>
    </message>
</context>
<context>
    <name>AspectProfile</name>
    <message>
        <source>Aspect profile (no target index set)</source>
        <translation>Profil aspek (target indeks belum ditetapkan)</translation>
    </message>
    <message>
        <source>Aspect profile against the target index</source>
        <translation>Profil aspek terhadap target indeks</translation>
    </message>
    <message>
        <source>Period {0}</source>
        <translation>Periode {0}</translation>
    </message>
</context>
<context>
    <name>AssignmentCommands</name>
    <message>
        <source>Import the internal assessment</source>
        <translation>Impor penilaian internal</translation>
    </message>
    <message>
        <source>Internal assessment recorded</source>
        <translation>Penilaian internal dicatat</translation>
    </message>
    <message>
        <source>{0} item verdicts recorded; {1} items sent back. Choose the filter “Needs revision (assessors)” to see them.</source>
        <translation>{0} putusan butir dicatat; {1} butir dikembalikan. Pilih tampilan “Perlu revisi (asesor)” untuk melihatnya.</translation>
    </message>
    <message>
        <source>Reading the assessment…</source>
        <translation>Membaca penilaian…</translation>
    </message>
    <message>
        <source>Open an assignment</source>
        <translation>Buka penugasan</translation>
    </message>
    <message>
        <source>Apply this assignment to the open workspace “{0}”?

Choose No to create a new workspace from it instead.</source>
        <translation>Terapkan penugasan ini ke ruang kerja yang terbuka “{0}”?

Pilih Tidak untuk membuat ruang kerja baru dari penugasan ini.</translation>
    </message>
    <message>
        <source>Checking the assignment…</source>
        <translation>Memeriksa penugasan…</translation>
    </message>
    <message>
        <source>Assignment opened</source>
        <translation>Penugasan dibuka</translation>
    </message>
    <message>
        <source>Assignment from {0} for {1}.

Indicators to answer: {2}
Deadline: {3}</source>
        <translation>Penugasan dari {0} untuk {1}.

Indikator yang dijawab: {2}
Batas waktu: {3}</translation>
    </message>
    <message>
        <source>Opening the assignment…</source>
        <translation>Membuka penugasan…</translation>
    </message>
    <message>
        <source>Receive a receipt or review</source>
        <translation>Terima tanda terima atau reviu</translation>
    </message>
    <message>
        <source>Review received</source>
        <translation>Hasil reviu diterima</translation>
    </message>
    <message>
        <source>The coordinator received your submission.

Accepted: {0}
To revise: {1}
Rejected: {2}

The notes are shown on each indicator.</source>
        <translation>Koordinator sudah menerima kiriman Anda.

Diterima: {0}
Revisi: {1}
Ditolak: {2}

Catatan koordinator tampil di setiap indikator.</translation>
    </message>
    <message>
        <source>Receiving the review…</source>
        <translation>Menerima hasil reviu…</translation>
    </message>
    <message>
        <source>Deadline: {0}</source>
        <translation>Batas waktu: {0}</translation>
    </message>
    <message>
        <source>Received by the coordinator</source>
        <translation>Diterima koordinator</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>There are no backups yet: one is made when a changed workspace is closed.</source>
        <translation>Belum ada cadangan: cadangan dibuat saat ruang kerja yang berubah ditutup.</translation>
    </message>
    <message>
        <source>Choose the copy to put back. The file it replaces is kept beside it with “rusak” in its name.</source>
        <translation>Pilih salinan yang akan dipulihkan. Berkas yang digantikan tetap disimpan di sebelahnya dengan kata “rusak” pada namanya.</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Berkas ruang kerja</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Pulihkan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>CarryFilesDialog</name>
    <message>
        <source>Evidence carried over</source>
        <translation>Bukti yang dibawa</translation>
    </message>
    <message>
        <source>Every evidence file of last period is carried over with its original dates. Untick a file that no longer applies (a regulation replaced, an expired report).</source>
        <translation>Setiap berkas bukti periode lalu dibawa dengan tanggal aslinya. Hapus centang pada berkas yang tidak berlaku lagi (peraturan yang sudah diganti, laporan yang kedaluwarsa).</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>An unexpected error happened. Your answers saved so far are safe. Please send the log file to your coordinator or support team:
{0}</source>
        <translation>Terjadi kesalahan yang tidak terduga. Jawaban yang sudah tersimpan tetap aman. Kirimkan berkas log ini kepada koordinator atau tim dukungan:
{0}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Sheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Lembar kerja (*.xlsx *.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Ada masalah</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Buka ruang kerja</translation>
    </message>
    <message>
        <source>SPBE workspaces (*.spbews);;All files (*)</source>
        <translation>Ruang kerja SPBE (*.spbews);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Save the new workspace as</source>
        <translation>Simpan ruang kerja baru sebagai</translation>
    </message>
    <message>
        <source>SPBE workspaces (*.spbews)</source>
        <translation>Ruang kerja SPBE (*.spbews)</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Lampirkan bukti dukung</translation>
    </message>
    <message>
        <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.xlsx *.docx *.pptx);;All files (*)</source>
        <translation>Dokumen dan gambar (*.pdf *.png *.jpg *.jpeg *.xlsx *.docx *.pptx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>SPBE packages (*.spbe);;All files (*)</source>
        <translation>Paket SPBE (*.spbe);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The file could not be read or written{0}: {1}. Check that it exists and that you may use it, then try again.</source>
        <translation>Berkas tidak bisa dibaca atau ditulis{0}: {1}. Periksa bahwa berkas itu ada dan Anda boleh memakainya, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>DocumentDatesDialog</name>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Tanggal dokumen</translation>
    </message>
    <message>
        <source>Document dates</source>
        <translation>Tanggal dokumen</translation>
    </message>
    <message>
        <source>The date of each document (signed, issued or reported), which the evidence check compares with how recent an item&apos;s evidence must be. Each starts at the file&apos;s own date; correct it where the document is older or newer.</source>
        <translation>Tanggal setiap dokumen (ditandatangani, diterbitkan, atau dilaporkan), yang dibandingkan pemeriksa bukti dengan batas umur bukti sebuah butir. Setiap tanggal dimulai dari tanggal berkasnya sendiri; perbaiki bila dokumennya lebih lama atau lebih baru.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>No evidence attached yet.</source>
        <translation>Belum ada bukti dukung.</translation>
    </message>
    <message>
        <source>Not placed on an item yet (Place on item…)</source>
        <translation>Belum ditempatkan pada butir (Tempatkan pada butir…)</translation>
    </message>
    <message>
        <source>Level {0}, no item chosen</source>
        <translation>Level {0}, butir belum dipilih</translation>
    </message>
    <message>
        <source>Level {0}, item {1}</source>
        <translation>Level {0}, butir {1}</translation>
    </message>
    <message>
        <source>PDF document
(open it to read)</source>
        <translation>Dokumen PDF
(buka untuk membaca)</translation>
    </message>
    <message>
        <source>No preview for this file type</source>
        <translation>Tidak ada pratinjau untuk jenis berkas ini</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Memuat pratinjau…</translation>
    </message>
    <message>
        <source>The preview could not be made.</source>
        <translation>Pratinjau tidak bisa dibuat.</translation>
    </message>
    <message>
        <source>Attaching evidence…</source>
        <translation>Melampirkan bukti dukung…</translation>
    </message>
    <message>
        <source>No program is set up to open {0}. The file was saved as {1}.</source>
        <translation>Tidak ada program untuk membuka {0}. Berkasnya disimpan sebagai {1}.</translation>
    </message>
    <message>
        <source>Opening evidence…</source>
        <translation>Membuka bukti dukung…</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Hapus bukti dukung</translation>
    </message>
    <message>
        <source>Remove these files from the indicator?
{0}</source>
        <translation>Hapus berkas berikut dari indikator ini?
{0}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>Drag files from Explorer onto this list, or use Attach.</source>
        <translation>Seret berkas dari Explorer ke daftar ini, atau pakai tombol Lampirkan.</translation>
    </message>
    <message>
        <source>&amp;Attach evidence…</source>
        <translation>&amp;Lampirkan bukti dukung…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>Bu&amp;ka</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Hap&amp;us</translation>
    </message>
    <message>
        <source>Put the chosen files on an item of a level, as the portal asks for them</source>
        <translation>Tempatkan berkas yang dipilih pada butir sebuah level, seperti yang diminta portal</translation>
    </message>
    <message>
        <source>P&amp;lace on item…</source>
        <translation>&amp;Tempatkan pada butir…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The package for &lt;b&gt;{0}&lt;/b&gt;, period {1}, becomes revision {2}. It is signed with the key &lt;b&gt;{3}&lt;/b&gt; and holds the answers, the evidence and the summary PDF.</source>
        <translation>Paket untuk &lt;b&gt;{0}&lt;/b&gt;, periode {1}, menjadi revisi {2}. Paket ditandatangani dengan kunci &lt;b&gt;{3}&lt;/b&gt; dan berisi jawaban, bukti dukung, dan ringkasan PDF.</translation>
    </message>
    <message>
        <source>No problems found: assessors should be able to open every file.</source>
        <translation>Tidak ada masalah: asesor seharusnya dapat membuka setiap berkas.</translation>
    </message>
    <message>
        <source>{0} error(s) and {1} warning(s). Assessors would likely send these back. Double-click one to go to its indicator. If you send anyway, the findings are recorded in the package.</source>
        <translation>{0} kesalahan dan {1} peringatan. Asesor kemungkinan akan mengembalikannya. Klik dua kali untuk membuka indikatornya. Jika tetap dikirim, temuan ini dicatat di dalam paket.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>&amp;Fix first</source>
        <translation>&amp;Perbaiki dulu</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>&amp;Tetap kirim</translation>
    </message>
    <message>
        <source>&amp;Send package</source>
        <translation>&amp;Kirim paket</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation>Simpan paket sebagai</translation>
    </message>
    <message>
        <source>SPBE packages (*.spbe)</source>
        <translation>Paket SPBE (*.spbe)</translation>
    </message>
    <message>
        <source>Choose a folder that exists to save the package in.</source>
        <translation>Pilih folder yang ada untuk menyimpan paket.</translation>
    </message>
    <message>
        <source>Enter the name of the head of OPD who signs the summary.</source>
        <translation>Isi nama Kepala OPD yang menandatangani ringkasan.</translation>
    </message>
    <message>
        <source>Send the package</source>
        <translation>Kirim paket</translation>
    </message>
    <message>
        <source>Evidence check</source>
        <translation>Pemeriksaan bukti dukung</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>What assessors would see</source>
        <translation>Yang akan dilihat asesor</translation>
    </message>
    <message>
        <source>Signature block of the summary</source>
        <translation>Blok tanda tangan ringkasan</translation>
    </message>
    <message>
        <source>Head of OPD (&amp;name):</source>
        <translation>Kepala OPD (&amp;nama):</translation>
    </message>
    <message>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Tempat:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Simpan sebagai:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pi&amp;lih…</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Kata sandi kunci:</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <source>Package sent</source>
        <translation>Paket terkirim</translation>
    </message>
    <message>
        <source>Package verified ✓</source>
        <translation>Paket terverifikasi ✓</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Sidik jari kunci</translation>
    </message>
    <message>
        <source>Evidence check</source>
        <translation>Pemeriksaan bukti dukung</translation>
    </message>
    <message>
        <source>{0} finding(s), recorded in the package</source>
        <translation>{0} temuan, dicatat di dalam paket</translation>
    </message>
    <message>
        <source>The package was read back and its signature checked. Send this file to the coordinator (Diskominfo), and have the head of OPD sign the printed summary: the same fingerprint is printed on it.</source>
        <translation>Paket sudah dibaca ulang dan tanda tangannya diperiksa. Kirim berkas ini ke koordinator (Diskominfo), lalu mintalah Kepala OPD menandatangani ringkasan yang dicetak: sidik jari yang sama tercetak di sana.</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Buka &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Commonly rejected by assessors</source>
        <translation>Yang sering ditolak asesor</translation>
    </message>
    <message>
        <source>For every indicator</source>
        <translation>Berlaku untuk semua indikator</translation>
    </message>
    <message>
        <source>Hide the guidance</source>
        <translation>Sembunyikan panduan</translation>
    </message>
    <message>
        <source>Show the guidance: evidence expected per level, {0} commonly rejected here, {1} for every indicator</source>
        <translation>Tampilkan panduan: bukti yang diharapkan per tingkat, {0} sering ditolak di sini, {1} berlaku untuk semua indikator</translation>
    </message>
    <message>
        <source>Level {0} – {1}</source>
        <translation>Level {0} – {1}</translation>
    </message>
    <message>
        <source>Evidence assessors expect, level by level</source>
        <translation>Bukti yang diharapkan asesor, per tingkat</translation>
    </message>
    <message>
        <source>Source: {0} · {1} {2}</source>
        <translation>Sumber: {0} · {1} {2}</translation>
    </message>
    <message>
        <source>checked in the evidence check</source>
        <translation>diperiksa dalam pemeriksaan bukti dukung</translation>
    </message>
    <message>
        <source>two sources agree</source>
        <translation>dua sumber sepakat</translation>
    </message>
    <message>
        <source>one source</source>
        <translation>satu sumber</translation>
    </message>
    <message>
        <source>not yet confirmed</source>
        <translation>belum pasti</translation>
    </message>
    <message>
        <source>Guidance: what assessors expect and commonly reject</source>
        <translation>Panduan: yang diharapkan dan yang sering ditolak asesor</translation>
    </message>
</context>
<context>
    <name>GuideMaker</name>
    <message>
        <source>Making the user guide…</source>
        <translation>Membuat Panduan Pengguna…</translation>
    </message>
    <message>
        <source>Taking the screenshots…</source>
        <translation>Mengambil tangkapan layar…</translation>
    </message>
</context>
<context>
    <name>GuideShots</name>
    <message>
        <source>Agreed in the coordination team&apos;s meeting: the portal serves every service.</source>
        <translation>Disepakati dalam rapat Tim Koordinasi: portal melayani seluruh layanan.</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Daftar isi</translation>
    </message>
</context>
<context>
    <name>HelpCommands</name>
    <message>
        <source>Save the user guide</source>
        <translation>Simpan Panduan Pengguna</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>User guide saved: {0}</source>
        <translation>Panduan Pengguna tersimpan: {0}</translation>
    </message>
    <message>
        <source>Coordinator demo</source>
        <translation>Demo koordinator</translation>
    </message>
    <message>
        <source>A sample Pemda with six OPDs: packages received (one in two revisions), a conflict decided and one still open, review notes and earlier periods. The passphrase of every demo key is: {0}</source>
        <translation>Pemda contoh dengan enam OPD: paket sudah masuk (satu dalam dua revisi), satu konflik sudah diputuskan dan satu masih terbuka, catatan reviu, dan hasil periode lalu. Kata sandi setiap kunci demo: {0}</translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <source>The assessors sent items back: replace their evidence</source>
        <translation>Asesor mengembalikan butir: ganti bukti dukungnya</translation>
    </message>
    <message>
        <source>Clear le&amp;vel</source>
        <translation>Kosongkan le&amp;vel</translation>
    </message>
    <message>
        <source>Indicator {0} of {1} · {2} · weight {3}</source>
        <translation>Indikator {0} dari {1} · {2} · bobot {3}</translation>
    </message>
    <message>
        <source>Level {0} – {1}</source>
        <translation>Level {0} – {1}</translation>
    </message>
    <message>
        <source>The instrument names no typical evidence for this indicator.</source>
        <translation>Instrumen tidak menyebutkan bukti dukung yang lazim untuk indikator ini.</translation>
    </message>
    <message>
        <source>Service assessed</source>
        <translation>Layanan yang dinilai</translation>
    </message>
    <message>
        <source>{0} ({1}), score {2} to {3}.</source>
        <translation>{0} ({1}), skor {2} sampai {3}.</translation>
    </message>
    <message>
        <source>Accepted by the coordinator</source>
        <translation>Diterima koordinator</translation>
    </message>
    <message>
        <source>The coordinator asks for a revision</source>
        <translation>Koordinator meminta revisi</translation>
    </message>
    <message>
        <source>Rejected by the coordinator</source>
        <translation>Ditolak koordinator</translation>
    </message>
    <message>
        <source>Evidence check</source>
        <translation>Pemeriksaan bukti dukung</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>Maturity level (keys 1–5)</source>
        <translation>Tingkat kematangan (tombol 1–5)</translation>
    </message>
    <message>
        <source>Score from another agency&apos;s index</source>
        <translation>Skor dari indeks instansi lain</translation>
    </message>
    <message>
        <source>S&amp;core:</source>
        <translation>Sk&amp;or:</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>Indicator value:</source>
        <translation>Nilai indikator:</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Penjelasan / justifikasi</translation>
    </message>
    <message>
        <source>Explain why the chosen level is met and which evidence shows it.</source>
        <translation>Jelaskan mengapa level yang dipilih terpenuhi dan bukti dukung mana yang menunjukkannya.</translation>
    </message>
    <message>
        <source>Typical evidence expected</source>
        <translation>Bukti dukung yang lazim diminta</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti dukung</translation>
    </message>
</context>
<context>
    <name>ItemCommands</name>
    <message>
        <source>Import the portal&apos;s item list</source>
        <translation>Impor daftar butir portal</translation>
    </message>
    <message>
        <source>Portal&apos;s item list</source>
        <translation>Daftar butir portal</translation>
    </message>
    <message>
        <source>{0} items added, {1} already there.</source>
        <translation>{0} butir ditambahkan, {1} sudah ada.</translation>
    </message>
</context>
<context>
    <name>ItemMenu</name>
    <message>
        <source>&amp;Put back in use</source>
        <translation>&amp;Pakai lagi</translation>
    </message>
    <message>
        <source>&amp;Retire this item (its number stays)</source>
        <translation>&amp;Nonaktifkan butir ini (nomornya tetap)</translation>
    </message>
    <message>
        <source>How recent its &amp;evidence must be…</source>
        <translation>Seberapa baru &amp;buktinya…</translation>
    </message>
    <message>
        <source>Evidence age</source>
        <translation>Umur bukti</translation>
    </message>
    <message>
        <source>At most how many months old may this item&apos;s evidence be, counted back from the start of the period? 0 means any age.</source>
        <translation>Paling lama berapa bulan umur bukti butir ini, dihitung mundur dari awal periode? 0 berarti umur bebas.</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <source>Level {0}</source>
        <translation>Level {0}</translation>
    </message>
    <message>
        <source>coordinator&apos;s item</source>
        <translation>butir koordinator</translation>
    </message>
    <message>
        <source>own item</source>
        <translation>butir sendiri</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>tidak dipakai</translation>
    </message>
    <message>
        <source>has evidence</source>
        <translation>ada bukti</translation>
    </message>
    <message>
        <source>Document date (YYYY-MM-DD): double-click to correct it</source>
        <translation>Tanggal dokumen (TTTT-BB-HH): klik dua kali untuk membetulkannya</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>bebas</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>at most {0} months old</source>
        <translation>paling lama {0} bulan</translation>
    </message>
    <message>
        <source>Retired by your coordinator with the assignment (not on the portal&apos;s list): it is not counted. The next assignment puts it back if the coordinator does.</source>
        <translation>Dinonaktifkan oleh koordinator Anda lewat penugasan (tidak tercantum di daftar portal): tidak dihitung. Penugasan berikutnya memakainya lagi bila koordinator memakainya lagi.</translation>
    </message>
    <message>
        <source>Valued from another agency&apos;s index: nothing to upload.</source>
        <translation>Dinilai dari indeks instansi lain: tidak ada yang diunggah.</translation>
    </message>
    <message>
        <source>Supported level {0}: every item has evidence.</source>
        <translation>Level berbukti {0}: setiap butir ada buktinya.</translation>
    </message>
    <message>
        <source>Supported level {0}; first missing: level {1}, item {2}.</source>
        <translation>Level berbukti {0}; pertama yang kurang: level {1}, butir {2}.</translation>
    </message>
    <message>
        <source>Level {0} will be rejected automatically.</source>
        <translation>Level {0} akan ditolak otomatis.</translation>
    </message>
    <message>
        <source>Choose the level the new item belongs to.</source>
        <translation>Pilih level tempat butir baru ini.</translation>
    </message>
    <message>
        <source>Attaching evidence…</source>
        <translation>Melampirkan bukti dukung…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Drag files onto an item to attach them to it. Levels are cumulative: the portal rejects a level while an item below it has no evidence.</source>
        <translation>Seret berkas ke sebuah butir untuk melampirkannya. Level bersifat kumulatif: portal menolak sebuah level selama ada butir di bawahnya yang belum ada buktinya.</translation>
    </message>
    <message>
        <source>Attach to &amp;item…</source>
        <translation>Lampirkan ke &amp;butir…</translation>
    </message>
    <message>
        <source>Text of a new item for the chosen level</source>
        <translation>Teks butir baru untuk level yang dipilih</translation>
    </message>
    <message>
        <source>Portal &amp;code:</source>
        <translation>&amp;Kode portal:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opsional</translation>
    </message>
    <message>
        <source>The item&apos;s code on the national portal, when it shows one</source>
        <translation>Kode butir di portal nasional, bila portal menampilkannya</translation>
    </message>
    <message>
        <source>&amp;Fresh within:</source>
        <translation>&amp;Umur maks.:</translation>
    </message>
    <message>
        <source>How recent the item&apos;s evidence must be, counted back from the start of the period (e.g. 12 for a yearly report); the evidence check warns about older documents</source>
        <translation>Seberapa baru bukti butir ini, dihitung mundur dari awal periode (mis. 12 untuk laporan tahunan); pemeriksa bukti memperingatkan dokumen yang lebih lama</translation>
    </message>
    <message>
        <source>A&amp;dd item</source>
        <translation>&amp;Tambah butir</translation>
    </message>
    <message>
        <source>Note for the portal</source>
        <translation>Catatan untuk portal</translation>
    </message>
    <message>
        <source>What to paste into the portal&apos;s note field for this item</source>
        <translation>Teks yang ditempel ke kolom catatan portal untuk butir ini</translation>
    </message>
    <message>
        <source>Page references, e.g. hal. 3–5</source>
        <translation>Rujukan halaman, mis. hal. 3–5</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>&amp;Simpan catatan</translation>
    </message>
    <message>
        <source>sent back ({0})</source>
        <translation>dikembalikan ({0})</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>At least {0} characters. A short sentence you can remember works well, e.g. “Kantor kami di lantai 3”.</source>
        <translation>Paling sedikit {0} karakter. Kalimat pendek yang mudah diingat cocok, misalnya “Kantor kami di lantai 3”.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Create the signing key</source>
        <translation>Buat kunci penandatangan</translation>
    </message>
    <message>
        <source>Packages are signed with this workspace&apos;s own key, so the coordinator can tell they come from your OPD and were not changed on the way. Choose a passphrase that protects the key; you will type it for every package.</source>
        <translation>Paket ditandatangani dengan kunci milik ruang kerja ini, sehingga koordinator tahu paket berasal dari OPD Anda dan tidak diubah di perjalanan. Pilih kata sandi untuk melindungi kunci; kata sandi ini diketik setiap kali mengirim paket.</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>&amp;Buat kunci</translation>
    </message>
    <message>
        <source>Change the key passphrase</source>
        <translation>Ganti kata sandi kunci</translation>
    </message>
    <message>
        <source>The key stays the same (and so does its fingerprint); only the passphrase that protects it changes.</source>
        <translation>Kuncinya tetap sama (begitu pula sidik jarinya); hanya kata sandi pelindungnya yang berganti.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Ganti kata sandi</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {0} characters.</source>
        <translation>Kata sandi terlalu pendek: pakai paling sedikit {0} karakter.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Kedua kata sandi berbeda. Ketik kata sandi yang sama dua kali.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Lanjut</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Kunci penandatangan</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Kata sandi &amp;saat ini:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <source>The signing key is ready. Its fingerprint:</source>
        <translation>Kunci penandatangan sudah dibuat. Sidik jarinya:</translation>
    </message>
    <message>
        <source>This fingerprint is printed on every summary your head of OPD signs, so the coordinator can check that the package really comes from you. Keep the passphrase safe: without it no package can be signed, and nobody can recover it.</source>
        <translation>Sidik jari ini dicetak pada setiap ringkasan yang ditandatangani Kepala OPD, sehingga koordinator dapat memastikan paket benar dari Anda. Simpan kata sandi baik-baik: tanpa kata sandi, paket tidak dapat ditandatangani dan tidak ada yang bisa memulihkannya.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(belum ada)</translation>
    </message>
    <message>
        <source>Answered {0} of {1} · evidence for {2} indicators</source>
        <translation>Terjawab {0} dari {1} · bukti dukung untuk {2} indikator</translation>
    </message>
    <message>
        <source>{0}: no answers yet</source>
        <translation>{0}: belum ada jawaban</translation>
    </message>
    <message>
        <source>{0}: claimed {1} · supported {2} – {3}</source>
        <translation>{0}: klaim {1} · berbukti {2} – {3}</translation>
    </message>
    <message>
        <source>{0}: claimed {1} · supported {2} – {3} (provisional)</source>
        <translation>{0}: klaim {1} · berbukti {2} – {3} (sementara)</translation>
    </message>
    <message>
        <source>Supported: what the assessors would accept if every file were right.</source>
        <translation>Berbukti: yang akan diterima asesor jika setiap berkas benar.</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [hanya baca]</translation>
    </message>
    <message>
        <source>Read-only: this workspace is open in another SPBE Desktop window or on another computer. Close it there, then open it here again to make changes.</source>
        <translation>Hanya baca: ruang kerja ini sedang dibuka di jendela SPBE Desktop lain atau di komputer lain. Tutup di sana, lalu buka lagi di sini untuk mengubahnya.</translation>
    </message>
    <message>
        <source>Read-only: this location cannot be written to. Copy the workspace file to a folder such as Documents to make changes.</source>
        <translation>Hanya baca: lokasi ini tidak bisa ditulisi. Salin berkas ruang kerja ke folder seperti Dokumen untuk mengubahnya.</translation>
    </message>
    <message>
        <source>About SPBE Desktop</source>
        <translation>Tentang SPBE Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; version {1}&lt;br&gt;&lt;br&gt;Offline self-assessment for the SPBE and Digital Government (Pemdi) evaluations: levels, justifications, evidence and the index, in one workspace file.&lt;br&gt;&lt;br&gt;Logs and settings: {2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; versi {1}&lt;br&gt;&lt;br&gt;Penilaian mandiri luring untuk evaluasi SPBE dan Pemerintah Digital (Pemdi): level, justifikasi, bukti dukung, dan indeks dalam satu berkas ruang kerja.&lt;br&gt;&lt;br&gt;Log dan pengaturan: {2}</translation>
    </message>
    <message>
        <source>SPBE Desktop</source>
        <translation>SPBE Desktop</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <source>Needs revision (assessors)</source>
        <translation>Perlu revisi (asesor)</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>Semua indikator</translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translation>Belum dijawab</translation>
    </message>
    <message>
        <source>Without evidence</source>
        <translation>Tanpa bukti dukung</translation>
    </message>
    <message>
        <source>Assigned to this OPD</source>
        <translation>Ditugaskan ke OPD ini</translation>
    </message>
    <message>
        <source>To fix (review or evidence check)</source>
        <translation>Perlu diperbaiki (reviu atau bukti dukung)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Ta&amp;mpilkan:</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Buat</translation>
    </message>
    <message>
        <source>Enter the name of the work unit (OPD).</source>
        <translation>Isi nama OPD (unit kerja).</translation>
    </message>
    <message>
        <source>Choose where to save the workspace.</source>
        <translation>Pilih tempat menyimpan ruang kerja.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Ruang kerja baru</translation>
    </message>
    <message>
        <source>&amp;Work unit (OPD):</source>
        <translation>&amp;OPD (unit kerja):</translation>
    </message>
    <message>
        <source>e.g. Dinas Komunikasi dan Informatika</source>
        <translation>mis. Dinas Komunikasi dan Informatika</translation>
    </message>
    <message>
        <source>&amp;Period (year):</source>
        <translation>&amp;Periode (tahun):</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrumen:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Simpan sebagai:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pi&amp;lih…</translation>
    </message>
    <message>
        <source>The instrument follows the period; change it only if your coordinator asks you to.</source>
        <translation>Instrumen mengikuti periode; ubah hanya jika diminta koordinator.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Menyiapkan ruang kerja demo…</translation>
    </message>
    <message>
        <source>Preparing the coordinator demo…</source>
        <translation>Menyiapkan demo koordinator…</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Domain / aspect</source>
        <translation>Domain / aspek</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Terjawab</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Indeks</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Berbukti</translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation>Capaian level</translation>
    </message>
    <message>
        <source>What the assessors would accept if every file were right (cumulative levels).</source>
        <translation>Yang akan diterima asesor jika setiap berkas benar (level kumulatif).</translation>
    </message>
    <message>
        <source>{0} — {1}, period {2}</source>
        <translation>{0} — {1}, periode {2}</translation>
    </message>
    <message>
        <source>Index {0} ({1}). All {2} indicators answered.</source>
        <translation>Indeks {0} ({1}). Seluruh {2} indikator sudah dijawab.</translation>
    </message>
    <message>
        <source>Index {0} ({1}). {2} of {3} indicators answered.</source>
        <translation>Indeks {0} ({1}). {2} dari {3} indikator sudah dijawab.</translation>
    </message>
    <message>
        <source>Provisional index {0} ({1}) over {2} of {3} answered indicators.</source>
        <translation>Indeks sementara {0} ({1}) dari {2} di antara {3} indikator yang sudah dijawab.</translation>
    </message>
    <message>
        <source>Double-click a row to go to its first indicator.</source>
        <translation>Klik dua kali sebuah baris untuk membuka indikator pertamanya.</translation>
    </message>
</context>
<context>
    <name>PackageCommands</name>
    <message>
        <source>Checking the evidence…</source>
        <translation>Memeriksa bukti dukung…</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Ganti berkas?</translation>
    </message>
    <message>
        <source>{0} already exists. Replace it with the new package?</source>
        <translation>{0} sudah ada. Ganti dengan paket yang baru?</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Menulis paket…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Cancelled: no package was written.</source>
        <translation>Dibatalkan: tidak ada paket yang ditulis.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Kata sandi diganti</translation>
    </message>
    <message>
        <source>The passphrase was changed. The key and its fingerprint stay the same.</source>
        <translation>Kata sandi sudah diganti. Kunci dan sidik jarinya tetap sama.</translation>
    </message>
    <message>
        <source>Save the summary as</source>
        <translation>Simpan ringkasan sebagai</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Menulis ringkasan…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Print the summary now?</source>
        <translation>Cetak ringkasan sekarang?</translation>
    </message>
    <message>
        <source>Summary saved: {0}. Print it from the PDF viewer.</source>
        <translation>Ringkasan disimpan: {0}. Cetak dari penampil PDF.</translation>
    </message>
    <message>
        <source>Verify a package</source>
        <translation>Periksa paket</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Memeriksa paket…</translation>
    </message>
</context>
<context>
    <name>PlaceEvidenceDialog</name>
    <message>
        <source>and {0} more</source>
        <translation>dan {0} lainnya</translation>
    </message>
    <message>
        <source>Where {0} belongs on the portal:</source>
        <translation>Tempat {0} di portal:</translation>
    </message>
    <message>
        <source>(on no item)</source>
        <translation>(tidak pada butir)</translation>
    </message>
    <message>
        <source>Level {0}, item {1}: {2}</source>
        <translation>Level {0}, butir {1}: {2}</translation>
    </message>
    <message>
        <source>Place on an item</source>
        <translation>Tempatkan pada butir</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Butir:</translation>
    </message>
    <message>
        <source>Evidence on no item is kept with the indicator but left out of the portal folder, and the evidence check says so.</source>
        <translation>Bukti yang tidak pada butir mana pun tetap tersimpan pada indikator, tetapi tidak ikut ke folder portal, dan pemeriksa bukti memberitahukannya.</translation>
    </message>
</context>
<context>
    <name>PlannerDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Index now {0} → after the raises &lt;b&gt;{1} ({2})&lt;/b&gt;</source>
        <translation>Indeks sekarang {0} → setelah kenaikan &lt;b&gt;{1} ({2})&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The target is already reached.</source>
        <translation>Target sudah tercapai.</translation>
    </message>
    <message>
        <source>{0} level step(s) on {1} indicator(s).</source>
        <translation>{0} langkah level pada {1} indikator.</translation>
    </message>
    <message>
        <source>Not reachable: even raising every unlocked indicator to the top stops short.</source>
        <translation>Tidak tercapai: walau semua indikator yang tidak dikunci dinaikkan ke level tertinggi, target belum terpenuhi.</translation>
    </message>
    <message>
        <source>Target plan</source>
        <translation>Rencana target</translation>
    </message>
    <message>
        <source>&amp;Target index:</source>
        <translation>&amp;Target indeks:</translation>
    </message>
    <message>
        <source>Indicators you cannot raise (tick to lock)</source>
        <translation>Indikator yang tidak bisa dinaikkan (centang untuk mengunci)</translation>
    </message>
    <message>
        <source>Raises needed</source>
        <translation>Kenaikan yang diperlukan</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Dari → ke</translation>
    </message>
    <message>
        <source>on the claimed levels</source>
        <translation>dari level yang diklaim</translation>
    </message>
    <message>
        <source>on the evidence (supported index)</source>
        <translation>dari bukti (indeks berbukti)</translation>
    </message>
    <message>
        <source>(raise the claim)</source>
        <translation>(naikkan klaim)</translation>
    </message>
    <message>
        <source>Supported index now {0} → with the evidence added &lt;b&gt;{1} ({2})&lt;/b&gt;</source>
        <translation>Indeks berbukti sekarang {0} → setelah bukti ditambah &lt;b&gt;{1} ({2})&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0} item(s) need evidence on {1} indicator(s).</source>
        <translation>{0} butir perlu bukti pada {1} indikator.</translation>
    </message>
    <message>
        <source>Not reachable: even evidence for every item of the unlocked indicators stops short.</source>
        <translation>Tidak tercapai: bukti untuk semua butir indikator yang tidak dikunci pun belum cukup.</translation>
    </message>
    <message>
        <source>Plan on the claimed levels, or on the evidence: the fewest items to add so that the supported index reaches the target</source>
        <translation>Rencanakan dari level yang diklaim, atau dari bukti: butir paling sedikit yang perlu ditambah agar indeks berbukti mencapai target</translation>
    </message>
    <message>
        <source>{0} item(s) need evidence: {1}</source>
        <translation>{0} butir perlu bukti: {1}</translation>
    </message>
</context>
<context>
    <name>PortalCommand</name>
    <message>
        <source>Portal folder</source>
        <translation>Folder portal</translation>
    </message>
    <message>
        <source>… {0} more lines in catatan.html</source>
        <translation>… {0} baris lagi di catatan.html</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Cancelled: no portal folder was written.</source>
        <translation>Dibatalkan: tidak ada folder portal yang ditulis.</translation>
    </message>
    <message>
        <source>Writing the portal folder…</source>
        <translation>Menulis folder portal…</translation>
    </message>
    <message>
        <source>Images were scaled down in {0} file(s).</source>
        <translation>Gambar diperkecil pada {0} berkas.</translation>
    </message>
    <message>
        <source>{0} file(s) are bigger than the size limit of {1} MB; the portal may refuse them:</source>
        <translation>{0} berkas lebih besar dari batas ukuran {1} MB; portal bisa menolaknya:</translation>
    </message>
    <message>
        <source>Split or compress them before the upload.</source>
        <translation>Pecah atau kompres berkas itu sebelum diunggah.</translation>
    </message>
    <message>
        <source>Write the folder again with images scaled down, or split or compress them before the upload.</source>
        <translation>Tulis ulang foldernya dengan gambar diperkecil, atau pecah atau kompres berkas itu sebelum diunggah.</translation>
    </message>
    <message>
        <source>Every file is within the size limit of {0} MB.</source>
        <translation>Semua berkas di bawah batas ukuran {0} MB.</translation>
    </message>
</context>
<context>
    <name>PortalFolderDialog</name>
    <message>
        <source>Use the pack&apos;s &amp;value ({0} MB)</source>
        <translation>Pakai &amp;nilai paket ({0} MB)</translation>
    </message>
    <message>
        <source>The portal does not publish its file size limit: {0} MB is what the instrument pack assumes. Set your own limit if the portal refuses smaller files.</source>
        <translation>Portal tidak mempublikasikan batas ukuran berkasnya: {0} MB adalah anggapan paket instrumen. Tetapkan batas sendiri jika portal menolak berkas yang lebih kecil.</translation>
    </message>
    <message>
        <source>Your own limit; the instrument pack assumes {0} MB.</source>
        <translation>Batas Anda sendiri; paket instrumen menganggap {0} MB.</translation>
    </message>
    <message>
        <source>The instrument pack&apos;s limit, {0} MB.</source>
        <translation>Batas dari paket instrumen, {0} MB.</translation>
    </message>
    <message>
        <source>Uncertain: the portal does not publish its limit.</source>
        <translation>Belum pasti: portal tidak mempublikasikan batasnya.</translation>
    </message>
    <message>
        <source>Write the portal folder as (a new folder)</source>
        <translation>Tulis folder portal sebagai (folder baru)</translation>
    </message>
    <message>
        <source>Folders (*)</source>
        <translation>Folder (*)</translation>
    </message>
    <message>
        <source>Choose the folder to write the portal folder into.</source>
        <translation>Pilih folder tempat folder portal ditulis.</translation>
    </message>
    <message>
        <source>{0} is not a new or empty folder: choose another name.</source>
        <translation>{0} bukan folder baru atau kosong: pilih nama lain.</translation>
    </message>
    <message>
        <source>Write the portal folder</source>
        <translation>Tulis folder portal</translation>
    </message>
    <message>
        <source>One file per evidence item, named the way the national portal lists them, with catatan.xlsx and catatan.html beside them. The folder is written completely or not at all.</source>
        <translation>Satu berkas per butir data dukung, dinamai seperti urutan di portal nasional, dengan catatan.xlsx dan catatan.html di sampingnya. Folder ditulis utuh atau tidak sama sekali.</translation>
    </message>
    <message>
        <source>&amp;Folder (new or empty):</source>
        <translation>&amp;Folder (baru atau kosong):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pi&amp;lih…</translation>
    </message>
    <message>
        <source>File size &amp;limit:</source>
        <translation>&amp;Batas ukuran berkas:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>&amp;Scale images down in files over the limit</source>
        <translation>&amp;Perkecil gambar dalam berkas yang melebihi batas</translation>
    </message>
    <message>
        <source>&amp;Only the items the assessors sent back for revision (re-upload)</source>
        <translation>&amp;Hanya butir yang dikembalikan asesor untuk revisi (unggah ulang)</translation>
    </message>
</context>
<context>
    <name>PreviousPanel</name>
    <message>
        <source>Use last period&apos;s &amp;answer</source>
        <translation>Pakai &amp;jawaban periode lalu</translation>
    </message>
    <message>
        <source>Review the &amp;proposals…</source>
        <translation>Tinjau &amp;usulan…</translation>
    </message>
    <message>
        <source>(no justification)</source>
        <translation>(tanpa penjelasan)</translation>
    </message>
    <message>
        <source>Period {0}: level &lt;b&gt;{1}&lt;/b&gt; — {2}</source>
        <translation>Periode {0}: level &lt;b&gt;{1}&lt;/b&gt; — {2}</translation>
    </message>
    <message>
        <source>Period {0}, other instrument: {1} proposals from the crosswalk, {2} waiting.</source>
        <translation>Periode {0}, instrumen lain: {1} usulan dari padanan indikator, {2} menunggu.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Proposals from last period</source>
        <translation>Usulan dari periode lalu</translation>
    </message>
    <message>
        <source>Tick what fits this indicator. Ticked files are attached (place them on a level and item afterwards) and ticked justifications added; the others are declined.</source>
        <translation>Centang yang sesuai untuk indikator ini. Berkas yang dicentang dilampirkan (tempatkan pada level dan butir sesudahnya) dan penjelasan yang dicentang ditambahkan; yang lain ditolak.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Penjelasan</translation>
    </message>
    <message>
        <source>high</source>
        <translation>tinggi</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>sedang</translation>
    </message>
    <message>
        <source>low</source>
        <translation>rendah</translation>
    </message>
    <message>
        <source>{0} from indicator {1} ({2} confidence): {3}</source>
        <translation>{0} dari indikator {1} (keyakinan {2}): {3}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>change of indicator {0}</source>
        <translation>perubahan indikator {0}</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>The indicator list</source>
        <translation>Daftar indikator</translation>
    </message>
    <message>
        <source>Every indicator of the instrument, by aspect. The mark beside each one shows its state: empty, answered, evidence attached, a warning of the evidence check, or reviewed by the coordinator. Click one to open it.</source>
        <translation>Semua indikator instrumen, per aspek. Tanda di sebelah setiap indikator menunjukkan keadaannya: kosong, terjawab, ada bukti dukung, ada peringatan pemeriksaan bukti, atau sudah direviu koordinator. Klik untuk membukanya.</translation>
    </message>
    <message>
        <source>The maturity levels</source>
        <translation>Tingkat kematangan</translation>
    </message>
    <message>
        <source>Choose the level the OPD meets: click it or press 1–5. Each level&apos;s criteria are beside it; read the guidance above them to see what assessors expect. Every change is saved at once.</source>
        <translation>Pilih tingkat yang dipenuhi OPD: klik atau tekan 1–5. Kriteria setiap tingkat ada di sebelahnya; baca panduan di atasnya untuk tahu apa yang diharapkan asesor. Setiap perubahan langsung tersimpan.</translation>
    </message>
    <message>
        <source>The evidence</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <source>Drag files here from Explorer, or use Attach evidence. Above the list: what assessors commonly reject for this indicator. Problems the app can see in the files appear in a red box at the top of the page.</source>
        <translation>Seret berkas dari Explorer ke sini, atau pakai Lampirkan bukti dukung. Di atas daftar: hal yang sering ditolak asesor untuk indikator ini. Masalah yang terlihat pada berkas muncul dalam kotak merah di bagian atas halaman.</translation>
    </message>
    <message>
        <source>The index</source>
        <translation>Indeks</translation>
    </message>
    <message>
        <source>The index and its rating, computed as the regulation does, change with every answer. While indicators are empty the index is marked provisional.</source>
        <translation>Indeks dan predikatnya, dihitung seperti dalam peraturan, berubah pada setiap jawaban. Selama masih ada indikator kosong, indeks ditandai sementara.</translation>
    </message>
    <message>
        <source>Sending the package</source>
        <translation>Mengirim paket</translation>
    </message>
    <message>
        <source>When the answers are ready, Export package makes the signed package for the Diskominfo and the summary PDF for the head of the OPD to sign. Press F1 on any screen for its help page.</source>
        <translation>Bila jawaban sudah siap, Kirim paket membuat paket bertanda tangan untuk Diskominfo dan ringkasan PDF untuk ditandatangani Kepala OPD. Tekan F1 di layar mana pun untuk membuka halaman bantuannya.</translation>
    </message>
    <message>
        <source>&amp;Skip the tour</source>
        <translation>&amp;Lewati tur</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Berikutnya</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Langkah {0} dari {1}</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Welcome to SPBE Desktop</source>
        <translation>Selamat datang di SPBE Desktop</translation>
    </message>
    <message>
        <source>A short tour (five steps) shows where the indicators, the levels, the evidence, the index and sending the package are. It uses the demo workspace if none is open. Take the tour now? (You can start it later from Help → Short tour.)</source>
        <translation>Tur singkat (lima langkah) menunjukkan letak daftar indikator, tingkat kematangan, bukti dukung, indeks, dan pengiriman paket. Tur memakai ruang kerja demo bila belum ada yang terbuka. Ikuti tur sekarang? (Tur dapat dibuka kapan saja dari Bantuan → Tur singkat.)</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>Self-assessment submission</source>
        <translation>Kiriman penilaian mandiri</translation>
    </message>
    <message>
        <source>Assignment from the coordinator</source>
        <translation>Penugasan dari koordinator</translation>
    </message>
    <message>
        <source>Receipt from the coordinator</source>
        <translation>Tanda terima dari koordinator</translation>
    </message>
    <message>
        <source>Review notes from the coordinator</source>
        <translation>Hasil reviu dari koordinator</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Package check</source>
        <translation>Pemeriksaan paket</translation>
    </message>
    <message>
        <source>The package is valid ✓</source>
        <translation>Paket sah ✓</translation>
    </message>
    <message>
        <source>The package is not valid ✗</source>
        <translation>Paket tidak sah ✗</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Do not use this package: it is damaged, incomplete or was changed after it was signed. Ask the sender for a new copy.</source>
        <translation>Jangan gunakan paket ini: paket rusak, tidak lengkap, atau diubah setelah ditandatangani. Mintalah salinan baru kepada pengirimnya.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <source>Signed with key</source>
        <translation>Ditandatangani dengan kunci</translation>
    </message>
    <message>
        <source>Every file is complete and unchanged since it was signed. Compare the key fingerprint with the one printed on the signed summary.</source>
        <translation>Semua berkas lengkap dan tidak berubah sejak ditandatangani. Cocokkan sidik jari kunci dengan yang tercetak pada ringkasan yang ditandatangani.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>(none yet)</source>
        <translation>(belum ada)</translation>
    </message>
    <message>
        <source>SPBE Desktop</source>
        <translation>SPBE Desktop</translation>
    </message>
    <message>
        <source>Fill in your work unit&apos;s self-assessment for the SPBE / Digital Government evaluation: claim a maturity level for each indicator, explain it and attach the evidence. Everything is saved automatically in one workspace file.</source>
        <translation>Isi penilaian mandiri OPD Anda untuk evaluasi SPBE / Pemerintah Digital: pilih tingkat kematangan tiap indikator, tulis penjelasannya, dan lampirkan bukti dukung. Semua tersimpan otomatis dalam satu berkas ruang kerja.</translation>
    </message>
    <message>
        <source>&amp;Create a new workspace…</source>
        <translation>Buat ruang &amp;kerja baru…</translation>
    </message>
    <message>
        <source>&amp;Open a workspace…</source>
        <translation>Buka ruang kerja yang &amp;ada…</translation>
    </message>
    <message>
        <source>Try the &amp;demo workspace</source>
        <translation>Coba ruang kerja &amp;demo</translation>
    </message>
    <message>
        <source>Create a coordinator &amp;workspace…</source>
        <translation>Buat ruang kerja &amp;koordinator…</translation>
    </message>
    <message>
        <source>For the Diskominfo: gather the OPDs&apos; packages, consolidate them into the Pemda&apos;s index and rank the OPDs.</source>
        <translation>Untuk Diskominfo: kumpulkan paket kiriman OPD, konsolidasikan menjadi indeks Pemda dan susun peringkat OPD.</translation>
    </message>
    <message>
        <source>Try the coordinator de&amp;mo</source>
        <translation>Coba de&amp;mo koordinator</translation>
    </message>
    <message>
        <source>A Pemda with six OPDs in the middle of the cycle: packages in two revisions, conflicts, a decision, review notes and earlier periods.</source>
        <translation>Pemda dengan enam OPD di tengah siklus: paket dalam dua revisi, konflik, keputusan, catatan reviu, dan hasil periode lalu.</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Ruang kerja te&amp;rakhir</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open.</source>
        <translation>Klik dua kali atau tekan Enter untuk membuka.</translation>
    </message>
    <message>
        <source>Continue from the &amp;previous period…</source>
        <translation>Lanjutkan dari &amp;periode sebelumnya…</translation>
    </message>
    <message>
        <source>A new period&apos;s workspace from last period&apos;s: the OPD, its key, its own items and all evidence carried over, last period&apos;s answers shown beside each indicator.</source>
        <translation>Ruang kerja periode baru dari ruang kerja periode lalu: OPD, kuncinya, butir sendiri dan semua bukti dibawa, jawaban periode lalu ditampilkan di samping setiap indikator.</translation>
    </message>
</context>
</TS>
