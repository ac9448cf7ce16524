// The directory's styles: 'screen' for the shared HTML file (phone first, light or dark as the phone
// is), 'print' for the A4 catalogue (a mentor is never split across pages).

const shared = `
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif;
  line-height: 1.4; color: #1d2530; background: #f4f5f7; overflow-wrap: anywhere; }
h1, h2, h3, p, dl, dd, blockquote { margin: 0; }
.top { background: #0f5f6e; color: #fff; padding: 16px max(16px, calc((100% - 1100px) / 2)); }
.top h1 { font-size: 1.5rem; }
.top .program { font-size: .85rem; letter-spacing: .04em; text-transform: uppercase; opacity: .9; }
.top .meta { font-size: .85rem; margin-top: 4px; opacity: .9; }
.top .intro { margin-top: 8px; font-size: .95rem; }
main { padding: 8px 12px 32px; }
.skill { margin-top: 16px; }
.skill h2 { font-size: 1.15rem; padding: 6px 4px; border-bottom: 2px solid #0f5f6e; }
.skill h2 small { font-weight: normal; font-size: .8rem; color: #5a6472; }
.mentor { background: #fff; border: 1px solid #d6dae0; border-left: 5px solid #1b8a4b; border-radius: 8px; padding: 10px 12px; margin-top: 8px; }
.mentor.full { border-left-color: #c27c0e; }
.mentor.closed { border-left-color: #8a929c; opacity: .8; }
.mentor header { display: flex; justify-content: space-between; gap: 8px; align-items: baseline; }
.mentor h3 { font-size: 1.05rem; }
.mentor .nick { font-weight: normal; color: #5a6472; }
.status { font-size: .75rem; font-weight: bold; text-transform: uppercase; padding: 2px 8px; border-radius: 999px; background: #e3f4ea; color: #11653a; white-space: nowrap; }
.full .status { background: #fcefd9; color: #7a4b00; }
.closed .status { background: #e8eaed; color: #3d444d; }
.seats { font-size: .9rem; color: #3d444d; margin-top: 2px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin-top: 6px; font-size: .9rem; }
dt { color: #5a6472; }
.offers { font-size: .9rem; margin-top: 6px; }
mark { background: #fff1b8; color: inherit; }
blockquote { margin-top: 6px; font-size: .9rem; padding-left: 8px; border-left: 3px solid #d6dae0; color: #2d3540; white-space: pre-line; }
a { color: #0b5cad; }
.empty { padding: 24px 4px; color: #3d444d; }
`;

const screen = `
.search { display: flex; gap: 8px; align-items: center; padding: 12px max(12px, calc((100% - 1100px) / 2)); background: #fff; position: sticky; top: 0; z-index: 1; border-bottom: 1px solid #d6dae0; }
.search span { font-weight: bold; }
.search input { flex: 1; font: inherit; padding: 8px 10px; border: 1px solid #8a929c; border-radius: 6px; min-width: 0; }
#nomatch { padding: 16px; }
.contents { display: flex; flex-wrap: wrap; gap: 6px; padding: 10px max(12px, calc((100% - 1100px) / 2)) 0; }
.contents a { background: #fff; border: 1px solid #d6dae0; border-radius: 999px; padding: 3px 10px; font-size: .85rem; text-decoration: none; }
@media (min-width: 760px) {
  main { max-width: 1100px; margin: 0 auto; }
  .skill { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 0 12px; }
  .skill h2 { grid-column: 1 / -1; }
}
@media (prefers-color-scheme: dark) {
  body { background: #14181d; color: #e4e7eb; }
  .mentor, .search, .contents a { background: #1e242b; border-color: #3a424c; }
  .search input { background: #14181d; color: #e4e7eb; border-color: #5a6472; }
  .skill h2 small, .mentor .nick, .seats, dt, .empty { color: #aab3bd; }
  blockquote { color: #d0d5db; border-color: #3a424c; }
  a { color: #7cb8ff; }
  mark { background: #5c4a00; }
}
`;

const print = `
@page { size: A4; margin: 14mm 13mm; }
.top { padding: 5mm 6mm; }
body { background: #fff; font-size: 9.5pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.top { border-radius: 3mm; }
main { padding: 0; }
.skill { display: grid; grid-template-columns: 1fr 1fr; gap: 0 4mm; margin-top: 5mm; }
.skill h2 { grid-column: 1 / -1; break-after: avoid; }
.mentor { break-inside: avoid; page-break-inside: avoid; margin-top: 3mm; }
.contents { display: none; }
`;

export function directoryCss(medium: 'screen' | 'print'): string {
  return shared + (medium === 'screen' ? screen : print);
}
