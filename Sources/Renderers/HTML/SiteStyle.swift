/// The site's one stylesheet: light and dark by `prefers-color-scheme`, readable printed.
enum SiteStyle {
  static let css = """
    :root { color-scheme: light dark; --text: #1d2127; --muted: #5b6470; --back: #ffffff;
      --panel: #f4f6f8; --line: #d5dbe1; --accent: #0e7fc0; --best: #e7f6ec; --best-text: #16683a; }
    @media (prefers-color-scheme: dark) {
      :root { --text: #e6e9ed; --muted: #9aa4af; --back: #14171b; --panel: #1d2228; --line: #343b44;
        --accent: #5cb8f0; --best: #183826; --best-text: #7fe0a4; }
    }
    * { box-sizing: border-box; }
    body { margin: 0; display: grid; grid-template-columns: 16rem minmax(0, 1fr); color: var(--text);
      background: var(--back); font: 17px/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; }
    a { color: var(--accent); }
    .sidebar { position: sticky; top: 0; height: 100vh; overflow: auto; padding: 1.5rem 1rem;
      background: var(--panel); border-right: 1px solid var(--line); font-size: 0.95rem; }
    .sidebar .home { font-weight: 700; text-decoration: none; font-size: 1.2rem; }
    .sidebar ol { padding-left: 1.4rem; }
    .sidebar a[aria-current] { font-weight: 700; color: var(--text); }
    main { max-width: 52rem; padding: 2rem 2.5rem 4rem; }
    main.index { grid-column: 1 / -1; margin: 0 auto; }
    .lessons li { margin: 0.8rem 0; } .lessons p { margin: 0.2rem 0; color: var(--muted); }
    h1, h2, h3 { line-height: 1.25; } h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--line); }
    .anchor { margin-left: 0.4rem; text-decoration: none; opacity: 0; font-weight: 400; }
    h1:hover .anchor, h2:hover .anchor, h3:hover .anchor { opacity: 0.6; }
    .toc { margin: 0 0 1.5rem; padding: 0.6rem 1rem; background: var(--panel);
      border: 1px solid var(--line); border-radius: 6px; font-size: 0.9rem; }
    .toc h2 { font-size: 1rem; margin: 0; border: 0; } .toc ol { padding-left: 1.2rem; margin: 0.4rem 0 0; columns: 2 16rem; }
    code, pre { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 0.88em; }
    pre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 0.8rem;
      overflow: auto; line-height: 1.3; }
    blockquote { margin: 1rem 0; padding: 0 1rem; border-left: 4px solid var(--line); color: var(--muted); }
    .callout { margin: 1.2rem 0; padding: 0.6rem 1rem; border-left: 4px solid var(--accent);
      background: var(--panel); border-radius: 0 6px 6px 0; }
    .callout-title { font-weight: 700; margin: 0.2rem 0; }
    .callout-warning, .callout-caution { border-color: #d9822b; }
    .callout-tip, .callout-success { border-color: #2e9e4f; }
    .math { overflow-x: auto; margin: 1rem 0; } math { font-size: 1.1em; font-family: math, "DejaVu Math TeX Gyre", "STIX Two Math", "Latin Modern Math", serif; }
    .math-wide { display: inline-block; max-width: 100%; overflow-x: auto; overflow-y: hidden; vertical-align: middle; }
    math :is(msub, msup, msubsup, munder, mover, munderover) > :not(:first-child) :is(msub, msup, msubsup, munder, mover, munderover) > :not(:first-child),
    math :is(msub, msup, msubsup, munder, mover, munderover) > :is(msub, msup, msubsup, munder, mover, munderover):not(:first-child) > :not(:first-child) { math-depth: 1; }
    mtd.left { text-align: left; } mtd.right { text-align: right; } mtd.center { text-align: center; }
    mtd.pair-left { padding-right: 0; } mtd.pair-right { padding-left: 0; } mtd.tag { padding-left: 2em; }
    .table { overflow-x: auto; }
    table { border-collapse: collapse; margin: 0.6rem 0; }
    th, td { border: 1px solid var(--line); padding: 0.3rem 0.7rem; }
    th { background: var(--panel); } td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
    table.numbers { font-size: 0.85rem; } table.numbers th, table.numbers td { padding: 0.25rem 0.45rem; }
    td.best { background: var(--best); color: var(--best-text); font-weight: 700; }
    .mark { margin-right: 0.25rem; }
    .demo { margin: 1.5rem 0; padding: 0.8rem 1rem; border: 1px solid var(--line); border-radius: 8px; }
    .demo summary { cursor: pointer; color: var(--muted); font-size: 0.9rem; }
    figure.output { margin: 1rem 0; } figcaption { font-weight: 700; margin-bottom: 0.4rem; }
    .note, .provenance, .hint { color: var(--muted); font-size: 0.88rem; margin: 0.3rem 0; }
    .provenance { font-family: ui-monospace, Menlo, monospace; font-size: 0.78rem; }
    .problem.error { color: #c0392b; } .problem.warning { color: #b9770e; }
    .message { font-style: italic; }
    .scroll { overflow-x: auto; max-width: 100%; }
    svg { max-width: 100%; height: auto; } svg text { fill: var(--text); font-size: 12px; }
    svg.grid, svg.chart { max-width: none; } svg .axis { fill: var(--muted); }
    svg .axis-line { stroke: var(--muted); stroke-width: 1; } svg .grid-line { stroke: var(--line); stroke-width: 1; }
    svg.grid .cell { stroke: var(--back); stroke-width: 2; } svg.grid .cell.plain { fill: var(--panel); }
    svg.grid .cell.goal { fill: var(--best); } svg.grid .cell.hazard { fill: var(--line); }
    svg.grid .tile { font-weight: 700; font-size: 14px; } svg.grid .tile.big { font-size: 18px; }
    svg.grid .tile.corner { font-size: 12px; } svg.grid .value { font-size: 13px; font-variant-numeric: tabular-nums; }
    svg .ink-dark { fill: #000; stroke: #000; } svg .ink-light { fill: #fff; stroke: #fff; }
    svg .ink { fill: var(--text); stroke: var(--text); } svg text.ink, svg text.ink-dark, svg text.ink-light { stroke: none; }
    svg.grid path.arrow { fill: none; stroke-width: 2.5; stroke-linecap: round; } svg.grid path.head { stroke: none; }
    .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; margin: 0.2rem 0; font-size: 0.9rem; }
    .swatch { display: inline-block; width: 1.6rem; height: 0.6rem; margin-right: 0.4rem; vertical-align: middle; }
    .player { position: relative; min-height: 8rem; }
    .player .frame { position: absolute; inset: 0 auto auto 0; visibility: hidden; }
    .player .frame p, .strip p { margin: 0.2rem 0; font-size: 0.85rem; color: var(--muted); }
    .strip { display: flex; flex-wrap: wrap; gap: 0.6rem; list-style: none; padding: 0; }
    .strip pre { margin: 0; }
    .missing-embed { color: var(--muted); font-style: italic; }
    .rl-value { font-weight: 600; font-variant-numeric: tabular-nums; border-bottom: 1px dotted var(--accent); }
    .rl-value.pending, .rl-value.unavailable { color: var(--muted); font-weight: 400; }
    .exercise { margin: 1.5rem 0; padding: 0.8rem 1.1rem; border: 1px solid var(--line);
      border-left: 4px solid var(--best-text); border-radius: 4px; background: var(--panel); }
    .exercise-label { margin: 0 0 0.4rem; font-size: 0.85rem; color: var(--muted); }
    .exercise fieldset { border: 0; padding: 0; margin: 0.4rem 0; }
    .exercise fieldset label { display: block; margin: 0.25rem 0; }
    .exercise legend { color: var(--muted); font-size: 0.9rem; }
    .exercise input[name=value], form.tune input { width: 8rem; font: inherit; padding: 0.2rem 0.4rem; }
    form.tune fieldset label { display: inline-block; margin-right: 1rem; }
    .exercise button:disabled { cursor: progress; opacity: 0.6; }
    .exercise div.retrained { margin-top: 0.6rem; overflow-x: auto; }
    .exercise button { font: inherit; padding: 0.2rem 0.8rem; cursor: pointer; }
    .exercise output { display: block; margin-top: 0.4rem; }
    .exercise output.right { color: var(--best-text); font-weight: 600; }
    .exercise output.wrong { color: #c0392b; }
    details.predicted > summary { cursor: pointer; color: var(--muted); margin: 1rem 0; }
    .exercise details { margin: 0.4rem 0; } .exercise summary { cursor: pointer; color: var(--muted); }
    .pager { display: flex; justify-content: space-between; margin-top: 3rem; gap: 1rem; }
    .generated { color: var(--muted); }
    @media (prefers-reduced-motion: reduce) { .player { display: none; } }
    @media (max-width: 60rem) { body { display: block; } .sidebar { position: static; height: auto; }
      main { padding: 1rem; } }
    @media print { body { display: block; } .sidebar, .pager, .anchor, .player { display: none; }
      .demo { break-inside: avoid; } details { display: block; } a { color: inherit; } }

    """
}
