/* briefing search: matches every word of the query against the index in search-index.js.
   No network requests: the index is a script that sets window.BRIEFING_SEARCH, so this works
   from file:// as well as from any static host. Results are built with textContent only. */
(function () {
  "use strict";
  var stories = window.BRIEFING_SEARCH || [];
  var form = document.querySelector(".search-form--page");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var GIST_WORDS = 45;
  /* Results are shown 50 at a time: one letter matched every story of a 1,666-story site, and
     building all those cards took a quarter of a second at each key press. */
  var SHOWN = 50;
  var found = [];
  if (!form || !input || !status || !list || !more) { return; }

  /* Accents, apostrophes and thousands separators fold away: "cafe" finds "café", "mayors" and
     "mayor's" find "mayor’s", and "18240" finds "18,240". */
  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .replace(/['\u2018\u2019]/g, "").replace(/(\d),(?=\d{3}(?!\d))/g, "$1").toLowerCase();
  }

  /* A word typed with punctuation around it ("Lakeport," or "quake!") still finds the word. */
  function terms(query) {
    return fold(query).split(/\s+/)
      .map(function (t) { return t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""); })
      .filter(Boolean);
  }

  var prepared = stories.map(function (s) {
    return {
      story: s,
      headline: fold(s.headline),
      outlets: fold(s.outlets.join(" ")),
      body: fold(s.summary + " " + s.quotes.join(" "))
    };
  });

  function score(entry, words) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var t = words[i];
      var hit = 0;
      if (entry.headline.indexOf(t) !== -1) { hit += 3; }
      if (entry.outlets.indexOf(t) !== -1) { hit += 2; }
      if (entry.body.indexOf(t) !== -1) { hit += 1; }
      if (hit === 0) { return 0; }
      total += hit;
    }
    return total;
  }

  function gist(text) {
    var words = text.split(/\s+/);
    return words.length <= GIST_WORDS ? text : words.slice(0, GIST_WORDS).join(" ") + " …";
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function card(story) {
    var li = document.createElement("li");
    var article = element("article", "card");
    var heading = element("h2", "card__title");
    var link = element("a", "", story.headline);
    link.setAttribute("href", story.url);
    heading.appendChild(link);
    article.appendChild(heading);
    var meta = [story.outlets.join(", "), story.when].filter(Boolean).join(" · ");
    article.appendChild(element("p", "meta", meta));
    article.appendChild(element("p", "card__gist", gist(story.summary)));
    li.appendChild(article);
    return li;
  }

  /* The tab and the history entry name the search: "“mayor” – Search – Review 2". */
  var pageTitle = document.title;

  function run(query) {
    var words = terms(query);
    list.textContent = "";
    found = [];
    document.title = words.length ? "“" + query.trim() + "” – " + pageTitle : pageTitle;
    if (!words.length) {
      more.hidden = true;
      var count = stories.length === 1 ? "1 story" : stories.length + " stories";
      status.textContent = "Type a word to search " + count + ".";
      return;
    }
    found = prepared
      .map(function (entry, index) { return { entry: entry, index: index, score: score(entry, words) }; })
      .filter(function (r) { return r.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.index - b.index; });
    showMore();
    var n = found.length;
    status.textContent = n === 0 ? "No story matches “" + query + "”."
      : n + (n === 1 ? " story matches" : " stories match") + " “" + query + "”.";
  }

  /* Append the next results; say on the button how many are left. Returns the first new link. */
  function showMore() {
    var from = list.children.length;
    found.slice(from, from + SHOWN).forEach(function (r) { list.appendChild(card(r.entry.story)); });
    var left = found.length - list.children.length;
    more.hidden = left <= 0;
    more.textContent = "Show " + Math.min(left, SHOWN) + " more (" + left + " not shown)";
    var first = list.children[from];
    return first ? first.querySelector("a") : null;
  }

  more.addEventListener("click", function () {
    var link = showMore();
    if (link) { link.focus(); }
  });

  var params = new URLSearchParams(window.location.search);
  var shown = null;
  /* Search what the box holds unless it is already shown. Back from a result, the browser puts
     the typed words back in the box after this script ran; pageshow comes after that. */
  function refresh() {
    if (input.value !== shown) {
      shown = input.value;
      run(input.value);
    }
  }
  if (params.has("q")) { input.value = params.get("q"); }
  refresh();
  window.addEventListener("pageshow", refresh);
  input.addEventListener("input", refresh);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    refresh();
    if (window.history && window.history.replaceState && window.location.protocol !== "file:") {
      window.history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    }
  });
})();
