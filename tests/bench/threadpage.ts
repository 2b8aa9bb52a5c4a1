/** The benchmark host page (shared by the platform bench and its trace tool): a helpdesk-like page with a 20-message thread (about 1 KB each) and a reply box. */
export function threadPage(editor: 'textarea' | 'contenteditable'): string {
  const para = 'I ordered a lamp three weeks ago and it still has not shipped, the tracking page says nothing and nobody answers the phone. ';
  const msgs = Array.from({ length: 20 }, (_, i) => {
    const who = i % 2 === 0 ? 'customer' : 'agent';
    return `<article class="message from-${who}"><header>${who === 'customer' ? 'Dana' : 'Sam'} · message ${i + 1}</header><div class="message-body">${para.repeat(8)} (${i + 1})</div></article>`;
  }).join('\n');
  const box = editor === 'textarea'
    ? '<textarea id="reply" rows="6" cols="60">Hello,\nUnfortunately I can\'t ship it until Monday.\n</textarea>'
    : '<div id="reply" contenteditable="true" role="textbox" aria-label="Reply" style="min-height:80px;border:1px solid #ccc">Hello,<br>Unfortunately I can\'t ship it until Monday.</div>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ticket 20</title><style>body{font:14px system-ui;margin:20px;max-width:700px}.message{border:1px solid #ccc;padding:8px;margin:8px 0}</style></head><body><section class="thread">${msgs}</section><form>${box}</form></body></html>`;
}
