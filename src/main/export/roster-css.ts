import type { Paper } from '../../shared/contract';

// Print styles of the roster. One `.sheet` is one printed page; the same markup and CSS serve the
// PDF writer, Electron's printToPDF and the app's print-preview view (which shows sheets on screen).

const paperSize: Record<Paper, { width: string; height: string }> = {
  A4: { width: '210mm', height: '297mm' },
  Letter: { width: '8.5in', height: '11in' },
};

const pageMargin = '13mm 14mm 14mm';

export function rosterCss(paper: Paper): string {
  const size = paperSize[paper] ?? paperSize.A4;
  return `
@page { size: ${paper === 'Letter' ? 'Letter' : 'A4'}; margin: ${pageMargin}; }
.kupu-roster, .kupu-roster * { box-sizing: border-box; }
.kupu-roster {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif;
  font-size: 9.5pt; line-height: 1.35; color: #1d2530;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
.kupu-roster .sheet { break-after: page; }
.kupu-roster .sheet:last-child { break-after: auto; }
.kupu-roster h1, .kupu-roster h2, .kupu-roster h3, .kupu-roster p, .kupu-roster dl, .kupu-roster dd { margin: 0; }
.kupu-roster .band {
  background: #0f5f6e; color: #fff; border-radius: 2.5mm; padding: 3.5mm 5mm 3.8mm; margin-bottom: 4mm;
}
.kupu-roster .band-top {
  display: flex; justify-content: space-between; gap: 6mm; font-size: 8pt; letter-spacing: 0.04em;
  text-transform: uppercase; opacity: 0.85;
}
.kupu-roster .band-top .program { overflow-wrap: anywhere; min-width: 0; }
.kupu-roster .band-top .doc-title { white-space: nowrap; }
.kupu-roster .cohort { font-size: 16pt; font-weight: 700; line-height: 1.2; margin-top: 1mm; overflow-wrap: anywhere; }
.kupu-roster .phase { font-size: 9.5pt; margin-top: 0.8mm; opacity: 0.95; }
.kupu-roster .group-head {
  display: flex; flex-wrap: wrap; align-items: baseline; gap: 1.5mm 3mm; margin: 0 0 3mm;
  padding-bottom: 2mm; border-bottom: 0.3mm solid #c9d3dc;
}
.kupu-roster .group-title { font-size: 13pt; font-weight: 700; color: #0f5f6e; margin-right: 2mm; }
.kupu-roster .chip {
  display: inline-block; border: 0.25mm solid #b7c6d1; border-radius: 10mm; padding: 0.3mm 2.6mm;
  font-size: 8.5pt; color: #33414f; background: #f4f7f9; overflow-wrap: anywhere; max-width: 100%;
}
.kupu-roster .chip b { font-weight: 600; color: #5b6b7a; }
.kupu-roster .section-title {
  font-size: 8pt; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; color: #5b6b7a;
  margin: 3.5mm 0 1.8mm;
}
.kupu-roster .person {
  break-inside: avoid; page-break-inside: avoid;
  border: 0.25mm solid #d3dbe3; border-radius: 2mm; padding: 2.4mm 3.5mm 2.6mm; margin-bottom: 2.2mm;
}
.kupu-roster .person.mentor { border-left: 1.4mm solid #0f5f6e; background: #f1f7f8; }
.kupu-roster .person-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.6mm 2.5mm; margin-bottom: 1mm; }
.kupu-roster .person-skill { margin-left: auto; text-align: right; max-width: 100%; overflow-wrap: anywhere; }
.kupu-roster .person-skill .label { font-size: 8pt; color: #5b6b7a; }
.kupu-roster .role {
  display: inline-block; vertical-align: 0.1em; margin-right: 1.2mm; font-size: 7.5pt; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase;
  color: #fff; background: #6d7f8f; border-radius: 1mm; padding: 0.2mm 1.6mm;
}
.kupu-roster .mentor .role { background: #0f5f6e; }
.kupu-roster .name { flex: 0 1 auto; font-size: 11.5pt; font-weight: 700; line-height: 1.25; min-width: 0; overflow-wrap: anywhere; }
.kupu-roster .nick { font-weight: 400; color: #4b5a68; }
.kupu-roster .facts {
  display: grid; grid-template-columns: 17mm minmax(0, 1fr) 13mm minmax(0, 1.35fr);
  gap: 0.6mm 2.5mm; align-items: baseline;
}
.kupu-roster .facts dt { font-size: 8pt; color: #5b6b7a; overflow-wrap: anywhere; }
.kupu-roster .facts dd { min-width: 0; overflow-wrap: anywhere; }
.kupu-roster a { color: inherit; text-decoration: none; }
.kupu-roster .muted { color: #8a97a3; }
.kupu-roster .empty { color: #5b6b7a; font-style: italic; margin: 2mm 0; }
.kupu-roster .note {
  break-inside: avoid; margin-top: 3.5mm; padding: 2.4mm 3.5mm; border-radius: 2mm;
  background: #fbf6e6; border: 0.25mm solid #eadfb8; font-size: 9pt;
}
.kupu-roster .note h3 { font-size: 8pt; letter-spacing: 0.05em; text-transform: uppercase; color: #7a6520; margin-bottom: 0.8mm; }
.kupu-roster .note p { white-space: pre-wrap; overflow-wrap: anywhere; }
@media screen {
  .kupu-roster { background: #e6eaee; padding: 8mm 0; }
  .kupu-roster .sheet {
    width: ${size.width}; min-height: ${size.height}; margin: 0 auto 8mm; padding: ${pageMargin};
    background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.18);
  }
}
`;
}
