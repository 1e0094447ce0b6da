"""The steps of the user guide (Panduan Pengguna): part 1 for the OPD operator, part 2 for the
Diskominfo coordinator, each step naming the screenshot it shows. Indonesian and English.

Paragraph text uses reportlab's markup (<b>, <i>); a paragraph starting with "• " is a bullet.
"""

from __future__ import annotations

from typing import NamedTuple


class Step(NamedTuple):
    shot: str  # the screenshot's key
    title: tuple[str, str]  # (Indonesian, English)
    text: tuple[tuple[str, ...], tuple[str, ...]]


class Part(NamedTuple):
    title: tuple[str, str]
    intro: tuple[str, str]
    steps: tuple[Step, ...]


OPD = Part(
    ("Bagian 1 — Operator OPD", "Part 1 — OPD operator"),
    (
        "Operator OPD mengisi penilaian mandiri OPD-nya: memilih tingkat kematangan setiap "
        "indikator, menulis penjelasan, melampirkan bukti dukung, lalu mengirim paket bertanda "
        "tangan ke Diskominfo. Semua tersimpan otomatis dalam satu berkas ruang kerja.",
        "The OPD operator fills in the OPD's self-assessment: a maturity level for every "
        "indicator, a justification and the evidence, then sends a signed package to the "
        "Diskominfo. Everything is saved automatically in one workspace file.",
    ),
    (
        Step(
            "welcome",
            ("Membuka aplikasi", "Starting the app"),
            (
                (
                    "Saat dibuka, aplikasi menampilkan layar pembuka. Pada pemakaian pertama, tur "
                    "singkat menunjuk bagian-bagian utama; tur dapat dilewati dan dibuka lagi dari "
                    "menu <i>Bantuan</i>.",
                    "• <b>Buat ruang kerja baru</b> untuk OPD Anda.",
                    "• <b>Buka ruang kerja yang ada</b>, atau klik dua kali di daftar <i>Ruang kerja terakhir</i>.",
                    "• <b>Coba ruang kerja demo</b> untuk berlatih tanpa takut salah.",
                ),
                (
                    "The app opens on the welcome screen. On first use a short tour points at the "
                    "main parts; it can be skipped and reopened from the <i>Help</i> menu.",
                    "• <b>Create a new workspace</b> for your OPD.",
                    "• <b>Open a workspace</b>, or double-click one under <i>Recent workspaces</i>.",
                    "• <b>Try the demo workspace</b> to practise without fear of mistakes.",
                ),
            ),
        ),
        Step(
            "new_workspace",
            ("Membuat ruang kerja", "Creating a workspace"),
            (
                (
                    "Isi nama OPD lengkap, tahun penilaian, dan lokasi berkas. Instrumen mengikuti "
                    "tahunnya: SPBE (PermenPANRB 59/2020) sampai 2025, Pemerintah Digital "
                    "(PermenPANRB 8/2026) mulai 2026.",
                    "Bila Diskominfo mengirim penugasan, pakai <i>Paket → Buka penugasan</i>: "
                    "indikator yang menjadi tugas OPD dan tenggatnya langsung terpasang.",
                ),
                (
                    "Enter the OPD's full name, the evaluation year and where to save the file. The "
                    "instrument follows the year: SPBE (PermenPANRB 59/2020) up to 2025, Digital "
                    "Government (PermenPANRB 8/2026) from 2026.",
                    "If the Diskominfo sent an assignment, use <i>Package → Open assignment</i>: the "
                    "OPD's indicators and the deadline are set at once.",
                ),
            ),
        ),
        Step(
            "indicator",
            ("Mengisi indikator", "Filling in an indicator"),
            (
                (
                    "Kiri: daftar indikator per aspek dengan tanda keadaannya. Kanan: nama indikator, "
                    "penjelasan singkat tentang apa yang dinilai, dan kelima tingkat dengan kriterianya.",
                    "• Klik sebuah tingkat atau tekan angka 1–5. Tingkat bersifat bertahap.",
                    "• Tulis penjelasan: mengapa tingkat itu terpenuhi dan bukti mana yang menunjukkannya.",
                    "• Indeks dan predikat di bilah bawah berubah langsung; selama ada indikator kosong indeks ditandai <i>sementara</i>.",
                ),
                (
                    "Left: the indicator list by aspect, with each one's state. Right: the "
                    "indicator's name, a short note on what it assesses, and the five levels with "
                    "their criteria.",
                    "• Click a level or press 1–5. Levels build on each other.",
                    "• Write the justification: why the level is met and which evidence shows it.",
                    "• The index and rating in the status bar change at once; while indicators are empty the index is marked <i>provisional</i>.",
                ),
            ),
        ),
        Step(
            "guidance",
            ("Membaca panduan indikator", "Reading the indicator's guidance"),
            (
                (
                    "Di atas daftar bukti, kotak <b>Panduan</b> (dibuka dengan <i>Tampilkan "
                    "panduan</i>; tetap terbuka sampai Anda menutupnya) menunjukkan bukti yang diharapkan "
                    "asesor untuk setiap tingkat dan hal yang sering ditolak asesor, masing-masing "
                    "dengan sumber dan tingkat keyakinannya. Contoh: pada indikator Keamanan "
                    "Pemerintah Digital, hasil Indeks KAMI ditolak karena yang diminta hasil IKASANDI.",
                    "Aturan yang dapat dikenali dari berkas (nama berkas atau teks PDF) juga "
                    "diperiksa otomatis dan muncul sebagai peringatan.",
                ),
                (
                    "Above the evidence list, the <b>Guidance</b> box (opened with <i>Show the "
                    "guidance</i>; it stays open until you close it) shows the evidence assessors "
                    "expect at each level and what they commonly reject, each with its source and "
                    "confidence. For example, on Digital Government Security an Indeks KAMI result "
                    "is rejected because an IKASANDI result is asked for.",
                    "Rules a file can show (its name or the PDF's text) are also checked "
                    "automatically and appear as warnings.",
                ),
            ),
        ),
        Step(
            "evidence",
            ("Melampirkan bukti dukung", "Attaching evidence"),
            (
                (
                    "Seret berkas dari Explorer ke daftar bukti, atau klik <b>Lampirkan bukti "
                    "dukung</b>. Berkas disalin ke dalam ruang kerja; pratinjau halaman pertama "
                    "tampil di sebelah kanan.",
                    "Kotak merah <b>Pemeriksaan bukti dukung</b> menyebut yang akan ditolak atau "
                    "dipertanyakan asesor: tingkat tanpa bukti, PDF rusak atau terkunci, gambar "
                    "terlalu kecil, dokumen yang tidak tepat, atau dokumen yang kurang.",
                ),
                (
                    "Drag files from Explorer onto the evidence list, or click <b>Attach "
                    "evidence</b>. Files are copied into the workspace; the first page is previewed "
                    "on the right.",
                    "The red <b>Evidence check</b> box names what assessors would reject or "
                    "question: a level without evidence, a damaged or locked PDF, an image too small "
                    "to read, the wrong document, or a missing one.",
                ),
            ),
        ),
        Step(
            "overview",
            ("Melihat ringkasan", "The overview"),
            (
                (
                    "<i>Navigasi → Ringkasan</i> (Ctrl+0) menampilkan indeks setiap aspek, jumlah "
                    "indikator terjawab, dan bukti dukungnya. Klik dua kali sebuah aspek untuk "
                    "melompat ke indikatornya.",
                ),
                (
                    "<i>Go → Overview</i> (Ctrl+0) shows each aspect's index, the indicators "
                    "answered and their evidence. Double-click an aspect to jump to its indicators.",
                ),
            ),
        ),
        Step(
            "export",
            ("Mengirim paket", "Sending the package"),
            (
                (
                    "<i>Paket → Kirim paket</i> (Ctrl+E) menampilkan temuan pemeriksaan bukti, blok "
                    "tanda tangan Kepala OPD (nama, NIP, tempat, tanggal), dan kata sandi kunci. "
                    "Pengiriman pertama membuat kunci penandatangan OPD.",
                    "Paket <i>.spbe</i> diperiksa ulang sebelum aplikasi menyatakan selesai. Kirim "
                    "lewat flashdisk, surel, atau WhatsApp; cetak ringkasan PDF (<i>Paket → Cetak "
                    "ringkasan</i>) untuk ditandatangani Kepala OPD. Sidik jari kunci pada kertas "
                    "itu yang dicocokkan Diskominfo.",
                ),
                (
                    "<i>Package → Export package</i> (Ctrl+E) shows the evidence check's findings, "
                    "the head of the OPD's signature block (name, NIP, place, date) and the key "
                    "passphrase. The first export makes the OPD's signing key.",
                    "The <i>.spbe</i> package is checked again before the app says it is done. Hand "
                    "it over by USB stick, e-mail or WhatsApp; print the PDF summary (<i>Package → "
                    "Print summary</i>) for the head of the OPD to sign. The Diskominfo compares the "
                    "key fingerprint on that paper.",
                ),
            ),
        ),
        Step(
            "review",
            ("Menerima catatan reviu", "Receiving review notes"),
            (
                (
                    "Diskominfo mengirim tanda terima atau catatan reviu. Ambil dengan <i>Paket → "
                    "Terima tanda terima / reviu</i>. Catatan tampil di setiap indikator: hijau "
                    "diterima, jingga perlu revisi, merah ditolak. Perbaiki, lalu kirim paket lagi "
                    "sebagai revisi berikutnya.",
                ),
                (
                    "The Diskominfo sends a receipt or review notes. Take them in with <i>Package → "
                    "Receive receipt / review</i>. Notes show on each indicator: green accepted, "
                    "orange revise, red rejected. Fix, then send the package again as the next "
                    "revision.",
                ),
            ),
        ),
        Step(
            "help",
            ("Bantuan di setiap layar", "Help on every screen"),
            (
                (
                    "Tekan <b>F1</b> di layar atau jendela mana pun: halaman bantuan untuk layar itu "
                    "terbuka, dalam bahasa antarmuka, tanpa internet. <i>Bantuan → Daftar isi "
                    "bantuan</i> membuka semua halaman.",
                ),
                (
                    "Press <b>F1</b> on any screen or window: the help page for it opens, in the "
                    "interface language, without internet. <i>Help → Help contents</i> lists every "
                    "page.",
                ),
            ),
        ),
    ),
)

