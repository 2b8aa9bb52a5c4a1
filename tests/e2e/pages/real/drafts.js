// The draft the editor pages start with (shared by the pages of the editors that keep their own model): the
// agent's short reply, or with ?quote the reply above the customer's quoted mail (as quote-ckeditor5.html).
(() => {
  const quote = new URLSearchParams(location.search).has('quote');
  const lines = quote
    ? [
        ['p', 'Hello Sam,'],
        ['p', "Unfortunately I can't ship it until Monday. Sorry, we do not do exchanges."],
        ['p', 'Regards'],
        ['p', 'On Mon, 1 Dec 2026 at 10:00, Sam Lee <sam@example.com> wrote:'],
        ['quote', 'Unfortunately the replacement kettle is broken too.'],
        ['quote', 'Obviously your colleague said we do not do exchanges.'],
        ['quote', "I can't ship it until Monday, he said."],
      ]
    : [['p', 'Hello,'], ['p', "Unfortunately I can't ship it until Monday."], ['p', 'Regards']];
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // [kind, text] pairs, and the same as HTML (one <blockquote> around the quoted lines).
  window.DRAFT_LINES = lines;
  window.DRAFT_HTML = lines
    .map(([kind, text], i) => {
      const p = `<p>${esc(text)}</p>`;
      if (kind !== 'quote') return p;
      const open = lines[i - 1]?.[0] !== 'quote' ? '<blockquote>' : '';
      const close = lines[i + 1]?.[0] !== 'quote' ? '</blockquote>' : '';
      return open + p + close;
    })
    .join('');
})();
