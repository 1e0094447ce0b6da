<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AssessorPage</name>
    <message>
        <source>The external assessors&apos; verdicts, item by item: import the sheet filled from the portal, or choose a verdict in the table. Each round keeps its date; the latest verdict per item counts.</source>
        <translation>Putusan asesor eksternal, butir demi butir: impor lembar yang diisi dari portal, atau pilih putusan di tabel. Setiap putaran menyimpan tanggalnya; putusan terbaru per butir yang berlaku.</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Putaran:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Import assessor sheet…</source>
        <translation>&amp;Impor lembar asesor…</translation>
    </message>
    <message>
        <source>Write the &amp;template…</source>
        <translation>Tulis &amp;templat…</translation>
    </message>
    <message>
        <source>Interview &amp;pack…</source>
        <translation>&amp;Bahan interviu…</translation>
    </message>
    <message>
        <source>Claimed against assessed, by the index points it costs</source>
        <translation>Klaim dibanding hasil asesor, menurut poin indeks yang hilang</translation>
    </message>
</context>
<context>
    <name>AssessorTab</name>
    <message>
        <source>Assessors&apos; &amp;verdicts</source>
        <translation>Penilaian &amp;Asesor</translation>
    </message>
    <message>
        <source>Claimed &lt;b&gt;{0}&lt;/b&gt; · supported by evidence &lt;b&gt;{1}&lt;/b&gt; · assessed &lt;b&gt;{2}&lt;/b&gt; ({3} of {4} indicators assessed; the others count with their claimed value)</source>
        <translation>Klaim &lt;b&gt;{0}&lt;/b&gt; · didukung bukti &lt;b&gt;{1}&lt;/b&gt; · hasil asesor &lt;b&gt;{2}&lt;/b&gt; ({3} dari {4} indikator dinilai; sisanya dihitung dengan nilai klaimnya)</translation>
    </message>
    <message>
        <source>Rounds: {0}</source>
        <translation>Putaran: {0}</translation>
    </message>
    <message>
        <source>No round yet.</source>
        <translation>Belum ada putaran.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Uraian butir</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Putusan</translation>
    </message>
    <message>
        <source>Assessor&apos;s note</source>
        <translation>Catatan asesor</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Hasil asesor</translation>
    </message>
    <message>
        <source>Index points lost</source>
        <translation>Poin indeks hilang</translation>
    </message>
    <message>
        <source>Saving the verdict…</source>
        <translation>Menyimpan putusan…</translation>
    </message>
    <message>
        <source>Round recorded: {0} items, {1} values.</source>
        <translation>Putaran dicatat: {0} butir, {1} nilai.</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Membaca {0}…</translation>
    </message>
    <message>
        <source>Save the assessors&apos; sheet</source>
        <translation>Simpan lembar asesor</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the interview pack</source>
        <translation>Simpan bahan interviu</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Tersimpan {0}.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Menulis {0}…</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Send an assignment to {0}</source>
        <translation>Kirim penugasan kepada {0}</translation>
    </message>
    <message>
        <source>Tick the indicators &lt;b&gt;{0}&lt;/b&gt; answers (all by default). In a Pemda-level submission each indicator usually has one owner OPD whose answer counts: set the owners here too.</source>
        <translation>Centang indikator yang dijawab oleh &lt;b&gt;{0}&lt;/b&gt; (semua, kecuali diubah). Dalam penilaian tingkat Pemda, setiap indikator biasanya punya satu OPD pemilik yang jawabannya dipakai: tetapkan pemiliknya di sini juga.</translation>
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
        <source>Owner OPD</source>
        <translation>OPD pemilik</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(tanpa pemilik)</translation>
    </message>
    <message>
        <source>{0} of {1} indicators chosen.</source>
        <translation>{0} dari {1} indikator dipilih.</translation>
    </message>
    <message>
        <source>Tick at least one indicator.</source>
        <translation>Centang paling sedikit satu indikator.</translation>
    </message>
    <message>
        <source>Send an assignment</source>
        <translation>Kirim penugasan</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Batas waktu:</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Pilih &amp;semua</translation>
    </message>
    <message>
        <source>Only those &amp;owned by this OPD</source>
        <translation>Hanya yang &amp;dimiliki OPD ini</translation>
    </message>
