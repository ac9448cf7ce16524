import type { Language } from '../../../shared/i18n';
import type { DirectoryMentor } from '../../core/directory';
import { escapeHtml } from '../escape';
import { displayName, docWords } from './words';

// One mentor's profile poster: a 1080×1350 page (the 4:5 portrait a WhatsApp or Instagram album shows
// whole), rendered to PNG by Chromium. Her name, skills, kind, level and region; nothing else about her.

export const posterSize = { width: 1080, height: 1350 } as const;

export interface PosterInput {
  mentor: DirectoryMentor;
  program: string;
  cohort: string;
  language: Language;
}

const css = `
*, *::before, *::after { box-sizing: border-box; }
html, body { margin: 0; width: ${posterSize.width}px; height: ${posterSize.height}px; overflow: hidden; }
body { font-family: system-ui, "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #fff; overflow-wrap: anywhere;
  background: linear-gradient(160deg, #0f5f6e 0%, #14485a 55%, #3b2f6b 100%); display: flex; flex-direction: column; padding: 80px 84px; }
.program { font-size: 30px; letter-spacing: .08em; text-transform: uppercase; opacity: .85; }
.label { margin-top: 18px; font-size: 34px; opacity: .9; }
h1 { margin: 90px 0 0; font-size: 96px; line-height: 1.05; display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
h1.long { font-size: 72px; }
.nick { margin-top: 16px; font-size: 46px; opacity: .9; }
.skills { margin-top: 70px; display: flex; flex-wrap: wrap; gap: 18px; max-height: 420px; overflow: hidden; }
.skills span { background: #ffd166; color: #24303c; font-size: 40px; font-weight: bold; padding: 12px 28px; border-radius: 999px; }
.facts { margin-top: auto; display: grid; grid-template-columns: max-content 1fr; gap: 14px 28px; font-size: 38px; }
.facts dt { opacity: .75; }
.facts dd { margin: 0; font-weight: bold; }
.mark { margin-top: 48px; font-size: 26px; opacity: .7; }
`;

export function posterHtml({ mentor, program, cohort, language }: PosterInput): string {
  const w = docWords(language);
  const { name, nickname } = displayName(mentor);
  const facts = [
    [w('kind.label'), w(`kind.${mentor.kind}`)],
    [w('level'), mentor.level],
    [w('region'), mentor.region],
  ].filter(([, value]) => value.trim() !== '');
  const title = [program, cohort].map((s) => s.trim()).filter(Boolean).join(' — ');
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>${css}</style></head>
<body>
<p class="program" dir="auto">${escapeHtml(title)}</p>
<p class="label">${escapeHtml(w('title'))}</p>
<h1 dir="auto"${name.length > 28 ? ' class="long"' : ''}>${escapeHtml(name)}</h1>
${nickname ? `<p class="nick" dir="auto">“${escapeHtml(nickname)}”</p>` : ''}
<p class="skills">${mentor.offers.map((s) => `<span dir="auto">${escapeHtml(s)}</span>`).join('')}</p>
<dl class="facts">${facts.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd dir="auto">${escapeHtml(value)}</dd>`).join('')}</dl>
<p class="mark">${escapeHtml(w('posterHint'))}</p>
</body>
</html>
`;
}
