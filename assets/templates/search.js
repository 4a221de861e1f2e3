/* disclose: the board's search. Works from a folder opened from disk (file://) and from
   any web server: the index is plain scripts (search/<quarter>.js, one per quarter of
   publication), loaded when a search is made, each calling window.discloseSearch.add(records). A record is
   t title, d date in words, i ISO date, c category, h page, x plain text.
   Matching is by substring after NFKC normalisation and lower case, so any two or more
   Chinese characters of a title or text find the item. Override by copying this file to
   templates/search.js. */
(function () {
  "use strict";
  var shardNames = null;
  var records = [];
  var loaded = 0;
  var requested = false;
  var pending = null;

  function norm(text) {
    return String(text).normalize("NFKC").toLowerCase();
  }

  /* The normalised text and, for each of its characters, the index in `text` of the
     character it came from (NFKC may change the length). */
  function normMap(text) {
    var out = "";
    var map = [];
    var index = 0;
    for (var ch of text) {
      var n = norm(ch);
      for (var k = 0; k < n.length; k++) {
        map.push(index);
      }
      out += n;
      index += ch.length;
    }
    map.push(index);
    return { text: out, map: map };
  }

  function terms(query) {
    return norm(query).split(/\s+/).filter(function (term) {
      return term.length > 0;
    });
  }

  /* A term is searchable with two characters or more, or as a whole ASCII word or number. */
  function searchable(list) {
    return list.length > 0 && list.every(function (term) {
      return Array.from(term).length >= 2 || /^[a-z0-9]+$/.test(term);
    });
  }

  /* `text` as nodes with every occurrence of the terms in <mark>. */
  function marked(text, list, parent) {
    var nm = normMap(text);
    var ranges = [];
    list.forEach(function (term) {
      var from = 0;
      var at;
      while ((at = nm.text.indexOf(term, from)) !== -1) {
        ranges.push([nm.map[at], nm.map[at + term.length]]);
        from = at + term.length;
      }
    });
    ranges.sort(function (a, b) {
      return a[0] - b[0];
    });
    var pos = 0;
    ranges.forEach(function (range) {
      if (range[0] < pos) {
        return;
      }
      parent.appendChild(document.createTextNode(text.slice(pos, range[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(range[0], range[1]);
      parent.appendChild(mark);
      pos = range[1];
    });
    parent.appendChild(document.createTextNode(text.slice(pos)));
  }

  /* Some 90 characters of the text around the first match. */
  function snippet(text, list) {
    var nm = normMap(text);
    var first = -1;
    list.forEach(function (term) {
      var at = nm.text.indexOf(term);
      if (at !== -1 && (first === -1 || at < first)) {
        first = at;
      }
    });
    var start = first === -1 ? 0 : Math.max(0, nm.map[first] - 30);
    var end = Math.min(text.length, start + 90);
    return (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
  }

  function run(query) {
    var status = document.getElementById("search-status");
    var results = document.getElementById("search-results");
    var list = terms(query);
    results.textContent = "";
    if (!searchable(list)) {
      status.textContent = query.trim() ? status.dataset.tooShort : "";
      return;
    }
    var found = records.filter(function (record) {
      var hay = norm(record.t) + "\n" + norm(record.x);
      return list.every(function (term) {
        return hay.indexOf(term) !== -1;
      });
    });
    found.sort(function (a, b) {
      return a.i < b.i ? 1 : a.i > b.i ? -1 : 0;
    });
    status.textContent = found.length === 0 ? status.dataset.none : status.dataset.foundBefore + found.length + status.dataset.foundAfter;
    found.forEach(function (record) {
      var li = document.createElement("li");
      var h2 = document.createElement("h2");
      var a = document.createElement("a");
      a.href = record.h;
      marked(record.t, list, a);
      h2.appendChild(a);
      li.appendChild(h2);
      var meta = document.createElement("p");
      meta.className = "meta";
      var time = document.createElement("time");
      time.dateTime = record.i;
      time.textContent = record.d;
      meta.appendChild(time);
      meta.appendChild(document.createTextNode(" · " + record.c));
      li.appendChild(meta);
      var text = document.createElement("p");
      text.className = "snippet";
      marked(snippet(record.x, list), list, text);
      li.appendChild(text);
      results.appendChild(li);
    });
  }

  function search(query) {
    if (shardNames === null) {
      pending = query;
      return;
    }
    if (loaded === shardNames.length) {
      run(query);
      return;
    }
    pending = query;
    document.getElementById("search-status").textContent = document.getElementById("search-status").dataset.loading;
    if (requested) {
      return;
    }
    requested = true;
    shardNames.forEach(function (name) {
      var script = document.createElement("script");
      script.src = "search/" + name;
      document.body.appendChild(script);
    });
  }

  window.discloseSearch = {
    shards: function (names) {
      shardNames = names;
      if (pending !== null) {
        search(pending);
      }
    },
    add: function (list) {
      records = records.concat(list);
      loaded += 1;
      if (loaded === shardNames.length && pending !== null) {
        run(pending);
      }
    },
    search: search
  };

  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    document.getElementById("q").value = query;
    search(query);
  }
})();
