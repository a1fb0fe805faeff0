/*
 * qikan's full-text search in the browser: the index qikan/search.py writes, read through
 * Material's search box, built here from the words of theme_overrides/partials/search.html.
 *
 * Every index file is a script that calls window.qikanSearch.<kind>(…), loaded with a <script>
 * tag on demand: that works over http and from file:// alike (fetch and XHR do not work on
 * file://), and never leaves the site's own folder.
 *
 * A query is folded to the index's characters (search/fold.js, made from OpenCC), cut into
 * bigrams of adjacent Han characters; their postings shards are loaded, which hold a small
 * bigram's postings and a big one's lengths only (its runs are files of their own). A query of
 * Han characters then loads the positions of the cheapest cover of its characters — a small
 * bigram's positions keep the characters around each occurrence, so it covers them too — and
 * the big postings of that cover only; the postings at hand are intersected, and a segment
 * stays when the cover's bigrams (and their neighbours) occur there one after the other: the
 * candidates are exactly the segments that hold the phrase, before any text is loaded. They
 * are grouped by article: titles first, then by how many segments hold the phrase. The text
 * of each is loaded ten results at a time, as the reader scrolls, for the highlighted snippet.
 *
 * Filters (year, publication, section, author) and the sort by date read the per-article
 * numbers of search/docs.js, loaded once one of them is chosen (a plain query never needs
 * them), so they narrow and order the candidates before any text is loaded, and the count is the number of candidates left: exact from the first render for a
 * query of Han characters (one bigram: its postings are the answer; more: their positions).
 * A query with other characters (Latin letters, digits) has its candidates checked against
 * their text: all of them first when there are up to CHECK_ALL, so the count is exact; beyond
 * that it is lowered when a candidate proves not to hold the phrase. The query, the filters
 * and the sort live in the page's URL (?q=…&year=…&pub=…&section=…&author=…&sort=date), so a
 * link opens the same results.
 */
