// The directory file's search, inlined as one script (allowed by its hash in the file's CSP). Plain
// ES2015 for old phone browsers: folds case, accents and compatibility forms as shared/text.ts's foldText
// does (NFKD, combining marks dropped; ES2015 has no \p{M}, so the common combining block stands in), hides
// mentors and whole skills that do not match.
export const directorySearchScript = `(function () {
  var q = document.getElementById('q');
  if (!q) return;
  var fold = function (s) { return s.normalize('NFKD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase(); };
  var mentors = Array.prototype.slice.call(document.querySelectorAll('.mentor'));
  var keys = mentors.map(function (m) { return fold(m.getAttribute('data-search') || ''); });
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.skill'));
  var none = document.getElementById('nomatch');
  q.addEventListener('input', function () {
    var words = fold(q.value).split(/\\s+/).filter(Boolean);
    mentors.forEach(function (m, i) {
      var skill = fold(m.parentNode.querySelector('h2').firstChild.textContent || '');
      var hit = words.every(function (w) { return keys[i].indexOf(w) >= 0 || skill.indexOf(w) >= 0; });
      m.hidden = !hit;
    });
    var shown = 0;
    sections.forEach(function (s) {
      var any = s.querySelector('.mentor:not([hidden])') !== null;
      s.hidden = !any;
      if (any) shown++;
    });
    if (none) none.hidden = shown > 0;
  });
})();
`;
