<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>Actions</name>
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
        <source>&amp;Close workspace</source>
        <translation>T&amp;utup ruang kerja</translation>
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
        <source>&amp;About SPBE Desktop</source>
        <translation>&amp;Tentang SPBE Desktop</translation>
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
        <source>The file could not be read or written{0}: {1}. Check that it exists and that you may use it, then try again.</source>
        <translation>Berkas tidak bisa dibaca atau ditulis{0}: {1}. Periksa bahwa berkas itu ada dan Anda boleh memakainya, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>No evidence attached yet.</source>
        <translation>Belum ada bukti dukung.</translation>
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
</context>
<context>
    <name>IndicatorPage</name>
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
        <source>{0} (used while the score is missing)</source>
        <translation>{0} (dipakai selama skor belum ada)</translation>
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
        <source>{0}: {1} – {2}</source>
        <translation>{0}: {1} – {2}</translation>
    </message>
    <message>
        <source>{0}: {1} – {2} (provisional)</source>
        <translation>{0}: {1} – {2} (sementara)</translation>
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
        <source>Level reached</source>
        <translation>Capaian level</translation>
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
        <source>Provisional index {0} ({1}) over {2} of {3} answered indicators.</source>
        <translation>Indeks sementara {0} ({1}) dari {2} di antara {3} indikator yang sudah dijawab.</translation>
    </message>
    <message>
        <source>Double-click a row to go to its first indicator.</source>
        <translation>Klik dua kali sebuah baris untuk membuka indikator pertamanya.</translation>
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
    <name>Session</name>
    <message>
        <source>change of indicator {0}</source>
        <translation>perubahan indikator {0}</translation>
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
        <source>&amp;Recent workspaces</source>
        <translation>Ruang kerja te&amp;rakhir</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open.</source>
        <translation>Klik dua kali atau tekan Enter untuk membuka.</translation>
    </message>
</context>
</TS>