</context>
<context>
    <name>CoordItemsPage</name>
    <message>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Asal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Take the selected item out of use (an instrument&apos;s item the portal does not list this year, or one of yours that no longer applies); the OPDs follow with their next assignment. Its number is never given to another item.</source>
        <translation>Nonaktifkan butir yang dipilih (butir instrumen yang tahun ini tidak tercantum di portal, atau butir Anda yang tidak berlaku lagi); OPD mengikutinya dengan penugasan berikutnya. Nomornya tidak pernah diberikan kepada butir lain.</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Tambah butir</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Teks:</translation>
    </message>
    <message>
        <source>What the portal asks for, e.g. SK Tim Koordinasi Pemdi yang berlaku</source>
        <translation>Yang diminta portal, mis. SK Tim Koordinasi Pemdi yang berlaku</translation>
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
        <source>&amp;Add item</source>
        <translation>T&amp;ambah butir</translation>
    </message>
    <message>
        <source>Note for the portal (sent with your item)</source>
        <translation>Catatan untuk portal (dikirim bersama butir Anda)</translation>
    </message>
    <message>
        <source>What the OPD should write in the portal&apos;s note field for this item</source>
        <translation>Yang perlu ditulis OPD di kolom catatan portal untuk butir ini</translation>
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
        <source>&amp;Retire item</source>
        <translation>&amp;Nonaktifkan butir</translation>
    </message>
    <message>
        <source>Evidence a&amp;ge…</source>
        <translation>Umur &amp;bukti…</translation>
    </message>
    <message>
        <source>How recent this item&apos;s evidence must be, in months</source>
        <translation>Seberapa baru bukti butir ini harus ada, dalam bulan</translation>
    </message>
    <message>
        <source>Items copied from the national portal: a sheet (XLSX or CSV) with the columns Indikator, Level, Butir and optionally Kode and Umur maks (months). Items already there are not added twice.</source>
        <translation>Butir yang disalin dari portal nasional: lembar (XLSX atau CSV) dengan kolom Indikator, Level, Butir, dan bila ada Kode serta Umur maks (bulan). Butir yang sudah ada tidak ditambahkan dua kali.</translation>
    </message>
    <message>
        <source>The evidence items of each indicator, level by level: the instrument&apos;s own and the ones you add. Your items, with their notes, go to the OPDs with their next assignment; an item that no longer applies (an instrument&apos;s item the portal does not list this year, too) is retired, and the OPDs retire it with their next assignment. An item&apos;s number is never given to another.</source>
        <translation>Butir data dukung setiap indikator, per level: butir instrumen dan butir yang Anda tambahkan. Butir Anda, beserta catatannya, dikirim ke OPD bersama penugasan berikutnya; butir yang tidak berlaku lagi (termasuk butir instrumen yang tahun ini tidak tercantum di portal) dinonaktifkan, dan OPD ikut menonaktifkannya dengan penugasan berikutnya. Nomor butir tidak pernah diberikan kepada butir lain.</translation>
    </message>
    <message>
        <source>&amp;Import the portal&apos;s list…</source>
        <translation>&amp;Impor daftar portal…</translation>
    </message>
    <message>
        <source>&amp;Fresh within:</source>
        <translation>&amp;Umur maks.:</translation>
    </message>
    <message>
        <source>How recent the item&apos;s evidence must be, counted back from the start of the period (e.g. 12 for a yearly report); the evidence check warns about older documents</source>
        <translation>Seberapa baru bukti butir ini, dihitung mundur dari awal periode (mis. 12 untuk laporan tahunan); pemeriksa bukti memperingatkan dokumen yang lebih lama</translation>
    </message>