COORDINATOR = Part(
    ("Bagian 2 — Koordinator Diskominfo", "Part 2 — Diskominfo coordinator"),
    (
        "Koordinator menerima paket bertanda tangan dari setiap OPD, memeriksa dan "
        "menggabungkannya menjadi indeks Pemda, memutuskan konflik, mengirim catatan reviu, dan "
        "menyusun laporan. Di layar pembuka, <b>Coba demo koordinator</b> membuka Pemda contoh "
        "dengan enam OPD di tengah siklus; gambar di bagian ini diambil dari demo itu.",
        "The coordinator receives each OPD's signed package, checks and consolidates them into "
        "the Pemda's index, decides conflicts, sends review notes and prepares the reports. On the "
        "welcome screen, <b>Try the coordinator demo</b> opens a sample Pemda with six OPDs in the "
        "middle of the cycle; the figures in this part are taken from it.",
    ),
    (
        Step(
            "coord_opd",
            ("OPD dan penugasan", "OPDs and assignments"),
            (
                (
                    "Buat ruang kerja koordinator dari layar pembuka (nama Pemda dan tahun). Tab "
                    "<b>OPD</b> menampilkan setiap OPD dan keadaan kirimannya: belum mengirim, "
                    "revisi terakhir, tanggal, dan sidik jari kuncinya.",
                    "<b>Tambah OPD</b>, lalu <b>Kirim penugasan</b> untuk setiap OPD.",
                ),
                (
                    "Create a coordinator workspace from the welcome screen (the Pemda's name and the "
                    "year). The <b>OPD</b> tab lists each OPD and the state of its submission: "
                    "nothing yet, the latest revision, its date and its key fingerprint.",
                    "<b>Add OPD</b>, then <b>Send assignment</b> to each OPD.",
                ),
            ),
        ),
        Step(
            "coord_assign",
            ("Mengirim penugasan", "Sending an assignment"),
            (
                (
                    "Centang indikator yang dijawab OPD, tetapkan OPD pemilik setiap indikator, dan "
                    "pilih tenggat. Penugasan ditandatangani kunci koordinator; OPD membuat ruang "
                    "kerjanya dari berkas itu.",
                ),
                (
                    "Tick the indicators the OPD answers, set each indicator's owner OPD and choose "
                    "the deadline. The assignment is signed with the coordinator's key; the OPD makes "
                    "its workspace from that file.",
                ),
            ),
        ),
        Step(
            "coord_import",
            ("Mengimpor paket OPD", "Importing the OPDs' packages"),
            (
                (
                    "Seret paket <i>.spbe</i> ke tab <b>Impor</b> (banyak sekaligus). Setiap paket "
                    "diperiksa penuh sebelum disimpan: ZIP, hash setiap berkas, tanda tangan, dan "
                    "isinya. Paket yang sama tidak diimpor dua kali; revisi lama ditolak.",
                    "Kunci OPD yang baru harus dicocokkan dengan sidik jari pada ringkasan bertanda "
                    "tangan sebelum diterima.",
                ),
                (
                    "Drop the <i>.spbe</i> packages on the <b>Import</b> tab (many at once). Each is "
                    "checked fully before anything is stored: the ZIP, every file's hash, the "
                    "signature and the content. The same package is never imported twice; an older "
                    "revision is refused.",
                    "A new OPD key must be compared with the fingerprint on the signed summary "
                    "before it is accepted.",
                ),
            ),
        ),
        Step(
            "coord_matrix",
            ("Konsolidasi dan konflik", "Consolidation and conflicts"),
            (
                (
                    "Tab <b>Konsolidasi</b> menampilkan matriks indikator × OPD dan nilai "
                    "konsolidasinya. Baris merah berarti beberapa OPD menjawab berbeda dan "
                    "koordinator harus memutuskan; selama itu indeks Pemda bersifat sementara.",
                ),
                (
                    "The <b>Consolidation</b> tab shows the indicator × OPD matrix and the "
                    "consolidated values. A red row means OPDs answered differently and the "
                    "coordinator must decide; until then the Pemda's index is provisional.",
                ),
            ),
        ),
        Step(
            "coord_decision",
            ("Mencatat keputusan", "Recording a decision"),
            (
                (
                    "<b>Catat keputusan</b>: pilih nilai yang berlaku untuk Pemda dan tulis "
                    "alasannya (misalnya hasil rapat Tim Koordinasi). Keputusan tersimpan di riwayat "
                    "dan dapat dihapus kembali.",
                ),
                (
                    "<b>Record a decision</b>: choose the value that counts for the Pemda and write "
                    "the reason (for example the coordination team's meeting). The decision is kept "
                    "in the history and can be removed again.",
                ),
            ),
        ),
        Step(
            "coord_review",
            ("Reviu dan catatan untuk OPD", "Review and notes for the OPD"),
            (
                (
                    "Pilih OPD di tab <b>Reviu</b>, tandai setiap indikator diterima, revisi, atau "
                    "ditolak, dan tulis catatan yang jelas: apa yang kurang dan bukti apa yang "
                    "diminta. <b>Kirim tanda terima/reviu</b> membuat berkas bertanda tangan untuk "
                    "OPD itu.",
                ),
                (
                    "Choose the OPD on the <b>Review</b> tab, mark each indicator accepted, revise or "
                    "rejected, and write a clear note: what is missing and which evidence is asked "
                    "for. <b>Send receipt/review</b> makes a signed file for that OPD.",
                ),
            ),
        ),
        Step(
            "coord_ranking",
            ("Peringkat OPD dan periode lalu", "OPD ranking and earlier periods"),
            (
                (
                    "Tab <b>Peringkat</b> mengurutkan OPD menurut indeksnya dan membandingkan indeks "
                    "Pemda dengan periode sebelumnya (hasil yang sudah diumumkan, atau dibaca dari "
                    "ruang kerja koordinator tahun lalu).",
                ),
                (
                    "The <b>Ranking</b> tab orders the OPDs by their index and compares the Pemda's "
                    "index with earlier periods (published results, or read from last year's "
                    "coordinator workspace).",
                ),
            ),
        ),
        Step(
            "coord_reports",
            ("Laporan", "Reports"),
            (
                (
                    "Tab <b>Laporan</b> menyimpan laporan konsolidasi PDF (untuk dicetak dan "
                    "ditandatangani) dan buku kerja Excel berisi jawaban setiap OPD.",
                ),
                (
                    "The <b>Reports</b> tab saves the consolidated PDF report (to print and sign) and "
                    "the Excel workbook with every OPD's answers.",
                ),
            ),
        ),
    ),
)
