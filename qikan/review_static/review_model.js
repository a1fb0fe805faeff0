// The review page's model: a split is a list of sidecar entries {lines: [[first, last], …],
// title, …}; the actions below take one and give a new one (never changing their input), so
// undo is a stack of earlier lists. Blank lines carry no text: ranges may run across them.
"use strict";

const ReviewModel = (() => {
  const FIELDS = ["title", "subtitle", "authors", "role", "unit", "writer", "section", "kind"];

  const copy = (articles) => JSON.parse(JSON.stringify(articles));
  const first = (a) => Math.min(...a.lines.map((r) => r[0]));
  const sorted = (articles) =>
    articles.map((a, i) => [a, i]).sort((x, y) => first(x[0]) - first(y[0]) || x[1] - y[1])
      .map((x) => x[0]);

  // line number → the article holding it (null: none); index 0 unused
  function owners(articles, n) {
    const own = new Array(n + 1).fill(null);
    for (const a of articles) for (const [f, l] of a.lines)
      for (let no = f; no <= Math.min(l, n); no++) own[no] = a;
    return own;
  }

  // an article's lines with text, in reading order (its ranges' order)
  function readingLines(a, blank) {
    const out = [];
    for (const [f, l] of a.lines) for (let no = f; no <= l; no++) if (!blank[no]) out.push(no);
    return out;
  }

  // ascending lines → ranges, a gap of blank lines only does not break a range
  function runs(nos, blank) {
    const out = [];
    for (const no of nos) {
      const last = out[out.length - 1];
      let joins = last && no > last[1];
      for (let k = last ? last[1] + 1 : no; joins && k < no; k++) joins = blank[k];
      if (joins) last[1] = no; else out.push([no, no]);
    }
    return out;
  }

  const ascending = (ranges) => ranges.every((r, i) => i === 0 || r[0] > ranges[i - 1][1]);

  // the ranges of an article that now holds `nos` (a Set): its old ranges when nothing
  // changed; else in ascending order, or, for ranges in a reading order of their own
  // (columns put back in order), the old ranges clipped in their order and new lines after
  function rangesFor(old, nos, blank) {
    const before = readingLines({lines: old}, blank);
    if (before.length === nos.size && before.every((no) => nos.has(no))) return old;
    if (ascending(old)) return runs([...nos].sort((x, y) => x - y), blank);
    const out = [];
    const used = new Set();
    for (const [f, l] of old) {
      const keep = [];
      for (let no = f; no <= l; no++) if (nos.has(no)) { keep.push(no); used.add(no); }
      out.push(...runs(keep, blank));
    }
    out.push(...runs([...nos].filter((no) => !used.has(no)).sort((x, y) => x - y), blank));
    return out;
  }

  // the articles after the lines changed hands as `own` says (article objects of `articles`
  // or new ones); an article left with no line of text is gone
  function regroup(articles, own, blank) {
    const held = new Map();
    own.forEach((a, no) => {
      if (a && !blank[no]) (held.get(a) || held.set(a, new Set()).get(a)).add(no);
    });
    const out = [];
    for (const a of articles) {
      const nos = held.get(a);
      if (nos && nos.size) out.push({...a, lines: rangesFor(a.lines, nos, blank)});
    }
    return sorted(out);
  }

  function blankArticle(text) {
    const t = (text || "").trim();
    return {lines: [], title: t.length && t.length <= 40 ? t : null, subtitle: null,
            authors: [], role: null, unit: null, writer: null, section: null, kind: "article"};
  }

  class ActionError extends Error {}

  // a new article from line `no` on: the rest of its article in reading order, or, on a line
  // no article holds, that line and the free lines after it
  function startHere(articles, no, texts, blank) {
    const n = texts.length;
    const own = owners(articles, n);
    if (blank[no]) throw new ActionError(`第 ${no} 行是空行：请在有文字的行上另起新文章`);
    const holder = own[no];
    const fresh = blankArticle(texts[no - 1]);
    if (holder) {
      const nos = readingLines(holder, blank);
      const at = nos.indexOf(no);
      if (at === 0) throw new ActionError(`第 ${no} 行已是一篇文章的开头`);
      for (const k of nos.slice(at)) own[k] = fresh;
    } else {
      for (let k = no; k <= n && (!own[k] || blank[k]); k++) if (!blank[k]) own[k] = fresh;
    }
    return regroup([...articles, fresh], own, blank);
  }

  // article `i` (0-based, in list order) joined to the one before it: the previous keeps
  // its fields, empty ones take this one's; its ranges follow the previous one's (in page
  // order when both are in page order)
  function joinPrevious(articles, i, blank) {
    if (i <= 0) throw new ActionError("第 1 篇之前没有文章可并入");
    const prev = articles[i - 1];
    const cur = articles[i];
    const merged = {...prev, lines: [...prev.lines, ...cur.lines]};
    for (const k of FIELDS) {
      const empty = (v) => v === null || v === undefined || v === "" ||
        (Array.isArray(v) && !v.length);
      if (empty(merged[k]) && !empty(cur[k])) merged[k] = copy(cur[k]);
    }
    if (ascending(prev.lines) && ascending(cur.lines))  // one body in page order
      merged.lines = runs(readingLines(merged, blank).sort((x, y) => x - y), blank);
    const out = articles.filter((a) => a !== cur && a !== prev);
    out.push(merged);
    return sorted(out);
  }

  // lines `from`…`to` given to article `target` (0-based), or to none (`target` null)
  function give(articles, from, to, target, blank) {
    if (target !== null && !(target >= 0 && target < articles.length))
      throw new ActionError(`没有第 ${target + 1} 篇（共 ${articles.length} 篇）`);
    const n = blank.length - 1;
    const own = owners(articles, n);
    const to_ = target === null ? null : articles[target];
    for (let no = from; no <= to; no++) own[no] = to_;
    const out = regroup(articles, own, blank);
    if (!out.length) throw new ActionError("至少要留下一篇文章");
    return out;
  }

  // "59, 121–151, 91–119" (the card's field) → [[59, 59], [121, 151], [91, 119]]
  function parseRanges(text, n) {
    const out = [];
    for (const part of text.split(/[，,;；、\s]+/).filter(Boolean)) {
      const m = /^(\d+)(?:[–—\-~～至](\d+))?$/.exec(part);
      const f = m && +m[1], l = m && +(m[2] || m[1]);
      if (!m || f < 1 || l < f || l > n)
        throw new ActionError(`行范围“${part}”无效：写成“起–止”，1 ≤ 起 ≤ 止 ≤ ${n}，多段用逗号分开`);
      out.push([f, l]);
    }
    if (!out.length) throw new ActionError("行范围不能为空：要去掉整篇，请把它并入上一篇或删去它的行");
    return out;
  }

  // article `i` given exactly `ranges`, in this reading order (columns put back in order);
  // the other articles lose the lines it takes
  function setRanges(articles, i, ranges, blank) {
    const mine = new Set();
    for (const [f, l] of ranges) for (let no = f; no <= l; no++) {
      if (mine.has(no)) throw new ActionError(`第 ${no} 行在两段范围里：每行只能出现一次`);
      mine.add(no);
    }
    const out = [];
    articles.forEach((a, j) => {
      if (j === i) return out.push({...a, lines: ranges});
      const nos = new Set(readingLines(a, blank).filter((no) => !mine.has(no)));
      if (nos.size) out.push({...a, lines: rangesFor(a.lines, nos, blank)});
    });
    return sorted(out);
  }

  function setField(articles, i, key, value) {
    const out = articles.slice();
    out[i] = {...articles[i], [key]: value};
    return out;
  }

  // what the server is sent: the entries as the sidecar will hold them
  const entries = (articles) => articles.map((a) => {
    const e = {lines: a.lines};
    for (const k of FIELDS) e[k] = a[k] === undefined ? null : a[k];
    if (a.date) e.date = a.date;
    return e;
  });

  return {FIELDS, ActionError, owners, startHere, joinPrevious, give, parseRanges, setRanges,
          setField, entries, copy, first};
})();