(function () {
  "use strict";

  var ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var DIGIT = {};
  for (var d = 0; d < ALPHABET.length; d++) DIGIT[ALPHABET.charCodeAt(d)] = d;
  var PAGE = 10;          // results per batch, as Material shows them
  var MAX_BIGRAMS = 8;    // shards loaded per query at most
  var MAX_QUERY = 64;     // = OVERLAP + 1 in qikan/search.py
  var MAX_CHECKS = 3 * PAGE;  // candidates checked per batch at most, false ones included
  var CHECK_ALL = 40;     // a mixed query's candidates up to this many are checked before the count
  var MAX_COVER = 8;      // bigrams whose positions are loaded per query at most

  var me = document.currentScript;
  var siteRoot = new URL("../../", me.src);          // assets/javascripts/ → the site
  var data = {index: null, docs: null, fold: null, shards: {}, pos: {}, runs: {}, runpos: {},
    bodies: {}, meta: {}, text: {}, facets: null};
  var loading = {};

  window.qikanSearch = {
    index: function (m) { data.index = m; },
    docs: function (columns) { data.docs = columns; },
    fold: function (pairs) {
      var map = {};
      for (var i = 0; i + 1 < pairs.length; i += 2) map[pairs[i]] = pairs[i + 1];
      data.fold = map;
    },
    shard: function (n, s) { data.shards[n] = s; },
    pos: function (n, s) { data.pos[n] = s; },
    run: function (key, s) { data.runs[key] = s; },
    runpos: function (key, s) { data.runpos[key] = s; },
    bodies: function (b, s) { data.bodies[b] = s; },
    meta: function (c, rows) { data.meta[c] = rows; },
    text: function (first, texts) { data.text[first] = texts; },
    facets: function (labels) { data.facets = labels; }
  };

  function load(url) {
    if (!loading[url]) {
      loading[url] = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = url;
        s.charset = "utf-8";
        s.onload = function () { resolve(); };
        s.onerror = function () { delete loading[url]; reject(new Error(url)); };
        document.head.appendChild(s);
      });
    }
    return loading[url];
  }

  function isHan(c) {
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
      (c >= 0xF900 && c <= 0xFAFF);
  }

  function fold(s) {
    var map = data.fold, out = "";
    for (var i = 0; i < s.length; i++) out += map[s[i]] || s[i];
    return out.toLowerCase();
  }

  function shardOf(a, b) { return (a * 7919 + b) % data.index.shards; }

  var DOT = 46;  // "." ends a run of varints: a big bigram's stub, a positions' context

  /* The base-32 varints of s from `from` to the next non-ASCII character or "."; `deltas`
   * adds each to the one before (postings are delta-coded, the first from -1). */
  function decode(s, from, deltas) {
    var out = [], value = 0, shift = 0, prev = -1;
    for (var i = from; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c >= 128 || c === DOT) break;
      var dg = DIGIT[c];
      if (dg >= 32) { value += (dg - 32) * Math.pow(2, shift); shift += 5; continue; }
      value += dg * Math.pow(2, shift);
      prev = deltas ? prev + value : value;
      out.push(prev);
      value = 0; shift = 0;
    }
    return out;
  }

  function shardUrl(b) {
    return siteRoot + "search/shards/" + shardOf(b.charCodeAt(0), b.charCodeAt(1)) + ".js";
  }

  /* What the postings shard says of a bigram (once its shard is loaded): absent, its run
   * there, or — a big bigram (qikan/site/postings.py: is_big) — the lengths of its postings
   * and positions runs, which are files of their own (search/runs/, search/runpos/). */
  function entry(bigram) {
    var s = data.shards[shardOf(bigram.charCodeAt(0), bigram.charCodeAt(1))] || "";
    var at = s.indexOf(bigram);
    if (at < 0) return {absent: true, big: false, context: true, length: 0};
    if (s[at + 2] !== ".") {
      var end = at + 2;
      while (end < s.length && s.charCodeAt(end) < 128) end++;
      return {absent: false, big: false, context: true, length: end - at - 2};
    }
    var lengths = decode(s, at + 3, false);
    return {absent: false, big: true, context: lengths[2] === 1, length: lengths[0],
      posLength: lengths[1]};
  }

  function runKey(b) { return b.charCodeAt(0) * 65536 + b.charCodeAt(1); }

  /* A big bigram's postings file (qikan/site/postings.py: postings_file): its run of
   * varints, or "!" and a bitmap of its segments, six to a character, the lowest bit first. */
  function bigPostings(s) {
    if (s.charAt(0) !== "!") return decode(s, 0, true);
    var out = [];
    for (var i = 1; i < s.length; i++) {
      var v = DIGIT[s.charCodeAt(i)];
      for (var j = 0; j < 6; j++) if (v & (1 << j)) out.push(6 * (i - 1) + j);
    }
    return out;
  }

  function postings(bigram) {
    if (entry(bigram).big) return bigPostings(data.runs[runKey(bigram)]);
    var s = data.shards[shardOf(bigram.charCodeAt(0), bigram.charCodeAt(1))] || "";
    var at = s.indexOf(bigram);
    return at < 0 ? [] : decode(s, at + 2, true);
  }

  function posShardOf(b) { return (b.charCodeAt(0) * 7919 + b.charCodeAt(1)) % data.index.pos; }

  /* The files that give a bigram's postings (`withPositions`: and its positions) beyond its
   * postings shard. */
  function runFiles(b, withPositions) {
    var out = [];
    if (entry(b).big) {
      out.push(siteRoot + "search/runs/" + runKey(b) + ".js");
      if (withPositions) out.push(siteRoot + "search/runpos/" + runKey(b) + ".js");
    } else if (withPositions) out.push(siteRoot + "search/pos/" + posShardOf(b) + ".js");
    return out;
  }

  var CONTEXT_BASE = 0x3300;  // = postings.CONTEXT_BASE: a context's character, coded

  /* Where `bigram` occurs in each segment of `wanted` ({segment: true}): {segment: {k: the
   * segment's place in its article, occ: [[offset, the character before, after], …]}}
   * (context: their codes, qikan/site/postings.py; null for the commonest bigrams, which
   * keep none).
   * Its positions list, per segment of its postings, the place, the count and the offsets
   * (the first as is, then differences); then a small bigram's contexts, two for each
   * occurrence in turn. */
  function positions(bigram, wanted) {
    var big = entry(bigram).big, out = {};
    var s = big ? data.runpos[runKey(bigram)] : data.pos[posShardOf(bigram)] || "";
    var at = big ? -2 : s.indexOf(bigram);
    if (at < 0 && !big) return out;
    var v = decode(s, at + 2, false), segs = postings(bigram), i = 0, ctx = null, end = at + 2;
    while (end < s.length && s.charCodeAt(end) < 128 && s.charCodeAt(end) !== DOT) end++;
    if (s.charCodeAt(end) === DOT) ctx = decode(s, end + 1, false);
    for (var j = 0, o = 0; j < segs.length; j++) {
      var place = v[i++], n = v[i++];
      if (wanted[segs[j]]) {
        var occ = [], off = 0;
        for (var t = 0; t < n; t++) {
          off = t ? off + v[i + t] : v[i + t];
          occ.push([off, ctx ? ctx[2 * (o + t)] : null, ctx ? ctx[2 * (o + t) + 1] : null]);
        }
        out[segs[j]] = {k: place, occ: occ};
      }
      i += n;
      o += n;
    }
    return out;
  }

  /* Whether q has a cover: bigrams whose positions, one after the other, prove it is in a
   * segment — q is Han only, longer than one bigram and not too long. */
  function coverable(q) {
    if (q.length < 3 || Math.ceil((q.length - 1) / 2) > MAX_COVER) return false;
    for (var i = 0; i < q.length; i++) if (!isHan(q.charCodeAt(i))) return false;
    return true;
  }

  /* What loading a bigram's postings and positions costs, in bytes, beyond its postings
   * shard (once that is loaded): a big bigram's two files; a small one's positions shard,
   * guessed from its postings. */
  function coverCost(b) {
    var e = entry(b);
    if (e.absent) return 0;
    return e.big ? e.length + e.posLength : 2000 + 6 * e.length;
  }

  /* The offsets of the bigrams that cover every character of q at the least cost
   * (`coverCost`): the bigram at k covers k and k + 1, and one whose positions keep their
   * contexts (all but the commonest) k - 1 and k + 2 too — so a common bigram's big runs are
   * left out when rarer neighbours cover its characters. */
  function cover(q) {
    var n = q.length, best = [{cost: 0, at: []}];   // best[i]: characters 0 … i - 1 covered
    for (var i = 1; i <= n; i++) best.push(null);
    for (var round = 0; round < n; round++) {
      for (var k = 0; k + 1 < n; k++) {
        var b = q.slice(k, k + 2), e = entry(b), c = coverCost(b);
        var lo = e.context ? Math.max(0, k - 1) : k, hi = e.context ? Math.min(n - 1, k + 2) : k + 1;
        for (var i = lo; i <= hi; i++) {
          var from = best[i];
          if (from && (!best[hi + 1] || from.cost + c < best[hi + 1].cost))
            best[hi + 1] = {cost: from.cost + c, at: from.at.concat([k])};
        }
      }
    }
    return best[n].at.sort(function (x, y) { return x - y; });
  }

  /* Whether the bigram at k of q occurs at `off` among `occ` (positions' [offset, before,
   * after]), its context, where it has one, the characters q has there. */
  function occursAt(at, off, q, k) {
    var occ = at && at.occ;
    var before = k > 0 ? q.charCodeAt(k - 1) - CONTEXT_BASE : null;
    var after = k + 2 < q.length ? q.charCodeAt(k + 2) - CONTEXT_BASE : null;
    return (occ || []).some(function (o) {
      return o[0] === off && (o[1] === null || before === null || o[1] === before) &&
        (o[2] === null || after === null || o[2] === after);
    });
  }

  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) i++;
      else if (a[i] > b[j]) j++;
      else { out.push(a[i]); i++; j++; }
    }
    return out;
  }

  /* The bigrams a query is looked up by: every pair of adjacent Han characters (overlapping
   * pairs keep out segments that hold the characters but not next to each other), or
   * MAX_BIGRAMS of them spread over the query. */
  function bigramsOf(q) {
    var picked = [], run = [];
    function flush() {
      for (var i = 0; i + 1 < run.length; i++) picked.push(run[i] + run[i + 1]);
      run = [];
    }
    for (var i = 0; i < q.length; i++) {
      if (isHan(q.charCodeAt(i))) run.push(q[i]); else flush();
    }
    flush();
    var seen = {}, unique = picked.filter(function (b) {
      return seen[b] ? false : (seen[b] = true);
    });
    if (unique.length <= MAX_BIGRAMS) return unique;
    var spread = [];
    for (var k = 0; k < MAX_BIGRAMS; k++)
      spread.push(unique[Math.round(k * (unique.length - 1) / (MAX_BIGRAMS - 1))]);
    return spread;
  }

  /* The first segment of each block of articles (search/bodies/: data.index.block a file). */
  function blockStarts() {
    if (!data.index.starts) {
      var deltas = decode(data.index.blocks, 0, false), n = 0;
      data.index.starts = deltas.map(function (d) { return (n += d); });
    }
    return data.index.starts;
  }

  /* The greatest i with list[i] <= x (list ascending, list[0] <= x). */
  function below(list, x) {
    var lo = 0, hi = list.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (list[mid] <= x) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /* The body counts of the blocks that segments `segs` fall in (a promise). */
  function blocksOf(segs) {
    var urls = {}, starts = blockStarts();
    segs.forEach(function (s) { urls[siteRoot + "search/bodies/" + below(starts, s) + ".js"] = 1; });
    return loaded(urls);
  }

  /* The article of a segment, once its block is loaded: {doc: its number, first: its first
   * segment}. */
  function articleOf(seg) {
    var b = below(blockStarts(), seg), firsts = data.bodies["f" + b];
    if (!firsts) {
      var counts = decode(data.bodies[b], 0, false), n = blockStarts()[b];
      firsts = data.bodies["f" + b] = counts.map(function (c) { var f = n; n += 2 + c; return f; });
    }
    var i = below(firsts, seg);
    return {doc: b * data.index.block + i, first: firsts[i]};
  }

  /* The candidates with their article's number (`doc`), which meta files and filters ask. */
  function numbered(cands) {
    var todo = cands.filter(function (c) { return c.doc === null; });
    return blocksOf(todo.map(function (c) { return c.first; })).then(function () {
      todo.forEach(function (c) { c.doc = articleOf(c.first).doc; });
      return cands;
    });
  }

  /* Per article: [date index, publication index + 1, section index + 1] (0: none). */
  function docFacets() {
    if (!data.index.docFacets) {
      var codes = decode(data.docs.facets, 0, false), out = [];
      for (var i = 0; i + 2 < codes.length; i += 3) out.push(codes.slice(i, i + 3));
      data.index.docFacets = out;
    }
    return data.index.docFacets;
  }

  /* Per article: the indexes of its authors in the edition's facets.js list. */
  function docAuthors() {
    if (!data.index.docAuthors) {
      var codes = decode(data.docs.authors, 0, false), out = [];
      for (var i = 0; i < codes.length; i += 1 + codes[i])
        out.push(codes.slice(i + 1, i + 1 + codes[i]));
      data.index.docAuthors = out;
    }
    return data.index.docAuthors;
  }

  /* The candidates that pass the filters, in the order asked for (a promise). */
  function narrowed(cands, filter) {
    if (!(filter.year || filter.pub || filter.section || filter.author || filter.sort))
      return Promise.resolve(cands);
    return Promise.all([load(siteRoot + "search/docs.js"), numbered(cands)]).then(function () {
      return filtered(cands, filter);
    });
  }

  function filtered(cands, filter) {
    var f = docFacets(), by = docAuthors(), dates = data.docs.dates;
    var out = cands.filter(function (c) {
      var x = f[c.doc];
      return (!filter.year || dates[x[0]].slice(0, 4) === filter.year) &&
        (!filter.pub || x[1] === filter.pub) && (!filter.section || x[2] === filter.section) &&
        (!filter.author || by[c.doc].indexOf(filter.author - 1) >= 0);
    });
    if (filter.sort === "date")
      out = out.map(function (c, i) { return [c, i]; }).sort(function (a, b) {
        return (f[b[0].doc][0] - f[a[0].doc][0]) || (a[1] - b[1]);
      }).map(function (p) { return p[0]; });
    return out;
  }

  function loaded(urls) {
    return Promise.all(Object.keys(urls).map(load));
  }

  /* The candidates: the query's bigrams' postings shards are loaded first, which tell each
   * bigram's size; then the runs it needs. A query of Han characters needs only the postings
   * and positions of a cover (`cover`, the cheapest) and, to narrow the candidates, the
   * postings its shards hold already: a common bigram's big postings are not loaded when
   * rarer bigrams cover it. Another query needs every bigram's postings. */
  function candidates(q, editionRoot) {
    var bigrams = bigramsOf(q), cov = null, covering = [];
    if (!bigrams.length) return Promise.resolve(null);
    var shards = {};
    bigrams.forEach(function (b) { shards[shardUrl(b)] = 1; });
    if (coverable(q)) for (var k = 0; k + 1 < q.length; k++) shards[shardUrl(q.slice(k, k + 2))] = 1;
    return loaded(shards).then(function () {
      var urls = {};
      if (coverable(q)) {
        cov = cover(q);
        covering = cov.map(function (k) { return q.slice(k, k + 2); });
        bigrams = bigrams.filter(function (b) { return !entry(b).big; }).concat(covering);
      }
      bigrams.forEach(function (b) { runFiles(b, false).forEach(function (u) { urls[u] = 1; }); });
      covering.forEach(function (b) { runFiles(b, true).forEach(function (u) { urls[u] = 1; }); });
      return loaded(urls);
    }).then(function () {
      var lists = bigrams.map(postings).sort(function (a, b) { return a.length - b.length; });
      var segs = lists.reduce(intersect);
      if (cov) {
        var wanted = {};
        segs.forEach(function (s) { wanted[s] = true; });
        var where = covering.map(function (b) { return positions(b, wanted); });
        segs = segs.filter(function (s) {
          return (where[0][s] ? where[0][s].occ : []).some(function (o) {
            var p = o[0] - cov[0];   // where q would start
            return cov.every(function (k, i) { return occursAt(where[i][s], p + k, q, k); });
          });
        });
      }
      // each segment's place in its article: the cover's positions tell it; else the blocks
      // of body counts (search/bodies/) of the segments' articles
      if (cov) return grouped(segs.map(function (s) { return [s, where[0][s].k, null]; }));
      return blocksOf(segs).then(function () {
        return grouped(segs.map(function (s) {
          var a = articleOf(s);
          return [s, s - a.first, a.doc];
        }));
      });
    }).then(function (out) {
      out.exact = !!cov || (q.length === 2 && bigrams.length === 1);
      return out;
    });
  }

  /* Segments ([segment, its place in its article, the article's number or null]) grouped by
   * article, best first: titles, then by how many segments hold the phrase. */
  function grouped(placed) {
    var byDoc = {}, out = [];
    placed.forEach(function (x) {
      var first = x[0] - x[1], c = byDoc[first];
      if (!c) {
        c = byDoc[first] = {first: first, doc: x[2], title: false, byline: false, body: []};
        out.push(c);
      }
      if (x[1] === 0) c.title = true; else if (x[1] === 1) c.byline = true; else c.body.push(x[1] - 2);
    });
    out.forEach(function (c) { c.score = (c.byline ? 5 : 0) + c.body.length; });
    out.sort(function (a, b) {
      // ties: the newest first (articles are numbered oldest first, search.py)
      return (b.title - a.title) || (b.score - a.score) || (b.first - a.first);
    });
    return out;
  }

  function metaOf(doc, editionRoot) {
    var chunk = Math.floor(doc / data.index.chunk);
    return load(editionRoot + "search/meta/" + chunk + ".js").then(function () {
      var r = data.meta[chunk][doc % data.index.chunk];
      return {url: r[0], title: r[1], byline: r[2], issue: r[3], date: r[4]};
    });
  }

  function bodyText(c, k, editionRoot) {
    var per = data.index.pack, first = c.first + 2, pack = first + k - k % per;
    return load(editionRoot + "search/text/" + pack + ".js").then(function () {
      return data.text[pack][k % per];
    });
  }

  /* A candidate checked against its text: a result, or null when the phrase is not there.
   * The article's title and byline (search/meta/) are loaded at once when the phrase may be in
   * them, else only once the phrase is found in its body: a false candidate costs one text. */
  function verify(c, q, editionRoot) {
    return numbered([c]).then(function () { return verified(c, q, editionRoot); });
  }

  function verified(c, q, editionRoot) {
    var meta = (c.title || c.byline) ? metaOf(c.doc, editionRoot) : null;
    var i = 0;
    function inBody() {
      if (i >= c.body.length) return Promise.resolve(null);
      var k = c.body[i++];
      return bodyText(c, k, editionRoot).then(function (t) {
        var at = fold(t).indexOf(q);
        return at < 0 ? inBody() : {text: t, at: at};
      });
    }
    return Promise.all([meta, inBody()]).then(function (found) {
      var m = found[0], hit = found[1];
      if (!m && !hit) return null;
      return (m ? Promise.resolve(m) : metaOf(c.doc, editionRoot)).then(function (m) {
        var inTitle = c.title && fold(m.title).indexOf(q) >= 0;
        var inByline = c.byline && fold(m.byline).indexOf(q) >= 0;
        if (hit) return {meta: m, inTitle: inTitle, text: hit.text, at: hit.at};
        return (inTitle || inByline) ? {meta: m, inTitle: inTitle, text: null} : null;
      });
    });
  }

  // -- the search box ------------------------------------------------------------------------
  function escapeHtml(s) {
    return s.replace(/[&<>"]/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c];
    });
  }

  function highlight(text, q) {
    var at = q ? fold(text).indexOf(q) : -1;
    if (at < 0) return escapeHtml(text);
    return escapeHtml(text.slice(0, at)) + "<mark>" + escapeHtml(text.slice(at, at + q.length)) +
      "</mark>" + escapeHtml(text.slice(at + q.length));
  }

  function snippet(r, q) {
    if (r.text === null) return highlight(r.meta.byline, q);
    var from = Math.max(0, r.at - 30), to = Math.min(r.text.length, r.at + q.length + 70);
    var t = r.text.slice(from, to).replace(/\s+/g, " ");
    return (from > 0 ? "…" : "") + highlight(t, q) + (to < r.text.length ? "…" : "");
  }

  // Material's icons for the box's magnifier, "back" (a phone's full-screen search) and "clear"
  // buttons (the header's are drawn by qikan.css: none is on the page to copy).
  var ICON_SEARCH = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M9.5 ' +
    '3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27A6.52 ' +
    '6.52 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 ' +
    '14 9.5 12 5 9.5 5"/></svg>';
  var ICON_BACK = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M20 ' +
    '11v2H8l5.5 5.5-1.42 1.42L4.16 12l7.92-7.92L13.5 5.5 8 11z"/></svg>';
  var ICON_CLEAR = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M19 ' +
    '6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 ' +
    '13.41 12z"/></svg>';

  /* The search box, Material's markup (its partials/search.html), with the words of the page's
     JSON block (partials/search.html) and the filters, put where that block is. */
  function buildBox(words, where) {
    var esc = function (t) {
      return t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
    };
    var selects = words.filters.map(function (f) {
      return '<select data-qikan-filter="' + f[0] + '" aria-label="' + esc(f[1]) + '">' +
        '<option value="">' + esc(f[2]) + "</option>" + (f[3] ? '<option value="date">' +
        esc(f[3]) + "</option>" : "") + "</select>";
    }).join("");
    var box = document.createElement("div");
    box.className = "md-search qikan-search";
    box.setAttribute("role", "dialog");
    box.innerHTML = '<label class="md-search__overlay" for="__search"></label>' +
      '<div class="md-search__inner" role="search">' +
      '<form class="md-search__form" data-qikan-search="form">' +
      '<input type="text" class="md-search__input" name="query" aria-label="' +
      esc(words.label) + '" placeholder="' + esc(words.label) + '" autocapitalize="off" ' +
      'autocorrect="off" autocomplete="off" spellcheck="false" required>' +
      '<label class="md-search__icon md-icon" for="__search">' +
      ICON_SEARCH + ICON_BACK + "</label>" +
      '<nav class="md-search__options" aria-label="' + esc(words.options) + '">' +
      '<button type="reset" class="md-search__icon md-icon" title="' + esc(words.reset) +
      '" aria-label="' + esc(words.reset) + '" tabindex="-1">' + ICON_CLEAR + "</button>" +
      "</nav></form>" +
      '<div class="md-search__output">' +
      '<div class="md-search__scrollwrap" tabindex="0" data-md-scrollfix>' +
      '<div class="md-search-result" data-qikan-state="done">' +
      '<div class="qikan-search-filters" hidden>' + selects + "</div>" +
      '<div class="md-search-result__meta">' + esc(words.placeholder) + "</div>" +
      '<ol class="md-search-result__list" role="presentation"></ol>' +
      "</div></div></div></div>";
    where.parentNode.insertBefore(box, where);
    return box;
  }

  function init() {
    var block = document.getElementById("qikan-search-strings");
    var toggle = document.getElementById("__search");
    if (!block || !toggle) return;
    var strings = JSON.parse(block.textContent);
    var config = JSON.parse(document.getElementById("__config").textContent);
    // Material's words for the results, in its __config already (converted on the zh-Hant twin)
    strings.placeholder = config.translations["search.result.placeholder"];
    strings.none = config.translations["search.result.none"];
    strings.count = config.translations["search.result.other"];
    var box = buildBox(strings, block);
    var form = box.querySelector("form");
    var input = box.querySelector("input[name=query]");
    var meta = box.querySelector(".md-search-result__meta");
    var list = box.querySelector(".md-search-result__list");
    var scroll = box.querySelector(".md-search__scrollwrap");
    var editionRoot = new URL(config.base, document.baseURI).href.replace(/\/?$/, "/");
    var result = box.querySelector(".md-search-result");
    var selects = {};
    [].forEach.call(box.querySelectorAll("select[data-qikan-filter]"), function (el) {
      selects[el.getAttribute("data-qikan-filter")] = el;
    });
    var filters = box.querySelector(".qikan-search-filters");
    var state = null, timer = 0, generation = 0;
    // the filters asked for by the page's URL, applied once their options exist
    var wanted = null;

    // One wording whatever the number (Material's zh has 找到 1 个… beside # 个…).
    function count(n) {
      return n ? strings.count.replace("#", n) : strings.none;
    }

    function option(select, value, label) {
      var o = document.createElement("option");
      o.value = value;
      o.textContent = label;
      select.appendChild(o);
    }

    /* The filters' options, from search/index.js (years) and the edition's facets.js. */
    function fillFilters() {
      if (filters.hasAttribute("data-ready")) return;
      var years = data.index.years;
      years.forEach(function (y) { option(selects.year, y, y); });
      data.facets.publications.forEach(function (p, i) { option(selects.pub, i + 1, p); });
      data.facets.sections.forEach(function (p, i) { option(selects.section, i + 1, p); });
      data.facets.authors.forEach(function (p, i) { option(selects.author, i + 1, p); });
      filters.setAttribute("data-ready", "");
      filters.hidden = false;
      if (wanted) {
        selects.year.value = years.indexOf(wanted.year) >= 0 ? wanted.year : "";
        selects.pub.value = labelIndex(data.facets.publications, wanted.pub);
        selects.section.value = labelIndex(data.facets.sections, wanted.section);
        selects.author.value = labelIndex(data.facets.authors, wanted.author);
        selects.sort.value = wanted.sort === "date" ? "date" : "";
        wanted = null;
      }
    }

    // A name from a URL, in either script: its option's value, or "" (all).
    function labelIndex(labels, name) {
      if (!name) return "";
      var want = fold(name);
      for (var i = 0; i < labels.length; i++) if (fold(labels[i]) === want) return String(i + 1);
      return "";
    }

    function currentFilter() {
      return {year: selects.year.value, pub: +selects.pub.value || 0,
        section: +selects.section.value || 0, author: +selects.author.value || 0,
        sort: selects.sort.value};
    }

    /* The query and the filters in the page's URL, so that it can be shared or reloaded. */
    function remember(raw) {
      var params = new URLSearchParams(location.search), f = currentFilter();
      ["q", "year", "pub", "section", "author", "sort"].forEach(function (k) { params.delete(k); });
      if (raw) {
        params.set("q", raw);
        if (f.year) params.set("year", f.year);
        if (f.pub) params.set("pub", data.facets.publications[f.pub - 1]);
        if (f.section) params.set("section", data.facets.sections[f.section - 1]);
        if (f.author) params.set("author", data.facets.authors[f.author - 1]);
        if (f.sort) params.set("sort", f.sort);
      }
      var query = params.toString();
      try {
        history.replaceState(history.state, "",
          location.pathname + (query ? "?" + query : "") + location.hash);
      } catch (e) { /* a browser that refuses it on file:// keeps the plain URL */ }
    }

    function setOpen(open) {
      if (toggle.checked !== open) {
        toggle.checked = open;
        toggle.dispatchEvent(new Event("change"));
      }
    }

    function render(r, q) {
      var li = document.createElement("li");
      li.className = "md-search-result__item";
      var href = new URL(r.meta.url, editionRoot).href;
      if (r.text !== null) {
        var phrase = r.text.slice(r.at, r.at + q.length);
        href += "#:~:text=" + encodeURIComponent(phrase).replace(/-/g, "%2D");
      }
      li.innerHTML =
        '<a class="md-search-result__link" tabindex="-1" href="' + escapeHtml(href) + '">' +
        '<article class="md-search-result__article md-typeset">' +
        '<div class="md-search-result__icon md-icon"></div>' +
        "<h1>" + highlight(r.meta.title, r.inTitle ? q : "") + "</h1>" +
        '<p class="qikan-search-result__source">' +
        escapeHtml(r.meta.issue.indexOf(r.meta.date) >= 0 ? r.meta.issue :
          [r.meta.issue, r.meta.date].filter(Boolean).join(" · ")) + "</p>" +
        "<p>" + snippet(r, q) + "</p></article></a>";
      list.appendChild(li);
    }

    /* Verify candidates until another PAGE results are shown (or none are left). */
    function more() {
      var s = state;
      if (!s || s.busy || s.next >= s.cands.length) return Promise.resolve();
      s.busy = true;
      var shown = 0, checked = 0;
      // The candidates of a batch are checked at once and shown in their order, each as
      // soon as it and those before it are checked.
      function batch() {
        var part = s.cands.slice(s.next, s.next + Math.min(PAGE - shown, MAX_CHECKS - checked));
        s.next += part.length;
        checked += part.length;
        var chain = Promise.resolve();
        part.map(function (c) { return verify(c, s.q, editionRoot); }).forEach(function (p) {
          chain = chain.then(function () { return p; }).then(function (r) {
            if (s !== state) return;
            if (r) { render(r, s.q); shown++; } else s.total--;
          });
        });
        return chain.then(function () {
          if (s === state && shown < PAGE && checked < MAX_CHECKS && s.next < s.cands.length)
            return batch();
        });
      }
      return batch().then(function () {
        s.busy = false;
        if (s !== state) return;
        meta.textContent = count(s.total);
        result.setAttribute("data-qikan-state", s.next >= s.cands.length ? "done" : "more");
        if (scroll.scrollHeight <= scroll.clientHeight + 50) return more();
      }, function () {
        s.busy = false;
        if (s === state) meta.textContent = strings.failed;
      });
    }

    function loadIndex() {
      var base = siteRoot + "search/";
      return Promise.all([load(base + "index.js"), load(base + "fold.js"),
        load(editionRoot + "search/facets.js")]).then(fillFilters);
    }

    function search() {
      var raw = input.value.replace(/\s+/g, "");
      var gen = ++generation;
      list.innerHTML = "";
      state = null;
      result.setAttribute("data-qikan-state", "busy");
      if (!raw) {
        meta.textContent = strings.placeholder;
        result.setAttribute("data-qikan-state", "done");
        remember("");
        return;
      }
      meta.textContent = strings.loading;
      loadIndex().then(function () {
        remember(raw);
        var q = fold(raw).slice(0, MAX_QUERY);
        return candidates(q, editionRoot).then(function (found) {
          if (gen !== generation) return;
          if (found === null) {
            meta.textContent = strings.short;
            result.setAttribute("data-qikan-state", "done");
            return;
          }
          return narrowed(found, currentFilter()).then(function (cands) {
            if (gen !== generation) return;
            // A mixed query's few candidates are all checked first, so the count is exact.
            return (found.exact || cands.length > CHECK_ALL) ? cands :
              Promise.all(cands.map(function (c) { return verify(c, q, editionRoot); }))
                .then(function (rs) { return cands.filter(function (c, i) { return rs[i]; }); });
          }).then(function (cands) {
            if (gen !== generation) return;
            state = {q: q, cands: cands, next: 0, total: cands.length, busy: false};
            if (!cands.length) {
              meta.textContent = strings.none;
              result.setAttribute("data-qikan-state", "done");
              return;
            }
            return more();
          });
        });
      }).catch(function () {
        if (gen === generation) {
          meta.textContent = strings.failed;
          result.setAttribute("data-qikan-state", "done");
        }
      });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(search, 60);
    });
    input.addEventListener("focus", function () {
      setOpen(true);
      loadIndex();   // ready before the first query is typed
    });
    Object.keys(selects).forEach(function (k) {
      selects[k].addEventListener("change", search);
    });
    form.addEventListener("submit", function (ev) { ev.preventDefault(); });
    form.addEventListener("reset", function () { setTimeout(search, 0); });
    toggle.addEventListener("change", function () {
      if (toggle.checked) setTimeout(function () { input.focus(); }, 0);
    });
    scroll.addEventListener("scroll", function () {
      if (scroll.scrollTop + scroll.clientHeight >= scroll.scrollHeight - 100) more();
    });

    // Material's keys: "/", "s" or "f" open the search; in it, arrows move between the query
    // and the results, Enter on the query opens the first result, Escape and Tab close it.
    window.addEventListener("keydown", function (ev) {
      if (ev.metaKey || ev.ctrlKey || ev.altKey) return;
      var active = document.activeElement;
      if (!toggle.checked) {
        var typing = active && (active.isContentEditable ||
          /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName));
        if (!typing && (ev.key === "/" || ev.key === "s" || ev.key === "f")) {
          setOpen(true);
          input.focus();
          ev.preventDefault();
        }
        return;
      }
      var links = [input].concat([].slice.call(list.querySelectorAll("a[href]")));
      switch (ev.key) {
        case "Enter":
          if (active === input) {
            if (links[1]) links[1].click();
            ev.preventDefault();
          }
          break;
        case "Escape":
        case "Tab":
          setOpen(false);
          input.blur();
          if (ev.key === "Escape") ev.preventDefault();
          break;
        case "ArrowUp":
        case "ArrowDown":
          var i = Math.max(0, links.indexOf(active));
          links[(i + links.length + (ev.key === "ArrowUp" ? -1 : 1)) % links.length].focus();
          ev.preventDefault();
          break;
        default:
          if (active !== input && ev.key.length === 1) input.focus();
      }
    });
    // ?q=…: the search opens with its results (and the filters the URL names).
    var params = new URLSearchParams(location.search);
    if (params.get("q")) {
      input.value = params.get("q");
      wanted = {year: params.get("year"), pub: params.get("pub"),
        section: params.get("section"), author: params.get("author"), sort: params.get("sort")};
      setOpen(true);
      search();
    } else if (input.value) search();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