</context>
<context>
    <name>Coordinator</name>
    <message>
        <source>SPBE packages (*.spbe)</source>
        <translation>Paket SPBE (*.spbe)</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>revisi</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>wrong evidence</source>
        <translation>tidak tepat</translation>
    </message>
    <message>
        <source>not uploaded</source>
        <translation>belum diunggah</translation>
    </message>
    <message>
        <source>auto-rejected</source>
        <translation>ditolak otomatis</translation>
    </message>
    <message>
        <source>Self-assessment (internal team)</source>
        <translation>Penilaian mandiri (Tim Asesor Internal)</translation>
    </message>
    <message>
        <source>Document assessment</source>
        <translation>Penilaian dokumen</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interviu</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visitasi</translation>
    </message>
    <message>
        <source>Import the assessors&apos; sheet</source>
        <translation>Impor lembar asesor</translation>
    </message>
    <message>
        <source>Sheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Lembar kerja (*.xlsx *.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>not submitted yet</source>
        <translation>belum mengirim</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>ditugaskan</translation>
    </message>
    <message>
        <source>received</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>direviu</translation>
    </message>
    <message>
        <source>coordinator&apos;s decision</source>
        <translation>keputusan koordinator</translation>
    </message>
    <message>
        <source>owner OPD</source>
        <translation>OPD pemilik</translation>
    </message>
    <message>
        <source>all OPDs agree</source>
        <translation>semua OPD sama</translation>
    </message>
    <message>
        <source>OPDs differ: decide</source>
        <translation>berbeda: perlu keputusan</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>belum dijawab</translation>
    </message>
    <message>
        <source>no score from the other agency yet</source>
        <translation>skor dari instansi lain belum ada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>{0}: no answers yet</source>
        <translation>{0}: belum ada jawaban</translation>
    </message>
    <message>
        <source>{0} (provisional)</source>
        <translation>{0} (sementara)</translation>
    </message>
    <message>
        <source>Import OPD packages</source>
        <translation>Impor paket kiriman OPD</translation>
    </message>
    <message>
        <source>SPBE packages (*.spbe);;All files (*)</source>
        <translation>Paket SPBE (*.spbe);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Creating the signing key…</source>
        <translation>Membuat kunci penandatangan…</translation>
    </message>
</context>
<context>
    <name>CoordinatorHost</name>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Koordinator</translation>
    </message>
    <message>
        <source>&amp;Import packages…</source>
        <translation>&amp;Impor paket…</translation>
    </message>
    <message>
        <source>&amp;Consolidation</source>
        <translation>&amp;Konsolidasi</translation>
    </message>
    <message>
        <source>OPD &amp;ranking</source>
        <translation>&amp;Peringkat OPD</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;viu</translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation>Pe&amp;mantauan</translation>
    </message>
    <message>
        <source>Save the consolidated &amp;PDF report…</source>
        <translation>Simpan laporan konsolidasi (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Save the &amp;Excel workbook…</source>
        <translation>Simpan buku kerja &amp;Excel…</translation>
    </message>
    <message>
        <source>Write the p&amp;ortal folder…</source>
        <translation>Tulis f&amp;older portal…</translation>
    </message>
    <message>
        <source>&amp;Plan the target index…</source>
        <translation>&amp;Rencanakan target indeks…</translation>
    </message>
    <message>
        <source>Read-only: this workspace is open elsewhere or cannot be written to.</source>
        <translation>Hanya-baca: ruang kerja ini sedang dibuka di tempat lain atau lokasinya tidak dapat ditulisi.</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [hanya-baca]</translation>
    </message>
    <message>
        <source>{0} (coordinator) — {1}{2} — {3}</source>
        <translation>{0} (koordinator) — {1}{2} — {3}</translation>
    </message>
    <message>
        <source>{0} OPDs · consolidated value for {1} of {2} indicators</source>
        <translation>{0} OPD · nilai konsolidasi untuk {1} dari {2} indikator</translation>
    </message>
    <message>
        <source>Evidence &amp;items</source>
        <translation>&amp;Butir data dukung</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <source>&amp;OPD</source>
        <translation>&amp;OPD</translation>
    </message>
    <message>
        <source>The work units (OPD) of this evaluation and the state of their submissions. Send each OPD its assignment: the indicators it answers and the deadline.</source>
        <translation>OPD yang ikut dalam evaluasi ini dan keadaan kirimannya. Kirim penugasan kepada setiap OPD: indikator yang dijawabnya dan batas waktunya.</translation>
    </message>
    <message>
        <source>&amp;Add OPD…</source>
        <translation>&amp;Tambah OPD…</translation>
    </message>
    <message>
        <source>&amp;Send assignment…</source>
        <translation>&amp;Kirim penugasan…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Drop the OPDs&apos; .spbe packages here (many at once), or choose them with the button. Each package is checked completely before anything is stored.</source>
        <translation>Seret paket .spbe dari OPD ke sini (boleh banyak sekaligus), atau pilih dengan tombol. Setiap paket diperiksa lengkap sebelum ada yang disimpan.</translation>
    </message>
    <message>
        <source>&amp;Choose packages to import…</source>
        <translation>&amp;Pilih paket untuk diimpor…</translation>
    </message>
    <message>
        <source>&amp;Consolidation</source>
        <translation>&amp;Konsolidasi</translation>
    </message>
    <message>
        <source>Show only &amp;differences</source>
        <translation>Tampilkan hanya yang &amp;berbeda</translation>
    </message>
    <message>
        <source>Record a &amp;decision…</source>
        <translation>Catat &amp;keputusan…</translation>
    </message>
    <message>
        <source>&amp;Remove the decision</source>
        <translation>&amp;Hapus keputusan</translation>
    </message>
    <message>
        <source>Set the &amp;owner OPD…</source>
        <translation>Tetapkan OPD &amp;pemilik…</translation>
    </message>
    <message>
        <source>&amp;Evidence of this OPD…</source>
        <translation>&amp;Bukti dukung OPD ini…</translation>
    </message>
    <message>
        <source>&amp;Ranking</source>
        <translation>&amp;Peringkat</translation>
    </message>
    <message>
        <source>OPD ranking</source>
        <translation>Peringkat OPD</translation>
    </message>
    <message>
        <source>Comparison with earlier periods</source>
        <translation>Perbandingan dengan periode sebelumnya</translation>
    </message>
    <message>
        <source>Add a &amp;published result…</source>
        <translation>Tambah &amp;hasil yang sudah diumumkan…</translation>
    </message>
    <message>
        <source>From an earlier &amp;workspace…</source>
        <translation>Dari ruang &amp;kerja periode lalu…</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;viu</translation>
    </message>
    <message>
        <source>O&amp;PD:</source>
        <translation>O&amp;PD:</translation>
    </message>
    <message>
        <source>&amp;Accept all unmarked</source>
        <translation>&amp;Terima semua yang belum ditandai</translation>
    </message>
    <message>
        <source>&amp;Send receipt/review…</source>
        <translation>&amp;Kirim tanda terima/reviu…</translation>
    </message>
    <message>
        <source>Rep&amp;orts</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <source>The consolidated report of the Pemda (PDF, to print and sign) and the workbook with every OPD&apos;s answers (Excel).</source>
        <translation>Laporan konsolidasi Pemda (PDF, untuk dicetak dan ditandatangani) dan buku kerja berisi jawaban setiap OPD (Excel).</translation>
    </message>
    <message>
        <source>Save the consolidated &amp;PDF report…</source>
        <translation>Simpan laporan konsolidasi (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Save the &amp;Excel workbook…</source>
        <translation>Simpan buku kerja &amp;Excel…</translation>
    </message>
    <message>
        <source>Saved in this session (double-click to open):</source>
        <translation>Disimpan dalam sesi ini (klik dua kali untuk membuka):</translation>
    </message>
    <message>
        <source>{0} · period {1}</source>
        <translation>{0} · periode {1}</translation>
    </message>
    <message>
        <source>&amp;Award certificates…</source>
        <translation>&amp;Piagam penghargaan…</translation>
    </message>
    <message>
        <source>One certificate (PDF) for each OPD at the top of the ranking and for the largest improvement since the previous period</source>
        <translation>Satu piagam (PDF) untuk setiap OPD di peringkat teratas dan untuk peningkatan terbesar sejak periode sebelumnya</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Write down the reason for the decision.</source>
        <translation>Tuliskan alasan keputusan.</translation>
    </message>
    <message>
        <source>Coordinator&apos;s decision</source>
        <translation>Keputusan koordinator</translation>
    </message>
    <message>
        <source>&amp;Value for the Pemda:</source>
        <translation>&amp;Nilai untuk Pemda:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>e.g. the Perbup is signed; the evidence of Bappeda is the complete one</source>
        <translation>mis. Perbup sudah ditandatangani; bukti dukung Bappeda yang lengkap</translation>
    </message>
</context>
<context>
    <name>EarlierResultDialog</name>
    <message>
        <source>Enter the period and the published index.</source>
        <translation>Isi periode dan indeks yang diumumkan.</translation>
    </message>
    <message>
        <source>Published result of an earlier period</source>
        <translation>Hasil periode sebelumnya yang sudah diumumkan</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>e.g. 2024</source>
        <translation>mis. 2024</translation>
    </message>
    <message>
        <source>&amp;Index:</source>
        <translation>&amp;Indeks:</translation>
    </message>
    <message>
        <source>e.g. 2,65</source>
        <translation>mis. 2,65</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Sumber:</translation>
    </message>
    <message>
        <source>e.g. KemenPANRB evaluation result letter</source>
        <translation>mis. surat hasil evaluasi KemenPANRB</translation>
    </message>
</context>
<context>
    <name>EvidenceListDialog</name>
    <message>
        <source>Evidence of {0}</source>
        <translation>Bukti dukung {0}</translation>
    </message>
    <message>
        <source>{0} — indicator {1}: {2}</source>
        <translation>{0} — indikator {1}: {2}</translation>
    </message>
    <message>
        <source>Justification: {0}</source>
        <translation>Penjelasan: {0}</translation>
    </message>
    <message>
        <source>No justification written.</source>
        <translation>Tidak ada penjelasan.</translation>
    </message>
    <message>
        <source>(no evidence attached)</source>
        <translation>(tidak ada bukti dukung)</translation>
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
        <source>Evidence</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Importing packages…</source>
        <translation>Mengimpor paket…</translation>
    </message>
    <message>
        <source>{0} of {1} packages were not imported. The table says why for each file.</source>
        <translation>{0} dari {1} paket tidak diimpor. Alasannya tertulis di tabel untuk setiap berkas.</translation>
    </message>
    <message>
        <source>{0} packages imported.</source>
        <translation>{0} paket diimpor.</translation>
    </message>
    <message>
        <source>Imported (revision {0}).</source>
        <translation>Diimpor (revisi {0}).</translation>
    </message>
    <message>
        <source>Already imported earlier; nothing changed.</source>
        <translation>Sudah diimpor sebelumnya; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Not imported: {0}</source>
        <translation>Tidak diimpor: {0}</translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <source>instrument</source>
        <translation>instrumen</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <source>portal list</source>
        <translation>daftar portal</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Evidence &amp;items</source>
        <translation>&amp;Butir data dukung</translation>
    </message>
    <message>
        <source>Level {0}</source>
        <translation>Level {0}</translation>
    </message>
    <message>
        <source>{0} own</source>
        <translation>{0} sendiri</translation>
    </message>
    <message>
        <source>Indicator {0}: {1}</source>
        <translation>Indikator {0}: {1}</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>tidak dipakai</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>dipakai</translation>
    </message>
    <message>
        <source>The instrument&apos;s item: its text stays; retire it if the portal does not list it.</source>
        <translation>Butir instrumen: teksnya tetap; nonaktifkan bila portal tidak mencantumkannya.</translation>
    </message>
    <message>
        <source>&amp;Put back in use</source>
        <translation>&amp;Pakai lagi</translation>
    </message>
    <message>
        <source>&amp;Retire item</source>
        <translation>&amp;Nonaktifkan butir</translation>
    </message>
    <message>
        <source>Item {0} added to level {1}; it goes with the next assignment.</source>
        <translation>Butir {0} ditambahkan ke level {1}; butir ini ikut penugasan berikutnya.</translation>
    </message>
    <message>
        <source>Import the portal&apos;s item list</source>
        <translation>Impor daftar butir portal</translation>
    </message>
    <message>
        <source>Portal&apos;s item list</source>
        <translation>Daftar butir portal</translation>
    </message>
    <message>
        <source>{0} items added, {1} already there. They go with the next assignment.</source>
        <translation>{0} butir ditambahkan, {1} sudah ada. Butir ini ikut penugasan berikutnya.</translation>
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
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Owner OPD</source>
        <translation>OPD pemilik</translation>
    </message>
    <message>
        <source>Consolidated</source>
        <translation>Konsolidasi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Supported level {0}: an item up to the claim has no evidence.</source>
        <translation>Level berbukti {0}: ada butir sampai level yang diklaim yang belum ada buktinya.</translation>
    </message>
    <message>
        <source>{0} indicators · {1} OPDs · &lt;b&gt;{2} differ and need a decision&lt;/b&gt; · {3} decided by the coordinator · {4} not answered yet. Double-click an OPD&apos;s value to see its evidence. A value with a level in brackets claims more than its evidence supports.</source>
        <translation>{0} indikator · {1} OPD · &lt;b&gt;{2} berbeda dan perlu keputusan&lt;/b&gt; · {3} diputuskan koordinator · {4} belum dijawab. Klik dua kali nilai sebuah OPD untuk melihat bukti dukungnya. Nilai dengan level dalam kurung mengklaim lebih tinggi daripada yang didukung buktinya.</translation>
    </message>
    <message>
        <source>Indicator {0}: {1}</source>
        <translation>Indikator {0}: {1}</translation>
    </message>
    <message>
        <source>No OPD has answered this indicator yet.</source>
        <translation>Belum ada OPD yang menjawab indikator ini.</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(tanpa pemilik)</translation>
    </message>
    <message>
        <source>Which OPD answers indicator {0} for the Pemda?</source>
        <translation>OPD mana yang menjawab indikator {0} untuk Pemda?</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>For the monitoring meeting: every OPD against the target, the aspect profile beside the previous period, the index over the periods on record and each OPD&apos;s readiness. The consolidated PDF report prints the same charts.</source>
        <translation>Bahan rapat pemantauan: posisi setiap OPD terhadap target, profil aspek dibandingkan periode sebelumnya, indeks setiap periode yang tercatat, dan kesiapan setiap OPD. Laporan konsolidasi PDF mencetak grafik yang sama.</translation>
    </message>
    <message>
        <source>&amp;Target index:</source>
        <translation>&amp;Target indeks:</translation>
    </message>
    <message>
        <source>The index the Pemda aims for in this period (e.g. 3,00); 0 means none.</source>
        <translation>Indeks yang ingin dicapai Pemda pada periode ini (mis. 3,00); 0 berarti tidak ada.</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>&amp;Ambang:</translation>
    </message>
    <message>
        <source>OPDs whose index is below this stand out; 0 means the target.</source>
        <translation>OPD dengan indeks di bawah angka ini ditandai; 0 berarti sama dengan target.</translation>
    </message>
</context>
<context>
    <name>MonitorTab</name>
    <message>
        <source>&amp;Monitoring</source>
        <translation>Pe&amp;mantauan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Saving the target…</source>
        <translation>Menyimpan target…</translation>
    </message>
</context>
<context>
    <name>NewCoordinatorDialog</name>
    <message>
        <source>Enter the name of the regional government (Pemda).</source>
        <translation>Isi nama Pemerintah Daerah (Pemda).</translation>
    </message>
    <message>
        <source>New coordinator workspace</source>
        <translation>Ruang kerja koordinator baru</translation>
    </message>
    <message>
        <source>A coordinator workspace gathers the submissions of every OPD of the Pemda, consolidates them into one index and ranks the OPDs.</source>
        <translation>Ruang kerja koordinator menghimpun kiriman semua OPD di Pemda, mengonsolidasikannya menjadi satu indeks, dan menyusun peringkat OPD.</translation>
    </message>
    <message>
        <source>&amp;Regional government (Pemda):</source>
        <translation>&amp;Pemerintah Daerah (Pemda):</translation>
    </message>
    <message>
        <source>e.g. Kabupaten Mamuju</source>
        <translation>mis. Kabupaten Mamuju</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrumen:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
</context>
<context>
    <name>OpdTab</name>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima pada</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Sidik jari kunci</translation>
    </message>
    <message>
        <source>Add OPD</source>
        <translation>Tambah OPD</translation>
    </message>
    <message>
        <source>Name of the work unit (OPD):</source>
        <translation>Nama OPD:</translation>
    </message>
    <message>
        <source>Save the assignment for {0}</source>
        <translation>Simpan penugasan untuk {0}</translation>
    </message>
    <message>
        <source>Assignment for {0} saved as {1}.</source>
        <translation>Penugasan untuk {0} disimpan sebagai {1}.</translation>
    </message>
    <message>
        <source>Signing the assignment…</source>
        <translation>Menandatangani penugasan…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>This coordinator workspace has no signing key yet. Choose a passphrase (at least 8 characters) to protect it: every assignment and review you send is signed with it. Keep the passphrase safe; it cannot be recovered.</source>
        <translation>Ruang kerja koordinator ini belum punya kunci penandatangan. Pilih kata sandi (paling sedikit 8 karakter) untuk melindunginya: setiap penugasan dan reviu yang Anda kirim ditandatangani dengan kunci ini. Simpan kata sandi dengan aman; kata sandi tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>Enter the passphrase of the coordinator&apos;s signing key to sign.</source>
        <translation>Masukkan kata sandi kunci penandatangan koordinator untuk menandatangani.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Masukkan kata sandi.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Kedua kata sandi berbeda; ketik ulang.</translation>
    </message>
    <message>
        <source>Signing key passphrase</source>
        <translation>Kata sandi kunci penandatangan</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
</context>
<context>
    <name>RankingTab</name>
    <message>
        <source>{0} of {1} indicators settled (owner OPD or decision)</source>
        <translation>{0} dari {1} indikator sudah pasti (OPD pemilik atau keputusan)</translation>
    </message>
    <message>
        <source>; {0} differ and need a decision</source>
        <translation>; {0} berbeda dan perlu keputusan</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Indeks</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Indicators answered</source>
        <translation>Indikator dijawab</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} dari {1}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>this workspace (provisional)</source>
        <translation>ruang kerja ini (sementara)</translation>
    </message>
    <message>
        <source>this workspace</source>
        <translation>ruang kerja ini</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Save the consolidated report</source>
        <translation>Simpan laporan konsolidasi</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the workbook</source>
        <translation>Simpan buku kerja</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Menulis {0}…</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Tersimpan: {0}.</translation>
    </message>
    <message>
        <source>Award certificates</source>
        <translation>Piagam penghargaan</translation>
    </message>
    <message>
        <source>Award the OPDs ranked 1 to:</source>
        <translation>Beri piagam kepada OPD peringkat 1 sampai:</translation>
    </message>
    <message>
        <source>Writing the award certificates…</source>
        <translation>Menulis piagam penghargaan…</translation>
    </message>
    <message>
        <source>{0} certificates saved in {1}.</source>
        <translation>{0} piagam tersimpan di {1}.</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>The assessors sent back items on {0} of its indicators; they go with the review.</source>
        <translation>Asesor mengembalikan butir pada {0} indikatornya; ikut terkirim bersama reviu.</translation>
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
        <source>OPD&apos;s value</source>
        <translation>Nilai OPD</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Reviu</translation>
    </message>
    <message>
        <source>Note for the OPD (double-click to write)</source>
        <translation>Catatan untuk OPD (klik dua kali untuk menulis)</translation>
    </message>
    <message>
        <source>No OPD submission imported yet.</source>
        <translation>Belum ada kiriman OPD yang diimpor.</translation>
    </message>
    <message>
        <source>— not marked —</source>
        <translation>— belum ditandai —</translation>
    </message>
    <message>
        <source>{0} of {1} marked: {2} accepted, {3} to revise, {4} rejected.</source>
        <translation>{0} dari {1} ditandai: {2} diterima, {3} revisi, {4} ditolak.</translation>
    </message>
    <message>
        <source>Save the receipt/review for {0}</source>
        <translation>Simpan tanda terima/reviu untuk {0}</translation>
    </message>
    <message>
        <source>Review for {0} saved as {1}.</source>
        <translation>Reviu untuk {0} disimpan sebagai {1}.</translation>
    </message>
    <message>
        <source>Signing the review…</source>
        <translation>Menandatangani reviu…</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>&lt;b&gt;The signing key of this OPD has changed.&lt;/b&gt; Its earlier packages were signed with another key. Accept the new key only after the OPD confirmed it.</source>
        <translation>&lt;b&gt;Kunci penandatangan OPD ini berubah.&lt;/b&gt; Paket-paket sebelumnya ditandatangani dengan kunci lain. Terima kunci baru hanya setelah OPD itu membenarkannya.</translation>
    </message>
    <message>
        <source>A package from an OPD whose signing key is not known yet:</source>
        <translation>Paket dari OPD yang kunci penandatangannya belum dikenal:</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one printed on the OPD&apos;s signed PDF summary (or ask the OPD by telephone). Trust the key only if they are identical.</source>
        <translation>Cocokkan sidik jari ini dengan yang tercetak pada ringkasan PDF OPD yang sudah ditandatangani (atau tanyakan kepada OPD lewat telepon). Percayai kunci ini hanya jika keduanya sama persis.</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>&amp;Percayai kunci ini</translation>
    </message>
    <message>
        <source>Do &amp;not import</source>
        <translation>&amp;Jangan impor</translation>
    </message>
    <message>
        <source>Write down why the key changed.</source>
        <translation>Tuliskan mengapa kuncinya berubah.</translation>
    </message>
    <message>
        <source>Check the OPD&apos;s signing key</source>
        <translation>Periksa kunci penandatangan OPD</translation>
    </message>
    <message>
        <source>&amp;Why did the key change? (required, kept in the history)</source>
        <translation>&amp;Mengapa kuncinya berubah? (wajib, disimpan dalam riwayat)</translation>
    </message>
    <message>
        <source>e.g. the OPD reinstalled its computer and made a new key</source>
        <translation>mis. OPD memasang ulang komputernya dan membuat kunci baru</translation>
    </message>
</context>
</TS>
