import type { Catalog } from '../en';

export const reviewWords = {
  review: {
    title: 'Perlu ditinjau',
    intro: 'Hal-hal yang tidak bisa diputuskan sendiri oleh impor: mentor pilihan yang perlu ditentukan atau dikonfirmasi, jawaban yang disimpan apa adanya, dan keahlian yang tampaknya sama. Setiap jawaban di sini bisa diurungkan.',
    count_one: '{{count}} hal perlu ditinjau',
    count_other: '{{count}} hal perlu ditinjau',
    empty: 'Tidak ada yang perlu ditinjau.',
    fuzzy: {
      title_one: '{{count}} mentor pilihan dicocokkan dengan tebakan: mohon dikonfirmasi',
      title_other: '{{count}} mentor pilihan dicocokkan dengan tebakan: mohon dikonfirmasi',
      hint: 'Nama di formulir hanya cocok dengan sebagian nama, atau ejaannya sedikit berbeda. Konfirmasi dengan satu klik, atau pilih siapa yang dimaksud.',
      matched: 'Dicocokkan dengan',
      confirm: 'Benar',
      other: 'Orang lain…',
      otherLabel: 'Orang lain sebagai “{{typed}}” pilihan {{mentee}}',
      confirmLabel: 'Benar, {{mentor}} adalah “{{typed}}” pilihan {{mentee}}',
      more: '…dan {{count}} lagi: muncul di sini setelah yang ini dikonfirmasi.',
    },
    unresolvedMore: '…dan {{count}} lagi: muncul di sini setelah yang ini ditentukan.',
    values: {
      title_one: '{{count}} jawaban dari impor terakhir perlu dicek',
      title_other: '{{count}} jawaban dari impor terakhir perlu dicek',
      hint: 'Jawaban-jawaban ini tidak terbaca seperti seharusnya: disimpan apa adanya, atau dilewati. Perbaiki di Peserta bila perlu, lalu tandai sudah dicek.',
      who: 'Peserta',
      what: 'Yang terjadi',
      checked: 'Sudah dicek',
      checkedLabel: 'Sudah dicek: {{what}}',
    },
    details: {
      title: 'Mentor pilihan yang perlu ditinjau',
      fuzzy: '“{{typed}}” → {{mentor}} (perlu dikonfirmasi)',
      unresolved: '“{{typed}}”: belum ditentukan',
    },
  },
} satisfies Pick<Catalog, 'review'>;
