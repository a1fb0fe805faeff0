// The review page: the issue's lines banded by article beside the editable article list.
// Every text from the issue or its sidecar goes into the DOM as textContent or an input's
// value, never as HTML. After each change the server re-splits the entries (/api/preview), so
// dropped lines, tags and suspects show the split as `split` will publish it.
"use strict";

(() => {
  const M = ReviewModel;
  const $ = (id) => document.getElementById(id);
  const KINDS = [["article", "文章"], ["brief", "简讯"], ["filler", "补白"],
                 ["editor_note", "编者按"], ["fragment", "残篇"]];
  const LABELS = {title: "标题", subtitle: "副标题", authors: "作者", role: "身份",
                  unit: "单位", writer: "执笔", section: "栏目", kind: "类型"};
  const TAGS = {title: "标题", byline: "署名", unit: "单位", section: "栏目"};
  const COLOURS = 10;

  let texts = [], blank = [], rows = [];
  let articles = [];
  let view = null, viewOf = "", savedOf = "", version = "";
  const undos = [], redos = [];
  let cursor = 1, anchor = 1, previewTimer = null;

  const key = (arts) => JSON.stringify(M.entries(arts));
  const sel = () => [Math.min(cursor, anchor), Math.max(cursor, anchor)];

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function say(text, bad) {
    $("message").textContent = text;
    $("message").className = !text ? "" : bad ? "bad" : "good";
  }

  async function call(method, url, body) {
    const opt = {method, headers: {}};
    if (body) {
      opt.headers["Content-Type"] = "application/json";
      opt.body = JSON.stringify(body);
    }
    const r = await fetch(url, opt);
    let data;
    try { data = await r.json(); } catch (e) { data = {error: `服务器的答复无法读取（${r.status}）`}; }
    if (!r.ok) throw new Error(data.error || `请求失败（${r.status}）`);
    return data;
  }

  function buildRows() {
    const frag = document.createDocumentFragment();
    rows = [null];
    texts.forEach((t, i) => {
      const r = el("div", "ln");
      r.id = `l${i + 1}`;
      r.dataset.no = i + 1;
      r.setAttribute("role", "option");
      r.append(el("span", "no", String(i + 1)), el("span", "badge"), el("span", "tags"),
               el("span", "tx", t));
      frag.append(r);
      rows.push(r);
    });
    $("lines").replaceChildren(frag);
  }

  // per line: its article, what the last split dropped of it, check's suspects, tags
  function lineFacts() {
    const own = M.owners(articles, texts.length);
    const idx = new Map(articles.map((a, i) => [a, i]));
    const dropped = new Map(view.dropped.map((d) => [d.line, d]));
    const sus = new Map();
    for (const s of view.suspects) (sus.get(s.line) || sus.set(s.line, []).get(s.line)).push(s);
    return {own, idx, dropped, sus};
  }

  function updateRows() {
    const {own, idx, dropped, sus} = lineFacts();
    holders = own.map((a) => (a ? idx.get(a) : -1));
    const starts = new Map(articles.map((a, i) => [M.first(a), i]));
    for (let no = 1; no < rows.length; no++) {
      const r = rows[no], a = own[no], d = dropped.get(no), ss = sus.get(no);
      let cls = a ? `ln b${idx.get(a) % COLOURS}` : (blank[no] ? "ln" : "ln free");
      if (blank[no]) cls += " empty";
      if (d) cls += d.partial ? " partial" : " dropped";
      if (ss) cls += " suspect";
      r.className = cls;
      r.children[1].textContent = starts.has(no) ? `#${starts.get(no) + 1}` : "";
      r.children[2].textContent = (view.tags[no] || []).map((t) => TAGS[t] || t).join(" ");
      const tips = [];
      if (d) tips.push(`${d.partial ? "行尾已删去" : "已删去"}：${d.reason}`);
      for (const s of ss || []) tips.push(`疑点：${s.label}（${s.message}）`);
      r.title = tips.join("\n");
    }
    $("lines").classList.toggle("stale", viewOf !== key(articles));
    shown = [0, 0, 0];
    updateSelection();
  }

  // the cursor and selection marks moved from the rows that had them to the rows that have
  // them now (not all rows: an arrow key in a long issue stays quick)
  let shown = [0, 0, 0];  // cursor, first and last selected line as marked
  let holders = [];  // line → index of its article (-1: none), as last banded
  let current = -1;  // the card marked as the cursor's article
  function updateSelection() {
    const [s0, s1] = sel();
    const [c, f, l] = shown;
    for (let no = f; no && no <= l; no++) rows[no].classList.remove("sel");
    if (c) rows[c].classList.remove("cursor");
    for (let no = s0; no <= s1; no++) rows[no].classList.add("sel");
    rows[cursor].classList.add("cursor");
    shown = [cursor, s0, s1];
    const card = $(`a${holders[cursor]}`);
    if (holders[cursor] !== current || (card && !card.classList.contains("current"))) {
      document.querySelectorAll("#articles .current").forEach((c) => c.classList.remove("current"));
      if (card) {
        card.classList.add("current");
        card.scrollIntoView({block: "nearest"});
      }
      current = holders[cursor];
    }
  }

  function updateStatus() {
    const {own, idx, dropped, sus} = lineFacts();
    const a = own[cursor];
    const parts = [`第 ${cursor} 行`];
    const [s0, s1] = sel();
    if (s1 > s0) parts.push(`已选第 ${s0}–${s1} 行（${s1 - s0 + 1} 行）`);
    parts.push(a ? `第 ${idx.get(a) + 1} 篇《${a.title || "无标题"}》` : "不属于任何文章");
    const d = dropped.get(cursor);
    if (d) parts.push(`${d.partial ? "行尾已删去" : "已删去"}：${d.reason}`);
    for (const s of sus.get(cursor) || []) parts.push(`疑点：${s.label}`);
    const tags = (view.tags[cursor] || []).map((t) => TAGS[t] || t);
    if (tags.length) parts.push(`标记：${tags.join("、")}`);
    $("status").textContent = parts.join(" · ");
    $("selection").textContent = s1 > s0 ? `选中 ${s0}–${s1}` : `光标 ${cursor}`;
  }

  function updateOrigin() {
    const o = $("origin");
    const now = key(articles);
    o.textContent = !savedOf ? "自动切分的草稿，尚未写入 sidecar" :
      now === savedOf ? "与 sidecar 一致" : "有未保存的修改";
    o.className = `origin ${now === savedOf ? "clean" : "dirty"}`;
    $("undo").disabled = !undos.length;
    $("redo").disabled = !redos.length;
    $("give-n").max = articles.length;
  }

  function updatePublished() {
    const pub = viewOf === key(articles) ? view.published : null;
    articles.forEach((a, i) => {
      const p = document.querySelector(`#a${i} .pub`);
      const t = $(`f${i}-title`);
      const got = pub && pub[i];
      if (p) p.textContent = got ? `发布后：正文 ${got.chars} 字｜开头：${got.head}…｜结尾：…${got.tail}` : "（预览中…）";
      if (t) t.placeholder = got && !a.title ? `无标题，将用：${got.title}` : "";
    });
  }

  function renderList() {
    const ol = $("articles");
    ol.replaceChildren();
    articles.forEach((a, i) => {
      const li = el("li", `card b${i % COLOURS}`);
      li.id = `a${i}`;
      const head = el("div", "head");
      const go = el("button", "go", `第 ${i + 1} 篇`);
      go.type = "button";
      go.title = "在原文中跳到本篇开头";
      go.addEventListener("click", () => { moveTo(M.first(a)); $("lines").focus(); });
      const lab = el("label", null, "行");
      const ranges = el("input", "ranges");
      ranges.id = lab.htmlFor = `r${i}`;
      ranges.value = a.lines.map(([f, l]) => (f === l ? `${f}` : `${f}–${l}`)).join("，");
      ranges.title = "本篇的行范围，按阅读顺序；可直接改写，如 59，121–151，91–119";
      ranges.addEventListener("change", () => act(() => M.setRanges(
        articles, i, M.parseRanges(ranges.value, texts.length), blank)));
      head.append(go, lab, ranges);
      if (i > 0) {
        const j = el("button", "join", "并入上一篇");
        j.type = "button";
        j.addEventListener("click", () => act(() => M.joinPrevious(articles, i, blank)));
        head.append(j);
      }
      li.append(head, el("p", "pub"));
      const grid = el("div", "fields");
      for (const k of M.FIELDS) {
        const lab = el("label", null, LABELS[k]);
        let inp;
        if (k === "kind") {
          inp = el("select");
          for (const [v, t] of KINDS) {
            const o = el("option", null, t);
            o.value = v;
            inp.append(o);
          }
          inp.value = a.kind || "article";
        } else {
          inp = el("input");
          inp.type = "text";
          inp.value = k === "authors" ? (a.authors || []).join("、") : (a[k] ?? "");
          if (k === "authors") inp.placeholder = "多位作者用“、”分隔";
        }
        inp.id = lab.htmlFor = `f${i}-${k}`;
        inp.dataset.i = i;
        inp.dataset.k = k;
        inp.addEventListener("change", onField);
        grid.append(lab, inp);
      }
      li.append(grid);
      ol.append(li);
    });
    $("count").textContent = `共 ${articles.length} 篇`;
    updatePublished();
  }

  function refresh() {
    renderList();
    updateRows();
    updateStatus();
    updateOrigin();
  }

  function change(next, list = true) {
    undos.push(M.copy(articles));
    redos.length = 0;
    articles = next;
    if (list) renderList(); else updatePublished();
    updateRows();
    updateStatus();
    updateOrigin();
    clearTimeout(previewTimer);
    previewTimer = setTimeout(preview, 250);
  }

  function act(fn) {
    try {
      change(fn());
      say("");
    } catch (e) {
      if (!(e instanceof M.ActionError)) throw e;
      say(e.message, true);
    }
  }

  function onField(e) {
    const i = +e.target.dataset.i, k = e.target.dataset.k;
    const v = e.target.value.trim();
    change(M.setField(articles, i, k, k === "authors" ?
      v.split(/[、,，;；]+/).map((s) => s.trim()).filter(Boolean) : v || null), false);
  }

  async function preview() {
    const sent = key(articles);
    if (sent === viewOf) return;
    try {
      const data = await call("POST", "/api/preview", {articles: M.entries(articles)});
      if (key(articles) !== sent) return;
      view = data;
      viewOf = sent;
      updateRows();
      updateStatus();
      updatePublished();
    } catch (e) {
      say(`校验未通过：${e.message}`, true);
    }
  }

  async function save() {
    clearTimeout(previewTimer);
    try {
      const data = await call("POST", "/api/save", {articles: M.entries(articles), version});
      view = data;
      version = data.version;
      articles = data.articles;
      viewOf = savedOf = key(articles);
      refresh();
      say(`已保存到 ${data.issue.sidecar}（原文件备份为 ${data.issue.sidecar}.bak）`);
    } catch (e) {
      say(`未保存：${e.message}`, true);
    }
  }

  function restore(from, to) {
    if (!from.length) return say(from === undos ? "没有可撤销的操作" : "没有可重做的操作", true);
    to.push(M.copy(articles));
    articles = from.pop();
    refresh();
    say(from === undos ? "已撤销" : "已重做");
    clearTimeout(previewTimer);
    previewTimer = setTimeout(preview, 250);
  }

  function moveTo(no, extend = false) {
    cursor = Math.max(1, Math.min(rows.length - 1, no));
    if (!extend) anchor = cursor;
    updateSelection();
    updateStatus();
    rows[cursor].scrollIntoView({block: "nearest"});
    $("lines").setAttribute("aria-activedescendant", `l${cursor}`);
  }

  const holderIndex = () => {
    const a = M.owners(articles, texts.length)[cursor];
    return a ? articles.indexOf(a) : -1;
  };
  const actions = {
    start: () => act(() => M.startHere(articles, cursor, texts, blank)),
    join: () => {
      const i = holderIndex();
      if (i < 0) return say(`第 ${cursor} 行不属于任何文章`, true);
      act(() => M.joinPrevious(articles, i, blank));
    },
    give: () => act(() => M.give(articles, ...sel(), +$("give-n").value - 1, blank)),
    drop: () => act(() => M.give(articles, ...sel(), null, blank)),
    step: (dir) => {
      const starts = articles.map(M.first).sort((x, y) => x - y);
      const to = dir > 0 ? starts.find((s) => s > cursor) : starts.reverse().find((s) => s < cursor);
      if (to) moveTo(to);
    },
    suspect: () => {
      const next = view.suspects.map((s) => s.line).filter((l) => l > cursor).sort((x, y) => x - y)[0]
        ?? view.suspects.map((s) => s.line).sort((x, y) => x - y)[0];
      if (next) moveTo(next); else say("没有疑点");
    },
    title: () => {
      const i = holderIndex();
      if (i >= 0) $(`f${i}-title`).focus();
    },
  };

  function onLinesKey(e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const moves = {ArrowDown: 1, ArrowUp: -1, PageDown: 25, PageUp: -25};
    const keys = {n: actions.start, j: actions.join, d: actions.drop, s: actions.suspect,
                  "[": () => actions.step(-1), "]": () => actions.step(1), Enter: actions.title,
                  g: () => { $("give-n").focus(); $("give-n").select(); }};
    const f = keys[e.key.length === 1 ? e.key.toLowerCase() : e.key];
    if (e.key in moves) moveTo(cursor + moves[e.key], e.shiftKey);
    else if (f) f();
    else return;
    e.preventDefault();
  }

  function onKey(e) {
    const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(e.target.tagName) && e.target.id !== "give-n";
    const k = e.key.toLowerCase();
    if ((e.ctrlKey || e.metaKey) && k === "s") {
      e.preventDefault();
      if (typing) e.target.dispatchEvent(new Event("change"));
      save();
    } else if ((e.ctrlKey || e.metaKey) && !typing && (k === "z" || k === "y")) {
      e.preventDefault();
      if (k === "y" || e.shiftKey) restore(redos, undos); else restore(undos, redos);
    } else if (e.key === "Escape" && e.target !== $("lines")) {
      $("lines").focus();
    }
  }

  async function init() {
    let data;
    try {
      data = await call("GET", "/api/issue");
    } catch (e) {
      $("issue-id").textContent = "无法载入";
      return say(e.message, true);
    }
    texts = data.lines;
    blank = [true, ...texts.map((t) => !t.trim())];
    $("issue-id").textContent = data.issue.id;
    $("issue-files").textContent = `${data.issue.txt} · ${data.issue.sidecar}`;
    document.title = `审阅切分 · ${data.issue.id}`;
    view = data;
    version = data.version;
    articles = data.articles;
    viewOf = key(articles);
    savedOf = data.saved ? viewOf : "";
    buildRows();
    refresh();
    moveTo(articles.length ? M.first(articles[0]) : 1);
    $("lines").focus();
  }

  $("lines").addEventListener("mousedown", (e) => {
    if (e.shiftKey) e.preventDefault();  // Shift+click selects lines, not the text in them
  });
  $("lines").addEventListener("click", (e) => {
    const r = e.target.closest(".ln");
    if (r) moveTo(+r.dataset.no, e.shiftKey);
  });
  $("lines").addEventListener("keydown", onLinesKey);
  document.addEventListener("keydown", onKey);
  $("give-n").addEventListener("keydown", (e) => {
    if (e.key !== "Enter") return;
    actions.give();
    $("lines").focus();
  });
  $("act-start").addEventListener("click", actions.start);
  $("act-join").addEventListener("click", actions.join);
  $("act-give").addEventListener("click", actions.give);
  $("act-drop").addEventListener("click", actions.drop);
  $("undo").addEventListener("click", () => restore(undos, redos));
  $("redo").addEventListener("click", () => restore(redos, undos));
  $("save").addEventListener("click", save);
  window.addEventListener("beforeunload", (e) => {
    if (savedOf !== key(articles)) e.preventDefault();
  });
  init();
})();
