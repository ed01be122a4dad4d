"""The style sheet inlined into summary.html: calm on screen, clean on paper (A4, black
and white readable: every colour also has a word)."""

CSS = """
:root {
  --ink: #1b2230; --muted: #5b6475; --line: #dde1e8; --paper: #ffffff; --page: #f3f5f8;
  --brand: #17406d; --ok: #1e6b34; --ok-bg: #e7f4ea; --warn: #8a5300; --warn-bg: #fff3dc;
  --error: #a3112e; --error-bg: #fde9ec; --info: #1f5fa8; --info-bg: #e8f1fb;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif,
          "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji";
}
* { box-sizing: border-box; }
html { background: var(--page); }
body { margin: 0; color: var(--ink); font: 16px/1.55 var(--sans); -webkit-text-size-adjust: 100%; }
.sheet { max-width: 920px; margin: 0 auto; padding: 32px 28px 48px; }
h1, h2, h3 { line-height: 1.25; margin: 0; }
h1 { font-size: 30px; letter-spacing: -0.01em; overflow-wrap: anywhere; }
h2 { font-size: 21px; }
h3 { font-size: 13px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 22px 0 8px; }
code { font: 13px/1.4 ui-monospace, "Cascadia Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace;
       background: #eef1f5; border-radius: 4px; padding: 1px 5px; overflow-wrap: anywhere; }
.draft-banner { background: var(--error); color: #fff; padding: 14px 28px; text-align: center;
                background-image: repeating-linear-gradient(135deg, rgba(255,255,255,.09) 0 14px,
                                                            transparent 14px 28px); }
.draft-banner strong { display: block; font-size: 19px; letter-spacing: .04em; }
.draft-banner span { display: block; margin-top: 2px; }
.masthead { background: var(--paper); border: 1px solid var(--line); border-radius: 14px; padding: 26px 28px;
            box-shadow: 0 1px 2px rgba(20,30,50,.05); }
.eyebrow { margin: 0 0 6px; color: var(--brand); font-weight: 600; font-size: 13px; letter-spacing: .08em;
           text-transform: uppercase; }
.state { display: inline-block; margin: 12px 0 0; padding: 4px 12px; border-radius: 999px; font-weight: 600;
         font-size: 14px; }
.state-final { background: var(--ok-bg); color: var(--ok); }
.state-draft { background: var(--error-bg); color: var(--error); }
.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); gap: 10px 26px;
         margin: 20px 0 0; padding: 18px 0 0; border-top: 1px solid var(--line); }
.facts div { min-width: 0; }
.facts dt { color: var(--muted); font-size: 13px; }
.facts dd { margin: 0; font-weight: 500; overflow-wrap: anywhere; }
.channel, .media { background: var(--paper); border: 1px solid var(--line); border-radius: 14px;
                   padding: 24px 28px; margin-top: 22px; box-shadow: 0 1px 2px rgba(20,30,50,.05); }
.channel-head { display: flex; align-items: baseline; justify-content: space-between; gap: 16px; flex-wrap: wrap; }
.length { display: flex; align-items: center; gap: 14px; margin: 14px 0 12px; color: var(--muted); font-size: 14px; }
.length p { margin: 0; white-space: nowrap; }
.meter { flex: 1; height: 8px; background: #e9ecf1; border-radius: 99px; overflow: hidden; min-width: 80px; }
.meter span { display: block; height: 100%; min-width: 3px; background: var(--ok); border-radius: 99px; }
.meter.near span { background: #d08a00; }
.meter.over span { background: var(--error); }
.length.over p { color: var(--error); font-weight: 600; }
.versions { display: flex; gap: 12px; align-items: stretch; }
.versions > .version { flex: 1 1 0; min-width: 0; margin: 0; }
.version figcaption { font-size: 13px; color: #4a5560; margin-bottom: 4px; }
.post { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 16px; line-height: 1.6; background: #fbfcfd;
        border: 1px solid var(--line); border-left: 4px solid var(--brand); border-radius: 8px; padding: 16px 18px; }
.approval { margin: 14px 0 0; padding: 10px 14px; border-radius: 8px; font-size: 15px; }
.approval.ok { background: var(--ok-bg); color: var(--ok); }
.approval.not-ok { background: var(--error-bg); color: var(--error); }
.approval small { display: block; color: var(--ink); opacity: .8; font-size: 13px; margin-top: 2px; }
.findings { list-style: none; margin: 0; padding: 0; }
.finding { border: 1px solid var(--line); border-left-width: 4px; border-radius: 8px; padding: 10px 14px;
           margin: 0 0 8px; break-inside: avoid; }
.finding.error { border-left-color: var(--error); }
.finding.warning { border-left-color: #d08a00; }
.finding.info { border-left-color: var(--info); }
.tags { display: flex; flex-wrap: wrap; gap: 6px; margin-bottom: 4px; font-size: 12px; font-weight: 600; }
.tag { border-radius: 4px; padding: 1px 7px; background: #eef1f5; color: var(--muted); }
.tag.error { background: var(--error-bg); color: var(--error); }
.tag.warning { background: var(--warn-bg); color: var(--warn); }
.tag.info { background: var(--info-bg); color: var(--info); }
.finding p { margin: 0; }
.excerpt { color: var(--muted); font-size: 14px; margin-top: 3px !important; overflow-wrap: anywhere; }
.reason { margin-top: 6px !important; font-size: 14px; padding-top: 6px; border-top: 1px dashed var(--line); }
.none { color: var(--muted); margin: 0; }
.media-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); gap: 18px;
              margin-top: 14px; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 10px; overflow: hidden; break-inside: avoid;
         background: #fbfcfd; }
figure img { display: block; width: 100%; height: 200px; object-fit: contain; background: #e9ecf1; }
.video { display: flex; align-items: center; justify-content: center; height: 200px; background: #273142; color: #fff;
         font-size: 44px; }
figcaption { padding: 12px 14px 14px; font-size: 14px; }
figcaption p { margin: 6px 0 0; overflow-wrap: anywhere; }
.note { font-size: 13px; }
.dim { color: var(--muted); font-size: 13px; margin-left: 4px; }
.note.ok { color: var(--ok); }
.note.warn { color: var(--error); font-weight: 600; }
footer { color: var(--muted); font-size: 13px; text-align: center; margin-top: 28px; }
footer p { margin: 4px 0; }
body.draft::before { content: attr(data-mark); position: fixed; top: 45%; left: -10%; right: -10%;
  text-align: center; font-size: 64px; font-weight: 800; color: rgba(163,17,46,.07); transform: rotate(-24deg);
  pointer-events: none; white-space: nowrap; z-index: 0; }
@media print {
  html, body { background: #fff; }
  @page { size: A4; margin: 14mm 14mm 16mm; }
  body { font-size: 11pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .sheet { max-width: none; padding: 0; }
  .masthead, .channel, .media { box-shadow: none; border-radius: 0; border: none; padding: 0; margin-top: 18pt; }
  .masthead { margin-top: 0; }
  .channel { break-before: auto; border-top: 1.5pt solid var(--ink); padding-top: 10pt; }
  h2, h3 { break-after: avoid; }
  .post { break-inside: auto; background: #fff; }
  .draft-banner { margin-bottom: 12pt; }
  figure img { height: auto; max-height: 60mm; object-fit: contain; }
}
"""
