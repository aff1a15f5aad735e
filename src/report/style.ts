// The report's stylesheet, inlined in the page (and hashed into its Content-Security-Policy). No web fonts,
// no images: the report must work offline from file://. Colours keep at least 4.5:1 contrast on their background.
export const REPORT_CSS = `
:root{--ink:#1b1d21;--muted:#545a63;--line:#d9dde3;--bg:#fff;--panel:#f5f7fa;--accent:#1f5fae;--warn:#9a3b00;
--warn-bg:#fff4e5;--ok-bg:#eef6ee;--focus:#ffbf47;color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--accent)}a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px;border-radius:2px}
.skip{position:absolute;left:-999px;top:0;background:var(--ink);color:#fff;padding:.5rem 1rem;z-index:10}
.skip:focus{left:0}
header.site{background:#13223a;color:#fff;padding:1rem 1.25rem}
header.site h1{margin:0;font-size:1.5rem;letter-spacing:.01em}
header.site p{margin:.25rem 0 0;color:#c9d4e5}
header.site a{color:#fff}
nav.toc{background:#1d3354;padding:.25rem 1rem;position:sticky;top:0;z-index:5}
nav.toc ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
nav.toc a{color:#fff;text-decoration:none;display:inline-block;padding:.4rem .1rem}
nav.toc a:hover{text-decoration:underline}
main{max-width:72rem;margin:0 auto;padding:1rem 1.25rem 4rem}
h2{font-size:1.35rem;margin:2.5rem 0 .75rem;padding-bottom:.3rem;border-bottom:2px solid var(--line)}
h3{font-size:1.15rem;margin:1.5rem 0 .5rem}h4{font-size:1rem;margin:1rem 0 .4rem}
.meta{color:var(--muted);font-size:.9rem}
.empty{color:var(--muted);font-style:italic}
.note{background:var(--warn-bg);padding:.5rem 1rem;border-left:4px solid #e08a00;margin:.5rem 0}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(8.5rem,1fr));gap:.75rem;margin:0;padding:0}
.stats div{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:.6rem .8rem}
.stats dt{color:var(--muted);font-size:.85rem}.stats dd{margin:0;font-size:1.4rem;font-weight:650}
.stats dd.small{font-size:1rem;padding-top:.3rem}.stats div.wide{grid-column:span 2}
.chips{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem}
.chips li{background:var(--panel);border:1px solid var(--line);border-radius:999px;padding:.15rem .7rem;font-size:.9rem}
.timeline svg{width:100%;height:auto;display:block;background:var(--panel);border:1px solid var(--line);border-radius:8px}
.timeline .lane-label{font-size:12px;fill:var(--ink)}.timeline .tick{font-size:11px;fill:var(--muted)}
.timeline .axis{stroke:#9aa3ae}.timeline .bar{fill:#c9dcf3}.timeline .dot{fill:var(--accent)}
.timeline .ev{fill:#fff;stroke:var(--warn);stroke-width:2}.timeline .period{fill:none;stroke:var(--accent);stroke-width:1.5;stroke-dasharray:3 2}
.timeline a:focus .dot,.timeline a:hover .dot{fill:var(--warn)}
.legend{font-size:.85rem;color:var(--muted)}
ol.events-by-date{padding-left:1.25rem}ol.events-by-date li{margin:.3rem 0}
time{font-variant-numeric:tabular-nums;white-space:nowrap}
section.story{border:1px solid var(--line);border-radius:10px;padding:0 1rem 1rem;margin:1.5rem 0}
section.story>h3{margin-top:1rem}
.summary li{margin:.35rem 0}
.cites{margin-left:.3rem}.cite{font-size:.8rem;background:#e8f0fb;border-radius:4px;padding:0 .35rem;margin-right:.25rem;
text-decoration:none;white-space:nowrap}
.cite:hover{text-decoration:underline}
.conflict{background:var(--warn-bg);border:1px solid #f0c48a;border-left:5px solid var(--warn);border-radius:8px;padding:.5rem 1rem;margin:1rem 0}
.conflict h4{color:var(--warn);margin-top:.3rem}
.versions{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.75rem;list-style:none;padding:0;margin:0}
.versions li{background:#fff;border:1px solid #f0c48a;border-radius:6px;padding:.5rem .75rem}
.versions .value{font-size:1.3rem;font-weight:700;display:block}
blockquote{margin:.4rem 0;padding:.1rem .8rem;border-left:3px solid var(--line);color:#30343a}
.side{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:.75rem;list-style:none;padding:0}
.side li{border:1px solid var(--line);border-radius:8px;padding:.6rem .8rem;background:var(--panel);overflow-wrap:anywhere}
.side .outlet{font-weight:650}.side p{margin:.3rem 0}
.badge{display:inline-block;font-size:.75rem;border-radius:4px;padding:0 .4rem;background:#eceff3;color:var(--muted);margin-left:.3rem}
.badge.dup{background:var(--warn-bg);color:var(--warn)}
table{border-collapse:collapse;width:100%;font-size:.9rem;display:block;overflow-x:auto}
th,td{text-align:left;border-bottom:1px solid var(--line);padding:.35rem .5rem;vertical-align:top}
th{background:var(--panel)}
.speaker{margin:1rem 0}.speaker ul{list-style:none;padding:0}
.via{font-size:.85rem;color:var(--muted)}
.profiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem}
.profile{border:1px solid var(--line);border-radius:10px;padding:0 1rem .75rem}
.profile ol.roles,.profile ul.quotes{list-style:none;padding:0}.profile ol.roles li{margin:.3rem 0}
.profile ol.roles time{display:block;font-size:.8rem;color:var(--muted)}
article.full{border-top:1px solid var(--line);padding-top:.5rem;margin-top:1.5rem;overflow-wrap:anywhere}
article.full h3{margin-top:.5rem}
details{margin:.5rem 0}summary{cursor:pointer;color:var(--accent);padding:.2rem 0}
.removed li{color:var(--muted);font-size:.9rem;margin:.2rem 0}.reason{font-weight:650;color:var(--warn)}
:target{scroll-margin-top:3rem}
section.story:target,article.full:target,.profile:target{outline:3px solid var(--focus);outline-offset:4px}
form.search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;background:var(--panel);border:1px solid var(--line);
border-radius:8px;padding:.75rem}
form.search label,form.ingest label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted)}
input,select,textarea,button{font:inherit;padding:.4rem .5rem;border:1px solid #8c949e;border-radius:6px;background:#fff;color:var(--ink)}
button{background:var(--accent);color:#fff;border-color:var(--accent);cursor:pointer}
button:disabled,input:disabled{opacity:.6;cursor:not-allowed}
textarea{width:100%;min-height:8rem}
form.ingest input[type=file]{width:100%;padding:1.75rem 1rem;border:2px dashed #8c949e;background:var(--panel)}
form.ingest input[type=file]:hover{border-color:var(--accent)}
nav.toc a[aria-current=page]{text-decoration:underline;text-decoration-thickness:3px;text-underline-offset:6px}
.hits li{margin:.75rem 0}.hits mark{background:#ffe58a;color:inherit}
@media (max-width:40rem){main{padding:.75rem}nav.toc{position:static}header.site h1{font-size:1.25rem}h2{font-size:1.2rem}
.versions,.side,.profiles{grid-template-columns:1fr}}
@media print{nav.toc,.skip{display:none}section.story{break-inside:avoid}}
`;
