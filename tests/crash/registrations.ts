// A generated registration export: `count` distinct participants (one email each) in Google Forms'
// English layout, deterministic so every crash run imports the same file.

const firstNames = 'Siti Dewi Rina Sari Ayu Fitri Indah Lestari Yuli Wulan Ratna Putri Eka Mega Nur Rahma Sri Dian'.split(' ');
const lastNames = 'Nurhaliza Lestari Marlina Wulandari Hasanah Kartika Handayani Susanti Permatasari Pratiwi Safitri'.split(' ');
const cities = 'Bandung Jakarta Surabaya Yogyakarta Medan Makassar Semarang Bogor'.split(' ');
const skills = ['Canva', 'Public Speaking', 'Mind Mapping', 'Menulis Kreatif', 'Memasak', 'Baking', 'Tahsin', 'Copywriting', 'Digital Marketing', 'Menjahit'];
const kinds = ['Peer 1:1', 'Group', 'Both'];

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

export function registrationCsv(count: number): string {
  const lines = ['Timestamp,Email address,Full name,Nickname,WhatsApp number,City,Level,Skills you can mentor,Skills you want to learn,Kind of mentoring,Max mentees'];
  for (let i = 0; i < count; i++) {
    const first = firstNames[i % firstNames.length];
    const name = `${first} ${lastNames[(i >> 3) % lastNames.length]} ${i}`;
    const offers = [skills[i % skills.length], skills[(i * 7 + 3) % skills.length]];
    const seeks = [skills[(i * 3 + 1) % skills.length]];
    lines.push([
      `11/${1 + (i % 28)}/2026 09:${String(i % 60).padStart(2, '0')}:00`,
      `${first.toLowerCase()}.${i}@example.com`,
      name,
      first,
      `0812${String(10_000_000 + i).slice(-8)}`,
      cities[i % cities.length],
      `Batch ${7 + (i % 3)}`,
      [...new Set(offers)].join(', '),
      seeks.join(', '),
      kinds[i % kinds.length],
      String(1 + (i % 5)),
    ].map(quote).join(','));
  }
  return `${lines.join('\n')}\n`;
}
